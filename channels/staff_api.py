"""The staff API (bearer token). Every read of a signal or a transcript is written to the audit log in the
same transaction as the read; so is every refused request."""

from __future__ import annotations

import asyncio
from typing import Any

from aiohttp import web
from sqlalchemy import select
from sqlalchemy.orm import Session

from channels.keys import STORE
from store import scope
from store.audit import audit
from store.db import Store
from store.models import ApiToken, Message, Signal
from store.signals import message_to_dict, signal_to_dict
from store.tokens import token_row


def _bearer(request: web.Request) -> str | None:
    header = request.headers.get("Authorization", "")
    scheme, _, token = header.partition(" ")
    return token.strip() if scheme.lower() == "bearer" and token.strip() else None


def _authorised(session: Session, token: str | None, what: str, object_id: str | None) -> ApiToken | None:
    row = token_row(session, token) if token else None
    if row is None:
        audit(session, "anonymous", "access.refused", what, object_id, reason="no valid token")
    return row


def _unauthorised() -> web.HTTPUnauthorized:
    return web.HTTPUnauthorized(
        text='{"error": "a valid bearer token is required"}',
        content_type="application/json",
        headers={"WWW-Authenticate": "Bearer"},
    )


def _list_signals(store: Store, token: str | None, limit: int, offset: int) -> list[dict[str, Any]] | None:
    with store.transaction() as session:
        row = _authorised(session, token, "signal", None)
        if row is None:
            return None
        signals = session.scalars(
            select(Signal)
            .where(Signal.region == row.region)
            .order_by(Signal.received_at.desc(), Signal.id)
            .limit(limit)
            .offset(offset)
        ).all()
        for signal in signals:
            audit(session, f"token:{row.name}", "signal.viewed", "signal", signal.id, via="list")
        return [signal_to_dict(signal, store.cipher) for signal in signals]


def _get_signal(store: Store, token: str | None, signal_id: str) -> dict[str, Any] | bool | None:
    with store.transaction() as session:
        row = _authorised(session, token, "signal", signal_id)
        if row is None:
            return None
        signal = scope.signal_for(session, f"token:{row.name}", row.region, signal_id)
        if signal is None:  # missing, or another region's (refusal audited): the same 404
            return False
        audit(session, f"token:{row.name}", "signal.viewed", "signal", signal.id)
        return signal_to_dict(signal, store.cipher)


def _get_conversation(store: Store, token: str | None, conversation_id: str) -> dict[str, Any] | bool | None:
    with store.transaction() as session:
        row = _authorised(session, token, "conversation", conversation_id)
        if row is None:
            return None
        conversation = scope.conversation_for(
            session, f"token:{row.name}", row.region, store.regions.home, conversation_id
        )
        if conversation is None:
            return False
        audit(session, f"token:{row.name}", "transcript.viewed", "conversation", conversation.id)
        messages = session.scalars(
            select(Message).where(Message.conversation_id == conversation.id).order_by(Message.id)
        ).all()
        return {
            "id": conversation.id,
            "state": conversation.state,
            "channel": conversation.channel,
            "language": conversation.language,
            "triage": conversation.triage,
            "escalation_reason": conversation.escalation_reason,
            "created_at": conversation.created_at.isoformat(),
            "messages": [message_to_dict(m, store.cipher) for m in messages],
        }


def _int_param(request: web.Request, name: str, default: int, maximum: int) -> int:
    raw = request.query.get(name)
    if raw is None:
        return default
    if not raw.isdigit() or int(raw) > maximum:
        raise web.HTTPBadRequest(
            text=f'{{"error": "{name} must be a whole number from 0 to {maximum}"}}',
            content_type="application/json",
        )
    return int(raw)


async def list_signals(request: web.Request) -> web.Response:
    limit = _int_param(request, "limit", 50, 500)
    offset = _int_param(request, "offset", 0, 10**9)
    result = await asyncio.to_thread(_list_signals, request.app[STORE], _bearer(request), limit, offset)
    if result is None:
        raise _unauthorised()
    return web.json_response({"signals": result})


async def get_signal(request: web.Request) -> web.Response:
    result = await asyncio.to_thread(_get_signal, request.app[STORE], _bearer(request), request.match_info["id"])
    if result is None:
        raise _unauthorised()
    if result is False:
        raise web.HTTPNotFound(text='{"error": "no such signal"}', content_type="application/json")
    return web.json_response(result)


async def get_conversation(request: web.Request) -> web.Response:
    result = await asyncio.to_thread(_get_conversation, request.app[STORE], _bearer(request), request.match_info["id"])
    if result is None:
        raise _unauthorised()
    if result is False:
        raise web.HTTPNotFound(text='{"error": "no such conversation"}', content_type="application/json")
    return web.json_response(result)


def setup(app: web.Application) -> None:
    app.router.add_get("/api/v1/signals", list_signals)
    app.router.add_get("/api/v1/signals/{id}", get_signal)
    app.router.add_get("/api/v1/conversations/{id}", get_conversation)
