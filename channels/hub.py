"""Live connections per conversation, so messages that do not answer a reporter's turn (a staff member
writing) reach an open web chat. In-process; with several gateway replicas this is fanned out over Redis."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from aiohttp import web


class Hub:
    def __init__(self) -> None:
        self._sockets: defaultdict[str, set[web.WebSocketResponse]] = defaultdict(set)

    def join(self, conversation_id: str, ws: web.WebSocketResponse) -> None:
        self._sockets[conversation_id].add(ws)

    def leave(self, conversation_id: str, ws: web.WebSocketResponse) -> None:
        self._sockets[conversation_id].discard(ws)
        if not self._sockets[conversation_id]:
            del self._sockets[conversation_id]

    async def publish(self, conversation_id: str, frame: dict[str, Any]) -> int:
        delivered = 0
        for ws in list(self._sockets.get(conversation_id, ())):
            if not ws.closed:
                await ws.send_json(frame)
                delivered += 1
        return delivered

    async def close_all(self) -> None:
        for sockets in list(self._sockets.values()):
            for ws in list(sockets):
                await ws.close(code=1001, message=b"server shutdown")
