"""Shared by the intake actions: the reporter's language, buttons, control payloads, the alarms, the
pre-fill from a story. Nothing here logs message text or slot values."""

from __future__ import annotations

import json
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from meldpunt.vocab import (
    BOT_LANGUAGES,
    DEFAULT_LANGUAGE,
    REGION_MUNICIPALITIES,
    match_forms,
    match_municipality,
    match_role_in_story,
    mentions_minor,
)

MAX_DESCRIPTION = 4000  # docs/signal.schema.json
STORY_MIN_WORDS = 6  # shorter first messages are greetings or answers, not a story to keep
STORY_ANSWER_WORDS = 15  # an answer to a closed question this long tells more than the answer
SAFETY_ANSWER_WORDS = 4  # in a story typed as the safety answer only these words answer it ("Nee, ... maar")

Escalation = str  # "danger" | "acute" | "human"


def language(tracker: Tracker) -> str:
    """The language the actions speak: the slot when the bot has texts for it, else Dutch (like the
    domain's default response variants)."""
    value = tracker.get_slot("language")
    return value if isinstance(value, str) and value in BOT_LANGUAGES else DEFAULT_LANGUAGE


def button(title: str, intent: str, entities: dict[str, str] | None = None) -> dict[str, str]:
    """A button whose payload the gateway and Rasa understand: /inform{"reporter_role":"neighbour"}."""
    payload = "/" + intent + (json.dumps(entities, separators=(",", ":")) if entities else "")
    return {"title": title, "payload": payload}


def control(dispatcher: CollectingDispatcher, **payload: Any) -> None:
    """A control message for the gateway, never shown: {"custom": {"meldpunt": {...}}}."""
    dispatcher.utter_message(json_message={"meldpunt": payload})


def latest_text(tracker: Tracker) -> str:
    value = (tracker.latest_message or {}).get("text")
    return value if isinstance(value, str) else ""


def latest_intent(tracker: Tracker) -> tuple[str | None, float]:
    intent = (tracker.latest_message or {}).get("intent") or {}
    name = intent.get("name")
    confidence = intent.get("confidence")
    return (name if isinstance(name, str) else None, float(confidence) if confidence is not None else 0.0)


def is_payload(text: str) -> bool:
    return text.lstrip().startswith("/")


def is_story(text: str) -> bool:
    """Long enough to keep as the description of what happened."""
    return not is_payload(text) and len(text.split()) >= STORY_MIN_WORDS


def tells_story(text: str) -> bool:
    """A story rather than a short answer to a closed question ("nee, er is nu niemand in gevaar"): long
    enough to keep, and it names a form of exploitation or runs on past any plain answer."""
    if not is_story(text):
        return False
    return len(text.split()) >= STORY_ANSWER_WORDS or any(form != "unknown" for form in match_forms(text))


def flag_danger(dispatcher: CollectingDispatcher, tracker: Tracker) -> list[EventType]:
    """Direct danger (T0): triage T0, acute, the safety answer "now", and the escalation for the gateway.
    The 112 text itself is the response utter_danger (said by the rule, or by the caller)."""
    control(dispatcher, escalate="danger")
    return [SlotSet("triage", "T0"), SlotSet("acute", True), SlotSet("safety_check", "now")]


def flag_acute(dispatcher: CollectingDispatcher, tracker: Tracker) -> list[EventType]:
    """Acute unsafety in the next 24 hours (T1 unless already T0)."""
    control(dispatcher, escalate="acute")
    events: list[EventType] = [SlotSet("acute", True)]
    if tracker.get_slot("triage") != "T0":
        events.append(SlotSet("triage", "T1"))
    if tracker.get_slot("safety_check") != "now":
        events.append(SlotSet("safety_check", "within_24h"))
    return events


def flag_human(dispatcher: CollectingDispatcher) -> list[EventType]:
    control(dispatcher, escalate="human")
    return []


def story_slots(tracker: Tracker, text: str, *, questions: bool) -> dict[str, Any]:
    """Slots a story fills: the description, and with `questions` also the answers it already gives
    (forms, a municipality in the region, who the reporter is), so those questions are skipped. Only
    slots that are still empty; minors_involved only ever becomes True."""
    values: dict[str, Any] = {}
    if tracker.get_slot("description") is None:
        values["description"] = text[:MAX_DESCRIPTION]
    if questions:
        forms = [form for form in match_forms(text) if form != "unknown"]
        if forms and not tracker.get_slot("forms"):
            values["forms"] = forms
        municipality = match_municipality(text)
        if municipality in REGION_MUNICIPALITIES and tracker.get_slot("municipality") is None:
            values["municipality"] = municipality
        role = match_role_in_story(text)
        if role and tracker.get_slot("reporter_role") is None:
            values["reporter_role"] = role
        # What was read from the story rather than answered: the form asks the reporter to confirm it.
        values["inferred"] = [slot for slot in ("reporter_role", "forms", "municipality") if slot in values]
    if mentions_minor(text):
        values["minors_involved"] = True
    return values


def slot_events(values: dict[str, Any]) -> list[EventType]:
    return [SlotSet(name, value) for name, value in values.items()]


def channel(tracker: Tracker) -> str:
    """The reporter's channel from the message metadata the gateway sends ("webchat", "api", …)."""
    candidates: list[Any] = [
        tracker.get_slot("session_started_metadata"),
        (tracker.latest_message or {}).get("metadata"),
    ]
    candidates += [event.get("metadata") for event in reversed(tracker.events) if event.get("event") == "user"]
    for metadata in candidates:
        if isinstance(metadata, dict) and isinstance(metadata.get("channel"), str) and metadata["channel"]:
            return str(metadata["channel"])
    return "unknown"
