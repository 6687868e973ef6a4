"""The intake's checklist (domain.md §2.3): gateway questions, the core coercion block B, the block of each
form (C–H) and the context block I, with what each answer may be.

Observations, not conclusions: a yes/no/don't-know question records the answer and where the reporter knows it
from (seen myself / the person told me / heard from others; "self" for a victim), and nothing is ever added up
into a score. The texts per language live in meldpunt/question_texts/<lang>.yml (victim wording `you`, witness
wording `person`); the actions ask, the console shows the Dutch and English wording to staff.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Final, Literal

from ruamel.yaml import YAML

from meldpunt.vocab import DEFAULT_LANGUAGE, LANGUAGES

TEXTS_DIR: Final = Path(__file__).resolve().parent / "question_texts"

Kind = Literal["ynu", "choice", "text"]
YNU: Final = ("yes", "no", "unknown")
SOURCES: Final = ("seen", "told", "heard")  # zelf gezien · de persoon vertelde het · van anderen gehoord
SKIP: Final = "skip"  # the button that skips the rest of the checklist
DONE: Final = "done"  # the checklist slot's value once nothing is left to ask


@dataclass(frozen=True)
class Question:
    id: str
    block: str  # "gateway" | "B" | "C" … "H" | "I"
    kind: Kind = "ynu"
    forms: tuple[str, ...] = ()  # block B: the forms it belongs to (empty: every form); gateway: the form it opens
    options: tuple[str, ...] = ()
    witness_only: bool = False  # asked only when the reporter is not the person it is about
    minor_alarm: bool = False  # "yes" about a minor is acute (domain.md §3.3: a minor exploited now is T1)


_ALL_BUT_ORGANS = ("sexual", "labour", "criminal", "begging", "domestic_servitude")

CATALOGUE: Final[tuple[Question, ...]] = (
    # Gateways: asked only when the form is not known; "yes" opens that form's block (domain.md §2.2).
    Question("GW_sexual", "gateway", forms=("sexual",)),
    Question("GW_labour", "gateway", forms=("labour",)),
    Question("GW_criminal", "gateway", forms=("criminal",)),
    Question("GW_begging", "gateway", forms=("begging",)),
    # B: core coercion and control.
    Question("B1", "B"),
    Question("B2", "B"),
    Question("B3", "B", forms=("sexual", "labour", "criminal", "begging", "domestic_servitude")),
    Question("B4", "B"),
    Question("B5", "B"),
    Question("B6", "B"),
    Question("B7", "B"),
    Question("B8", "B"),
    Question("B9", "B", forms=("labour", "sexual", "domestic_servitude")),
    Question("B10", "B", forms=("labour", "sexual", "domestic_servitude")),
    Question("B11", "B"),
    Question("B12", "B", forms=("sexual", "criminal")),
    Question("B13", "B", forms=("sexual", "labour")),
    # C: sexual exploitation.
    Question("C1", "C"),
    Question("C2", "C"),
    Question("C3", "C"),
    Question(
        "C4",
        "C",
        kind="choice",
        options=("home", "hotel", "holiday_home", "club_window", "escort", "car", "online", "unknown"),
    ),
    Question("C5", "C"),
    Question("C6", "C"),
    Question("C7", "C"),
    Question("C8", "C"),
    Question("C9", "C"),
    Question("C10", "C"),
    Question("C11", "C"),
    Question("C12", "C"),
    # D: labour exploitation (D12 also for domestic servitude).
    Question(
        "D1",
        "D",
        kind="choice",
        options=(
            "agriculture",
            "logistics",
            "industry_food",
            "construction",
            "hospitality",
            "cleaning",
            "domestic",
            "transport",
            "retail",
            "other",
            "unknown",
        ),
    ),
    Question("D2", "D"),
    Question("D3", "D"),
    Question("D4", "D"),
    Question("D5", "D"),
    Question("D6", "D"),
    Question("D7", "D"),
    Question("D8", "D"),
    Question("D9", "D"),
    Question("D10", "D"),
    Question("D11", "D"),
    Question("D12", "D"),
    # E: criminal exploitation.
    Question("E1", "E"),
    Question("E2", "E"),
    Question("E3", "E", minor_alarm=True),
    Question("E4", "E"),
    Question("E5", "E"),
    Question("E6", "E"),
    Question("E7", "E"),
    Question("E8", "E", kind="choice", options=("minor", "lvb", "addiction", "debts", "none", "unknown")),
    # F: forced begging.
    Question("F1", "F"),
    Question("F2", "F"),
    Question("F3", "F"),
    Question("F4", "F", minor_alarm=True),
    # G: organ removal.
    Question("G1", "G"),
    Question("G2", "G"),
    Question("G3", "G"),
    # H: other forms.
    Question("H1", "H"),
    Question("H2", "H"),
    # I: context (I1 role, I2 source and I3 municipality are questions of the form itself).
    Question("I4", "I", kind="choice", options=("under_16", "16_17", "18_22", "23_plus", "unknown")),
    Question("I5", "I", kind="choice", options=("under_1_month", "1_12_months", "over_1_year", "unknown")),
    Question("I5b", "I"),
    Question(
        "I6",
        "I",
        kind="choice",
        options=(*LANGUAGES, "other", "unknown"),
        witness_only=True,
    ),
    Question("I7", "I"),
    Question(
        "I8",
        "I",
        kind="choice",
        options=("police", "school", "doctor", "care", "labour_inspectorate", "none", "unknown"),
    ),
    Question("I9", "I", kind="text"),
)
BY_ID: Final[Mapping[str, Question]] = {q.id: q for q in CATALOGUE}

# Which block follows from which form; domestic servitude is asked with the labour block.
FORM_BLOCKS: Final[Mapping[str, str]] = {
    "sexual": "C",
    "labour": "D",
    "domestic_servitude": "D",
    "criminal": "E",
    "begging": "F",
    "organ_removal": "G",
    "forced_marriage": "H",
    "surrogacy": "H",
    "illegal_adoption": "H",
}
# Inside block D only these fit domestic servitude alone (no sector question: it is domestic work).
DOMESTIC_ITEMS: Final = ("D2", "D3", "D5", "D10", "D11", "D12")
# Inside block H: forced marriage is H1, surrogacy and illegal adoption H2.
H_ITEMS: Final[Mapping[str, tuple[str, ...]]] = {
    "forced_marriage": ("H1",),
    "surrogacy": ("H2",),
    "illegal_adoption": ("H2",),
}
MINOR_AGES: Final = ("under_16", "16_17")


def known_forms(forms: Iterable[str] | None) -> list[str]:
    return [form for form in forms or () if form in FORM_BLOCKS]


def checklist(forms: Iterable[str] | None, *, victim: bool) -> list[Question]:
    """The questions for this report, in the order they are asked."""
    chosen = known_forms(forms)
    items: list[Question] = []
    if not chosen:
        items += [q for q in CATALOGUE if q.block == "gateway"]
    # Block B: the items of the chosen forms (every item while the form is not known).
    items += [q for q in CATALOGUE if q.block == "B" and (not chosen or not q.forms or set(q.forms) & set(chosen))]
    for block in dict.fromkeys(FORM_BLOCKS[form] for form in chosen):
        block_items = [q for q in CATALOGUE if q.block == block]
        if block == "D" and "labour" not in chosen:
            block_items = [q for q in block_items if q.id in DOMESTIC_ITEMS]
        if block == "H":
            wanted = {item for form in chosen for item in H_ITEMS.get(form, ())}
            block_items = [q for q in block_items if q.id in wanted]
        items += block_items
    items += [q for q in CATALOGUE if q.block == "I" and not (victim and q.witness_only)]
    return items


def gateway_forms(forms: Iterable[str] | None, answers: Sequence[Mapping[str, Any]]) -> list[str]:
    """The forms the reporter said yes to at a gateway question."""
    opened: list[str] = []
    for answer in answers:
        question = BY_ID.get(str(answer.get("id")))
        if question and question.block == "gateway" and answer.get("answer") == "yes":
            opened += [form for form in question.forms if form not in opened]
    return opened


def next_question(
    forms: Iterable[str] | None, answers: Sequence[Mapping[str, Any]], *, victim: bool
) -> Question | None:
    """The first question of the checklist not yet answered."""
    answered = {str(answer.get("id")) for answer in answers}
    for question in checklist(forms, victim=victim):
        if question.id not in answered:
            return question
    return None


# ---------------------------------------------------------------------------------------------------------
# Answers typed instead of tapped


def _normal(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(re.sub(r"[^\w\s]", " ", plain).split())


# Short answers per language; matched on whole words after removing accents (so "da" also matches "да").
YNU_WORDS: Final[Mapping[str, Mapping[str, tuple[str, ...]]]] = {
    "yes": {
        "nl": ("ja", "jawel", "jazeker", "klopt", "zeker", "wel", "jep", "ja hoor"),
        "en": ("yes", "yeah", "yep", "yup", "y", "sure", "correct", "right", "true"),
        "pl": ("tak", "jasne", "zgadza sie", "owszem"),
        "ro": ("da", "sigur", "corect", "asa este"),
        "bg": ("да", "da", "точно", "вярно"),
        "uk": ("так", "tak", "да", "вірно", "авжеж"),
        "ru": ("да", "da", "верно", "конечно", "ага"),
        "es": ("si", "sí", "claro", "correcto", "vale"),
    },
    "no": {
        "nl": ("nee", "neen", "nope", "niet", "nooit", "klopt niet"),
        "en": ("no", "nope", "nah", "n", "not", "never", "false"),
        "pl": ("nie", "nigdy"),
        "ro": ("nu", "niciodata"),
        "bg": ("не", "ne", "никога"),
        "uk": ("ні", "ni", "нет", "ніколи"),
        "ru": ("нет", "net", "не", "никогда"),
        "es": ("no", "nunca"),
    },
    "unknown": {
        "nl": ("weet niet", "weet ik niet", "geen idee", "geen flauw idee", "onbekend", "misschien", "wn"),
        "en": ("don t know", "dont know", "do not know", "not sure", "no idea", "dunno", "maybe", "unknown", "idk"),
        "pl": ("nie wiem", "nie jestem pewien", "nie jestem pewna", "moze", "nie mam pojecia"),
        "ro": ("nu stiu", "poate", "nu sunt sigur", "nu sunt sigura", "habar n am"),
        "bg": ("не знам", "ne znam", "може би", "не съм сигурен", "не съм сигурна"),
        "uk": ("не знаю", "ne znayu", "можливо", "не впевнений", "не впевнена"),
        "ru": ("не знаю", "ne znayu", "может быть", "не уверен", "не уверена", "хз"),
        "es": ("no se", "no lo se", "quizas", "tal vez", "ni idea", "no estoy seguro", "no estoy segura"),
    },
}


@cache
def _ynu_pattern(answer: str, language: str) -> re.Pattern[str]:
    words = set(YNU_WORDS[answer].get(language, ())) | set(YNU_WORDS[answer]["en"]) | set(YNU_WORDS[answer]["nl"])
    alternation = "|".join(sorted((re.escape(_normal(w)) for w in words), key=len, reverse=True))
    return re.compile(rf"(?:^|\s)(?:{alternation})(?:\s|$)")


def match_ynu(text: str, language: str | None) -> str | None:
    """yes / no / unknown from a short typed answer; None when it is not one of them (or is more than a
    short answer, which is then not guessed at)."""
    norm = _normal(text)
    if not norm or len(norm.split()) > 6:
        return None
    lang = language or DEFAULT_LANGUAGE
    # "don't know" contains "no"/"not": it is checked first.
    for answer in ("unknown", "no", "yes"):
        if _ynu_pattern(answer, lang).search(norm):
            return answer
    return None


def match_choice(question: Question, text: str, language: str | None) -> str | None:
    """An option of a choice question from its label typed (or a clear part of it), in the reporter's
    language, English or Dutch."""
    norm = _normal(text)
    if not norm:
        return None
    langs = [language or DEFAULT_LANGUAGE, "en", "nl"]
    for option in question.options:
        for lang in langs:
            label = _normal(option_label(question, option, lang))
            if label and (norm == label or (len(norm) >= 4 and (_within(norm, label) or _within(label, norm)))):
                return option
    if question.id == "I4":  # "she is 15": an age typed as a number
        age = _age_option(norm)
        if age:
            return age
    if match_ynu(text, language) == "unknown":
        return "unknown" if "unknown" in question.options else None
    return None


def _within(part: str, whole: str) -> bool:
    """`part` as whole words inside `whole` ("bouw" is in "bouw", not in "tuinbouw")."""
    return f" {part} " in f" {whole} "


def _age_option(norm: str) -> str | None:
    numbers = [int(n) for n in re.findall(r"\b(\d{1,2})\b", norm)]
    if len(numbers) != 1:
        return None
    age = numbers[0]
    if age < 16:
        return "under_16"
    if age < 18:
        return "16_17"
    return "18_22" if age <= 22 else "23_plus"


# ---------------------------------------------------------------------------------------------------------
# Texts


@cache
def texts(language: str) -> Mapping[str, Any]:
    path = TEXTS_DIR / f"{language}.yml"
    if not path.exists():
        return {}
    loaded = YAML(typ="safe").load(path.read_text(encoding="utf-8"))
    return loaded if isinstance(loaded, dict) else {}


def _lookup(language: str | None, *keys: str) -> Any:
    for lang in (language or DEFAULT_LANGUAGE, "en", DEFAULT_LANGUAGE):
        node: Any = texts(lang)
        for key in keys:
            node = node.get(key) if isinstance(node, dict) else None
        if node:
            return node
    return None


def question_text(question: Question, language: str | None, *, victim: bool) -> str:
    entry = _lookup(language, "questions", question.id)
    if isinstance(entry, dict):
        return str(entry.get("you" if victim else "person") or entry.get("person") or entry.get("you") or "")
    return str(entry or question.id)


def option_label(question: Question, option: str, language: str | None) -> str:
    found = _lookup(language, "options", question.id, option)
    if found is None and option in LANGUAGES:
        found = _lookup(language, "languages", option)
    if found is None:
        found = _lookup(language, "answers", option)
    return str(found or option)


def phrase(key: str, language: str | None) -> str:
    """A fixed phrase of the checklist: answer buttons, the block introductions, the skip button."""
    return str(_lookup(language, *key.split(".")) or key)


def answer_text(answer: Mapping[str, Any], language: str | None) -> str:
    """An answer as staff read it: "ja (zelf gezien)", an option's label, or the typed text."""
    question = BY_ID.get(str(answer.get("id")))
    value = str(answer.get("answer") or "")
    if question is None:
        return value
    if question.kind == "choice":
        return option_label(question, value, language)
    if question.kind == "text":
        return value
    shown = phrase(f"answers.{value}", language)
    source = answer.get("source")
    if value == "yes" and source in SOURCES:
        shown += f" ({phrase(f'sources.{source}', language)})"
    return shown


# ---------------------------------------------------------------------------------------------------------
# The checklist's answers as the signal records them (docs/signal.schema.json)

SCHEMA_SOURCES: Final = {"seen": "seen_myself", "told": "told_by_person", "heard": "heard_from_others", "self": "self"}
CONTEXT_IDS: Final = ("I4", "I5", "I5b", "I6", "I7", "I8")  # I9, free text, is stored encrypted apart


def signal_indicators(answers: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Answers of blocks B–H as indicators: {indicator_id, answer, source}; observations, never a score."""
    found = []
    for answer in answers:
        question = BY_ID.get(str(answer.get("id")))
        if question is None or question.block in ("gateway", "I") or not answer.get("answer"):
            continue
        source = SCHEMA_SOURCES.get(str(answer.get("source")))
        found.append({"indicator_id": question.id, "answer": str(answer["answer"]), "source": source})
    return found


def signal_context(answers: Iterable[Mapping[str, Any]]) -> dict[str, str]:
    return {str(a["id"]): str(a["answer"]) for a in answers if a.get("id") in CONTEXT_IDS and a.get("answer")}
