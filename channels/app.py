"""The gateway's one application factory. Tests call create_app(); `meldpunt run` serves it."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Awaitable, Callable

from aiohttp import web
from sqlalchemy import text

from channels import exchange, retention
from channels.adapters import api, telegram, twilio, webchat
from channels.adapters.base import BadInput
from channels.hub import Hub
from channels.keys import HUB, LANGUAGES, OUTBOX, RASA, SETTINGS, STORE, TELEGRAM, TURNS, TWILIO
from channels.language import LanguageDetector
from channels.outbound import Outbox, Sender
from channels.rasa import RasaClient
from channels.staff_api import setup as setup_staff_api
from channels.turns import TurnProcessor
from console import setup as setup_console
from meldpunt.keys import rasa_token
from meldpunt.settings import Settings
from store.db import Store

log = logging.getLogger(__name__)
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]

SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
        "frame-ancestors 'none'; base-uri 'none'; form-action 'self'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
    "X-Frame-Options": "DENY",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
}


@web.middleware
async def errors_as_json(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Bad input gets a clear 4xx with {"error": …}; an unexpected failure a 500 without details."""
    try:
        return await handler(request)
    except BadInput as exc:
        return web.json_response({"error": str(exc)}, status=exc.status)
    except web.HTTPException as exc:
        if exc.content_type == "application/json" or exc.status < 400:
            raise
        reason = "the body is too large" if exc.status == 413 else exc.reason.lower()
        return web.json_response({"error": reason}, status=exc.status, headers=_allow(exc))
    except Exception:
        log.exception("unhandled error on %s", request.path)
        return web.json_response({"error": "internal error"}, status=500)


def _allow(exc: web.HTTPException) -> dict[str, str]:
    return {"Allow": exc.headers["Allow"]} if "Allow" in exc.headers else {}


@web.middleware
async def security_headers(request: web.Request, handler: Handler) -> web.StreamResponse:
    response = await handler(request)
    if not response.prepared:
        response.headers.update(SECURITY_HEADERS)
    return response


async def healthz(request: web.Request) -> web.Response:
    store = request.app[STORE]

    def ping() -> None:
        with store.engine.connect() as conn:
            conn.execute(text("SELECT 1"))

    try:
        await asyncio.to_thread(ping)
    except Exception:
        log.exception("health check: database unreachable")
        return web.json_response({"status": "unavailable", "database": "down"}, status=503)
    rasa = "up" if await request.app[RASA].status() else "down"
    # Rasa down still means 200: the gateway stores messages and answers with the fallback.
    return web.json_response({"status": "ok", "database": "up", "rasa": rasa})


async def _resources(app: web.Application) -> AsyncIterator[None]:
    settings = app[SETTINGS]
    if STORE not in app:
        app[STORE] = Store(settings)
    rasa = RasaClient(settings.rasa_url, rasa_token(settings), settings.rasa_timeout)
    await rasa.start()
    app[RASA] = rasa
    app[LANGUAGES] = await asyncio.to_thread(LanguageDetector)
    app[TURNS] = TurnProcessor(app[STORE], rasa, app[LANGUAGES])
    app[HUB] = Hub()
    app[OUTBOX] = Outbox(app[STORE], settings.outbound_attempts, settings.outbound_backoff)
    yield
    await app[HUB].close_all()
    await rasa.close()
    app[STORE].close()


async def _resume(app: web.Application) -> AsyncIterator[None]:
    """With the channels up: answer and send what a stopped process left; on shutdown, let sends finish."""
    senders: dict[str, Sender] = {}
    if TWILIO in app:
        senders.update(sms=app[TWILIO], whatsapp=app[TWILIO])
    if TELEGRAM in app:
        senders["telegram"] = app[TELEGRAM]
    if senders:
        await app[OUTBOX].resume(senders, app[TURNS].respond)
    yield
    await app[OUTBOX].drain()


def create_app(settings: Settings, store: Store | None = None) -> web.Application:
    app = web.Application(middlewares=[security_headers, errors_as_json], client_max_size=64 * 1024)
    app[SETTINGS] = settings
    if store is not None:
        app[STORE] = store
    app.cleanup_ctx.append(_resources)
    app.cleanup_ctx.append(twilio.resources)
    app.cleanup_ctx.append(telegram.resources)
    app.cleanup_ctx.append(_resume)
    app.router.add_get("/healthz", healthz)
    api.setup(app)
    webchat.setup(app)
    twilio.setup(app)
    telegram.setup(app)
    setup_staff_api(app)
    setup_console(app)
    exchange.setup(app)  # signed signal exchange: inbound endpoint and delivery worker
    retention.setup(app)  # the scheduled retention purge
    return app
