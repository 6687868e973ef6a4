"""The gateway's client for the Rasa server (loopback only, token-checked connector)."""

from __future__ import annotations

from typing import Any

import aiohttp


class RasaUnavailable(Exception):
    """Rasa did not answer in time or answered with an error."""


class RasaClient:
    def __init__(self, base_url: str, token: str, timeout: float) -> None:
        self._base = base_url.rstrip("/")
        self._token = token
        self._timeout = aiohttp.ClientTimeout(total=timeout)
        self._session: aiohttp.ClientSession | None = None

    async def start(self) -> None:
        self._session = aiohttp.ClientSession(timeout=self._timeout)

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()

    async def _call(self, method: str, path: str, **kwargs: Any) -> Any:
        assert self._session is not None, "RasaClient.start() was not called"
        try:
            async with self._session.request(method, self._base + path, **kwargs) as resp:
                if resp.status != 200:
                    raise RasaUnavailable(f"Rasa answered {resp.status} on {path.split('?')[0]}")
                return await resp.json()
        except (aiohttp.ClientError, TimeoutError) as exc:
            raise RasaUnavailable(type(exc).__name__) from exc

    async def message(self, conversation_id: str, text: str, metadata: dict[str, Any]) -> list[dict[str, Any]]:
        result = await self._call(
            "POST",
            "/webhooks/gateway/webhook",
            json={"sender": conversation_id, "message": text, "metadata": metadata},
            headers={"X-Gateway-Token": self._token},
        )
        if not isinstance(result, list):
            raise RasaUnavailable("unexpected answer from Rasa")
        return [item for item in result if isinstance(item, dict)]

    async def set_slots(self, conversation_id: str, slots: dict[str, Any]) -> None:
        events = [{"event": "slot", "name": name, "value": value} for name, value in slots.items()]
        await self._call(
            "POST",
            f"/conversations/{conversation_id}/tracker/events",
            params={"token": self._token, "include_events": "NONE"},
            json=events,
        )

    async def slots(self, conversation_id: str) -> dict[str, Any]:
        tracker = await self._call(
            "GET",
            f"/conversations/{conversation_id}/tracker",
            params={"token": self._token, "include_events": "NONE"},
        )
        slots = tracker.get("slots") if isinstance(tracker, dict) else None
        return slots if isinstance(slots, dict) else {}

    async def status(self) -> bool:
        try:
            await self._call("GET", "/status", params={"token": self._token})
        except RasaUnavailable:
            return False
        return True
