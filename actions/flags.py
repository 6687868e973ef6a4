"""The alarms: direct danger (T0), acute unsafety (T1) and a request for a person.

Each sends the control payload that moves the conversation to waiting_for_staff in the gateway; the rule
that runs the action then says the matching response (utter_danger, utter_acute, utter_human) and goes
back to the intake. When the alarm is the first thing a reporter writes and it tells what happens, that
text is kept as the description (and the answers it gives are pre-filled), as for any story.

A second opinion before an alarm the NLU raised in the middle of the form: when the keyword safety net
(meldpunt.safety) sees no danger (or no request for a person) and the message is a plain answer to the
question asked ("ik ben haar oom" to "who are you?"), it is taken as that answer and the form goes on
without an alarm.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.common import (
    SAFETY_ANSWER_WORDS,
    flag_acute,
    flag_danger,
    flag_human,
    is_payload,
    is_story,
    language,
    latest_intent,
    latest_text,
    slot_events,
    story_slots,
    tells_story,
)
from actions.texts import text
from meldpunt.safety import detect_alarm, nlu_alarm, wants_human
from meldpunt.vocab import match_anonymity, match_forms, match_municipality, match_role, match_safety

FORM = "intake_form"
SAFETY_SLOT = "safety_check"


def _no_danger(text: str) -> str | None:
    """A typed "no" or "don't know" to the safety question (a "yes" is an alarm, not a plain answer)."""
    answer = match_safety(text)
    return answer if answer in ("no", "unknown") else None


ANSWERS: dict[str, Callable[[str], Any]] = {
    SAFETY_SLOT: _no_danger,
    "reporter_role": match_role,
    "forms": lambda text: match_forms(text) or None,
    "municipality": match_municipality,
    "anonymity": match_anonymity,
}


def _plain_answer(tracker: Tracker) -> list[EventType] | None:
    """The message answers the closed question asked and shows no danger: take it as the answer."""
    if (tracker.active_loop or {}).get("name") != FORM:
        return None
    slot = tracker.get_slot("requested_slot")
    message = latest_text(tracker)
    if slot not in ANSWERS or is_payload(message) or detect_alarm(message):
        return None
    if slot == SAFETY_SLOT and tells_story(message):
        # A story typed as the safety answer: only its first words answer ("Nee, ... maar"; "she gets no pay" is
        # no "no"), and the story is kept as after a first message (actions/intake.py does the same).
        value = _no_danger(" ".join(message.split()[:SAFETY_ANSWER_WORDS]))
        story = (
            slot_events(story_slots(tracker, message, questions=True))
            if tracker.get_slot("description") is None
            else []
        )
        return [SlotSet(slot, value), *story, FollowupAction(FORM)] if value else None
    value = ANSWERS[slot](message)
    return [SlotSet(slot, value), FollowupAction(FORM)] if value else None


def _first_question(domain: dict[str, Any]) -> str | None:
    form = (domain.get("forms") or {}).get(FORM) or {}
    slots = form.get("required_slots") if isinstance(form, dict) else None
    return str(slots[0]) if isinstance(slots, list) and slots else None


def _is_first_message(tracker: Tracker) -> bool:
    return sum(1 for event in tracker.events if event.get("event") == "user") <= 1


def _safety_question_first(
    dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
) -> list[EventType] | None:
    """An alarm only the NLU raised and is not sure of, outside the form, before the safety question was
    answered: keep the story and start the intake, whose first question is the safety question."""
    if (tracker.active_loop or {}).get("name"):
        return None
    text = latest_text(tracker)
    intent, confidence = latest_intent(tracker)
    if detect_alarm(text) or nlu_alarm(text, intent, confidence) != "check":
        return None
    if tracker.get_slot(SAFETY_SLOT) is not None or _first_question(domain) != SAFETY_SLOT:
        return None  # the question will not come (answered, or the form changed): the alarm stands
    if _is_first_message(tracker):
        dispatcher.utter_message(response="utter_welcome")
    story = slot_events(story_slots(tracker, text, questions=True)) if is_story(text) else []
    return [*story, FollowupAction(FORM)]


def _story_at_the_safety_question(dispatcher: CollectingDispatcher, tracker: Tracker) -> list[EventType] | None:
    """A story typed as the answer to the safety question that only the NLU reads as an alarm, and not surely (a
    "check", as for a first message): the question being asked is the check. Keep the story, say so, and ask it
    again."""
    if (tracker.active_loop or {}).get("name") != FORM or tracker.get_slot("requested_slot") != SAFETY_SLOT:
        return None
    message = latest_text(tracker)
    intent, confidence = latest_intent(tracker)
    if not tells_story(message) or detect_alarm(message) or nlu_alarm(message, intent, confidence) != "check":
        return None
    dispatcher.utter_message(text=text("story_kept", language(tracker)))
    return [*_story(tracker), FollowupAction(FORM)]


def _story(tracker: Tracker) -> list[EventType]:
    text = latest_text(tracker)
    if is_story(text) and tracker.get_slot("description") is None:
        return slot_events(story_slots(tracker, text, questions=True))
    return []


class ActionFlagDanger(Action):
    def name(self) -> str:
        return "action_flag_danger"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]) -> list[EventType]:
        return (
            _plain_answer(tracker)
            or _safety_question_first(dispatcher, tracker, domain)
            or _story_at_the_safety_question(dispatcher, tracker)
            or flag_danger(dispatcher, tracker) + _story(tracker)
        )


class ActionFlagAcute(Action):
    def name(self) -> str:
        return "action_flag_acute"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]) -> list[EventType]:
        return (
            _plain_answer(tracker)
            or _safety_question_first(dispatcher, tracker, domain)
            or _story_at_the_safety_question(dispatcher, tracker)
            or flag_acute(dispatcher, tracker) + _story(tracker)
        )


class ActionRequestHuman(Action):
    def name(self) -> str:
        return "action_request_human"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]) -> list[EventType]:
        if not wants_human(latest_text(tracker)):
            answer = _plain_answer(tracker)
            if answer:
                return answer
        return flag_human(dispatcher)
