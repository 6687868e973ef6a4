"""Signal exchange with partner systems over a signed webhook: the delivery worker and the inbound endpoint.

Outbound: the worker (a task of the gateway, started by setup()) looks every `exchange_poll_interval` seconds
for due rows of the delivery log (store/exchange.py) and POSTs each signal as its schema document, signed
(meldpunt/partners.py). A 2xx is the acknowledgement. A 5xx, 408, 429, a timeout or a dropped connection is
retried with exponential back-off (`exchange_backoff`, doubling, at most `exchange_backoff_max`), without
limit; another 3xx/4xx is a refusal that retrying cannot fix (`failed`, shown in `meldpunt exchange log`).
The same delivery id goes with every attempt, so a partner drops a repeat.

Inbound: POST /api/v1/exchange/signals. The signature is checked over the raw bytes, in constant time, before
the body is parsed; then the document (or list) is validated against the schema and imported once.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import datetime, timedelta

import aiohttp
from aiohttp import web
from sqlalchemy.orm import Session

from channels.adapters.base import BadInput
from channels.keys import SETTINGS, STORE
from meldpunt.partners import (
    SENDER_HEADER,
    SIGNATURE_HEADER,
    TIMESTAMP_HEADER,
    Partner,
    PartnerConfigError,
    load_partners,
    partner_secret,
    signed_headers,
    verify,
)
from meldpunt.settings import Settings
from store.audit import audit
from store.db import Store
from store.exchange import Claimed, claim_due, partners_or_none, record
from store.models import Signal, utcnow
from store.signal_documents import InvalidSignals, exchange_document, import_documents, parse_documents, problems

log = logging.getLogger(__name__)

INBOUND_PATH = "/api/v1/exchange/signals"
MAX_INBOUND_BODY = 1024 * 1024
RETRY_STATUSES = (408, 425, 429)
WORKER = web.AppKey("exchange_worker", asyncio.Task[None])


@dataclass(frozen=True)
class Attempt:
    """The result of one attempt, as `meldpunt exchange push` prints it."""

    partner: str
    signal_id: str
    delivery_id: str
    attempt: int
    status: str  # delivered | pending | failed
    status_code: int | None
    error: str | None


@dataclass(frozen=True)
class _Ready:
    claimed: Claimed
    url: str
    secret: bytes
    body: bytes


def _request(store: Store, settings: Settings, session: Session, partner: Partner | None,
             claimed: Claimed) -> _Ready | tuple[str, str]:  # fmt: skip
    """The request for one claimed delivery, or (status, error class) when it cannot be sent now."""
    if partner is None or partner.url is None:
        return "failed", "not_configured"
    signal = session.get(Signal, claimed.signal_id)
    document = exchange_document(signal, store.cipher) if signal is not None else None
    if document is None or problems(document):
        return "failed", "invalid_document"
    try:
        secret = partner_secret(settings, partner.name)
    except PartnerConfigError as exc:  # fixable in the configuration: keep trying
        log.error("exchange: %s", exc)
        return "pending", "no_secret"
    body = json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode()
    return _Ready(claimed, partner.url, secret, body)


def _prepare(
    store: Store, settings: Settings, now: datetime, signal_id: str | None
) -> tuple[list[_Ready], list[Attempt]]:
    """Claim what is due and build each request; what cannot be sent is recorded at once."""
    partners = partners_or_none(settings)
    lease = timedelta(seconds=settings.exchange_timeout + 60)
    ready: list[_Ready] = []
    done: list[Attempt] = []
    with store.transaction() as session:
        for claimed in claim_due(session, now, lease, signal_id):
            request = _request(store, settings, session, partners.get(claimed.partner), claimed)
            if isinstance(request, _Ready):
                ready.append(request)
                continue
            status, error = request
            retry_at = now + _backoff(settings, claimed.attempt) if status == "pending" else None
            record(session, claimed, status, error=error, retry_at=retry_at)
            done.append(Attempt(claimed.partner, claimed.signal_id, claimed.delivery_id, claimed.attempt,
                                status, None, error))  # fmt: skip
    return ready, done


def _backoff(settings: Settings, attempt: int) -> timedelta:
    seconds = settings.exchange_backoff * 2 ** max(0, attempt - 1)
    return timedelta(seconds=min(seconds, settings.exchange_backoff_max))


async def _post(http: aiohttp.ClientSession, settings: Settings, item: _Ready) -> tuple[str, int | None, str | None]:
    headers = signed_headers(settings.exchange_name, item.secret, item.body, item.claimed.delivery_id, time.time())
    try:
        async with http.post(item.url, data=item.body, headers=headers, allow_redirects=False) as response:
            await response.read()
            code = response.status
    except TimeoutError:
        return "pending", None, "timeout"
    except aiohttp.InvalidURL:
        return "failed", None, "invalid_url"
    except aiohttp.ClientError:  # refused, reset, dropped before the answer, TLS, DNS
        return "pending", None, "connection"
    if 200 <= code < 300:
        return "delivered", code, None
    if code >= 500 or code in RETRY_STATUSES:
        return "pending", code, f"http_{code}"
    return "failed", code, f"http_{code}"


async def send_due(
    store: Store,
    settings: Settings,
    http: aiohttp.ClientSession,
    signal_id: str | None = None,
    stop: asyncio.Event | None = None,
) -> list[Attempt]:
    """One round: every due delivery (of one signal, if given) gets one attempt. Returns what happened.
    With `stop` set the round ends early; what it claimed but did not try is due again after the lease."""
    now = utcnow()
    ready, done = await asyncio.to_thread(_prepare, store, settings, now, signal_id)
    for item in ready:
        if stop is not None and stop.is_set():
            break
        status, code, error = await _post(http, settings, item)
        retry_at = utcnow() + _backoff(settings, item.claimed.attempt) if status == "pending" else None

        def save(status: str = status, code: int | None = code, error: str | None = error,
                 retry_at: datetime | None = retry_at, claimed: Claimed = item.claimed) -> None:  # fmt: skip
            with store.transaction() as session:
                record(session, claimed, status, status_code=code, error=error, retry_at=retry_at)

        await asyncio.to_thread(save)
        if status != "delivered":
            log.warning("exchange: signal %s to %s: attempt %d %s (%s)", item.claimed.signal_id,
                        item.claimed.partner, item.claimed.attempt, status, error)  # fmt: skip
        done.append(Attempt(item.claimed.partner, item.claimed.signal_id, item.claimed.delivery_id,
                            item.claimed.attempt, status, code, error))  # fmt: skip
    return done


def client_session(settings: Settings) -> aiohttp.ClientSession:
    return aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=settings.exchange_timeout))


async def _work(store: Store, settings: Settings, http: aiohttp.ClientSession, stop: asyncio.Event) -> None:
    while not stop.is_set():
        try:
            await send_due(store, settings, http, stop=stop)
        except Exception:
            log.exception("exchange: a delivery round failed; trying again")
        try:
            await asyncio.wait_for(stop.wait(), settings.exchange_poll_interval)
        except TimeoutError:
            pass


async def _worker(app: web.Application) -> AsyncIterator[None]:
    settings = app[SETTINGS]
    try:
        partners = await asyncio.to_thread(load_partners, settings, True)
    except PartnerConfigError as exc:
        log.error("exchange: partner list unusable, nothing is sent or accepted until it is fixed: %s", exc)
        partners = {}
    log.info("exchange: %d partner(s) configured", len(partners))
    http = client_session(settings)
    stop = asyncio.Event()
    app[WORKER] = asyncio.create_task(_work(app[STORE], settings, http, stop))
    yield
    # Stop between attempts, not in the middle of one: a database call in a worker thread must finish
    # before the store closes.
    stop.set()
    await app[WORKER]
    await http.close()


# ------------------------------------------------------------------------------------------------ inbound
async def _raw_body(request: web.Request) -> bytes:
    if request.content_length is not None and request.content_length > MAX_INBOUND_BODY:
        raise BadInput("the body is too large (at most 1 MiB)", 413)
    chunks, size = [], 0
    async for chunk in request.content.iter_chunked(64 * 1024):
        size += len(chunk)
        if size > MAX_INBOUND_BODY:
            raise BadInput("the body is too large (at most 1 MiB)", 413)
        chunks.append(chunk)
    return b"".join(chunks)


def _refused(store: Store, actor: str, reason: str) -> None:
    with store.transaction() as session:
        audit(session, actor, "access.refused", "exchange", None, reason=reason)


async def receive_signals(request: web.Request) -> web.Response:
    settings, store = request.app[SETTINGS], request.app[STORE]
    sender = request.headers.get(SENDER_HEADER, "")[:64]
    body = await _raw_body(request)
    partners = await asyncio.to_thread(partners_or_none, settings)
    partner = partners.get(sender)
    secret: bytes | None = None
    if partner is not None:
        try:
            secret = await asyncio.to_thread(partner_secret, settings, partner.name)
        except PartnerConfigError as exc:
            log.error("exchange: %s", exc)
    error = (
        verify(secret, request.headers.get(TIMESTAMP_HEADER), request.headers.get(SIGNATURE_HEADER), body,
               time.time(), settings.exchange_replay_window)
        if secret is not None else "unknown sender or invalid signature"
    )  # fmt: skip
    if error is not None:
        await asyncio.to_thread(_refused, store, f"partner:{sender}" if partner else "anonymous", error)
        raise BadInput(error, 401)
    assert partner is not None
    if not partner.receive:
        await asyncio.to_thread(_refused, store, f"partner:{partner.name}", "may not send signals")
        raise BadInput(f"partner {partner.name!r} may not send signals here", 403)
    try:
        data = json.loads(body)
    except (json.JSONDecodeError, UnicodeDecodeError):
        raise BadInput("the body is not valid JSON") from None
    try:
        documents = parse_documents(data)
    except InvalidSignals as exc:
        return web.json_response({"error": "the signals are not valid", "details": exc.errors}, status=400)
    result = await asyncio.to_thread(import_documents, store, documents, partner.name, f"partner:{partner.name}")
    return web.json_response({"imported": result.imported, "duplicates": result.duplicates})


def setup(app: web.Application) -> None:
    """The inbound endpoint and the delivery worker (one call from channels.app.create_app)."""
    app.router.add_post(INBOUND_PATH, receive_signals)
    app.cleanup_ctx.append(_worker)
