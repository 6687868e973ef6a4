"""The danger safety net: what it must catch, and the ordinary intake answers it must leave alone."""

from __future__ import annotations

import pytest

from meldpunt.safety import NLU_ALARM_CONFIDENCE, denies_danger, detect_danger, nlu_alarm, wants_human

DANGER_CASES = [
    # Direct danger, Dutch
    ("hij slaat me", "danger"),
    ("Hij slaat me, help", "danger"),
    ("Mijn vader slaat mijn moeder", "danger"),
    ("ik word vastgehouden", "danger"),
    ("Ik word hier vastgehouden door twee mannen", "danger"),
    ("ik kan niet weg", "danger"),
    ("Ze kan niet weg uit het huis", "danger"),
    ("Hij heeft me opgesloten en ik kan niet weg", "danger"),
    ("Mijn buurvrouw werkt dag en nacht en mag het huis niet uit", "danger"),
    ("ze laten me niet gaan", "danger"),
    ("help", "danger"),
    ("HELP!", "danger"),
    ("help me alsjeblieft", "danger"),
    ("Help! Hij staat voor de deur", "danger"),
    ("hij gaat me vermoorden", "danger"),
    ("ik bloed", "danger"),
    ("ze is gewond", "danger"),
    ("hij heeft een mes", "danger"),
    ("ik ben in gevaar", "danger"),
    ("we zitten hier vast", "danger"),
    # Direct danger, English
    ("I'm locked in", "danger"),
    ("They locked me in a room", "danger"),
    ("he will kill me", "danger"),
    ("bleeding", "danger"),
    ("He is hitting me right now, please help", "danger"),
    ("he beats me", "danger"),
    ("I can't leave the house", "danger"),
    ("they won't let me go", "danger"),
    ("She is being held against her will", "danger"),
    ("please help", "danger"),
    ("He's got a knife", "danger"),
    ("I am in danger", "danger"),
    # Acute (next 24 hours), both languages
    ("ze hebben mijn paspoort en bedreigen me vannacht", "acute"),
    ("vannacht moet ik weer werken", "acute"),
    ("morgen moet ze mee naar Duitsland", "acute"),
    ("ik word bedreigd", "acute"),
    ("ik wil vluchten", "acute"),
    ("tonight I must work", "acute"),
    ("Tomorrow they make me go to another city", "acute"),
    ("they threatened me", "acute"),
    ("I want to escape", "acute"),
    ("he raped me last night", "acute"),
    # Not danger: ordinary intake answers
    ("nee", None),
    ("Nee", None),
    ("ja", None),
    ("buurman", None),
    ("Hilversum", None),
    ("Bussum", None),
    ("ik weet het niet", None),
    ("weet ik niet", None),
    ("anoniem", None),
    ("no", None),
    ("neighbour", None),
    ("I don't know", None),
    ('/inform{"safety_check":"now"}', None),
    ("Hallo, ik wil iets melden", None),
    ("Hello there, I need help", None),
    ("Can you help me report something?", None),
    ("Kunt u mij helpen met een melding?", None),
    ("Goedemiddag, ik maak me zorgen over mijn buurvrouw", None),
    # Not danger: stories without current danger, negations
    ("Bij de autowasstraat werken mannen elke dag 14 uur en ze krijgen geen loon", None),
    ("A girl I know has to work in a house every night and her boyfriend takes all the money", None),
    ("Vorig jaar sloeg hij haar, nu is ze veilig", None),
    ("Vroeger werd ze opgesloten, nu woont ze in een opvang", None),
    ("She used to be locked up in a flat, years ago", None),
    ("hij slaat me niet meer", None),
    ("ik word niet vastgehouden", None),
    ("I'm not locked in", None),
    ("niemand slaat me", None),
    ("Nee, vannacht niet", None),
    ("ik kan het niet uitleggen", None),
    ("ik zit vast aan een contract met het uitzendbureau", None),
    ("ik moet mijn werk afmaken", None),
    ("Er is geen gevaar", None),
    # Polish (with and without diacritics)
    ("Pomocy!", "danger"),
    ("pomóżcie mi", "danger"),
    ("On mnie bije", "danger"),
    ("bije mnie codziennie", "danger"),
    ("Zamknęli mnie w pokoju", "danger"),
    ("jestem zamknieta w mieszkaniu", "danger"),
    ("Nie mogę wyjść z domu", "danger"),
    ("nie wypuszczaja mnie", "danger"),
    ("Powiedział, że mnie zabije", "danger"),
    ("krwawię", "danger"),
    ("ma nóż", "danger"),
    ("dziś w nocy znowu muszę pracować", "acute"),
    ("grożą mojej rodzinie", "acute"),
    ("chce uciec", "acute"),
    ("nie", None),
    ("sąsiadka", None),
    ("nie wiem", None),
    ("Moja sąsiadka pracuje codziennie w myjni i nie dostaje pieniędzy", None),
    ("Kiedyś mnie bił, ale to było dawno temu", None),
    ("on mnie już nie bije", None),
    # Romanian (with and without diacritics)
    ("Ajutor!", "danger"),
    ("ajutați-mă", "danger"),
    ("Mă bate în fiecare zi", "danger"),
    ("ma bate acum", "danger"),
    ("M-au închis într-o cameră", "danger"),
    ("sunt inchisa in casa", "danger"),
    ("Nu pot să plec", "danger"),
    ("nu ma lasa sa ies", "danger"),
    ("o să mă omoare", "danger"),
    ("sângerez", "danger"),
    ("are un cuțit", "danger"),
    ("diseară trebuie să muncesc iar", "acute"),
    ("mă amenință", "acute"),
    ("vreau să fug", "acute"),
    ("nu", None),
    ("vecina", None),
    ("nu știu", None),
    ("Vecina mea lucrează la o spălătorie auto și nu primește bani", None),
    ("Acum doi ani mă bătea, acum sunt bine", None),
    ("nu mă mai bate", None),
    # Bulgarian (Cyrillic and Latin)
    ("Помощ!", "danger"),
    ("помогнете ми", "danger"),
    ("Бие ме всеки ден", "danger"),
    ("bie me", "danger"),
    ("Заключиха ме в стаята", "danger"),
    ("Не мога да изляза", "danger"),
    ("ne me puskat", "danger"),
    ("Ще ме убие", "danger"),
    ("Кървя", "danger"),
    ("тази нощ трябва да работя", "acute"),
    ("заплашват семейството ми", "acute"),
    ("искам да избягам", "acute"),
    ("не", None),
    ("съседка", None),
    ("не знам", None),
    ("Съседката ми работи всеки ден в автомивка и не ѝ плащат", None),
    ("Преди години ме биеше, сега съм добре", None),
    ("не ме бие", None),
    # Ukrainian (Cyrillic and Latin)
    ("Допоможіть!", "danger"),
    ("dopomozhit", "danger"),
    ("Мене б'ють", "danger"),
    ("mene byut", "danger"),
    ("Мене зачинили в кімнаті", "danger"),
    ("Не можу вийти з дому", "danger"),
    ("ne mozhu vyity", "danger"),
    ("Він мене вб'є", "danger"),
    ("Я в небезпеці", "danger"),
    ("сьогодні вночі я мушу працювати", "acute"),
    ("погрожують моїй родині", "acute"),
    ("хочу втекти", "acute"),
    ("ні", None),
    ("сусідка", None),
    ("не знаю", None),
    ("Моя сусідка працює щодня на автомийці і їй не платять", None),
    ("Раніше він мене бив, зараз я в безпеці", None),
    ("мене не б'ють", None),
    # Russian (Cyrillic and Latin)
    ("Помогите!", "danger"),
    ("pomogite", "danger"),
    ("Меня бьют", "danger"),
    ("menya byut", "danger"),
    ("Меня заперли в комнате", "danger"),
    ("zaperli menja", "danger"),
    ("Не могу уйти", "danger"),
    ("Он меня убьёт", "danger"),
    ("ya v opasnosti", "danger"),
    ("У него нож", "danger"),
    ("сегодня ночью я должна работать", "acute"),
    ("угрожают моей семье", "acute"),
    ("хочу сбежать", "acute"),
    ("нет", None),
    ("соседка", None),
    ("не знаю", None),
    ("Моя соседка работает каждый день на автомойке и ей не платят", None),
    ("Год назад он меня бил, сейчас всё хорошо", None),
    ("меня не бьют", None),
    ("Я сплю на кровати в подвале", None),
    # Spanish (with and without accents)
    ("¡Ayuda!", "danger"),
    ("ayúdame por favor", "danger"),
    ("Me pega todos los días", "danger"),
    ("me estan golpeando", "danger"),
    ("Estoy encerrada en una habitación", "danger"),
    ("No puedo salir de la casa", "danger"),
    ("no me dejan salir", "danger"),
    ("Me va a matar", "danger"),
    ("estoy sangrando", "danger"),
    ("tiene una pistola", "danger"),
    ("esta noche tengo que trabajar otra vez", "acute"),
    ("amenazan a mi familia", "acute"),
    ("quiero escapar", "acute"),
    ("no", None),
    ("vecina", None),
    ("no lo sé", None),
    ("Mi vecina trabaja todos los días en un lavado de coches y no le pagan", None),
    ("Hace dos años me pegaba, ahora estoy bien", None),
    ("ya no me pega", None),
    ("¿Me puedes ayudar a hacer una notificación?", None),
    # Danger told inside a story (harm now, abduction, confinement, a minor with adults, the near future)
    ("Mijn buurmeisje gilt, haar vader is haar op dit moment aan het schoppen", "danger"),
    ("Ik zie net dat ze een vrouw een bestelbus in duwen", "danger"),
    ("ze hebben mijn telefoon afgepakt en ik zit op zolder opgesloten", "danger"),
    ("mijn dochter van 13 is nu in een hotel met een man van 40", "danger"),
    ("vannacht brengen ze me naar een andere stad om te werken", "acute"),
    ("morgen verkopen ze haar aan iemand in Belgie", "acute"),
    ("ik wil vandaag bij hem weg, kunnen jullie me ophalen", "acute"),
    ("als ik vanavond niet betaal slaan ze me", "acute"),
    ("vorig jaar duwden ze haar in een auto", None),
    ("wat gebeurt er als iemand wordt opgesloten in een kamer?", None),
    ("vanavond ben ik thuis", None),
    ("morgen moet ik om negen uur naar mijn werk", None),
    ("mijn zoon van 12 speelt voetbal met andere jongens", None),
    ("My aunt just rang, her husband is punching her right now", "danger"),
    ("Some guys are shoving a teenager into a black car", "danger"),
    ("They hold me in a cellar and took my passport", "danger"),
    ("I'm 15, I'm in a motel room and they say more men are coming", "danger"),
    ("tonight they are driving me to a client in another town", "acute"),
    ("He is selling her to his friend tomorrow", "acute"),
    ("I want to leave this house today, where should I go", "acute"),
    ("I have to deliver the drugs before 10 or they will hurt my mother", "acute"),
    ("Last year they pushed her into a car", None),
    ("What happens if someone is held in a room by their boss?", None),
    ("I work tomorrow morning at the bakery", None),
    ("tonight I am at home", None),
    ("I'm 17 and I live with my parents", None),
    ("Kuzyn dzwonil, wlasnie go bija", "danger"),
    ("Dwoch mezczyzn wpycha kobiete do samochodu", "danger"),
    ("trzymaja mnie w piwnicy i zabrali mi paszport", "danger"),
    ("mam 15 lat, jestem w hotelu z obcymi mezczyznami", "danger"),
    ("dzis w nocy zawioza mnie do klientow", "acute"),
    ("jutro sprzedadza ja innemu mezczyznie", "acute"),
    ("musze dzis dostarczyc paczke z narkotykami bo inaczej mnie pobija", "acute"),
    ("rok temu wpychali ja do samochodu", None),
    ("co sie dzieje jesli ktos jest zamkniety w pokoju?", None),
    ("jutro rano ide do pracy w piekarni", None),
    ("Verisorul meu m-a sunat, il bat chiar acum", "danger"),
    ("Doi barbati imping o femeie intr-o masina", "danger"),
    ("ma tin incuiata in camera si mi-au luat telefonul", "danger"),
    ("am 15 ani, sunt intr-un hotel cu barbati straini", "danger"),
    ("la noapte ma duc la clienti in alt oras", "acute"),
    ("maine o vand altui barbat", "acute"),
    ("trebuie sa livrez droguri diseara altfel ma omoara", "acute"),
    ("anul trecut au impins-o intr-o masina", None),
    ("ce se intampla daca cineva e inchis intr-o camera?", None),
    ("maine dimineata lucrez la brutarie", None),
    ("Братовчед ми звънна, сега го бият", "danger"),
    ("Двама мъже бутат жена в колата", "danger"),
    ("държат ме в мазето и ми взеха паспорта", "danger"),
    ("на 15 съм, в хотел съм с непознати мъже", "danger"),
    ("довечера ме карат при клиенти в друг град", "acute"),
    ("утре ще ме продаде на друг мъж", "acute"),
    ("искам да избягам днес, къде да отида", "acute"),
    ("миналата година я бутаха в кола", None),
    ("какво става ако някой е заключен в стая?", None),
    ("утре сутрин съм на работа в пекарната", None),
    ("Брат подзвонив, його зараз б'ють", "danger"),
    ("Двоє чоловіків штовхають жінку в машину", "danger"),
    ("мене тримають у підвалі і забрали паспорт", "danger"),
    ("мені 15, я в готелі з чужими чоловіками", "danger"),
    ("сьогодні вночі мене повезуть до клієнтів", "acute"),
    ("zavtra vony prodadut ii inshomu", "acute"),
    ("хочу втекти сьогодні, куди мені йти", "acute"),
    ("торік її штовхали в машину", None),
    ("що буде, якщо когось замкнуть у кімнаті?", None),
    ("завтра зранку я на роботі в пекарні", None),
    ("Брат позвонил, его сейчас бьют", "danger"),
    ("Двое мужчин заталкивают женщину в машину", "danger"),
    ("меня держат в подвале и забрали паспорт", "danger"),
    ("мне 15, я в гостинице с чужими мужчинами, сейчас", "danger"),
    ("сегодня ночью меня повезут к клиентам", "acute"),
    ("завтра её продадут другому", "acute"),
    ("хочу уйти от него сегодня, заберите меня", "acute"),
    ("год назад её затолкали в машину", None),
    ("что будет, если кого-то заперли в комнате?", None),
    ("завтра утром я на работе в пекарне", None),
    ("Mi primo llamo, le estan golpeando ahora mismo", "danger"),
    ("Dos hombres empujan a una mujer al coche", "danger"),
    ("me tienen en el sotano y me quitaron el pasaporte", "danger"),
    ("tengo 15 anos, estoy en un hotel con hombres desconocidos", "danger"),
    ("esta noche me llevan a clientes en otra ciudad", "acute"),
    ("manana la venden a otro hombre", "acute"),
    ("quiero escaparme hoy, donde puedo ir", "acute"),
    ("el ano pasado la metieron en un coche", None),
    ("que pasa si alguien esta encerrado en un cuarto?", None),
    ("manana por la manana trabajo en la panaderia", None),
    # followed now, in every language; not followed on social media, not a friend coming to fetch me
    ("er rijdt een auto achter me aan, ik word achtervolgd", "danger"),
    ("a man is following me to the bus stop", "danger"),
    ("ktoś mnie śledzi od dworca", "danger"),
    ("doi barbati ma urmaresc pe strada", "danger"),
    ("някой ме следи от гарата", "danger"),
    ("якийсь чоловік стежить за мною від вокзалу", "danger"),
    ("за мной от станции следит какой-то мужчина", "danger"),
    ("какой-то мужчина следит за мной от станции", "danger"),
    ("un hombre me está siguiendo desde la estación", "danger"),
    ("he follows me on instagram", None),
    ("me siguen en instagram", None),
    ("моя подруга їде за мною, скоро буду в безпеці", None),
    # not allowed to call for help
    ("de baas laat ons geen 112 bellen", "danger"),
    ("they won't let us call an ambulance for him", "danger"),
    ("kierownik zabrania dzwonić na 112", "danger"),
    ("seful nu ne lasa sa sunam la salvare", "danger"),
    ("шефът ни забранява да викаме линейка", "danger"),
    ("бригадир забороняє дзвонити 112", "danger"),
    ("начальник запрещает звонить в скорую", "danger"),
    ("el jefe no nos deja llamar a una ambulancia", "danger"),
    # a girl pushed into a van: "now" after the vehicle too, but not "years ago"
    ("au bagat-o intr-o duba acum cateva minute", "danger"),
    ("au bagat-o intr-o duba acum doi ani", None),
    # a threat with the harm promised: acute
    ("jak nie przyjdę jutro, to połamie mi nogi", "acute"),
    # Bulgarian in Latin letters with q for я
    ("ne moga da izlqza ot staqta", "danger"),
    # an escape planned for tomorrow, in plain words
    ("morgen ga ik weg bij hem, kan iemand me ophalen?", "acute"),
    ("I'm leaving tonight, can someone meet me at the station", "acute"),
    ("jutro rano uciekam, nie wiem dokąd", "acute"),
    ("завтра тікаю від нього", "acute"),
    ("mañana me escapo de la casa", "acute"),
    # a harm with a deadline: set on fire, destroyed, the child taken
    ("als ik morgen niet betaal maakt hij me kapot", "acute"),
    ("daca nu dau banii pana maine ii da foc la masina", "acute"),
    ("сказал, что завтра заберёт ребёнка, если не заплачу", "acute"),
    # the door kicked in now; not a door that sticks
    ("they are kicking the door in right now", "danger"),
    ("ze trappen de deur in", "danger"),
    ("de schuurdeur klemt, ik trap hem altijd open", None),
    # locked in a room (Bulgarian perfect tense: still locked)
    ("заключил я е в банята", "danger"),
    # a pupil with an age, older men, tonight: acute
    ("een leerling van mij (14) moet vanavond naar een feest met oudere mannen", "acute"),
    ("my daughter is 15, tomorrow he takes her to a hotel again", "acute"),
    # "cannot leave" that is a restriction or a debt, not captivity now
    ("ze kan niet naar buiten zonder de chauffeur", None),
    ("I can't leave because I owe them for the trip", None),
    ("no puede salir, tiene miedo", "danger"),
    # a child made to steal tonight or tomorrow: acute
    ("mañana va a llevar a mi hermanito de 10 a robar en la tienda", "acute"),
    # a harm with a deadline: broken legs, "doing something" to family, coming for a sister
    ("si no pago hoy le rompe las piernas", "acute"),
    ("als ik morgen niet betaal doet ie mn moeder wat", "acute"),
    ("сказали если до завтра не заплачу приедут за сестрой", "acute"),
    # injured, hardly breathing, an overdose
    ("theres blood coming from her head and she cant breath", "danger"),
    ("a luat prea multe pastile si nu mai raspunde", "danger"),
    ("nu raspunde la telefon de doua zile", None),
    # being moved tonight
    ("they said we're moving to another farm tomorow", "acute"),
    ("nos cambian de casa esta noche", "acute"),
    # a choking, now, without the word "now"
    ("hes choking her i can hear it", "danger"),
    # not a bus every morning to work, not a social worker's client today
    ("elke ochtend om vijf worden ze met een bus naar het werk gebracht", None),
    ("azi a venit o clienta la mine la birou, era speriata", None),
    # a joke said as a joke; a boss who "kills" someone for being late
    ("seful meu ma omoara cu programul asta, glumesc", None),
    ("ця бюрократія мене вб'є, скажіть що буде далі", None),
    # a restriction: not out alone, not to school, not without the family
    ("sola no me dejan salir", None),
    ("не я пускат на училище", None),
    # beaten with a pipe, not moving
    ("шефът бие колегата с тръба, той не мърда", "danger"),
    ("kolega spadl i sie nie rusza, krew leci z ucha", "danger"),
    # a deadline and a threat: the photos sent, the house burnt
    ("ако до довечера не му дам парите, праща снимките ми на мъжа ми", "acute"),
    ("if he doesnt deliver by tomorrow night they burn our house", "acute"),
    # a child begging now: an alarm
    ("детето на съседите на 12 год сега пак проси пред гарата", "danger"),
]


@pytest.mark.parametrize(("text", "expected"), DANGER_CASES)
def test_detect_danger(text: str, expected: str | None) -> None:
    assert detect_danger(text) == expected


def test_danger_wins_over_acute_in_one_message() -> None:
    assert detect_danger("Vannacht moet ik werken. Nu slaat hij me") == "danger"


def test_the_current_clause_counts_after_a_past_one() -> None:
    assert detect_danger("Vroeger sloeg hij me, nu slaat hij me weer") == "danger"


HUMAN_CASES = [
    ("haha ok, can I talk to a real person?", True),  # a joke is not danger, but still a request for a person
    ("Ik wil met een mens praten", True),
    ("ik wil met iemand praten", True),
    ("Kan ik een medewerker spreken?", True),
    ("Mag ik iemand van Veilig Thuis spreken", True),
    ("medewerker", True),
    ("Een echt mens graag", True),
    ("ik wil liever met een hulpverlener chatten", True),
    ("Kan iemand mij bellen?", True),
    ("bel me terug", True),
    ("ik wil geen robot", True),
    ("niet met een bot praten aub", True),
    ("kunt u mij doorverbinden", True),
    ("ik wil graag een medewerker", True),
    ("praten met een medewerker", True),
    ("I want to talk to a human", True),
    ("Can I speak to someone?", True),
    ("real person please", True),
    ("human", True),
    ("an agent please", True),
    ("Can someone call me?", True),
    ("Please connect me to a staff member", True),
    ("I need a real person", True),
    ("I'd like to chat with a counsellor", True),
    ("not a bot please", True),
    # Not a request for a person
    ("nee", False),
    ("ja", False),
    ("buurman", False),
    ("Hilversum", False),
    ("ik weet het niet", False),
    ("Goedemiddag, ik heb een vraag", False),
    ("Ik wil iets melden", False),
    ("ik wil niet met iemand praten", False),
    ("ze mag met niemand praten", False),
    ("ze mag niet met iemand praten", False),
    ("hij praat met iemand op het werk", False),
    ("Mijn buurvrouw werkt dag en nacht", False),
    ("I don't want to talk to anyone", False),
    ("She is not allowed to talk to anyone", False),
    ("He doesn't let her speak with other people", False),
    ("my neighbour", False),
    ("I don't know", False),
    ("Hello, I would like to report something", False),
    ("/request_human", False),
    # pl, ro, bg, uk, ru, es
    ("Chcę porozmawiać z człowiekiem", True),
    ("prawdziwy człowiek proszę", True),
    ("Ona nie może z nikim rozmawiać", False),
    ("Vreau să vorbesc cu un om", True),
    ("sunați-mă", True),
    ("Nu are voie să vorbească cu nimeni", False),
    ("Искам да говоря с човек", True),
    ("обадете ми се", True),
    ("Не може да говори с никого", False),
    ("Хочу поговорити з людиною", True),
    ("zhyva lyudyna", True),
    ("Їй не можна ні з ким говорити", False),
    ("Хочу поговорить с человеком", True),
    ("pozvonite mne", True),
    ("Ей не разрешают ни с кем говорить", False),
    ("Quiero hablar con una persona", True),
    ("persona real por favor", True),
    ("No puede hablar con nadie", False),
]


@pytest.mark.parametrize(("text", "expected"), HUMAN_CASES)
def test_wants_human(text: str, expected: bool) -> None:
    assert wants_human(text) is expected


def test_the_tables_have_enough_rows() -> None:
    assert len(DANGER_CASES) >= 40 and len(HUMAN_CASES) >= 40
    assert {e for _, e in DANGER_CASES} == {"danger", "acute", None}


# ---------------------------------------------------------------------------------------------------------
# The families added with the development set (tests/evaluation_dev): a positive and hard negatives in each
# language. Worded differently from the development and held-out messages.

FAMILY_CASES = [
    # A medical emergency, and nobody calling an ambulance: danger
    ("mijn vriendin is flauwgevallen in de badkamer en hij wil niks doen", "danger"),
    ("de jongen reageert niet meer, kom snel", "danger"),
    ("my sister collapsed and they say no ambulance", "danger"),
    ("he is not breathing properly after the beating", "danger"),
    ("koleżanka zemdlała w pokoju, nikt nic nie robi", "danger"),
    ("ea nu mai respira bine, ajutati", "danger"),
    ("тя припадна и не диша добре", "danger"),
    ("він ледве дихає, викличте швидку", "danger"),
    ("она потеряла сознание, а они не вызывают скорую", "danger"),
    ("mi amiga se desmayó y el jefe no quiere llamar a la ambulancia", "danger"),
    # ... but not a question, an ordinary illness in the past or a negation
    ("als iemand flauwvalt, moet ik dan 112 bellen?", None),
    ("last year she passed out at work but she is fine now", None),
    ("¿qué hago si alguien se desmaya?", None),
    ("hij reageert niet meer op mijn berichten", None),
    ("she's not responding to my texts since friday", None),
    ("the roof of the greenhouse collapsed", None),
    ("ik hoef geen ambulance, ik wil alleen iets melden", None),
    # A plea to send someone: danger
    ("stuur alsjeblieft iemand, hij slaat alles kapot", "danger"),
    ("please send someone to the car park behind the hotel", "danger"),
    ("wyślijcie kogoś pod ten adres", "danger"),
    ("trimiteți pe cineva, vă rog", "danger"),
    ("пратете някого, моля", "danger"),
    ("пришліть когось на цю адресу", "danger"),
    ("пришлите кого-нибудь, пожалуйста", "danger"),
    ("manden a alguien a esta dirección", "danger"),
    ("ik stuur iemand een bericht als ik meer weet", None),
    ("I will send someone the photos later", None),
    # Just pushed into a car or van: danger; the same in a past story: not
    ("net werd er een jongen in een bestelbus getrokken bij de pomp", "danger"),
    ("some men just dragged a woman into a grey van outside the gym", "danger"),
    ("tocmai au împins un băiat într-o mașină neagră", "danger"),
    ("току-що набутаха една жена в колата си", "danger"),
    ("щойно затягли хлопця в машину", "danger"),
    ("только что затащили парня в машину у магазина", "danger"),
    ("acaban de meter a un chico en un coche negro", "danger"),
    ("two years ago they pushed me into a van at the border", None),
    ("hace tres años me metieron en una furgoneta", None),
    # A threat with a deadline, across a comma: acute
    ("als ik zaterdag niet betaal, doen ze mijn zus iets aan", "acute"),
    # ... without a deadline a lesser harm held over someone is ongoing coercion (a story, T2); a threat to life
    # is acute with or without one
    ("the boss said if I talk to anyone he will hurt my kids", None),
    ("the boss said if I talk to anyone he will kill me", "acute"),
    ("if I cut my hours I will have no money", None),
    ("if you hit the button the machine starts", None),
    ("if I don't bring the money tomorrow, they will hurt my kids", "acute"),
    ("jeśli jutro nie zapłacę, pobiją mojego brata", "acute"),
    ("dacă nu plătesc mâine, o bat pe mama", "acute"),
    ("ако утре не платя, ще набият брат ми", "acute"),
    ("якщо завтра не заплачу, вони поб'ють маму", "acute"),
    ("если завтра не заплачу, они изобьют маму", "acute"),
    ("si mañana no pago, le van a pegar a mi hijo", "acute"),
    ("if I don't finish my homework tomorrow, my teacher will be angry", None),
    # "..., otherwise they beat him": a threat (acute), not harm now
    ("hij moet vanavond pakketjes rondbrengen, anders slaan ze hem", "acute"),
    ("she has to go with the men tonight, otherwise he beats her", "acute"),
    # Jokes and figures of speech
    ("haha mijn moeder vermoordt me als ze dit ziet", None),
    ("my boss will kill me if I'm late lol", None),
    ("szef mnie zabije jak się spóźnię xD", None),
    ("this job is killing me, but I like my colleagues", None),
    ("munca asta mă omoară, dar sunt plătit bine", None),
    ("эта работа меня убивает, но платят хорошо", None),
    ("este trabajo me está matando pero me pagan bien", None),
    # The past covers the rest of its sentence, until "now"
    ("Vorig jaar, toen ik in Rotterdam woonde, sloot hij me op in de kelder", None),
    ("Last winter, when I lived with him, he locked me in the garage", None),
    ("Afgelopen zomer sloeg hij me, nu slaat hij me weer", "danger"),
    ("acum trei ani m-au închis într-un subsol", None),
    # A minor with adults: danger now, acute tonight, no alarm without a time
    ("mijn nichtje van 15 zit nu bij drie mannen in een auto", "danger"),
    ("my niece is 15 and an older man picks her up tonight", "acute"),
    ("mijn nichtje van 15 heeft een vriend van 30", None),
    ("a 15-year-old girl gets gifts from older men", None),
    ("15-latka ma dziś w nocy jechać z dorosłym facetem", "acute"),
    # Kept in a closed place: danger; kept in a house until a date: not captivity now
    ("they keep her in the basement of the shop", "danger"),
    ("they keep her in their house until the wedding", None),
    ("trzymają ją u siebie do ślubu", None),
    ("ją trzymają u siebie do ślubu", None),
    ("trzymają mnie tutaj od tygodnia", "danger"),
    ("ее держат у них дома до свадьбы", None),
    ("меня держат здесь", "danger"),
    ("la tienen en el sótano desde ayer", "danger"),
    ("la tienen en su casa hasta la boda", None),
    # Not allowed out alone: a restriction, not captivity now
    ("ze mag niet alleen naar buiten van haar man", None),
    ("she is not allowed to go out alone", None),
    ("ze mag het huis niet uit", "danger"),
    # Someone crying for help, thrown against something: danger
    ("de buurvrouw roept om hulp, hij smijt haar tegen de deur", "danger"),
    ("someone in the flat below is yelling for help", "danger"),
    ("ktoś na klatce krzyczy o pomoc", "danger"),
    ("cineva strigă după ajutor în apartamentul de sus", "danger"),
    ("някой вика за помощ отдолу", "danger"),
    ("хтось кричить про допомогу в сусідній квартирі", "danger"),
    ("кто-то кричит о помощи за стеной", "danger"),
    ("alguien grita pidiendo ayuda en el piso de abajo", "danger"),
    ("he keeps slamming her against the door", "danger"),
    ("la empuja contra la pared", "danger"),
    # a negation in an earlier phrase does not undo "not let out"
    ("hij heeft niks gezegd en ze laten haar niet naar buiten", "danger"),
    ("nikt nic nie mówi i nie pozwalają mu wyjść", "danger"),
    # Someone threatening to leave or run away is not a threat of harm
    ("mijn zoon dreigt weg te lopen als hij geen zakgeld krijgt", None),
    ("my son threatens to run away if he can't go to the party", None),
    ("mi hijo amenaza con irse de casa si no le dejo salir", None),
    ("сын грозится, что уйдет из дома", None),
    # An ordinary day
    ("morgen moet ik gewoon werken in de supermarkt", None),
    ("tomorrow I have to work as usual", None),
    # Held now, told by what it looks like (added with blind set 6): not let out of a car, a door locked from
    # the outside, "let me out!", someone lying hurt who does not answer or vomits blood
    ("we rijden nu over de A1 en ze laten me niet uitstappen", "danger"),
    ("they won't let her get out of the van, they're driving south", "danger"),
    ("jedziemy gdzieś autem i nie pozwalają mi wysiąść", "danger"),
    ("no me dejan bajar del coche, no sé a dónde vamos", "danger"),
    ("ze hebben de deur van buitenaf op slot gedaan en zijn weggegaan", "danger"),
    ("the boss locked the gate from the outside and left with our phones", "danger"),
    ("a încuiat ușa pe dinafară și a plecat", "danger"),
    ("нас закрыли снаружи в подвале", "danger"),
    ("next door a woman keeps screaming let me out and banging on the wall", "danger"),
    ("słyszę przez ścianę jak dziewczyna krzyczy wypuśćcie mnie", "danger"),
    ("mi compañera vomita sangre y no nos dejan salir", "danger"),
    ("leży na ziemi i nie odpowiada, co robić", "danger"),
    ("колегата не може да си мръдне крака след падането", "danger"),
    # ... but not a contract one wants out of, a door one locks oneself or a phone that is not answered
    ("can they let me out of the contract early?", None),
    ("ik doe 's avonds de deur op slot, dan voel ik me veiliger", None),
    ("moja siostra nie odpowiada na wiadomości od tygodnia", None),
    # A harm promised with a deadline, in the words people use (added with blind set 6)
    ("als ik morgen niet kom doet hij iets met mijn zus", "acute"),
    ("jak do jutra nie oddam kasy, to pogadają z moją matką", "acute"),
    ("dacă nu-i dau banii până mâine mă găsește", "acute"),
    ("si mañana no vuelvo me van a buscar", "acute"),
    ("сьогодні ввечері він знову повезе мене до клієнтів", "acute"),
    ("esta noche me toca otra vez salir con los clientes del jefe", "acute"),
    # A threat of a consequence that is not a harm is not an alarm; a harm beside it still is
    ("de huisbaas dreigt mijn spullen op straat te zetten als ik niet betaal", None),
    ("właściciel grozi, że wyrzuci nas z mieszkania", None),
    ("mă amenință că îmi ia copiii în România", None),
    ("el jefe la amenaza con denunciarla a la policía", None),
    ("he threatens to take the kids and says tonight he will break my arms", "acute"),
    ("he threatens me every day", "acute"),
    ("they said they will beat me tonight if I don't bring the money", "acute"),
    # Prison, and not being let out with friends or back home, are not captivity now
    ("fratele meu e la închisoare în Utrecht", None),
    ("prietena mea nu are voie să iasă cu noi", None),
    ("не я пускат да се върне в България", None),
    ("my girlfriend isn't allowed to go out with her friends", None),
    ("m-au închis în cameră și nu pot ieși", "danger"),
    # A child and an adult's use of them, for today or tonight: acute (added with blind set 6)
    ("a 14 year old pupil says her stepdad makes her do webcam shows and tonight is the next one", "acute"),
    ("een leerling van 15 moet vanavond weer pakketjes wegbrengen voor oudere jongens", "acute"),
    ("una alumna de 14 me dice que su novio de 25 la recoge hoy a la salida", "acute"),
    ("verișoara mea are 15 ani și diseară trebuie să meargă la petreceri cu un tip", "acute"),
    ("доньці сусідки 13, дорослий чоловік платить їй за фото, а сьогодні хоче з нею зустрітися", "acute"),
    ("сестра ми писа, че утре ще бяга от къщата", "acute"),
    ("locked in the storage room of the kitchen since last night", "danger"),
    # Added with blind set 7: swallowed drug capsules, a door locked by them, being driven off now, "they know
    # where my mother lives" with a deadline, screaming heard through the wall
    ("mijn neef heeft bolletjes ingeslikt en nu voelt hij zich heel slecht", "danger"),
    ("he swallowed capsules for them and now he is vomiting in the hotel", "danger"),
    ("am înghițit capsule pentru ei și mă doare burta", "danger"),
    ("ze hebben de deur op slot gedaan en mijn telefoon is bijna leeg", "danger"),
    ("zamknął drzwi na klucz i zabrał mi telefon", "danger"),
    ("нас везут куда-то в Германию, я в машине", "danger"),
    ("його везуть кудись, він встиг написати", "danger"),
    ("вибив двері, я закрилась у ванній", "danger"),
    ("ik hoor nu een meisje gillen in het huis naast ons", "danger"),
    ("als ik het geld niet voor morgen breng, weten ze waar mijn moeder woont", "acute"),
    ("if i dont show up tomorrow they know where i live", "acute"),
    ("jak jutro nie oddam, to pogadamy inaczej", "acute"),
    # ... not a past story, a cough sweet or a door one locks oneself
    ("vorig jaar heeft hij bolletjes geslikt, nu zit hij vast", None),
    ("ik heb de deur op slot gedaan, ik ben veilig", None),
    ("she knows where I live, we are neighbours", None),
    # ... not an adult daughter, and not a child with no time
    ("mi hija de 19 tiene un novio mayor y hoy salen a cenar", None),
    ("a pupil of 14 told me her stepdad is strict", None),
    # ... but not a promise without a harm or a deadline
    ("ik zoek morgen iets leuks met mijn zus", None),
    ("mañana vamos a buscar piso en Hilversum", None),
    # Added with blind set 8: hurt now told by what it looks like, a boss who forbids the ambulance, being hunted
    # now, a door locked on someone, leaving soon told across sentences, a child of about nine in the street
    ("mijn collega ligt op de grond en ademt niet meer goed, wat moet ik doen", "danger"),
    ("he fell from the ladder and can't get up, the boss says no ambulance", "danger"),
    ("kolega jest nieprzytomny, szef nie pozwala wezwać karetki", "danger"),
    ("e plin de sange si seful zice sa nu chemam salvarea", "danger"),
    ("той е в безсъзнание на пода в склада", "danger"),
    ("бригадир заборонив викликати швидку, хлопець непритомний", "danger"),
    ("он без сознания, хозяин запретил звонить в скорую", "danger"),
    ("mi compañero no se despierta y esta lleno de sangre", "danger"),
    ("we zijn gevlucht maar ze rijden rond en zoeken ons", "danger"),
    ("мы убежали, они ищут нас на машине возле вокзала", "danger"),
    ("nos escapamos y nos estan buscando por el pueblo", "danger"),
    ("mijn oom heeft me in mijn kamer opgesloten", "danger"),
    ("хозяйка закрыла нас на ключ и ушла", "danger"),
    ("el jefe la ha encerrado en el almacen", "danger"),
    ("they wont let me off the boat and the captain has my passport", "danger"),
    ("we willen morgen weggaan. kan iemand ons ophalen bij het station?", "acute"),
    ("mañana nos queremos escapar de la finca. alguien nos puede recoger?", "acute"),
    ("завтра вранці бус знову везе нас на ферму. де можна сховатися?", "acute"),
    ("a girl of about 9 is begging outside the shop again today and a man takes her money", "acute"),
    ("девочка лет восьми сегодня опять просит милостыню, а женщина забирает у неё деньги", "acute"),
    # ... not an ordinary day, an idle threat with a laughing face, or a past told with an age
    ("morgen wil ik eerder weggaan van mijn werk, kan iemand me ophalen?", None),
    ("my boss will kill me if I'm late again 😂 but seriously, is unpaid overtime legal?", None),
    ("mama mnie zabije jak się dowie 😅 ale mam pytanie o umowę", None),
    ("jak miałam 16 lat, chłopak zmuszał mnie do spotkań z facetami. teraz mam 24 i jest dobrze", None),
    ("when I was 15 they locked me in a flat with men. now I am 30 and safe", None),
    ("Минулого року мене зачинили на складі. Тепер я вдома і все добре.", None),
    # a child with a parcel, a client or a wedding for tonight; Romanian "nu" (not) is not Dutch "nu" (now)
    ("my little sister is 15 and they make her take a parcel to the city tonight", "acute"),
    ("fratele meu are 15 ani si in seara asta trebuie sa duca pachete pentru ei", "acute"),
    ("вона має 15 років, сьогодні ввечері її везуть на весілля з дорослим чоловіком", "acute"),
    ("nepoata mea are 16 ani, parintii vor s-o marite la anul, ea nu il cunoaste pe baiat", None),
    ("Am fost maritata cu forta la 15 ani. Acum am 30 si suntem bine.", None),
    # Bulgarian: being sold, not made to sell
    ("карат го да продава трева, за да си изплати пътя", None),
    ("казаха, че утре ще ме продадат на друг", "acute"),
    # Added with blind set 9: "a moment ago", "minutes ago", shoved into a van, locked in and not let out, screams
    # heard through the wall, a chain on the gate, a hatch screwed shut, the ambulance not called
    ("przed chwilą dwóch facetów wciągnęło chłopaka do auta", "danger"),
    ("преди 5 минути набутаха едно момиче в бус", "danger"),
    ("on zakryl menya v komnate i ne vypustit poka ne otrabotayu", "danger"),
    ("слышу как за стеной кто-то кричит и удары", "danger"),
    ("the boss put a chain on the gate and says no doctor for my friend", "danger"),
    ("ze hebben het luik dichtgeschroefd en zijn weggegaan", "danger"),
    ("бригадир скорую не вызывает, брат лежит в вагончике", "danger"),
    ("een jongetje van een jaar of 8 zit vanochtend weer te bedelen bij de supermarkt", "acute"),
    # ... not a kitchen joke, a joke about selling a kidney, a stocktaking night, a past at 19, cars at a door,
    # or a paid Saturday job of a sixteen-year-old
    ("коллега вечно с порезами, он целый день с ножом)) а теперь серьёзно: платят налом", None),
    ("mijn buurjongen zei vandaag voor de grap dat hij zijn nier wil verkopen", None),
    ("w zeszły piątek zamknęli nas w hali na noc przez inwentaryzację, ale zapłacili", None),
    ("cuando tenía 19 me tuvieron encerrada en un piso. eso fue hace años, ahora estoy bien", None),
    ("вечер пред вратата има коли с мъже", None),
    ("Mi hija tiene 16 años y trabaja los sábados en una heladería, le pagan 6 euros la hora", None),
    # a harm or the pictures promised, and tonight, told in different sentences
    ("Tonight the car comes for me again. I said I won't go, but he said he will break my arms.", "acute"),
    ("ik moet vannacht weer. hij zegt dat hij anders die filmpjes naar mijn ouders stuurt", "acute"),
    ("тази вечер пак трябва да ходя. каза, че ще прати клиповете на майка ми", "acute"),
    # ... but pictures held over an adult without a deadline are a story (T2), not an alarm
    ("Her boyfriend takes all the money. He has videos of her that he'll send to her family if she stops.", None),
    # Added with blind set 10: screams or someone pushed into a car with "now" anywhere in the message, a door
    # shut from the outside, a chain, blood on a face, a boss who keeps the injured from hospital, a minor's
    # wedding or errand for tomorrow, Bulgarian chat Latin ("6efa"), threats to a sister's school
    ("сега съм на паркинга. двама мъже натикаха едно момиче в кола, на около 14 е", "danger"),
    ("my friend is calling me right now from a car, 2 men took her from the flat, she was screaming", "danger"),
    ("ahora mismo se oyen golpes arriba y una chica gritando", "danger"),
    ("sąsiadka krzyczy żeby ją puścił. to się dzieje teraz!!", "danger"),
    ("de baas doet de deur van mijn kamer dicht van buiten en ik heb pijn", "danger"),
    ("there's a lad in the shed with his wrist chained to a pipe", "danger"),
    ("een jongen kwam binnen met bloed over z'n hele gezicht", "danger"),
    ("kolega spadl, szef nie pozwala mu iść do lekarza", "danger"),
    ("6efa ne dava da go karame v bolnica, ne moje da stane", "danger"),
    ("el encargado no deja que llamemos ambulancia, dice que si viene alguien nos echan", "danger"),
    ("господиня вдарила її головою об стіну і закрила в підвалі", "danger"),
    ("братовчедка ми е на 16, утре я качват на самолета за сватба", "acute"),
    ("моїй племінниці 16, видають заміж, квитки на завтрашній рейс", "acute"),
    ("hij moet vanavond iets wegbrengen. ze weten op welke school zijn zusje zit", "acute"),
    ("he say if i dont pay by tomorrow his friends will visit me", "acute"),
    ("koordynator powiedział że jutro rano dostaną nauczkę", "acute"),
    # ... not a story that ended well, a year long past, a parent's anger, a cut from one's own knife, or a knife
    # wound seen at the hospital
    ("вчера клиент в отеле запер дверь и не хотел платить, но все закончилось нормально", None),
    ("wczoraj ktoś się zamknął w łazience, skończyło się dobrze", None),
    ("in 2019 am stat incuiata intr-un apartament. am scapat, acum am un copil", None),
    ("When I was a girl in Ghana my uncle locked me in a room for days. I am safe now", None),
    ("omg mn moeder maakt me af als ze dit leest", None),
    ("днес се порязах с ножа доста лошо, шефа ме закара в спешното", None),
    ("A month ago a young guy came in with a knife wound to his hand", None),
    # Added with blind set 11: no hospital in other words, held in an attic, a minor's evening with "friends",
    # a debt to bring by tomorrow, "taken to the forest", thrown out on the street for the night
    ("ala de la firma nu il lasa sa mearga la spital ca nu e inregistrat", "danger"),
    ("szef mowi ze zadnego lekarza bo nie ma papierow", "danger"),
    ("у хлопця зламана рука вже 2 дні, в лікарню не везуть кажуть сам винен", "danger"),
    ("его держат на чердаке, дышать нечем от ламп", "danger"),
    ("ze houden me vast in een huisje en ze zijn nu beneden", "danger"),
    ("a black audi is driving up and down our street right now looking for her", "danger"),
    ("verisoara mea are 16 ani, diseara vin niste prieteni de-ai lui acasa sa se distreze cu ea", "acute"),
    ("the manager say if i not bring 500 euro tomorrow he come to my room", "acute"),
    ("yakshcho zavtra ne prynesu 500 evro to mene vidvezut v lis", "acute"),
    ("jak wieczorem nie przyniesie 100 euro to ja wyrzuca na noc na ulice", "acute"),
    ("vrem sa plecam in noaptea asta de la ferma, dar nu avem unde sa dormim", "acute"),
    # ... not a daughter of 19 with a boyfriend ten years older, a driver who says nobody hits him, a story "pe
    # vremuri"
    ("fata mea are 19 ani si are un iubit cu 10 ani mai mare. acum nu mai vine acasa", None),
    ("zaraz stoiu na parkovtsi v Amsterdami, vse spokiino, nikhto ne bye, ale shcho meni robyty?", None),
    ("eram inchisa in apartament pe vremuri, in 2018. acum sunt in siguranta", None),
    # From the development set's remaining misses: in the boot of a car, dragged by the hair, pills taken, "no
    # doctors", being chased, "they will come round to 'talk'", pictures sent to the family
    ("ik zit in de kofferbak van een auto ze rijden nu ergens heen", "danger"),
    ("a man just dragged her back in by her hair", "danger"),
    ("mi amiga se tomo muchas pastillas y no responde", "danger"),
    ("мастер увез его к себе домой, говорит никаких врачей", "danger"),
    ("ze zegt dat meneer haar achterna komt", "danger"),
    ("если завтра не выйду на смену, то его люди придут в общагу и поговорят", "acute"),
    ("als ik niet kom dan stuurt hij foto's naar mijn familie. ik moet vanavond werken", "acute"),
    ("сегодня уйду от них, куда мне идти", "acute"),
    # ... but being driven to work every day is not being taken away
    ("каждый день нас везут на работу в 6 утра", None),
    # ... nor a night that ended with the police taking him away
    ("He was kicking the door in last night, but the police came and took him away. She's okay now.", None),
    # ... unless it starts again
    ("the police took him away last week, but tonight he is back and hits her again", "danger"),
    # Added with blind set 12: a wish to die, chest pain, a kidney for a debt with a flight tonight, men locked
    # in a container, screams heard for half an hour; not a film, the news, or a story dated "that was in 2021"
    ("tengo las pastillas de mi abuela aqui en la mesa y creo que es la unica salida", "danger"),
    ("ik wil niet meer leven, ik doe mezelf iets aan", "danger"),
    ("he is clutching his chest and is all grey, but begs me not to call anyone", "danger"),
    ("довечера имаме полет за Истанбул. шефът каза че дългът се изчиства ако дам единия си бъбрек", "acute"),
    ("хозяин закрыл троих в железном контейнере на замок и уехал", "danger"),
    ("ik hoor al een half uur een jonge vrouw please stop roepen en gebonk tegen een deur", "danger"),
    ("ik heb net opsporing verzocht gekeken, over vrouwen die in een kelder werden vastgehouden", None),
    ("вчера смотрели кино, там девушку заперли и били", None),
    ("ma tineau incuiata intr-un apartament. asta a fost in 2021. acum sunt in siguranta", None),
    # Added with blind set 13: pulled inside now, a door locked from outside, a padlock, hands tied, a boy
    # held in a garage, "help" and a location, hiding from a van, a kidney and a doctor abroad tomorrow,
    # regret and a beating promised for tonight, a child made to beg today; not a search for a husband, a
    # documentary, "they don't beat me", a child's wedding for the summer while all is calm at home
    ("Bij de buren wordt nu een meisje naar binnen getrokken, ze huilt", "danger"),
    ("dver snaruzhi na zamke, okna zakolocheny, provodka gorit", "danger"),
    ("a teraz zamkneli bo chcialam wyjsc", "danger"),
    ("в колата съм, вързаха ми ръцете", "danger"),
    ("съседите държат едно момче в гаража, вратата е с катинар", "danger"),
    ("Подруга только что прислала одно слово «помоги» и геолокацию", "danger"),
    ("за мною їздять двоє на білому бусі, я сховалась за сараєм", "danger"),
    ("he says hes sitting with his moms pills and its goodbye", "danger"),
    ("le dieron pastillas y ya no puede ni levantarse, lo van a operar ya", "danger"),
    ("dolg 15 tysjach, mozhno otdat pochku. zavtra utrom ego vezut k vrachu v Turciju", "acute"),
    ("me grito q si sigo preguntando mañana me voy a arrepentir. me quiero ir esta noche", "acute"),
    ("днес събрахме само 15 евро, той каза като се върнем вечерта ще има бой", "acute"),
    ("zavtra zrannja vyveze nas 'dodomu'. kazhe khto ne poide toj pozhalije", "acute"),
    ("kaze mu do 22 dzisiaj wyslac filmiki albo wysle wszystko do calej szkoly", "acute"),
    ("fratele meu de 13 ani e pus sa cerseasca la gara, si azi e acolo de dimineata", "acute"),
    ("I'm 17. tomorrow morning we fly back home and I will be married there to my cousin", "acute"),
    ("mi-a zis acum 10 min ca maine daca nu aduce 100 euro o bat ca saptamana trecuta", "acute"),
    ("they said i have to go to a hotel in hilversum tonite with 2 men", "acute"),
    ("hij stuurt de foto's om 12 uur naar mn klas. ik sta nu bij het water en wil er niet meer zijn", "danger"),
    ("mi amiga tiene 17 y sus padres le estan buscando marido, en verano la llevan para casarla", None),
    ("net die docu over loverboys gezien, 'hij sloot haar op en sloeg haar'", None),
    ("lucrez de la 6 dim pana la 10 seara, nu ma bat sau ceva dar nu mai pot", None),
    ("am 17 ani, parintii vor sa ma marite vara asta. acum nu se intampla nimic", None),
    ("сестре 17, родители хотят летом выдать ее замуж. пока она дома и все спокойно", None),
    # ... but a negation after "if" or "or" does not undo the harm, and "not calm" is not calm
    ("manana tengo que ir con el cliente, o si no la matan", "acute"),
    ("сестре 17, ее выдают замуж, она сейчас у них дома и там не спокойно", "danger"),
    ("mi hija de 15 esta en casa de unos hombres ahora, la usan para sexo con clientes", "danger"),
    ("my sister is 15, she is with older men now in a hotel, i dont know if she is safe", "danger"),
    ("maine se intoarce. a zis ca ne rupe picioarele", "acute"),
    # Added with blind set 14 (after first sight): "come to talk" or "sort it out" tonight
    ("koordynator zagrozil mu ze dzis wieczorem przyjda 'porozmawiac' jak nie odda 800 euro", "acute"),
    ("сегодня он написал, что вечером приедет «разобраться» с тем, кто ходил в гемеенте", "acute"),
    ('Hoy ella le dijo que se iba y él contestó que "esta noche hablarán".', "acute"),
    # A little boy or girl is a minor even without an age in the same clause (blind set 14, after first sight) ...
    ("A little boy, maybe 8, begs at the shop. A man takes the money every hour. Today it is below zero", "acute"),
    ("przed sklepem siedzi mała dziewczynka i prosi o pieniądze, mężczyzna zabiera jej wszystko. dziś mróz", "acute"),
    # ... but a child seen begging beside a parent, or last week, is no alarm
    ("en la estacion de Hilversum hay una niña pequeña que pide dinero con su madre", None),
    ("I saw a little girl begging with her mum in Hilversum last week", None),
    # Married off with a flight in hours: acute; a wedding planned for the summer or long ago is not (set 14)
    ("Her uncle takes her to Schiphol, the flight leaves in about three hours, they will marry her off there", "acute"),
    ("mi prima tiene 17, la llevan a Marruecos para casarla con un hombre de 40, el vuelo sale en dos horas", "acute"),
    ("my cousin is 16 and her parents want to marry her off next summer in Pakistan", None),
    ("ik ben 40 en ben 20 jaar geleden uitgehuwelijkt, vandaag wil ik het gewoon vertellen", None),
    # Unable to call because they would hear: with them now (set 14) ...
    ("bro they got me in a stash house. cant call they will hear me. typing under blanket", "danger"),
    ("не мога да се обадя ще ме чуят", "danger"),
    ("no puedo llamar porque me oyen", "danger"),
    # ... not a sleeping child who would hear, nor a question whether anyone reads along
    ("I can call you tomorrow, my daughter is asleep and she will hear me otherwise", None),
    ("do they hear me if I write here? is this chat private?", None),
    # Fled, and nowhere to go tonight: acute
    ("ik ben weg van die boerderij, ik zit nu bij een tankstation. waar moet ik heen vannacht", "acute"),
    ("куда мне идти сегодня ночью, хозяин ищет меня", "acute"),
    # Threats with a deadline in words the net did not know (set 14)
    ("me dijeron que si mañana no les doy 3000 pavos van a ir a casa de mi madre", "acute"),
    ("daca pana maine la 12 nu mai duc un colet la Utrecht ii fac ceva surorii mele", "acute"),
    ("dzis powiedzial ze jak wieczorem nie podpisze to wyrzuci mnie z dzieckiem na ulice i bedzie bic", "acute"),
    ("mój szef krzyczy, ale nie będzie mnie bić, to dobry człowiek", None),
    # In a clinic now, in a message about a kidney for a debt: danger; an offer of an operation abroad is not
    ("Мій брат у приватній клініці в Стамбулі. Йому сказали, що борг він відпрацює ниркою.", "danger"),
    ("my brother is in a private clinic in Istanbul, they say his debt is paid with a kidney", "danger"),
    ("Знакомому обещают операцию в какой-то клинике за границей, если он отдаст почку", None),
    ("ik ben verpleegkundige in een kliniek in Hilversum, een patient moest in Libie een nier afstaan", None),
    # A child's age told with the adult age now: married off then, not now (set 14) ...
    ("Me casaron con 16 años en Marruecos con un primo. Ahora tengo 24, vivo en Laren y estoy divorciada", None),
    ("Подругу в 16 лет выдали замуж на родине. Сейчас ей 23, они с мужем живут в Нидерландах", None),
    # ... but a parent's own age does not make a child grown up
    ("I am 45 now and my daughter is 15, she is in a hotel with older men right now", "danger"),
    # A question that calls itself hypothetical, and what someone read, are not their danger (set 15) ...
    ("Pregunta hipotética: si un granjero lleva un machete y les grita, ¿cuándo intervenís?", None),
    ("Вопрос чисто теоретический: допустим, соседа держат взаперти, а у кого-то пистолет", None),
    ("ik las gisteren in de krant over mannen die met een pistool naar het ziekenhuis werden gebracht", None),
    ("I'm reading a novel where a young mother is threatened with a gun until she hands over her baby", None),
    # ... unless it says it is not hypothetical, and Romanian "lei" is money, not "I read"
    ("This is not a hypothetical question, he has a knife and is at the door now", "danger"),
    ("imi datoreaza 2000 lei si ma bate in fiecare seara, acum e acasa si ma loveste", "danger"),
    # Driven away now to a place nobody will name (set 15) ...
    ("wij zijn 9 man in bus. baas zeg wij gaan ander werk maar zeg niet waar. telefoon hij pakt", "danger"),
    ("Nos han metido a seis en una furgoneta, nos quitaron los móviles, no nos dicen a dónde vamos", "danger"),
    ("nas posadili v bus, vseh iz teplicy, telefony zabrali, ne govoryat kuda edem", "danger"),
    # ... a baby taken from its mother now, or tonight; a deal for a child without a time is a story
    ("ze pakken mijn baby nu uit mijn armen. er staat een man in de gang die mij tegenhoudt", "danger"),
    ("Kobieta mówi że dziś wieczorem przyjadą ludzie po małą, bo już zapłacili", "acute"),
    ("её «друг» договорился с какой-то парой, что они заберут ребёнка за деньги", None),
    ("we don't know where the party is tonight, my boss didn't say where we go", None),
    # A child made to carry drugs this week, a beating tonight, screams heard, a surrogate flown out tomorrow (set 15)
    ("Un alumno de 15 años: unos chicos mayores le obligan a llevar bolsitas y este viernes le toca otra vez", "acute"),
    ("Syn ma 15 lat. Starsi chłopacy każą mu w tym tygodniu rozwozić paczuszki z towarem", "acute"),
    ("mi hijo de 15 juega al futbol este viernes con sus amigos", None),
    ("el que manda en la wietplantage me ha dicho que esta noche viene con sus colegas a darme una paliza", "acute"),
    ("Vecinul tocmai l-a aruncat pe baiatul lui pe scari, il aud urland prin perete acum", "danger"),
    ("maine dimineata plec cu avionul in Georgia, omul zice ca o sa port copilul unei familii bogate", "acute"),
    ("Mañana me quieren llevar a Bélgica para que dé a luz allí y no me dejan hablar con nadie", "acute"),
    ("mijn vriendin was draagmoeder voor een stel in 2019, het ging goed, morgen gaan we koffie drinken", None),
    # Set 15, after first sight: a door kicked, a knife shown, hit just now, beatings promised for tonight
    ("pls help boss locked the container where we sleep, 6 of us inside, he is outside kicking the door", "danger"),
    ("La señora me volvió a encerrar en el cuarto del sótano y el señor me acaba de pegar con el cinturón", "danger"),
    ("В момента съм в колата на чичо ми. Баща ми седи до мен и ми показа ножа", "danger"),
    ("помощ, карат ме някъде с бус, казаха че дългът ми ще се плати с бъбрек", "danger"),
    ("Vandaag zei de ploegbaas dat we vanavond klappen krijgen omdat we over loon klaagden", "acute"),
    ("boss said tonight his guys come to our house and we will learn lesson", "acute"),
    ("Донька знайомого, їй 15 років. Завтра зранку батько везе її за кордон, там домовились про весілля", "acute"),
    ("the neighbours were banging on my door last year because of the music", None),
    ("my son of 15 will learn a lesson tonight at his judo class", None),
    # Screams heard now are not undone by a later sentence about last week; "like last week" dates nothing
    ("Vecinul tocmai l-a aruncat pe scari, il aud urland. Copilul mi-a zis saptamana trecuta ca fura", "danger"),
    ("Казаха ми, че ако довечера не им донеса 80 евро, пак ще ме бият като миналата седмица", "acute"),
    ("la semana pasada me pegó, ahora vivo con mi hermana y estoy bien", None),
    # Found by review: the exemptions must not silence a cry for help ...
    ("In theory I am free, but the boss is beating me right now and I can't get out", "danger"),
    ("No es una pregunta hipotética, ahora me tienen encerrada y me pegan", "danger"),
    ("I read your article about trafficking, I am locked in a room now and they will beat me tonight", "danger"),
    ("Ik lees net jullie site, ze houden me nu opgesloten in de kelder", "danger"),
    ("I am 15, now 20 men are waiting for me in the hotel room", "danger"),
    ("Ea are 15 ani, nu 18 cum scrie in pasaport, si acum trebuie sa stea cu barbati in hotel", "danger"),
    ("Їй 15 років, вона зараз у готелі з чоловіками", "danger"),
    ("Куда нам ехать сегодня ночью?", "acute"),
    ("Waar moet ik vannacht slapen?", "acute"),
    ("Не мога да звъня ще ме чуят", "danger"),
    # ... and the new words must not alarm on ordinary days
    ("Mâine iau copilul de la grădiniță, apoi merg la muncă", None),
    ("Mañana se llevan a mi hijo de excursión", None),
    ("Мой брат завтра женится на голландке. Нужна ли ей виза?", None),
    ("I am in the clinic with kidney problems and my employer does not pay me for the sick days", None),
    ("Maine ii fac ceva bun de mancare fratelui meu", None),
    ("Mañana les damos una paliza en el partido de fútbol", None),
    ("Tomorrow we will learn the lesson about Dutch grammar", None),
    ("¿A dónde vamos hoy a cenar?", None),
    # blind set 16: babies taken tomorrow, a child's wedding abroad, a child sent out on a weekday, threats in
    # other words, being driven away; and questions in theory, a novel, a question about what Veilig Thuis does
    ("Mijn zus is vorige maand bevallen en morgen komen ze de baby ophalen, ze wil het niet", "acute"),
    ("Утре идват да го вземат, бебето е на две седмици, а тя плаче", "acute"),
    ("Завтра приедет женщина за малышом, подруга не хочет его отдавать", "acute"),
    ("Завтра вона забирає немовля у моєї сестри", "acute"),
    ("Mâine vine un bărbat să-i ia copilul surorii mele, ea nu vrea", "acute"),
    ("My cousin flies to Pakistan tomorrow, they keep talking about her nikah and she does not want it", "acute"),
    ("Jutro jedziemy do Polski, ciotka mówiła o weselu z chłopakiem którego nie znam, mam 16 lat", "acute"),
    ("Mijn zoon van 14 moet vrijdag weer pakketjes met drugs rondbrengen voor die jongens", "acute"),
    ("Since last week he locks me in the room every night", "danger"),
    ("als ik vanavond de kas niet af heb krijg ik klappen zoals vorige week", "acute"),
    ("Ако не платя до утре, ще ме пребият", "acute"),
    ("drzwi są zablokowane, jedziemy gdzieś autem z dwoma facetami", "danger"),
    ("fratele meu e la ferma, nu-l lasa sa plece, are paznic la usa", "danger"),
    ("nas posadyly v bus i vezut kudys, ne kazhut kudy", "danger"),
    ("Срочно! Двое мужчин затолкали девушку в машину у магазина", "danger"),
    ("Боюсь оставаться тут на ночь, бригадир сказал вечером придут", "acute"),
    ("якщо не зробимо до вечора, то поговорить з нами як з тим хлопцем", "acute"),
    ("Stel dat iemand vanavond naar klanten moet, wat kan ik dan doen?", None),
    ("Suppose a girl is locked in a room by her boss tonight, is that trafficking?", None),
    ("Чисто теоретичен въпрос: жена е заключена в мазе от шефа си, престъпление ли е това?", None),
    ("Читаю сейчас роман, где девушку держат взаперти в подвале", None),
    ("Вы сразу звоните в полицию, когда получаете сообщение?", None),
    ("Hace dos años me encerraban en un piso. Hoy vivo en otra ciudad y estoy bien", None),
    ("vecinul meu roman e bătut acum de șef în seră", "danger"),
    # blind set 17: a kidney for a debt on the way to a doctor, a child married off after a flight (a teacher's
    # school is no ordinary day then), an embryo transfer, threats in other words, a storeroom, a door kicked in;
    # and a question about what Veilig Thuis does, a newspaper just read, a course not allowed, an old story
    ("They are driving me to a doctor now, they say my kidney pays the debt", "danger"),
    ("Сега ме карат с колата при лекар, казват че с бъбрека ще си върна дълга", "danger"),
    ("Me llevan en el coche a una clínica para sacarme un riñón por la deuda del viaje", "danger"),
    ("Zawożą mnie teraz do kliniki, mówią że nerka spłaci dług", "danger"),
    ("I am his teacher at school; tomorrow the family flies her to Pakistan to marry her cousin", "acute"),
    ("Jutro mam transfer zarodka dla tej pary, a ja już tego nie chcę", "acute"),
    ("Завтра они приезжают забирать ребёнка, она не хочет отдавать", "acute"),
    ("Хазяйка щойно замкнула мене в комірці", "danger"),
    ("бригадир сказал что вечером поговорит со мной так же как с Петром", "acute"),
    ("шеф сказав, що ввечері прийде розібратися з нами", "acute"),
    ("golpea la puerta del baño, me escondí allí", "danger"),
    ("Він б'є ногами в двері, я сховалася у ванній", "danger"),
    ("Никой не ни казва накъде пътуваме, шофьорът не спира", "danger"),
    ("Дъщеря ми (15) има среща довечера в хотел с мъж", "acute"),
    ("Mój syn ma 14 lat, do piątku musi jeszcze coś zrobić dla nich, bo inaczej go pobiją", "acute"),
    ("Do you go to the house yourselves or call the police?", None),
    ("las net een artikel over meisjes die werden opgesloten in een flat", None),
    ("No la dejan ir al curso de idioma y trabaja sin días libres", None),
    ("nikt mnie nie bije, ale nie mogę odejść bo podobno wiszę im za przyjazd", None),
    ("Acum doi ani am fost închisă și bătută dacă nu aduceam bani. Acum sunt bine.", None),
    ("Vorig jaar sloeg hij me en nu slaat hij me weer", "danger"),
    # review of the set-16/17 changes: a name, a website being read, a plea with 'you', 'I suppose'; a comparison
    # word that is 'that' or 'how', a time that is only when it was told, ordinary trips, weddings, pick-ups, surgery
    ("Роман бьёт меня, помогите", "danger"),
    ("Czytam waszą stronę, on mnie zamknął w pokoju i bije", "danger"),
    ("Can you call the police please", "danger"),
    ("Вы вызовите полицию?", "danger"),
    ("I suppose he will kill me tonight", "danger"),
    ("Он бьёт в дверь, я заперлась", "danger"),
    ("On łomocze w drzwi łazienki", "danger"),
    ("Mi-a spus ca anul trecut l-au închis în pivniță", None),
    ("Я знаю как в прошлом году её заперли в подвале", None),
    ("Two years ago my boss locked me in a basement and I only told my sister about it today", None),
    ("Nu ma lasa sa plec fara el", None),
    ("Нас у неділю везуть на екскурсію до Львова", None),
    ("Она сказала что разберется с документами завтра", None),
    ("Завтра приедут забрать вещи", None),
    ("Завтра папа приедет за сыном в школу", None),
    ("Завтра бабуся забере сина зі школи", None),
    ("Mijn moeder komt morgen de baby ophalen", None),
    ("Mâine vine bunica să ia copilul de la grădiniță", None),
    ("Jutro ślub z moim narzeczonym, cieszę się", None),
    ("My mother is now in hospital, the doctor will remove her kidney because of the tumour", None),
    ("They drive me to a doctor to take out a kidney so I pay my debt", "danger"),
    ("My son is 14, this Friday he has to water the plants at grandma's", None),
    # taken along abroad tomorrow (blind set 17: an au pair whose family flies to Dubai "and they say I come with them")
    ("Tomorrow they fly to Dubai and they say I come with them, they keep my passport", "acute"),
    ("Morgen moet ik mee naar Turkije, ik wil niet", "acute"),
    ("Mañana tengo que irme con ellos a España y no quiero", "acute"),
    ("Tomorrow I have to go with them to the dentist", None),
    ("Morgen moet ik mee naar school met mijn broertje", None),
    # a knife downstairs now, in a message that also tells of last week (blind set 17)
    ("Hay un hombre con cuchillo abajo en el portal. Ya vino un doctor la semana pasada. Tengo miedo", "danger"),
    # blind set 18: babies collected in more words, a van that won't say where, tied to a bed, a cellar, a kidney
    # in the sentence after the car, 'me va a dar una paliza' (Romanian 'dar' is 'but'); old stories now safe
    ("My sister gave birth last week and a couple takes the baby tomorrow, they paid her boyfriend", "acute"),
    ("Urodziła tydzień temu, jutro przyjeżdża para po moją córkę", "acute"),
    ("O familie ia bebelușul mâine contra unei sume de bani", "acute"),
    ("Меня заставляют отдать мою новорождённую дочку, завтра подписывать бумаги", "acute"),
    ("ne-au urcat in duba si nu vor sa zica unde ne duc", "danger"),
    ("Господиня сказала: ввечері чоловік прийде і ти отримаєш", "acute"),
    ("ze zeggen dat ik een nier moet afstaan, ik kan niet uitstappen, de deur zit op slot", "danger"),
    ("they tied me to the bed, the man says my kidney pays the debt", "danger"),
    ("They put us in the van and won't say where we are going", "danger"),
    ("La señora acaba de encerrarme en el sótano", "danger"),
    ("el dueño dice que esta noche me va a dar una paliza", "acute"),
    ("Я в машині. Кажуть що борг я віддам ниркою, везуть у приватну клініку", "danger"),
    ("To było ponad 10 lat temu, dziś jestem bezpieczny. Wycięli mi wtedy nerkę w szpitalu za granicą", None),
    ("as a kid they made me steal and i got beaten. that was 8 yrs ago, now im 20 and doing fine", None),
    ("Hace seis años me tuvieron encerrada en un club. Ahora vivo aquí tranquila con mi hijo", None),
    ("Jestem nauczycielką w szkole, uczennica 15 lat mówi, że latem rodzice wydadzą ją za kuzyna", None),
    # blind set 19
    ("Okładają go pięściami, kiedy nie zbierze dosyć pieniędzy", "danger"),
    ("Нас затолкали в машину", "danger"),
    ("Ne-au luat pașapoartele acum o lună și nu vor să ne spună unde mergem acum", "danger"),
    ("Diseară vine un bărbat străin să ia copilul, sora mea a primit bani", "acute"),
    ("Mâine vine bunica să ia copilul de la grădiniță", None),
    ("Hace quince años me pegaban en una finca", None),
    ("Взеха ни паспортите преди година и ни заключваха. Сега съм добре", None),
    # blind set 20
    ("Качиха ни в бус, взеха ни телефоните и не казват къде карат", "danger"),
    ("nos metieron en la furgoneta y no dicen adonde vamos", "danger"),
    ("Me llevan a casarme, me tienen agarrada del brazo en el aeropuerto", "danger"),
    ("There are two men at the front door, shouting. They're trying to get in", "danger"),
    ("boss says this evening he will teach a lesson to whoever talked to the inspectors", "acute"),
    ("my teacher will teach us a lesson on Dutch history tonight", None),
    ("бригадирът каза, че довечера ще ни научи на работа", "acute"),
    ("mówią że wieczorem przyjdą i mnie nauczą", "acute"),
    ("wieczorem mama nauczy mnie gotować", None),
    ("Ze zei: vanavond krijgen jullie de stok als het weer te weinig is", "acute"),
    ("Женщина говорит, что завтра придут люди за малышом", "acute"),
    ("anoche vi una peli sobre chicas encerradas en un sotano a punta de pistola", None),
    ("Me pegaba cada día. De eso hace ya veinte años, vivo segura con mis hijos", None),
    ("Это было давно, лет десять назад: меня держали взаперти в квартире. Сейчас я в безопасности", None),
    (
        "In 2014 am fost tinuta intr-o camera incuiata si batuta daca nu faceam ce voiau. Acum am o viata linistita",
        None,
    ),
    # blind set 21
    ("Siedzimy w busie, szef zabrał telefony i nie chce powiedzieć dokąd jedziemy", "danger"),
    ("Хозяйка сейчас била меня на кухне, вышла на минуту", "danger"),
    ("Она сейчас была у меня дома и ушла", None),
    ("Ze moet morgen tekenen zodat een rijk stel de baby meeneemt", "acute"),
    ("Op mijn 16e ben ik uitgehuwelijkt. Hij dreigde met een mes. Nu woon ik op een veilig adres", None),
    ("Czytałam o parze, która kupiła niemowlę. Co grozi tym ludziom?", None),
    ("szef nam grozi", "acute"),
    ("ni kachiha v busa, vzeha telefonite, ne kazvat kude otivame", "danger"),
    ("ajutor ma duc cu duba nu stiu unde, suntem 3 fete", "danger"),
    ("ma duc cu masina la mare, nu stiu unde sa parchez", None),
    ("azi mi-au transmis ca diseara vin baietii sa ma invete minte daca nu dau banii", "acute"),
    ("бригадир ответил что вечером после смены меня «научат», двое его людей уже ждут", "acute"),
    (
        "ті хлопці стоять під під'їздом прямо зараз, у одного ніж, "
        "кажуть якщо він сьогодні не віднесе пакет то поріжуть його",
        "acute",
    ),  # a threat with a deadline: T1 (the knife now could be T0)
    ("Zavtra utrom papa vezet menya v Dagestan, tam uzhe nashli muzha", "acute"),
    ("my parents said tomorrow we fly to the village and I will be engaged to a man I never met", "acute"),
    ("mañana viene una pareja a llevarse al bebe y ella no quiere darlo", "acute"),
    ("Мене привезли в будинок, схожий на клініку. Кажуть що зараз заберуть нирку за борг", "danger"),
    ("Ma cousine a été opérée à la clinique. My uncle had kidney surgery last year, now he still pays the debt", None),
    # blind set 22
    ("ayuda por favor el jefe me esta dando golpes con un palo en el almacen", "danger"),
    ("el domingo pasado mi padre me estaba dando consejos", None),
    ("wiozą nas busem i nie mówią dokąd, zabrali nam telefony", "danger"),
    ("Chiar acum, în grădina lor, bărbatul o trage de păr pe fata care le face curățenie", "danger"),
    ("Nu, acum nu, vorige jaar sloeg hij me", None),
    ("Niste tipi mai mari il pun sa duca marfa weekendul asta, altfel zic ca-i sparg capul", "acute"),
    ("o familie dă bani pe copil și vine mâine să-l ia", "acute"),
    (
        "sina mi e na 15, go karat da nosi paketi s treva. "
        "Kazali mu che ako ne dostavi do petuk shte mu schupqt krakata",
        "acute",
    ),
    (
        "Un alumno de 15 años me ha contado que unos chicos mayores le obligan a llevar paquetitos en la mochila a "
        "otra ciudad. El viernes tiene otra 'entrega'",
        "acute",
    ),
    ("бригадирът каза, че ако довечера не напълним още 200 каси, ще ни бие, както би Стоян миналата седмица", "acute"),
    ("Тази вечер в 22ч трябва пак да отида в хотела при мъжете, които той ми е уредил", "acute"),
    ("De madrugada me mueven a otro piso para que la vecina no me vea más", "acute"),
    ("De buurman staat aan onze voordeur te bonken en roept dat ze terug moet komen", "danger"),
    (
        "Haar vriend heeft een stel gevonden dat 8000 euro voor de baby geeft en morgenochtend komen ze hem halen",
        "acute",
    ),
    ("jak dzisiaj wieczorem nie oddamy po 250 euro to jego koledzy przyjada i bedzie bicie", "acute"),
    ("în seara asta la 9 trebuie să merg iar la hotelul din Hilversum, la un domn pe care nu-l cunosc", "acute"),
    ("нас посадили в бус, телефоны отобрали, едем уже час и не говорят куда", "danger"),
    ("Я ношу ребенка для другой пары, документы у посредника. Хочу уйти сегодня но боюсь", "acute"),
    ("Брат написав «допоможи, везуть в клініку». Ті люди казали що борг він віддасть своєю ниркою", "danger"),
    ("бригадир сказав шо ввечері «поговорить» зі мною. минулого тижня так «поговорили» з одним", "acute"),
    ('Vanavond gaan we "praten" over de vakantie', None),
    ("Хипотетично: ако работодател заплашва работник с нож, това престъпление ли е?", None),
    ("Чисто гипотетически: если родственники решат выдать 14-летнюю девочку замуж, что вы можете сделать?", None),
    (
        "Миналата учебна година един ученик на 14 беше принуден да разнася дрога, имаше и заплахи с пистолет. "
        "Случаят приключи",
        None,
    ),
    (
        "Vorig jaar werkte ik bij een familie. De man heeft me geslagen en deed mijn kamer 's avonds op slot. "
        "In de zomer ben ik weggelopen, nu woon ik veilig bij mijn tante",
        None,
    ),
    ("Een paar jaar terug dreigde hij haar met een mes. Het is echt voorbij", None),
    ("Моя мама років десять тому працювала в родині, господар погрожував. Вона вдома, все добре", None),
    ("Mai trebuie să semnalez ceva sau cazul e închis?", None),
    # blind set 23
    ("They put us in the van and wont say where. 8 of us", "danger"),
    (
        "el jefe dijo que si hoy no terminamos los invernaderos esta noche nos pega a todos como hizo con Marek la "
        "semana pasada",
        "danger",
    ),
    (
        "brygadzista powiedzial ze jak do wieczora nie skonczymy pola to oberwiemy jak ten Rumun w zeszlym tygodniu",
        "acute",
    ),
    (
        "I have no residence permit. If I tell you what happens to me at work, "
        "will you call the police to send me back?",
        None,
    ),
    ("please call the police, he is hitting her", "danger"),
    ("En la casa de al lado entran y salen hombres distintos todo el día, hasta de madrugada", None),
    ("Piszę powieść kryminalną. Mój bohater ma długi i grożą mu pistoletem, żeby oddał nerkę", None),
    ("видела новость про ферму, где женщин держали взаперти и забирали детей. а в Нидерландах такое бывает?", None),
    ("Пишу по делу, которое уже закрыто. Меня заставляли воровать и угрожали пистолетом. Тот человек сидит", None),
    # session 18: a dated opening covers the story up to "I got out"; "cannot leave, because of the debt" in one
    # breath; a "now" of telling; documentaries; a threat only to expose or denounce
    (
        "To było w 2014 w szklarniach. Zabrali nam paszporty, raz brygadzista pobił mnie łopatą. Uciekłem po roku, "
        "teraz mam normalną pracę, jestem bezpieczny.",
        None,
    ),
    (
        "In 2019 he brought my sister and me to Laren. He still beats her every day. I got away, I am safe now.",
        "danger",
    ),
    (
        "Years back (2012) my sister had to give her newborn away, his family threatened to hurt her if she didn't "
        "sign. She is fine now and lives with me.",
        None,
    ),
    ("Мій брат живе на горищі біля Хілверсума, де ростуть коноплі. Каже, що не може піти, бо винен 5000 євро.", None),
    ("Він каже, що не може піти, бо його б'ють", "danger"),
    ("Mój syn ma 15 lat. Do piątku ma zrobić jeszcze 'trzy kursy', bo inaczej pobiją mnie.", "acute"),
    ("The lad next door is 16, he runs packages for older guys, and now he says he owes them 2,000 euros.", None),
    ("I am 16 and now I am in a hotel with two men, they say I must stay", "danger"),
    ("aseara am vazut un documentar despre fete de 13 ani tinute cu lacatul in casa pana la nunta", None),
    (
        "Mijn dochter van 19 moet elke avond voor de webcam, en hij dreigt de filmpjes naar onze familie te sturen.",
        None,
    ),
    ("hij dreigt de filmpjes naar onze familie te sturen als ze vanavond niet komt", "acute"),
    ("he threatens to tell my wife, and tonight he will beat me", "acute"),
    ("Работодатель забирает всю зарплату, а когда мы спрашиваем про деньги, угрожает, что сообщит в полицию.", None),
    # blind set 24
    ("Madam locked my room again since this morning, no food. I hear her husband shouting he will come up", "danger"),
    ("I locked my room behind me and went to sleep", None),
    ("Мъжът, с когото живее, не я пуска да говори с никого.", None),
    ("Мъжът не я пуска да излезе от къщата", "danger"),
    (
        "Toen ik 12 was werd ik geslagen en 's nachts op mijn kamer opgesloten. Nu ben ik 34, heb werk en een eigen "
        "gezin.",
        None,
    ),
    (
        "Uciekłam od niego trzy lata temu. Miał pistolet i mówił, że mnie zabije, jeśli odejdę. Teraz siedzi w "
        "więzieniu, a ja mam nowe życie.",
        None,
    ),
    ("Obejrzałam wczoraj dokument o dziewczynce, którą bił i zamykał w domu mąż.", None),
    ("Посмотрела вчера фильм про девушек, которых держали взаперти и били.", None),
    (
        'прораб сказав якщо до вечора не закінчимо дах то після роботи "поговорить" з нами по-іншому. минулого разу '
        "Сашко після такої розмови тиждень не міг ходити.",
        "acute",
    ),
    # blind set 25
    ("În urmă cu doi ani am fugit de la o plantație din Eemnes, unde m-au ținut cu amenințări cu pistolul.", None),
    # development-set misses after set 24
    ("Twee mannen worden erin geduwd, een werd tegen de grond geslagen en bloedt.", "danger"),
    ("Mijn neefje (13) moet daar in winkels dingen jatten voor een man. Morgen is het weer zaterdag.", "acute"),
]


@pytest.mark.parametrize(("text", "expected"), FAMILY_CASES)
def test_story_families(text: str, expected: str | None) -> None:
    assert detect_danger(text) == expected


DENIALS = [
    ("nee, niemand is nu in gevaar", True),
    ("Nee hoor, ik ben niet in gevaar", True),
    ("no, nobody is in danger right now", True),
    ("I'm not in any danger, I just want to report", True),
    ("nie, nikt nie jest w niebezpieczeństwie", True),
    ("nu, nimeni nu este în pericol acum", True),
    ("не, никой не е в опасност", True),
    ("ні, зараз ніхто не в небезпеці", True),
    ("net, nikto ne v opasnosti", True),
    ("no, nadie está en peligro", True),
    ("ik ben in gevaar", False),
    ("I am in danger, please help", False),
    ("jestem w niebezpieczeństwie", False),
    ("estoy en peligro", False),
    ("я в опасности", False),
    # all calm now
    ("нет, сейчас всё спокойно", True),
    ("nee, alles is nu rustig", True),
    ("no, todo tranquilo ahora", True),
    ("не спокойно, он вернулся", False),
]


@pytest.mark.parametrize(("text", "expected"), DENIALS)
def test_denies_danger(text: str, expected: bool) -> None:
    assert denies_danger(text) is expected


def test_nlu_alarm_trusts_a_sure_short_cry() -> None:
    assert nlu_alarm("hij slaat me", "danger", 0.97) == "danger"
    assert nlu_alarm("tonight they take me away", "acute", 0.95) == "acute"


def test_nlu_alarm_checks_when_unsure_or_denied() -> None:
    assert nlu_alarm("hij slaat me", "danger", NLU_ALARM_CONFIDENCE - 0.01) == "check"
    assert nlu_alarm("no, not in danger now", "danger", 0.99) == "check"
    assert nlu_alarm("nee hoor, er is nu niemand in gevaar", "acute", 0.95) == "check"


def test_nlu_alarm_checks_a_past_story_and_a_plain_question() -> None:
    past = "Twee jaar geleden hielden ze me vast in een kelder. Nu woon ik in Huizen en gaat het goed"
    assert nlu_alarm(past, "danger", 0.99) == "check"
    escaped = "O tineau cu usa incuiata si nu o lasau sa sune acasa. A scapat in 2019, acum e bine si are acte."
    assert nlu_alarm(escaped, "danger", 0.92) == "check"  # blind set 21: escaping in a year dates what came before
    assert nlu_alarm("do I have to give my real name?", "acute", 1.0) == "check"
    assert nlu_alarm("czy muszę podać prawdziwe nazwisko?", "acute", 1.0) == "check"
    # a question with a time in it is a cry for help
    assert nlu_alarm("can someone pick me up tonight?", "acute", 0.95) == "acute"
    assert nlu_alarm("kan iemand me nu komen halen?", "danger", 0.95) == "danger"
    # the past and then now
    assert nlu_alarm("Vorig jaar sloeg hij me en nu doet hij het weer", "danger", 0.95) == "danger"


def test_nlu_alarm_checks_a_message_without_a_word_of_urgency() -> None:
    assert nlu_alarm("jestem jej koleżanką z pracy", "danger", 0.99) == "check"
    assert nlu_alarm("ya ee podruga, vmeste uchilis", "acute", 1.0) == "check"
    assert nlu_alarm("dobra koniec, nie chcę już pisać", "acute", 0.99) == "check"


def test_nlu_alarm_trusts_a_sure_reading_with_a_car_a_kidney_or_hours_left() -> None:
    # blind set 14: the NLU was sure, but no word of urgency was known, so these got the safety question first
    assert nlu_alarm("please help, ya v mashine, they drive me somewhere", "danger", 1.0) == "danger"
    assert nlu_alarm("they say I pay my debt with kidney, doctor waits", "danger", 1.0) == "danger"
    assert nlu_alarm("la llevan a Marruecos para casarla, el vuelo sale en dos horas", "acute", 1.0) == "acute"


def test_nlu_alarm_reads_russian_net_as_no_not_as_dutch_just() -> None:
    question = "a esli u menya net dokumentov, menya ne deportiruyut esli ya k vam obrashus?"
    assert nlu_alarm(question, "danger", 1.0) == "check"
    assert nlu_alarm("hij heeft me net geslagen", "danger", 0.99) == "danger"


def test_nlu_alarm_checks_a_short_thank_you() -> None:
    assert nlu_alarm("спасибо, завтра позвоню", "acute", 0.99) == "check"
    assert nlu_alarm("dziękuję, jutro napiszę jeszcze raz", "acute", 0.99) == "check"
    # a thank-you at the start of a long story is not a reason to doubt it
    long_story = "thanks for answering, right now he is hitting my sister in the room next to me and I cannot get out"
    assert nlu_alarm(long_story, "danger", 0.99) == "danger"


def test_nlu_alarm_trusts_a_sure_reading_of_a_long_story() -> None:
    story = "my neighbour is being held in the flat upstairs and the boss keeps her passport, she cries all night"
    assert nlu_alarm(story, "danger", 0.9) == "danger"


def test_nlu_alarm_trusts_buttons_and_ignores_other_intents() -> None:
    assert nlu_alarm("/danger", "danger", 1.0) == "danger"
    assert nlu_alarm("/acute", "acute", 0.3) == "acute"
    assert nlu_alarm("my neighbour works every day", "tell_story", 0.99) is None
    assert nlu_alarm("hoi", None, 0.0) is None


def test_nlu_alarm_checks_a_question_in_theory_and_what_was_seen_on_tv() -> None:
    # blind set 17: sure NLU readings of "Even een hypothetische vraag: stel dat ..." and of a documentary
    for text in (
        "Even een hypothetische vraag: stel dat mijn nichtje van 15 later uitgehuwelijkt zou worden, kan ik dat nu al "
        "melden?",
        "just saw a documentary on tv about a boy of 12 forced to beg, the man beat him with a stick. does this "
        "happen here too? just shocked",
    ):
        assert nlu_alarm(text, "danger", 0.99) == "check", text
    assert nlu_alarm("I read your site and now he is hitting her in the kitchen", "danger", 0.99) == "danger"
