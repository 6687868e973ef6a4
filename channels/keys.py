"""Typed application keys, all in one place."""

from __future__ import annotations

from typing import TYPE_CHECKING

from aiohttp import web

from channels.hub import Hub
from channels.language import LanguageDetector
from channels.outbound import Outbox
from channels.rasa import RasaClient
from channels.turns import TurnProcessor
from meldpunt.settings import Settings
from store.db import Store

if TYPE_CHECKING:
    from channels.adapters.telegram import TelegramChannel
    from channels.adapters.twilio import TwilioChannel

SETTINGS = web.AppKey("settings", Settings)
STORE = web.AppKey("store", Store)
RASA = web.AppKey("rasa", RasaClient)
LANGUAGES = web.AppKey("languages", LanguageDetector)
TURNS = web.AppKey("turns", TurnProcessor)
HUB = web.AppKey("hub", Hub)
OUTBOX = web.AppKey("outbox", Outbox)
# Set only when the channel is configured (see each adapter's resources()).
TWILIO: web.AppKey[TwilioChannel] = web.AppKey("twilio")
TELEGRAM: web.AppKey[TelegramChannel] = web.AppKey("telegram")
