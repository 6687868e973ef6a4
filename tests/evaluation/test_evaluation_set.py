"""The held-out evaluation set: its own integrity, its independence from the training data, and one real
run of the scoring against Rasa (python -m meldpunt.evaluate does the full run; docs/quality.md)."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterator
from difflib import SequenceMatcher
from typing import Any

import pytest
from ruamel.yaml import YAML

from meldpunt.evaluate import DANGER_LEVELS, MESSAGES, Message, RasaServer, evaluate, load_messages, running_rasa
from meldpunt.settings import REPO_ROOT
from meldpunt.vocab import FORMS, LANGUAGES, MUNICIPALITIES

DOMAIN = REPO_ROOT / "bot" / "domain"
NLU = REPO_ROOT / "data" / "nlu"
MODEL = REPO_ROOT / "models" / "meldpunt.tar.gz"
NEAR = 0.9  # SequenceMatcher ratio on normalised text from which two messages count as the same
NEAR_MIN_WORDS = 4  # shorter answers ("ja", "thanks a lot") are compared exactly only
_ANNOTATION = re.compile(r"\[([^\]]*)\](?:\([^)]*\)|\{[^}]*\})")


def _yaml() -> YAML:
    return YAML(typ="safe", pure=True)


def _normalise(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(re.sub(r"[^\w]+", " ", text).split())


def _intents() -> set[str]:
    names: set[str] = set()
    for file in DOMAIN.glob("*.yml"):
        for intent in _yaml().load(file.read_text(encoding="utf-8")).get("intents") or []:
            names.add(intent if isinstance(intent, str) else next(iter(intent)))
    return names


def _training_examples() -> list[str]:
    """Every intent example under data/nlu (read by the test only: the set was written without them)."""
    examples: list[str] = []
    for file in sorted(NLU.rglob("*.yml")):
        document: Any = _yaml().load(file.read_text(encoding="utf-8")) or {}
        for block in document.get("nlu") or []:
            if not isinstance(block, dict) or "intent" not in block:
                continue
            raw = block.get("examples") or ""
            for line in str(raw).splitlines():
                line = line.strip()
                if line.startswith("- "):
                    examples.append(_ANNOTATION.sub(r"\1", line[2:]).strip())
    return examples


@pytest.fixture(scope="module")
def messages() -> list[Message]:
    return load_messages()


def test_size_and_languages(messages: list[Message]) -> None:
    assert len(messages) >= 300
    per_language = Counter(m.language for m in messages)
    assert set(per_language) == set(LANGUAGES), per_language
    assert min(per_language.values()) >= 30, per_language
    alarms = sum(m.danger != "none" for m in messages) / len(messages)
    assert 0.2 <= alarms <= 0.35, f"share of danger/acute messages {alarms:.2f}"
    for lang in LANGUAGES:
        mine = [m for m in messages if m.language == lang]
        assert {"danger", "acute", "none"} <= {m.danger for m in mine}, lang
        assert sum(m.forms is not None for m in mine) >= 10, lang


def test_labels_are_valid(messages: list[Message]) -> None:
    intents = _intents()
    for m in messages:
        where = f"{m.source}: {m.text!r}"
        assert m.text.strip(), where
        assert m.language in LANGUAGES, where
        assert m.intent in intents, where
        assert m.danger in DANGER_LEVELS, where
        if m.forms is not None:
            assert m.forms and set(m.forms) <= set(FORMS), where
            assert "unknown" not in m.forms or len(m.forms) == 1, where
        if m.municipality is not None:
            assert m.municipality in MUNICIPALITIES and m.municipality != "unknown", where
        # The alarm intents and the danger label say the same thing.
        if m.intent in ("danger", "acute"):
            assert m.danger == m.intent, where


def test_every_file_is_one_language() -> None:
    for file in MESSAGES.glob("*.yml"):
        items = load_messages(file)
        assert {m.language for m in items} == {file.stem}, file.name


def _near(a: str, b: str) -> bool:
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    return matcher.real_quick_ratio() >= NEAR and matcher.quick_ratio() >= NEAR and matcher.ratio() >= NEAR


def test_no_duplicates_inside_the_set(messages: list[Message]) -> None:
    texts = [_normalise(m.text) for m in messages]
    exact = [text for text, n in Counter(texts).items() if n > 1]
    assert not exact, exact
    near = [
        (a, b) for i, a in enumerate(texts) for b in texts[i + 1 :] if len(a.split()) >= NEAR_MIN_WORDS and _near(a, b)
    ]
    assert not near, near


def test_never_a_training_example(messages: list[Message]) -> None:
    training = {_normalise(text) for text in _training_examples()}
    assert training, "no training examples found under data/nlu"
    clashes: list[str] = []
    long_training = [t for t in training if len(t.split()) >= NEAR_MIN_WORDS - 1]
    for m in messages:
        text = _normalise(m.text)
        if text in training:
            clashes.append(f"{m.source} (exact): {m.text}")
        elif len(text.split()) >= NEAR_MIN_WORDS:
            matcher = SequenceMatcher(None, autojunk=False)
            matcher.set_seq2(text)
            for other in long_training:
                matcher.set_seq1(other)
                if matcher.real_quick_ratio() >= NEAR and matcher.quick_ratio() >= NEAR and matcher.ratio() >= NEAR:
                    clashes.append(f"{m.source} (near): {m.text}")
                    break
    assert not clashes, "evaluation messages that are (nearly) training examples:\n" + "\n".join(clashes)


# ---------------------------------------------------------------------------------------------------------
# One real run on a small slice


@pytest.fixture(scope="session")
def rasa() -> Iterator[RasaServer]:
    if not MODEL.is_file():
        pytest.skip("no trained model (make model)")
    with running_rasa(MODEL) as server:
        yield server


def test_scoring_runs_end_to_end(rasa: RasaServer, messages: list[Message]) -> None:
    slice_: list[Message] = []
    for lang in LANGUAGES:
        mine = [m for m in messages if m.language == lang]
        slice_ += [next(m for m in mine if m.danger == "danger"), next(m for m in mine if m.danger == "none")]
    result = evaluate(slice_, rasa.parse)
    overall = result["overall"]
    assert overall["n"] == len(slice_)
    assert overall["danger"]["n_positive"] == len(LANGUAGES)
    for key in ("intent_accuracy", "forms", "municipality", "language"):
        assert key in overall
    assert overall["intent_accuracy"] is not None and 0.0 <= overall["intent_accuracy"] <= 1.0
    assert set(result["per_language"]) == set(LANGUAGES)
    assert overall["language"]["accuracy"] is not None
    # Every missed danger message is listed with its text.
    assert len(result["danger_missed"]) == overall["danger"]["confusion_gold_to_predicted"]["danger"]["none"]
