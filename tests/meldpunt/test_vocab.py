"""The intake vocabulary: canonical values and how typed answers map onto them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from meldpunt import vocab
from meldpunt.vocab import (
    ANONYMITY_LEVELS,
    FORMS,
    MUNICIPALITIES,
    REPORTER_ROLES,
    TRIAGE_LEVELS,
    label,
    match_anonymity,
    match_forms,
    match_municipality,
    match_role,
    match_role_in_story,
    match_safety,
    mentions_minor,
)

SCHEMA = json.loads((Path(__file__).resolve().parents[2] / "docs" / "signal.schema.json").read_text())


def _enum(name: str) -> set[str]:
    spec = SCHEMA["properties"][name]
    values = spec["items"]["enum"] if "items" in spec else spec["enum"]
    return {v for v in values if v is not None}


@pytest.mark.parametrize(
    ("values", "field"),
    [
        (FORMS, "forms"),
        (REPORTER_ROLES, "reporter_role"),
        (MUNICIPALITIES, "municipality"),
        (ANONYMITY_LEVELS, "anonymity"),
        (TRIAGE_LEVELS, "triage"),
    ],
)
def test_canonical_values_are_the_signal_schema(values: tuple[str, ...], field: str) -> None:
    assert set(values) == _enum(field)
    assert len(set(values)) == len(values)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Seks", ["sexual"]),
        ("prostitutie", ["sexual"]),
        ("ze moet met mannen naar bed", ["sexual"]),
        ("Werk", ["labour"]),
        ("Ze werken in een autowasstraat zonder loon", ["labour"]),
        ("they work in a car wash without pay", ["labour"]),
        ("in de kassen, 14 uur per dag", ["labour"]),
        ("drugs verkopen", ["criminal"]),
        ("he has to steal in shops", ["criminal"]),
        ("bedelen", ["begging"]),
        ("begging at the station", ["begging"]),
        ("au pair", ["domestic_servitude"]),
        ("she cleans the house and looks after the kids, no pay", ["labour", "domestic_servitude"]),
        ("gedwongen huwelijk", ["forced_marriage"]),
        ("een nier afstaan", ["organ_removal"]),
        ("draagmoeder", ["surrogacy"]),
        ("illegale adoptie", ["illegal_adoption"]),
        ("weet ik niet", ["unknown"]),
        ("I don't know", ["unknown"]),
        ("domestic servitude", ["domestic_servitude"]),
        ("labour", ["labour"]),
        ("hallo", []),
        ("", []),
    ],
)
def test_match_forms(text: str, expected: list[str]) -> None:
    assert match_forms(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hilversum", "hilversum"),
        ("hilversum", "hilversum"),
        ("Bussum", "gooise_meren"),
        ("in Naarden-Vesting", "gooise_meren"),
        ("Muiden", "gooise_meren"),
        ("Muiderberg", "gooise_meren"),
        ("Gooise Meren", "gooise_meren"),
        ("Huizen", "huizen"),
        ("huizen", "huizen"),
        ("Het gebeurt in Huizen bij de haven", "huizen"),
        ("ze poetst in huizen van rijke mensen", None),
        ("Blaricum", "blaricum"),
        ("Laren", "laren"),
        ("Loosdrecht", "wijdemeren"),
        ("Oud-Loosdrecht", "wijdemeren"),
        ("Kortenhoef", "wijdemeren"),
        ("'s-Graveland", "wijdemeren"),
        ("’s Graveland", "wijdemeren"),
        ("Ankeveen", "wijdemeren"),
        ("Nederhorst den Berg", "wijdemeren"),
        ("EEMNES", "eemnes"),
        ("Amsterdam", "other"),
        ("Utrecht", "other"),
        ("in Almere", "other"),
        ("ergens anders", "other"),
        ("somewhere else", "other"),
        ("Ik woon in Amsterdam maar het is in Hilversum", "hilversum"),
        ("weet ik niet", "unknown"),
        ("I don't know", "unknown"),
        ("gooise_meren", "gooise_meren"),
        ("blabla", None),
        ("", None),
    ],
)
def test_match_municipality(text: str, expected: str | None) -> None:
    assert match_municipality(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("buurman", "neighbour"),
        ("ik ben de buurvrouw", "neighbour"),
        ("my neighbour", "neighbour"),
        ("Collega", "colleague"),
        ("a coworker", "colleague"),
        ("moeder", "relative"),
        ("ik ben haar zus", "relative"),
        ("her brother", "relative"),
        ("vriendin", "friend"),
        ("I'm her friend", "friend"),
        ("klant", "client"),
        ("docent", "professional"),
        ("ik ben hulpverlener", "professional"),
        ("social worker", "professional"),
        ("ik", "victim"),
        ("ik zelf", "victim"),
        ("het gaat over mij", "victim"),
        ("me", "victim"),
        ("It is about me", "victim"),
        ("iemand anders", "other"),
        ("someone else", "other"),
        ("neighbour", "neighbour"),
        ("weet ik niet", None),
        ("hallo", None),
        ("", None),
    ],
)
def test_match_role(text: str, expected: str | None) -> None:
    assert match_role(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mijn buurvrouw werkt dag en nacht in een nagelstudio", "neighbour"),
        ("Ik ben docent en een leerling vertelde me dat ze moet werken", "professional"),
        ("My colleague sleeps in the warehouse", "colleague"),
        ("Ze dwingen me te werken zonder loon", "victim"),
        ("They took my passport and I have to work every night", "victim"),
        ("Mijn moeder dwingt me om te stelen", "victim"),
        ("Een meisje in de straat moet elke nacht klanten ontvangen", None),
        ("Ik wil iets melden", None),
    ],
)
def test_match_role_in_story(text: str, expected: str | None) -> None:
    assert match_role_in_story(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("anoniem", "anonymous"),
        ("Anonymous", "anonymous"),
        ("zonder mijn naam", "anonymous"),
        ("vertrouwelijk", "confidential"),
        ("alleen Veilig Thuis mag het weten", "confidential"),
        ("confidential", "confidential"),
        ("open", "open"),
        ("met mijn naam", "open"),
        ("with my name", "open"),
        ("niet anoniem", None),
        ("ik weet het niet", None),
        ("", None),
    ],
)
def test_match_anonymity(text: str, expected: str | None) -> None:
    assert match_anonymity(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ja", "now"),
        ("Ja, nu", "now"),
        ("yes", "now"),
        ("right now", "now"),
        ("vannacht", "within_24h"),
        ("nee, maar morgen wel", "within_24h"),
        ("tonight", "within_24h"),
        ("nee", "no"),
        ("no", "no"),
        ("Nee, vannacht niet", "no"),
        ("niemand", "no"),
        ("weet ik niet", "unknown"),
        ("not sure", "unknown"),
        ("within_24h", "within_24h"),
        ("hallo", None),
    ],
)
def test_match_safety(text: str, expected: str | None) -> None:
    assert match_safety(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("een meisje van 15 jaar", True),
        ("she is 16 years old", True),
        ("een 14-jarige jongen", True),
        ("ze is minderjarig", True),
        ("underage girls", True),
        ("haar kind moet ook werken", True),
        ("ze werkt daar al 3 jaar", False),
        ("some kind of work", False),
        ("een vrouw van 30", False),
    ],
)
def test_mentions_minor(text: str, expected: bool) -> None:
    assert mentions_minor(text) is expected


@pytest.mark.parametrize("language", vocab.BOT_LANGUAGES)
def test_every_value_has_a_label_in_the_bot_languages(language: str) -> None:
    fields = {"reporter_role": REPORTER_ROLES, "forms": FORMS, "municipality": MUNICIPALITIES}
    fields["anonymity"] = ANONYMITY_LEVELS
    for field, values in fields.items():
        for value in values:
            assert vocab.LABELS[language][field][value] != value
    for field in ("safety_check", "description", "reporter_role", "forms", "municipality", "anonymity"):
        assert vocab.field_label(field, language) != field


def test_a_language_without_labels_falls_back_to_dutch() -> None:
    assert label("reporter_role", "neighbour", "pl") == "Buurman of buurvrouw"
    assert label("reporter_role", "neighbour", None) == "Buurman of buurvrouw"


def test_keyword_tables_cover_the_bot_languages() -> None:
    assert set(vocab.BOT_LANGUAGES) <= set(vocab.keyword_languages())
