"""The held-out evaluation set and the development set: their integrity, their independence from the training
data and from each other, the scoring of a message (alarm, safety question first, nothing), and one real run
of the scoring against Rasa (python -m meldpunt.evaluate does the full run; docs/quality.md)."""

from __future__ import annotations

import re
import secrets
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator
from difflib import SequenceMatcher
from typing import Any

import pytest
from ruamel.yaml import YAML

from meldpunt.evaluate import (
    DANGER_LEVELS,
    MESSAGES,
    Message,
    RasaServer,
    evaluate,
    load_messages,
    running_rasa,
    system_danger,
)
from meldpunt.settings import REPO_ROOT
from meldpunt.vocab import FORMS, LANGUAGES, MUNICIPALITIES

DOMAIN = REPO_ROOT / "bot" / "domain"
NLU = REPO_ROOT / "data" / "nlu"
MODEL = REPO_ROOT / "models" / "meldpunt.tar.gz"
DEV_MESSAGES = REPO_ROOT / "tests" / "evaluation_dev"
SETS = {"held-out": MESSAGES, "development": DEV_MESSAGES}
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
    """The domain's intents, and each question topic of the retrieval intent as "faq/<topic>"."""
    names: set[str] = set()
    for file in DOMAIN.glob("*.yml"):
        for intent in _yaml().load(file.read_text(encoding="utf-8")).get("intents") or []:
            names.add(intent if isinstance(intent, str) else next(iter(intent)))
    for file in NLU.rglob("*.yml"):
        for block in (_yaml().load(file.read_text(encoding="utf-8")) or {}).get("nlu") or []:
            if isinstance(block, dict) and str(block.get("intent", "")).split("/")[0] in names:
                names.add(str(block["intent"]))
    return names


DEV_COPIES = "dev_messages.yml"  # the development set's messages, copied into the NLU data by scripts/dev-messages


def _training_examples(*, dev_copies: bool = True) -> list[str]:
    """Every intent example under data/nlu (read by the test only: the set was written without them)."""
    examples: list[str] = []
    for file in sorted(NLU.rglob("*.yml")):
        if file.name == DEV_COPIES and not dev_copies:
            continue
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


@pytest.fixture(scope="module", params=sorted(SETS))
def any_set(request: pytest.FixtureRequest) -> list[Message]:
    return load_messages(SETS[request.param])


def test_size_and_languages(any_set: list[Message]) -> None:
    messages = any_set
    assert len(messages) >= 300
    per_language = Counter(m.language for m in messages)
    assert set(per_language) == set(LANGUAGES), per_language
    assert min(per_language.values()) >= 30, per_language
    alarms = sum(m.danger != "none" for m in messages) / len(messages)
    # blind sets are written with 13 alarms in 30 messages (0.43, more once near-copies of their short questions are
    # left out of the development set); the held-out set has fewer
    assert 0.2 <= alarms <= 0.45, f"share of danger/acute messages {alarms:.2f}"
    for lang in LANGUAGES:
        mine = [m for m in messages if m.language == lang]
        assert {"danger", "acute", "none"} <= {m.danger for m in mine}, lang
        assert sum(m.forms is not None for m in mine) >= 10, lang


def test_the_development_set_has_forty_messages_a_language() -> None:
    per_language = Counter(m.language for m in load_messages(DEV_MESSAGES))
    assert set(per_language) == set(LANGUAGES) and min(per_language.values()) >= 40, per_language


def test_labels_are_valid(any_set: list[Message]) -> None:
    intents = _intents()
    for m in any_set:
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


@pytest.mark.parametrize("folder", sorted(SETS.values()))
def test_every_file_is_one_language(folder: Any) -> None:
    for file in folder.glob("*.yml"):
        items = load_messages(file)
        assert {m.language for m in items} == {file.stem}, file.name


def _first_near(text: str, others: Iterable[str]) -> str | None:
    """The first of `others` nearly equal to `text`. The matcher indexes `text` once (seq2) and the cheap upper
    bounds come first, so thousands of comparisons stay quick."""
    matcher = SequenceMatcher(None, autojunk=False)
    matcher.set_seq2(text)
    for other in others:
        if 2 * min(len(text), len(other)) < NEAR * (len(text) + len(other)):
            continue  # real_quick_ratio without the call
        matcher.set_seq1(other)
        if matcher.quick_ratio() >= NEAR and matcher.ratio() >= NEAR:
            return other
    return None


def test_no_duplicates_inside_the_set(any_set: list[Message]) -> None:
    texts = [_normalise(m.text) for m in any_set]
    exact = [text for text, n in Counter(texts).items() if n > 1]
    assert not exact, exact
    near = [
        (a, b)
        for i, a in enumerate(texts)
        if len(a.split()) >= NEAR_MIN_WORDS and (b := _first_near(a, texts[i + 1 :])) is not None
    ]
    assert not near, near


def _clashes(messages: list[Message], others: list[str]) -> list[str]:
    """The messages that are (nearly) one of `others`."""
    known = {_normalise(text) for text in others}
    clashes: list[str] = []
    long_known = [t for t in known if len(t.split()) >= NEAR_MIN_WORDS - 1]
    for m in messages:
        text = _normalise(m.text)
        if text in known:
            clashes.append(f"{m.source} (exact): {m.text}")
        elif len(text.split()) >= NEAR_MIN_WORDS and _first_near(text, long_known) is not None:
            clashes.append(f"{m.source} (near): {m.text}")
    return clashes


def test_never_a_training_example(any_set: list[Message], request: pytest.FixtureRequest) -> None:
    # The development set's own messages train the NLU (scripts/dev-messages); nothing else may, and nothing may
    # come near a held-out message.
    development = request.node.callspec.params["any_set"] == "development"
    training = _training_examples(dev_copies=not development)
    assert training, "no training examples found under data/nlu"
    clashes = _clashes(any_set, training)
    assert not clashes, "evaluation messages that are (nearly) training examples:\n" + "\n".join(clashes)


def test_the_dev_copies_are_the_development_sets_messages() -> None:
    development = {m.text for m in load_messages(DEV_MESSAGES)}
    copies = set(_training_examples()) - set(_training_examples(dev_copies=False))
    assert copies, "no data/nlu/*/dev_messages.yml: run scripts/dev-messages"
    normalised = {" ".join(t.split()).replace("[", "(").replace("]", ")") for t in development}
    assert copies <= normalised


def test_the_development_set_is_not_the_held_out_set() -> None:
    clashes = _clashes(load_messages(DEV_MESSAGES), [m.text for m in load_messages(MESSAGES)])
    assert not clashes, "development messages that are (nearly) held-out messages:\n" + "\n".join(clashes)


# ---------------------------------------------------------------------------------------------------------
# What the system decides for a first message, and how it is counted


def test_the_keyword_net_alarms_whatever_the_nlu_says() -> None:
    assert system_danger("hij slaat me nu", "tell_story", 0.99)[0] == "danger"
    assert system_danger("hij slaat me nu", "danger", 0.3)[0] == "danger"


def test_a_question_counts_as_understood_only_with_the_right_answer() -> None:
    question = Message("moet ik mijn naam geven?", "nl", "faq/anonymity", "none")

    def answered_with(topic: str) -> Any:
        def parse(text: str) -> dict[str, Any]:
            response = {"intent_response_key": topic}
            return {"intent": {"name": "faq", "confidence": 0.9}, "response_selector": {"faq": {"response": response}}}

        return parse

    right = evaluate([question], answered_with("faq/anonymity"), lambda text: ("nl", 1.0), lambda text, p: True)
    wrong = evaluate([question], answered_with("faq/hours"), lambda text: ("nl", 1.0), lambda text, p: True)
    assert right["overall"]["intent_accuracy"] == 1.0
    assert wrong["overall"]["intent_accuracy"] == 0.0


def test_an_unsure_nlu_alarm_is_a_check_not_an_alarm() -> None:
    assert system_danger("nee hoor, nu niet in gevaar", "danger", 0.99)[0] == "check"
    assert system_danger("ik ben nu bang voor hem", "danger", 0.5)[0] == "check"
    assert system_danger("ik ben nu bang voor hem", "danger", 0.95)[0] == "danger"
    assert system_danger("ik ben nu bang voor hem", "tell_story", 0.95)[0] == "none"
    # sure, but not a word of urgency in it: the safety question first
    assert system_danger("ik ben een collega van haar", "danger", 0.99)[0] == "check"


def test_checks_count_as_misses_and_not_as_false_alarms() -> None:
    denial = "nee, er is nu niemand in gevaar, ik wil iets vertellen over mijn buurvrouw"
    messages = [
        Message("hij slaat me nu", "nl", "danger", "danger"),  # keyword alarm
        Message("ik ben bang voor hem, kom", "nl", "danger", "danger"),  # unsure NLU: check
        Message(denial, "nl", "inform", "none"),  # says nobody is in danger, read as danger: check
        Message("ik ben nu bang", "nl", "tell_story", "none"),  # sure short NLU alarm: a false alarm
    ]
    readings = {
        "hij slaat me nu": ("danger", 0.99),
        "ik ben bang voor hem, kom": ("danger", 0.6),
        denial: ("danger", 0.99),
        "ik ben nu bang": ("acute", 0.97),
    }

    def parse(text: str) -> dict[str, Any]:
        name, confidence = readings[text]
        return {"intent": {"name": name, "confidence": confidence}}

    result = evaluate(messages, parse, lambda text: ("nl", 1.0), lambda text, p: True)
    danger = result["overall"]["danger"]
    assert danger["recall"] == 0.5
    assert danger["checked_rate_positives"] == 0.5
    assert danger["false_alarm_rate"] == 0.5
    assert danger["checked_rate_negatives"] == 0.5
    assert danger["confusion_gold_to_predicted"]["danger"] == {"danger": 1, "acute": 0, "check": 1, "none": 0}
    assert [row["text"] for row in result["danger_checked"]] == ["ik ben bang voor hem, kom", denial]
    assert [row["text"] for row in result["danger_missed"]] == ["ik ben bang voor hem, kom"]


# ---------------------------------------------------------------------------------------------------------
# One real run on a small slice


@pytest.fixture(scope="session")
def rasa() -> Iterator[RasaServer]:
    if not MODEL.is_file():
        pytest.skip("no trained model (make model)")
    # A token that starts with "-" (secrets.token_urlsafe gives one in 64 times) once kept Rasa from starting.
    with running_rasa(MODEL, token="-" + secrets.token_urlsafe(24)) as server:
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
