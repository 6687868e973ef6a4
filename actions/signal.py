"""Send: store the report as a signal in the Veilig Thuis queue and give the reporter a receipt code."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.common import channel, control, language
from actions.intake import FORM, REQUIRED_SLOTS
from actions.texts import text
from meldpunt.vocab import DEFAULT_LANGUAGE

log = logging.getLogger(__name__)


def triage_for(tracker: Tracker) -> str:
    """T0 direct danger; T1 acute; T2 a melding (the reporter is known to Veilig Thuis); T3 advice."""
    if tracker.get_slot("triage") == "T0":
        return "T0"
    if tracker.get_slot("acute") is True:
        return "T1"
    return "T2" if tracker.get_slot("anonymity") in ("confidential", "open") else "T3"


def signal_fields(tracker: Tracker, triage: str) -> dict[str, object]:
    forms = tracker.get_slot("forms")
    return {
        "channel": channel(tracker),
        "language": tracker.get_slot("language") or DEFAULT_LANGUAGE,
        "triage": triage,
        "acute": tracker.get_slot("acute") is True,
        "reporter_role": tracker.get_slot("reporter_role"),
        "anonymity": tracker.get_slot("anonymity"),
        "forms": list(forms) if isinstance(forms, list) else [],
        "municipality": tracker.get_slot("municipality"),
        "minors_involved": True if tracker.get_slot("minors_involved") is True else None,
        "indicators": [],
        "description": tracker.get_slot("description"),
    }


class ActionStoreSignal(Action):
    def name(self) -> str:
        return "action_store_signal"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]) -> list[EventType]:
        from store.signals import create_signal  # the app runtime's store; imported late on purpose

        lang = language(tracker)
        if tracker.get_slot("signal_id"):  # sent before (a second tap on Send)
            dispatcher.utter_message(text=text("already_sent", lang))
            return []
        if any(tracker.get_slot(slot) in (None, []) for slot in REQUIRED_SLOTS):
            dispatcher.utter_message(text=text("incomplete", lang))
            return [FollowupAction(FORM)]
        triage = triage_for(tracker)
        try:
            signal_id, receipt = await asyncio.to_thread(
                create_signal, conversation_id=tracker.sender_id, fields=signal_fields(tracker, triage)
            )
        except Exception as exc:  # the store is down: say so, keep the answers, let the reporter try again
            log.error("storing the signal failed: %s", type(exc).__name__)  # no message: it may hold data
            dispatcher.utter_message(text=text("store_failed", lang))
            return []
        if receipt is None:
            dispatcher.utter_message(text=text("already_sent", lang))
        else:
            dispatcher.utter_message(text=text("sent", lang, code=receipt))
            steps = [text("next_melding" if triage_is_melding(tracker) else "next_advice", lang)]
            if triage in ("T0", "T1"):
                steps.insert(0, text("next_alerted", lang))
            steps.append(text("next_112", lang))
            dispatcher.utter_message(text=" ".join(steps))
        control(dispatcher, signal_id=signal_id)
        return [SlotSet("signal_id", signal_id), SlotSet("triage", triage)]


def triage_is_melding(tracker: Tracker) -> bool:
    return tracker.get_slot("anonymity") in ("confidential", "open")
