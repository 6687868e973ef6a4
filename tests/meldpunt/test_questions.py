"""The intake checklist: which questions a reporter gets, how typed answers are read, the texts in every
language, and the answers as the signal schema records them."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from meldpunt.questions import (
    BY_ID,
    CATALOGUE,
    SKIP,
    TEXTS_DIR,
    checklist,
    match_choice,
    match_ynu,
    next_question,
    option_label,
    phrase,
    question_text,
    signal_context,
    signal_indicators,
    texts,
)
from meldpunt.vocab import LANGUAGES

SCHEMA = json.loads((Path(__file__).resolve().parents[2] / "docs" / "signal.schema.json").read_text())


def ids(forms: list[str], *, victim: bool = False) -> list[str]:
    return [q.id for q in checklist(forms, victim=victim)]


def test_a_witness_of_labour_exploitation_gets_the_core_block_then_the_work_block_then_context() -> None:
    asked = ids(["labour"])
    assert asked[0] == "B1" and "B12" not in asked  # B12 (phone control) belongs to sexual and criminal
    assert asked.index("B13") < asked.index("D1") < asked.index("D12") < asked.index("I4")
    assert not [i for i in asked if i[0] in "CEFGH"]  # no other form's block: a witness is not asked 60 questions
    assert asked[-1] == "I9"


def test_an_unknown_form_starts_with_the_gateway_questions_and_a_yes_opens_that_block() -> None:
    assert ids(["unknown"])[:4] == ["GW_sexual", "GW_labour", "GW_criminal", "GW_begging"]
    answers = [{"id": "GW_sexual", "answer": "no"}, {"id": "GW_labour", "answer": "yes"}]
    assert next_question(["unknown"], answers, victim=False) == BY_ID["GW_criminal"]


def test_domestic_servitude_gets_the_household_items_of_block_d_without_the_sector_question() -> None:
    asked = ids(["domestic_servitude"])
    assert "D12" in asked and "D1" not in asked and "D4" not in asked


def test_a_victim_is_not_asked_which_language_they_speak() -> None:
    assert "I6" in ids(["sexual"]) and "I6" not in ids(["sexual"], victim=True)


def test_rare_forms_get_their_own_items() -> None:
    assert [i for i in ids(["forced_marriage"]) if i[0] == "H"] == ["H1"]
    assert [i for i in ids(["organ_removal"]) if i[0] == "G"] == ["G1", "G2", "G3"]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("ja", "nl", "yes"),
        ("Nee hoor", "nl", "no"),
        ("weet ik niet", "nl", "unknown"),
        ("I don't know", "en", "unknown"),
        ("yes", "en", "yes"),
        ("nope", "en", "no"),
        ("tak", "pl", "yes"),
        ("nie wiem", "pl", "unknown"),
        ("nu știu", "ro", "unknown"),
        ("da", "ro", "yes"),
        ("не знам", "bg", "unknown"),
        ("так", "uk", "yes"),
        ("ні", "uk", "no"),
        ("нет", "ru", "no"),
        ("не знаю", "ru", "unknown"),
        ("sí", "es", "yes"),
        ("no sé", "es", "unknown"),
        ("he takes all her money and her passport", "en", None),  # not a short answer: never guessed
    ],
)
def test_typed_yes_no_and_dont_know(text: str, language: str, expected: str | None) -> None:
    assert match_ynu(text, language) == expected


def test_typed_choices_and_ages() -> None:
    assert match_choice(BY_ID["I4"], "she is 15", "en") == "under_16"
    assert match_choice(BY_ID["I4"], "17", "nl") == "16_17"
    assert match_choice(BY_ID["I4"], "Under 16", "en") == "under_16"  # the label, not the number in it
    assert option_label(BY_ID["I4"], "16_17", "en") == "16 or 17"
    assert match_choice(BY_ID["I4"], "ongeveer 30", "nl") == "23_plus"
    assert match_choice(BY_ID["D1"], "bouw", "nl") == "construction"
    assert match_choice(BY_ID["D1"], "geen idee", "nl") == "unknown"
    assert match_choice(BY_ID["C4"], "hotel", "en") == "hotel"
    assert match_choice(BY_ID["D1"], "banana", "en") is None


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_question_button_and_option_has_a_text_in_every_language(language: str) -> None:
    assert (TEXTS_DIR / f"{language}.yml").exists(), f"no checklist texts in {language}"
    own = texts(language)
    for question in CATALOGUE:
        entry = own["questions"][question.id]
        assert entry["you"].strip() and entry["person"].strip(), question.id
        for option in question.options:
            if option in LANGUAGES or (option in ("other", "unknown") and question.id == "I6"):
                assert own["languages"][option].strip()
            else:
                assert own["options"][question.id][option].strip(), (question.id, option)
        assert question_text(question, language, victim=True) == entry["you"]
    for key in ("answers.yes", "answers.no", "answers.unknown", "buttons.skip", "buttons.yes_seen", "intro.B"):
        assert phrase(key, language) != key
    if language != "en":  # really translated, not the English copied
        assert own["questions"]["B1"]["person"] != texts("en")["questions"]["B1"]["person"]


def test_labels_fall_back_to_english_then_dutch_never_to_a_bare_key() -> None:
    assert option_label(BY_ID["I4"], "under_16", "xx") == "Under 16"


def test_answers_become_schema_valid_indicators_and_context() -> None:
    answers = [
        {"id": "GW_labour", "answer": "yes"},
        {"id": "B1", "answer": "no", "source": "seen"},
        {"id": "B5", "answer": "yes", "source": "told"},
        {"id": "D1", "answer": "construction"},
        {"id": "I4", "answer": "16_17"},
        {"id": "I9", "answer": "XX-123-Y"},
    ]
    indicators = signal_indicators(answers)
    assert [i["indicator_id"] for i in indicators] == ["B1", "B5", "D1"]  # gateway and context are not indicators
    assert indicators[1] == {"indicator_id": "B5", "answer": "yes", "source": "told_by_person"}
    assert signal_context(answers) == {"I4": "16_17"}  # the free-text details never go into the context
    jsonschema.validate(indicators, SCHEMA["properties"]["indicators"])
    jsonschema.validate(signal_context(answers), SCHEMA["properties"]["context"])


def test_skip_is_not_a_question_id() -> None:
    assert SKIP not in BY_ID
