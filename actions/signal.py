"""Send: store the report as a signal in the Veilig Thuis queue and give the reporter a receipt code."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions import checklist
from actions.common import channel, control, language
from actions.intake import FORM, NONE, REQUIRED_SLOTS
from actions.texts import text
from meldpunt.questions import SCHEMA_SOURCES, signal_context, signal_indicators
from meldpunt.vocab import DEFAULT_LANGUAGE

log = logging.getLogger(__name__)


def is_melding(tracker: Tracker) -> bool:
    """A melding needs the reporter known to Veilig Thuis: a confidential or open report with a way to reach
    them. Everything else is advice (domain.md §0.3)."""
    contact = tracker.get_slot("contact")
    return tracker.get_slot("anonymity") in ("confidential", "open") and contact not in (None, NONE)


def triage_for(tracker: Tracker) -> str:
    """T0 direct danger; T1 acute (or a minor exploited now); T2 a melding; T4 adult labour exploitation reported
    as advice, where the Arbeidsinspectie is the route (domain.md §0.8, §3.3); T3 other advice. Never a score."""
    if tracker.get_slot("triage") == "T0":
        return "T0"
    if tracker.get_slot("acute") is True:
        return "T1"
    if is_melding(tracker):
        return "T2"
    forms = set(tracker.get_slot("forms") or [])
    if forms == {"labour"} and tracker.get_slot("minors_involved") is not True:
        return "T4"
    return "T3"


def routes_for(tracker: Tracker) -> list[str]:
    """Parallel routes that fit (domain.md §3.6), given to the reporter and recorded on the signal."""
    forms = set(tracker.get_slot("forms") or [])
    victim = tracker.get_slot("reporter_role") == "victim"
    routes = []
    if forms & {"labour", "domestic_servitude"}:
        routes.append("arbeidsinspectie")
    if victim:
        routes += ["police", "comensha"]
    if tracker.get_slot("anonymity") == "anonymous" and not victim:
        routes.append("mma")
    return routes


def signal_fields(tracker: Tracker, triage: str) -> dict[str, object]:
    forms = tracker.get_slot("forms")
    answers = checklist.answers_of(tracker)
    contact = tracker.get_slot("contact")
    safe_times = tracker.get_slot("safe_times")
    return {
        "channel": channel(tracker),
        "language": tracker.get_slot("language") or DEFAULT_LANGUAGE,
        "triage": triage,
        "acute": tracker.get_slot("acute") is True,
        "reporter_role": tracker.get_slot("reporter_role"),
        "knowledge_source": SCHEMA_SOURCES.get(str(tracker.get_slot("knowledge_source"))),
        "anonymity": tracker.get_slot("anonymity"),
        "forms": list(forms) if isinstance(forms, list) else [],
        "municipality": tracker.get_slot("municipality"),
        "minors_involved": True if tracker.get_slot("minors_involved") is True else None,
        "indicators": signal_indicators(answers),
        "context": signal_context(answers),
        "routes": routes_for(tracker),
        "description": tracker.get_slot("description"),
        "details": checklist.details_text(answers),
        "contact": None if contact in (None, NONE) else {"contact": contact, "safe_times": safe_times},
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
            dispatcher.utter_message(text=text(f"result_{triage}", lang))
            routes = [text(f"route_{route}", lang) for route in routes_for(tracker)]
            if routes:
                dispatcher.utter_message(text="\n".join([text("routes_intro", lang), *routes]))
            dispatcher.utter_message(text=text("next_112", lang))
        control(dispatcher, signal_id=signal_id)
        return [SlotSet("signal_id", signal_id), SlotSet("triage", triage)]
