"""The form model: stories that never name the category still pre-fill their form; answers are left to the rules."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sklearn.feature_extraction.text import TfidfVectorizer

from meldpunt.form_model import MODEL_FILE, FormModel, load_model
from meldpunt.form_training import LABELS, export, fit, probabilities
from meldpunt.vocab import match_forms, normalise, rule_forms

# Written for this test (not in the development set the model is trained on); the keyword rules find no form.
UNNAMED_STORIES = [
    ("ik zit in een kamer boven een garage en we moeten hier de hele dag klanten doen", "sexual"),
    ("diseara trebuie sa ies iar pe strada, zice ca mai am de dat 3000", "sexual"),
    ("ми ходимо по квартирах і приймаємо гостей, а він забирає все що вони дають", "sexual"),
    ("всяка нощ трябва да обслужвам мъже в апартамента, а той прибира парите", "sexual"),
]


def test_the_trained_model_is_there() -> None:
    """`make model` trains it; without it stories fall back to the rules alone (checked below)."""
    assert MODEL_FILE.is_file(), "models/forms.json is missing: run scripts/train-if-changed"


@pytest.mark.parametrize(("story", "form"), UNNAMED_STORIES)
def test_a_story_that_never_names_the_form_prefills_it(story: str, form: str) -> None:
    assert rule_forms(story) == []
    assert match_forms(story) == [form]


# The rules see "made to" and "work" in these and drop them (an ordinary job now); the model reads them surely.
STORIES_THE_RULES_DROP = [
    "Шесть лет назад в Бельгии меня били и заставляли быть с клиентами. Теперь у меня муж, дети, работа.",
    "Восемь лет назад в Австрии меня держали в квартире и заставляли быть с клиентами. Сейчас у меня новая работа.",
]


@pytest.mark.parametrize("story", STORIES_THE_RULES_DROP)
def test_a_story_whose_cues_the_rules_dropped_is_read_by_the_model(story: str) -> None:
    assert rule_forms(story) == []
    assert match_forms(story) == ["sexual"]


@pytest.mark.parametrize("answer", ["Hilversum", "ja tak dobrze", "no idea", "het gaat om mijn zus"])
def test_short_answers_get_no_guess(answer: str) -> None:
    assert load_model() is not None
    assert match_forms(answer) == rule_forms(answer)


@pytest.mark.parametrize(
    "question",
    [
        "можно по-русски? я не говорю по-голландски, а по-английски совсем немного",
        "kan dit ook in het engels aub? mijn nederlands is niet zo goed",
        "se poate in romana? nu inteleg bine olandeza, sorry",
    ],
)
def test_a_short_question_gets_no_guessed_form(question: str) -> None:
    """A request for another language is not a story about work (blind set 11: the model read "labour")."""
    assert load_model() is not None
    assert match_forms(question) == []


def test_without_a_model_the_rules_work_alone(tmp_path: Path) -> None:
    assert load_model(tmp_path / "forms.json") is None


def test_the_weights_file_reads_a_story_as_scikit_learn_does() -> None:
    """The running system reads the exported weights in plain Python; it must agree with the trained model."""
    texts = [
        normalise(text)
        for text in [
            "she has to sleep with clients every night in the flat",
            "they make us work in the greenhouse for no pay",
            "the boys sell drugs for an older man at the station",
            "an old woman begs at the supermarket and a man takes the money",
            "she cleans and cooks for the family all day and never goes out",
            "men come to the flat every night and she has to go with them",
            "we pick tomatoes twelve hours a day and the boss keeps our passports",
            "he has to carry packages of drugs to amsterdam for them",
        ]
    ]
    gold = [
        {"sexual"},
        {"labour"},
        {"criminal"},
        {"begging"},
        {"domestic_servitude"},
        {"sexual"},
        {"labour"},
        {"criminal"},
    ]
    fitted = fit(texts, gold)
    assert isinstance(fitted[0], TfidfVectorizer)
    model = FormModel(json.loads(json.dumps(export(fitted, 0.5))))
    unseen = [
        normalise("every night the men come and she has to go with clients"),
        normalise("the boss keeps our passports and we work without pay"),
    ]
    expected = probabilities(fitted, unseen)
    for row, text in zip(expected, unseen, strict=True):
        got = model.probabilities(text)
        for form, p in zip(LABELS, row, strict=True):
            assert got[form] == pytest.approx(p, abs=1e-3)
    assert model.predict(unseen[0]) == ["sexual"]
    assert model.predict(unseen[1]) == ["labour"]
