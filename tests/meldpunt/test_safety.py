"""The danger safety net: what it must catch, and the ordinary intake answers it must leave alone."""

from __future__ import annotations

import pytest

from meldpunt.safety import detect_danger, wants_human

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
]


@pytest.mark.parametrize(("text", "expected"), DANGER_CASES)
def test_detect_danger(text: str, expected: str | None) -> None:
    assert detect_danger(text) == expected


def test_danger_wins_over_acute_in_one_message() -> None:
    assert detect_danger("Vannacht moet ik werken. Nu slaat hij me") == "danger"


def test_the_current_clause_counts_after_a_past_one() -> None:
    assert detect_danger("Vroeger sloeg hij me, nu slaat hij me weer") == "danger"


HUMAN_CASES = [
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
]


@pytest.mark.parametrize(("text", "expected"), HUMAN_CASES)
def test_wants_human(text: str, expected: bool) -> None:
    assert wants_human(text) is expected


def test_the_tables_have_enough_rows() -> None:
    assert len(DANGER_CASES) >= 40 and len(HUMAN_CASES) >= 40
    assert {e for _, e in DANGER_CASES} == {"danger", "acute", None}
