"""The only way into Rasa: messages from the meldpunt gateway, checked by the X-Gateway-Token header.

Runs inside the Rasa runtime (Python 3.10). Rasa's stock REST webhook is not configured, and Rasa's
--auth-token does not protect channel webhooks, so this channel checks the token itself.
"""

from __future__ import annotations

import hmac
import os
from typing import Any, Awaitable, Callable, Dict, Optional, Text

from rasa.core.channels.channel import CollectingOutputChannel, InputChannel, UserMessage
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse


class GatewayOutput(CollectingOutputChannel):
    """Collects the bot's messages and reports the reporter's real channel (for channel-specific responses)."""

    def __init__(self, channel: Text) -> None:
        super().__init__()
        self._channel = channel

    def name(self) -> Text:  # type: ignore[override]
        return self._channel


class GatewayInput(InputChannel):
    @classmethod
    def name(cls) -> Text:
        return "gateway"

    def __init__(self, token: Text) -> None:
        if not token:
            raise ValueError("the gateway connector needs MELDPUNT_RASA_TOKEN")
        self.token = token

    @classmethod
    def from_credentials(cls, credentials: Optional[Dict[Text, Any]]) -> "GatewayInput":
        token = os.environ.get("MELDPUNT_RASA_TOKEN") or (credentials or {}).get("token") or ""
        return cls(token)

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        hook = Blueprint("gateway_webhook", __name__)

        @hook.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @hook.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            offered = request.headers.get("X-Gateway-Token", "")
            if not hmac.compare_digest(offered.encode(), self.token.encode()):
                return response.json({"error": "forbidden"}, status=403)
            body = request.json if isinstance(request.json, dict) else {}
            sender, text = body.get("sender"), body.get("message")
            if not isinstance(sender, str) or not isinstance(text, str) or not sender:
                return response.json({"error": "sender and message are required"}, status=400)
            metadata = body.get("metadata") if isinstance(body.get("metadata"), dict) else {}
            channel = str(metadata.get("channel") or "gateway")
            collector = GatewayOutput(channel)
            await on_new_message(
                UserMessage(text, collector, sender, input_channel=channel, metadata=metadata)
            )
            return response.json(collector.messages)

        return hook
