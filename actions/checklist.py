"""The checklist inside the intake form: one slot (`checklist`) that the form keeps requesting while questions
are left; every answer is added to the `answers` slot as {id, answer, source}. The questions and their order
come from meldpunt.questions (gateway questions when the form is unknown, block B, the blocks of the forms,
the context block I). "Skip the questions" ends it at once.

Buttons carry the question id (`/inform{"checklist":"B1=yes:seen"}`), so a late tap on an older question's
button is recorded for that question and never for the one asked now.
"""

from __future__ import annotations

import re
from typing import Any

from rasa_sdk import Tracker

from actions.common import MAX_DESCRIPTION, button, is_payload
from meldpunt.questions import (
    BY_ID,
    DONE,
    MINOR_AGES,
    SKIP,
    SOURCES,
    Question,
    gateway_forms,
    match_choice,
    match_ynu,
    next_question,
    option_label,
    phrase,
    question_text,
)

SLOT = "checklist"
BUTTON_ANSWER = re.compile(r"^(?P<id>[A-Za-z0-9_]+)=(?P<answer>[a-z0-9_]+)(?::(?P<source>[a-z]+))?$")
MAX_DETAILS = 500


def is_victim(tracker: Tracker) -> bool:
    return bool(tracker.get_slot("reporter_role") == "victim")


def answers_of(tracker: Tracker) -> list[dict[str, Any]]:
    value = tracker.get_slot("answers")
    return [dict(item) for item in value if isinstance(item, dict)] if isinstance(value, list) else []


def pending(tracker: Tracker, forms: Any = None, answers: list[dict[str, Any]] | None = None) -> Question | None:
    forms = tracker.get_slot("forms") if forms is None else forms
    answers = answers_of(tracker) if answers is None else answers
    return next_question(forms if isinstance(forms, list) else [], answers, victim=is_victim(tracker))


def ask(tracker: Tracker, lang: str) -> tuple[str, list[dict[str, str]]]:
    """The next question with its buttons (and the block's introduction when a block starts)."""
    answers = answers_of(tracker)
    question = pending(tracker, answers=answers)
    if question is None:  # nothing left (the form sets the slot to done; this only guards a race)
        return phrase("intro.I", lang), [button(phrase("buttons.skip", lang), "inform", {SLOT: SKIP})]
    victim = is_victim(tracker)
    lines = []
    previous = BY_ID.get(str(answers[-1]["id"])) if answers else None
    if previous is None or previous.block != question.block:
        lines.append(phrase(f"intro.{question.block}", lang))
    lines.append(question_text(question, lang, victim=victim))
    return "\n".join(lines), _buttons(question, lang, victim=victim)


def _buttons(question: Question, lang: str, *, victim: bool) -> list[dict[str, str]]:
    def answer(title: str, value: str) -> dict[str, str]:
        return button(title, "inform", {SLOT: f"{question.id}={value}"})

    skip = button(phrase("buttons.skip", lang), "inform", {SLOT: SKIP})
    if question.kind == "choice":
        return [answer(option_label(question, option, lang), option) for option in question.options] + [skip]
    if question.kind == "text":
        return [answer(phrase("buttons.no_details", lang), "none"), skip]
    if victim or question.block == "gateway":
        yes = [answer(phrase("answers.yes", lang), "yes")]
    else:
        yes = [answer(phrase(f"buttons.yes_{source}", lang), f"yes:{source}") for source in SOURCES]
    return [*yes, answer(phrase("answers.no", lang), "no"), answer(phrase("answers.unknown", lang), "unknown"), skip]


def read_answer(tracker: Tracker, value: Any, text: str, lang: str) -> dict[str, Any] | str | None:
    """The answer in this message: a dict to record, SKIP, or None (not an answer to the question asked)."""
    raw = str(value or "").strip()
    if raw == SKIP:
        return SKIP
    question = pending(tracker)
    if question is None:
        return None
    tapped = BUTTON_ANSWER.match(raw)
    if tapped:
        tapped_question = BY_ID.get(tapped.group("id"))
        if tapped_question is None:
            return None
        answer: dict[str, Any] = {"id": tapped_question.id, "answer": tapped.group("answer")}
        if tapped.group("source") in SOURCES:
            answer["source"] = tapped.group("source")
        return _with_default_source(tracker, tapped_question, answer)
    if is_payload(text) or not text.strip():
        return None
    if question.kind == "text":
        if match_ynu(text, lang) in ("no", "unknown"):
            return {"id": question.id, "answer": "none"}
        return {"id": question.id, "answer": text.strip()[:MAX_DETAILS]}
    if question.kind == "choice":
        option = match_choice(question, text, lang)
        return {"id": question.id, "answer": option} if option else None
    ynu = match_ynu(text, lang)
    return _with_default_source(tracker, question, {"id": question.id, "answer": ynu}) if ynu else None


def _with_default_source(tracker: Tracker, question: Question, answer: dict[str, Any]) -> dict[str, Any]:
    """A yes without its own source gets the reporter's: "self" for a victim, else how they know (I2)."""
    if question.kind == "ynu" and question.block != "gateway" and answer["answer"] == "yes" and "source" not in answer:
        source = "self" if is_victim(tracker) else tracker.get_slot("knowledge_source")
        if source in (*SOURCES, "self"):
            answer["source"] = source
    return answer


def record(tracker: Tracker, answer: dict[str, Any]) -> dict[str, Any]:
    """The slots to set for one answer: the answers list, forms opened at a gateway, minors, and the checklist
    slot itself (None: ask the next question; done: nothing left)."""
    answers = [item for item in answers_of(tracker) if item.get("id") != answer["id"]] + [answer]
    values: dict[str, Any] = {"answers": answers}
    forms = tracker.get_slot("forms") if isinstance(tracker.get_slot("forms"), list) else []
    opened = gateway_forms(forms, answers)
    if opened:
        forms = [form for form in forms if form != "unknown"]
        values["forms"] = forms + [form for form in opened if form not in forms]
    question = BY_ID[answer["id"]]
    if question.id == "I4" and answer["answer"] in MINOR_AGES:
        values["minors_involved"] = True
    if question.id == "F4" and answer["answer"] == "yes":  # a child used for begging
        values["minors_involved"] = True
    left = next_question(values.get("forms", forms), answers, victim=is_victim(tracker))
    values[SLOT] = None if left else DONE
    return values


def minor_exploited(tracker: Tracker, values: dict[str, Any]) -> bool:
    """A minor being exploited (domain.md §3.3: T1): a minor is involved and a form is known, unless the reporter
    said it is no longer going on."""
    minors = values.get("minors_involved", tracker.get_slot("minors_involved")) is True
    forms = values.get("forms", tracker.get_slot("forms")) or []
    answers = values.get("answers", answers_of(tracker))
    ended = any(item.get("id") == "I5b" and item.get("answer") == "no" for item in answers)
    last = answers[-1] if answers else {}
    question = BY_ID.get(str(last.get("id")))
    raised_now = question is not None and (
        (question.id == "I4" and last.get("answer") in MINOR_AGES)
        or (question.minor_alarm and last.get("answer") == "yes")
    )
    return minors and raised_now and any(form != "unknown" for form in forms) and not ended


def details_text(answers: list[dict[str, Any]]) -> str | None:
    """The free-text details (I9) for the signal, or None."""
    for item in answers:
        if item.get("id") == "I9" and item.get("answer") not in (None, "none"):
            return str(item["answer"])[:MAX_DESCRIPTION]
    return None
