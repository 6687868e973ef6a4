"""The danger reader: alarms the keyword rules have no words for are still raised; calm messages, short answers,
stories that are over and denials are not."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from meldpunt.danger_model import LABEL, MODEL_FILE, THRESHOLD, alarm_probability
from meldpunt.danger_training import export, fit
from meldpunt.form_model import FormModel
from meldpunt.safety import detect_alarm, detect_danger
from meldpunt.vocab import normalise

# Written for this test (not in the development set the reader is trained on); the keyword rules find nothing.
UNSEEN_ALARMS = [
    "el encargado nos ha quitado los pasaportes esta mañana y dice que nadie sale de la finca hasta que paguemos",
    "he took my passport this morning and says nobody leaves the farm until we pay what we owe him, please help",
    "хозяин забрал паспорта сегодня утром и говорит что никто не выйдет с фермы пока не заплатим, помогите",
]
CALM = [
    "Mijn buurvrouw werkt als schoonmaakster en krijgt haar loon gewoon op tijd, ze is tevreden",
    "i want to know how long you keep my data after i report something",
    "Twee jaar geleden moest ik voor een man werken in een club. Nu woon ik in Huizen en gaat het goed met me.",
]


def test_the_trained_reader_is_there() -> None:
    """`make model` trains it; without it the keyword rules work alone (checked below)."""
    assert MODEL_FILE.is_file(), "models/danger.json is missing: run scripts/train-if-changed"


@pytest.mark.parametrize("text", UNSEEN_ALARMS)
def test_an_alarm_without_known_words_is_raised_as_acute(text: str) -> None:
    assert detect_danger(text) is None
    assert detect_alarm(text) == "acute"


@pytest.mark.parametrize("text", CALM)
def test_calm_messages_raise_nothing(text: str) -> None:
    assert detect_alarm(text) is None


@pytest.mark.parametrize("text", ["help", "ja", "Hilversum", "nee, nu niet"])
def test_short_answers_are_left_to_the_rules(text: str) -> None:
    assert alarm_probability(normalise(text)) is None
    assert detect_alarm(text) == detect_danger(text)


def test_a_denial_or_a_button_is_no_alarm() -> None:
    alarm = UNSEEN_ALARMS[0]
    assert detect_alarm(f"Nee, niemand is nu in gevaar. {alarm}") is None
    assert detect_alarm('/inform{"safety_check":"no"}') is None


def test_the_keyword_rules_keep_their_level() -> None:
    assert detect_alarm("hij slaat me nu, help") == "danger"


def test_without_a_reader_nothing_is_guessed(tmp_path: Path) -> None:
    assert alarm_probability(normalise(UNSEEN_ALARMS[0]), tmp_path / "danger.json") is None


def test_the_exported_weights_read_as_scikit_learn_does() -> None:
    texts = [normalise(t) for t in [*UNSEEN_ALARMS, *CALM]]
    alarms = [True] * len(UNSEEN_ALARMS) + [False] * len(CALM)
    model = fit(texts, alarms)
    data = json.loads(json.dumps(export(model)))
    assert data["forms"] == [LABEL] and data["threshold"] == THRESHOLD
    vectoriser, regression = model
    expected = regression.predict_proba(vectoriser.transform(texts))[:, 1]
    got = [FormModel(data).probabilities(text)[LABEL] for text in texts]
    assert np.allclose(got, expected, atol=1e-3)
