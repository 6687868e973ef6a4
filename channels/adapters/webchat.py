"""The web chat: a static page served by the gateway, talking over a websocket (protocol in docs/api.md).

Each frame is stored before it is acknowledged; turns run one after another per socket, in order.
"""

from __future__ import annotations

import asyncio
import json
import logging
from pathlib import Path
from typing import Any

from aiohttp import WSMsgType, web

from channels import intake, validation
from channels.adapters.base import BadInput, Inbound
from channels.intake import Accepted
from channels.keys import HUB, STORE, TURNS
from channels.language import normalise_hint
from channels.turns import TurnProcessor

NAME = "webchat"
STATIC = Path(__file__).resolve().parent.parent / "static"
log = logging.getLogger(__name__)


async def index(_: web.Request) -> web.FileResponse:
    return web.FileResponse(STATIC / "index.html")


def _frame(raw: str) -> dict[str, Any]:
    try:
        frame = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise BadInput("frame is not valid JSON") from exc
    if not isinstance(frame, dict) or not isinstance(frame.get("type"), str):
        raise BadInput("frame must be a JSON object with a type")
    return frame


async def socket(request: web.Request) -> web.WebSocketResponse:
    ws = web.WebSocketResponse(heartbeat=30, max_msg_size=64 * 1024)
    await ws.prepare(request)
    turns = request.app[TURNS]
    session: str | None = None
    hint: str | None = None
    conversation_id: str | None = None
    queue: asyncio.Queue[tuple[str, Accepted]] = asyncio.Queue()
    worker = asyncio.create_task(_answer(ws, turns, queue))
    try:
        async for msg in ws:
            if msg.type != WSMsgType.TEXT:
                continue
            frame_id: str | None = None
            try:
                frame = _frame(msg.data)
                if frame["type"] == "start":
                    validation.require_object(frame, {"type", "session", "language"}, {"type", "session"})
                    session = validation.session_id(frame["session"])
                    hint = normalise_hint(frame.get("language") if isinstance(frame.get("language"), str) else None)
                    conversation = await asyncio.to_thread(intake.resolve, request.app[STORE], NAME, session, hint)
                    if conversation_id:
                        request.app[HUB].leave(conversation_id, ws)
                    conversation_id = conversation.id
                    request.app[HUB].join(conversation_id, ws)
                    await ws.send_json({"type": "ready", "conversation": conversation.as_json()})
                elif frame["type"] == "message":
                    validation.require_object(frame, {"type", "id", "text"}, {"type", "id", "text"})
                    frame_id = validation.message_id(frame["id"])
                    if session is None:
                        raise BadInput("send a start frame first")
                    inbound = Inbound(NAME, session, validation.message_text(frame["text"]), frame_id, hint)
                    accepted = await turns.accept(inbound)
                    await ws.send_json({"type": "ack", "id": frame_id})
                    await queue.put((str(frame_id), accepted))
                else:
                    raise BadInput("unknown frame type")
            except BadInput as exc:
                await ws.send_json({"type": "error", "id": frame_id, "error": str(exc)})
    finally:
        worker.cancel()
        if conversation_id:
            request.app[HUB].leave(conversation_id, ws)
    return ws


async def _answer(ws: web.WebSocketResponse, turns: TurnProcessor, queue: asyncio.Queue[tuple[str, Accepted]]) -> None:
    while True:
        frame_id, accepted = await queue.get()
        try:
            result = await turns.respond(accepted)
            frame = {
                "type": "reply",
                "id": frame_id,
                "messages": [m.as_json() for m in result.messages],
                "conversation": result.conversation.as_json(),
            }
        except Exception:  # the message is stored; tell the reporter where help is without losing the socket
            log.exception("web chat turn failed")
            frame = {"type": "error", "id": frame_id, "error": "internal error"}
        if not ws.closed:
            await ws.send_json(frame)


def setup(app: web.Application) -> None:
    app.router.add_get("/", index)
    app.router.add_get("/ws/chat", socket)
    app.router.add_static("/static/", STATIC, follow_symlinks=False)
