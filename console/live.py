"""The console's live side: staff websockets, a poller that watches the store, and what reaches the reporter.

The poller reads the store (not an in-process event), because signals are stored by the action server, a
separate process: every `staff_poll_interval` it rebuilds the queue, pushes changes and alerts, pushes new
transcript lines to whoever watches that conversation, and sends the honest "nobody is free" notices.
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from aiohttp import web
from sqlalchemy import select

from channels.adapters.base import Outbound
from channels.keys import HUB, SETTINGS, STORE, TELEGRAM, TWILIO
from channels.texts import OFF_HOURS, WAIT_TIMEOUT, say
from console import auth, data
from meldpunt.settings import Settings
from store.db import Store
from store.models import Conversation, utcnow
from store.staff import locked_hold

log = logging.getLogger(__name__)
DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
HOURS_RE = re.compile(
    r"^(?P<d1>[a-z]{3})(?:-(?P<d2>[a-z]{3}))?\s+(?P<h1>\d{2}):(?P<m1>\d{2})-(?P<h2>\d{2}):(?P<m2>\d{2})$"
)


# ------------------------------------------------------------------------------------------------ staffed hours
def staffed(spec: str, tz: str, now: datetime | None = None) -> bool:
    """Whether `now` falls in the staffed hours, e.g. "mon-fri 09:00-17:00, sat 10:00-14:00"; empty = always."""
    if not spec.strip():
        return True
    local = (now or utcnow()).astimezone(ZoneInfo(tz))
    for part in spec.lower().split(","):
        match = HOURS_RE.match(part.strip())
        if match is None:
            raise ValueError(f"staffed hours: cannot read {part.strip()!r} (e.g. 'mon-fri 09:00-17:00')")
        first, last = DAYS.index(match["d1"]), DAYS.index(match["d2"] or match["d1"])
        days = range(first, last + 1) if first <= last else [*range(first, 7), *range(0, last + 1)]
        start, end = time(int(match["h1"]), int(match["m1"])), time(int(match["h2"]), int(match["m2"]))
        if local.weekday() in days and start <= local.time() < end:
            return True
    return False


# ------------------------------------------------------------------------------------------------ to the reporter
async def tell_reporter(app: web.Application, conversation_id: str, channel: str, text: str, author: str) -> None:
    """Send a staff or system message on the reporter's own channel."""
    store = app[STORE]
    sender: Any = None
    if channel in ("sms", "whatsapp") and TWILIO in app:
        sender = app[TWILIO]
    elif channel == "telegram" and TELEGRAM in app:
        sender = app[TELEGRAM]
    if sender is not None:  # the adapter stores the message and sends it once, with retries
        await sender.send(conversation_id, [Outbound(text, [], author)])
        return
    conversation = await asyncio.to_thread(data.store_outbound, store, conversation_id, text, author)
    if channel not in ("webchat", "api"):
        log.warning("conversation %s: channel %s is not configured; message stored only", conversation_id, channel)
    frame = {"type": "reply", "id": None, "messages": [Outbound(text, [], author).as_json()],
             "conversation": conversation}  # fmt: skip
    await app[HUB].publish(conversation_id, frame)


# ------------------------------------------------------------------------------------------------ staff sockets
@dataclass
class Watcher:
    who: auth.Who
    token: str
    watching: set[str] = field(default_factory=set)


class Live:
    def __init__(self, app: web.Application) -> None:
        self.app = app
        self.sockets: dict[web.WebSocketResponse, Watcher] = {}
        self.queue: list[dict[str, Any]] = []
        self.alerted: set[str] = set()
        self.last_message = 0
        self.states: dict[str, tuple[str, str | None]] = {}
        self._task: asyncio.Task[None] | None = None
        self._ticks = 0

    @property
    def store(self) -> Store:
        return self.app[STORE]

    @property
    def settings(self) -> Settings:
        return self.app[SETTINGS]

    async def start(self) -> None:
        self.last_message = await asyncio.to_thread(data.max_message_id, self.store)
        self.queue = await asyncio.to_thread(data.queue_items, self.store)
        self.alerted = {item["key"] for item in self.queue if item["alert"]}
        self._stopping = asyncio.Event()
        self._task = asyncio.create_task(self._run())

    async def stop(self) -> None:
        if self._task:
            # Not cancel(): a tick's database call runs in a worker thread that a cancel would not stop, and
            # the store closes right after this. Let the current tick finish, then the loop ends.
            self._stopping.set()
            try:
                await asyncio.wait_for(asyncio.shield(self._task), timeout=10)
            except TimeoutError:
                self._task.cancel()
                await asyncio.gather(self._task, return_exceptions=True)
        for ws in list(self.sockets):
            await ws.close(code=1001, message=b"server shutdown")

    async def _run(self) -> None:
        while not self._stopping.is_set():
            try:
                await asyncio.wait_for(self._stopping.wait(), timeout=self.settings.staff_poll_interval)
                return
            except TimeoutError:
                pass
            try:
                await self.tick()
            except Exception:  # one bad tick must not stop the live queue
                log.exception("staff console: live update failed")

    async def tick(self) -> None:
        self._ticks += 1
        queue = await asyncio.to_thread(data.queue_items, self.store)
        if queue != self.queue:
            self.queue = queue
            await self.broadcast_queue()
        for item in queue:
            if item["alert"] and item["key"] not in self.alerted:
                self.alerted.add(item["key"])
                await self.broadcast({"type": "alert", "item": item}, "queue", region=item["region"])
        self.alerted &= {item["key"] for item in queue if item["alert"]}
        await self._transcripts()
        await self._notices(queue)
        if self._ticks % 15 == 0:
            await self._recheck_sessions()

    async def _transcripts(self) -> None:
        watched = {cid for w in self.sockets.values() for cid in w.watching}
        self.last_message, found = await asyncio.to_thread(data.new_messages, self.store, self.last_message, watched)
        for conversation_id, message in found:
            await self.send_to_watchers(conversation_id, {"type": "message", "conversation": conversation_id,
                                                          "message": message})  # fmt: skip
        for conversation_id in watched:
            state = await asyncio.to_thread(data.conversation_state, self.store, conversation_id)
            if state is None:
                continue
            key = (state["state"], state["held_by"])
            if self.states.get(conversation_id) != key:
                self.states[conversation_id] = key
                await self.send_to_watchers(conversation_id, {"type": "conversation", "conversation": state})

    async def _notices(self, queue: list[dict[str, Any]]) -> None:
        waiting = [item["conversation_id"] for item in queue if item["state"] == "waiting_for_staff"]
        if not waiting:
            return
        due = await asyncio.to_thread(self._due_notices, waiting)
        for conversation_id, channel, language, kind in due:
            text = say(OFF_HOURS if kind == "off_hours" else WAIT_TIMEOUT, language)
            log.info("conversation %s: nobody took it (%s); reporter told", conversation_id, kind)
            await tell_reporter(self.app, conversation_id, channel, text, "system")

    def _due_notices(self, waiting: list[str]) -> list[tuple[str, str, str | None, str]]:
        settings = self.settings
        now = utcnow()
        open_now = staffed(settings.staffed_hours, settings.staff_timezone, now)
        due = []
        with self.store.transaction() as session:
            # Locked in the same order as a takeover (conversation, then hold): a conversation taken over
            # while this runs is either skipped here or taken after the notice, never half of each.
            conversations = session.scalars(
                select(Conversation)
                .where(Conversation.id.in_(waiting), Conversation.state == "waiting_for_staff")
                .order_by(Conversation.id)
                .with_for_update()
            ).all()
            for conversation in conversations:
                hold = locked_hold(session, conversation.id)
                if hold.waiting_since is None:
                    hold.waiting_since, hold.notice = conversation.updated_at or now, None
                if hold.notice:
                    continue
                kind = None
                if not open_now:
                    kind = "off_hours"
                elif settings.staff_wait_timeout > 0 and now - hold.waiting_since > timedelta(
                    seconds=settings.staff_wait_timeout
                ):
                    kind = "timeout"
                if kind:
                    hold.notice = kind
                    due.append((conversation.id, conversation.channel, conversation.language, kind))
        return due

    async def _recheck_sessions(self) -> None:
        for ws, watcher in list(self.sockets.items()):
            who = await asyncio.to_thread(_lookup, self.store, watcher.token)
            if who is None or not who.may("queue"):
                await ws.close(code=4001, message=b"session ended")

    async def broadcast(self, frame: dict[str, Any], permission: str, region: str | None = None) -> None:
        for ws, watcher in list(self.sockets.items()):
            if watcher.who.may(permission) and not ws.closed and region in (None, watcher.who.region):
                await ws.send_json(frame)

    async def broadcast_queue(self) -> None:
        """Each person gets the queue of their own region."""
        for ws, watcher in list(self.sockets.items()):
            if watcher.who.may("queue") and not ws.closed:
                await ws.send_json({"type": "queue", "items": data.items_for(self.queue, watcher.who)})

    async def send_to_watchers(self, conversation_id: str, frame: dict[str, Any]) -> None:
        for ws, watcher in list(self.sockets.items()):
            if conversation_id in watcher.watching and not ws.closed:
                await ws.send_json(frame)


def _lookup(store: Store, token: str) -> auth.Who | None:
    with store.transaction() as session:
        return auth.lookup(session, token, touch=False)


def _touch(store: Store, token: str) -> auth.Who | None:
    with store.transaction() as session:
        return auth.lookup(session, token, touch=True)


LIVE = web.AppKey("staff_live", Live)


async def resources(app: web.Application) -> AsyncIterator[None]:
    live = Live(app)
    app[LIVE] = live
    await live.start()
    yield
    await live.stop()


async def socket(request: web.Request, who: auth.Who, token: str) -> web.WebSocketResponse:
    ws = web.WebSocketResponse(heartbeat=30, max_msg_size=4096)
    await ws.prepare(request)
    live = request.app[LIVE]
    watcher = Watcher(who, token)
    live.sockets[ws] = watcher
    try:
        await ws.send_json({"type": "queue", "items": data.items_for(live.queue, who)})
        async for msg in ws:
            try:
                frame = msg.json()
            except ValueError:
                continue
            if not isinstance(frame, dict):
                continue
            if frame.get("type") == "watch" and isinstance(frame.get("conversation"), str):
                conversation_id = frame["conversation"][:36]
                if who.may("conversations") and await asyncio.to_thread(
                    data.may_watch, live.store, who, conversation_id
                ):
                    watcher.watching = {conversation_id}
                    live.states.pop(conversation_id, None)
                    after = frame.get("after")
                    if isinstance(after, int) and after >= 0:  # what arrived between the page and the socket
                        missed = await asyncio.to_thread(data.messages_after, live.store, conversation_id, after)
                        for message in missed:
                            await ws.send_json({"type": "message", "conversation": conversation_id,
                                                "message": message})  # fmt: skip
            elif frame.get("type") == "active":  # the person is using the page: the idle timer restarts
                if await asyncio.to_thread(_touch, live.store, token) is None:
                    await ws.close(code=4001, message=b"session ended")
    finally:
        live.sockets.pop(ws, None)
    return ws
