"""Typed application keys, all in one place."""

from __future__ import annotations

from aiohttp import web

from channels.hub import Hub
from channels.language import LanguageDetector
from channels.rasa import RasaClient
from channels.turns import TurnProcessor
from meldpunt.settings import Settings
from store.db import Store

SETTINGS = web.AppKey("settings", Settings)
STORE = web.AppKey("store", Store)
RASA = web.AppKey("rasa", RasaClient)
LANGUAGES = web.AppKey("languages", LanguageDetector)
TURNS = web.AppKey("turns", TurnProcessor)
HUB = web.AppKey("hub", Hub)
