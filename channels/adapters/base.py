"""The one small interface every channel implements: verify → parse → hand over → render/send."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol


class BadInput(ValueError):
    """The request is not acceptable; the message says why, in words a client developer understands."""

    def __init__(self, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.status = status


@dataclass(frozen=True)
class Inbound:
    channel: str
    user_id: str  # the channel's raw user id: pseudonymised at once, never stored or logged
    text: str
    external_id: str | None = None
    language_hint: str | None = None


@dataclass
class Outbound:
    text: str
    buttons: list[dict[str, str]] = field(default_factory=list)
    author: str = "bot"  # bot | staff | system

    def as_json(self) -> dict[str, Any]:
        return {"text": self.text, "buttons": self.buttons, "author": self.author}


class Adapter(Protocol):
    """A channel. Adapters that answer asynchronously (SMS, Telegram) implement send()."""

    name: str

    async def send(self, conversation_id: str, messages: list[Outbound]) -> None: ...
