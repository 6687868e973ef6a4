"""The JSON channel: POST /api/v1/chat, for partner websites and tests. Synchronous: replies in the response."""

from __future__ import annotations

import json

from aiohttp import web

from channels import validation
from channels.adapters.base import BadInput, Inbound
from channels.keys import TURNS

NAME = "api"


async def chat(request: web.Request) -> web.Response:
    try:
        raw = await request.json(loads=json.loads)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise BadInput("the body is not valid JSON") from exc
    body = validation.require_object(raw, {"session", "text", "message_id"}, {"session", "text"})
    inbound = Inbound(
        channel=NAME,
        user_id=validation.session_id(body["session"]),
        text=validation.message_text(body["text"]),
        external_id=validation.message_id(body.get("message_id")),
    )
    result = await request.app[TURNS].handle(inbound)
    return web.json_response(
        {
            "conversation": result.conversation.as_json(),
            "messages": [{"text": m.text, "buttons": m.buttons} for m in result.messages],
            "report": result.report,
            "signal_id": result.signal_id,
        }
    )


def setup(app: web.Application) -> None:
    app.router.add_post("/api/v1/chat", chat)
