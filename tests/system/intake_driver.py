"""Walks the intake like a reporter: answers buttons by their payload values, types free text when asked."""

from __future__ import annotations

import json
import re
from typing import Any

from tests.conftest import System

PAYLOAD = re.compile(r"^/(?P<intent>[\w-]+)(?P<entities>\{.*\})?$", re.S)
CONFIRM_INTENTS = ("confirm", "affirm", "send", "submit")


def parse_payload(payload: str) -> tuple[str, dict[str, Any]]:
    match = PAYLOAD.match(payload)
    if not match:
        return "", {}
    entities = json.loads(match.group("entities")) if match.group("entities") else {}
    return match.group("intent"), entities if isinstance(entities, dict) else {}


def buttons(body: dict[str, Any]) -> list[dict[str, str]]:
    for message in reversed(body["messages"]):
        if message.get("buttons"):
            return list(message["buttons"])
    return []


def pick(options: list[dict[str, str]], answers: dict[str, str]) -> str | None:
    for button in options:
        _, entities = parse_payload(button["payload"])
        for key, value in entities.items():
            if key in answers and (value == answers[key] or value == [answers[key]]):
                return button["payload"]
    return None


def confirm_button(options: list[dict[str, str]]) -> str | None:
    for button in options:
        intent, entities = parse_payload(button["payload"])
        if any(word in intent for word in CONFIRM_INTENTS) and not entities:
            return button["payload"]
    return None


# What a reporter taps when a test does not say otherwise: choose the answers themselves rather than confirm
# what the assistant read from the story (the test names them), say how they know, skip the checklist, and
# leave no contact details.
DEFAULT_ANSWERS = {
    "inferred_ok": "no",
    "knowledge_source": "seen",
    "checklist": "skip",
    "contact": "none",
    "safe_times": "any_time",
}


def typed_answer(options: list[dict[str, str]], answers: dict[str, str]) -> str | None:
    """A typed answer for the question these buttons belong to (answers["<slot>:typed"])."""
    for button in options:
        _, entities = parse_payload(button["payload"])
        for key in entities:
            if f"{key}:typed" in answers:
                return answers[f"{key}:typed"]
    return None


def complete_intake(
    system: System, session: str, first: str, story: str, place: str, answers: dict[str, str]
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """Returns the last answer and every answer on the way."""
    answers = {**DEFAULT_ANSWERS, **answers}
    body = system.chat(session, first)
    seen = [body]
    for _ in range(60):
        if body["signal_id"]:
            return body, seen
        options = buttons(body)
        report = body["report"]
        text = typed_answer(options, answers) or pick(options, answers)
        if text is None and options and report.get("anonymity"):
            text = confirm_button(options)
        if text is None:
            if options and not report.get("description") and not any("description" in b["payload"] for b in options):
                raise AssertionError(f"no button matches {answers} in {options}")
            text = story if not report.get("description") else place
        body = system.chat(session, text)
        seen.append(body)
    raise AssertionError(f"the intake did not finish; last answer: {body}")
