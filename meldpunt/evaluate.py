"""The held-out quality evaluation: score the trained model and the gateway's helpers on tests/evaluation.

    .venv-app/bin/python -m meldpunt.evaluate [--model models/meldpunt.tar.gz] [--messages DIR_OR_FILE]

Starts Rasa on the model on a free loopback port, and for every labelled message measures what the system
would do with it as the first message of a conversation (or a message outside the intake form):

- intent: Rasa's `/model/parse` (after the FallbackClassifier, so `nlu_fallback` counts as wrong);
- danger: the gateway's safety net `meldpunt.safety.detect_alarm` (keyword rules, else the danger reader of
  `meldpunt.danger_model`; always an alarm at once) OR the NLU
  intent danger/acute as `meldpunt.safety.nlu_alarm` treats it (actions/flags.py): an alarm at once when
  the model is sure of it in a short message, else the safety question first ("check": counted as a
  miss for recall and not as a false alarm, and reported on its own); the more urgent alarm wins;
- forms: `meldpunt.vocab.match_forms` on the text, without "unknown" (as `actions.common.story_slots`
  pre-fills them); a gold ["unknown"] means "nothing can be pre-filled";
- municipality: `meldpunt.vocab.match_municipality` (accuracy where a place is named; for stories that name
  none, how often a municipality of the region would wrongly be pre-filled);
- language: `channels.language.LanguageDetector().detect`, and the gateway's first-message choice.

Prints one JSON document. Exit code 0 whatever the figures are (it measures, it does not judge); 2 when it
could not run (no model, Rasa did not start, unreadable messages).
"""

from __future__ import annotations

import argparse
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Final

from ruamel.yaml import YAML

from meldpunt.safety import detect_alarm, detect_danger, nlu_alarm
from meldpunt.settings import REPO_ROOT, Settings
from meldpunt.vocab import FORMS, LANGUAGES, MUNICIPALITIES, REGION_MUNICIPALITIES, match_forms, match_municipality

MESSAGES: Final = REPO_ROOT / "tests" / "evaluation"
DANGER_LEVELS: Final = ("danger", "acute", "none")
DECISIONS: Final = ("danger", "acute", "check", "none")  # check: the safety question first, no alarm yet
URGENCY: Final = {"danger": 0, "acute": 1, "check": 2, "none": 3}
LONG_WORDS: Final = 4
START_TIMEOUT: Final = 600.0  # seconds; two shared cores and a TensorFlow model can be slow to load

Parser = Callable[[str], dict[str, Any]]


class EvaluationError(Exception):
    """The evaluation could not run (as opposed to: it ran and the figures are poor)."""


@dataclass(frozen=True)
class Message:
    text: str
    language: str
    intent: str
    danger: str
    forms: tuple[str, ...] | None = None
    municipality: str | None = None
    source: str = ""


# ---------------------------------------------------------------------------------------------------------
# The labelled set


def message_files(path: Path = MESSAGES) -> list[Path]:
    if path.is_file():
        return [path]
    return sorted(p for p in path.glob("*.yml") if p.is_file())


def load_messages(path: Path = MESSAGES) -> list[Message]:
    """Every labelled message under `path` (a file, or a folder of *.yml files, each a list of items)."""
    yaml = YAML(typ="safe", pure=True)
    messages: list[Message] = []
    files = message_files(path)
    if not files:
        raise EvaluationError(f"no evaluation messages in {path}")
    for file in files:
        items = yaml.load(file.read_text(encoding="utf-8"))
        if not isinstance(items, list):
            raise EvaluationError(f"{file}: expected a list of messages")
        for index, item in enumerate(items):
            messages.append(_message(item, f"{file.name}#{index}"))
    return messages


def _message(item: Any, source: str) -> Message:
    if not isinstance(item, dict):
        raise EvaluationError(f"{source}: expected a mapping")
    try:
        forms = item.get("forms")
        return Message(
            text=str(item["text"]),
            language=str(item["language"]),
            intent=str(item["intent"]),
            danger=str(item.get("danger", "none")),
            forms=tuple(str(f) for f in forms) if forms is not None else None,
            municipality=str(item["municipality"]) if item.get("municipality") is not None else None,
            source=source,
        )
    except KeyError as exc:
        raise EvaluationError(f"{source}: missing {exc}") from exc


# ---------------------------------------------------------------------------------------------------------
# Rasa


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class RasaServer:
    """`rasa run --enable-api` on a model, on a free loopback port, with a random token."""

    model: Path
    rasa_bin: Path = field(default_factory=lambda: Settings().rasa_bin)
    port: int = field(default_factory=free_port)
    token: str = field(default_factory=lambda: secrets.token_urlsafe(24))
    process: subprocess.Popen[bytes] | None = None
    log: Path | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, timeout: float = START_TIMEOUT) -> None:
        if not self.model.is_file():
            raise EvaluationError(f"no model at {self.model}")
        if not self.rasa_bin.exists():
            raise EvaluationError(f"no rasa at {self.rasa_bin}")
        env = {k: v for k, v in os.environ.items() if not k.startswith("MELDPUNT_")}
        env.update(RASA_TELEMETRY_ENABLED="false", TF_CPP_MIN_LOG_LEVEL="2", PYTHONWARNINGS="ignore")
        fd, log_name = tempfile.mkstemp(prefix="meldpunt-evaluate-rasa-", suffix=".log")
        self.log = Path(log_name)
        with os.fdopen(fd, "wb") as log:
            self.process = subprocess.Popen(
                [
                    str(self.rasa_bin), "run", "--enable-api", "-i", "127.0.0.1", "-p", str(self.port),
                    f"--auth-token={self.token}", "-m", str(self.model),  # one argument: the token may start with "-"
                ],
                env=env, cwd=tempfile.gettempdir(), stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
            )  # fmt: skip
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise EvaluationError(f"rasa exited with {self.process.returncode}; see {self.log}")
            if self._ready():
                return
            time.sleep(1.0)
        self.stop()
        raise EvaluationError(f"rasa did not start within {timeout:.0f} s; see {self.log}")

    def _ready(self) -> bool:
        try:
            status = self._request("GET", "/status")
        except (OSError, urllib.error.URLError, ValueError):
            return False
        return bool(status.get("model_file"))

    def _request(self, method: str, path: str, body: dict[str, Any] | None = None) -> dict[str, Any]:
        query = urllib.parse.urlencode({"token": self.token})
        data = json.dumps(body).encode() if body is not None else None
        request = urllib.request.Request(  # noqa: S310 - a fixed loopback http URL
            f"{self.url}{path}?{query}", data=data, method=method, headers={"Content-Type": "application/json"}
        )
        with urllib.request.urlopen(request, timeout=60) as response:  # noqa: S310
            result = json.loads(response.read().decode())
        if not isinstance(result, dict):
            raise ValueError("unexpected answer from rasa")
        return result

    def parse(self, text: str) -> dict[str, Any]:
        return self._request("POST", "/model/parse", {"text": text})

    def stop(self) -> None:
        process, self.process = self.process, None
        if process is None or process.poll() is not None:
            return
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=10)


@contextmanager
def running_rasa(model: Path, timeout: float = START_TIMEOUT, token: str | None = None) -> Iterator[RasaServer]:
    """Rasa on a private copy of the model (the lead may retrain models/meldpunt.tar.gz meanwhile)."""
    with tempfile.TemporaryDirectory(prefix="meldpunt-evaluate-") as tmp:
        if not model.is_file():
            raise EvaluationError(f"no model at {model}")
        copy = Path(tmp) / "model.tar.gz"
        shutil.copyfile(model, copy)
        server = RasaServer(copy) if token is None else RasaServer(copy, token=token)
        server.start(timeout)  # on failure its log is kept: the error names it
        try:
            yield server
        finally:
            server.stop()
            if server.log is not None:
                server.log.unlink(missing_ok=True)


# ---------------------------------------------------------------------------------------------------------
# What the system decides


RETRIEVAL_INTENT = "faq"


def faq_topic(parsed: dict[str, Any]) -> str:
    """A question is scored by the answer it gets: "faq/<topic>" as the ResponseSelector chose it."""
    selector = parsed.get("response_selector") or {}
    response = (selector.get(RETRIEVAL_INTENT) or {}).get("response") or {}
    return str(response.get("intent_response_key") or RETRIEVAL_INTENT)


def system_danger(text: str, intent: str | None, confidence: float = 1.0) -> tuple[str, str | None, str | None]:
    """(decision, keyword level, NLU decision) for a first message: the keyword net alarms at once; the NLU's
    alarm is raised at once, or turned into the safety question first ("check"), by `nlu_alarm`; the more
    urgent of the two wins. A check never hides a keyword alarm."""
    keyword = detect_alarm(text)
    nlu = nlu_alarm(text, intent, confidence)
    levels = [level for level in (keyword, nlu) if level and not (keyword and level == "check")]
    decision = min(levels, key=URGENCY.__getitem__) if levels else "none"
    return decision, keyword, nlu


def prefilled_forms(text: str) -> set[str]:
    """The forms a story pre-fills (actions.common.story_slots drops "unknown")."""
    return {form for form in match_forms(text) if form != "unknown"}


def gold_forms(forms: Iterable[str]) -> set[str]:
    return {form for form in forms if form != "unknown"}


def gateway_language(detected: tuple[str, float] | None, confident: bool) -> str:
    """The gateway's choice for a first message without a channel hint (channels.turns._language)."""
    if detected and (confident or detected[1] >= 0.5):
        return detected[0]
    return "nl"


# ---------------------------------------------------------------------------------------------------------
# Scoring


def _ratio(num: int, den: int) -> float | None:
    return round(num / den, 4) if den else None


@dataclass
class Bucket:
    """Counts for one language (or for all)."""

    n: int = 0
    intent_ok: int = 0
    danger_pos: int = 0
    danger_found: int = 0
    danger_found_keyword: int = 0
    danger_found_rules: int = 0
    danger_found_nlu: int = 0
    danger_checked: int = 0  # gold danger/acute that got the safety question first instead of the alarm
    danger_neg: int = 0
    false_alarms: int = 0
    checks_on_negatives: int = 0
    level_ok: int = 0  # among gold danger/acute that were found: the right level
    forms_n: int = 0
    forms_exact: int = 0
    forms_tp: int = 0
    forms_fp: int = 0
    forms_fn: int = 0
    place_n: int = 0
    place_ok: int = 0
    place_absent_n: int = 0
    place_spurious: int = 0
    language_ok: int = 0
    language_gateway_ok: int = 0
    language_confident: int = 0
    long_n: int = 0  # messages of LONG_WORDS words or more: what a first message usually is
    long_language_ok: int = 0
    danger_matrix: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))

    def figures(self) -> dict[str, Any]:
        return {
            "n": self.n,
            "intent_accuracy": _ratio(self.intent_ok, self.n),
            "danger": {
                "n_positive": self.danger_pos,
                "n_negative": self.danger_neg,
                "recall": _ratio(self.danger_found, self.danger_pos),
                "recall_keyword_net_alone": _ratio(self.danger_found_keyword, self.danger_pos),
                "recall_keyword_rules_alone": _ratio(self.danger_found_rules, self.danger_pos),
                "recall_nlu_alone": _ratio(self.danger_found_nlu, self.danger_pos),
                "checked_rate_positives": _ratio(self.danger_checked, self.danger_pos),
                "false_alarm_rate": _ratio(self.false_alarms, self.danger_neg),
                "checked_rate_negatives": _ratio(self.checks_on_negatives, self.danger_neg),
                "level_accuracy_when_found": _ratio(self.level_ok, self.danger_found),
                "confusion_gold_to_predicted": {
                    gold: {pred: self.danger_matrix[gold][pred] for pred in DECISIONS} for gold in DANGER_LEVELS
                },
            },
            "forms": {
                "n": self.forms_n,
                "exact_set_accuracy": _ratio(self.forms_exact, self.forms_n),
                "micro_precision": _ratio(self.forms_tp, self.forms_tp + self.forms_fp),
                "micro_recall": _ratio(self.forms_tp, self.forms_tp + self.forms_fn),
            },
            "municipality": {
                "n": self.place_n,
                "accuracy": _ratio(self.place_ok, self.place_n),
                "n_stories_without_place": self.place_absent_n,
                "spurious_rate": _ratio(self.place_spurious, self.place_absent_n),
            },
            "language": {
                "accuracy": _ratio(self.language_ok, self.n),
                "gateway_first_message_accuracy": _ratio(self.language_gateway_ok, self.n),
                "confident_share": _ratio(self.language_confident, self.n),
                f"n_{LONG_WORDS}_words_or_more": self.long_n,
                f"accuracy_{LONG_WORDS}_words_or_more": _ratio(self.long_language_ok, self.long_n),
            },
        }


def evaluate(
    messages: Sequence[Message],
    parse: Parser,
    detect_language: Callable[[str], tuple[str, float] | None] | None = None,
    is_confident: Callable[[str, float], bool] | None = None,
) -> dict[str, Any]:
    """Score every message; `parse` is Rasa's /model/parse (or a stand-in)."""
    if detect_language is None or is_confident is None:
        from channels.language import LanguageDetector

        detector = LanguageDetector()
        detect_language = detect_language or detector.detect
        is_confident = is_confident or detector.is_confident

    overall = Bucket()
    per_language: dict[str, Bucket] = {lang: Bucket() for lang in LANGUAGES}
    intent_confusions: Counter[tuple[str, str]] = Counter()
    missed: list[dict[str, Any]] = []
    checked: list[dict[str, Any]] = []
    false_alarms: list[dict[str, Any]] = []
    wrong_level: list[dict[str, Any]] = []
    form_errors: list[dict[str, Any]] = []
    place_errors: list[dict[str, Any]] = []
    language_errors: list[dict[str, Any]] = []

    for message in messages:
        buckets = (overall, per_language.setdefault(message.language, Bucket()))
        parsed = parse(message.text)
        intent_info = parsed.get("intent") or {}
        intent = intent_info.get("name") if isinstance(intent_info, dict) else None
        confidence = float(intent_info.get("confidence") or 0.0) if isinstance(intent_info, dict) else 0.0
        decision, keyword, nlu = system_danger(message.text, intent, confidence)
        rules = detect_danger(message.text) if keyword else None  # the net's level without the danger reader
        intent = faq_topic(parsed) if intent == RETRIEVAL_INTENT else intent
        detected = detect_language(message.text)
        confident = bool(detected and is_confident(message.text, detected[1]))
        chosen = gateway_language(detected, confident)
        row = {
            "language": message.language,
            "text": message.text,
            "gold": message.danger,
            "predicted": decision,
            "keyword_net": keyword,
            "intent": intent,
            "confidence": round(confidence, 3),
        }
        if intent != message.intent:
            intent_confusions[(message.intent, str(intent))] += 1
        positive = message.danger != "none"
        alarm = decision in ("danger", "acute")
        if decision == "check":
            checked.append(row)
        if positive and not alarm:
            missed.append(row)
        elif not positive and alarm:
            false_alarms.append(row)
        elif positive and decision != message.danger:
            wrong_level.append(row)
        if message.forms is not None:
            expected, got = gold_forms(message.forms), prefilled_forms(message.text)
            if expected != got:
                form_errors.append(
                    {"language": message.language, "text": message.text, "gold": sorted(expected), "got": sorted(got)}
                )
        got_place = match_municipality(message.text)
        if message.municipality is not None and got_place != message.municipality:
            place_errors.append(
                {"language": message.language, "text": message.text, "gold": message.municipality, "got": got_place}
            )
        spurious = message.municipality is None and got_place in REGION_MUNICIPALITIES
        if spurious and message.forms is not None:
            place_errors.append({"language": message.language, "text": message.text, "gold": None, "got": got_place})
        got_language = detected[0] if detected else None
        if got_language != message.language or chosen != message.language:
            language_errors.append(
                {
                    "language": message.language,
                    "text": message.text,
                    "detected": got_language,
                    "confidence": round(detected[1], 3) if detected else None,
                    "gateway_choice": chosen,
                }
            )

        for bucket in buckets:
            bucket.n += 1
            bucket.intent_ok += intent == message.intent
            bucket.danger_matrix[message.danger][decision] += 1
            if positive:
                bucket.danger_pos += 1
                bucket.danger_found += alarm
                bucket.danger_found_keyword += keyword is not None
                bucket.danger_found_rules += rules is not None
                bucket.danger_found_nlu += nlu in ("danger", "acute")
                bucket.danger_checked += decision == "check"
                bucket.level_ok += decision == message.danger
            else:
                bucket.danger_neg += 1
                bucket.false_alarms += alarm
                bucket.checks_on_negatives += decision == "check"
            if message.forms is not None:
                expected, got = gold_forms(message.forms), prefilled_forms(message.text)
                bucket.forms_n += 1
                bucket.forms_exact += expected == got
                bucket.forms_tp += len(expected & got)
                bucket.forms_fp += len(got - expected)
                bucket.forms_fn += len(expected - got)
            if message.municipality is not None:
                bucket.place_n += 1
                bucket.place_ok += got_place == message.municipality
            elif message.forms is not None:
                bucket.place_absent_n += 1
                bucket.place_spurious += spurious
            bucket.language_ok += got_language == message.language
            bucket.language_gateway_ok += chosen == message.language
            bucket.language_confident += confident
            if len(message.text.split()) >= LONG_WORDS:
                bucket.long_n += 1
                bucket.long_language_ok += got_language == message.language

    return {
        "overall": overall.figures(),
        "per_language": {lang: bucket.figures() for lang, bucket in per_language.items() if bucket.n},
        "intent_confusions": [
            {"gold": gold, "predicted": pred, "n": n} for (gold, pred), n in intent_confusions.most_common()
        ],
        "danger_missed": missed,
        "danger_checked": checked,
        "danger_false_alarms": false_alarms,
        "danger_wrong_level": wrong_level,
        "form_errors": form_errors,
        "municipality_errors": place_errors,
        "language_errors": language_errors,
    }


# ---------------------------------------------------------------------------------------------------------
# Command


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m meldpunt.evaluate", description=__doc__.split("\n\n")[0])
    parser.add_argument("--model", type=Path, default=REPO_ROOT / "models" / "meldpunt.tar.gz")
    parser.add_argument("--messages", type=Path, default=MESSAGES, help="a messages file or a folder of them")
    parser.add_argument("--start-timeout", type=float, default=START_TIMEOUT)
    args = parser.parse_args(argv)
    try:
        messages = load_messages(args.messages)
        with running_rasa(args.model, args.start_timeout) as rasa:
            started = time.monotonic()
            result = evaluate(messages, rasa.parse)
            seconds = time.monotonic() - started
    except (EvaluationError, OSError, urllib.error.URLError) as exc:
        print(f"evaluation could not run: {exc}", file=sys.stderr)
        return 2
    header = {
        "measured_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "model": str(args.model),
        "messages": str(args.messages),
        "n_messages": len(messages),
        "seconds": round(seconds, 1),
        "forms_vocabulary": list(FORMS),
        "municipalities": list(MUNICIPALITIES),
    }
    print(json.dumps(header | result, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
