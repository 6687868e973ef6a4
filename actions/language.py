"""Switching language: /set_language{"language":"en"} (a button; the gateway has already set the slot) or
a typed request ("English please"). The rule then confirms in the new language and re-asks."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from meldpunt.vocab import BOT_LANGUAGES, normalise

NAMES = {
    "nl": "nl", "dutch": "nl", "nederlands": "nl", "nederlandse": "nl", "hollands": "nl",
    "en": "en", "english": "en", "engels": "en", "engelse": "en",
}  # fmt: skip


class ActionSetLanguage(Action):
    def name(self) -> str:
        return "action_set_language"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]) -> list[EventType]:
        for value in tracker.get_latest_entity_values("language"):
            code = NAMES.get(normalise(str(value)))
            if code in BOT_LANGUAGES:
                return [SlotSet("language", code)] if tracker.get_slot("language") != code else []
        return []
