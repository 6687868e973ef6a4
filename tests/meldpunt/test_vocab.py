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
        # Domestic servitude is the labour form of a household: not pre-filled as labour as well.
        ("she cleans the house and looks after the kids, no pay", ["domestic_servitude"]),
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
        # pl, ro, bg, uk, ru, es (also without diacritics, Cyrillic languages in Latin letters)
        ("praca bez wypłaty", ["labour"]),
        ("musi spac z facetami", ["sexual"]),
        ("sprzedaje narkotyki", ["criminal"]),
        ("żebranie", ["begging"]),
        ("nie wiem", ["unknown"]),
        ("muncă fără bani", ["labour"]),
        ("prostitutie", ["sexual"]),
        ("cerseste pe strada", ["begging"]),
        ("nu știu", ["unknown"]),
        ("работа без пари", ["labour"]),
        ("проституция", ["sexual"]),
        ("краде от магазини", ["criminal"]),
        ("робота без оплати", ["labour"]),
        ("жебракування", ["begging"]),
        ("закладки", ["criminal"]),
        ("работа без оплаты", ["labour"]),
        ("rabota bez deneg", ["labour"]),
        ("принудительный брак", ["forced_marriage"]),
        ("не знаю", ["unknown"]),
        ("trabajo sin cobrar", ["labour"]),
        ("prostitución", ["sexual"]),
        ("pedir dinero en la calle", ["begging"]),
        ("no lo sé", ["unknown"]),
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
        ("w Hilversum", "hilversum"),
        ("Хилверсум", "hilversum"),
        ("в Бюсум", "gooise_meren"),
        ("gdzie indziej", "other"),
        ("în altă parte", "other"),
        ("в другом городе", "other"),
        ("otro lugar", "other"),
        ("nie wiem", "unknown"),
        ("не знам", "unknown"),
        ("no sé", "unknown"),
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
        ("sąsiadka", "neighbour"),
        ("sasiad", "neighbour"),
        ("kolega z pracy", "colleague"),
        ("jestem jej siostrą", "relative"),
        ("chodzi o mnie", "victim"),
        ("vecina", "neighbour"),
        ("sunt colegul lui", "colleague"),
        ("mama ei", "relative"),
        ("съседка", "neighbour"),
        ("приятелка", "friend"),
        ("учител съм", "professional"),
        ("сусідка", "neighbour"),
        ("я його брат", "relative"),
        ("соседка", "neighbour"),
        ("я социальный работник", "professional"),
        ("это я", "victim"),
        ("vecino", "neighbour"),
        ("soy enfermera", "professional"),
        ("se trata de mí", "victim"),
        ("nie wiem", None),
        ("не знаю", None),
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
        ("Moja sąsiadka pracuje codziennie w myjni", "neighbour"),
        ("Zmuszają mnie do pracy i zabrali mi paszport", "victim"),
        ("Vecina mea lucrează la o spălătorie", "neighbour"),
        ("Съседката ми работи всеки ден", "neighbour"),
        ("Моя сусідка працює на автомийці", "neighbour"),
        ("Меня заставляют работать без денег", "victim"),
        ("Mi vecina trabaja en un salón de uñas", "neighbour"),
        ("Me obligan a trabajar sin sueldo", "victim"),
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
        ("anonimowo", "anonymous"),
        ("poufnie", "confidential"),
        ("z moim nazwiskiem", "open"),
        ("nie anonimowo", None),
        ("anonim", "anonymous"),
        ("confidențial", "confidential"),
        ("анонимно", "anonymous"),
        ("поверително", "confidential"),
        ("конфіденційно", "confidential"),
        ("відкрито", "open"),
        ("не анонимно", None),
        ("anónimo", "anonymous"),
        ("con mi nombre", "open"),
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
        ("tak, teraz", "now"),
        ("nie", "no"),
        ("nie, ale dziś w nocy tak", "within_24h"),
        ("nie wiem", "unknown"),
        ("da, acum", "now"),
        ("diseară", "within_24h"),
        ("да, сега", "now"),
        ("не", "no"),
        ("довечера", "within_24h"),
        ("так, зараз", "now"),
        ("ні", "no"),
        ("сьогодні вночі", "within_24h"),
        ("нет", "no"),
        ("сегодня ночью", "within_24h"),
        ("не знаю", "unknown"),
        ("sí, ahora", "now"),
        ("esta noche", "within_24h"),
        ("no lo sé", "unknown"),
    ],
)
def test_match_safety(text: str, expected: str | None) -> None:
    assert match_safety(text) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("nu", "ro", "no"),
        ("nu, nimeni", "ro", "no"),
        ("nu", "nl", "now"),
        ("ja, nu", "nl", "now"),
        ("nu", None, "now"),
    ],
)
def test_romanian_nu_is_no_only_in_romanian(text: str, language: str | None, expected: str) -> None:
    assert match_safety(text, language) == expected


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
        ("dziewczyna ma 15 lat", True),
        ("pracuje tam od 5 lat", False),
        ("o fată de 16 ani", True),
        ("lucrează acolo de 3 ani", False),
        ("момиче на 15 години", True),
        ("15-річна дівчина", True),
        ("працює там 3 роки", False),
        ("ей 16 лет", True),
        ("несовершеннолетняя", True),
        ("tiene 14 años", True),
        ("trabaja allí desde hace 3 años", False),
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
    assert label("reporter_role", "neighbour", "hu") == "Buurman of buurvrouw"
    assert label("reporter_role", "neighbour", None) == "Buurman of buurvrouw"


def test_keyword_tables_cover_the_bot_languages() -> None:
    assert set(vocab.BOT_LANGUAGES) <= set(vocab.keyword_languages())
