"""The danger safety net: keyword rules that work even when the assistant misreads a message.

The gateway runs `detect_danger` and `wants_human` on every typed message (also in the middle of the intake),
and the intake's form validation runs them on the answers it accepts. They favour recall for danger, but stay
quiet on ordinary intake answers ("nee", "buurman", "Hilversum", "ik weet het niet") and on stories about a
past situation ("vorig jaar sloeg hij haar", "she used to be locked up").

The rules are regular expressions per language code, matched against the normalised text (lower case, no
diacritics, punctuation as spaces; see `meldpunt.vocab.normalise`) clause by clause. Every language's rules
are tried on every message. To add a language, add an entry with the same keys to each `*_RULES` table.

Bulgarian, Ukrainian and Russian (TRANSLIT_LANGUAGES) are written in Cyrillic *or* in Latin letters ("menya
byut", "pomogite"). Their rules are written once in a simplified Latin spelling (`skeleton`: "меня бьют",
"menya byut" and "menja bjut" all become "menia biut") and matched against the skeleton of the clause. A rule
is undone only by the negations of its own language (plus Dutch and English for the Latin-script languages):
Romanian "nu" (not) is Dutch "nu" (now). Skeleton rules are written as the skeleton spells: "ще" is "she",
"къща" is "kasha" (the "sht" and "shch" of a Latin spelling become "sh").

Not danger: a sentence that jokes ("haha", "lol", "if I'm late"), a figure of speech ("this job is killing
me"), a clause in the past (a past marker covers the rest of its sentence until a clause says "now"), a
general question ("what happens if someone ..."). A harm after "otherwise" or inside a condition ("if I don't
pay tomorrow, they will hurt my mother") is a threat: acute, not danger.

`nlu_alarm` decides what becomes of a danger/acute reading of the NLU when the keyword net is silent: the
alarm at once, or the safety question first (actions/flags.py, docs/quality.md).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from datetime import date
from typing import Final, Literal

from meldpunt.danger_model import reads_alarm
from meldpunt.vocab import normalise, rule_forms

Danger = Literal["danger", "acute"]
RuleTable = Mapping[str, tuple[str, ...]]

_ME = r"(?:me|mij|ons|haar|hem|hen|mijn \w+)"
_EN_ME = r"(?:me|us|her|him|them|my \w+)"
_BE = r"(?:ben|is|zijn|zit|zitten|word|wordt|worden)"
_EN_BE = r"(?:am|im|is|are|were|being|been|get|got|gets|shes|hes|theyre|youre|keeps getting)"

# "Cannot leave" that is a restriction, not captivity now: "cannot go out without the minder", "cannot leave
# because he owes them the journey" (debt bondage: a signal, not an emergency).
_NOT_RESTRICTION: Final = (
    r"(?! (?:\w+ ){0,3}(?:sin|without|zonder|bez|fara|sem|except|behalve|decat|osven|krim|krome|sino|oprocz|"
    r"poza)(?!\w))"
    r"(?! (?:\w+ ){0,2}(?:naar school|to school|do szkoly|la scoala|na uchilishte|na uchilishe|do shkoli|v shkolu|"
    r"a la escuela|"
    r"al colegio|(?:al|a un|a la|a su) (?:curso|clase\w*|gimnasio)|to (?:the |her |his )?(?:course|class|gym)|naar "
    r"(?:de |haar |zijn )?(?:les|cursus|taalles|sportschool)|na (?:kurs|zajecia|lekcje)|la (?:curs|cursuri|ore))(?!\w))"
    # going out with friends, going back home, working, talking to others: a restriction
    r"(?! (?:\w+ ){0,2}(?:da govori|da govorish|to talk|to speak|te praten|met iemand praten|rozmawiac|"
    r"sa vorbeasca|sa vorbesc|hablar|govorit|rozmovliaty|rozmovliati|rozmovliaty)(?!\w))"
    r"(?! (?:\w+ ){0,2}(?:met ons|with us|with (?:her |his |their )?friends|z nami|ze znajomymi|cu noi|cu prietenii|"
    r"s nas|s priiateli|z nami|s nami|s druziami|con nosotros|con sus amigos|da se varne|da se vurne|"
    r"vernutsia|povernutisia|terug naar huis|go back home|wrocic do domu|sa se intoarca|volver a casa)(?!\w))"
    r"(?! (?:\w+ ){0,3}(?:bo|because|omdat|want|pentru ca|fiindca|zashoto|tomu sho|potomu chto|porque|poniewaz|bo) "
    r"(?:\w+ ){0,4}(?:owe\w*|debt\w*|vinen|vinna|vinni|borg\w*|dolg\w*|dlug\w*|schuld\w*|datori\w*|datoreaz\w*|wisze|"
    r"wisi|"
    r"deuda\w*|debe\w*|dalzh\w*|dalg\w*|visa|visum|viza|vizata|papieren|papers|papeles|dokument\w*|document\w*))"
    r"(?! (?:\w+ ){0,2}(?:until|before|tot|totdat|voordat|dopoki|zanim|pana|inainte|dokato|predi|poki|doki|poka|"
    r"hasta que|antes de que) (?:\w+ ){0,3}(?:paid|pays|pay|betaald|"
    r"betaalt|afbetaald|splac\w*|plate\w*|izplat\w*|plat\w*|povern\w*|viplat\w*|otdam|otdast|pague\w*))"
)

# Direct danger (T0): violence or captivity now, a threat to life, injury.
DANGER_RULES: Final[RuleTable] = {
    "nl": (
        rf"(?:slaat|slaan|schopt|schoppen|stompt|stompen|wurgt|wurgen|mishandelt|mishandelen|verkracht|verkrachten|"
        rf"steekt|steken|martelt|martelen) (?:hij |zij |ze |men |die |hem )?{_ME}",
        rf"{_BE} (?:\w+ ){{0,3}}(?:geslagen|geschopt|mishandeld|gewurgd|vastgehouden|opgesloten|vastgebonden|"
        r"gevangen|ontvoerd|gegijzeld|gemarteld|neergestoken|erin geduwd|ingeduwd|gesleurd|meegesleurd)",
        rf"(?:heeft|hebben) {_ME} (?:\w+ ){{0,2}}(?:opgesloten|vastgebonden|ingesloten|ontvoerd|gegijzeld)",
        rf"(?:sluit|sluiten) {_ME} (?:\w+ ){{0,2}}op",
        r"(?:ik|we|wij|ze|zij|hij|jij|je) (?:zit|zitten) (?:hier |daar |nu |opgesloten |echt )?vast(?! aan)",
        r"(?:kan|kun|kunt|kunnen|mag|mogen) (?:\w+ ){0,3}niet (?:\w+ ){0,2}(?:weg|vluchten|ontsnappen|naar buiten|"
        r"buiten|uit|eruit|vandaan|weglopen)" + _NOT_RESTRICTION,
        rf"(?:laat|laten) {_ME} niet (?:\w+ ){{0,2}}(?:gaan|weg|los|naar buiten|vertrekken)",
        r"(?:vermoord|vermoorden|vermoordt|doodmaken|doodt)",
        rf"(?:maakt|maken|slaat|slaan) {_ME} dood",
        r"(?:gaat|gaan|wil|willen|dreigt|dreigen) (?:\w+ ){0,2}(?:vermoorden|doodmaken|doodslaan|doodsteken)",
        r"(?:ik|hij|zij|ze|en|die) (?:\w+ ){0,1}(?:bloed|bloedt|bloeden)|plas bloed|onder het bloed|vol bloed|"
        r"overal bloed",
        r"(?:ben|is|zijn) (?:\w+ ){0,2}(?:gewond|bewusteloos)",
        r"(?:geen lucht|kan niet ademen|kan niet meer ademen)",
        r"(?:heeft|hebben|houdt|houden|dreigt|dreigen|bedreigt|bedreigen|met) (?:\w+ ){0,3}(?:mes|pistool|wapen|"
        r"vuurwapen|geweer|honkbalknuppel|knuppel|hamer|bijl|machete)",
        rf"{_BE} (?:\w+ ){{0,2}}in (?:direct |acuut )?(?:levens)?gevaar",
        r"(?:staat|staan) (?:\w+ ){0,2}voor (?:de|mijn|onze) deur",
        r"red (?:me|mij|ons)",
        r"bel (?:de )?(?:politie|112)",
    ),
    "en": (
        rf"(?:is|are|keeps?|keep on|started|starting) (?:\w+ ){{0,2}}(?:hitting|beating|kicking|punching|choking|"
        rf"strangling|raping|hurting|attacking|stabbing|torturing) {_EN_ME}",
        rf"(?:hits|beats|kicks|punches|chokes|strangles|rapes|hurts|attacks|stabs|tortures) {_EN_ME}",
        rf"{_EN_BE} (?:\w+ ){{0,2}}(?:locked (?:in|up)|held|trapped|kidnapped|tied up|imprisoned|chained|"
        r"held hostage|held captive|beaten|attacked|stabbed|choked|strangled)",
        rf"lock(?:s|ed|ing)? (?:{_EN_ME}|the \w+|those \w+|some \w+|girls|women|boys|kids|children|people|workers) "
        r"(?:\w+ ){0,4}(?:in|up|inside)",
        r"held (?:against|captive|hostage)",
        # "Madam locked my room again since this morning, no food" (blind set 24)
        r"(?:locked|locks|has locked|is locking) (?:\w+ )?(?:my|our) (?:room|bedroom|door)(?! (?:\w+ ){0,2}"
        r"(?:behind|after) (?:me|us))",
        r"(?:wont|doesnt|dont|will not|do not|does not) let (?:me|us|her|him|them) (?:\w+ ){0,2}(?:leave|go|escape|"
        r"get out|out)",
        r"(?:cant|cannot|can not|not allowed to|unable to) (?:\w+ ){0,2}(?:leave|escape|get out|go out|go outside|"
        r"run away|get away|go anywhere|go home)" + _NOT_RESTRICTION,
        r"(?:will|gonna|going to|wants? to|threatens? to|trying to|try to) (?:\w+ ){0,1}kill",
        rf"kill(?:s|ing)? {_EN_ME}",
        r"(?:bleeding|bleeds|unconscious|cant breathe|cannot breathe|overdos\w*)",
        r"(?:blood everywhere|pool of blood|covered in blood|full of blood)",
        rf"{_EN_BE} (?:\w+ ){{0,2}}(?:badly )?(?:injured|wounded|hurt badly|seriously hurt)",
        r"(?:has|have|got|holding|holds|with|pulled) (?:a |his |her |their )?(?:baseball )?(?:knife|gun|weapon|pistol|"
        r"firearm|bat|hammer|axe|machete)(?! (?:wound|cut|injury|accident))",
        rf"{_EN_BE} (?:\w+ ){{0,2}}in (?:immediate |serious |great )?danger",
        r"(?:outside|at) (?:my|the|our) door",
        r"save (?:me|us)",
        r"(?<!or )call (?:the )?(?:police|112|911)(?! (?:\w+ ){0,2}(?:to send|to deport|and send|on me))",
    ),
    "pl": (
        r"(?:bije|bija|kopie|kopia|dusi|dusza|gwalci|gwalca|katuje|katuja|tlucze|tluka|maltretuje|krzywdzi|"
        r"krzywdza|dzga|torturuje|torturuja) (?:\w+ )?(?:mnie|nas|ja|go|je|moja \w+|mojego \w+|moja|mojego)",
        r"(?:mnie|nas|ja|go) (?:\w+ )?(?:bije|bija|kopie|kopia|dusi|dusza|gwalci|gwalca|katuje|tlucze|"
        r"maltretuje|krzywdzi|krzywdza|zamkneli|zamknal|zamknela|zamykaja|zamyka|przetrzymuja|porwali|"
        r"wiezi|wieza|zwiazali)",
        r"(?:jestem|jest|jestesmy|sa|zostalam|zostalem|zostala|zostal|zostalismy) (?:\w+ ){0,2}(?:zamknie\w*|"
        r"uwiezion\w*|przetrzymywan\w*|porwan\w*|zwiazan\w*|pobit\w*|bit[aey]|wiezion\w*|zakladni\w*|ranna|ranny)",
        r"(?:zamkneli|zamknal|zamknela|zamykaja|zamyka|wiezi|wieza|przetrzymuja|przetrzymuje|porwali|porwal|"
        r"zwiazali) (?:\w+ )?(?:mnie|nas|ja|go)",
        r"trzymaja (?:\w+ )?(?:mnie|nas)",
        r"(?:nie moge|nie mozemy|nie moze|nie mozna|nie wolno mi|nie wolno jej|nie pozwalaja mi|nie pozwala mi|"
        r"nie pozwalaja mu|nie pozwala mu|nie pozwalaja nam|nie pozwala jej|"
        r"nie pozwalaja jej|nie wypuszczaja|nie wypuszcza) (?:\w+ ){0,2}(?:wyjsc|uciec|wyjechac|odejsc|stad|"
        r"na zewnatrz|mnie|nas|jej|jej wyjsc|z domu)" + _NOT_RESTRICTION,
        r"(?:zabij\w*|zabic|zamord\w*)",
        r"(?:krwawi\w*|krwawie|nieprzytomn\w*|nie moge oddychac|nie moze oddychac)",
        r"(?:ma|maja|z|trzyma|trzymaja|grozi\w*|wyciagnal) (?:\w+ ){0,2}(?:noz|nozem|noza|pistolet\w*|bron|"
        r"bronia|spluw\w*|kij\w*|mlotek|mlotkiem|siekier\w*|maczet\w*)",
        r"(?:jestem|jest|jestesmy|sa) (?:\w+ ){0,2}w (?:\w+ )?niebezpieczenstwie",
        r"(?:stoi|stoja|czeka|czekaja) (?:\w+ ){0,2}pod (?:\w+ )?drzwiami",
        r"ratunku",
        r"(?:ratuj|ratujcie|uratuj|uratujcie) (?:mnie|nas)",
        r"(?:wezwij|wezwijcie|zadzwon|zadzwoncie|dzwon|dzwoncie) (?:\w+ )?(?:policj\w*|po policje|na policje|112)",
    ),
    "ro": (
        r"(?:ma|ne|o|il|ii|m|l) (?:\w+ )?(?:bate|bat|loveste|lovesc|sugruma|sugruma|sufoca|violeaza|tortureaza|"
        r"injunghie|omoara|ucide|omoare|ucida|chinuie)",
        r"(?:bate|bat|loveste|lovesc|violeaza) (?:\w+ )?pe (?:mine|noi|ea|el|sotia|mama|sora)",
        r"(?<!cazul )(?<!dosarul )(?:sunt|e|este|suntem|sunt tinut\w*) (?:\w+ ){0,2}(?:inchis(?!oare)\w*|incuiat\w*|"
        r"sechestrat\w*|rapit\w*|"
        r"legat\w*|batut\w*|captiv\w*|ostatic\w*|ranit\w*)",
        r"(?:m|ne|o|l) (?:au|a) (?:\w+ )?(?:inchis|incuiat|sechestrat|rapit|legat)",
        r"(?:ma|ne|o|il) (?:tin|tine) (?:\w+ ){0,2}(?:inchis(?!oare)\w*|cu forta|captiv\w*|legat\w*|incuiat\w*)",
        r"nu (?:pot|poate|putem|pot sa|ma lasa|ne lasa|o lasa|il lasa|am voie|are voie|avem voie) (?:\w+ ){0,2}"
        r"(?:plec|pleca|plece|plecam|ies|iasa|iesi|iesim|fug|fugi|fuga|scap|scapa|afara|evadez)" + _NOT_RESTRICTION,
        r"(?:vrea|vor|ameninta\w*) (?:\w+ ){0,2}sa (?:ma|ne|o|il) (?:omoare|ucida)",
        r"(?:sangerez|sangereaza|sangerea\w*|sange|inconstient\w*|lesinat\w*|nu pot respira|nu poate respira)",
        r"(?:are|au|cu|tine|tin|a scos) (?:\w+ ){0,2}(?:cutit\w*|pistol\w*|arma|arme|briceag|bata|ciocan\w*|topor\w*)",
        r"(?:sunt|e|este|suntem|sunteti) (?:\w+ ){0,2}in pericol",
        r"(?:e|este|sta|stau|sunt) (?:\w+ ){0,2}(?:la usa|in fata usii)",
        r"(?:salvati|salveaza) (?:ma|ne)",
        r"(?:sunati|suna|chemati|cheama) (?:\w+ )?(?:politia|la politie|la 112|112)",
    ),
    # bg, uk, ru: in the Latin skeleton (see `skeleton`): "меня бьют" is "menia biut", "бие ме" is "bie me".
    "bg": (
        r"(?:bie|biat|bi|prebi\w*|udria\w*|udri|nasilva\w*|izmachva\w*|dushi|dushat|rezhat|nakazva\w*) "
        r"(?:me|ni|ia|go|mene|nas)",
        r"(?:sam|e|sme|sa|ste) (?:\w+ ){0,1}(?:zatvoren\w*|zakliuchen|zakliuchena|zakliucheni|varzan\w*|"
        r"otvlechen\w*)",
        r"(?:zakliuchiha|zakliuchi|zatvoriha|zatvori|otvliakoha|otvlekoha|varzaha) (?:me|ni|ia|go)|"
        r"(?:zakliuchil\w*|zatvoril\w*) (?:sa |e )?(?:me|ni|ia|go)(?!\w)",
        r"(?:darzh\w*|durzh\w*) (?:me|ni|ia|go) (?:\w+ ){0,2}(?:zatvoren\w*|zakliuch\w*|nasila|nasilno|sila)",
        r"(?:ne moga|ne mozhe|ne mozhem|ne mi pozvoliavat|ne i pozvoliavat|ne ni pozvoliavat) (?:\w+ ){0,2}"
        r"(?:izliaza|izleze|izlezem|izbiagam|izbiaga|targna|targne|tragna|pobegna|otida|"
        r"izbiagame)" + _NOT_RESTRICTION,
        r"ne (?:me|ni|ia|go) (?:\w+ )?(?:puskat|pusnat|puska)" + _NOT_RESTRICTION,
        r"(?:ubie|ubiat|ubiiat|ubiia|ubiiat|ubiva\w*|zakolia|zakolie)",
        r"(?:karv|karvia|karvi|karvish|karvim|v bezsaznanie|ne moga da disha\w*|ne mozhe da disha|"
        r"ne mozhem da dishame|ranen\w*)",
        r"(?:ima|imat|s|sas|darzhi|durzhi|izvadi|zaplash\w*) (?:\w+ ){0,2}(?:nozh\w*|pistolet\w*|orazh\w*|oruzh\w*|"
        r"buhalk\w*|"
        r"chuk\w*|bradv\w*)",
        r"(?:sam|e|sme|sa|ste) (?:\w+ ){0,2}v (?:\w+ )?opasnost",
        r"(?:e|sa|stoi|stoiat|chaka|chakat|blaska|blaskat|tropa|tropat) (?:\w+ )?(?:pred|na) (?:\w+ )?"
        r"(?:vratata|vratata mi)",
        r"(?:spasete|spasi) (?:me|ni)",
        r"(?:obadete se|obadi se|povikaite|povikai|zvaniete|zvanete) (?:\w+ ){0,2}(?:politsia\w*|112)",
    ),
    "uk": (
        r"(?:mene|nas|iogo|ioho|ikh|ih|moiu \w+|mogo \w+|moho \w+) (?:\w+ ){0,1}(?:biut|bie|pobili|pobiv|"
        r"zbivaiut|zbivaie|dushat|dushit|zgvaltuv\w*|zhvaltuv\w*|kalechat|katuiut|muchat)",
        r"(?:biut|bie|zbivaiut|zbivaie|dushat|dushit|zgvaltuv\w*|zhvaltuv\w*) (?:\w+ )?(?:mene|nas|iogo|ioho)",
        r"(?:ia|mi|vona|vin|voni) (?:\w+ ){0,1}(?:zamknen\w*|zachinen\w*|zviazan\w*|v zaruchnik\w*)",
        r"(?:vikrali|vikrav|vikrala|v poloni|v zaruchnikah|pid zamkom|pid zamok)",
        r"(?:mene|nas) (?:\w+ ){0,1}(?:trimaiut|trimaie)",
        r"(?:mene|nas|iogo|ioho) (?:\w+ ){0,1}(?:zamknuli|zamknuv|zachinili|zachiniv|vikrali|"
        r"zviazali)",
        r"(?:zamknuli|zamknuv|zachinili|zachiniv|zviazali) (?:\w+ )?(?:mene|nas|iogo|ioho)",
        r"(?:ne mozhu|ne mozhemo|ne mozhe|ne dozvoliaiut|ne daiut|ne vipuskaiut|ne puskaiut) (?:\w+ ){0,2}"
        r"(?:viti|piti|vtekti|utekti|vibratisia|viihati|poihati|vidsi|zvidsi|nazovni|na vulitsiu|mene|"
        r"nas)" + _NOT_RESTRICTION,
        r"(?:[uv]b(?:iut|ie|iti|iu|iva\w*)|vb\w*iut)",
        r"(?:krov|krovi|kroviu|krovotech\w*|stikaiu|bez svidomosti|ne mozhu dihati|poranen\w*|ranen\w*)",
        r"(?:z|ma|maiut|maie|trimaie|dostav|vitiag\w*|po(?:g|h)rozhu\w*) (?:\w+ ){0,2}(?:nozh\w*|"
        r"pistolet\w*|zbroia|zbroieiu|rushnits\w*|bitoiu|bita|molot\w*|sokir\w*)",
        r"(?:maie|ma|maiut|z) nizh",
        r"(?:v|u) (?:\w+ )?nebezpe\w*",
        r"(?<!chekaie )(?<!chekaiut )(?:pid|bilia|pered|za) (?:\w+ )?dver\w*",
        r"(?:riatuit\w*|poriatuit\w*|riatui mene|spasit\w* mene)",
        r"(?:viklich\w*|vikliknit\w*|telefonuit\w*|dzvonit\w*|zatelefonuit\w*) (?:\w+ ){0,1}(?:politsi\w*|112)",
    ),
    "ru": (
        r"(?:menia|nas|ee|eio|ieio|ego|ih|moiu \w+|moego \w+) (?:\w+ ){0,1}(?:biut|biet|biot|izbiva\w*|izbil\w*|"
        r"dush\w*|nasilu\w*|muchaiut|pitaiut|rezhut|zarezh\w*|kalech\w*)",
        r"(?:biut|biet|biot|izbivaiut|izbivaet|dushit|dushat|nasiluet|nasiluiut|muchaiut) (?:\w+ )?(?:menia|nas|"
        r"ee|eio|ego|moiu|moego)",
        r"(?:zaperli|zaperla|zaper|zaperta|zapert|zaperti|vzaperti|pohitil\w*|otvlek\w*|sviazan\w*|"
        r"v zalozhnik\w*|v plenu|pod zamkom)",
        r"sviazali (?:menia|nas|ee|ego)",
        r"(?:menia|nas|ee|eio|ego) (?:\w+ ){0,1}(?:zakril\w*|zaper\w*|pohitil\w*|zamknul\w*)",
        r"(?:menia|nas) (?:\w+ ){0,1}(?:derzhat|derzhit)",
        r"(?:ne mogu|ne mozhem|ne mozhet|nelzia|ne dozvoliaiut|ne daiut|ne vipuskaiut|ne otpuskaiut|ne puskaiut)"
        r" (?:\w+ ){0,2}(?:uiti|uti|viti|ubezhat|sbezhat|vibratsia|uehat|vihodit|iz doma|otsiuda|menia|"
        r"nas)" + _NOT_RESTRICTION,
        r"(?:ubiut|ubiet|ubiot|ubit|ubiu|ubivaiut|ubivaet|ubiesh|zarezhu|zarezhut|prikonchu)",
        r"(?:krov|krovi|kroviu|krovotoch\w*|istekaiu|bez soznaniia|v bessoznanii|ne mogu dishat|ne mozhet dishat|"
        r"ranen|ranena|raneni)",
        r"(?:s|u nego|u nee|u nih|derzhit|dostal|vitashil|ugrozha\w*) (?:\w+ ){0,2}(?:nozh\w*|pistolet\w*|"
        r"oruzh\w*|stvol\w*|bitoi|bita|molot\w*|topor\w*)",
        r"(?:v|vo) (?:\w+ )?opasnosti",
        r"(?<!zhdet )(?<!zhdut )(?<!ozhidaet )(?:u|pod|za) (?:\w+ )?dver\w*",
        r"(?:spasite|spasi menia|spasi nas)",
        r"(?:vizovite|vizovi|vizivaite|pozvonite|(?<!vi )(?<!vi srazu )(?<!vi togda )zvonite) (?:\w+ ){0,1}(?:v )?"
        r"(?:politsi\w*|militsi\w*|112)",
    ),
    "es": (
        r"(?:me|nos|la|le|lo|les) (?:esta |estan )?(?:pega\w*|golpea\w*|patea\w*|ahoga\w*|estrangula\w*|viola\w*|"
        r"tortura\w*|apunala\w*|maltrata\w*|lastima\w*)",
        r"(?:estoy|esta|estamos|estan|me tienen|la tienen|nos tienen) (?:\w+ ){0,2}(?:encerrad\w*|secuestrad\w*|"
        r"atrapad\w*|retenid\w*|atad\w*|prisioner\w*|golpead\w*|herid\w*|rehen\w*)",
        r"(?:me|nos|la|lo|le) (?:\w+ )?(?:encerraron|encierran|encerro|encierra|secuestraron|secuestro|retienen|"
        r"ataron|atan)",
        r"(?:no puedo|no podemos|no puede|no me dejan|no nos dejan|no la dejan|no le dejan|no lo dejan|no me deja|"
        r"no nos deja|no la deja|no le deja|no lo deja) (?:\w+ ){0,2}"
        r"(?:salir|irme|ir|escapar|huir|marcharme|irnos|irse|escaparme)" + _NOT_RESTRICTION,
        r"(?:me|nos|la|lo|te) (?:va a |van a |quiere |quieren |amenaza con |amenazan con )?(?:matar|matara|mataran)",
        r"(?:va a|van a|quiere|quieren|amenaza con|amenazan con) (?:\w+ )?matar\w*",
        r"(?:sangrando|sangra|sangro|inconsciente|no puedo respirar|no puede respirar|desmayad\w*)",
        r"(?:lleno|llena|charco|cubiert\w*) de sangre|sangre por todas partes",
        r"(?:tiene|tienen|con|lleva|saco) (?:\w+ ){0,2}(?:cuchillo|cuchiyo|cuchilo|navaja|pistola|arma|armas|"
        r"revolver|bate|"
        r"martillo|hacha|machete)",
        r"(?:estoy|esta|estamos|estan) (?:\w+ ){0,2}en peligro",
        r"(?:esta|estan) (?:\w+ ){0,2}(?:en|a) (?:mi|la) puerta",
        r"(?:socorro|auxilio|salvame|salvenme)",
        r"(?:llama|llamen|llamad|llame|llamar) (?:a )?(?:la )?(?:policia|112)",
    ),
}

# Acute unsafety (T1): danger in the next 24 hours, threats, wanting to escape, recent sexual violence.
ACUTE_RULES: Final[RuleTable] = {
    "nl": (
        r"(?:vannacht|vanavond|vandaag|morgen|straks|dit weekend)\b[^.!?;]{0,60}\bmoet(?:en)?\b[^.!?;]{0,40}"
        r"\b(?:werken|mee|weg|klanten|naar|betalen|trouwen|vliegen|gaan|dealen|stelen)",
        r"\bmoet(?:en)?\b[^.!?;]{0,40}\b(?:werken|mee|weg|klanten|naar|betalen|trouwen|vliegen|dealen|stelen)\b"
        r"[^.!?;]{0,30}\b(?:vannacht|vanavond|vandaag|morgen|straks|dit weekend)",
        r"(?:bedreigt|bedreigen|dreigt|dreigen)",
        rf"{_BE} (?:\w+ ){{0,2}}bedreigd",
        r"(?:wil|willen|moet|moeten) (?:\w+ ){0,2}(?:vluchten|ontsnappen|weglopen|onderduiken)",
        r"(?:wil|willen) (?:hier |daar |nu )?weg",
        rf"(?:komt|komen) {_ME} (?:\w+ ){{0,2}}halen",
        rf"(?:heeft|hebben) {_ME} (?:\w+ ){{0,2}}(?:verkracht|misbruikt|geslagen|mishandeld)",
        r"(?:durf|durft|durven) (?:\w+ ){0,2}niet (?:naar huis|terug)",
        r"(?:geen|nergens) (?:\w+ )?(?:slaapplek|slaapplaats|plek om te slapen)",
        r"waar (?:moet|kan|moeten|kunnen) (?:ik|we) (?:\w+ )?(?:heen|naartoe|slapen|blijven|"
        r"naar toe) (?:\w+ )?(?:vannacht|vanavond)|waar (?:moet|kan|moeten|kunnen) (?:ik|we) (?:vannacht|vanavond) "
        r"(?:\w+ )?(?:heen|naartoe|slapen|blijven)",
    ),
    "en": (
        r"(?:tonight|this evening|today|tomorrow|later|this weekend)\b[^.!?;]{0,60}\b(?:must|have to|has to|"
        r"need to|forced to|make me|makes me|making me|make her|makes her)\b",
        r"\b(?:must|have to|has to|forced to|need to)\b[^.!?;]{0,50}\b(?:tonight|tomorrow|today|this evening|"
        r"this weekend)",
        r"(?:threaten|threatens|threatening|threatened (?:me|us|her|him|to))",
        r"(?:wants?|need|needs|trying|try|plan|planning|going) to (?:\w+ ){0,1}(?:escape|run away|get away|flee|"
        r"get out)",
        rf"(?:coming|come|comes) (?:to get|for) {_EN_ME}",
        rf"(?:raped|abused|assaulted|beat|hit) {_EN_ME} (?:\w+ ){{0,2}}(?:yesterday|last night|this morning|today)",
        rf"(?:raped|sexually assaulted) {_EN_ME}",
        r"(?:afraid|scared) to go (?:home|back)",
        r"(?:nowhere|no place) to (?:sleep|stay|go)",
        # a harm promised, the time after it ("they will beat me tonight")
        r"(?:will|gonna|going to|ll) (?:\w+ ){0,2}(?:beat|hit|hurt|kill|break|punish|rape|stab|burn) (?:\w+ ){0,4}"
        r"(?:tonight|tomorrow|today|this evening|later today)",
        r"where (?:do|can|should|will) (?:i|we) (?:go|sleep|stay) (?:\w+ )?(?:tonight|tonite|this night)",
    ),
    "pl": (
        r"(?:dzis|dzisiaj|wieczorem|jutro|zaraz|tej nocy|w nocy|w ten weekend)\b[^.!?;]{0,60}\b(?:musze|musi|"
        r"musimy|musza|kaza|kaze|zmusza|zmuszaja|wywioza|zabiora)\b",
        r"\b(?:musze|musi|musimy|musza|kaza mi|kaze mi)\b[^.!?;]{0,50}\b(?:dzis|dzisiaj|wieczorem|jutro|w nocy|"
        r"tej nocy|w ten weekend)",
        r"(?<!co )(?<!czy )(?:grozi|groza|grozil\w*|grozili|zastrasza\w*|zastraszan\w*)(?! (?:\w+ )?(?:kara|kary|"
        r"wiezienie))",
        r"(?:chce|chcemy|chca|musze|musi) (?:\w+ ){0,2}(?:uciec|ucieknac|uciekac|wyrwac sie|odejsc stad|"
        r"wyjechac stad|sie wydostac)",
        r"(?:przyjda|przyjedzie|przyjada|przyjdzie) (?:\w+ ){0,2}po (?:mnie|nas|nia|niego)",
        r"(?:zgwalcil\w*|zgwalcili|pobil\w*|pobili|wykorzystal\w* seksualnie) (?:\w+ )?(?:mnie|nas|ja)",
        r"boje sie (?:\w+ ){0,2}(?:wrocic|wracac|isc) do domu",
        r"nie mam (?:\w+ )?gdzie (?:spac|nocowac|isc|sie podziac)",
        r"gdzie (?:mam|moge|mamy|mozemy) (?:\w+ )?(?:isc|pojsc|spac|nocowac|sie podziac) (?:\w+ )?(?:dzis|dzisiaj|"
        r"tej nocy|w nocy)",
    ),
    "ro": (
        r"(?:diseara|deseara|la noapte|noaptea asta|azi|astazi|maine|mai tarziu|in weekend)\b[^.!?;]{0,60}"
        r"\b(?:trebuie|ma obliga|ma pun|ma trimit|ma duc|ma muta)\b",
        r"\b(?:trebuie|ma obliga)\b[^.!?;]{0,50}\b(?:diseara|deseara|la noapte|azi|astazi|maine|noaptea asta)",
        r"amenint\w*",
        r"(?:vreau|vrea|vrem|trebuie) (?:\w+ ){0,2}sa (?:fug|fuga|scap|scape|evadez|plec de aici|plece de acolo)",
        r"(?:vin|vine|vor veni|or sa vina) (?:\w+ ){0,2}(?:dupa mine|dupa noi|dupa ea|sa ma ia|sa ne ia)",
        r"(?:m|ne|o) (?:a|au) (?:\w+ )?(?:violat|abuzat|batut)",
        r"(?:mi e|imi e|mi este|imi este) frica sa (?:\w+ )?(?:ma intorc|merg|ma duc) acasa",
        r"(?:nu am|n am) unde sa (?:dorm|stau|ma duc)",
        r"unde (?:sa|pot sa|as putea sa) (?:merg|dorm|stau|ma duc) (?:\w+ )?(?:diseara|la noapte|in noaptea asta|"
        r"noaptea asta)",
    ),
    "bg": (
        r"(?:dnes|dovechera|tazi nosh\w*|prez nosha|utre|po kasno|v uikenda)\b[^.!?;]{0,60}\b(?:triabva|karat|"
        r"she me|she ia|prashat|pratiat)\b",
        r"\btriabva\b[^.!?;]{0,50}\b(?:dnes|dovechera|tazi nosh\w*|prez nosha|utre)",
        r"(?:zaplash\w*)",
        r"(?:iskam|iska|iskame|triabva) (?:\w+ ){0,2}(?:izbiagam|izbiaga|izbiagame|pobegna|pobegne|"
        r"se spasia|se mahna|se mahne)",
        r"(?:doidat|doide|idvat|she doidat) (?:\w+ ){0,1}za (?:men|nas|neia)",
        r"(?:iznasil\w*)",
        r"(?:strah me e|straham se|boia se) (?:\w+ ){0,3}(?:vkashi|pribera|vrasha\w*|varna)",
        r"(?:niama|nemam|niamam) (?:\w+ )?kade (?:da )?(?:spia|spim|otida|noshuvam)",
        r"kade (?:da|moga da|shte) (?:otida|spia|noshuvam|ida) (?:\w+ )?(?:dovechera|tazi nosh\w*|tazi vecher|dnes)",
    ),
    "uk": (
        r"(?:sogodni|sohodni|vnochi|vvecheri|zavtra|tsiei nochi|piznishe|na vikhidnikh|na vihidnih)\b[^.!?;]{0,60}"
        r"\b(?:mushu|musit|musimo|maiu|maie|povin\w*|treba|zmush\w*|vidpraviat|povezut|zaberut)\b",
        r"\b(?:mushu|musit|maiu|povin\w*|treba)\b[^.!?;]{0,50}\b(?:sogodni|sohodni|vnochi|vvecheri|zavtra|"
        r"tsiei nochi)",
        r"(?:po(?:g|h)roz\w*|zaliakuiut|zaliakuie|zaliakuvan\w*)",
        r"(?:hochu|hoche|hochemo|treba|mushu) (?:\w+ ){0,2}(?:vtekti|utekti|vtechi|vibratisia|poiti zvidsi|"
        r"piti zvidsi|viihati zvidsi|zvidsi)",
        r"(?:pridut|priidut|priidut|priedut|prieduty) (?:\w+ ){0,1}(?:za mnoiu|po mene|za nami|po nas|za neiu|po nei)",
        r"(?:z(?:g|h)valtuv\w*|zgvalt\w*|zhvalt\w*)",
        r"(?:boius\w*|boiusia) (?:\w+ ){0,2}(?:dodomu|povertatisia|vertatisia|iti dodomu)",
        r"(?:nide|nikudi|nema de|nemaie de) (?:\w+ )?(?:spati|nochuvati|iti|podititsia)",
        r"kudi (?:meni |nam )?(?:iti|piti|pity|poditisia|podivatisia|ihati) (?:\w+ )?(?:sogodni|sohodni|"
        r"vnochi|tsiei nochi|sogodni vvecheri)",
    ),
    "ru": (
        r"(?:segodnia|nochiu|vecherom|zavtra|etoi nochiu|pozzhe|v vihodnie)\b[^.!?;]{0,60}\b(?:dolzhn\w*|dolzhen|"
        r"nado|nuzhno|pridets\w*|zastav\w*|otpraviat|otvezut|zaberut|povezut)\b",
        r"\b(?:dolzhn\w*|dolzhen|nado|nuzhno|pridets\w*)\b[^.!?;]{0,50}\b(?:segodnia|nochiu|vecherom|zavtra|"
        r"etoi nochiu)",
        r"(?:ugrozh\w*|zapugiva\w*|shantazh\w*)",
        r"(?:hochu|hochet|hotim|nado|nuzhno|hochetsia) (?:\w+ ){0,2}(?:sbezhat|ubezhat|bezhat|vibratsia|"
        r"uiti otsiuda|uehat otsiuda|spastis)",
        r"(?:pridut|pridet|priedut|priedet) (?:\w+ ){0,1}za (?:mnoi|mnoiu|nami|nei|neiu)",
        r"(?:iznasil\w*)",
        r"(?:boius\w*|strashno) (?:\w+ ){0,2}(?:domoi|vernutsia|vozvrashat\w*)",
        r"(?:negde|nekuda) (?:\w+ )?(?:spat|nochevat|idti|poiti|zhit)",
        r"kuda (?:mne |nam )?(?:idti|poiti|devatsia|podatsia|ehat) (?:\w+ )?(?:segodnia|nochiu|etoi nochiu|na noch)",
    ),
    "es": (
        r"(?:esta noche|hoy|manana|mas tarde|este fin de semana)\b[^.!?;]{0,60}\b(?:tengo que|tiene que|tenemos que|"
        r"me obligan|me obliga|debo|me hacen|me mandan|me llevan)\b",
        r"\b(?:tengo que|tiene que|tenemos que|me obligan a|debo)\b[^.!?;]{0,50}\b(?:esta noche|hoy|manana|"
        r"este fin de semana)",
        r"(?:amenaz\w*)",
        r"(?:quiero|quiere|queremos|necesito|tengo que) (?:\w+ ){0,1}(?:escapar|escaparse|escaparnos|huir|fugarse|"
        r"escaparme|salir de aqui|"
        r"irme de aqui)",
        r"(?:vienen|viene|vendran|van a venir) (?:\w+ ){0,1}(?:por mi|a por mi|a buscarme|por nosotros|a buscarla)",
        r"(?:me|nos|la) (?:violo|violaron|pego|pegaron|golpeo|golpearon|abuso|abusaron)",
        r"miedo (?:de|a) (?:volver|ir|regresar) a casa",
        r"no tengo (?:donde|a donde|adonde) (?:dormir|ir|quedarme)",
        r"(?:donde|a donde|adonde) (?:puedo ir|puedo dormir|duermo|me quedo|puedo quedarme|voy a dormir) "
        r"(?:\w+ )?(?:esta noche|hoy)",
    ),
}

# ---------------------------------------------------------------------------------------------------------
# Danger told inside a story. People rarely write "I am in danger"; they tell what happens ("my cousin just
# called, they are beating her right now", "tonight they drive me to clients again"). These rules are built
# from a small vocabulary per language, so that one family covers every wording of that language:
#   harm now      a harm verb (first or third person, any object) with a marker of "now"      -> danger
#   abduction     someone pushed/dragged/pulled into a car or van, in the present             -> danger
#   confinement   held/locked/kept in a room, basement, car ... (present)                     -> danger
#   minor         an age under 18 and adults/clients/sex in the same message, now             -> danger
#   near time     tonight/tomorrow/today + taken to clients, moved, sold, must deliver,
#                 a threat, or leaving/escaping/being picked up                              -> acute
#   sale          being sold (present or future)                                              -> acute
# A harm that is a condition ("... or they beat me", "anders slaan ze me") is a threat: acute, not danger.


@dataclass(frozen=True)
class StoryWords:
    """The vocabulary of the story families in one language (regex alternations, normalised or skeleton)."""

    now: str  # strict present: now, right now, at this moment (not "again", not "every day")
    harm: str  # harm verbs in present, progressive and participle forms, any person
    move: str  # pushing/dragging/pulling someone (present)
    vehicle: str  # car, van, bus, boot
    held: str  # held/locked/kept, present
    place: str  # basement, room, flat, car ...
    near: str  # tonight, this evening, tomorrow, today, later
    forced: str  # taken/driven/brought/moved/sold, clients, deliver drugs, another city
    leave: str  # leave him, get away, escape, be picked up, where can I go
    threat_if: str  # "or", "otherwise", "if I don't": a condition before a harm
    punish: str  # what a threat promises: beat, hurt, kill, punish (future and infinitive forms)
    sell: str  # selling a person (present or future)
    minor: str  # an age under 18, a child
    adults: str  # men, clients, sex, a hotel room: adults around a child
    here: str  # being somewhere with them now: "I am in", "here", "with them"
    hypothetical: str  # a general question: "what happens if someone ...", "als iemand ..."
    ordinary: str  # an ordinary day: my work, the bakery, school, an appointment


_AGE = r"(?:1[0-7]|[4-9])"
# Dutch "nu" (now) is Romanian "nu" (not): the Latin-script languages share one pattern, so "nu" followed by a
# Romanian word is not "now" ("ea nu il cunoaste", "nu mai pot").
_NOT_ROMANIAN_NU = (
    r"(?! (?:mai|ma|se|o|il|e|este|sunt|vrea|vreau|pot|poate|stiu|are|am|au|ne|le|va|vor|avem|da|lasa|m|s|l|ii|i|mi|"
    r"vrem|putem|stie|a|prea|fac|face|merg|vine|vin|cred|inteleg|raspunde|primesc|primim|primeste|aduce|aduc|"
    r"aducem|castiga|castig)(?!\w))"
)
# Dutch "net" (just now) is Russian "net" (no, there is no) typed in Latin letters: "u menia net dokumentov".
_NOT_RUSSIAN_NET = (
    r"(?<!menia net)(?<!nas net)(?<!nego net)(?<!nee net)(?<!nih net)(?! (?:u|dokumentov|deneg|raboti|vremeni|"
    r"nichego|nikogo|pasporta|sviazi|mesta|edi|vodi|nikakih)(?!\w))"
)
STORY_WORDS: Final[Mapping[str, StoryWords]] = {
    "nl": StoryWords(
        now=rf"(?<!daca )(?<!ca )(?<!sa )(?<!si )nu{_NOT_ROMANIAN_NU}|nu meteen|op dit moment|op dit ogenblik|"
        rf"momenteel|net{_NOT_RUSSIAN_NET}|zojuist|"
        r"op het moment|"
        r"aan het",
        harm=r"slaat|slaan|schopt|schoppen|trapt|trappen|stompt|stompen|wurgt|wurgen|verkracht|verkrachten|mishandelt|"
        r"mishandelen|steekt|martelt|martelen|sleurt|sleuren|ontvoert|ontvoeren|misbruikt|misbruiken|"
        r"geslagen|geschopt|gewurgd|verkracht|mishandeld|ontvoerd|misbruikt|neergestoken|meegenomen|meegesleurd",
        move=r"duwt|duwen|sleurt|sleuren|sleept|slepen|trekt|trekken|gooit|gooien|propt|proppen|geduwd|gesleurd|"
        r"getrokken|gegooid|ingeduwd",
        vehicle=r"auto|busje|bus|bestelbus|bestelwagen|kofferbak|wagen|busjes|auto s|taxi",
        held=r"opgesloten|opgeslote|op slot|vastgehouden|vast gehouden|houden (?:\w+ ){0,3}vast|"
        r"houdt (?:\w+ ){0,3}vast|"
        r"sluiten (?:\w+ ){0,3}op|sluit (?:\w+ ){0,3}op",
        place=r"kelder|kamer|kamertje|zolder|schuur|flat|woning|huis|appartement|garage|auto|busje|container|hok",
        near=r"vannacht|vanavond|vandaag|vanochtend|vanmorgen|morgen|morgenochtend|morgenvroeg|morgenavond|straks|"
        r"zo meteen|over een uur|over (?:\d|twee|drie|vier|vijf) uur|"
        r"dit weekend|voor (?:\d+|negen|tien|elf|twaalf) uur",
        forced=r"klanten|klant|"
        r"(?:moet|moeten) (?:ik|we|wij) (?:\w+ )?mee(?! naar (?:school|werk|de winkel))|anders? (?:boerderij|plek|"
        r"plaats|adres|huis|kamp)|(?:brengen|brengt|rijden|rijdt|"
        r"vervoeren|vervoert|verhuizen|verplaatsen|"
        r"verkopen|verkoopt|sturen|stuurt) (?:ze |zij |hij |men )?(?:me|mij|ons|haar|hem|hen|mijn \w+)|"
        r"(?:word|wordt|worden) (?:\w+ ){0,6}(?:opgehaald|gebracht|weggebracht|verkocht|overgedragen|vervoerd|"
        r"verhuisd)|andere stad|ander land|drugs|moet (?:\w+ ){0,3}(?:blijven|werken|mee|gaan)|"
        r"moeten (?:\w+ ){0,3}(?:blijven|werken|mee)",
        leave=r"ga ik (?:\w+ )?weg|"
        r"(?:bang|durf niet) (?:om )?(?:hier )?(?:te )?blijven|durf (?:\w+ )?niet (?:\w+ )?(?:thuis )?te slapen|(?:ik|"
        r"we) (?:ga|"
        r"gaan) (?:\w+ )?weg|vlucht ik|ik vlucht|loop ik weg|"
        r"(?:wil|wil ik) (?:\w+ ){0,3}(?:weg|vluchten|ontsnappen|weglopen|verlaten)|bij hem weg|bij haar weg|"
        r"(?:kom|komen|kunnen|kan|kunt) (?:\w+ ){0,2}(?:me|mij|ons) (?:\w+ ){0,3}(?:ophalen|halen)|"
        r"waar kan ik (?:heen|naartoe|slapen|naar toe)|opgehaald worden|(?:willen|wil) (?:\w+ ){0,3}weggaan|"
        r"ergens (?:heen|naartoe)|onderduiken|(?:waar|ergens) (?:\w+ ){0,2}verstoppen",
        threat_if=r"anders|zo niet|niet (?:\w+ )?(?:breng|brengt|doe|doet|betaal|betaalt|werk|werkt|lever|levert)|"
        r"als (?:ik|ze|hij|we) (?:\w+ ){0,4}niet|of (?:ze|hij) (?:\w+ )?(?:slaan|slaat)",
        sell=r"(?:verkoopt|verkopen) (?:hij |ze |zij )?(?:me|mij|haar|hem|ons)|(?:gaat|gaan|wil|willen) "
        r"(?:\w+ ){0,3}verkopen",
        punish=r"(?:weten|weet) (?:ze|we|hij|zij) waar (?:\w+ ){0,3}(?:woont|wonen|werkt)|klappen (?:\w+ )?krijgen|"
        r"krijg(?:t|en)? (?:ik |je |jij |hij |ze |zij |we |jullie )?(?:\w+ )?klappen|pak slaag|"
        r"krijg(?:t|en)? (?:ik |je |jij |hij |ze |zij |we |jullie )?de (?:stok|riem|zweep)|"
        r"klappen geven|een pak slaag|"
        r"(?:zal|zul|zullen) (?:\w+ ){0,2}het merken|spijt (?:krijgen|krijgt|van hebben)|"
        r"(?:weten|weet) (?:\w+ ){0,3}(?:op )?welke school|(?:staan|staat) (?:ze |hij )?(?:\w+ ){0,4}aan de deur|"
        r"(?:stuurt|sturen) (?:hij |ze )?(?:de |mijn |die |mn )?(?:foto s|fotos|filmpjes|video s|beelden)|"
        r"(?:doet|doen) (?:\w+ ){0,3}iets met|(?:krijgt|krijg|krijgen) (?:\w+ )?klappen|"
        r"stuurt (?:\w+ )?(?:mensen|jongens|iemand)|"
        r"in de fik|in brand|(?:foto s|filmpjes|video s) (?:\w+ ){0,2}(?:sturen|doorsturen|versturen|"
        r"rondsturen)|"
        r"(?:doet|doen) (?:ie|hij|ze|zij) (?:\w+ ){0,3}wat(?!\w)|"
        r"(?:breekt|breken) (?:\w+ ){0,2}(?:benen|armen|botten|nek)|"
        r"(?:maakt|maken) (?:\w+ ){0,2}kapot|kapotmaken|"
        r"(?:doen|doet) (?:\w+ ){0,3}iets aan|slaan|slaat|(?:maakt|maken) (?:\w+ ){0,2}af|afmaken|pijn doen|"
        r"vermoorden|doden|straffen|aandoen|"
        r"doodmaken|in elkaar slaan",
        minor=r"(?:leerling|scholier|pupil)\w* (?:\w+ ){0,2}(?:1[0-7]|[4-9])(?! (?:uur|euro|jaar geleden|minuten))|"
        rf"ik ben {_AGE}(?: jaar)?|(?:ben|is) (?:pas |nog maar )?{_AGE}(?: jaar)?(?! (?:uur|euro|minuten|"
        rf"dagen|keer))|{_AGE} jaar oud|"
        rf"(?:dochter|zoon|zusje|broertje|nichtje|neefje|meisje|jongen|kind|vriendinnetje) (?:van )?{_AGE}"
        r"(?! (?:uur|euro|minuten|keer|dagen|weken|maanden))|"
        r"minderjarig\w*|een kind|mijn kind|"
        rf"(?:jongetje|meisje|meisjes|jongen|jongens|kind|kinderen|kindje) (?:\w+ ){{0,2}}van (?:een jaar of|ongeveer|"
        rf"rond de|zo n|zon) {_AGE}(?!\w)|jongetje\w*|klein meisje|kleine (?:jongen|meid|kinderen)|klein kind\w*",
        adults=r"afspraakjes|trouwen|bruiloft|bedelen|bedelt|"
        r"oudere (?:vriend|jongens|mannen)|pakketje\w*|vriendje|loverboy|"
        r"verkopen|dealen|"
        r"bedel\w*|"
        r"stelen|jatten|"
        r"hotel\w*|"
        r"mannen|man|volwassen\w*|klanten|klant|volwassenen|seks|sex|hotelkamer|met hem mee",
        here=r"(?:zit|ben|zitten|zijn) (?:nu )?(?:in|bij)|(?:ik ben|ik zit|ze is|ze zit|hij is|hij zit|we zijn|"
        r"we zitten) (?:\w+ ){0,2}(?:in|bij|met)|hier|"
        r"bij hen|met hen",
        hypothetical=r"stel (?:je voor )?dat|stel nou dat|(?:als|wanneer|indien) (?:\w+ ){0,1}(?:iemand|een persoon|"
        r"een slachtoffer|mensen)|"
        r"wat (?:gebeurt|moet|doe|kan) (?:\w+ ){0,4}als",
        ordinary=r"mijn werk|mijn baan|bakker|bakkerij|supermarkt|gewoon|zoals altijd|school|kantoor|afspraak|"
        r"tandarts|huisarts|dienst|stage|"
        r"training|les",
    ),
    "en": StoryWords(
        now=r"now|just|right now|at the moment|at this moment|currently|as we speak|as i (?:write|type)|this minute|"
        r"just now",
        harm=r"being taken away|taking (?:\w+ ){0,2}away|hitting|beating|kicking|punching|choking|strangling|raping|"
        r"stabbing|attacking|torturing|"
        r"molesting|abusing|dragging|kidnapping|abducting|hits|beats|kicks|punches|chokes|strangles|rapes|stabs|"
        r"drags|kidnaps|being (?:hit|beaten|kicked|choked|raped|stabbed|attacked|abused|molested|dragged)",
        move=r"(?:pushing|dragging|pulling|forcing|shoving|bundling|pushes|drags|forces|shoves|being pushed|"
        r"being dragged|being pulled|being forced|being thrown|being taken|just (?:pushed|dragged|pulled|forced|"
        r"shoved|threw|grabbed|took)) (?:\w+ ){0,12}(?:into|in|inside|to|towards|toward)",
        vehicle=r"car|van|truck|bus|minibus|trunk|boot|lorry|vehicle|taxi",
        held=r"(?:am|im|is|are|re|s|being|get|getting|still) (?:\w+ ){0,2}(?:held|kept|trapped|stuck|locked|shut|"
        r"chained|tied up|imprisoned)|(?:keep|keeps|keeping|hold|holds|holding) (?:me|us|her|him|them|my \w+|a \w+|"
        r"the \w+|girls|"
        r"women|people|kids|children) (?:locked |prisoner |captive )(?:in|inside)",
        place=r"basement|cellar|room|attic|shed|flat|apartment|house|garage|car|van|trunk|container|cage|"
        r"bathroom|toilet|bedroom|hotel",
        near=r"tonight|tonite|2nite|by tomorrow|by the morning|tomorow|tommorow|tommorrow|tmrw|2morrow|this evening|"
        r"this afternoon|today|tomorrow|"
        r"later today|in an hour|now now|in (?:about |around |like |maybe |less than )?(?:\d|two|three|four|"
        r"five) hours|"
        r"(?:\d|two|three|four|five) hours left|"
        r"this weekend|"
        r"before (?:\d+|nine|ten|eleven|midnight)",
        forced=r"(?:to|at) (?:another|a different|a new|other) (?:job|farm|site|place|house|address|city)|"
        r"(?:say|says|said) (?:that )?i (?:must |have to |will )?(?:come|go|fly) with them|i (?:must|have to) (?:come|"
        r"go|fly) with them|marry (?:her|"
        r"him) off|"
        r"married off|(?:were|we are|they are|theyre|im|i am) (?:\w+ )?moving|moving (?:us|me|her|them)|clients|"
        r"customers|johns|(?:drive|drives|driving|take|takes|taking|bring|brings|carry|carries|"
        r"bringing|move|moves|moving|send|sends|sending|sell|sells|selling|transport\w*|ship\w*) "
        r"(?:all of |all )?(?:me|us|her|him|them|my \w+)|(?:another|a different|other) "
        r"(?:farm|house|place|address|camp)|(?:be|being|get|getting|am|im|is|are|will be) (?:\w+ )?(?:driven|taken|"
        r"brought|moved|sold|transported|shipped|picked up)|another city|another country|deliver|drugs|"
        r"must stay|have to stay|has to stay|go with (?:him|them|men|a man|the man|clients|those men)|"
        r"(?:have|has|got) to go (?:\w+ ){0,3}(?:hotel|with (?:\w+ )?men)",
        leave=r"(?:i|we) (?:can|could|will|ll) (?:\w+ )?(?:run|escape|leave|get out)|"
        r"(?:afraid|scared) to stay|"
        r"(?:im|i am|we are|were) (?:\w+ )?(?:leaving|running away|getting out)|^leaving|meet me|"
        r"(?:want|need|have|going|trying|try|plan|planning|must) to (?:\w+ )?(?:leave|get away|run|escape|"
        r"flee|get out)|run away|escape|flee|pick me up|come (?:and )?get me|where (?:can|do|should) i go|"
        r"somewhere to go|somewhere to (?:hide|sleep|stay)|where (?:can|do|should) (?:i|we) hide",
        threat_if=r"or|or else|otherwise|if i (?:dont|do not|refuse|say no)|unless",
        sell=r"(?:is|are|am|s|re|will|gonna|going to|wants? to|plans? to|planning to) (?:\w+ ){0,1}"
        r"(?:sell|selling) (?:me|us|her|him|them|my \w+)|sells (?:me|us|her|him|them|my \w+)",
        punish=r"know\w* where (?:i|you|we|she|he|they|my \w+|her \w+|his \w+) (?:\w+ )?(?:live\w*|work\w*|stay\w*|"
        r"study|studies|go to school)|"
        r"teach (?:\w+ )?a lesson to (?:whoever|anyone|anybody|everyone|those|him|her|them|the one)|"
        r"send\w* (?:\w+ )?(?:people|guys|someone|men) (?:to|after|round)|"
        r"burn\w*|set fire|send (?:\w+ ){0,2}(?:photos|pictures|videos|nudes)|"
        r"break\w* (?:\w+ ){0,2}(?:legs|arms|bones|neck)|come for (?:my|her|his) \w+|"
        r"punished|beaten|killed|beat|hit|hurt|harm|kill|punish|rape|cut|stab|do something|beat me|kill me|"
        r"smash|regret it|be sorry|(?:we|you|u)(?: will| ll| gonna)? learn (?:a |our |your )?lesson(?! (?:about|on|"
        r"in|of))|"
        r"teach (?:us|you|u|me|them) a lesson(?! (?:on|about|in|of)\b)",
        minor=rf"(?:lads?|boys?|girls?|kids?|students?|pupils?) {_AGE}(?! (?:minutes|hours|euro|years ago))|"
        rf"(?:lads?|boys?|girls?|kids?|child|children) (?:\w+ ){{0,2}}(?:about|around|maybe|like|aged) {_AGE}(?!\w)|"
        r"(?:student|pupil)\w* (?:\w+ ){0,2}(?:1[0-7]|[4-9])(?! (?:minutes|hours|euro|years ago))|"
        rf"i(?: m| am|m) (?:only |just )?{_AGE}(?! (?:minutes|hours|days|weeks|months|years|times|euro))|"
        rf"{_AGE} (?:years old|year old|yr old|yrs old|yo|y o)|"
        rf"(?:she|he|cousin|friend|nephew)(?: is| s) (?:only |just )?{_AGE}(?! (?:minutes|hours|days|euro|times))|"
        r"(?:daughter|son|sister|brother|niece|girl|boy|child|kid) "
        rf"(?:of|is|aged) {_AGE}|underage|a minor|minors|a child|my child|(?:little|small) (?:boy|girl|kid|child)\w*",
        adults=r"package|packages|parcel\w*|begging|made to beg|picks (?:her|him) up|pics|nudes|go live|marry|"
        r"married|wedding|"
        r"webcam|cam|stepdad|stepfather|boyfriend|older (?:guys|boys|men|group|friends)|deliveries|"
        r"selling|sell|deal\w*|drugs|"
        r"beg|begs|begging|"
        r"steal\w*|shoplift\w*|"
        r"hotel\w*|motel\w*|"
        r"men|man|adults|grown|clients|client|customers|sex|hotel room|older|strangers",
        here=r"(?:i m|im|i am|she is|shes|he is|hes|we are|were|they are) (?:\w+ ){0,2}(?:in|with|at)|here|with them",
        hypothetical=r"(?<!i )suppose (?:that|someone|somebody|a|an)|supposing|(?:if|when) (?:\w+ ){0,1}(?:someone|"
        r"somebody|a person|a victim|people|anyone)|"
        r"what (?:happens|should|do|can) (?:\w+ ){0,4}if",
        ordinary=r"my work|my job|bakery|supermarket|as usual|school|office|appointment|dentist|doctor s|my shift|"
        r"shift|training|class|"
        r"lesson",
    ),
    "pl": StoryWords(
        now=r"teraz|wlasnie|w tej chwili|obecnie|w tym momencie|akurat|przed chwila|(?:\d+|kilka|pare) minut temu",
        harm=r"bije|bija|kopie|kopia|dusi|dusza|gwalci|gwalca|katuje|katuja|tlucze|tluka|krzywdzi|krzywdza|"
        r"dzga|porywa|porywaja|ciagna|ciagnie|pobili|pobil|zgwalcil\w*|porwali|porwal|uderzyl\w*|bita|bity",
        move=r"wciaga\w*|wpycha\w*|wrzuca\w*|ciagna|ciagnie|pcha\w*|zaciaga\w*|wsadza\w*|wciagn\w*|wepchn\w*|"
        r"wrzucil\w*",
        vehicle=r"auta|auto|samochodu|samochod|busa|bus|busika|vana|furgonetki|furgonetka|bagaznika",
        held=r"zamknie\w*|zamkna\w*|uwiezion\w*|(?:przetrzymuj\w*|zamykaja|zamyka|wiezi|wieza) "
        r"(?:\w+ )?(?:mnie|nas|ja|go|je|dziewczyn\w*|kobiet\w*|dzieci|dziecko|corke|siostre)",
        place=r"piwnicy|pokoju|mieszkaniu|domu|samochodzie|aucie|busie|garazu|pokoiku|lazience|hotelu|"
        r"na klucz|na strychu|w srodku",
        near=r"dzis|dzisiaj|dzis wieczorem|do rana|do wieczora|wieczorem|jutro|jutra|jutro rano|zaraz|pozniej|"
        r"tej nocy|w nocy|"
        r"za (?:dwie|trzy|\d+) godzin\w*|"
        r"dzis w nocy|"
        r"w ten weekend|za godzine|przed (?:\d+|dziewiata|dziesiata|polnoca)",
        forced=r"klient(?!k)\w*|"
        r"(?:musze|musimy) (?:leciec|jechac) z nimi|(?:mam|musze|musi|musimy) (?:\w+ ){0,2}jechac|do innej (?:roboty|"
        r"pracy)|wydac za maz|"
        r"wydadza|(?:(?:wy|za|prze|od|po)?(?:wioz|woz|wiez)\w*|zabiora|zabierze|przewioza|przewiezie|"
        r"sprzedaja|"
        r"sprzeda|sprzedaje|wysla|wysle|przeniosa|oddadza|oddaje) (?:\w+ )?(?:mnie|nas|ja|go|je)|"
        r"innego miasta|inne miasto|innego kraju|dostarcz\w*|narkotyk\w*|paczk\w*|musze (?:\w+ ){0,2}zostac|"
        r"musi (?:\w+ ){0,2}zostac",
        leave=r"uciekam|"
        r"boje sie (?:tu )?zostac|uciekne|odchodze od|zwiac|zwieje|zwiewam|nie ma dokad (?:pojsc|isc|uciec)|"
        r"(?:odejsc|uciec|wyjsc|wyjechac|uciekac|odchodze) (?:\w+ ){0,2}(?:od niego|od niej|stad|z domu)|"
        r"odejsc od (?:niego|niej|nich)|od (?:niego|niej|nich) odejsc|uciec|wydostac sie|odebrac mnie|"
        r"przyjechac po mnie|gdzie (?:moge|mam) (?:isc|pojsc|sie podziac|spac)|"
        r"gdzie (?:\w+ )?(?:sie )?(?:schowac|ukryc)",
        threat_if=r"bo inaczej|inaczej|jesli nie|jezeli nie|jak nie|albo",
        sell=r"sprzeda\w* (?:\w+ )?(?:mnie|nas|ja|go|je)|(?:mnie|nas|ja|go) (?:\w+ )?sprzeda\w*",
        punish=r"wiedza gdzie (?:\w+ ){0,2}mieszka\w*|pogadamy|przyjd\w* (?:\w+ ){0,2}porozmawiac|"
        r"oberwiemy|oberwiesz|oberwie|oberwe|oberwa|"
        r"bedzie (?:bicie|lanie|wpierdol\w*)|dostaniemy (?:\w+ )?(?:bicie|lanie|wpierdol\w*)|"
        r"dostan\w* (?:\w+ )?jak ostatnio|w trumnie|"
        r"dostan\w* (?:\w+ )?nauczk\w*|(?:da|dac|dadza) (?:\w+ ){0,2}nauczk\w*|(?:tak )?urzadzi\w*|"
        r"(?:mnie|nas|go|ja|cie|was) naucz\w*$|naucz\w* (?:\w+ )?(?:rozumu|moresu|szacunku|posluszenstwa)|"
        r"wyrzuc\w* (?:\w+ ){0,3}na (?:noc|ulice|mroz)|bedzie (?:\w+ )?bic|"
        r"pogadaja|pogada|znajda (?:mnie|cie|nas|go|ja)|znajdzie (?:mnie|cie|nas|go|ja)|"
        r"(?:nasle|wysle) (?:\w+ )?ludzi|"
        r"podpal\w*|spal\w*|wysle (?:\w+ )?(?:zdjecia|filmy|nagrania)|bedzie zle|"
        r"cos zrobi|cos zrobia|zrobi cos|zrobia cos|"
        r"krzywd\w*|polamie|polamia|polamac|pobija|pobije|zabija|zabije|skrzywdza|skrzywdzi|ukarza|ukarze|"
        r"zbija|zbije|pozaluj\w*|wysle (?:\w+ ){0,2}do (?:calej )?(?:szkoly|klasy|rodziny|rodzicow|znajomych)",
        minor=rf"mam (?:dopiero |tylko )?{_AGE} (?:lat|lata)|{_AGE} (?:lat|lata)|{_AGE} letni\w*|{_AGE} ?latk\w*|"
        r"nieletni\w*|niepelnolet\w*|dziecko|moje dziecko|dziewczynk\w*|chlopczyk\w*|mal\w* (?:dziewczyn|chlop)\w*",
        adults=r"paczk\w*|paczusz\w*|kumpl\w*|rozwozi\w*|slub\w*|za maz|do kolegow|zebrac|zebrze|zebrzeja|"
        r"sprzeda\w*|dilowa\w*|"
        r"zebr\w*|"
        r"krasc|kradn\w*|"
        r"hotel\w*|"
        r"mezczyzn\w*|facet\w*|klient\w*|dorosl\w*|seks\w*|starsz\w*|obc\w*",
        here=r"(?:jestem|jest|jestesmy|siedze) (?:\w+ ){0,2}(?:w|z|u)|tutaj|tu|z nimi",
        hypothetical=r"zalozmy ze|przypuscmy ze|(?:jesli|jezeli|gdy|kiedy) (?:\w+ ){0,1}(?:ktos|osoba|ofiara|ludzie)|"
        r"co (?:sie dzieje|"
        r"sie stanie|robic|zrobic) (?:\w+ ){0,2}(?:jesli|jezeli|gdy)",
        ordinary=r"w pracy|do pracy|normalnie|jak zwykle|piekarni|szkol\w*|biur\w*|wizyt\w*|dentyst\w*|lekarz\w*|"
        r"zmian\w*",
    ),
    "ro": StoryWords(
        now=r"acum|chiar acum|in acest moment|in momentul asta|in clipa asta|tocmai|chiar in clipa asta",
        harm=r"bate|bat|loveste|lovesc|sugruma|sufoca|violeaza|tortureaza|injunghie|chinuie|rapesc|rapeste|"
        r"trag|trage|tarasc|taraste|batut\w*|lovit\w*|violat\w*|rapit\w*",
        move=r"imping\w*|tarasc|taraste|trage|trag|(?:o|ma|ne|il|i|pe \w+) (?:\w+ )?(?:baga|bag|trag|trage|arunca)",
        vehicle=r"masina|masini|duba|dubita|microbuz|portbagaj|furgoneta|duba|autobuz|taxi|bus|busul|busului|un bus",
        held=r"(?<!cazul e )(?<!cazul este )(?<!dosarul e )inchis(?!oare)\w*|incuiat\w*|sechestrat\w*",
        place=r"subsol|pivnita|camera|camaruta|casa|apartament|masina|duba|garaj|pod|baie|hotel|cu cheia",
        near=r"diseara|deseara|in seara asta|seara asta|in noaptea asta|"
        r"la noapte|noaptea asta|azi|astazi|maine|maine dimineata|mai tarziu|in weekend|weekendul (?:asta|acesta)|"
        r"peste o ora|pana la (?:\d+|noua|zece)|pana dimineata|pana maine",
        forced=r"client(?!a(?!\w))\w*|"
        r"trebuie sa (?:merg|plec|zbor) cu (?:ei|ele)|"
        r"trebuie sa (?:merg|ma duc) (?:iar |din nou )?la (?:hotel\w*|un domn|domni|clienti|un client|barbati)|"
        r"(?:ma|ne|o|il) (?:\w+ )?(?:duc|duce|vand|vinde|muta|mute|trimit|trimite|transporta)|"
        r"alt oras|alta tara|alt tara|droguri|drogur\w*|pachet\w*|livrez|livrez\w*|sa raman|sa stau cu",
        leave=r"fug|"
        r"mi e frica sa raman|evadez|plec de acasa|(?:vrem|vreau|vrea) sa (?:plecam|plec|fugim|fug)|"
        r"(?:plec|plece|fug|scap) (?:\w+ ){0,2}(?:de la el|de la ea|de aici|de acolo)|"
        r"(?:sa plec|sa fug|sa scap|sa evadez)|(?:sa ma ia|sa vina dupa mine|luati ma|luati-ma)|"
        r"unde (?:pot|sa) (?:sa )?(?:merg|ma duc|dorm|ma ascund|ne ascundem)",
        threat_if=r"altfel|daca nu|ca altfel|sau",
        sell=r"(?:ma|ne|o|il) (?:\w+ )?(?:vinde|vand|vor vinde|va vinde)|sa (?:ma|ne|o|il) vanda",
        punish=r"stie unde (?:\w+ ){0,2}(?:lucrez|locuiesc|stau|locuieste|sta)|(?:ne|te|il|o|ma) rezolva|"
        r"(?:ma|te|ne|va|il|o) (?:invete|invata|invat|invatam) minte|"
        r"(?:ii|i|iti|ti|imi|mi|le) (?:sparg|sparge|rup|rupe) (?:\w+ )?(?:capul|picioarele|mainile|oasele)|"
        r"(?:ma|te|ne|o|il) (?:gaseste|gasesc|gasim)|n o sa (?:\w+ ){0,2}placa|"
        r"trimite (?:\w+ )?oameni|"
        r"trimite pozele|trimit pozele|va fi rau|"
        r"(?:rupe|rup|rupem) (?:\w+ ){0,2}(?:picioarele|mainile|oasele)|"
        r"(?:da|dau|dea) foc|"
        r"(?:fac|face|faca) rau|bat|bate|omoara|ucide|pedepsi\w*|rani|va regreta|o sa regreti|regreta amar|(?:iti|"
        r"ii|ne|va|imi|le|i) (?:va |vor )?(?:face|fac|facem) ceva(?! (?:bun|de mancare|frumos|dulce|special))|bata",
        minor=rf"am (?:doar |numai )?{_AGE} ani|{_AGE} ani(?! mai (?:mare|mic|in varsta|batran))|"
        r"minor\w*|copil|copilul meu|fetit\w*|baietel\w*|copil\w* mic\w*|(?:fiica|fata|sora) "
        rf"(?:mea )?(?:de|are) {_AGE}",
        adults=r"pachet\w*|tipi|sa cerseasca|cerseste|la cersit|marit\w*|nunt\w*|videochat|pentru bani|pt bani|"
        r"live pe camera|sa se distreze|"
        r"la niste prieteni|prieteni de ai lui|sa castige (?:si ea )?(?:ceva )?bani|"
        r"un tip|petrecer\w*|iubit\w*|"
        r"vand\w*|vinde|"
        r"cersest\w*|cerseste|"
        r"fure|fura|furt\w*|"
        r"hotel\w*|"
        r"barbat\w*|adult\w*|client\w*|sex\w*|strain\w*|mai in varsta",
        here=r"(?:sunt|este|e|suntem|stau) (?:\w+ ){0,2}(?:in|intr|cu|la)|aici|cu ei",
        hypothetical=r"sa presupunem ca|sa zicem ca|(?:daca|cand) (?:\w+ ){0,1}(?:cineva|o persoana|o victima|oamenii)|"
        r"ce (?:se intampla|fac|"
        r"trebuie) (?:\w+ ){0,3}daca",
        ordinary=r"la serviciu|la munca mea|ca de obicei|brutari\w*|scoala|birou|programare|dentist|doctor|tura",
    ),
    "bg": StoryWords(
        now=r"sega|v momenta|tochno sega|v tozi moment|tochno v momenta|toku sho|toku shto|predi \d+ min\w*|"
        r"predi malko|predi chas",
        harm=r"biat|bie|udria\w*|nasilva\w*|izmachva\w*|dushat|dushi|rezhat|vlachat|vlache|otvlicha\w*|"
        r"prebiha|udari|iznasili\w*|otvlekoha",
        move=r"butat|buta|bliskat|bliska|vkarvat|vkarva|nabutvat|nabutva|nabuta\w*|vkaraha|vlachat|vlache|vlachi|tikat",
        vehicle=r"bus|busa|kola|kolata|mikrobus\w*|bagazhnik\w*|furgon\w*|avtomobil\w*|bus a|taksi",
        held=r"zakluchen\w*|"
        r"zakliuchen\w*|zatvoren\w*|(?:zakliuchvat|zakliuchva|zatvariat) (?:me|ni|ia|go|gi)",
        place=r"mazeto|maze|staia\w*|kasha\w*|apartament\w*|kolata|sutereno|garazh\w*|tavan\w*|hotel\w*|banita",
        near=r"dnes|dovechera|tazi vecher|do sutrinta|tazi nosh\w*|prez nosha|utre|utre sutrin|po kasno|sled chas|"
        r"do polunosht|ostavat (?:mi )?\d+ chasa|sled \d+ chasa|taia vecher|"
        r"v uikenda|do (?:\d+)",
        forced=r"triabva (?:pak |otnovo )?da (?:hodia|otida|ida) (?:\w+ ){0,2}(?:v hotela|v hotel|pri klient\w*|"
        r"pri mazhe\w*)|"
        r"triabva da (?:patuvam|letia|zaminem|zamina) s tiah|"
        r"klient(?!ka)\w*|drug\w* (?:ferma|kasha|miasto|adres)|omazh\w*|(?:karat|zakarat|otkarat|vodiat|vozi|"
        r"vozat|prodava|"
        r"prodavat|prodade|mestiat|premestiat|prashat|"
        r"pratiat|zakarat) (?:\w+ )?(?:me|ni|ia|go)|"
        r"(?:me|ni|ia|go) (?:\w+ )?(?:karat|zakarat|otkarat|vodiat|vozat|prodava|"
        r"prodavat|premestiat|prashat)|drug grad|druga strana|drog\w*|paket\w*|zanesa|dostavia\w*|"
        r"da ostana|da ostane",
        leave=r"da (?:ni|me) vzemete|"
        r"strah me e da ostana|"
        r"biagam|biaga|"
        r"(?:napusna|napusne|izbiagam|izbiaga|se mahna|da si tragna|da tragna|pobegna)|"
        r"da me vzemete|da me vzemat|vzemete me|kade (?:da )?(?:otida|spia|ida|se skria)",
        threat_if=r"inache|ili|ako ne",
        sell=r"(?:me|ni|ia|go) (?!da )(?:\w+ )?(?:prodava|prodavat|prodade|prodadat)|she (?:me|ni|ia|go) prodad\w*",
        punish=r"znae kade (?:\w+ ){0,2}zhive\w*|znaiat kade (?:\w+ ){0,2}zhive\w*|she se razprav\w*|"
        r"she (?:me|ni|te|go|ia) biat|she (?:\w+ )?prebi\w*|she (?:me|ni|te|go|ia|vi) nauchi\w*(?:$| na (?:rabota|um|"
        r"red|uvazhenie))|"
        r"zapal\w*|"
        r"prati (?:\w+ )?hora|"
        r"podpal\w*|prasha snimkite|prati snimkite|izprati snimkite|shte e zle|"
        r"schupi|schupiat|shupiat|"
        r"biat|bie|nabiat|nabie|ubiat|ubie|nakazhat|nakazhe|naraniat|prebiiat|prebie|she ima boi|she sazhali\w*|"
        r"(?:e|sme|si|ste) na ulitsata",
        minor=rf"(?:momche|momcheto|bratovched\w*|plemenni\w*|sin|sina|sinat|vnuk\w*) (?:\w+ ){{0,2}}na {_AGE}|"
        rf"(?:dasheria|sestra|momiche|deteto) (?:mi )?(?:e )?na {_AGE}|na {_AGE} (?:godini )?sam|"
        rf"(?:dasheria|dashteria|sin|sinat|plemennitsa|plemennik|vnuchka|vnuk) (?:mi |ni )?{_AGE}"
        r"(?! (?:chasa|evro|leva))|"
        rf"na {_AGE} godini|na {_AGE} god(?!\w)|{_AGE} godishn\w*|nepalnoletn\w*|maloletn\w*|dete|"
        rf"(?:momich\w*|momche\w*|dete\w*|detsa|malchentse|uchenich\w*|uchenik\w*) (?:\w+ ){{0,3}}na (?:okolo |ok )?"
        rf"{_AGE}(?: \d+)? godini|(?:uchenich\w*|uchenik\w*|momiche|momche|dete) {_AGE} ?g(?!\w)|"
        rf"deteto mi|(?:uchenich\w*|uchenik\w*|momiche|momche) na {_AGE} g(?!\w)|momichents\w*|momchents\w*|"
        rf"malk\w* det\w*",
        adults=r"paket\w*|ranits\w*|svatb\w*|omazh\w*|da prosi|prosiat|"
        r"za pari|sreshu pari|sreshtu pari|gadzhe\w*|"
        r"prodava\w*|"
        r"prosi|prosiat|"
        r"krade|kradat|kradne|vzima (?:\w+ ){0,3}parite|"
        r"hotel\w*|"
        r"mazh\w*|mazhe|klient\w*|vazrastn\w*|seks\w*|chuzhd\w*|po golemi",
        here=r"v hotel\w*|v staia\w*|(?:sam|e|sme) (?:\w+ ){0,2}(?:v|s|pri)|tuk|s tiah",
        hypothetical=r"da predpolozhim|da kazhem che|(?:ako|kogato) (?:\w+ ){0,1}(?:niakoi|chovek|zhertva|horata)|"
        r"kakvo (?:stava|da pravia|"
        r"se sluchva|she stane) (?:\w+ ){0,2}ako",
        ordinary=r"na rabota|rabotata mi|kakto obiknoveno|pekarn\w*|uchilishe|ofis\w*|chasa pri|zabolekar|lekar",
    ),
    "uk": StoryWords(
        now=r"zaraz|prosto zaraz|u tsiu hvilinu|v tsiu hvilinu|v tsei moment|same zaraz|tilki shcho|tilki sho|shoino",
        harm=r"biut|bie|zbivaiut|zbivaie|dushat|dushit|zgvaltu\w*|gvaltuiut|katuiut|muchat|tiagnut|tiagne|"
        r"vikradaiut|vikradaie|pobili|pobiv|vdarili|vdariv",
        move=r"zasht?ovhu\w*|sht?ovha\w*|zatiagu\w*|tiagnut|tiagne|zapiha\w*|vpiha\w*|zaganiaiut|sadiat|"
        r"zakidaiut",
        vehicle=r"bus|busik|mashinu|mashini|avto\w*|furgon\w*|bagazhnik\w*|mikroavtobus\w*|taksi",
        held=r"zamknen\w*|zachinen\w*|(?:zamikaiut|zamikaie|zachiniaiut|zamknula|zamknuv|zamknuli|zachinila|zachiniv|"
        r"zachinili) (?:mene|nas|i|iogo|ih)",
        place=r"pidvali|pidval|kimnati|kimnatu|kvartiri|budinku|mashini|garazhi|gotel\w*|vannii|na zamok|komirts\w*|"
        r"komirk\w*|kladovts\w*",
        near=r"sogodni|sohodni|sogodni vvecheri|tsogo vechora|do ranku|do vechora|vnochi|vvecheri|zavtra|tsiei nochi|"
        r"zavtrashn\w*|"
        r"piznishe|na vihidnih|"
        r"cherez godinu|do (?:\d+)",
        forced=r"povez\w* (?:mene|nas|ii|iogo)|"
        r"(?:maiu|musimo|mushu) (?:letiti|ihati|poihati) z nimi|"
        r"klient(?!k)\w*|vidati zamizh|vidaiut zamizh|vidadut zamizh|(?:vezut|vezе|povezut|vidvezut|zaberut|"
        r"prodaiut|prodaie|prodadut|prodast|"
        r"vidpraviat|pereviezut) (?:\w+ )?(?:mene|nas|i|iogo)|(?:mene|nas|i|iogo) (?:\w+ ){0,2}(?:vezut|"
        r"povezut|vidvezut|prodaiut|prodaie|prodadut|vidpraviat|perevoziat)|inshe misto|inshogo mista|"
        r"inshu krainu|narkotik\w*|paket\w*|dostaviti|zalishitisia",
        leave=r"(?:piti|vtekti|utekti) (?:z|iz|vid)(?!\w)|"
        r"boiusia (?:tut )?zalishatisia|strashno (?:tut )?zalishatisia|zabrati nas|nas zabrati|"
        r"tikaiu|vtechu|"
        r"(?:piti|poiti|vtekti|utekti|vibratisia|viiti) (?:\w+ ){0,2}(?:vid nogo|vid neii|vid nih|zvidsi)|"
        r"(?:piti|poiti) vid|vtekti|zaberit mene|zabrati mene|kudi (?:meni )?(?:iti|piti|poiti)|"
        r"de (?:\w+ )?shovatisia|nemaie de nochuvati|nide nochuvati",
        threat_if=r"inakshe|a to|iakshcho ne|iaksho ne|abo",
        sell=r"(?:mene|nas|i|iogo) (?:\w+ ){0,1}(?:prodaie|prodaiut|prodast|prodadut)|(?:prodaie|prodaiut|"
        r"prodast|prodadut) (?:\w+ ){0,1}(?:mene|nas|i|iogo)",
        punish=r"znaie de (?:\w+ ){0,2}zhiv\w*|(?:ti |vi )?(?:otrimaiesh|otrimaiete|distanesh|distanete)$|"
        r"pogovor\w* (?:z|s|zi|iz) (?:mnoiu|nami|toboiu|nim|neiu|vami) "
        r"(?:\w+ ){0,2}(?:iak|kak) (?:z|s|i)|(?:rozibratisia|rozberet\w*) z (?:nami|mnoiu|toboiu|nim|neiu|vami)|"
        r"znaiut de (?:\w+ ){0,2}zhiv\w*|provchit\w*|v lis|nihto ne znaide|porizhut\w*|poriaz\w*|"
        r"pozhaliie|pozhalie|pozhalkuie\w*|poshkoduie\w*|"
        r"(?:priidut|pridut|prijdut) (?:\w+ ){0,4}(?:pohovori|pogovori)\w*|"
        r"znai\w* de (?:\w+ ){0,2}(?:simia|simi|rodina|ridni)|"
        r"zapal\w*|"
        r"prishle (?:\w+ )?liudei|"
        r"pidpal\w*|spal\w*|nadishle|rozishle|bude pogano|"
        r"pride za|pridut za|"
        r"zlamaie|zlamaiut|shos zrobit|"
        r"pobiut|pobie|vbiut|vbie|pokaraiut|pokaraie|zrobliat bol|skalichat|shos zrobliat|zrobliat shos",
        minor=rf"(?:dontsi|dochtsi|doni|sestri|divchinsi|ditini|sinu|sinovi|sin|pleminnits\w*|pleminnik\w*|onuk\w*) "
        rf"(?:\w+ ){{0,2}}{_AGE}(?! (?:hvilin|godin|ievro|evro|rokiv tomu|rokiv nazad))|"
        rf"(?:dontsi|dochtsi|doni|sestri|divchinsi|ditini) {_AGE}|meni {_AGE}(?: rokiv| roki| rik)?|"
        rf"(?:divch\w*|hlopch\w*|hlopts\w*|ditin\w*|ditei|diti|pidlit\w*|shkoliar\w*) (?:\w+ ){{0,3}}"
        rf"rokiv {_AGE}(?!\w)|"
        rf"{_AGE} (?:rokiv|roki)|{_AGE} richn\w*|nepovnolitn\w*|ditina|(?:uchen\w*|uchnits\w*) {_AGE} r(?!\w)|"
        r"moia ditina|divchink\w*|hlopchik\w*|malenk\w* ditin\w*|"
        rf"iomu {_AGE}(?! (?:hvilin|godin|ievro|evro|rokiv tomu))|i {_AGE} (?:rokiv|roki|rik)(?! tomu)",
        adults=r"pakunk\w*|paket\w*|zamizh|vesill\w*|zhebrak\w*|prositi groshi|"
        r"diad\w*|"
        r"prodava\w*|"
        r"zhebrak\w*|"
        r"krasti|krade|zabiraie (?:\w+ ){0,3}groshi|"
        r"gotel\w*|"
        r"cholovik\w*|klient\w*|dorosl\w*|seks\w*|chuzh\w*|starsh\w*|hlopets|hlopts\w*|vechirk\w*|sp(?:it|at) z nimi",
        here=r"(?:ia|vona|vin|mi) (?:\w+ ){0,2}(?:v|u|z)|tut|z nimi",
        hypothetical=r"pripustimo|pripustim|uiavimo|(?:iakshcho|iaksho|koli) (?:\w+ ){0,1}(?:htos|kogos|liudinu|"
        r"liudina|zhertva|liudi)|"
        r"shcho (?:bude|robiti|stanetsia) (?:\w+ ){0,2}(?:iakshcho|iaksho)",
        ordinary=r"na roboti|na robotu|iak zavzhdi|pekarn\w*|shkol\w*|ofis\w*|do likaria|stomatolog\w*|zmin\w*",
    ),
    "ru": StoryWords(
        now=r"seichas|shas|priamo shas|priamo seichas|v etu minutu|v dannii moment|v etot moment|tolko chto|"
        r"chas nazad|polchasa nazad|\d+ minut nazad",
        harm=r"biut|biet|biot|izbivaiut|izbivaet|dushat|dushit|nasiluiut|nasiluet|muchaiut|tashat|tashit|"
        r"pohishaiut|pohishaet|izbili|izbil|udaril\w*|iznasil\w*|(?:bila|bil|bili|pobila|pobil|pobili) (?:menia|nas)",
        move=r"zataskiva\w*|zapihiva\w*|vpihiva\w*|zatalkiva\w*|tashat|tashit|tolkaiut|tolkaet|sazhaiut|"
        r"zakidivaiut",
        vehicle=r"furgon\w*|mashinu|mashine|avto\w*|bus|mikroavtobus\w*|bagazhnik\w*|taksi",
        held=r"zaper\w*|zakrit\w*|vzaperti|(?:zapiraiut|zapiraet|zakril\w*) (?:menia|nas|ee|eio|ego|ih)",
        place=r"podvale|podval|komnate|komnatu|kvartire|dome|mashine|garazhe|otele|vannoi|na zamok|na kliuch|"
        r"kladovk\w*|chulan\w*",
        near=r"segodnia|segodnia vecherom|etim vecherom|do utra|k vecheru|do vechera|nochiu|vecherom|zavtra|"
        r"zavtra utrom|na noch|"
        r"zavtrashn\w*|"
        r"etoi nochiu|pozzhe|v vihodnie|"
        r"cherez chas|do (?:\d+)",
        forced=r"povez\w* (?:menia|nas|ee|ego)|"
        r"(?:dolzhna|dolzhen|dolzhni) (?:letet|ehat|poehat) s nimi|"
        r"uvez\w*|"
        r"klient(?!k)\w*|uvoz\w*|vidavat zamuzh|vidaiut zamuzh|vidadut zamuzh|(?:vezut|povezut|otvezut|vezet|povezet|"
        r"otvezet|"
        r"zaberut|prodaiut|prodaet|prodadut|prodast|otpraviat|"
        r"perevezut) (?:\w+ )?(?:menia|nas|ee|eio|ego)|(?:menia|nas|ee|eio|ego) (?:\w+ ){0,2}(?:vezut|povezut|"
        r"otvezut|prodaiut|prodaet|prodadut|otpraviat|perevoziat)|drugoi gorod|drugoe gorod|druguiu stranu|"
        r"narkotik\w*|paket\w*|dostavit|ostatsia",
        leave=r"(?:uiti|ubezhat|sbezhat) (?:s|iz|ot)(?!\w)|(?:hochu|hochet|hotim) (?:\w+ )?(?:uiti|ubezhat|sbezhat|"
        r"uehat)|"
        r"boius (?:tut )?ostavatsia|strashno (?:tut )?ostavatsia|zabrat nas|nas zabrat|uidu ot|"
        r"kuda mne (?:idti|poiti|devatsia)|"
        r"uidu|uedu|"
        r"sbegu|ubegu|ubegaiu|"
        r"(?:uiti|ubezhat|sbezhat|vibratsia|uehat) (?:\w+ ){0,2}(?:ot nego|ot nee|ot nih|otsiuda)|"
        r"uiti ot|sbezhat|zaberite menia|zabrat menia|kuda (?:mne )?(?:idti|poiti|ehat)|"
        r"nochevat negde|negde nochevat|gde (?:\w+ )?spriatatsia",
        threat_if=r"inache|a to|esli ne|ili",
        sell=r"(?:menia|nas|ee|eio|ego) (?:\w+ ){0,1}(?:prodaet|prodaiut|prodast|prodadut)|(?:prodaet|prodaiut|"
        r"prodast|prodadut) (?:\w+ ){0,1}(?:menia|nas|ee|eio|ego)",
        punish=r"znaet gde (?:\w+ ){0,2}zhiv\w*|(?:ti |vi )?(?:poluchish|poluchite)$|pogovor\w* (?:s|so|z) (?:mnoi|"
        r"nami|toboi|nim|nei|"
        r"vami) (?:\w+ ){0,2}kak (?:s|so|z)|"
        r"(?:razobratsia|razberet\w*) (?:s|so) (?:nami|mnoi|toboi|nim|nei|vami)|"
        r"znaiut gde (?:\w+ ){0,2}zhiv\w*|prirezh\w*|pozhaleesh|pozhaleet|porezhut|"
        r"(?:menia|nas|tebia|ego|ee) nauchat(?! \w)|nauchat (?:menia|nas|tebia|ego|ee)(?:$| (?:umu|uma|uvazheniiu|"
        r"poriadku))|"
        r"pozhaleiut|razberut\w*|(?:priedet|pridet|priedut|pridut) (?:\w+ ){0,2}razobratsia|"
        r"(?:pridut|priidut) (?:\w+ ){0,4}pogovori\w*|"
        r"zna\w* gde (?:\w+ ){0,2}(?:semia|semi|rodnie|rodnye)|ostavit bez edi|zakroet|"
        r"zapal\w*|vilozh\w*|"
        r"prishlet (?:\w+ )?liudei|uvez\w*|"
        r"podozh\w*|sozh\w*|razoshlet|otpravit (?:\w+ )?(?:foto|video)|budet ploho|"
        r"slomaet|slomaiut|priedut za|pridut za|"
        r"zaberet (?:\w+ )?rebenka|zaberut (?:\w+ )?rebenka|podozhgu|podozhget|"
        r"izbiut|pobiut|ubiut|ubiet|nakazhut|nakazhet|izobiut|pokalechat|chto to sdelaiut|sdelaiut chto to",
        minor=rf"(?:devochk\w*|malchik\w*|rebenk\w*) (?:let )?{_AGE}|"
        rf"(?:ot sili|ne bolshe|okolo|vsego) let {_AGE}(?!\w)|"
        rf"(?:devoch\w*|malchi\w*|rebenk\w*|detei|deti|podrostk\w*|shkolnik\w*|shkolnits\w*) (?:\w+ ){{0,2}}let "
        rf"(?:{_AGE}|vosmi|deviati|desiati|semi|shesti|piati)(?!\w)|"
        rf"(?:docheri|dochke|sestre|devochke|rebenku) {_AGE}|mne {_AGE}(?: let| goda| god)?|{_AGE} (?:let|"
        rf"goda)|{_AGE} letn\w*|nesovershennoletn\w*|"
        r"rebenok|moi rebenok|malchik\w*|malenk\w* (?:devoch|rebenk|rebenok)\w*",
        adults=r"prodava\w*|torgu\w*|poproshai\w*|prosit milostin\w*|"
        r"poproshai\w*|prosit milostyniu|"
        r"vinos\w*|zamuzh|svadb\w*|"
        r"vorovat|krast|voruet|voruiut|zabiraet (?:\w+ ){0,3}dengi|"
        r"gostinits\w*|otel\w*|"
        r"muzhchin\w*|muzhik\w*|klient\w*|vzrosl\w*|seks\w*|chuzh\w*|starsh\w*|paren|parnia|k (?:\w+ )?druziam",
        here=r"(?:ia|ona|on|mi) (?:\w+ ){0,2}(?:v|u|s)|zdes|tut|s nimi",
        hypothetical=r"dopustim|predpolozhim|(?:esli|kogda) (?:\w+ ){0,1}(?:kto to|kto nibud|kogo to|cheloveka|"
        r"chelovek|zhertva|liudi)|"
        r"chto (?:budet|delat|proishodit) (?:\w+ ){0,2}esli",
        ordinary=r"na rabote|na rabotu|kak obichno|pekarn\w*|shkol\w*|ofis\w*|k vrachu|stomatolog\w*|smen\w*",
    ),
    "es": StoryWords(
        now=r"ahora|ahorita|ahora mismo|en este momento|en este instante|acaba de|acaban de",
        harm=r"pegando|golpeando|pateando|ahogando|estrangulando|violando|apunalando|torturando|arrastrando|"
        r"secuestrando|pega|pegan|golpea|golpean|patea|patean|estrangula|viola|violan|arrastra|arrastran|"
        r"secuestra|secuestran|abusando|abusa|dando (?:\w+ )?(?:golpes|palos|patadas|punetazos|una paliza)",
        move=r"(?:metiendo|empujando|arrastrando|subiendo|mete|meten|empuja|empujan|arrastra|arrastran|suben) "
        r"(?:a|al)|(?:la|lo|los|las|me|nos|te) (?:estan )?(?:meten|mete|empujan|empuja|arrastran|suben)|"
        r"(?:metiendo|empujando|arrastrando|subiendo|llevando)(?:la|lo|me|nos|las|los)",
        vehicle=r"coche|carro|furgoneta|camioneta|van|auto|maletero|furgon|taxi|autobus",
        held=r"encerrad\w*|encerad\w*|atrapad\w*|(?:me|la|lo|nos|les|los|las) (?:retienen|retiene|encierran|"
        r"encierra)",
        place=r"sotano|cuarto|habitacion|piso|casa|coche|furgoneta|garaje|hotel|bano|con llave|ahi dentro",
        near=r"esta noche|esta tarde|hoy(?! (?:vivo|vivimos|estoy|tengo|trabajo|en dia))|manana|manana por la manana|"
        r"mas tarde|en una hora|en (?:dos|tres|"
        r"\d+) horas|este fin de semana|de madrugada(?= (?:me|nos|la|lo|les|te) )|esta madrugada|"
        r"antes de las (?:\d+|nueve|diez)",
        forced=r"me toca (?:\w+ ){0,2}(?:salir|ir|trabajar)|"
        r"tengo que (?:irme|ir|viajar|volar) con ellos|"
        r"casarla|la casan|nos cambian|nos mueven|nos trasladan|cambian de casa|clientes|cliente|(?:me|nos|"
        r"la|lo|"
        r"le) (?:\w+ )?(?:llevan|lleva|venden|vende|mandan|manda|"
        r"trasladan|traslada|mueven|van a llevar|van a vender)|otra ciudad|otro pais|droga|drogas|paquete|"
        r"entregar|quedarme con|quedarse con",
        leave=r"me escapo|"
        r"(?:miedo|medo) (?:de |a )?quedarme|me voy de|huyo|a donde voy|adonde voy|donde voy a ir|me quiero ir|"
        r"nos queremos ir|"
        r"tengo q(?:ue)? salir de (?:esta|la) casa|"
        r"(?:dejarlo|dejarla|dejarles|irme|escapar|escaparme|huir)(?: de aqui| de casa| de el)?|"
        r"(?:recogerme|recojanme|vengan a buscarme|venir a buscarme)|(?:a )?donde (?:puedo|voy a) (?:ir|dormir)|"
        r"escaparnos|escapar(?:me|nos)?|"
        r"(?:nos|me) (?:\w+ )?(?:puede|pueden) (?:recoger|buscar)|recogernos",
        threat_if=r"o si no|si no|de lo contrario|o|"
        r"si (?:\w+ ){0,3}(?:con poco|sin nada|sin dinero|poco dinero|tarde)",
        sell=r"(?:me|nos|la|lo) (?:\w+ )?(?:vende|venden|va a vender|van a vender|vendera|venderan)",
        punish=r"sabe\w* donde (?:\w+ ){0,2}viv\w*|"
        r"(?:me|te|nos|la|lo) (?:van|va|vendran) a buscar|(?:van|vendran) a (?:buscarme|buscarte|por mi|por ti)|"
        r"cort\w*|(?:manda|mandara|enviara) (?:\w+ )?gente|"
        r"mata|matan|me mata|la mata|"
        r"quem\w*|(?:enviar|manda|mandar|envia) (?:\w+ )?(?:las )?(?:fotos|videos)|"
        r"romp\w* (?:\w+ ){0,2}(?:las piernas|los brazos|la cara|los huesos)|"
        r"(?:hace|hacen|hacerle|le hace|le hara) dano|"
        r"(?:haran|hara|van a hacer|va a hacer) dano|pegar|pegaran|golpear|matar|mataran|castigar|hacer dano|"
        r"hacerme dano|arrepentir\w*|arrepientas|esta noche hablaran|vamos a hablar|(?:darme|darte|darle|darnos|"
        r"dar) una paliza|(?:me|nos|le) (?:van a dar|dan|daran) una paliza",
        minor=rf"(?:alumn\w*|estudiante|prima|nieta) de {_AGE}(?! (?:euros|horas|minutos|dias))|"
        rf"(?:hermanit\w*|herman\w*|hij\w*|nin\w*|chic\w*|sobrin\w*) de {_AGE}(?! (?:euros|horas|minutos|"
        rf"dias))|tengo (?:solo )?{_AGE} anos|{_AGE} anos|tiene (?:solo |apenas )?{_AGE}(?! (?:euros|horas|minutos|"
        rf"dias|anos de|hij))|menor de edad|menor|una nina|un nino|nin[oa]s? pequen\w*|"
        rf"nin[oa]s? de (?:unos|como) \d+|"
        r"mi hija(?! de (?:1[89]|[2-9][0-9]))|mi hijo(?! de (?:1[89]|[2-9][0-9]))",
        adults=r"paquete\w*|bolsitas|chicos mayores|casar\w*|boda|mendigar|pedir limosna|"
        r"novio|amigos suyos|"
        r"vender|vende|"
        r"mendiga\w*|pide dinero|"
        r"robar|roba|"
        r"hotel\w*|"
        r"hombres|hombre|adultos|clientes|cliente|sexo|mayores|desconocidos",
        here=r"(?:estoy|esta|estamos) (?:\w+ ){0,2}(?:en|con)|aqui|con ellos",
        hypothetical=r"supongamos que|pongamos que|imaginemos que|(?:si|cuando) (?:\w+ ){0,1}(?:alguien|una persona|"
        r"la victima|la gente)|que (?:pasa|hago|"
        r"hacer|ocurre) (?:\w+ ){0,2}si",
        ordinary=r"mi trabajo|como siempre|panaderia|escuela|colegio|oficina|cita|dentista|medico|"
        r"turno",
    ),
}


def _story_rules(words: StoryWords) -> dict[str, tuple[str, ...]]:
    """The rules of the story families in one language, by kind."""
    gap, near_gap = r"\b[^.!?;]{0,50}\b", r"\b[^.!?;]{0,60}\b"
    harm = f"{words.harm}|{words.punish}"
    return {
        "danger": (
            rf"(?:{words.now}){gap}(?:{words.harm})",  # harm now
            rf"(?:{words.harm}){gap}(?:{words.now})",
            rf"(?:{words.move}){gap}(?:{words.vehicle})",  # abduction into a car or van
            rf"(?:{words.vehicle}){gap}(?:{words.move})",
            rf"(?:{words.held}){gap}(?:{words.place})",  # confinement
            rf"(?:{words.place}){gap}(?:{words.held})",
        ),
        "near": (
            rf"(?:{words.near}){near_gap}(?:{words.forced}|{words.leave})",  # tonight + moved/sold/clients/leave
            rf"(?=[^.!?;]{{0,80}}\b(?:{words.near})\b)(?:{words.forced}|{words.leave})",  # the time after or inside
        ),
        "acute": (
            rf"(?:{words.sell})",  # being sold
            rf"(?:{words.near}){near_gap}(?:{words.punish})",  # a harm promised for tonight/tomorrow
        ),
        "threat": (  # a harm as the condition of a deadline: "tonight ... or they beat me"
            rf"(?:{words.near}){near_gap}(?:{words.threat_if}){gap}(?:{harm})",
            rf"(?:{words.threat_if}){near_gap}(?:{words.near}){gap}(?:{harm})",
            rf"(?:{words.threat_if}){gap}(?:{harm}){gap}(?:{words.near})",
        ),
    }


def _story_table(kind: str) -> RuleTable:
    return {language: _story_rules(words)[kind] for language, words in STORY_WORDS.items()}


STORY_DANGER_RULES: Final[RuleTable] = _story_table("danger")
STORY_NEAR_RULES: Final[RuleTable] = _story_table("near")
STORY_ACUTE_RULES: Final[RuleTable] = _story_table("acute")
STORY_THREAT_RULES: Final[RuleTable] = _story_table("threat")


# More direct danger (T0): a medical emergency ("she is not breathing", "they won't call an ambulance"), a plea
# to send someone, being kept in a closed place (a weak verb, "they keep her", only with a basement, a shed, a
# container ...: "they keep her in their house until the birth" is not captivity now), not being let out.
MORE_DANGER_RULES: Final[RuleTable] = {
    "nl": (
        r"(?:reageert|reageren) (?:\w+ )?niet(?: meer)?(?! (?:meer )?op)|(?:wordt|word) (?:\w+ )?niet (?:meer )?wakker|"
        r"ademt (?:\w+ )?(?:niet|nauwelijks|bijna niet)|flauwgevallen|buiten bewustzijn|bewusteloos",
        r"(?:wil|willen|weigert|weigeren|mag|mogen|laat|laten) (?:\w+ ){0,3}(?:geen|niet) (?:\w+ ){0,2}ambulance|"
        r"(?:bel|stuur) (?:\w+ )?(?:een )?ambulance|ambulance (?:\w+ ){0,2}nodig",
        r"(?<!ik )(?<!we )(?<!wij )stuur (?:snel |alsjeblieft |nu |aub )?(?:iemand|hulp|de politie|politie)"
        r"(?! (?:een|de|het|mijn|die|dat)(?!\w))",
        r"(?:kunnen|kan|kunt) (?:jullie|u|iemand) (?:\w+ )?(?:iemand|hulp|politie) sturen",
        r"op slot (?:\w+ ){0,4}met (?:ons|mij|me|haar|hem) erin",
        r"(?:gilt|gillen|schreeuwt|schreeuwen|roept|roepen) (?:\w+ ){0,2}om hulp",
        r"(?:smijt|smijten|gooit|gooien|duwt|duwen|slaat|slaan) (?:\w+ ){0,2}(?:haar|hem|me|mij|ons) (?:\w+ ){0,3}"
        r"(?:tegen|van de trap|op de grond)",
        r"(?:laat|laten) (?:\w+ ){0,3}niet (?:meer )?(?:uit|eruit|naar buiten)" + _NOT_RESTRICTION,
        r"(?:houden|houdt) (?:ze |hij )?(?:me|mij|ons|haar|hem|hen) (?:\w+ ){0,2}in (?:de|een|het) "
        r"(?:kelder|schuur|container|garage|kofferbak|zolder|kooi)",
        r"achtervolg\w*|(?:word|worden) (?:\w+ )?gevolgd(?! (?:\w+ )?(?:op|door) (?:instagram|tiktok|facebook|"
        r"snapchat))|"
        r"(?:volgt|volgen) (?:\w+ ){0,2}(?:me|mij|ons) (?:\w+ ){0,3}(?:met de auto|met een auto|in een auto|"
        r"met een busje|nu|op straat)",
        r"(?:mag|mogen|laat|laten|wil|willen) (?:\w+ ){0,4}(?:niet|geen) (?:\w+ ){0,2}112|(?:verbiedt|"
        r"verbieden) (?:\w+ ){0,4}(?:112|ambulance|politie)",
        r"(?:trapt|trappen|breekt|breken|ramt|rammen) (?:\w+ ){0,2}(?:de |onze |mijn )?deur (?:\w+ )?(?:in|open)",
        r"bloed aan (?:zijn|zn|z n|haar|mijn|m n) (?:hoofd|gezicht)|(?:bloedt|bloeden) (?:\w+ )?(?:erg|heel erg|"
        r"hevig|veel)|ligt (?:\w+ )?in (?:zijn|haar) bloed",
        r"beweegt (?:\w+ )?niet(?: meer)?|(?:slaat|slaan|steekt|steken) (?:\w+ ){0,3}met (?:een |de |zijn )?(?:pijp|"
        r"stok|schep|mes|riem|pipe|stick|shovel|knife|belt|bat|bar|rura|rurka|kij\w*|lopat\w*|noz\w*|pasem|teava|"
        r"bat|lopata|cutit\w*|curea|tsev|tsevta|traba|trabata|prat|lopata|nozh|kolan|truba|trubou|palitseiu|"
        r"lopatoiu|nozhem|remenem|lopatoi|palkoi|tubo|palo|pala|cuchillo|cinturon)",
        r"(?:in de fik|in brand) (?:\w+ ){0,2}(?:gestoken|steken|zetten)",
        r"ademt (?:\w+ )?(?:raar|vreemd|niet goed|moeilijk)|ligt (?:\w+ )?op de grond (?:\w+ ){0,3}(?:klappen|bloed|"
        r"ademt)",
    ),
    "en": (
        r"(?:not|isnt|arent|wont|cant|stopped) (?:\w+ )?(?:breathing|responding(?! to)|waking up|wake up)|"
        r"barely breathing|unresponsive|passed out|"
        r"(?:she|he|i|someone|somebody|my \w+|her \w+|his \w+) (?:has |just |suddenly )?collapsed",
        r"(?:wont|refuse\w*|not letting|dont let|wont let|not allowed to) (?:\w+ ){0,3}(?:an |the )?ambulance|"
        r"(?:need|send|call) (?:an |the )?ambulance",
        r"please send (?:someone|somebody|help|the police|police)|send help|send (?:the )?police|"
        r"send (?:someone|somebody) (?:now|here|quick|quickly|asap|please|to)(?!\w)",
        r"shut (?:me|us|her|him|them|my \w+) (?:\w+ ){0,3}(?:in|inside|up)",
        r"(?:screaming|screams|shouting|shouts|crying|cries|yelling|yells|calling) (?:out )?for help",
        r"(?:throwing|throws|slamming|slams|smashing|smashes|shoving|shoves) (?:her|him|me|them|us) (?:\w+ ){0,2}"
        r"(?:against|into the wall|to the floor|down the stairs)",
        r"(?:wont|doesnt|dont|will not) let (?:me|us|her|him|them) out" + _NOT_RESTRICTION,
        r"(?:waving|pointing|points|aiming|aims|brandishing|holding up) (?:\w+ ){0,2}(?:a |his |her |the )?"
        r"(?:knife|gun|pistol|weapon|machete)",
        r"(?:knife|gun|pistol) (?:to|at) (?:my|her|his|our) (?:head|throat|neck|chest)",
        r"(?:keep|keeps|keeping|hold|holds|holding) (?:me|us|her|him|them|my \w+) (?:\w+ ){0,2}(?:in|inside) "
        r"(?:a |the |their |his )?(?:basement|cellar|attic|shed|garage|container|cage|trunk|boot)",
        r"(?:following|chasing|followed|chased) (?:me|us) (?:\w+ ){0,3}(?:now|in a car|in a van|with a car|"
        r"down the street)|(?:is|are|s|re) (?:following|chasing) (?:me|us)(?! (?:en|on|op|na|w|pe|in|v|"
        r"u) (?:instagram|insta|tiktok|facebook|fb|snapchat|snap|twitter|youtube|social\w*|internet))|"
        r"being (?:followed|chased)(?! (?:en|on|op|na|w|pe|in|v|u) (?:instagram|insta|tiktok|facebook|fb|snapchat|"
        r"snap|twitter|youtube|social\w*|internet))",
        r"(?:wont let|not allowed to|forbids?|forbidding|wont allow|dont let|doesnt let|"
        r"not letting) (?:\w+ ){0,3}(?:call|ring|phone|dial) (?:\w+ )?(?:112|911|999|an ambulance|the police|"
        r"for help)",
        r"(?:kicking|breaking|bashing|smashing) (?:\w+ )?(?:the |my |our |her )?door (?:in|down)|"
        r"(?:kicking|breaking|bashing|smashing) (?:in|down) (?:the |my |our |her )?door",
        r"(?:hes|shes|theyre|he is|she is|they are|someone is|somebody is|hes been|theyve been) (?:\w+ )?(?:choking|"
        r"strangling|hitting|beating|kicking|punching|stabbing|raping|hurting|attacking|dragging) "
        r"(?:me|her|him|us|them|my \w+)",
        r"cant breath\w*|can t breath\w*|blood (?:\w+ ){0,2}(?:from|on|out of|all over) (?:my|her|his|their) "
        r"(?:head|face|nose|mouth|ear)",
        r"(?:not|isnt|is not) moving|stopped moving|doesnt move|(?:hitting|beating|stabbing|"
        r"attacking) (?:\w+ ){0,3}with (?:a |the |his )?(?:pijp|stok|schep|mes|riem|pipe|stick|shovel|knife|belt|"
        r"bat|bar|rura|rurka|kij\w*|lopat\w*|noz\w*|pasem|teava|bat|lopata|cutit\w*|curea|tsev|tsevta|traba|"
        r"trabata|prat|lopata|nozh|kolan|truba|trubou|palitseiu|lopatoiu|nozhem|remenem|lopatoi|palkoi|tubo|palo|"
        r"pala|cuchillo|cinturon)",
        r"locked (?:\w+ ){0,3}(?:in|inside) (?:the |a |our )?(?:\w+ )?(?:container|basement|cellar|room|shed|van|truck|"
        r"flat|"
        r"house|"
        r"attic|garage)",
    ),
    "pl": (
        r"nie (?:oddycha|reaguje(?! na)|budzi sie|obudzi sie)|ledwo (?:oddycha|zyje)|zemdlal\w*|"
        r"stracil\w* przytomnosc",
        r"(?:nie pozwala\w*|nie chce|nie chca|zabrania\w*) (?:\w+ ){0,3}(?:karetk\w*|pogotowi\w*)|"
        r"(?:potrzebna|potrzebuje|wezwijcie|wyslijcie) (?:\w+ )?(?:karetk\w*|pogotowi\w*)",
        r"(?:wyslijcie|przyslijcie) (?:\w+ )?(?:kogos|pomoc|policj\w*)",
        r"(?:mnie|nas|ja|jej|go) nie (?:wypuszcza\w*|puszcza\w*)" + _NOT_RESTRICTION,
        r"(?:krzyczy|krzycza|wola|wzywa) (?:\w+ ){0,2}(?:o pomoc|pomocy|ratunku)",
        r"(?:rzuca|rzucaja|pcha|popycha|wali) (?:\w+ )?(?:nia|nim|mna|mnie|ja|nas) (?:\w+ )?(?:o|w) (?:\w+ )?"
        r"(?:sciane|szafe|podloge|drzwi|stol)",
        r"(?:trzymaja|trzyma) (?:\w+ )?(?:mnie|nas|ja|go|je) (?:\w+ ){0,2}(?:w piwnicy|w garazu|na strychu|"
        r"w kontenerze|w lazience|pod kluczem|na klucz)",
        r"(?:sledzi|sledza|goni|gonia) (?:\w+ )?za mna|mnie (?:\w+ )?(?:sledzi|sledza|goni|gonia)(?! (?:en|on|op|na|"
        r"w|pe|in|v|u) (?:instagram|insta|tiktok|facebook|fb|snapchat|snap|twitter|youtube|social\w*|internet))|"
        r"(?:sledzi|sledza|goni|gonia) mnie(?! (?:en|on|op|na|w|pe|in|v|"
        r"u) (?:instagram|insta|tiktok|facebook|fb|snapchat|snap|twitter|youtube|social\w*|internet))",
        r"(?:nie pozwala\w*|zabrania\w*|nie daje|nie dadza) (?:\w+ ){0,3}(?:dzwonic|zadzwonic|wezwac|"
        r"wzywac) (?:\w+ )?(?:na |po |pod )?(?:112|karetk\w*|pogotowi\w*|policj\w*)",
        r"(?:wywaza\w*|wylamuj\w*|wywalaj\w*|kopi\w*|kopie) (?:\w+ )?drzwi",
        r"(?:sie nie rusza|nie rusza sie)|krew (?:\w+ )?leci|(?:bije|bija|tlucze) (?:\w+ ){0,3}(?:pijp|stok|schep|"
        r"mes|riem|pipe|stick|shovel|knife|belt|bat|bar|rura|rurka|kij\w*|lopat\w*|noz\w*|pasem|teava|bat|lopata|"
        r"cutit\w*|curea|tsev|tsevta|traba|trabata|prat|lopata|nozh|kolan|truba|trubou|palitseiu|lopatoiu|nozhem|"
        r"remenem|lopatoi|palkoi|tubo|palo|pala|cuchillo|cinturon)",
    ),
    "ro": (
        r"nu (?:mai )?(?:respira|reactioneaza(?! la)|se trezeste)|abia (?:mai )?respira|lesinat\w*|"
        r"si a pierdut cunostinta",
        r"(?:nu vrea|nu vor|nu lasa|nu ne lasa|refuza) (?:\w+ ){0,3}ambulant\w*|"
        r"(?:chemati|trimiteti|sunati) (?:\w+ )?(?:la )?ambulant\w*",
        r"trimiteti (?:\w+ )?(?:pe cineva|ajutor|politia)",
        r"(?:striga|strigau|tipa|urla) (?:\w+ ){0,2}(?:dupa ajutor|ajutor)",
        r"(?:o|il|ma|ne) (?:\w+ )?(?:arunca|izbeste|izbesc|impinge) (?:\w+ ){0,2}(?:de|in|contra) (?:\w+ )?"
        r"(?:perete|dulap|usa|podea|masa)",
        r"(?:ma|o|il|ne|i) (?:\w+ )?(?:tin|tine) (?:\w+ ){0,2}(?:in )?(?:pivnita|subsol|garaj|pod|container|baie|"
        r"inchis(?!oare)\w*|incuiat\w*|legat\w*)",
        r"(?:ma|ne) (?:\w+ )?(?:urmareste|urmaresc|urmaresti|fugareste|fugaresc)(?! (?:en|on|op|na|w|pe|in|v|"
        r"u) (?:instagram|insta|tiktok|facebook|fb|snapchat|snap|twitter|youtube|social\w*|internet))",
        r"(?:nu ne lasa|nu ma lasa|nu vrea|nu vor|interzice|ne interzice|nu ne da voie|"
        r"nu ma lasa) (?:\w+ ){0,2}(?:sa )?(?:sunam|sun|suna|chemam|chem|chema) (?:\w+ )?(?:la )?(?:112|ambulant\w*|"
        r"salvar\w*|politi\w*)",
        r"(?:sparg|sparge|izbesc|izbeste|dau|da) (?:\w+ )?(?:in )?usa|(?:sparg|sparge) usa",
        r"nu (?:mai )?raspunde(?! la)|(?:luat|inghitit) (?:\w+ )?(?:multe|prea multe|o gramada de) pastile",
        r"nu (?:mai )?se misca|(?:bate|bat|loveste) (?:\w+ ){0,3}cu (?:o |un )?(?:pijp|stok|schep|mes|riem|pipe|"
        r"stick|shovel|knife|belt|bat|bar|rura|rurka|kij\w*|lopat\w*|noz\w*|pasem|teava|bat|lopata|cutit\w*|curea|"
        r"tsev|tsevta|traba|trabata|prat|lopata|nozh|kolan|truba|trubou|palitseiu|lopatoiu|nozhem|remenem|lopatoi|"
        r"palkoi|tubo|palo|pala|cuchillo|cinturon)",
    ),
    "bg": (
        r"ne (?:disha|reagira(?! na)|se sabuzhda)|edva (?:disha|zhiv\w*)|pripadna\w*|zagubi (?:\w+ )?saznanie",
        r"ne (?:dava|iska|puska|pozvoliava) (?:\w+ ){0,4}lineik\w*|(?:povikaite|pratete|obadete se na) "
        r"(?:\w+ )?lineik\w*",
        r"(?:pratete|izpratete) (?:\w+ )?(?:niakogo|pomosh\w*|politsi\w*)",
        r"(?:vika|vikat|krechi|pishti) (?:\w+ ){0,2}(?:za pomosh|pomosh)",
        r"(?:ia|go|me|ni) (?:\w+ )?(?:blaska|blaskat|hvarlia|tresva) (?:\w+ ){0,2}(?:v|o|na) (?:\w+ )?"
        r"(?:stenata|steni|garderoba|vratata|poda|masata)",
        r"(?:darzh\w*|durzh\w*) (?:me|ni|ia|go|gi) (?:\w+ ){0,2}(?:v )?(?:mazeto|maze|sutereno|garazh\w*|"
        r"tavan\w*|banita|kontein\w*)",
        r"(?:me|ni) (?:sledi|slediat|sledat|presledva|presledvat|goni|goniat)(?!\w)(?! (?:en|on|op|na|w|pe|in|v|"
        r"u) (?:instagram|insta|tiktok|facebook|fb|snapchat|snap|twitter|youtube|social\w*|internet))|"
        r"(?:sledi|slediat|sledat|presledva|presledvat|goni|goniat) (?:\w+ )?(?:me|ni)(?!\w)(?! (?:en|on|op|na|w|pe|"
        r"in|v|u) (?:instagram|insta|tiktok|facebook|fb|snapchat|snap|twitter|youtube|social\w*|internet))|(?:kara|"
        r"karat|varvi|varviat|idva|idvat|vozi) (?:\w+ )?sled (?:men|nas)",
        r"(?:zabraniava|zabraniavat|ne dava|ne davat|ne ni dava|ne mi dava) (?:\w+ ){0,2}(?:da )?(?:zvanim|zvania|"
        r"vikame|vikam|se obadim|se obadia) (?:\w+ )?(?:na )?(?:112|lineik\w*|politsi\w*)",
        r"(?:razbivat|razbiva|chupiat|chupi|ritat|rita) (?:\w+ )?vratata",
        r"zakliuch\w* (?:\w+ ){0,3}v (?:baniata|bania|staiata|staia|mazeto|sutereno|kolata|garazha|kashtata)",
        r"ne mard\w*|ne mrad\w*|(?:bie|biat|udria) (?:\w+ ){0,3}(?:s|sas) (?:pijp|stok|schep|mes|riem|pipe|stick|"
        r"shovel|knife|belt|bat|bar|rura|rurka|kij\w*|lopat\w*|noz\w*|pasem|teava|bat|lopata|cutit\w*|curea|tsev|"
        r"tsevta|traba|trabata|prat|lopata|nozh|kolan|truba|trubou|palitseiu|lopatoiu|nozhem|remenem|lopatoi|palkoi|"
        r"tubo|palo|pala|cuchillo|cinturon)",
        r"ne se s[au]buzhda|ne (?:ni|mi) dava (?:\w+ ){0,2}(?:zv\w*|obad\w*)",
        r"(?:me|ni) (?:e )?(?:bi|prebi|udari|udri)(?!\w)|zakluchen\w*",
    ),
    "uk": (
        r"ne (?:dihaie|reaguie(?! na)|prokidaietsia)|ledve (?:dihaie|zhiv\w*)|znepritomn\w*|vtratil\w* svidomist",
        r"ne (?:daie|daiut|hoche|hochut|dozvoliaie) (?:\w+ ){0,2}shvidk\w*|(?:viklichte|viklichite) "
        r"(?:\w+ )?shvidk\w*",
        r"(?:prishlit|nadishlit) (?:\w+ )?(?:kogos|dopomogu|politsiiu)",
        r"(?:krichit|krichat|klichе|klyche|kliche) (?:\w+ ){0,2}(?:pro dopomogu|na dopomogu|dopomogi)",
        r"(?:kidaie|kidaiut|shpurliaie|zhburiaie|shtovhaie) (?:\w+ )?(?:i|iogo|mene|nas) (?:\w+ ){0,2}(?:ob|u|na) "
        r"(?:\w+ )?(?:stinu|shafu|dveri|pidlogu|stil)",
        r"(?:mene|nas|i|iogo) ne (?:vipuskaiut|vipuskaie|puskaiut|puskaie)" + _NOT_RESTRICTION,
        r"(?:trimaiut|trimaie) (?:mene|nas|i|iogo|ih) (?:\w+ ){0,2}(?:v |u )?(?:pidvali|garazhi|gorishi|"
        r"konteineri|pid zamkom)",
        # followed now (not "їде за мною": that is also a friend coming to fetch me)
        r"(?:stezhit|stezhat|stezhut|peresliduie|peresliduiut|zhenet\w*|gonit\w*|gnat\w*) (?:\w+ )?za (?:mnoiu|nami)|"
        r"za (?:mnoiu|nami) (?:\w+ ){0,4}(?:stezhit|stezhat|stezhut|zhenet\w*|gonit\w*|gnat\w*)",
        r"(?:zaboroniaie|zaboroniaiut|ne daie|ne daiut|ne dozvoliaie|ne dozvoliaiut) (?:\w+ ){0,2}(?:dzvoniti|"
        r"podzvoniti|telefonuvati|viklikati|viklikaty) (?:\w+ )?(?:na |v )?(?:112|shvidk\w*|politsi\w*)",
        r"(?:mene|nas|i|iogo) ne (?:vidpuskaiut|vidpuskaie)" + _NOT_RESTRICTION,
        r"(?:vibivaiut|vibivaie|lamaiut|lamaie|vilamuiut) (?:\w+ )?dveri",
        r"ne ruhaiet\w*|(?:bie|biut|lupit\w*|lupat\w*) (?:\w+ ){0,3}(?:pijp|stok|schep|mes|riem|pipe|stick|shovel|"
        r"knife|"
        r"belt|bat|bar|rura|rurka|kij\w*|lopat\w*|noz\w*|pasem|teava|bat|lopata|cutit\w*|curea|tsev|tsevta|traba|"
        r"trabata|prat|lopata|nozh|kolan|truba|trubou|palitseiu|lopatoiu|nozhem|remenem|lopatoi|palkoi|tubo|palo|"
        r"pala|cuchillo|cinturon)",
        r"ne prokidaetsia|ne (?:dae|daie|daiut) (?:\w+ ){0,2}(?:viklikati|viklikaty|dzvoniti|zatelefonuvati)",
    ),
    "ru": (
        r"ne (?:dishit|reagiruet(?! na)|prosipaetsia)|(?:ele|edva) (?:dishit|zhiv\w*)|poterial\w* soznanie|"
        r"v obmorok\w*",
        r"ne (?:daet|daiut|hochet|hotiat|vizivaiut|vizivaet) (?:\w+ ){0,2}skor(?:uiu|aia|oi)|"
        r"(?:vizovite|vizovi) (?:\w+ )?skor(?:uiu|aia)",
        r"(?:prishlite|otpravte) (?:\w+ )?(?:kogo nibud|kogo to|pomosh|politsiiu)",
        r"(?:krichit|krichat|zovet|oret) (?:\w+ ){0,2}(?:o pomoshi|na pomosh|pomogite)",
        r"(?:shviriaet|shviriaiut|brosaet|kidaet|tolkaet) (?:\w+ )?(?:ee|ego|menia|nas) (?:\w+ ){0,2}(?:ob|v|na) "
        r"(?:\w+ )?(?:stenu|shkaf|dver|pol|stol)",
        r"(?:menia|nas|ee|ego|eio) ne (?:vipuskaiut|vipuskaet|otpuskaiut|otpuskaet|puskaiut)" + _NOT_RESTRICTION,
        r"(?:derzhat|derzhit) (?:menia|nas|ee|eio|ego|ih) (?:\w+ ){0,2}(?:v )?(?:podvale|garazhe|cherdake|"
        r"konteinere|vzaperti|pod zamkom|na zamke)",
        r"(?:sledit|slediat|sledat|presleduet|presleduiut|gonitsia|goniatsia) (?:\w+ )?za (?:mnoi|nami)|"
        r"za (?:mnoi|nami) (?:\w+ ){0,4}(?:sledit|slediat|sledat|presleduet|presleduiut|gonitsia|goniatsia)",
        r"(?:zapreshaet|zapreshaiut|ne razreshaet|ne razreshaiut|ne daet|ne daiut) (?:\w+ ){0,2}(?:zvonit|pozvonit|"
        r"vizivat|vizvat) (?:\w+ )?(?:v |na )?(?:112|skor\w*|vracha|politsi\w*)",
        r"(?:vibivaiut|vibivaet|lomaiut|lomaet|vilamivaiut) (?:\w+ )?dver\w*",
        r"ne dvigaet\w*|ne shevelit\w*|(?:biet|biut|lupit) (?:\w+ ){0,3}(?:pijp|stok|schep|mes|riem|pipe|stick|"
        r"shovel|knife|belt|bat|bar|rura|rurka|kij\w*|lopat\w*|noz\w*|pasem|teava|bat|lopata|cutit\w*|curea|tsev|"
        r"tsevta|traba|trabata|prat|lopata|nozh|kolan|truba|trubou|palitseiu|lopatoiu|nozhem|remenem|lopatoi|palkoi|"
        r"tubo|palo|pala|cuchillo|cinturon)",
    ),
    "es": (
        r"no (?:respira|reacciona(?! a)|despierta)|(?:casi no|apenas) respira|desmay\w*|perdio el conocimiento",
        r"(?:no deja\w*|no quiere\w*|se niega\w*) (?:\w+ ){0,3}ambulancia|"
        r"(?:llamen|manden|necesito|necesita) (?:\w+ )?(?:una )?ambulancia",
        r"(?:manden|envien) (?:\w+ )?(?:a alguien|ayuda|a la policia)",
        r"(?:grita|gritan|chilla|chillan) (?:\w+ ){0,2}(?:pidiendo ayuda|ayuda|socorro|auxilio)",
        r"(?:la|lo|me|nos) (?:\w+ )?(?:tira|tiran|estampa|estampan|empuja|empujan|lanza) (?:\w+ ){0,2}contra",
        r"(?:me|la|lo|nos|les|los|las) (?:tienen|tiene) (?:\w+ ){0,2}(?:en )?(?:el |un )?(?:sotano|garaje|desvan|"
        r"contenedor|bano|encerrad\w*|atad\w*|bajo llave|con llave)",
        r"(?:me|nos) (?:esta |estan )?(?:siguiendo|persiguiendo)(?! (?:en|on|op|na|w|pe|in|v|u) (?:instagram|insta|"
        r"tiktok|facebook|fb|snapchat|snap|twitter|youtube|social\w*|internet))|(?:me|nos) (?:sigue|siguen|persigue|"
        r"persiguen)(?!\w)(?! (?:en|on|op|na|w|pe|in|v|u) (?:instagram|insta|tiktok|facebook|fb|snapchat|snap|"
        r"twitter|youtube|social\w*|internet))",
        r"(?:no (?:me |nos )?deja\w*|prohibe\w*|no (?:me |nos )?permite\w*) (?:\w+ ){0,2}llamar (?:\w+ )?(?:al |"
        r"a la |a una )?(?:112|ambulancia|policia)",
        r"(?:tirando|rompiendo|derribando|pateando|patean|rompen|tiran) (?:\w+ )?(?:la )?puerta",
        r"(?:ya )?no se mueve|(?:dando|da|dan) patadas|(?:vengan|venid) (?:\w+ )?(?:rapido|ya|por favor|xfa|porfa|"
        r"ahora)|"
        r"(?:pega|golpea|pegando|golpeando) (?:\w+ ){0,3}con (?:un |una |el )?(?:pijp|stok|schep|mes|riem|pipe|"
        r"stick|shovel|knife|belt|bat|bar|rura|rurka|kij\w*|lopat\w*|noz\w*|pasem|teava|bat|lopata|cutit\w*|curea|"
        r"tsev|tsevta|traba|trabata|prat|lopata|nozh|kolan|truba|trubou|palitseiu|lopatoiu|nozhem|remenem|lopatoi|"
        r"palkoi|tubo|palo|pala|cuchillo|cinturon)",
        r"no se levanta|no (?:nos|me) dejan llamar",
    ),
}
# Held now, told by what it looks like: not let out of a moving car, a door locked from the outside, "let me
# out!" heard or typed, someone lying hurt who does not answer or vomits blood.
HELD_NOW_RULES: Final[RuleTable] = {
    "nl": (
        r"(?:kan|kunnen|mag) (?:\w+ )?niet uitstappen|de deur zit (?:\w+ )?op slot",
        r"(?:laat|laten|mag|mogen) (?:\w+ ){0,3}niet (?:\w+ )?uitstappen",
        r"(?:van buiten|van buitenaf|aan de buitenkant) (?:\w+ ){0,2}(?:op slot|afgesloten|dichtgedaan)|"
        r"(?:op slot|afgesloten) (?:\w+ ){0,2}(?:van buiten|van buitenaf|aan de buitenkant)",
        r"laat (?:me|ons) (?:eruit|gaan|los)(?! (?:uit|van) (?:het|mijn|dat|dit) (?:contract|abonnement))",
        r"(?:spuugt|braakt|hoest|spuwt) (?:\w+ )?bloed|ligt (?:\w+ ){0,4}reageert niet",
        r"(?:hebben|heeft) (?:\w+ ){0,2}(?:de )?deur (?:\w+ )?op slot gedaan",
        r"(?:bolletjes|capsules|balletjes) (?:\w+ ){0,3}(?:ingeslikt|geslikt|doorgeslikt)|"
        r"(?:ingeslikt|geslikt) (?:\w+ ){0,2}(?:bolletjes|capsules)",
        r"(?:hoor|horen) (?:ik |we )?(?:\w+ ){0,12}(?:gillen|gillend|krijsen|gebonk)",
        r"(?:kan|durf|mag) (?:\w+ )?niet (?:bellen|praten|spreken|hardop)\b[^.!?;]{0,30}\b(?:horen|hoort)",
        r"(?:zeg|zegt|zeggen|vertelt|vertellen|zei|zeiden) (?:\w+ ){0,2}niet waar(?:heen| naartoe| we heen|"
        r" ze ons)?|weet(?:en)? niet waar (?:ze )?(?:ons |me |mij )?(?:\w+ )?(?:heen|naartoe) (?:brengen|rijden|gaan)",
        r"(?:baby|kindje|kind) (?:\w+ ){0,3}uit (?:mijn|m n|mn) armen",
        r"(?:schopt|trapt|bonkt|slaat|beukt) (?:\w+ )?(?:op|tegen) (?:de|mijn|onze) deur",
    ),
    "en": (
        r"(?:tie|tied|ties) (?:me|us|her|him) (?:\w+ ){0,2}(?:to|on) (?:a |the |my )?(?:bed|chair)",
        r"(?:won t|wont|will not|don t|dont|doesn t|doesnt) (?:\w+ )?(?:say|tell us|tell me) (?:\w+ )?where (?:we|they|"
        r"he) (?:go|are going|re going|take us|is taking us)",
        r"(?:wont|dont|doesnt|not) let (?:me|us|her|him|them) (?:\w+ )?(?:get )?out of the (?:car|van|truck|lorry)",
        r"locked (?:\w+ ){0,3}from (?:the )?outside|"
        r"(?:door|gate) is (?:\w+ )?(?:locked|padlocked) from (?:the )?outside",
        r"let me out(?! of (?:the|this|my|that) (?:contract|job|deal|chat|group|lease))",
        r"(?:vomiting|throwing up|coughing up|spitting) (?:\w+ )?blood|lying (?:\w+ ){0,4}not (?:answering|responding)",
        r"swallowed (?:\w+ ){0,2}(?:capsules|pellets|bags|packets|balloons)",
        r"(?:pissing|pouring|gushing|losing (?:a lot of )?) ?blood|bleeding (?:bad|badly|a lot|heavily)",
        r"(?:grabbed|took|snatched) (?:her|him|me|them) (?:\w+ ){0,8}(?:driving|drove|driven) (?:somewhere|off|away)",
        r"(?:cant|can t|cannot|can not|dont dare to|dare not) (?:call|talk|speak|phone|"
        r"ring)\b[^.!?;]{0,30}\bhear (?:me|us)",
        r"(?:dont|wont|doesnt|didnt|not|never) (?:tell|say) (?:us |me |them )?where (?:we(?: are| re)? going|"
        r"they(?: are| re)? (?:taking|driving|bringing) (?:us|me))|(?:dont|do not) know where (?:they|he)(?: are|"
        r" is| re| s)? (?:taking|driving|bringing) (?:us|me)",
        r"(?:baby|child|newborn) (?:\w+ ){0,3}(?:out of|from) my arms",
        r"(?:kicking|banging|hammering|pounding|bashing) (?:on |at )?(?:the|my|our|her|his) door",
        r"(?:boss|he|they|she) (?:locked|has locked|have locked) (?:\w+ ){0,1}(?:container|room|door|barrack|"
        r"basement|shed|caravan) (?:\w+ ){0,3}(?:inside|in there|we sleep)",
        r"(?:showed|shows|pulled|pulling|holding|holds) (?:me |us )?(?:a|the|his|her) (?:knife|gun|pistol)",
        r"(?:not|dont|wont) telling (?:us |me )?where",
        r"(?:wont|won t|will not|dont|don t|do not) (?:say|tell us|tell me) (?:\w+ )?where",
        r"just (?:hit|beat|kicked|punched|slapped) (?:me|us|her|him)",
    ),
    "pl": (
        r"nie (?:pozwalaja|pozwala|daja|daje|chca|chce) (?:\w+ ){0,2}wysiasc",
        r"(?:zamkn\w*|zamyka\w*) (?:\w+ ){0,3}od zewnatrz|od zewnatrz (?:\w+ ){0,2}zamkn\w*",
        r"wypusc(?:cie)? (?:mnie|nas)",
        r"(?:wymiotuje|pluje|kaszle) krwia|lezy (?:\w+ ){0,4}nie (?:odpowiada|reaguje)",
        r"zamkn\w* (?:\w+ ){0,2}drzwi (?:na klucz|na lancuch|na zamek)",
        r"polkn\w* (?:\w+ ){0,2}(?:kapsulki|kulki|kapsul\w*)",
        r"nie (?:moge|moze|mozemy|dam rady) (?:\w+ )?(?:dzwonic|zadzwonic|rozmawiac|mowic|"
        r"gadac)\b[^.!?;]{0,30}\b(?:uslysz\w*|slysza|slyszy)",
        r"nie (?:chce|chca|chcial\w*) (?:nam |mi )?powiedziec (?:\w+ )?(?:dokad|gdzie (?:jedziemy|nas wioza))",
        r"nie (?:mowia|mowi|powiedza|powiedzieli|powiedzial) (?:nam |mi )?dokad$",
        r"nie (?:mowia|mowi|powiedzieli|powiedzial|wiem|wiemy) (?:\w+ )?(?:gdzie|dokad) (?:jedziemy|nas wioza|"
        r"wioza|jedzie|nas zabieraja)|jedziemy nie wiem (?:gdzie|dokad)|(?:jedziemy|"
        r"wioza nas) nie wiadomo (?:gdzie|dokad)",
        r"(?:dziecko|mala|malego|corke|synka) (?:\w+ ){0,2}z (?:moich )?rak",
        r"drzwi (?:\w+ )?(?:sa )?zablokowane|nie wiem gdzie (?:teraz )?(?:jestesmy|jestem)",
    ),
    "ro": (
        r"nu (?:ma|ne|o|il) (?:\w+ )?(?:lasa|lasau) sa (?:cobor\w*|ies\w* din (?:masina|duba|camion))",
        r"nu (?:vor sa |vrea sa |ne )?(?:zica|spuna|spun|zic) (?:\w+ )?unde (?:ne|ma|il|o) (?:duc|duce)",
        r"nu (?:ma|ne|o|il|l|i|le) (?:mai )?(?:lasa|lasau) sa (?:plece|plec|plecam|pleace)" + _NOT_RESTRICTION,
        r"paznic (?:\w+ )?la usa",
        r"(?:incuiat\w*|inchis(?!oare)\w*) (?:\w+ ){0,3}pe dinafara|"
        r"pe dinafara (?:\w+ ){0,2}(?:incuiat\w*|inchis(?!oare)\w*)|"
        r"(?:poarta|usa) (?:\w+ ){0,2}(?:e|este) (?:\w+ )?(?:cu lacat|incuiata)",
        r"(?:lasati|lasa) ma sa ies|dati mi drumul",
        r"(?:vomita|varsa|scuipa|tuseste) (?:\w+ )?sange|zace (?:\w+ ){0,4}nu (?:raspunde|reactioneaza)",
        r"(?:am |a |au )?inghitit (?:\w+ ){0,2}capsul\w*",
        r"vomita si nu (?:mai )?(?:vorbeste|raspunde)",
        r"nu (?:pot|putem|poate) (?:sa )?(?:sun|suna|vorbesc|vorbi|vorbim)\b[^.!?;]{0,30}\b(?:aud|aude|auzi)",
        r"nu (?:(?:vor|vrea|vrei) sa )?(?:ne |ni |mi )?(?:zic|spun|zice|spune|spuna|zica|au zis|a zis) (?:\w+ )?"
        r"(?:unde|incotro) (?:mergem|ne duc|"
        r"ne duce|ma duc|ma duce)|nu stiu (?:unde|incotro) (?:ne|ma) (?:duc|duce)",
        r"(?:ma|ne) (?:duc|duce) cu (?:duba|masina|microbuzul|un microbuz|o duba) (?:si nu|nu) (?:stiu|stim) (?:unde|"
        r"incotro)",
        r"(?:copilul|bebelusul|fetita|baietelul) (?:\w+ ){0,2}din brate",
    ),
    "bg": (
        r"ne (?:me|ni|ia|go) (?:puskat|puska|ostaviat|ostavia) da (?:slez\w*|sliz\w*)",
        r"(?:zakliuch\w*|zakluch\w*|zaklu4\w*) (?:\w+ ){0,3}otvan|otvan (?:\w+ ){0,2}(?:zakliuch\w*|zakluch\w*)",
        r"pusnete me|pusnete ni|pusni me",
        r"(?:povrashta|povrushta|plue|kashlia) (?:\w+ )?kr[ua]v|ne mozhe (?:\w+ ){0,2}(?:mradne|mrudne|mardne|"
        r"dvizhi|stane)",
        r"zakliuch\w* (?:\w+ ){0,3}v (?:kabinata|sklada|kontein\w*|apartamenta|hotela|stai\w*|mazeto)",
        r"glatna\w* (?:\w+ ){0,2}kapsul\w*",
        r"ne (?:moga|mozhem|mozhe) da (?:se obadia|zvania|govoria|se obadim)\b[^.!?;]{0,30}\b(?:chuiat|chue|chuie)",
        r"(?:nikoi )?ne (?:ni |mi )?(?:kazvat|kazva|kazaha) (?:\w+ )?(?:kade|kude|nakade|nakude) (?:otivame|patuvame|"
        r"ni karat|ni vodiat|karat|vodiat|"
        r"ni vozi|me karat)|ne znam (?:kade|nakade) (?:ni|me) (?:karat|vodiat)",
        r"(?:karat|vodiat|vozat) (?:me|ni) niakade",
        r"(?:pokaza|izvadi|dria|darzhi) (?:mi |ni )?(?:\w+ )?nozh\w*",
    ),
    "uk": (
        r"ne (?:vipuskaiut|vipuskaie|daiut viiti|daie viiti) (?:\w+ ){0,2}z (?:mashini|avto|busa|furgona)",
        r"(?:zamknul\w*|zachinil\w*|zakril\w*) (?:\w+ ){0,3}zzovni|zamok zzovni|dveri zamkneni",
        r"vipustit (?:mene|nas)|vipusti (?:mene|nas)",
        r"(?:bliuie|bluie|kashliaie) krov|(?:mene|nas|ii|iogo) trimaiut (?:\w+ ){0,2}(?:v|u) (?:kvartiri|budinku|"
        r"kimnati|pidvali|garazhi)",
        r"zachinen\w* (?:\w+ ){0,2}zzovni|"
        r"zachinil\w* (?:\w+ ){0,3}(?:v|u) (?:kimnati|kvartiri|budinku|konteineri|vanni|pidvali)",
        r"(?:vibiv|vibili|vilamav|vilamali|zlamav|zlamali) (?:\w+ )?dveri",
        r"(?:(?:mene|nas|ii|iogo) (?:\w+ ){0,4}i vezut|(?:mene|nas|ii|iogo) vezut|vezut (?:mene|nas|ii|iogo))"
        r"(?! (?:na|do) (?:rabot\w*|robot\w*|"
        r"budov\w*|"
        r"stroik\w*|fabrik\w*|fermu|zavod\w*|smen\w*|zmin\w*|sklad\w*))",
        r"kovtnu\w* (?:\w+ ){0,2}kapsul\w*",
        r"ne (?:mozhu|mozhemo|mozhe) (?:podzvoniti|dzvoniti|govoriti|rozmovliati)\b[^.!?;]{0,30}\b(?:pochuiut|"
        r"pochuie|chuiut)",
        r"ne (?:kazhut|kazhe|skazali|govoriat) (?:\w+ )?(?:kudi|de) (?:vezut|idemo|iidemo|nas vezut|mene vezut)|"
        r"ne znaiu kudi (?:nas |mene )?vezut|vezut (?:nas |mene )?(?:\w+ )?ne (?:kazhut|kazhe|govoriat) (?:\w+ )?kudi",
        r"(?:pokazav|vitiag|trimaie) (?:meni )?(?:\w+ )?nizh\w*",
    ),
    "ru": (
        r"ne (?:vipuskaiut|vipuskaet|daiut viiti|daet viiti) (?:\w+ ){0,2}iz (?:mashini|avto|furgona|busa)",
        r"(?:zakrili|zaperli|zakrit\w*|zapert\w*) (?:\w+ ){0,3}snaruzhi|snaruzhi (?:\w+ ){0,2}(?:zakrit\w*|zapert\w*)|"
        r"dver na kliuch",
        r"vipustite (?:menia|nas)|vipusti (?:menia|nas)",
        r"(?:rvet|toshnit|kashliaet) (?:\w+ )?krov\w*|(?:menia|nas|ee|ego) derzhat (?:\w+ ){0,2}(?:v |na )?"
        r"(?:kvartire|dome|komnate|podvale|garazhe|kontejnere|konteinere|vzaperti)",
        r"(?:menia|nas|ee|ego) veziut|veziut (?:menia|nas|ee|ego)",
        r"otpustite(?! (?:\w+ ){0,2}(?:s raboti|domoi))",
        r"proglotil\w* (?:\w+ ){0,2}kapsul\w*",
        r"ne (?:mogu|mozhem|mozhet) (?:pozvonit|zvonit|govorit|razgovarivat)\b[^.!?;]{0,30}\b(?:uslishat|uslishit|"
        r"slishat)",
        r"ne (?:govoriat|govorit|skazali|govoriat nam) (?:\w+ )?kuda (?:edem|vezut|nas vezut|menia vezut)|"
        r"ne (?:govoriat|govorit|skazali|kazhut|kazhe) (?:nam |mne )?kuda$|"
        r"ne znaiu kuda (?:nas |menia )?vezut|vezut (?:nas |menia )?(?:\w+ )?ne (?:govoriat|govorit|skazali) "
        r"(?:\w+ )?kuda",
        r"(?:pokazal|dostal|derzhit) (?:mne )?(?:\w+ )?nozh\w*",
    ),
    "es": (
        r"me (?:tienen|tiene) (?:agarrad\w*|sujet\w*|cogid\w*) (?:\w+ )?(?:del brazo|de los brazos|fuerte)",
        r"(?:acaba de |acaban de )?(?:encerrarme|encerrarnos|me encerro|nos encerro|me encerraron|nos encerraron|"
        r"me han encerrado) (?:\w+ ){0,3}(?:sotano|habitacion|cuarto|bano|almacen|casa|piso)",
        r"no (?:me|nos|la|lo|les) (?:deja|dejan) (?:\w+ )?(?:bajar\w*|salir) del (?:coche|carro|auto|furgon\w*|"
        r"camion)",
        r"(?:cerro|cerraron|cerrado|cerrada) (?:\w+ ){0,2}con llave|(?:cerrad\w*|encerrad\w*) (?:\w+ )?por fuera",
        r"(?:dejame|dejenme|dejadme) salir|abreme",
        r"(?:vomita|vomitando|escupe|tose) (?:\w+ )?sangre",
        r"trag\w* (?:\w+ ){0,2}(?:capsulas|bolas|bolitas|bellotas)",
        r"no (?:puedo|podemos|puede) (?:llamar|hablar)\b[^.!?;]{0,30}\b(?:oyen|oye|oiran|oira|escuchan|escucha|oir)",
        r"no (?:nos |me )?(?:dicen|dice|dijeron|quieren decir) (?:a )?(?:donde|adonde) (?:vamos|nos llevan|nos lleva|"
        r"me llevan)|no se (?:a )?(?:donde|adonde) (?:nos|me) llevan",
        r"(?:bebe|nino|nina|hij\w+) (?:\w+ ){0,2}de (?:mis )?brazos",
        r"(?:me|la|lo|nos|le) (?:acaba|acaban) de (?:pegar|golpear|dar una paliza|encerrar|pegarme)",
        r"(?:me|nos) (?:volvio|volvieron) a encerrar",
    ),
}
# Hurt now, told by what it looks like: someone who cannot stand up, breathe or wake, is covered in blood or
# bleeds without stopping, and a boss who forbids the ambulance; being hunted now ("they are driving around
# looking for us"); a door locked on someone by the one who holds them.
HURT_NOW_RULES: Final[RuleTable] = {
    "nl": (
        r"(?:schopt|bonkt|beukt|ramt|trapt) (?:\w+ ){0,2}(?:tegen |op )?(?:de |mijn |onze )?deur",
        r"(?:staat|staan) (?:\w+ ){0,3}(?:deur|voordeur|achterdeur|raam) te (?:bonken|bonzen|schoppen|trappen|slaan|"
        r"rammen|beuken)",
        r"bewusteloos|buiten bewustzijn|ademt (?:\w+ )?niet (?:meer)?|krijgt geen lucht|"
        r"(?:kan|kon) (?:\w+ ){0,2}niet (?:meer )?(?:ademen|opstaan)|wordt niet (?:meer )?wakker",
        r"(?:onder|vol|helemaal onder) (?:het )?bloed|bloed stopt niet|stopt niet met bloeden|bloedt door",
        r"(?:wil|mag|laat) (?:\w+ ){0,3}geen ambulance|(?:verbiedt|verbood|verboden) (?:\w+ ){0,3}(?:112|ambulance|"
        r"dokter)",
        r"(?:zoeken|zoekt) (?:ze |hij |zij )?(?:ons|mij|me)(?! (?:op|via) )",
        r"(?:hebben|heeft) (?:me|mij|ons|haar|hem) (?:\w+ ){0,3}opgesloten",
        r"(?:luik|deur|raam|ramen|poort) (?:\w+ ){0,2}(?:dichtgeschroefd|dichtgespijkerd|dichtgetimmerd)",
        r"(?:hoor|horen) (?:ik |we )?(?:\w+ ){0,6}(?:schreeuwen|klappen|slaan|huilen en)",
    ),
    "en": (
        r"(?:kicking|banging|hammering|pounding|breaking) (?:on |at |down |in )?(?:the |my |our )?door",
        r"(?:they re|they are|theyre|he s|he is|hes|someone is|somebody is) trying to (?:get|break|force their way) in",
        r"unconscious|not breathing|(?:cant|cannot|can t|can not) (?:\w+ )?(?:breathe|stand up|get up|walk)|"
        r"(?:wont|doesnt|not) wak(?:e|ing) up",
        r"covered in blood|(?:wont|doesnt|not) stop bleeding|bleeding (?:wont|doesnt) stop",
        r"(?:wont|doesnt|not) (?:let|allow) (?:\w+ ){0,3}(?:call|get|see) (?:an? )?(?:ambulance|112|doctor)|"
        r"no ambulance",
        r"(?:looking for|searching for|hunting) (?:us|me|her|him)(?! (?:on|online|for a|a job))",
        r"(?:wont|dont|doesnt|not) let (?:me|us|her|him|them) (?:\w+ )?(?:get )?(?:off|out of) (?:the|this) "
        r"(?:boat|ship|barge|room|house|flat|farm|hotel|bus)",
        r"(?:she|he|they|boss|man|woman) (?:has |have |just )?locked (?:\w+ ){0,2}(?:front |back )?(?:door|doors|"
        r"gate)",
        r"chain\w* (?:\w+ ){0,3}(?:ankle|ankles|leg|legs|neck|feet|foot)",
        r"(?:put|puts|put a) chain on (?:the )?(?:gate|door)|(?:chained|padlocked) (?:\w+ )?(?:gate|door)",
        r"(?:says?|said) no (?:doctor|hospital|ambulance)",
        r"(?:i )?(?:can )?hear (?:\w+ ){0,5}(?:screaming|screams|shouting for help|banging)",
    ),
    "pl": (
        r"(?:kopie|kopia|wali|dobija sie|wywaza|lomocze) (?:\w+ ){0,2}(?:w |do )?drzwi",
        r"nieprzytomn\w*|nie oddycha|nie (?:moze|moge) (?:\w+ )?(?:oddychac|wstac)|nie wstaje|nie budzi sie|"
        r"stracil\w* przytomnosc",
        r"(?:caly|cala|cali) (?:we |w )?krwi|krew nie (?:przestaje|chce przestac)",
        r"nie (?:pozwala|pozwalaja|daje|daja) (?:\w+ ){0,2}(?:dzwonic|zadzwonic|wezwac) (?:\w+ )?(?:po )?"
        r"(?:karetk\w*|pogotowie|112|lekarza)",
        r"szukaja (?:nas|mnie)|(?:nas|mnie) szukaja",
        r"zamkn\w* (?:\w+ ){0,2}w (?:pokoju|piwnicy|lazience|domu|mieszkaniu|garazu|kontenerze|pokoiku|pralni|"
        r"kuchni|szopie|komorce|spizarni|magazynie|hali|busie|aucie)",
        r"slysze (?:\w+ ){0,5}(?:krzyk\w*|krzycz\w*|uderzenia|wolanie o pomoc)",
        r"(?:oklada|okladaja|tlucze|tluka|bije|bija) (?:\w+ ){0,3}(?:piescia|piesciami|pasem|kijem|kablem)",
    ),
    "ro": (
        r"(?:loveste|izbeste|sparge|bubuie) (?:\w+ ){0,2}(?:in |la )?usa|da (?:\w+ )?cu piciorul in usa",
        r"inconstient\w*|lesinat\w*|nu (?:mai )?respira|nu se (?:mai )?trezeste|nu (?:se )?poate ridica|"
        r"nu poate respira",
        r"plin de sange|plina de sange|nu se opreste sangele|nu se (?:mai )?opreste din sangerat",
        r"sa nu (?:chemam|sunam|chemati|sunati) (?:\w+ )?(?:salvarea|ambulanta|112|doctor\w*)|"
        r"nu (?:ne |ma )?lasa sa (?:chemam|sunam) (?:\w+ )?(?:salvarea|ambulanta|112)",
        r"(?:ne|ma) cauta(?! (?:pe|de) )",
        r"(?:a|au) (?:\w+ )?(?:incuiat|inchis) (?:\w+ ){0,2}(?:usile|usa|poarta)",
        r"aud (?:\w+ ){0,5}(?:tipete|tipa|urlete|lovituri|cum (?:o|il) bate)",
    ),
    "bg": (
        r"(?:rita|ritat|blaska|blaskat|udria|udriat|chupi|chupiat) (?:\w+ ){0,2}(?:po |v )?vrata\w*",
        r"v bezsaznanie|zagubi\w* saznanie|ne diasha|ne mozhe da disha|ne (?:se )?stava|ne mozhe da stane",
        r"(?:tseliat|tsialata|tsialo|tselite|oblian\w*) v krav|kravta ne spira|ne spira da kurvi",
        r"(?:ne dava|ne davat|zabrani\w*) (?:\w+ ){0,2}(?:da )?(?:se )?(?:obadim|zvanim|vikame|izvikame) "
        r"(?:\w+ )?(?:na )?(?:barza pomosht|linieka|112|lekar)",
        r"(?:tarsiat|tursiat) (?:ni|me)|(?:ni|me) (?:tarsiat|tursiat)",
        r"chuvam (?:\w+ ){0,5}(?:vikove|pisaci|pishti|udari)|chuvat se (?:\w+ )?(?:vikove|pisaci|udari)",
    ),
    "uk": (
        r"(?:bie|biut|lomit\w*|lamaie|lamaiut|vibivaie|vibivaiut|gatit|gupaie) (?:\w+ ){0,2}(?:v |u |po )?dver\w*",
        r"neprytomn\w*|nepritomn\w*|ledve pri tiami|ne dihaie|vtrativ svidomist|vtratila svidomist|ne vstaie",
        r"(?:ves|vsia|vse) (?:u|v) krovi|krov ne zupiniaiet\w*",
        r"(?:zaboroniv|zaboronila|zaboronili|zaboroniaie|ne daie|ne daiut|ne dozvoliaie) (?:\w+ ){0,2}"
        r"(?:dzvoniti|zatelefonuvati|viklikati) (?:\w+ )?(?:v |u |do )?(?:shvidku|112|politsiiu|likaria)",
        r"shukaiut (?:nas|mene)|(?:nas|mene) shukaiut",
        r"chuiu (?:\w+ ){0,5}(?:krik\w*|krichit|krichat|kricha\w*|udari|zoiki)",
        r"(?:ne viklikaie|ne viklikaiut|ne viklikav) (?:\w+ )?shvidk\w*|shvidku ne viklikaie",
    ),
    "ru": (
        r"(?:biet|biut|lomit\w*|lomaet|lomaiut|vibivaet|vibivaiut|kolotit|dolbit) (?:\w+ ){0,2}(?:v |po )?dver\w*",
        r"bez soznaniia|bez soznania|poterial\w* soznanie|ne dishit|zadihaet\w*|pristup|ne vstaet",
        r"(?:ves|vsia|vse) v krovi|krov ne ostanavlivaet\w*",
        r"(?:zapretil\w*|zapreshchaet|zapreshaet|ne daet|ne daiut) (?:\w+ ){0,2}(?:zvonit|vizivat|vizvat) "
        r"(?:\w+ )?(?:v )?(?:skoruiu|112|politsiiu|vracha)",
        r"ishut (?:nas|menia)|(?:nas|menia) ishut",
        r"(?:zakril\w*|zaper\w*) (?:nas|menia|ee|ego|ih) (?:\w+ ){0,2}(?:na kliuch|na zamok)",
        r"ne (?:vipuskaet|vipuskaiut) (?:\w+ ){0,2}iz (?:nomera|komnati|kvartiri|doma)|ne otpustiat (?:\w+ ){0,2}poka",
        r"(?:menia|nas|ee|ego) derzhat (?:\w+ ){0,3}(?:v |na )?(?:kvartire|dome|komnate|podvale|garazhe|otele)",
        r"slishu (?:\w+ ){0,5}(?:krik\w*|krichit|krichat|udari|vopli)",
        r"(?:zatolkali|zatolkal|zapihnuli|zapihnul|zapihali|zatashchili|zatashchil|zaphnuli|zaphnuv|zatiagli) "
        r"(?:\w+ ){0,3}(?:v|u) (?:\w+ )?(?:mashin\w*|avto\w*|furgon\w*|bus\w*|golf|bmv|mersedes|audi|opel|kvartir\w*|"
        r"podval|dom|budinok|pidval)",
        r"(?:skoruiu|vracha) ne (?:vizivaet|vizivaiut|vizvali|vizval)|ne (?:vizivaet|vizivaiut|vizvali|vizval) skoruiu",
        r"ne (?:vipustit|vipustiat|otpustit)(?! (?:s raboti|domoi))",
    ),
    "es": (
        r"(?:patea|patean|golpea|golpean|aporrea|aporrean|tumba|tumban) (?:\w+ ){0,2}la puerta",
        r"(?:me|nos|le|la|lo) (?:esta|estan) dando (?:\w+ )?(?:golpes|palos|patadas|punetazos|una paliza)",
        r"inconsciente|no (?:se )?despierta|no respira|no puede respirar|perdio el conocimiento|"
        r"no (?:se )?puede levantar",
        r"llen[oa] de sangre|no (?:para|deja) de sangrar",
        r"(?:nos|me|le) (?:estan )?buscando(?! (?:\w+ )?(?:marido|novi[oa]|espos[oa]|pareja|trabajo|casa|piso))|"
        r"(?:nos|me) buscan",
        r"(?:la|lo|me|nos|les|los|las) (?:\w+ )?(?:ha|han) encerrado",
        r"no (?:me|nos|la|lo) (?:deja|dejan) (?:\w+ )?(?:bajar|salir)(?! (?:sol[ao]|de noche|con))",
        r"(?:oigo|escucho) (?:\w+ ){0,5}(?:gritos|gritar|golpes|pedir ayuda)",
    ),
}
# Seen or heard now, told the way blind set 10 told it: a door shut from the outside, someone chained to
# something, blood on a face, a boss who keeps an injured worker from hospital, screams or blows heard now.
SEEN_NOW_RULES: Final[RuleTable] = {
    "nl": (
        r"dicht (?:van|aan de) buiten(?:kant)?|(?:heeft|hebben) (?:de )?sleutels? (?:\w+ )?mee ?genomen",
        r"bloed (?:aan|op|over) (?:haar|zijn|z n|zn|d r|dr|het) (?:hele )?(?:mond|gezicht|hoofd|lijf)",
        r"(?:laat|laten|mag|mogen|wil|willen) (?:\w+ ){0,3}niet (?:\w+ ){0,2}naar (?:de )?(?:dokter|huisarts|"
        r"ziekenhuis|eerste hulp)",
        r"vastgeketend|aan (?:een |de )?ketting|(?:houden|houdt) (?:me|mij|ons|haar|hem) vast in",
        r"(?:zegt|zei|zeggen) (?:\w+ ){0,6}(?:niet naar (?:de )?dokter|geen dokter|geen ambulance)|"
        r"bloed(?:t)? (?:heel )?veel",
        r"in (?:de|een) kofferbak|(?:net|zojuist) (?:\w+ ){0,4}(?:een klap|klappen) gegeven|"
        r"(?:komt|komen) (?:\w+ ){0,2}achterna|achterna (?:komt|komen|zit|zitten)|aan (?:haar|d r|dr|zijn) haren|"
        r"(?:pillen|pilletjes) (?:\w+ )?(?:geslikt|genomen)",
    ),
    "en": (
        r"chained (?:\w+ ){0,3}to (?:a|the) \w+|(?:wrist|wrists|hand|hands|arm|arms) (?:\w+ ){0,2}chained",
        r"blood (?:on|all over|over) (?:her|his|their|my) (?:\w+ )?(?:face|head|mouth)",
        r"(?:sitting|sits) with (?:\w+ ){0,2}pills|pills (?:\w+ ){0,6}goodbye|"
        r"(?:in|inside) the (?:trunk|boot) of|by (?:her|his|the|my) hair|(?:chasing|coming after|running after) "
        r"(?:me|her|him|us)|took (?:a lot of|many|all (?:the|her|his)) (?:pills|tablets)",
        r"(?:wont|doesnt|dont|not) (?:let|allow) (?:\w+ ){0,3}(?:go|get|see) (?:to )?(?:a |the )?(?:hospital|doctor)",
    ),
    "pl": (
        r"nie (?:pozwala|pozwalaja|daje|daja) (?:\w+ ){0,2}(?:isc|pojsc|jechac|pojechac) do (?:lekarza|szpitala)",
        r"(?:slychac|slysze|slyszymy) (?:\w+ ){0,5}(?:krzyk\w*|uderzenia|placz|rzuca\w*|bije|bija)",
        r"krew (?:na|na calej) (?:twarzy|glowie|ustach)|przykut\w*",
        r"(?:przywalil|uderzyl|walnal) (?:\w+ )?(?:mi|mnie) w (?:twarz|glowe|brzuch)",
        r"(?:zadnego|bez) (?:lekarza|karetki|pogotowia)|nie (?:chca|chce) (?:\w+ )?wypuscic|w bagazniku",
        r"(?:teraz|wlasnie|znowu) (?:\w+ )?zamkn(?:eli|al|ela|ieta|iety)",
    ),
    "ro": (
        r"nu (?:cheama|suna|vrea sa cheme|vor sa cheme) (?:\w+ )?(?:ambulanta|salvarea|112|doctor\w*)",
        r"nu (?:ma|o|il|ne) (?:\w+ )?(?:lasa|lasau) (?:\w+ ){0,2}(?:la spital|la doctor|la medic)",
        r"(?:legat\w*|inlantuit\w*) (?:\w+ ){0,2}(?:cu lant|de teava|de calorifer|de pat)",
        r"se aud (?:\w+ ){0,4}(?:tipete|urlete|lovituri|bataie)|in portbagaj\w*",
    ),
    "bg": (
        r"ne (?:dava|davat) (?:\w+ ){0,2}(?:karame|zavedem|vodim|zakarame|otide|otidem|idem) (?:\w+ )?"
        r"(?:v |na )?(?:bolnitsa\w*|lekar\w*|speshn\w*)",
        r"chuvam (?:\w+ ){0,5}(?:pishi|pishti|piska\w*|vika|plache)|ne mo(?:zh|i)e da stane",
        r"darzhat (?:ni|gi|me|ia|go) (?:\w+ ){0,3}v (?:\w+ ){0,2}(?:kontein\w*|maze\w*|staia\w*|kashta\w*|kola\w*|"
        r"mazeto|sklad\w*|garazh\w*|maze)",
        r"(?:vratata|vrata) e (?:\w+ )?s katinar|zakliuchen\w* (?:\w+ )?otvan|varzaha (?:\w+ )?(?:ratsete|rutsete)|"
        r"darzhat (?:\w+ ){0,8}v garazh\w*",
        r"(?:okovan\w*|vurzan\w*|varzan\w*) (?:\w+ ){0,2}(?:s verig\w*|za tarba|za turba|za radiator)|v bagazhnika",
    ),
    "uk": (
        r"zvidsi ne vipuskaiut|ne vipuskaiut zvidsi|(?:ii|iogo|mene|nas) (?:\w+ )?ne vipuskai(?:e|ut)|"
        r"ne vipuskaie (?:\w+ )?na vulitsiu",
        r"(?:zakril\w*|zachinil\w*|zamknul\w*) (?:\w+ ){0,3}(?:v|u) (?:pidval\w*|kimnat\w*|vann\w*|komor\w*|"
        r"garazh\w*|pralni|kuhni|konteiner\w*|kvartir\w*|tualet\w*)",
        r"(?:ne puskaie|ne puskaiut|ne vede|ne vezut) (?:\w+ ){0,2}(?:do |v |u )?(?:likar\w*|likarn\w*)|"
        r"(?:v|u|do) likar\w* ne (?:vezut|puskaiut|puskaie|vede)|ne (?:mozhu|mozhe) vstati",
        r"vezut (?:\w+ ){0,3}(?:v|u) mashin\w*|(?:v|u) bagazhniku",
        r"dver\w* (?:\w+ ){0,2}zzovni|za mnoiu (?:\w+ ){0,2}(?:izdiat|izdit|idut|gonia\w*|gonit\w*)|"
        r"shukaiut (?:mene|nas)|(?:ia )?(?:shovalas|shovavsia|shovalisia) (?:\w+ ){0,3}(?:za|v|u)",
    ),
    "ru": (
        r"(?:zakril\w*|zaper\w*) (?:\w+ ){0,2}v (?:\w+ )?(?:prachechn\w*|komnat\w*|podval\w*|vann\w*|"
        r"kladov\w*|garazh\w*|sarae|kontein\w*|tualet\w*|kuhn\w*|nomer\w*|kvartir\w*)",
        r"otsiuda ne vipuskaiut|ne vipuskaiut otsiuda|(?:ee|ego|menia|nas) (?:\w+ )?ne vipuskaiut",
        r"(?:ne puskaet|ne puskaiut|ne vezut|ne vedut) (?:\w+ ){0,2}(?:k |v )?(?:vrach\w*|bolnits\w*)",
        r"prikovan\w*|na tsepi|(?:ego|ee|menia|nas|ih) derzhat (?:\w+ ){0,2}na cherdak\w*|dishat nechem",
        r"v bagazhnike|nikakih vrachei|(?:uehat|uiti|viiti) ne da(?:et|iut)",
        r"dver\w* (?:\w+ ){0,2}snaruzhi|snaruzhi (?:\w+ )?(?:na zamke|zaperl\w*|zakril\w*)|okna zakolochen\w*|"
        r"provodka gorit|pahnet (?:garu|gorelim|dimom)|(?:prislal\w*|napisal\w*) (?:\w+ ){0,3}pomogi|"
        r"pomogi (?:\w+ )?i (?:\w+ )?geolokats\w*",
        r"(?:seichas|shas) (?:\w+ )?(?:nas|menia|ee|ego) vezut|(?:nas|menia|ee|ego) (?:seichas|shas) vezut",
    ),
    "es": (
        r"no (?:deja|dejan|nos deja|me deja) que (?:\w+ ){0,2}(?:llamemos|llame|llamen|llamar) (?:\w+ )?"
        r"(?:ambulancia|al 112|medico)",
        r"(?:se oyen|se escuchan|oigo|escucho) (?:\w+ ){0,4}(?:golpes|gritos)",
        r"candado por fuera|por fuera con candado|(?:cerrad\w*|encerrad\w*) con candado|encadenad\w*",
        r"sangre (?:en|por) (?:la|su) (?:cara|boca|cabeza)|en el maletero|en la cajuela|"
        r"nada de (?:hospital|medico|ambulancia)|(?:se )?tomo (?:muchas|un monton de|todas las) pastillas",
        r"no (?:\w+ )?puede (?:ni )?(?:levantarse|moverse|pararse)|(?:lo|la|le|me) van a operar (?:ya|ahora|hoy)",
    ),
}
# A life in danger from within: a wish to die or to end it ("tengo las pastillas de mi abuela aqui y creo que es la
# unica salida"), chest pain with a grey face (blind set 12).
LIFE_RULES: Final[RuleTable] = {
    "nl": (
        r"zelfmoord|mezelf (?:iets )?aan ?doen|(?:een )?eind(?:e)? aan (?:mijn|m n|mn) leven|"
        r"wil (?:niet meer leven|dood)|wil er (?:gewoon |echt )?niet meer zijn|"
        r"pijn op (?:de|zijn|haar|mijn) borst",
    ),
    "en": (
        r"kill myself|suicid\w*|end (?:my life|it all)|pills (?:\w+ ){0,12}only way out|(?:dont|do not) want to live|"
        r"chest pain|clutching (?:his|her|my) chest",
    ),
    "pl": (
        r"zabic sie|zabije sie|samobojstw\w*|skoncze ze soba|nie chce (?:juz )?zyc|"
        r"(?:trzyma sie za|bol\w* w) klatk\w* piersiow\w*",
    ),
    "ro": (r"sa ma omor|ma omor|sinucid\w*|nu mai vreau sa traiesc|durer\w* (?:in|de) piept",),
    "bg": (r"samoubi\w*|she se samoubi\w*|ne iskam da zhivea|bolka v gardite|bolka v gurdite",),
    "uk": (r"pokinchiti z soboiu|samogubstv\w*|ne hochu zhiti|vbiti sebe|bil u grudiah",),
    "ru": (r"pokonchit s soboi|samoubiistv\w*|ne hochu zhit|ubit sebia|bol v grudi",),
    "es": (
        r"suicid\w*|matarme|quitarme la vida|no quiero vivir|pastillas (?:\w+ ){0,12}la unica salida|"
        r"dolor (?:en el|de) pecho",
    ),
}
# Someone just pushed into a car or van (the past tense with "just": "two men just shoved a girl into a van").
MOVED: Final[Mapping[str, str]] = {
    "nl": r"geduwd|getrokken|gesleurd|gegooid|duwden|trokken|sleurden|gooiden|propten|meesleurde|meegesleurd|"
    r"meesleurden",
    "en": r"pushed|shoved|dragged|pulled|forced|bundled|threw|grabbed|took",
    "pl": r"wciagneli|wciagnal|wepchneli|wepchnal|wrzucili|wsadzili|zaciagneli|pakuja|wpychaja|wciagaja|wsadzaja",
    "ro": r"(?:au|a) (?:\w+ )?(?:bagat|impins|tarat|aruncat|tras|urcat)",
    "bg": r"natikaha|natika|vkaraha|vkara|buthaha|nabutaha|zavlekoha|zavleche|kachiha|tikaha",
    "uk": r"zashovhali|zashovhnuv|zatiagli|zatiag|zapihnuli|zapihnuv|vpihnuli|zakinuli|posadili",
    "ru": r"zatolkali|zatolkal|zatashili|zatashil|zapihnuli|zapihnul|vpihnuli|zakinuli|posadili|zatianuli",
    "es": r"meter|metieron|metio|empujaron|empujo|arrastraron|arrastro|subieron|subio",
}

# "now" after the vehicle too ("au bagat-o intr-o duba acum cateva minute"), not when it means "ago" of years.
_LONG_AGO: Final = (
    r"(?! (?:\w+ )?(?:ani|an|luni|saptamani|jaar|maanden|weken|years?|months|weeks|lat|lata|miesiecy|tygodni|"
    r"godini|meseca|sedmitsi|rokiv|roki|misiatsiv|tizhniv|let|goda|mesiatsev|nedel|anos|meses|semanas)(?!\w))"
)
STORY_MOVED_RULES: Final[RuleTable] = {
    language: (rf"(?:{STORY_WORDS[language].now})\b[^.!?;]{{0,30}}\b(?:{moved})\b[^.!?;]{{0,60}}\b"
               rf"(?:{STORY_WORDS[language].vehicle})",
               rf"\b(?:{moved})\b[^.!?;]{{0,60}}\b(?:{STORY_WORDS[language].vehicle})\b[^.!?;]{{0,30}}\b"
               rf"(?:{STORY_WORDS[language].now})\b{_LONG_AGO}")
    for language, moved in MOVED.items()
}  # fmt: skip

# A request to talk to a person.
HUMAN_RULES: Final[RuleTable] = {
    "nl": (
        r"(?:met|naar) (?:een |de )?(?:echt(?:e)? |levend(?:e)? )?(?:mens|medewerker|medewerkster|hulpverlener|"
        r"persoon|iemand)(?: van veilig thuis)? (?:\w+ ){0,2}(?:spreken|praten|chatten|bellen)",
        r"(?:spreken|praten|chatten) (?:\w+ ){0,1}met (?:een |de )?(?:echt(?:e)? )?(?:mens|medewerker|medewerkster|"
        r"hulpverlener|persoon|iemand)",
        r"(?:kan|kun|kunt|wil|mag) (?:iemand|een medewerker|een mens|jullie|u) (?:me|mij) (?:\w+ )?(?:bellen|"
        r"terugbellen|spreken)",
        r"(?:bel|belt) (?:me|mij) (?:\w+ )?(?:terug|op)",
        r"^(?:een |graag een |liever een )?(?:echt(?:e)? )?(?:mens|medewerker|medewerkster|persoon|hulpverlener)"
        r"(?: graag| alsjeblieft| aub| please| nu)?$",
        r"(?:geen|niet met een|niet met de) (?:robot|bot|computer|chatbot)",
        r"(?:echt|echte|levend|levende) (?:mens|persoon|medewerker)",
        r"doorverbinden|doorverbonden",
        r"(?:kan|mag|wil|kun|kunt) (?:ik )?(?:\w+ ){0,2}(?:een |de )?"
        r"(?:medewerker|medewerkster|mens|hulpverlener|persoon|iemand) (?:\w+ ){0,3}(?:spreken|bellen|chatten)",
        r"(?:wil|graag|liever) (?:\w+ ){0,2}(?:een )?(?:echte? )?(?:medewerker|medewerkster|mens|hulpverlener)",
    ),
    "en": (
        r"(?:talk|speak|chat) (?:\w+ ){0,1}(?:to|with) (?:a |an |some |the )?(?:real |actual |live |human )?"
        r"(?:human|person|someone|somebody|agent|staff|employee|operator|counsell?or|worker|social worker|people)",
        r"(?:real|actual|live) (?:person|human|people|agent)",
        r"(?:can|could|will|would) (?:someone|somebody|a person|anyone|you) (?:please )?(?:call|phone|ring) me",
        r"(?:call|phone|ring) me (?:back|please)",
        r"(?:connect|transfer|put) me (?:through )?(?:to|with)",
        r"^(?:a |an )?(?:real )?(?:human|person|agent|operator|staff member)(?: please| pls| now)?$",
        r"(?:not|no) (?:a |the |this )?(?:bot|robot|machine|chatbot)",
        r"(?:want|need|like|get) (?:\w+ ){0,2}(?:a |an )?(?:real |actual )?"
        r"(?:human|person|staff member|agent|operator)",
    ),
    "pl": (
        r"(?:porozmawiac|rozmawiac|pogadac|pisac|popisac) (?:\w+ ){0,1}z (?:\w+ )?(?:czlowiekiem|osoba|kims|"
        r"pracownikiem|pracownica|konsultantem|konsultantka|doradca)",
        r"(?:prawdziw\w*|zyw\w*) (?:czlowiek\w*|osob\w*|konsultant\w*)",
        r"(?:ktos|moze ktos|czy ktos|mozecie|mozesz) (?:\w+ ){0,2}(?:zadzwonic|oddzwonic) do mnie",
        r"(?:zadzwon\w*|oddzwon\w*) do mnie",
        r"^(?:czlowiek|konsultant|pracownik|osoba)(?: prosze| teraz)?$",
        r"nie (?:chce )?(?:z |rozmawiac z )?(?:botem|robotem|bot|robot|komputerem)",
        r"(?:chce|prosze o|potrzebuje|wolalbym|wolalabym) (?:\w+ ){0,2}(?:czlowieka|konsultanta|pracownika|"
        r"prawdziwa osobe)",
    ),
    "ro": (
        r"(?:vreau|as vrea|pot|putem|doresc) (?:sa )?(?:vorbesc|vorbi|vorbim|discut|scriu) (?:\w+ ){0,1}cu "
        r"(?:un |o )?(?:om|persoana|angajat\w*|consilier\w*|operator\w*|cineva)",
        r"(?:om|persoana) (?:real\w*|adevarat\w*|vie|viu)",
        r"(?:poate|puteti|poti) (?:cineva )?(?:sa )?ma (?:\w+ )?(?:suna|sunati|suni)",
        r"(?:sunati|suna) ma",
        r"nu (?:vreau )?(?:sa vorbesc )?(?:cu )?(?:un )?(?:robot|bot|calculator)",
        r"^(?:un |o )?(?:om|operator|angajat|consilier)(?: va rog| acum)?$",
    ),
    "bg": (
        r"(?:da govoria|da pogovoria|da razgovariam|da pisha|govoria|iskam da govoria) (?:\w+ ){0,1}(?:s|sas) "
        r"(?:\w+ )?(?:chovek|sluzhitel\w*|konsultant\w*|operator\w*|niakoi|spetsialist\w*)",
        r"(?:zhiv|istinski|realen|nastoiash) (?:chovek|sluzhitel|operator)",
        r"(?:obadete|obadi|obadite|pozvanete|zvanete) (?:\w+ )?mi",
        r"ne (?:iskam )?(?:s |sas )?(?:bot\w*|robot\w*)",
        r"^(?:chovek|operator|sluzhitel|konsultant)(?: molia| sega)?$",
        r"(?:iskam|triabva mi|molia za) (?:\w+ ){0,2}(?:chovek|operator|sluzhitel|konsultant)",
    ),
    "uk": (
        r"(?:pogovoriti|pohovoriti|rozmovliati|pobalakati|spilkuvatisia|napisati) (?:\w+ ){0,1}(?:z|iz|zi) "
        r"(?:\w+ )?(?:liudin\w*|operator\w*|pratsivnik\w*|konsultant\w*|fahivts\w*|kimos|kims)",
        r"(?:zhiv\w*|realn\w*|spravzhn\w*) (?:liudin\w*|operator\w*|pratsivnik\w*)",
        r"(?:zatelefonuit\w*|peredzvonit\w*|zatelefonui|peredzvoni|podzvonit\w*) (?:\w+ )?meni",
        r"ne (?:z |iz )?(?:bot\w*|robot\w*)",
        r"^(?:liudina|operator|pratsivnik|konsultant)(?: bud laska| bud-laska| zaraz)?$",
        r"(?:hochu|potriben|potribna|treba) (?:\w+ ){0,2}(?:liudin\w*|operator\w*|pratsivnik\w*|konsultant\w*)",
    ),
    "ru": (
        r"(?:pogovorit|poobshatsia|obshatsia|pobesedovat|napisat|hochu govorit) (?:\w+ ){0,1}(?:s|so) (?:\w+ )?"
        r"(?:chelovek\w*|operator\w*|sotrudnik\w*|konsultant\w*|spetsialist\w*|kem to|kem nibud)",
        r"(?:zhiv\w*|realn\w*|nastoiash\w*) (?:chelovek\w*|operator\w*|sotrudnik\w*)",
        r"(?:pozvonite|perezvonite|pozvoni|perezvoni|svizhites|sviazhites) (?:\w+ )?(?:mne|so mnoi)",
        r"ne (?:s )?(?:bot\w*|robot\w*)",
        r"^(?:chelovek|operator|sotrudnik|konsultant)(?: pozhaluista| seichas)?$",
        r"(?:hochu|nuzhen|nuzhna|daite|pozovite) (?:\w+ ){0,2}(?:cheloveka|operatora|sotrudnika|konsultanta)",
    ),
    "es": (
        r"(?:hablar|chatear|conversar|escribir) (?:\w+ ){0,1}con (?:una |un |alguna |algun |la |el )?"
        r"(?:persona|humano|alguien|trabajador\w*|agente|operador\w*|asesor\w*|empleado\w*)",
        r"(?:persona|humano) (?:real|de verdad)",
        r"(?:llamarme|me (?:puede|pueden|podria|podrian) llamar|llamenme|llamame)",
        r"no (?:quiero )?(?:hablar con )?(?:un |una |el |la )?(?:bot|robot|maquina|chatbot)",
        r"^(?:una |un )?(?:persona|humano|agente|operador)(?: por favor| ya| ahora)?$",
        r"(?:quiero|necesito|prefiero) (?:\w+ ){0,2}(?:una persona|un humano|un agente|una persona real)",
    ),
}

# Negations and markers of a past, finished situation: a rule does not fire when one of these is close by.
NEGATIONS: Final[RuleTable] = {
    "nl": (r"niet", r"geen", r"niemand", r"nooit", r"nergens", r"niets"),
    "en": (r"not", r"never", r"nobody", r"no one", r"dont", r"doesnt", r"didnt", r"isnt", r"arent", r"wont"),
    "pl": (r"nie", r"nigdy", r"nikt", r"nikogo", r"nikomu", r"nic", r"nigdzie"),
    "ro": (r"nu", r"niciodata", r"nimeni", r"nimic", r"niciun", r"nicio", r"n a", r"n au"),
    "bg": (r"ne", r"nikoi", r"nikoga", r"niama"),
    "uk": (r"ne", r"nikhto", r"nihto", r"nikoli", r"vzhe ne"),
    "ru": (r"ne", r"net", r"nikto", r"nikogda", r"uzhe ne"),
    "es": (r"no", r"nunca", r"nadie", r"jamas", r"ningun\w*", r"ya no"),
}
# A year before this one ("in 2019"): what happened then is over. Read from the clock, so that "in 2025" is past
# once 2026 has begun.
_YEAR_BEFORE: Final = "(?:" + "|".join(str(year) for year in range(date.today().year - 1, 1949, -1)) + ")"
PAST_MARKERS: Final[RuleTable] = {
    "nl": (
        r"vroeger",
        r"destijds",
        r"in het verleden",
        r"(?:jaren|maanden|een jaar|twee jaar|lang) geleden",
        r"\w+ (?:jaar|jaren|maanden) geleden",
        r"(?:\w+ )?(?:jaar|jaren|maanden) terug",
        r"afgelopen (?:winter|zomer|voorjaar|lente|herfst|jaar)",
        r"vorige (?:winter|zomer|lente|herfst|maand|week)",
        r"afgelopen maand",
        r"vorig jaar",
        r"toen ik (?:klein|jong|kind)",
        r"toen ze (?:klein|jong)",
        r"is (?:nu |echt |allemaal )?voorbij",
        r"een week geleden|afgelopen week",
        r"toen (?:ik|ze|hij) (?:\w+ )?\d+ (?:was|jaar)",
        r"op (?:mijn|haar|zijn) (?:1[0-9]|[4-9])(?:e|de|ste)",
        rf"in {_YEAR_BEFORE}",
    ),
    "en": (
        r"used to",
        r"years ago",
        r"\d+ (?:yrs|yr) ago",
        r"months ago",
        r"a year ago",
        r"long ago",
        r"last year",
        r"last (?:winter|summer|spring|autumn|fall)",
        r"in the past",
        r"back then",
        r"(?:years|months|a year|long) back",
        rf"back in {_YEAR_BEFORE}",
        r"when i was (?:a child|a kid|young|little)",
        r"when she was (?:a child|young|little)",
        r"is over now",
        r"(?<!like )(?<!as )last (?:week|month)|a week ago|(?:two|three|a few) (?:days|weeks) ago",
        r"when (?:i|she|he) was (?:only |just )?\d+",
        rf"in {_YEAR_BEFORE}",
        r"when (?:i|she|he) was a (?:girl|boy|teenager|child|kid)",
    ),
    "pl": (
        r"kiedys",
        r"dawniej",
        r"w przeszlosci",
        r"(?:rok|lata|lat|miesiac|miesiace|miesiecy|dawno) temu",
        r"w zeszlym roku",
        r"zeszlej (?:zimy|wiosny|jesieni)",
        r"zeszlego lata",
        r"zeszlego roku",
        r"jak (?:bylam|bylem) (?:mala|maly|dzieckiem)",
        r"juz (?:sie )?skonczylo",
        r"w zeszlym tygodniu|tydzien temu|w zeszl[ya] (?:poniedzialek|wtorek|srode|czwartek|piatek|sobote|niedziele)",
        r"(?:jak|kiedy|gdy) (?:mialam|mialem|miala|mial) (?:\w+ )?\d+",
        rf"w {_YEAR_BEFORE}",
    ),
    "ro": (
        r"in trecut",
        r"pe vremuri",
        r"odinioara",
        r"candva",
        r"(?:acum|in urma cu) (?:un an|doi ani|trei ani|cativa ani|\d+ ani|o luna|cateva luni|\d+ luni|"
        r"mult timp)",
        r"acum \w+ (?:ani|luni)",
        r"(?:iarna|vara|primavara|toamna) trecuta",
        r"(?:ani|luni) in urma",
        r"anul trecut",
        r"cand eram (?:mic|mica|copil)",
        r"s a terminat",
        r"(?<!ca )(?<!ca si )saptamana trecuta|acum o saptamana|luna trecuta",
        r"cand (?:aveam|avea) (?:\w+ )?\d+",
        r"(?:am fost|a fost|eram|era) (?:\w+ ){0,3}la (?:1[0-7]|[4-9]) ani",
        rf"in {_YEAR_BEFORE}",
    ),
    "bg": (
        r"predi (?:\w+ )?(?:godini|godina|mesetsa|mesets)",
        r"minalata (?:uchebna )?godina",
        r"minalata (?:zima|prolet|esen)",
        r"minaloto liato",
        r"v minaloto",
        r"navremeto",
        r"kato biah (?:malak|malka|dete)",
        r"predi sedmitsa|(?<!kato )minalata sedmitsa|minaliia mesets",
        r"kogato (?:biah|beshe) (?:na )?\d+",
        rf"(?:prez|v) {_YEAR_BEFORE}",
    ),
    "uk": (
        r"ranishe",
        r"u minulomu",
        r"(?:rik|roki|rokiv|misiats\w*|davno) tomu",
        r"(?:rokiv|roki) (?:\w+ )?tomu",
        r"torik",
        r"minuloi (?:zimi|vesni|oseni)",
        r"minulogo lita",
        r"minulo(?:g|h)o roku",
        r"v ditinstvi",
        r"koli ia bula mal\w*",
        r"minulogo tizhnia|tizhden tomu|minulogo misiatsia",
        r"koli (?:meni|ii|iomu) bulo \d+",
        rf"(?:u|v) {_YEAR_BEFORE}",
    ),
    "ru": (
        r"ranshe",
        r"v proshlom",
        r"(?:god|goda|let|mesiats\w*|davno) nazad",
        r"let (?:\w+ )?nazad",  # "лет десять назад"
        r"v proshlom godu",
        r"proshloi (?:zimoi|vesnoi|osenu)",
        r"proshlim letom",
        r"v detstve",
        r"kogda ia bila malen\w*",
        r"uzhe zakonchil\w*",
        r"(?<!kak )na proshloi nedele|nedeliu nazad|v proshlom mesiatse",
        r"kogda (?:mne|ei|emu) bilo \d+",
        rf"v {_YEAR_BEFORE}",
    ),
    "es": (
        r"antes(?! de (?:manana|esta|hoy|las|que|mediodia|medianoche))",
        r"hace (?:un|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|quince|veinte|varios|varias|"
        r"muchos|muchas|\d+) "
        r"(?:anos|ano|meses|mes|semanas)",
        r"hace (?:mucho )?tiempo",
        r"el ano pasado",
        r"(?:el )?(?:invierno|verano|otono) pasado",
        r"la primavera pasada",
        r"en el pasado",
        r"cuando era (?:nina|nino|pequena|pequeno|joven)",
        r"ya (?:paso|termino)",
        r"solia",
        rf"en {_YEAR_BEFORE}",
        r"(?<!como )la semana pasada|hace una semana|el mes pasado",
        r"cuando (?:tenia|tenian) (?:\w+ )?\d+",
    ),
}

# Languages whose rules, negations and past markers are written in the Latin skeleton.
TRANSLIT_LANGUAGES: Final = frozenset({"bg", "uk", "ru"})
# A cry for help on its own ("Help!", "help me", "SOS", "pomocy", "помогите") is direct danger; "can you help me
# report" is not. The Cyrillic-language words are matched in the skeleton.
_HELP_WORDS: Final = (
    r"help|hulp|sos|mayday|pomocy|pomoc|pomoz|pomozcie|ratunku|ajutor|ajutati|ajuta|ayuda|ayudame|ayudenme|"
    r"socorro|auxilio|pomogite|pomogi|pomosh|dopomozhit|dopomozhi|dopomoga|pomognete|pomogni|spasite|riatuite"
)
_HELP_FILLER: Final = (
    r"me|mij|ons|us|please|pls|alsjeblieft|aub|snel|nu|now|quick|asap|mi|mnie|nam|prosze|szybko|ma|va rog|"
    r"repede|urgent|por favor|rapido|ya|pozhaluista|srochno|mne|meni|mene|bud laska|terminovo|molia|speshno|bistro"
)
_HELP_ALONE: Final = re.compile(
    r"^(?:please |pls |alsjeblieft |prosze |por favor |pozhaluista |bud laska |molia )?(?:" + _HELP_WORDS + r")"
    r"(?: (?:" + _HELP_FILLER + r"))*$"
)
_HELP_SHOUT: Final = re.compile(
    r"(?:^|[.!?]\s*)(?:help|hulp|sos|pomocy|ratunku|ajutor|ayuda|socorro|auxilio|помогите|помощь|помощ|"
    r"допоможіть|рятуйте|спасите|помогнете)\s*!",
    re.IGNORECASE,
)

# A comma before "because" or "until" does not end the clause: "nie może odejść, bo ma dług" and "не мога да си
# тръгна, докато не изплатя" are debt bondage told in one breath (a signal, not captivity now; sets 11-23).
_BECAUSE_OR_UNTIL: Final = (
    r"(?:bo|because|omdat|pentru ca|pentru că|fiindca|fiindcă|deoarece|защото|понеже|бо|тому що|оскільки|"
    r"потому что|так как|porque|ya que|ponieważ|poniewaz|until|till|before|tot|totdat|voordat|dopóki|dopoki|zanim|"
    r"până|pana|înainte|inainte|докато|преди|поки|доки|пока|прежде|hasta que|antes de que)(?!\w)"
    # "..., bo inaczej pobiją mnie": "because otherwise" opens a threat, which stays a clause of its own
    r"(?!\s+(?:inaczej|otherwise|anders|altfel|иначе|інакше|в противному|de lo contrario|si no)(?!\w))"
)
_CLAUSE_SPLIT: Final = re.compile(
    # Romanian "dar" (but) is Spanish "dar" (give): "me va a dar una paliza" stays one clause
    r"[.!?;\n]+|,+(?!\s*"
    + _BECAUSE_OR_UNTIL
    + r")|\s(?:maar|but|en toen|and then|ale|(?<!\sa\s)dar(?!\s(?:una|un|le|me)\s)|pero|но|але|а потом)\s"
    r"|\s(?:en|and|a|iar|si|și|а|і|и|y)\s(?=(?:nu|now|teraz|acum|сега|зараз|сейчас|ahora)(?!\w))",
    re.IGNORECASE,
)
# A rule that carries its own negation ("kan niet weg", "cant leave") is not undone by that word.
_OWN_NEGATION: Final = re.compile(
    r"(?<![\w?])(?:niet|geen|nergens|not|cant|cannot|wont|dont|doesnt|unable|nowhere|no place)(?!\w)"
)
_AFTER_NEGATION: Final = re.compile(r"^(?:niet|not|never|nooit|no longer|anymore|meer niet)(?!\w)")

# Cyrillic to the Latin skeleton (after `normalise`, which already turned "й" into "и" and "ё" into "е").
_CYRILLIC: Final = {
    "а": "a", "б": "b", "в": "v", "г": "g", "ґ": "g", "д": "d", "е": "e", "є": "ie", "ж": "zh", "з": "z",
    "и": "i", "і": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s",
    "т": "t", "у": "u", "ф": "f", "х": "h", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "sh", "ъ": "a", "ы": "i",
    "ь": "", "э": "e", "ю": "iu", "я": "ia", "ў": "u",
}  # fmt: skip
_LATIN_STEPS: Final = (
    (re.compile(r"(?<=[a-z])6|6(?=[a-z])"), "sh"),  # Bulgarian chat Latin writes ш as 6 and ч as 4 ("6efa")
    (re.compile(r"(?<=[a-z])4|4(?=[a-z])"), "ch"),
    (re.compile(r"shch|sch|sht"), "sh"),
    (re.compile(r"kh"), "h"),
    (re.compile(r"x"), "h"),
    (re.compile(r"c(?!h)"), "ts"),
    (re.compile(r"w"), "v"),
    (re.compile(r"q"), "ia"),  # Bulgarian Latin script writes я as q ("izlqza")
    (re.compile(r"[jy]"), "i"),
    (re.compile(r"i+"), "i"),
)


def skeleton(norm: str) -> str:
    """A normalised text in the simplified Latin spelling of the Bulgarian, Ukrainian and Russian rules:
    "меня бьют", "menya byut" and "menja bjut" all give "menia biut"."""
    text = re.sub(r"ь(?=[еюяи])", "и", norm)
    text = "".join(_CYRILLIC.get(ch, ch) for ch in text)
    for pattern, replacement in _LATIN_STEPS:
        text = pattern.sub(replacement, text)
    return text


@dataclass(frozen=True)
class _Rule:
    pattern: re.Pattern[str]
    own_negation: bool  # the rule needs a negation word ("kan niet weg"): that word does not undo it
    negated: re.Pattern[str]  # the negations of the rule's language
    translit: bool  # matched against the skeleton


def _words(words: Iterable[str]) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)(?:" + "|".join(words) + r")(?!\w)")


def _negations(language: str) -> tuple[str, ...]:
    if language in TRANSLIT_LANGUAGES:
        return tuple(NEGATIONS.get(language, ()))
    return tuple(dict.fromkeys((*NEGATIONS.get(language, ()), *NEGATIONS["nl"], *NEGATIONS["en"])))


def _compile_rules(table: RuleTable) -> tuple[_Rule, ...]:
    compiled: list[_Rule] = []
    for language, rules in table.items():
        negations = _negations(language)
        own = re.compile(r"(?<![\w?])(?:" + "|".join(negations) + r")(?!\w)")
        negated = _words(negations)
        for rule in rules:
            needs_negation = bool(_OWN_NEGATION.search(rule) or own.search(rule))
            pattern = re.compile(r"(?<!\w)(?:" + rule + r")(?!\w)")
            compiled.append(_Rule(pattern, needs_negation, negated, language in TRANSLIT_LANGUAGES))
    return tuple(compiled)


def _any_of(table: RuleTable, *, translit: bool) -> re.Pattern[str]:
    return _words(word for lang, words in table.items() if (lang in TRANSLIT_LANGUAGES) == translit for word in words)


_HELD_NOW: Final = _compile_rules(HELD_NOW_RULES)
_DANGER: Final = (
    _compile_rules(DANGER_RULES)
    + _compile_rules(STORY_DANGER_RULES)
    + _compile_rules(MORE_DANGER_RULES)
    + _HELD_NOW
    + _compile_rules(HURT_NOW_RULES)
    + _compile_rules(STORY_MOVED_RULES)
    + _compile_rules(SEEN_NOW_RULES)
    + _compile_rules(LIFE_RULES)
)
# The first two acute rules of every language are about "tonight/tomorrow ... must": with the story rules about
# the near future they are undone by an ordinary day ("morgen moet ik naar mijn werk bij de bakker").
_NEAR_TIME_RULES: Final = 2
_ACUTE_NEAR: Final = _compile_rules({lang: rules[:_NEAR_TIME_RULES] for lang, rules in ACUTE_RULES.items()}) + (
    _compile_rules(STORY_NEAR_RULES)
)
_ACUTE: Final = _compile_rules({lang: rules[_NEAR_TIME_RULES:] for lang, rules in ACUTE_RULES.items()}) + (
    _compile_rules(STORY_ACUTE_RULES)
)
_THREAT: Final = _compile_rules(STORY_THREAT_RULES)
_HUMAN: Final = _compile_rules(HUMAN_RULES)
_PAST: Final = _any_of(PAST_MARKERS, translit=False)
_PAST_SKELETON: Final = _any_of(PAST_MARKERS, translit=True)


def _story_words(field: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """One story vocabulary of every language: (normalised-text pattern, skeleton pattern)."""
    plain = [getattr(w, field) for lang, w in STORY_WORDS.items() if lang not in TRANSLIT_LANGUAGES]
    latin = [getattr(w, field) for lang, w in STORY_WORDS.items() if lang in TRANSLIT_LANGUAGES]
    return _words(plain), _words(latin)


_HYPOTHETICAL: Final = _story_words("hypothetical")
_ORDINARY: Final = _story_words("ordinary")
_MINOR: Final = _story_words("minor")
_ADULTS: Final = _story_words("adults")
_NOW: Final = _story_words("now")
_HELD: Final = _story_words("held")
_HARM: Final = _story_words("harm")
_HERE: Final = _story_words("here")
_NEAR: Final = _story_words("near")
_SENTENCE_SPLIT: Final = re.compile(r"[.!?;\n]+")

# A joke or a figure of speech is not danger: laughter in the sentence ("mijn baas vermoordt me als ik te laat
# kom haha"), a threat about being late, a job that is "killing" someone. Normalised text and skeleton.
_JOKING: Final = re.compile(
    r"(?<!\w)(?:ha(?:ha)+\w*|hihi\w*|lol|lmao|rofl|xd|ja(?:ja)+\w*|je(?:je)+|ха ха\w*|ха(?:ха)+\w*|хе(?:хе)+|"
    r"grapje|geintje|voor de grap|als grap|jk|just kidding|kidding|im joking|zartuje|zartowalam|zartowalem|glumesc|"
    r"glumeam|bromeo|es broma|"
    r"шегувам се|майтапя се|жартую|шучу|shegu\w*|maitapia se|zhartuiu|shuchu|ahah\w*|ахах\w*)(?!\w)"
    r"|(?<!\w)(?:als|if|jak|jesli|jezeli|daca|ako|якщо|если|si) (?:\w+ ){0,3}(?:te laat|late|spozni\w*|"
    r"intarzi\w*|закъснея|закъснееш|запізн\w*|опозда\w*|llego tarde|tarde)(?!\w)"
)
# A film, a series or the news someone watched is not their own danger ("ik heb net opsporing verzocht gekeken,
# ging over vrouwen die in een kelder werden vastgehouden", "вчера смотрели кино, там девушку заперли").
_WATCHED: Final = re.compile(
    r"(?<!\w)(?:film|films|een film|movie|movies|kino|filmie|filmul|pelicula|peliculas|peli|pelis|serie|series|serial|"
    r"seriale|serialu|documentaire|documentary|opsporing verzocht|netflix|tv show|nieuws|the news|wiadomosciach|"
    r"stiri|noticias|novostiah|novinah|novinite|docu|docus|docuserie|documental|dokumentalen|dokumentalnyi|"
    r"dokumentalnii|novost\w*|novina|novinu)(?!\w)"
)
# Read, not lived (blind set 15): a newspaper, an article, a novel. Only in a sentence that says nothing of now:
# "I read your article about trafficking, I am locked in a room now" is a cry for help.
_READ: Final = re.compile(
    r"(?<!\w)(?:krant|artikel|article|newspaper|novel|boek|gazet\w*|artykul\w*|ksiazk\w*|ziar\w*|articol\w*|"
    r"periodico|articulo|novela|libro|stattiu|statti|statiu|statiia|knig\w*|i read|i was reading|im reading|ik las|"
    r"(?:obejrzal\w*|ogladal\w*) (?:\w+ ){0,2}(?:dokument\w*|film\w*|serial\w*)|"
    r"(?:watched|saw) (?:a |the |this |that )?(?:film|movie|series|show) (?:about|on|where)|"
    r"(?:keek|gekeken|zag) (?:\w+ )?(?:een |de |die )?(?:film|serie) (?:over|waarin)|"
    r"(?:vi|mire) (?:\w+ )?(?:una |la |esa )?(?:pelicula|serie) (?:sobre|de|donde|en la que)|"
    r"am vazut (?:\w+ )?(?:un |o )?(?:film|serial) (?:despre|in care)|"
    r"(?:posmotrel\w*|smotrel\w*|podivil\w*|divil\w*|gledah|gledal\w*) (?:\w+ ){0,2}"
    r"(?:film\w*|dokumental\w*|serial\w*)|"
    r"documentar\w*|documentaire|docu|docus|dokumentaln\w*|dokumentalk\w*|dokumentalen|dokumentalnii|reportaz\w*|"
    r"reportaj\w*|reportage|"
    # Cyrillic "роман" (a novel): the Latin "roman" is "Romanian"
    r"lei en|czytal\w*|am citit|chital\w*|chitav|prochet\w*|prochital\w*|powiesc\w*|"
    r"(?:moj|moja|my|mijn|mi) (?:\w+ )?(?:bohater\w*|bohaterka|character|personage|personaje|protagonist\w*)|"
    r"personajul (?:meu|principal)|(?:мой|моят|мій|моя|главный|головний) (?:\w+ )?(?:герой|героиня|героїня)|"
    r"(?:читаю|прочитал\w*|прочетох|чета|читав|читала) (?:\w+ )?роман\w*|в романе|в романі|роман (?:про|за))(?!\w)"
)
# "Читаю сейчас роман": the "now" is the reading's, not the story's.
_READING_NOW: Final = re.compile(
    r"(?<!\w)(?:(?:las|lees) net|net (?:gelezen|gelezen dat)|just read|(?:chitaiu|czytam|ik lees|i am reading|"
    r"im reading|citesc|leo|cheta|chytaiu) "
    r"(?:seichas|teraz|nu|now|acum|ahora|sega|zaraz)|(?:seichas|teraz|nu|now|acum|ahora|sega|zaraz) "
    r"(?:chitaiu|czytam|lees ik|reading|citesc|leo|cheta|chytaiu))(?!\w)"
)
# "That was in 2021": a sentence that dates what came before it.
_RETRO: Final = re.compile(
    rf"(?<!\w)(?:(?:dat|het) was (?:in {_YEAR_BEFORE}|\w+ jaar geleden)|"
    rf"that was (?:in {_YEAR_BEFORE}|\w+ (?:years|yrs|yr) ago)|"
    rf"to bylo (?:w {_YEAR_BEFORE}|\w+ lat\w* temu)|asta a fost (?:in {_YEAR_BEFORE}|acum \w+ ani)|"
    rf"eso fue (?:en {_YEAR_BEFORE}|hace \w+ anos)|(?:de )?eso hace (?:ya )?(?:\w+ )?anos|"
    rf"(?:a|am|au) (?:scapat|fugit|plecat) (?:de acolo )?in {_YEAR_BEFORE}|"
    r"(?:in de zomer|vorig jaar|daarna|later|uiteindelijk) (?:ben|is) (?:ik|ze|zij|hij) (?:\w+ )?(?:weggelopen|"
    r"ontsnapt|gevlucht)|(?:escaped|got out|fled) in {_YEAR_BEFORE}|"
    rf"(?:escapo|escape|huyo|salio) en {_YEAR_BEFORE}|(?:uciekl\w*|wyrwal\w*) (?:sie )?w {_YEAR_BEFORE}|"
    rf"(?:tova|tse|eto) (?:beshe|bulo|bilo) (?:v |u |prez )?{_YEAR_BEFORE}|"
    # "это было давно, лет десять назад", "це було давно", "това беше отдавна / преди години"
    r"(?:tova|tse|eto) (?:beshe|bulo|bilo) (?:(?:ochen |duzhe |mnogo )?(?:davno|otdavna)|"
    r"(?:\w+ ){1,2}(?:let|rokiv|roki|godini) (?:nazad|tomu)|predi (?:\w+ )?godini))"
    r"(?!\w)"
)
# A laughing face, or the Russian chat smile "))", makes the sentence a joke.
_LAUGHING: Final = re.compile(
    r"\){2,}|[\U0001f602\U0001f923\U0001f605\U0001f606\U0001f601\U0001f61c\U0001f61d\U0001f639]"
)
_FIGURES: Final = re.compile(
    r"(?<!\w)(?:werk|job|work|baan|robota|praca|munca|serviciu|trabajo|huur|rent|chiria|czynsz|alquiler|situacion|"
    r"situation|situatie|situatia|sytuacja)\w* (?:\w+ ){0,2}(?:maakt me (?:\w+ )?kapot|"
    r"is killing me|killing me|kills me|mnie wykonczy|ma omoara|me esta matando|me mata)(?!\w)"
    r"|(?<!\w)(?:ma omoara|me esta matando|is killing me) (?:\w+ )?(?:chiria|situacion|situation|rent)(?!\w)"
    r"|(?<!\w)(?:baas|boss|manager|szef|sef|seful|sefu|jefe|jefa)\w* (?:\w+ ){0,2}(?:vermoordt me|maakt me af|"
    r"kills? me|killing me|(?:will|gonna|is going to) kill me|mnie zabije|zabije mnie|ma omoara|ma omori|me mata|"
    r"me va a matar)"
    r"(?!\w)"
    # "my mother will kill me if she reads this": a parent's anger, not a threat
    r"|(?<!\w)(?:moeder|vader|mama|papa|mam|ouders|mom|mum|dad|parents|mother|father|tata|rodzice|"
    r"parintii|madre|padre|padres|mamusia|mamaia|mi mama|mi madre) (?:\w+ ){0,2}(?:vermoordt me|maakt me af|"
    r"kills? me|(?:will|gonna|is going to) kill me|mnie zabije|zabije mnie|ma omoara|ma omori|me mata"
    r"|me va a matar)(?!\w)"
)
_FIGURES_SKELETON: Final = re.compile(
    r"(?<!\w)(?:rabota|robota|biurokrat\w*|shef\w*|nachalnik\w*)\w* (?:\w+ ){0,2}(?:me ubiva|me ubie|shte me ubie|"
    r"mene vbivaie|mene vbie|menia ubivaet|menia ubiet|ubiet menia|vbie mene)(?!\w)"
    r"|(?<!\w)(?:mama|mat|maika|maika mi|bashta|tato|papa|otets|roditeli\w*|batki) (?:\w+ ){0,2}(?:she me ubie|"
    r"menia ubiet|ubiet menia|mene vbie|vbie mene|me ubie)(?!\w)"
    # a cut from one's own knife at work ("днес се порязах с ножа")
    r"|(?<!\w)(?:poriaz\w*|poreza\w*|porizav\w*|porizal\w*|porezal\w*) (?:\w+ ){0,2}s nozh\w*(?!\w)"
)
# Someone threatening to leave, quit or run away ("mijn dochter dreigt weg te lopen als ..."), or with a
# consequence that is not a harm (to fire, evict, report or sue, to take the children abroad): the threat word
# in that sentence is not an alarm; a harm named beside it still is.
_BENIGN_THREAT: Final = re.compile(
    r"(?<!\w)(?:dreigt|dreigen|dreigde) (?:\w+ ){0,3}(?:weg te lopen|te vertrekken|te stoppen|op te zeggen|"
    r"te verhuizen|te ontslaan|eruit te zetten|eruit te gooien|op straat te zetten|aan te geven|te verklikken|"
    r"(?:de|mijn|onze) kinderen (?:\w+ )?mee te nemen|niet (?:meer )?te betalen)"
    r"|threaten\w* to (?:run away|leave|quit|move out|tell|report|sue|fire|sack|evict|kick (?:\w+ )?out|"
    r"throw (?:\w+ ){0,2}out|take (?:the |my |our |her )?(?:kids|children)|keep (?:the |my )?deposit|"
    r"call (?:the )?(?:police|immigration))"
    r"|grozi\w* ze (?:\w+ ){0,2}(?:ucieknie|odejdzie|wyprowadzi|wystawi|wyrzuci|zwolni|doniesie|zglosi|"
    r"odbierze|nie zaplaci|nie odda)"
    r"|amenint\w* (?:ca|cu) (?:\w+ ){0,2}(?:fuge|pleaca|se muta|ia copiii|imi ia|ii ia|ne da afara|ma da afara|"
    r"da afara|concediaz\w*|denunt\w*|reclam\w*|politia|evacuare\w*)"
    r"|amenaz\w* con (?:irse|marcharse|escaparse|dejar|denunciar\w*|echar\w*|despedir\w*|quitar\w*|"
    r"llamar a la policia|contar\w*|no pagar)(?!\w)"
)
_BENIGN_THREAT_SKELETON: Final = re.compile(
    r"(?<!\w)(?:zaplashva|pogrozhuie|grozitsia|grozit) (?:che |sho |chto )?(?:she )?(?:\w+ ){0,2}"
    r"(?:izbiaga|napusne|otide|vteche|pide|ubezhit|uidet|uvolni|uvolit|zvilnit\w*|izgoni|vigonit|vignat\w*|"
    r"donese|zaiavit\w*)(?!\w)"
)
_THREAT_WORDS: Final = re.compile(r"(?<!\w)(?:dreig\w*|threaten\w*|grozi\w*|groza|amenint\w*|amenaz\w*)(?!\w)")
_THREAT_WORDS_SKELETON: Final = re.compile(r"(?<!\w)(?:zaplash\w*|pogrozh\w*|grozit\w*|grozi\w*)(?!\w)")
# A clause that starts with "otherwise" / "or else": the harm in it is a threat (acute), not harm now.
_THREAT_LEADS: Final = (
    r"anders|zo niet|or else|otherwise|or|bo inaczej|inaczej|albo|altfel|ca altfel|sau|si no|o si no|"
    r"de lo contrario"
)
_THREAT_LEADS_SKELETON: Final = r"inache|ili|inakshe|a to|abo"
_THREAT_LEAD: Final = re.compile(r"^(?:" + _THREAT_LEADS + r")(?!\w)")
_THREAT_LEAD_SKELETON: Final = re.compile(r"^(?:" + _THREAT_LEADS_SKELETON + r")(?!\w)")
# A conditional threat with a deadline, across the sentence: "if I don't pay by tomorrow, they will hurt my
# mother" (the comma splits the clauses the other rules look at).
# Spanish "si" (if) is Romanian "și" (and): only before the words a Spanish condition starts with.
_IF: Final = re.compile(
    r"(?<!\w)(?:als|indien|if|unless|jesli|jezeli|jak|daca|si(?= (?:no|manana|hoy|esta|le|la|lo|me|te|se|el|"
    r"ella|ellos|alguien|llamo|hablo|digo|cuento|voy|vuelvo)(?!\w)))(?!\w)"
)
_IF_SKELETON: Final = re.compile(r"(?<!\w)(?:ako|iakshcho|iaksho|iakcho|esli)(?!\w)")
_DEADLINE: Final = re.compile(
    r"(?<!\w)(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday|poniedzialku|poniedzialek|wtorku|wtorek|srody|sroda|czwartku|czwartek|piatku|piatek|"
    r"soboty|sobota|niedzieli|niedziela|pana luni|luni dimineata|marti|miercuri|joi|vineri|sambata|duminica|el lunes|"
    r"el martes|"
    r"el miercoles|el jueves|el viernes|el sabado|el domingo|hasta el viernes|by the end of the week|"
    r"eind van de week|do konca tygodnia)(?!\w)"
)
_DEADLINE_SKELETON: Final = re.compile(
    r"(?<!\w)(?:ponedelnik\w*|vtornik\w*|sriada|sriadata|sreda|sredu|seredu|sereda|chetvart\w*|chetvert\w*|"
    r"chetver|petak|piatnitsi|piatnitsu|piatnitsy|piatnitsia|subota|subotu|subbota|subbotu|nedelia|nedeliu|"
    r"nedilia|nedilu)(?!\w)"
)
_PUNISH: Final = _story_words("punish")
# "not allowed out alone": a restriction, not captivity now.
_ALONE: Final = re.compile(
    r"(?<!\w)(?:alleen|alone|on (?:her|his|my) own|by (?:her|him|my)self|sama|sam|singura|singur|odna|odin|"
    r"sola|solo)(?!\w)(?! vin\w*| vinovat\w*)"  # not "сам винен" (his own fault)
)


@dataclass(frozen=True)
class _Clause:
    norm: str
    skeleton: str
    hypothetical: bool  # part of a general question: "what happens if someone is locked in?"
    past: bool = False  # about a finished situation: "two years ago they locked me in, ..."
    threat: bool = False  # starts with "otherwise" / "or else", or is part of a conditional threat
    conditional: bool = False  # in a sentence with a condition, a deadline and a harm
    sentence: int = 0  # which sentence of the message the clause is in

    def has(self, words: tuple[re.Pattern[str], re.Pattern[str]]) -> bool:
        return bool(words[0].search(self.norm) or words[1].search(self.skeleton))


# "since last week" is ongoing, "like last week" a comparison (blind set 16: "krijg ik klappen zoals vorige week",
# "since last week older guys give him packages"): neither dates what the clause tells.
_NOT_DATING: Final = re.compile(
    r"(?<!\w)(?:(?:since|sinds|sedert|od|desde|de la|din|ot|vid|s) |(?:zoals|like|net als|just like|la fel ca|"
    r"como|kakto) |(?:iak|kak) (?:z|s|zi|so) (?:\w+ ){0,2})$"
)


def _now_after_past(norm: str, latin: str) -> bool:
    """Now or tonight told after the past marker: "is vorige week bevallen en morgen komt er een echtpaar de baby
    ophalen" (blind set 16) tells of tomorrow."""
    for text, markers, script in ((norm, _PAST, 0), (latin, _PAST_SKELETON, 1)):
        ends = [found.end() for found in markers.finditer(text)]
        if not ends:
            continue
        for words in (_NOW, _NEAR):
            for found in words[script].finditer(text, max(ends)):
                if found.group(0) == "nu" and not _DUTCH_NU.match(text, found.end()):  # Romanian "nu" is "not"
                    continue
                # the part of the clause the time stands in must tell a harm or a move: "... and a couple takes the
                # baby tomorrow" is the present, "... and I only told my sister about it today" is past
                before = [m.end() for m in _CONJUNCTION.finditer(text, max(ends), found.start())]
                after = _CONJUNCTION.search(text, found.end())
                rest = text[(before[-1] if before else max(ends)) : after.start() if after else len(text)]
                later = _Clause(rest, "", hypothetical=False) if script == 0 else _Clause("", rest, hypothetical=False)
                if any(later.has(family) for family in _HARM_AFTER_TIME):
                    return True
    return False


_CONJUNCTION: Final = re.compile(r"(?<!\w)(?:en|and|i|si|y|a|ale|maar|but|iar|и|і)(?!\w)")
_DUTCH_NU: Final = re.compile(
    r" (?:is|ben|zijn|zit|zitten|heeft|hebben|wil|moet|moeten|gaat|doet|slaat|staat|komt|weer)\b"
)


def _is_past(norm: str, latin: str) -> bool:
    """A past marker ("last year", "in 2019") or a story that says it ended well."""
    marked = any(
        not _NOT_DATING.search(text[: found.start()])
        for text, markers in ((norm, _PAST), (latin, _PAST_SKELETON))
        for found in markers.finditer(text)
    )
    return bool(marked or _ENDED_WELL[0].search(norm) or _ENDED_WELL[1].search(latin))


def _clauses(text: str, *, danger: bool = True) -> Iterator[_Clause]:
    """The clauses of the message that can carry danger: not in a sentence that jokes, with figures of speech
    taken out. A past marker covers the rest of its sentence until a clause says "now" ("Drie jaar geleden,
    toen ik 16 was, sloten ze me op" is past; "Vroeger sloeg hij me, nu slaat hij me weer" is not)."""
    for index, sentence in enumerate(_SENTENCE_SPLIT.split(text)):
        norm = normalise(sentence)
        latin = skeleton(norm)
        if danger and (_JOKING.search(norm) or _JOKING.search(latin) or _LAUGHING.search(sentence)):
            continue
        if danger and (_WATCHED.search(norm) or _WATCHED.search(latin)):
            continue
        read = _READ.search(norm) or _READ.search(latin)
        now = _NOW[0].search(_READING_NOW.sub(" ", norm)) or _NOW[1].search(_READING_NOW.sub(" ", latin))
        if danger and read and not now:
            continue
        # A general question covers its sentence from the clause that asks it: "my colleague cut his hand and
        # the boss won't let us call an ambulance, says if someone comes ..." is not a general question.
        hypothetical = False
        benign = danger and bool(_BENIGN_THREAT.search(norm) or _BENIGN_THREAT_SKELETON.search(latin))
        conditional = not benign and _conditional_threat(_FIGURES.sub(" ", norm), _FIGURES_SKELETON.sub(" ", latin))
        past_sentence = False
        lead: tuple[str, str] | None = None  # the "now" the sentence opens with
        for part in _CLAUSE_SPLIT.split(sentence):
            clause = _FIGURES.sub(" ", normalise(part)).strip() if danger else normalise(part)
            if benign:
                clause = _THREAT_WORDS.sub(" ", clause).strip()
            if not clause:
                continue
            latin_clause = _FIGURES_SKELETON.sub(" ", skeleton(clause)).strip()
            if benign:
                latin_clause = _THREAT_WORDS_SKELETON.sub(" ", latin_clause).strip()
            if lead is not None:
                clause, latin_clause = f"{lead[0]} {clause}", f"{lead[1]} {latin_clause}"
            elif clause != "nu" and (_NOW[0].fullmatch(clause) or _NOW[1].fullmatch(latin_clause)):
                lead = (clause, latin_clause)  # not a lone "nu": Romanian "no" as often as Dutch "now"
            asks = _HYPOTHETICAL[0].search(clause) or _HYPOTHETICAL[1].search(latin_clause)
            hypothetical = hypothetical or bool(asks)
            own_past = (
                _is_past(clause, latin_clause)
                and not _now_after_past(clause, latin_clause)
                and not _deadline_before_past(clause, latin_clause)
            )
            # "last week ..., but tonight he hits her again": a clause that says now, tonight or again is not covered
            said_now = any(words[0].search(clause) or words[1].search(latin_clause) for words in (_NOW, _NEAR))
            present = said_now or bool(_AGAIN.search(clause) or _AGAIN_SKELETON.search(latin_clause))
            past = own_past or (past_sentence and not present)
            past_sentence = own_past or (past_sentence and not present)
            threat = conditional or bool(_THREAT_LEAD.search(clause) or _THREAT_LEAD_SKELETON.search(latin_clause))
            yield _Clause(clause, latin_clause, hypothetical, past, threat, conditional, index)


_ADULT_AGE: Final = r"(?:1[89]|[2-9][0-9])"
# An adult age now, told after a child's age: the child's age was then (set 14: married off at 16, "now I'm 24").
_GROWN_UP_NOW: Final = (
    _words(
        (
            rf"(?:(?:ahora|now|teraz) (?:tengo|i m|i am|im|mam|she is|he is|she s|he s|tiene|ma)|nu (?:ben ik|"
            rf"is ze|is zij|"
            rf"is hij)|acum (?:am|are)) {_ADULT_AGE}(?! (?:minutes|hours|euro|minuten|uur|horas|minutos|ore|godzin))|"
            rf"(?:i m|i am|im|she is|he is) {_ADULT_AGE} now",
        )
    ),
    _words(
        (
            rf"(?:seichas|zaraz|sega|teper) (?:mne|ei|emu|meni|iomu|sam na|e na|sum na) {_ADULT_AGE}"
            r"(?! (?:minut|chas|evro))",
        )
    ),
)


# A child exploited this week is exploited now (T1), though for an adult "this week" is no deadline (set 15).
_THIS_WEEK: Final = (
    _words(
        (
            r"this week|this (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|deze week|"
            r"(?:deze|aanstaande) (?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)|w tym tygodniu|"
            r"w (?:ten|ta) (?:poniedzialek|wtorek|srode|czwartek|piatek|sobote|niedziele)|saptamana asta|"
            r"saptamana aceasta|vinerea asta|sambata asta|weekendul asta|esta semana|"
            r"(?:este|el) (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)",
        )
    ),
    _words(
        (
            r"tazi sedmitsa|tsiei tizhni|tsogo tizhnia|na etoi nedele|v etu (?:piatnitsu|subbotu)|v tsiu piatnitsiu|"
            r"(?:do|v) (?:petak|petuk|sabota|subota)",
        )
    ),
)


def _minor_with_adults(clauses: list[_Clause]) -> Danger | None:
    """A child (an age under 18) and men, clients or sex in one message: danger when it is happening now
    ("I'm 16, in a hotel room, they say I must stay with more men"), acute when it is for tonight or
    tomorrow; without a time it is not an alarm (a worry, a situation to report: the form asks about
    danger first, and a minor raises the priority)."""
    if not any(c.has(_MINOR) for c in clauses) or not any(c.has(_ADULTS) for c in clauses):
        return None
    minors = [i for i, c in enumerate(clauses) if c.has(_MINOR)]
    grown_up = [i for i, c in enumerate(clauses) if c.has(_GROWN_UP_NOW)]
    if grown_up and minors[-1] < grown_up[0]:  # "Me casaron con 16 años ... Ahora tengo 24"
        return None
    # "she is at home now and all is calm, but the summer is near": a sentence that says so is no "now"
    calm = {c.sentence for c in clauses if _calm(c)}
    if any(c.has(_HELD) or (_now_not_told(c) and c.sentence not in calm) for c in clauses):
        return "danger"
    if any(c.has(_NEAR) or c.has(_THIS_WEEK) for c in clauses):  # a child made to carry drugs this week
        return "acute"
    # being with them ("we live in Hilversum", "she is at home") counts only when nothing says all is calm, and not
    # for a teacher "at school" or a pregnant woman "living with a couple" whose child is not born (blind set 18)
    here = any(c.has(_HERE) and not c.has(_ORDINARY) for c in clauses)
    unborn = any(_PREGNANT_WORDS.search(c.norm) or _PREGNANT_WORDS.search(c.skeleton) for c in clauses)
    return "danger" if not calm and here and not unborn else None


def _now_not_told(clause: _Clause) -> bool:
    """The clause says now, and not only as the time of telling: "now he says he owes them 2,000 euros", "Teraz syn
    mówi", "nu maak ik me zorgen om mijn nichtje van 16" tell a worry or a debt, not a child with men this minute."""
    norm, latin = _TELLING_NOW[0].sub(" ", clause.norm), _TELLING_NOW[1].sub(" ", clause.skeleton)
    return bool(_NOW[0].search(norm) or _NOW[1].search(latin))


_TELLING_NOW: Final = (
    re.compile(
        r"(?<!\w)(?:now|nu|teraz|acum|ahora|hoy|today|vandaag|dzisiaj|dzis|azi|astazi|abia acum|dopiero teraz|"
        r"pas nu|only now)(?: \w+){0,2} (?:says|said|told|tells|thinks|worr\w+|knows|cries|asked|asks|zegt|zei|"
        r"vertelde|vertelt|maak ik me zorgen|denkt|huilt|vroeg|mowi|powiedzial\w*|opowiedzial\w*|martwie sie|"
        r"placze|mysli|pyta|spune|zice|mi a spus|mi a povestit|ma ingrijorez|plange|intreaba|dice|me conto|conto|"
        r"dijo|me dijo|me preocupa|llora|pregunta)(?!\w)"
    ),
    re.compile(
        r"(?<!\w)(?:seichas|teper|zaraz|sega|dnes|segodnia|sogodni)(?: \w+){0,2} (?:govorit|skazal\w*|rasskazal\w*|"
        r"plachet|dumaet|volnuius\w*|kazhe|skazav\w*|rozpoviv\w*|rozpovila|plache|dumaie|hvyliuiu\w*|kazva|kaza|"
        r"razkaza|mislia|pritesniavam se|sprashivaet|pitaie|pita)(?!\w)"
    ),
)


def _minor_exploited(clauses: list[_Clause]) -> bool:
    """A child made to carry drugs, steal or have sex for others, with a day this week ("he has to go again on
    Thursday", "в петък пак трябва"): a minor exploited now is T1 (domain §5: A4 with C1/E3) whoever is around."""
    if not any(c.has(_MINOR) for c in clauses):
        return False
    if not any(
        c.has(_NEAR) or c.has(_THIS_WEEK) or _DEADLINE.search(c.norm) or _DEADLINE_SKELETON.search(c.skeleton)
        for c in clauses
    ):
        return False
    if any(c.threat and c.has(_PUNISH) for c in clauses):  # "..., otherwise they break his legs"
        return True
    return bool({"criminal", "sexual"} & set(rule_forms(". ".join(c.norm for c in clauses))))


_PREGNANT_WORDS: Final = re.compile(
    r"(?<!\w)(?:zwanger|pregnant|w ciazy|insarcinata|gravida|embarazada|bremenna|vagitn\w*|beremenn\w*)(?!\w)"
)


def _calm(clause: _Clause) -> bool:
    """The clause says nothing happens now, not after a negation ("no esta segura", "не спокойно")."""
    return any(not _NOT_CALM.search(before) for _, before in _text_before_each(clause.norm, clause.skeleton, _CALM))


def _text_before_each(
    norm: str, latin: str, words: tuple[re.Pattern[str], re.Pattern[str]]
) -> Iterator[tuple[int, str]]:
    """(0 for the Latin text, 1 for the skeleton; the text before it) for each place the text names `words`:
    what comes just before a word decides whether it is meant ("no esta segura", "nobody comes")."""
    for script, (pattern, text) in enumerate(((words[0], norm), (words[1], latin))):
        for found in pattern.finditer(text):
            yield script, text[: found.start()]


# Nothing happens now: the child is at home, safe, all is calm (blind set 13: a marriage planned for the summer).
_CALM: Final = (
    _words(
        (
            r"(?:nu se intampla|nothing (?:is )?happen\w*|er gebeurt (?:nu )?niets|nic sie (?:teraz )?nie dzieje|"
            r"no (?:le )?pasa nada|all (?:is )?calm|(?:she|he) is safe|ze is veilig|is (?:nu )?veilig|"
            r"jest bezpieczn\w*|"
            r"e in siguranta|esta (?:a salvo|segura|seguro|tranquil[ao])|(?:esta|estan) en casa(?! de)|"
            r"vivo (?:\w+ ){0,2}tranquil[ao]|estoy bien|i m doing fine|im doing fine|i am doing fine|sunt bine)",
        )
    ),
    _words(
        (
            r"vse spokoino|vse spokiino|nishto ne se sluchva|nichogo ne vidbuvaietsia|nichego ne proishodit|"
            r"v bezopasnost e|v bezpetsi|v bezopasnosti|spokoino",
        )
    ),
)


# "They said that if I don't pay by tomorrow ...": a demand for money with a deadline, reported as someone's
# words, is a threat whatever the consequence named ("they'll come to my daughter's school").
_TOLD: Final = _words(
    (
        r"zei|zeiden|zegt|zeggen|schreef|schreven|said|says|say|told|wrote|texted|powiedzial\w*|napisal\w*|mowi|"
        r"a zis|au zis|a scris|au scris|zice|dijo|dijeron|escribio|escribieron|dice|dicen",
    )
)
_TOLD_SKELETON: Final = _words(
    (
        r"kaza|kazaha|kazva|napisa|napisaha|skazav|skazala|skazali|napisav|napisala|napisali|kazhe|skazal|"
        r"govorit|pishe|pishut",
    )
)
_PAY: Final = _words(
    (
        r"betaal|betaalt|terugbetaal|pay|pay back|zaplace|oddam|splace|platesc|dau banii|pago|devuelvo|"
        r"bring (?:the |him )?(?:money|\d+)|przyniose|przyniesie|aduc banii|traigo|"
        r"mando el dinero|le pago|(?:les|le) doy (?:el dinero|la pasta|\d+)",
    )
)
_PAY_SKELETON: Final = _words(
    (
        r"platia|varna|vurna|varnem|dam parite|povernu|viddam|zaplachu|otdam|verniu|perevedu|zaplatish|"
        r"prinesu|prineset|donesa|"
        r"zaplatiat",
    )
)
_BY_DEADLINE: Final = _words(
    (
        r"do (?:vechera|zavtra|utre|vechora|utra|ranku)|k vecheru|do konca dnia|do jutra|pana (?:maine|"
        r"diseara)|antes de (?:manana|esta noche)|uiterlijk morgen|voor morgen|by tomorrow|by tonight",
    )
)


def _demand_with_deadline(norm: str, latin: str) -> bool:
    told = _TOLD.search(norm) or _TOLD_SKELETON.search(latin)
    pay = _PAY.search(norm) or _PAY_SKELETON.search(latin)
    deadline = (
        _BY_DEADLINE.search(norm) or _BY_DEADLINE.search(latin) or _NEAR[0].search(norm) or _NEAR[1].search(latin)
    )
    return bool(told and pay and deadline)


# A threat to life is acute with or without a deadline ("hij maakt me af als ik naar buiten kom"); a lesser harm
# held over someone ("if he goes to the bank he'll hurt him", "if I stop he sends the pictures") without a
# deadline is ongoing coercion: a story for the intake (T2), not an alarm (development set: 9 of 50 false
# alarms, 2 alarms lost).
_DEADLY: Final = _words(
    (
        r"vermoord\w*|maakt (?:\w+ ){0,2}af|maken (?:\w+ ){0,2}af|afmaken|dood|kill|kills|killed|dead|murder\w*|"
        r"zabij\w*|zabic|trumn\w*|omoar\w*|omori|ucide|mata|matan|matar|matara|muerto|muerta",
    )
)
_DEADLY_SKELETON: Final = _words(
    (r"prirezh\w*|zarezh\w*|ubie|ubiiat|ubiat|ubiut|ubiet|ubet|vbie|vbiut|vbiiut|grob\w*|trup|mertv\w*",)
)


def _deadline_before_past(norm: str, latin: str) -> bool:
    """ "If we don't fill 200 crates tonight he beats us, as he beat Stoyan last week": the threat is for tonight;
    the past marker after it dates the comparison, not the threat."""
    for text, near, past in ((norm, _NEAR[0], _PAST), (latin, _NEAR[1], _PAST_SKELETON)):
        soon, then = near.search(text), past.search(text)
        if soon and then and soon.start() < then.start():
            return True
    return False


def _conditional_threat(norm: str, latin: str) -> bool:
    """A condition and a harm to a person in one sentence: "If I don't pay by tomorrow, they will hurt my
    mother", "if I talk to anyone he will kill me" (the comma splits the clauses the other rules look at). A
    harm short of death counts only with a deadline."""
    if _is_past(norm, latin) and not _deadline_before_past(norm, latin):
        return False
    if not (_IF.search(norm) or _IF_SKELETON.search(latin)):
        return False
    if _demand_with_deadline(norm, latin) or _DEADLY.search(norm) or _DEADLY_SKELETON.search(latin):
        return True
    deadline = (
        _NEAR[0].search(norm) or _NEAR[1].search(latin) or _DEADLINE.search(norm) or _DEADLINE_SKELETON.search(latin)
    )
    return bool(deadline and (_PUNISH[0].search(norm) or _PUNISH[1].search(latin)))


# A negation in an earlier coordinated phrase does not undo a rule: "ze heeft niks gegeten en ze laten haar niet
# gaan", "nic nie jadla i nie pozwalaja jej wyjsc".
_CONJUNCTIONS: Final = frozenset({"en", "and", "i", "si", "и", "і", "y", "e", "ale", "maar", "but", "a", "iar"})


def _after_last_conjunction(words: list[str]) -> list[str]:
    for index in range(len(words) - 1, -1, -1):
        if words[index] in _CONJUNCTIONS:
            return words[index + 1 :]
    return words


def _fires(rules: tuple[_Rule, ...], clause: _Clause) -> bool:
    """A rule matches the clause, with no negation of its language in the four words before it (or in it,
    unless the rule needs that word) and none right after it ("hij slaat me niet meer")."""
    for rule in rules:
        text = clause.skeleton if rule.translit else clause.norm
        for found in rule.pattern.finditer(text):
            before = _after_last_conjunction(text[: found.start()].split()[-4:])
            inside = [] if rule.own_negation else found.group(0).split()
            after = " ".join(text[found.end() :].split()[:3])
            if rule.negated.search(" ".join(before + inside)) or _AFTER_NEGATION.search(after):
                continue
            alone = found.group(0) + " " + after + " | " + " ".join(text[: found.start()].split()[-2:])
            if rule.own_negation and _ALONE.search(alone):
                continue  # "mag niet alleen naar buiten", "sola no me dejan salir": a restriction, not captivity
            return True
    return False


def _fold(text: str) -> str:
    """Diacritics removed, everything else kept (for the "Help!" check on the raw text)."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


def detect_danger(text: str) -> Danger | None:
    """Return "danger" (direct danger: 112), "acute" (unsafe within 24 hours) or None."""
    if not text or text.lstrip().startswith("/"):
        return None
    norm = normalise(text)
    latin = skeleton(norm)
    if _HELP_ALONE.match(norm) or _HELP_ALONE.match(latin) or _HELP_SHOUT.search(_fold(text)):
        return "danger"
    if _asked_in_theory(norm, latin):  # "Pregunta hipotética: si un granjero ... lleva un machete"
        return None
    clauses = _dated_clauses(text)
    if _is_past_story(clauses):  # "Last year they locked us in at night. ... Now I am home and fine."
        return None
    found: Danger | None = None
    current = [clause for clause in clauses if not clause.past and not clause.hypothetical]
    for clause in current:
        if _fires(_THREAT, clause):  # "tonight I must deliver drugs or they beat me": a threat, not harm now
            found = "acute"
            continue
        if _fires(_DANGER, clause):
            if clause.threat:  # "..., otherwise they beat him", "if I don't pay tomorrow, they beat me"
                found = "acute"
                continue
            return "danger"
        if found is None and (_fires(_ACUTE, clause) or (not clause.has(_ORDINARY) and _fires(_ACUTE_NEAR, clause))):
            if not _only_exposure(clause, current):
                found = "acute"
    minor = _minor_with_adults(current)
    if minor == "danger" or _seen_now(current):
        return "danger"
    if found is None and any(clause.conditional for clause in current):
        found = "acute"
    if found is None and _minor_exploited(current):
        found = "acute"
    if found is None and _in_clinic_for_organ(current):
        return "danger"
    organ = _organ_taken(current) if found is None else None
    if organ == "danger":
        return "danger"
    found = found or organ
    if found is None and _said_for_soon(current, (_LEAVE, _PUNISH, _EXPOSE, _ORGAN, _MARRIED, _BABY_TAKEN, _SURROGATE)):
        found = "acute"
    if found is None and _SCARE_TALK.search(text) and _BOSS.search(norm) and any(c.has(_NEAR) for c in current):
        found = "acute"
    return found or minor


# A "talk" in quotation marks, for tonight, is a beating announced (blind sets 21 and 22: the foreman will
# "porozmawiamy" / «поговорить» with me tonight; the last one he "talked" to lost his teeth).
_TALK_WORDS: Final = (
    r"porozmawia\w*|pogada\w*|rozmow\w*|поговор\w*|розмов\w*|разговор\w*|ще (?:си )?поговорим|поговорим|"
    r"vorbi\w*|discuta\w*|discutie|praten|praatje|gesprek\w*|talk\w*|chat|hablar|hablaremos|charla\w*"
)
_BOSS: Final = re.compile(
    r"(?<!\w)(?:brygadzist\w*|бригадир\w*|brigadir\w*|прораб\w*|prorab\w*|boss|baas|voorman|foreman|manager|szef\w*|sef|seful|sefu|"
    r"jefe|encargado|капо|шеф\w*|начальник\w*|хазяїн\w*|хазяин\w*|господар\w*|хозяин\w*|pooier|pimp|alfons|"
    r"sutener\w*|сутенер\w*|сутеньор\w*|proxeneta)(?!\w)"
)
_SCARE_TALK: Final = re.compile(rf"[«\"„“'‘‚]\s*(?:\w+\s+)?(?:{_TALK_WORDS})\s*[»\"”“'’]", re.IGNORECASE)


def detect_alarm(text: str) -> Danger | None:
    """The gateway's safety net: the keyword rules (`detect_danger`), else the danger reader
    (`meldpunt.danger_model`), whose alarm is "acute" (T1: Veilig Thuis 24/7 and staff alerted; it cannot tell
    direct danger from danger tonight) unless the message denies danger, tells a story that is over, asks in
    theory or opens with a film or an article."""
    found = detect_danger(text)
    if found or not text or text.lstrip().startswith("/"):
        return found
    norm = normalise(text)
    if not reads_alarm(norm):
        return None
    if denies_danger(text) or _past_story(text) or _opens_with_something_seen(text):
        return None
    return None if _asked_in_theory(norm, skeleton(norm)) else "acute"


# A message that calls itself a hypothetical or theoretical question is not a cry for help (blind set 15: four
# such questions about a machete, a gun or a threat to the family were alarms), unless it says it is not one.
_IN_THEORY: Final = (
    _words(
        (
            r"(?:hypothetical|theoretical) question|(?:asking |question )?(?:purely )?hypothetically|"
            r"(?:hypothetische|theoretische) vraag|pytanie (?:czysto )?(?:hipotetyczne|teoretyczne)|"
            r"intrebare (?:pur )?(?:ipotetica|teoretica)|pregunta (?:puramente )?(?:hipotetica|teorica)|"
            r"(?:puur )?hypothetisch gezien|puur hypothetisch|(?:czysto )?hipotetycznie|(?:pur )?ipotetic vorbind|"
            r"hipoteticamente hablando",
        )
    ),
    _words(
        (
            r"(?:vopros|pitannia|vapros) (?:chisto )?"
            r"(?:gipotetichesk|teoretichesk|gipotetichn|teoretichn|hipotetichn)\w*|"
            r"(?:chisto )?(?:gipotetichesk|teoretichesk|gipotetichn|teoretichn|hipotetichn|teoretichen|"
            r"hipotetichen)\w* (?:vopros|pitannia|vapros)|"
            r"(?:chisto )?(?:gipoteticheski|hipotetichno|gipotetichno|suto gipotetichno)|pitam printsipno",
        )
    ),
)
_NOT_BEFORE: Final = re.compile(r"(?<!\w)(?:not|no|geen|niet|nie|nu|ne|ni|isnt)(?: \w+){0,2} $")


def _asked_in_theory(norm: str, latin: str) -> bool:
    return any(not _NOT_BEFORE.search(before) for _, before in _text_before_each(norm, latin, _IN_THEORY))


_LEAVE: Final = _story_words("leave")
# A kidney to give for a debt, with a flight or an operation tonight or tomorrow: acute (blind set 12).
_ORGAN: Final = (
    _words((r"nier|nieren|kidney|kidneys|nerk\w*|rinichi\w*|rinon\w*|riñon\w*|donor\w* (?:organ|organe)\w*",)),
    _words((r"babrek\w*|bubrek\w*|nirk\w*|nirok|pochk\w*|donorstv\w*",)),
)

# Married off, with a flight or a wedding tonight or tomorrow: acute (blind set 14: "the flight to Islamabad leaves
# in about three hours, they are going to marry her off there").
_MARRIED: Final = (
    _words(
        (
            r"uithuwelijk\w*|uitgehuwelijkt|laten trouwen|moet trouwen|marry (?:her|him|me|us) off|married off|"
            r"nikah|nikkah|arranged marriage|(?:ga|moet|zal) (?:\w+ )?trouwen met|trouwen met (?:iemand|een man|een "
            r"oude|mijn neef|een neef)|(?:marry|wed) (?:her|his|my) cousin|(?:marry|wed) (?:a |an |some )?(?:stranger|"
            r"old\w* man|much older man)|"
            r"zostac zona|zostanie zona|zona (?:\w+ )?kuzyna|wyjsc za maz|wyjdzie za|slub z (?:\w+ )?(?:kuzyn\w*|"
            r"starsz\w*|obc\w*)|"
            r"(?:casarme|casarla|casarlo|me casan|la casan) con|(?:la )?boda con|ceremonia y (?:del|el) novio|"
            r"wesel\w* (?:\w+ ){0,4}(?:chlopak\w*|mezczyzn\w*|facet\w*|kuzyn\w*)|"
            r"(?:make|force|forcing|forced) (?:her|him|me) (?:to )?marry|casarla|casarlo|la casan|lo casan|"
            r"(?:be|get|getting|being) engaged to (?:a|an|some|this|that|my|her) (?:\w+ ){0,2}(?:man|guy|cousin|"
            r"stranger)|"
            r"wyda\w* (?:\w+ )?za maz|(?:sa|s) (?:o|ma) marite|(?:o|ma) marita",
        )
    ),
    _words(
        (
            r"(?:vidat|vidaiut|vidadut|vidati|vidaiut) (?:\w+ )?zam(?:u|i)zh|(?:da|she|shte) (?:ia|me) omazh\w*|"
            r"omazhat|"
            r"(?:she|shte|da) se (?:zhenia|omazhi|ozheni|omazhvam) za|vidaiut zamuzh|viidu zamuzh|vidadut zamizh",
        )
    ),
)

# Being in a clinic now, in a message about a kidney taken for a debt: the operation can come at any moment (set 14:
# "Мій брат у приватній клініці в Стамбулі ... його вже переодягли для операції").
_IN_CLINIC: Final = (
    _words(
        (
            r"(?:is|am|are|zit|ligt|zitten|jest|sa|e|este|esta|estoy) (?:\w+ ){0,2}(?:in|at|w|la|en) (?:a |an |"
            r"the |een |de "
            r"|o |una |la )?(?:\w+ )?(?:clinic|kliniek|klinice|clinica)",
        )
    ),
    _words(
        (
            r"(?:brat\w*|sestr\w*|muzh\w*|cholovik\w*|sin|sinat|on|ona|vin|vona|ia|toi|tia) (?:\w+ ){0,2}(?:v|u) "
            r"(?:\w+ ){0,2}(?:klinitsi|klinike|klinika)",
        )
    ),
)


_DEBT: Final = (
    _words((r"debt|debts|schuld\w*|dlug\w*|datori\w*|deuda\w*|owe|owes|winien|winny|debe|deben|debo|debemos",)),
    _words((r"dalg\w*|dulg\w*|dalzh\w*|borg\w*|dolg\w*|vinen|vinna|dolzhen|dolzhna",)),
)


# A kidney taken out against the will: "they drive me to a doctor to take out a kidney, so I pay my debt",
# "долг за дорогу закроем твоей почкой, сейчас будут готовить к операции" (blind set 17: six such alarms missed).
_TAKE_OUT: Final = (
    _words(
        (
            r"take out|taking out|takes out|cut out|remove|removing|uitnemen|eruit halen|weghalen|wyciac|wytna|"
            r"wytnie|wyjma\w*|scoata|scoate|scot|ia rinichiul|sacar\w*|saca|sacan|quitar\w*",
        )
    ),
    _words((r"izvadiat|izrezhat|vzemat|virizhut|virizati|vitiagnut|virezhut|virezat|vrezhut|zaberut|zabrati|zabrat",)),
)


_CLINIC: Final = (
    _words((r"clini\w*|klini\w*|doctor\w*|dokter\w*|arts|lekarz\w*|operat\w*|operac\w*|chirurg\w*|medic\w*",)),
    _words((r"klini\w*|doktor\w*|lekar\w*|likar\w*|vrach\w*|operatsi\w*|khirurg\w*|hirurg\w*",)),
)


# Being driven or taken there: "they drive me to a doctor", "ma duc la un doctor", "везуть машиною".
_TAKEN_THERE: Final = (
    _words(
        (
            r"(?:drive|driving|drives|take|taking|takes|bring|bringing) (?:me|him|her|us)|(?:brengen|rijden|nemen) "
            r"(?:me|hem|haar|ons)|(?:wioza|zawoza|zabieraja|wiezc|wiezie|zawozi) (?:mnie|go|ja|nas)|(?:ma|il|o|ne) "
            r"(?:duc|duce)|(?:me|lo|la|nos) llevan",
        )
    ),
    _words(
        (
            r"(?:karat|vozat|vodiat|vezut|vezet|vezut) (?:me|go|ia|ni|menia|ego|ee|nas|mene|iogo)|"
            r"(?:menia|ego|ee|nas|mene|iogo) (?:zaraz |seichas )?(?:vezut|vezet)|"
            r"(?:vezut|vezet|karat|vozat) (?:\w+ )?(?:v|do|u|na) (?:klini\w*|likarn\w*|bolnits\w*|operatsi\w*)",
        )
    ),
)
_OFFER: Final = (
    _words((r"offer\w*|biedt|aanbod|voorstel\w*|proponuje|propozycj\w*|propune|oferta|ofrece\w*|propone\w*",)),
    _words((r"predlaga\w*|proponu\w*|predlozh\w*|trebuet|vimagaie|iska",)),
)


def _organ_taken(clauses: list[_Clause]) -> Danger | None:
    """A kidney for a debt, or to be taken out, told with now or a car (danger) or with tonight or tomorrow
    (acute). A kidney in a clinic without a debt or a knife ("for my kidney problems") is not an alarm."""
    debt = any(c.has(_DEBT) for c in clauses)
    if not debt and not any(c.has(_TAKE_OUT) for c in clauses):
        return None
    sentences: dict[int, list[_Clause]] = {}
    for clause in clauses:
        sentences.setdefault(clause.sentence, []).append(clause)
    level: Danger | None = None
    clinic_told = any(c.has(_CLINIC) for c in clauses)
    # the clinic may be told in the sentence before ("brought to a house like a clinic. Now they take my kidney
    # for the debt", blind set 21), or while being driven there ("«help, they're driving me to a clinic» ... he
    # will pay the debt with his kidney")
    moved_there = any((c.has(_VEHICLE) or c.has(_TAKEN_THERE)) and not c.has(_NEAR) for c in clauses)
    for group in sentences.values():
        if not any(c.has(_ORGAN) for c in group):
            continue
        now_for_debt = debt and clinic_told and (moved_there or any(c.has(_NOW) and c.has(_TAKE_OUT) for c in group))
        if not any(c.has(_CLINIC) for c in group) and not now_for_debt:
            continue
        if any(c.has(_OFFER) for c in group):  # "now he offers that the debt is gone for a kidney": a story
            continue
        # being driven or held may be told in the sentence before ("Я в машині ... везуть в якусь клініку")
        moved = any(c.has(_VEHICLE) or c.has(_HELD) or c.has(_TAKEN_THERE) for c in clauses)
        if moved or (debt and any(c.has(_NOW) for c in group)):
            return "danger"
        if debt and any(c.has(_NEAR) for c in group):
            level = "acute"
    return level


def _in_clinic_for_organ(clauses: list[_Clause]) -> bool:
    """In a clinic now, in a message about a kidney for a debt ("I am in the clinic with kidney problems" is not)."""
    return all(any(c.has(words) for c in clauses) for words in (_IN_CLINIC, _ORGAN, _DEBT))


# A baby to be taken, tonight or tomorrow: acute (blind set 15: "dziś wieczorem przyjadą ludzie po małą"); a
# deal without a time ("they will take the child for money") is a story for the intake.
_BABY_TAKEN: Final = (
    _words(
        (
            r"(?:pakken|nemen|halen) (?:\w+ ){0,2}(?:baby|kindje|dochtertje|zoontje|"
            r"pasgeboren\w*) (?:\w+ ){0,4}(?:uit mijn armen|weg|mee|op)",
            r"(?:stel|echtpaar|koppel|mensen|vreemden|komen ze|komen zij) (?:\w+ ){0,3}(?:de |het |haar )?(?:baby|"
            r"kindje|"
            r"pasgeboren\w*) "
            r"(?:komen |komt )?(?:ophalen|weghalen|meenemen|halen|meeneemt|meenemen|wegneemt|ophaalt|weghaalt)",
            r"(?:come|coming|comes) (?:\w+ ){0,3}(?:to take|to collect|to pick up|for) (?:my|the|her|our|their) "
            r"(?:baby|newborn)|take (?:my|the|her|our) (?:baby|newborn) away",
            r"sa (?:mi|ii|ne|i) ia (?:\w+ )?(?:copilul|bebelusul|fetita|baietelul|pruncul|copilasul)",
            r"(?:ia|iau|va lua|vor lua) (?:\w+ )?(?:bebelusul|pruncul|nou nascutul)",
            r"(?:da|dau|plateste|platesc|ofera) bani pe (?:copil|bebelus|prunc|nou nascut)\w*",
            r"(?:taking|take|takes|grab|grabbing|come for|coming for|pick up|picks up|collects) (?:my|the|our|her) "
            r"(?:baby|newborn)",
            r"(?:euro|geld) voor (?:de|het|haar|hun) (?:baby|kindje|pasgeboren\w*)",
            r"(?:(?:zabiora|zabieraja|zabrac|odbiora) (?:\w+ )?|(?:przyjada|przyjda|przyjezdza|przyjedzie|przyjdzie) "
            r"(?:\w+ ){0,2}po (?:moja |moje |mojego |nasza )?)(?:mala|"
            r"malego|dziecko|corke|"
            r"coreczke|synka|niemowl\w*)",
            r"(?:vor sa ia|vin sa ia|vin dupa|(?:vine|vin) (?!(?:bunica|bunicul|mama|tata|sora|fratele|matusa|"
            r"unchiul|sotul|"
            r"sotia|nasa|nasul)\b)(?:\w+ ){1,3}sa ia) (?:\w+ )?(?:copilul|bebelusul|fetita|baietelul|pruncul)"
            r"(?! de la (?:gradinita|scoala|cresa|bunici))",
            r"(?:viene|vienen|vendran|vendra) (?:\w+ ){0,3}a llevarse (?:al|a mi|a su|el|la) (?:bebe|nino|nina|hij\w+|"
            r"recien nacid\w*)|"
            r"(?:quitan|quitar|quitarme|vienen a por|vienen por) (?:a )?(?:mi |el |la )?(?:bebe|"
            r"nina|nino|hija|hijo|recien nacid\w*)",
        )
    ),
    _words(
        (
            r"(?:vzemat|shte vzemat|vzimat|shte doidat za) (?:\w+ )?(?:bebeto|deteto|dashteria|sina)",
            r"(?:idvat|idva|shte doidat|shte doide) (?:\w+ ){0,2}da (?:go |ia )?(?:priberat|vzemat|otvedat|pribere|"
            r"vzeme)",
            r"(?:zabere|zabiraie|vidbere|vidbiraie|priide za) (?:\w+ )?(?:nemovl\w*|maliuk\w*)",
            r"(?:zaberut|zabiraiut|vidbiraiut|vidberut|priidut za) "
            r"(?:\w+ )?(?:ditin\w*|maliuk\w*|don\w*|sin\w*|"
            r"nemovl\w*)",
            r"(?:priezzhaiut|priedut|pridut|priezzhaet|priedet) (?:\w+ ){0,2}(?:zabirat|zabrat) (?:\w+ )?(?:rebenk\w*|"
            r"rebenok|malish\w*|mladents\w*)|"
            r"(?:zaberut|zabiraiut|otbiraiut|otberut|otdaiut|otdadut|prodaiut|prodadut|"
            r"(?:priedut|pridut|priidut) (?:\w+ ){0,2}za) (?:\w+ )?(?:rebenk\w*|rebenok|malish\w*|"
            r"doch\w*|sin\w*|mladents\w*)",
            r"(?:zaberet|zabiraet|otberet|otdast|prodast|(?:priedet|pridet) (?:\w+ ){0,2}za|otdat|prodat) (?:\w+ )?"
            r"(?:rebenk\w*|rebenok|malish\w*|mladents\w*)|(?:otdat|prodat) (?:\w+ ){0,2}novorozhd\w*",
            r"(?:viddati|prodati) (?:\w+ )?(?:ditinu|nemovl\w*|maliuka)|(?:da dade|da prodade) (?:\w+ )?bebeto",
        )
    ),
)

# Carrying a child for others, with a flight or a move tomorrow: acute (blind set 15: "mañana me quieren llevar a
# Bélgica para que dé a luz allí", "maine dimineata plec cu avionul ... o sa port copilul unei familii").
_SURROGATE: Final = (
    _words(
        (
            r"draagmoeder\w*|(?:baby|kind) voor (?:een )?(?:ander\w*|stel|koppel|familie)|surrogat\w*|"
            r"carry (?:the|a|their) (?:baby|child)|(?:baby|child) for (?:a|another|some|the) (?:couple|family)|"
            r"surogat\w*|urodzic (?:\w+ )?dla|dziecko dla (?:\w+ )?(?:pary|rodziny)|port copilul|"
            r"sa nasc (?:\w+ )?pentru|"
            r"de a luz|dar a luz|vientre de alquiler|bebe que no es mio|(?:bebe|nino|nina) (?:\w+ )?para una pareja|"
            r"embryo\w*|embrio\w*|zarodk\w*|transfer\w* (?:\w+ )?zarodk\w*|nosic (?:\w+ )?dzieck\w* dla",
        )
    ),
    _words(
        (
            r"surogat\w*|surrogat\w*|da rodia za|da rodia deteto|vinositi|vinosit|narodit\w* dlia|rodit\w* dlia|"
            r"embrion\w*|embrion|embriona",
        )
    ),
)

# What makes a time told after a past marker the present again (`_now_after_past`).
_HARM_AFTER_TIME: Final = (
    *(_story_words(field) for field in ("harm", "held", "punish", "move", "forced")),
    _BABY_TAKEN,
    _MARRIED,
    _SURROGATE,
    _ORGAN,
)

# Screams heard, in a message that says it is happening now ("в момента чувам как жената пищи").
_SCREAMS: Final = (
    _words(
        (
            r"gegil|gillen|gilt|gillend|krijsen|krijst|hulpgeroep|screaming|screams|shrieking|shrieks|"
            r"(?:crying|shouting|calling) for help|krzyczy|krzycza|krzyki|wrzeszczy|wrzaski|tipa|tipete|urla|"
            r"urlete|urland|"
            r"grita|gritan|gritando|gritos|chilla|chillan|chillando",
        )
    ),
    _words((r"pishti|pishi|piska|pisaci|pisuk|vikove|krichit|krichat|kriki|vopli|vizzhit|zoiki",)),
)
_MOVED: Final = (
    _words(moved for lang, moved in MOVED.items() if lang not in TRANSLIT_LANGUAGES),
    _words(moved for lang, moved in MOVED.items() if lang in TRANSLIT_LANGUAGES),
)
_VEHICLE: Final = _story_words("vehicle")
# Pulled inside a house ("bij de buren wordt nu een meisje naar binnen getrokken"): like being pushed into a car.
_INSIDE: Final = (
    _words((r"naar binnen|(?:into|inside) (?:the|a) (?:house|flat|building)|do srodka|in casa|inauntru|adentro",)),
    _words((r"vatre|vav kashtata|vseredinu|v budinok|vnutr|v dom",)),
)


# "Urgent!" at the start of a message that tells someone was just pushed into a car (blind set 16).
_URGENT_SHOUT: Final = (
    _words((r"urgent|dringend|spoed|pilne|pilnie|urgente|urgenta",)),
    _words((r"srochno|terminovo|speshno|spishno",)),
)


def _seen_now(clauses: list[_Clause]) -> bool:
    """Screams heard, or someone pushed into a car, in a message that says it is happening now: "2 men took
    her from the flat ..., she is calling me right now from a car", "un barbat tocmai a bagat doi copii intr-un
    bus". The words may stand in different clauses of one sentence, the "now" anywhere."""
    if not any(c.has(_NOW) or c.has(_URGENT_SHOUT) for c in clauses):
        return False
    if any(c.has(_SCREAMS) for c in clauses):
        return True
    sentences: dict[int, list[_Clause]] = {}
    for clause in clauses:
        sentences.setdefault(clause.sentence, []).append(clause)
    return any(
        any(c.has(_MOVED) for c in group) and any(c.has(_VEHICLE) or c.has(_INSIDE) for c in group)
        for group in sentences.values()
    )


# Pictures or videos sent to the family or put online: with a deadline tonight or tomorrow a threat for the
# next 24 hours; without one (ongoing sextortion of an adult) not an alarm but a story (docs/quality.md).
_EXPOSE: Final = (
    _words(
        (
            r"(?:foto s|fotos|filmpjes|video s|videos|beelden) (?:\w+ ){0,4}(?:sturen|stuurt|doorsturen|versturen|"
            r"rondsturen|online zet|online zetten|posten)",
            r"sends? (?:\w+ ){0,3}to (?:her|his|my|our|your) (?:school|parents|family|mum|mom|dad|friends|class)",
            r"trimite (?:\w+ ){0,2}(?:filmar\w*|poze\w*|video\w*|clip\w*)|(?:pune|publica) (?:\w+ )?poze\w*",
            r"(?:wysle|wrzuci|pokaze) (?:\w+ ){0,2}(?:zdjecia|filmy|nagrania)",
            r"(?:envia|mandara|enviara|publica|subira) (?:\w+ ){0,2}(?:fotos|videos)",
        )
    ),
    _words(
        (
            r"(?:prati|prashta|pusne|kachi) (?:\w+ ){0,2}(?:klip\w*|snimk\w*|video\w*)|she gi pusnat|she gi pusne",
            r"(?:nadishle|nadislati|rozishle|rozislati|vikladet|viklasti|opublikuie) (?:\w+ ){0,2}"
            r"(?:foto|video|vidos\w*)",
            r"(?:otpravit|razoshlet|razoslat|vilozhit|vilozhat|opublikuet) (?:\w+ ){0,2}(?:foto|video|vidos\w*)",
        )
    ),
)


def _only_exposure(clause: _Clause, clauses: list[_Clause]) -> bool:
    """A threat to expose or denounce, with no time and no harm: "hij dreigt de filmpjes naar onze familie te sturen
    als ze stopt", "заплашва, че ще каже на жена ми", "угрожает, что сообщит в полицию" (sets 16-23). Ongoing
    sextortion or blackmail of an adult is a story to report, not danger within 24 hours; with tonight or tomorrow
    it is (`_said_for_soon`), and a beating promised beside it is."""
    if not clause.has(_THREATENS):
        return False
    same = [c for c in clauses if c.sentence == clause.sentence]  # the clause itself among them
    if any(c.has(_PUNISH) or c.has(_HARM) or c.has(_NEAR) or c.has(_HELD) for c in same):
        return False
    return any(c.has(_EXPOSE) or c.has(_DENOUNCE) for c in same)


_THREATENS: Final = (
    _words(
        (
            r"dreig\w*|bedreig\w*|threat\w*|blackmail\w*|grozi\w*|groza\w*|szantaz\w*|amenint\w*|chantaj\w*|"
            r"santaj\w*|amenaz\w*|chantaje\w*|extorsion\w*",
        )
    ),
    _words((r"ugrozh\w*|pogrozh\w*|zaplash\w*|shantazh\w*|shantazhu\w*",)),
)
# Telling the family, the wife or the police, or reporting someone as illegal: a threat to expose.
_DENOUNCE: Final = (
    _words(
        (
            r"tell (?:\w+ ){0,2}(?:wife|husband|family|parents|mum|mom|dad|police|everyone|boss)|report (?:\w+ ){0,2}"
            r"(?:to )?(?:the )?(?:police|immigration)|(?:vertel\w*|zeg\w*|meld\w*|aangeven|verraden|verraadt) (?:\w+ )"
            r"{0,3}(?:familie|ouders|vrouw|man|politie|ind|vreemdelingenpolitie)|(?:powie|powiedza|powiedziec|doniesie|"
            r"zglosi) (?:\w+ ){0,2}(?:zonie|mezowi|rodzinie|rodzicom|policji|na policje)|spune (?:\w+ ){0,2}(?:la "
            r"familie|familiei|sotiei|sotului|parintilor|la politie|politiei)|(?:anunta|suna) (?:\w+ ){0,2}politia|"
            r"(?:dira|decir|contara|contar|dice que le dira) (?:\w+ ){0,3}(?:familia|padres|esposa|marido|policia)|"
            r"(?:denunciar\w*|denuncia|denunciara|llamara a la policia)",
        )
    ),
    _words(
        (
            r"(?:kazhe|kaje|kazhat|skazhe|rasskazhet|rozkazhe|rozpovist|soobshchit|soobshit|povidomit|povidomiat|"
            r"donesut|donese|zaiavit|zaiavi) (?:\w+ ){0,3}(?:zhena|zheni|zhene|semie|semi|simi|rodnym|roditeliam|"
            r"batkov\w*|politsi\w*|politsii|mame|mami|v politsiiu|v politsiiu)",
        )
    ),
)


def _said_for_soon(clauses: list[_Clause], families: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...]) -> bool:
    """Leaving or hiding, a harm promised or the pictures sent, and a time tonight or tomorrow, told in different
    sentences: "we want to go away tomorrow. ... can someone pick us up?", "Tonight the car comes for me again.
    ... he said he would break my arms." An ordinary day ("leave work early tomorrow") is not a deadline."""
    if any(c.has(_ORDINARY) and not c.has(_PUNISH) for c in clauses):  # "they know which school she goes to"
        # "tomorrow to a doctor in Turkey", "the teacher: tomorrow she is flown out to marry her cousin"
        families = tuple(words for words in families if words in (_ORGAN, _MARRIED, _SURROGATE))
    return any(c.has(_NEAR) for c in clauses) and any(_affirmed(c, words) for c in clauses for words in families)


_NOBODY: Final = re.compile(
    r"(?:niemand|nobody|no one|noone|nikt|nimeni|nadie|nikoi|nihto|nikhto|nikto|niko)(?: \w+)? (?:ne |nie |nu |no )?$"
)


def _affirmed(clause: _Clause, words: tuple[re.Pattern[str], re.Pattern[str]]) -> bool:
    """The clause names the family, not after "nobody" ("zaraz stoiu na parkovtsi, vse spokiino, nikhto ne bye")."""
    return any(
        not _NOBODY.search(before) and not (words is _PUNISH and _NEGATED_JUST_BEFORE[script].search(before))
        for script, before in _text_before_each(clause.norm, clause.skeleton, words)
    )


_NOT_CALM: Final = re.compile(r"(?<!\w)(?:nu|not|no|nie|niet|ne|if|whether|of|si|daca|czy|dali|chi|li)(?: \w+){0,2} $")

# "nu ma bat sau ceva", "he doesn't hit me": a negation in the two words before the harm (not before leaving:
# "I don't know where to go" is the wish to leave).
_NOT_AFTER_IF: Final = r"(?<!\w)(?<!if )(?<!si )(?<!daca )(?<!ako )(?<!esli )(?<!jesli )(?<!iakshcho )(?<!or )(?<!o )"
# Romanian "ne" is "us" ("ne rupe picioarele"): "ne" is a negation only in the Cyrillic languages' skeleton.
_NEGATED_JUST_BEFORE: Final = (
    re.compile(_NOT_AFTER_IF + r"(?:nu|not|dont|doesnt|niet|nie|no|never|nooit)(?: \w+)? $"),
    re.compile(_NOT_AFTER_IF + r"(?:ne|ni|not)(?: \w+)? $"),
)


# ---------------------------------------------------------------------------------------------------------
# An alarm only the NLU raised. The keyword net is the floor: a keyword hit always alarms at once. The NLU
# reads some messages as danger too eagerly ("no, not in danger now", a question it half understands), so an
# alarm the NLU alone raised is trusted at once only when the model is fairly sure of it and the message does
# not say that nobody is in danger; otherwise the reporter is asked the safety question first ("check").
# Chosen on the development set (docs/quality.md): below 0.8 the NLU's alarms were mostly wrong; a limit on
# the length of the message cost more true alarms than it saved false ones, so there is none. An alarm in a
# message without a single word of urgency (now, tonight, held, a harm, being moved) is a check too: of 92
# such alarms on the development set 4 were right (blind set 7: 7 of 14), and the safety question comes at once.

NLU_ALARM_CONFIDENCE: Final = 0.8
NluAlarm = Literal["danger", "acute", "check"]

# "not in danger", "nobody is in danger", "I am safe now": a message that answers the safety question "no".
_SAFE_WORDS: Final[Mapping[str, str]] = {
    "nl": r"in (?:direct |acuut )?gevaar|gevaar",
    "en": r"in (?:any |immediate )?danger|danger",
    "pl": r"w (?:\w+ )?niebezpieczenstwie|zagrozon\w*|nic (?:mi|jej|mu|nam) nie grozi",
    "ro": r"in pericol|pericol",
    "es": r"en peligro|peligro",
}
_SAFE_WORDS_SKELETON: Final[Mapping[str, str]] = {
    "bg": r"v (?:\w+ )?opasnost|opasnost",
    "uk": r"v (?:\w+ )?nebezpe\w*|nebezpe\w*",
    "ru": r"v (?:\w+ )?opasnosti|opasnost\w*",
}
_DENIAL_NEGATIONS: Final = (
    r"niet|geen|niemand|not|no|nobody|no one|isnt|arent|im not|nie|nikt|nu|nimeni|niciun|nicio|no|nadie|ningun"
)
_DENIAL_NEGATIONS_SKELETON: Final = r"ne|net|niama|nikoi|nihto|nikto|nikhto|ni"
_DENIAL: Final = re.compile(
    r"(?<!\w)(?:" + _DENIAL_NEGATIONS + r")(?: \w+){0,3} (?:" + "|".join(_SAFE_WORDS.values()) + r")(?!\w)"
)
_DENIAL_SKELETON: Final = re.compile(
    r"(?<!\w)(?:"
    + _DENIAL_NEGATIONS_SKELETON
    + r")(?: \w+){0,3} (?:"
    + "|".join(_SAFE_WORDS_SKELETON.values())
    + r")(?!\w)"
)


# "I am safe now", "nothing threatens me now": safe said without a negation.
_SAFE_NOW: Final = re.compile(
    r"(?<!\w)(?:ik ben (?:nu |nu wel |echt )?veilig|i am safe|im safe|i m safe|jestem (?:teraz )?bezpieczn\w*|"
    r"sunt in siguranta|acum (?:e|este|sunt|suntem|o duce) bine|(?:woon|woont|wonen) (?:ik |ze |zij |"
    r"hij )?(?:nu )?veilig|(?:woon|woont|wonen|zit|zitten) (?:ik |ze |zij |hij )?"
    r"(?:nu |inmiddels )?(?:op|in) een (?:veilig adres|opvang\w*)|estoy a salvo|estoy segur[ao]|"
    r"nic mi (?:teraz )?nie grozi|niemand bedreigt|"
    r"nothing (?:is )?threaten\w*|(?:alles|het) is (?:nu )?rustig|all (?:is )?calm|(?:everything|its) (?:is )?calm now|"
    r"wszystko (?:jest )?spokojnie|(?:totul|e) (?:e )?(?:linistit|liniste)|todo (?:esta )?tranquilo)(?!\w)"
)
_SAFE_NOW_SKELETON: Final = re.compile(
    r"(?<!\w)(?:v bezopasnosti|v bezpetsi|v bezopasnost|nichego ne ugrozhaet|nishto ne me zaplashva|"
    r"nisho ne zagrozhuie|nishcho ne zagrozhuie|vse spokoino|(?:zaraz |teper )?vse dobre|vse garazd|"
    r"vsichko e spokoino|vse spokiino|vse tiho|"
    r"vsichko e nared|sega sam (?:si )?vkashi|sam dobre sega|sega sam dobre)(?!\w)"
)


def denies_danger(text: str) -> bool:
    """Whether the message says that nobody is in danger ("nee, nu niet in gevaar", "nikt nie jest w
    niebezpieczenstwie", "сейчас никто не в опасности", "ik ben nu veilig")."""
    for sentence in _SENTENCE_SPLIT.split(text):
        norm = normalise(sentence)
        latin = skeleton(norm)
        if (
            _DENIAL.search(norm)
            or _SAFE_NOW.search(norm)
            or _DENIAL_SKELETON.search(latin)
            or _SAFE_NOW_SKELETON.search(latin)
        ):
            return True
    return False


def nlu_alarm(text: str, intent: str | None, confidence: float) -> NluAlarm | None:
    """What to do with the NLU's reading of a message the keyword net found nothing in: raise its alarm
    ("danger"/"acute"), ask the safety question first ("check"), or nothing (not an alarm intent).
    A button (a payload) is the reporter's own choice and is always trusted."""
    level: Danger | None = "danger" if intent == "danger" else "acute" if intent == "acute" else None
    if level is None or text.lstrip().startswith("/"):
        return level
    if (
        confidence >= NLU_ALARM_CONFIDENCE
        and _urgent_words(text)
        and not (denies_danger(text) or _past_story(text) or _plain_question(text) or _short_thanks(text))
        and not (_asked_in_theory(normalise(text), skeleton(normalise(text))) or _opens_with_something_seen(text))
    ):
        return level
    return "check"


def _opens_with_something_seen(text: str) -> bool:
    """The message opens with a film, a documentary or an article (blind set 17: "just watched a documentary on tv
    about a girl of 14 married off ..."): what follows tells of it. The safety question comes first."""
    first = next((part for part in _SENTENCE_SPLIT.split(text) if part.strip()), "")
    norm = normalise(first)
    latin = skeleton(norm)
    now = _NOW[0].search(_READING_NOW.sub(" ", norm)) or _NOW[1].search(_READING_NOW.sub(" ", latin))
    read = (_READ.search(norm) or _READ.search(latin)) and not now  # "I read your site, he hits her now" is now
    return bool(_WATCHED.search(norm) or _WATCHED.search(latin) or read)


_URGENT: Final = (
    *(_story_words(field) for field in ("now", "near", "held", "harm", "punish", "move")),
    _ORGAN,  # "they say I pay my debt with kidney, doctor waits" (blind set 14)
    # "ya v mashine, they drive me somewhere": sitting in a car (not the vehicle words: English "van" is Dutch "of")
    (
        _words(
            (
                r"(?:in|into|inside) (?:a|the|his|their|her) (?:car|van|truck)|"
                r"in (?:de|een|zijn|hun) (?:auto|bus|busje)|"
                r"w (?:samochodzie|aucie|busie)|in masina|in dub|en (?:el|un|su) (?:coche|carro|auto)|"
                r"(?:we are|were|we re) (?:driving|being driven|on the way)|we rijden|jedziemy|mergem spre|vamos hacia",
            )
        ),
        _words(
            (
                r"(?:v|u) (?:mashin\w*|kolata|kola|avtomobil\w*|busi|buse)|(?:mi )?edem v|(?:mi )?iidemo (?:v|u|do)|"
                r"(?:mi )?idemo (?:v|u|do)|karame (?:veche|ni)|patuvame",
            )
        ),
    ),
)


def _urgent_words(text: str) -> bool:
    """Some word of the story families: now or tonight, held, a harm done or promised, being moved. Without
    one an NLU alarm was mostly wrong ("I'm her colleague", "we studied together" read as danger)."""
    return any(c.has(words) for c in _clauses(text) for words in _URGENT)


# A weapon somewhere near now: "there is a man with a knife downstairs" is no story of then.
_WEAPON_HERE: Final = (
    _words(
        (
            r"(?:hay|there is|there s|er staat|er is|jest|e|este|esta) (?:\w+ ){0,3}(?:con|with|met|z|cu) (?:un |a |"
            r"een |"
            r"o )?(?:cuchillo|navaja|pistola|knife|gun|pistol|mes|pistool|nozem|pistoletem|cutit\w*|pistol)",
        )
    ),
    _words((r"(?:ima|ест|tam) (?:\w+ ){0,3}(?:s|z) (?:nozh\w*|pistolet\w*)",)),
)
_AGAIN: Final = re.compile(r"(?<!\w)(?:weer|opnieuw|again|znowu|znow|din nou|iar|otra vez|de nuevo)(?!\w)")
_AGAIN_SKELETON: Final = re.compile(r"(?<!\w)(?:pak|otnovo|znovu|znov|snova|opiat)(?!\w)")
_HARM_NOW: Final = (*(_story_words(field) for field in ("harm", "held", "punish", "move", "near")), _SCREAMS)
_HARM_NOW_AFTER_ENDED: Final = tuple(_story_words(field) for field in ("punish", "near"))
_ENDED_WELL: Final = (
    _words(
        (
            r"(?:is|was) (?:goed|gelukkig) afgelopen|(?:it |all |everything )?ended (?:well|fine|ok|okay)|"
            r"(?:it|that) is all over|(?:the )?police (?:came and )?took him away|politie heeft hem meegenomen|"
            r"policja go zabrala|politia l a luat|la policia se lo llevo|"
            r"skonczylo sie (?:dobrze|szczesliwie|na strachu)|s a terminat (?:cu )?bine|(?:todo )?termino bien",
        )
    ),
    _words(
        (
            r"vsichko (?:zavarshi|svarshi|priklyuchi|prikliuchi) (?:\w+ )?dobre|sluchaiat (?:e )?(?:prikliuchi\w*|"
            r"zatvoren)|"
            r"vse zakinchilosia (?:\w+ )?(?:dobre|normalno)|"
            r"vse zakonchilos (?:\w+ )?(?:normalno|horosho|blagopoluchno)|politsiia (?:iogo|ego) zabrala|"
            r"zaraz use dobre|seichas vse horosho|delo (?:uzhe )?zakrito|(?:tot|etot) chelovek (?:uzhe )?sidit|"
            r"sprava (?:vzhe )?zakrita",
        )
    ),
)


def _past_story(text: str) -> bool:
    """A message that places what it tells in the past and tells of no harm now ("three years ago they kept me
    locked up; now I live in Laren and I am fine"; not "last year he hit me and now he does it again")."""
    return _is_past_story(_dated_clauses(text))


def _dated_clauses(text: str) -> list[_Clause]:
    """The message's clauses; those before "that was in 2021" are in the past ("they kept me locked in a flat
    ... That was in 2021. ... now I am safe")."""
    clauses = list(_clauses(text))
    last = max((i for i, c in enumerate(clauses) if _RETRO.search(c.norm) or _RETRO.search(c.skeleton)), default=-1)
    return _dated_until_out([replace(c, past=True) if i <= last else c for i, c in enumerate(clauses)])


def _dated_until_out(clauses: list[_Clause]) -> list[_Clause]:
    """A story that opens with a date and later says its teller got out covers the sentences in between ("To było w
    2014 w szklarniach. ... raz brygadzista pobił mnie łopatą. Uciekłem po roku, jestem bezpieczny", sets 19-23),
    except a clause that says now, again or still ("... they still lock her in"). A date covers only its own
    sentence otherwise: "Two years ago I came here. The boss locks us in" is now."""
    first = next((i for i, c in enumerate(clauses) if c.past), None)
    if first is None:
        return clauses
    out = next((i for i in range(first + 1, len(clauses)) if _got_out(clauses[i])), None)
    if out is None:
        return clauses
    return [replace(c, past=True) if first < i < out and not _says_present(c) else c for i, c in enumerate(clauses)]


def _got_out(clause: _Clause) -> bool:
    return (
        clause.has(_GOT_OUT)
        or clause.has(_ENDED_WELL)
        or clause.has(_GROWN_UP_NOW)
        or clause.has(_LOCKED_UP_NOW)
        or clause.has((_SAFE_NOW, _SAFE_NOW_SKELETON))
    )


def _says_present(clause: _Clause) -> bool:
    return any(clause.has(words) for words in (_NOW, _NEAR, _STILL, (_AGAIN, _AGAIN_SKELETON)))


# The teller (or the person told about) is out of it now: fled, safe, fine, back home. Past tense only ("I want to
# escape" is not out) and never after a negation ("nu sunt bine", "I'm not ok now").
_OUT_WELL: Final = r"(?:really |totally |completely |all |quite |perfectly )?"
_GOT_OUT: Final = (
    _words(
        (
            r"(?:i|we|she|he|they) (?:finally |eventually |then )?(?:escaped|fled|got out|got away|ran away)|"
            rf"(?:i m|im|i am|she is|shes|she s|he is|hes|he s|we are|were|we re|they are) {_OUT_WELL}"
            r"(?:fine|ok|okay|safe|well|free) now|"
            rf"(?:now|today) (?:i m|im|i am|she is|she s|he is|he s|we are|we re) {_OUT_WELL}(?:fine|ok|okay|safe|well|"
            r"free)|"
            r"(?:ik ben|ze is|zij is|hij is|we zijn|wij zijn) (?:toen |uiteindelijk |daarna )?(?:ontsnapt|gevlucht|"
            r"weggelopen|eruit gekomen)|(?<!niet )gaat het (?:nu |inmiddels )?goed|het gaat (?:nu |inmiddels )?goed|"
            r"ucie(?:klem|klam|kla|kl|klismy|klysmy)|udalo (?:mi|sie) (?:sie )?uciec|(?<!nie )(?:teraz |juz )?"
            r"jest(?:em|esmy)? (?:juz )?(?:wolna|wolny|wolni|bezpieczn\w*)|(?<!nie )wszystko (?:jest )?(?:juz )?"
            r"(?:dobrze|w porzadku)|"
            r"am (?:fugit|scapat|evadat)|a (?:fugit|scapat)|am reusit sa (?:fug|scap)|s a terminat|"
            r"(?<!nu )(?:acum )?sunt (?:acasa si |acum )?(?:bine|libera|liber|in siguranta)|"
            r"acum (?:e|este) (?:bine|la mine|libera|liber)|"
            r"me escape|nos escapamos|logre escapar|se escapo|hui|huimos|(?<!no )(?:ahora |ya )?(?:estoy|esta|estamos) "
            r"(?:bien|a salvo|libre)",
        )
    ),
    _words(
        (
            r"(?:ia |my |ona |on )?(?:sbezhal|sbezhala|sbezhali|ubezhal|ubezhala|ubezhali|vyrvalas|vyrvalis)|"
            r"(?<!ne )(?:teper|seichas) vse (?:horosho|normalno)|"
            r"(?<!ne )vse (?:horosho|normalno|spokoino) (?:teper|seichas)|"
            r"(?:ia |mi |vona |vin )?(?:vtekla|vtik|vtekli|vibralasia|vibralisia)|(?<!ne )(?:zaraz |teper )?vse "
            r"(?:dobre|garazd)|(?:az |nie |tia |toi )?(?:izbiagah|izbiagahme|izbiagala|izbiagaha)|"
            r"sega (?:sam|sme|e) (?:dobre|v bezopasnost|svobod\w*)|vsichko e (?:nared|dobre)",
        )
    ),
)
# The one who did it is in prison now, or the teller has a new life: "Teraz siedzi w więzieniu, a ja mam nowe
# życie" (blind set 24).
_LOCKED_UP_NOW: Final = (
    _words(
        (
            r"(?:is|s) (?:now )?(?:in prison|in jail|behind bars|locked up)|"
            r"(?:zit|zat) (?:nu |inmiddels )?(?:vast|in de gevangenis|in de cel)|"
            r"siedzi (?:\w+ )?(?:w wiezieniu|w areszcie)|jest (?:\w+ )?w wiezieniu|"
            r"(?:e|este|sta) (?:\w+ )?(?:la inchisoare|in inchisoare|arestat)|"
            r"(?:esta|sigue) (?:\w+ )?(?:en la carcel|preso|en prision)|"
            r"new life|nieuw leven|nowe zycie|viata noua|o noua viata|nueva vida|una vida nueva",
        )
    ),
    _words(
        (
            r"(?:sidit|sidi|sedi) (?:\w+ )?(?:v tiurme|v turmi|u tiurmi|v zatvora|v zatvor)|v zatvora e|"
            r"novaia zhizn|novu zhizn|nove zhittia|nov zhivot",
        )
    ),
)
# "still": the time of the clause is now, whatever the date that opened the story.
_STILL: Final = (
    _words(
        (
            r"still|nog steeds|nog altijd|nog altyd|nadal|wciaz|ciagle|dalej|inca|tot mai|in continuare|todavia|"
            r"aun|sigue|siguen|continua|continuan",
        )
    ),
    _words((r"vse eshe|vse eshche|do sih por|dosi|vse she|vse shche|vse oshe|oshe|prodolzha\w*|prodovzhu\w*",)),
)


def _is_past_story(clauses: list[_Clause]) -> bool:
    if not any(c.past for c in clauses):
        return False
    # "yesterday a client locked the door ..., it all ended well": the harm told is the one that ended
    ended = any(c.has(_ENDED_WELL) for c in clauses)
    harm_now = _HARM_NOW_AFTER_ENDED if ended else _HARM_NOW
    safe_now = ended or any(_SAFE_NOW.search(c.norm) or _SAFE_NOW_SKELETON.search(c.skeleton) for c in clauses)
    for c in clauses:
        if c.past or _SAFE_NOW.search(c.norm) or _SAFE_NOW_SKELETON.search(c.skeleton):
            continue
        again = _AGAIN.search(c.norm) or _AGAIN_SKELETON.search(c.skeleton)
        if again or any(c.has(words) for words in harm_now):
            return False
        # "they took our phones a week ago ... they won't say where they are driving us": held and moved now
        if not safe_now and _fires(_HELD_NOW, c):
            return False
        if c.has(_WEAPON_HERE):  # "hay un hombre con cuchillo abajo" before "la semana pasada"
            return False
    return True


def _plain_question(text: str) -> bool:
    """A question without a time ("do I have to give my real name?"): a question about the service, not a
    cry for help ("can someone pick me up tonight?" has one)."""
    if not text.rstrip().endswith("?"):
        return False
    norm = normalise(text)
    latin = skeleton(norm)
    return not any(words[0].search(norm) or words[1].search(latin) for words in (_NOW, _NEAR))


_THANKS: Final = re.compile(
    r"^(?:dank\w*|bedankt|thanks?|thank you|thx|dzieki|dziekuje|multumesc|mersi|gracias|blagodaria|diakuiu|"
    r"spasibo|spasiba|dyakuyu|dyakuiu)(?!\w)"
)
_SHORT_THANKS_WORDS: Final = 8


def _short_thanks(text: str) -> bool:
    """A short thank-you ("спасибо, завтра позвоню", "thanks, I'll write again tomorrow"): the NLU read some as
    alarms; the keyword net still alarms on a harm in it."""
    norm = normalise(text)
    return len(norm.split()) <= _SHORT_THANKS_WORDS and bool(_THANKS.match(skeleton(norm)) or _THANKS.match(norm))


def wants_human(text: str) -> bool:
    """Whether the reporter asks to talk to a person ("ik wil met een mens praten", "real person please")."""
    if not text or text.lstrip().startswith("/"):
        return False
    return any(_fires(_HUMAN, clause) for clause in _clauses(text, danger=False))


__all__ = [
    "ACUTE_RULES",
    "DANGER_RULES",
    "HUMAN_RULES",
    "NLU_ALARM_CONFIDENCE",
    "Danger",
    "NluAlarm",
    "denies_danger",
    "detect_danger",
    "nlu_alarm",
    "skeleton",
    "wants_human",
]
