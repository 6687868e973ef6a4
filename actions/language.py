"""Switching language: /set_language{"language":"en"} (a button; the gateway has already set the slot) or
a typed request ("English please"). The rule then confirms in the new language and re-asks."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from meldpunt.vocab import BOT_LANGUAGES, normalise

_NAMES = {
    "nl": "nl", "dutch": "nl", "nederlands": "nl", "nederlandse": "nl", "hollands": "nl", "niderlandzki": "nl",
    "holenderski": "nl", "olandeză": "nl", "нидерландски": "nl", "нідерландська": "nl", "голландский": "nl",
    "нидерландский": "nl", "neerlandés": "nl", "holandés": "nl",
    "en": "en", "english": "en", "engels": "en", "engelse": "en", "angielski": "en", "angielsku": "en",
    "engleză": "en", "engleza": "en", "английски": "en", "англійська": "en", "англійською": "en",
    "английский": "en", "inglés": "en",
    "pl": "pl", "polish": "pl", "pools": "pl", "poolse": "pl", "polski": "pl", "polsku": "pl", "polskim": "pl",
    "polaco": "pl", "poloneză": "pl", "полски": "pl", "польська": "pl", "польською": "pl", "польский": "pl",
    "ro": "ro", "romanian": "ro", "roemeens": "ro", "roemeense": "ro", "română": "ro", "românește": "ro",
    "romaneste": "ro", "rumuński": "ro", "rumuńsku": "ro", "rumano": "ro", "румънски": "ro", "румунська": "ro",
    "румынский": "ro",
    "bg": "bg", "bulgarian": "bg", "bulgaars": "bg", "bulgaarse": "bg", "български": "bg", "bulgarski": "bg",
    "bălgarski": "bg", "búlgaro": "bg", "bulgară": "bg", "bułgarski": "bg", "болгарська": "bg", "болгарский": "bg",
    "uk": "uk", "ukrainian": "uk", "oekraïens": "uk", "oekraiens": "uk", "oekraïense": "uk", "українська": "uk",
    "українською": "uk", "украинский": "uk", "украински": "uk", "ukraiński": "uk", "ukraińsku": "uk",
    "ucraniano": "uk", "ucraineană": "uk", "ukrainska": "uk", "ukrainskyi": "uk",
    "ru": "ru", "russian": "ru", "russisch": "ru", "russische": "ru", "русский": "ru", "по-русски": "ru",
    "russkiy": "ru", "russkii": "ru", "po russki": "ru", "руски": "ru", "російська": "ru", "rosyjski": "ru",
    "ruso": "ru", "rusă": "ru",
    "es": "es", "spanish": "es", "spaans": "es", "spaanse": "es", "español": "es", "castellano": "es",
    "hiszpański": "es", "spaniolă": "es", "испански": "es", "іспанська": "es", "испанский": "es",
}  # fmt: skip
NAMES = {normalise(name): code for name, code in _NAMES.items()}


class ActionSetLanguage(Action):
    def name(self) -> str:
        return "action_set_language"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]) -> list[EventType]:
        for value in tracker.get_latest_entity_values("language"):
            code = NAMES.get(normalise(str(value)))
            if code in BOT_LANGUAGES:
                return [SlotSet("language", code)] if tracker.get_slot("language") != code else []
        return []
