"""The danger safety net: keyword rules that work even when the assistant misreads a message.

The gateway runs `detect_danger` and `wants_human` on every typed message (also in the middle of the intake),
and the intake's form validation runs them on the answers it accepts. They favour recall for danger, but stay
quiet on ordinary intake answers ("nee", "buurman", "Hilversum", "ik weet het niet") and on stories about a
past situation ("vorig jaar sloeg hij haar", "she used to be locked up").

The rules are regular expressions per language code, matched against the normalised text (lower case, no
diacritics, punctuation as spaces; see `meldpunt.vocab.normalise`) clause by clause. Every language's rules
are tried on every message. To add a language, add an entry with the same keys to each `*_RULES` table.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Final, Literal

from meldpunt.vocab import normalise

Danger = Literal["danger", "acute"]
RuleTable = Mapping[str, tuple[str, ...]]

_ME = r"(?:me|mij|ons|haar|hem|hen|mijn \w+)"
_EN_ME = r"(?:me|us|her|him|them|my \w+)"
_BE = r"(?:ben|is|zijn|zit|zitten|word|wordt|worden)"
_EN_BE = r"(?:am|im|is|are|were|being|been|get|got|gets|shes|hes|theyre|youre|keeps getting)"

# Direct danger (T0): violence or captivity now, a threat to life, injury.
DANGER_RULES: Final[RuleTable] = {
    "nl": (
        rf"(?:slaat|slaan|schopt|schoppen|stompt|stompen|wurgt|wurgen|mishandelt|mishandelen|verkracht|verkrachten|"
        rf"steekt|steken|martelt|martelen) (?:hij |zij |ze |men |die |hem )?{_ME}",
        rf"{_BE} (?:\w+ ){{0,3}}(?:geslagen|geschopt|mishandeld|gewurgd|vastgehouden|opgesloten|vastgebonden|"
        r"gevangen|ontvoerd|gegijzeld|gemarteld|neergestoken)",
        rf"(?:heeft|hebben) {_ME} (?:\w+ ){{0,2}}(?:opgesloten|vastgebonden|ingesloten|ontvoerd|gegijzeld)",
        rf"(?:sluit|sluiten) {_ME} (?:\w+ ){{0,2}}op",
        r"(?:ik|we|wij|ze|zij|hij|jij|je) (?:zit|zitten) (?:hier |daar |nu |opgesloten |echt )?vast(?! aan)",
        r"(?:kan|kun|kunt|kunnen|mag|mogen) (?:\w+ ){0,3}niet (?:\w+ ){0,2}(?:weg|vluchten|ontsnappen|naar buiten|"
        r"buiten|uit|eruit|vandaan|weglopen)",
        rf"(?:laat|laten) {_ME} niet (?:\w+ ){{0,2}}(?:gaan|weg|los|naar buiten|vertrekken)",
        r"(?:vermoord|vermoorden|vermoordt|doodmaken|doodt)",
        rf"(?:maakt|maken|slaat|slaan) {_ME} dood",
        r"(?:gaat|gaan|wil|willen|dreigt|dreigen) (?:\w+ ){0,2}(?:vermoorden|doodmaken|doodslaan|doodsteken)",
        r"(?:ik|hij|zij|ze) (?:\w+ ){0,1}(?:bloed|bloedt|bloeden)",
        r"(?:ben|is|zijn) (?:\w+ ){0,2}(?:gewond|bewusteloos)",
        r"(?:geen lucht|kan niet ademen|kan niet meer ademen)",
        r"(?:heeft|hebben|houdt|houden|dreigt|dreigen|bedreigt|bedreigen|met) (?:\w+ ){0,3}(?:mes|pistool|wapen|"
        r"vuurwapen|geweer)",
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
        rf"lock(?:s|ed|ing)? {_EN_ME} (?:\w+ ){{0,2}}(?:in|up)",
        r"held (?:against|captive|hostage)",
        r"(?:cant|cannot|can not|not allowed to|unable to|wont let (?:me|us|her|him)|doesnt let (?:me|us|her|him)|"
        r"dont let (?:me|us|her|him)) (?:\w+ ){0,2}(?:leave|go|escape|get out|go out|go outside|run away)",
        r"(?:will|gonna|going to|wants? to|threatens? to|trying to|try to) (?:\w+ ){0,1}kill",
        rf"kill(?:s|ing)? {_EN_ME}",
        r"(?:bleeding|bleeds|unconscious|cant breathe|cannot breathe|overdos\w*)",
        rf"{_EN_BE} (?:\w+ ){{0,2}}(?:badly )?(?:injured|wounded|hurt badly|seriously hurt)",
        r"(?:has|have|got|holding|holds|with|pulled) (?:a |his |her |their )?(?:knife|gun|weapon|pistol|firearm)",
        rf"{_EN_BE} (?:\w+ ){{0,2}}in (?:immediate |serious |great )?danger",
        r"(?:outside|at) (?:my|the|our) door",
        r"save (?:me|us)",
        r"call (?:the )?(?:police|112|911)",
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
    ),
}

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
}

# Negations and markers of a past, finished situation: a rule does not fire when one of these is close by.
NEGATIONS: Final[RuleTable] = {
    "nl": (r"niet", r"geen", r"niemand", r"nooit", r"nergens", r"niets"),
    "en": (r"not", r"never", r"nobody", r"no one", r"dont", r"doesnt", r"didnt", r"isnt", r"arent", r"wont"),
}
PAST_MARKERS: Final[RuleTable] = {
    "nl": (
        r"vroeger",
        r"destijds",
        r"in het verleden",
        r"(?:jaren|maanden|een jaar|twee jaar|lang) geleden",
        r"vorig jaar",
        r"toen ik (?:klein|jong|kind)",
        r"toen ze (?:klein|jong)",
        r"is (?:nu )?voorbij",
    ),
    "en": (
        r"used to",
        r"years ago",
        r"months ago",
        r"a year ago",
        r"long ago",
        r"last year",
        r"in the past",
        r"back then",
        r"when i was (?:a child|a kid|young|little)",
        r"when she was (?:a child|young|little)",
        r"is over now",
    ),
}
# A cry for help on its own ("Help!", "help me", "SOS") is direct danger; "can you help me report" is not.
_HELP_ALONE: Final = re.compile(
    r"^(?:please |pls |alsjeblieft )?(?:help|hulp|sos|mayday)"
    r"(?: (?:me|mij|ons|us|please|pls|alsjeblieft|aub|snel|nu|now|quick|asap))*$"
)
_HELP_SHOUT: Final = re.compile(r"(?:^|[.!?]\s*)(?:help|hulp|sos)\s*!", re.IGNORECASE)

_CLAUSE_SPLIT: Final = re.compile(r"[.!?;\n,]+|\s(?:maar|but|en toen|and then)\s")
# A rule that carries its own negation ("kan niet weg", "cant leave") is not undone by that word.
_OWN_NEGATION: Final = re.compile(
    r"(?<![\w?])(?:niet|geen|nergens|not|cant|cannot|wont|dont|doesnt|unable|nowhere|no place)(?!\w)"
)
_AFTER_NEGATION: Final = re.compile(r"^(?:niet|not|never|nooit|no longer|anymore|meer niet)(?!\w)")

Rule = tuple[re.Pattern[str], bool]


def _compile_rules(table: RuleTable) -> tuple[Rule, ...]:
    return tuple(
        (re.compile(r"(?<!\w)(?:" + rule + r")(?!\w)"), bool(_OWN_NEGATION.search(rule)))
        for rules in table.values()
        for rule in rules
    )


def _any_of(table: RuleTable) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)(?:" + "|".join(word for words in table.values() for word in words) + r")(?!\w)")


_DANGER: Final = _compile_rules(DANGER_RULES)
_ACUTE: Final = _compile_rules(ACUTE_RULES)
_HUMAN: Final = _compile_rules(HUMAN_RULES)
_NEGATED: Final = _any_of(NEGATIONS)
_PAST: Final = _any_of(PAST_MARKERS)


def _clauses(text: str) -> Iterator[str]:
    for part in _CLAUSE_SPLIT.split(text):
        clause = normalise(part)
        if clause:
            yield clause


def _fires(rules: tuple[Rule, ...], clause: str) -> bool:
    """A rule matches the clause, with no negation in the four words before it (or in it, unless the rule
    needs that word) and none right after it ("hij slaat me niet meer")."""
    for pattern, own_negation in rules:
        for found in pattern.finditer(clause):
            before = clause[: found.start()].split()[-4:]
            inside = [] if own_negation else found.group(0).split()
            after = " ".join(clause[found.end() :].split()[:3])
            if _NEGATED.search(" ".join(before + inside)) or _AFTER_NEGATION.search(after):
                continue
            return True
    return False


def detect_danger(text: str) -> Danger | None:
    """Return "danger" (direct danger: 112), "acute" (unsafe within 24 hours) or None."""
    if not text or text.lstrip().startswith("/"):
        return None
    if _HELP_ALONE.match(normalise(text)) or _HELP_SHOUT.search(text):
        return "danger"
    found: Danger | None = None
    for clause in _clauses(text):
        if _PAST.search(clause):
            continue
        if _fires(_DANGER, clause):
            return "danger"
        if found is None and _fires(_ACUTE, clause):
            found = "acute"
    return found


def wants_human(text: str) -> bool:
    """Whether the reporter asks to talk to a person ("ik wil met een mens praten", "real person please")."""
    if not text or text.lstrip().startswith("/"):
        return False
    return any(_fires(_HUMAN, clause) for clause in _clauses(text))


__all__ = ["ACUTE_RULES", "DANGER_RULES", "HUMAN_RULES", "Danger", "detect_danger", "wants_human"]
