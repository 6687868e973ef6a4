"""Outbound delivery for the channels that answer through a provider API (SMS, WhatsApp, Telegram).

Every reply is cut into parts (the channel decides how) and each part gets a `deliveries` row before it is
sent: the row is the claim, so a repeated webhook or a second task never sends a part twice. A part is sent
like this:

1. status `sending`, attempts + 1, committed *before* the API call;
2. the provider answers with its message id → recorded at once (`sent`); a later status callback may make
   it `delivered` or `failed`;
3. the provider refused it in a way that means "not sent" (HTTP 429/5xx, connection refused, Telegram's
   RetryAfter) → back to `pending`, retried with exponential back-off, at most `outbound_attempts` times,
   then `failed`; a refusal that retrying cannot fix (HTTP 4xx: a bad number, a blocked bot) → `failed`;
4. an **ambiguous** outcome (a timeout or a dropped connection after the request was sent: the provider may
   have sent it) → `unknown`, never retried. We prefer one missing reply that staff can see over a message
   that reaches a reporter's phone twice. `failed` and `unknown` show on the message in the staff transcript.

At start-up `resume()` picks up what the previous process left: inbound messages stored but not answered get
their turn; replies without deliveries, and `pending` parts, are sent; parts left in `sending` are ambiguous
and become `unknown`. Only the last RESUME_WINDOW is resumed: an answer days late would confuse more than help.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Awaitable, Callable, Coroutine
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Protocol

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from channels.adapters.base import Outbound
from channels.intake import Accepted, view
from store.db import Store
from store.models import Contact, Conversation, Delivery, Message, utcnow

log = logging.getLogger(__name__)

RESUME_WINDOW = timedelta(hours=24)
WHATSAPP_WINDOW = timedelta(hours=24)
MESSAGE_STATUS_ORDER = ("failed", "unknown", "held", "queued", "sent", "delivered")


class SendFailure(Exception):
    """A send that did not (certainly) happen. retry: the provider certainly did not send it, try again.
    ambiguous: it may have been sent; never repeated."""

    def __init__(self, reason: str, *, retry: bool = False, ambiguous: bool = False, after: float | None = None):
        super().__init__(reason)
        self.reason, self.retry, self.ambiguous, self.after = reason, retry, ambiguous, after


@dataclass(frozen=True)
class Recipient:
    conversation_id: str
    channel: str
    address: str  # decrypted only in memory, for the API call
    last_inbound_at: datetime
    opted_out: bool
    language: str | None


@dataclass(frozen=True)
class Part:
    delivery_id: int
    message_id: int
    kind: str  # text | template
    text: str
    buttons: list[dict[str, str]]


class Sender(Protocol):
    """What a provider adapter gives the outbox."""

    def render(self, channel: str, text: str, buttons: list[dict[str, str]]) -> list[tuple[str, bool]]:
        """The parts to send, each with whether it carries the buttons."""
        ...

    def outside_window(self, recipient: Recipient) -> bool:
        """True when a free-form message would be refused (WhatsApp after 24 hours)."""
        ...

    def has_template(self) -> bool: ...

    async def send_part(self, recipient: Recipient, part: Part) -> str:
        """Send one part; return the provider's message id or raise SendFailure."""
        ...


# --- the database side (synchronous, run in worker threads) ------------------------------------------------


def note_inbound(store: Store, accepted: Accepted, address: str, provider_id: str | None = None) -> None:
    """Keep the encrypted delivery address and the time of the reporter's last message (idempotent)."""
    with store.transaction() as session:
        contact = session.get(Contact, accepted.conversation.id)
        if contact is None:
            session.add(Contact(conversation_id=accepted.conversation.id, address_enc=store.cipher.encrypt(address)))
        else:
            contact.last_inbound_at = utcnow()
        if provider_id is not None:
            session.get_one(Message, accepted.message_id).provider_id = provider_id


def set_opt_out(store: Store, conversation_id: str, opted_out: bool) -> None:
    with store.transaction() as session:
        contact = session.get(Contact, conversation_id)
        if contact is not None:
            contact.opted_out = opted_out


def set_inbound_status(store: Store, message_id: int, status: str) -> None:
    with store.transaction() as session:
        session.get_one(Message, message_id).status = status


def last_buttons(store: Store, conversation_id: str) -> list[dict[str, str]]:
    """The buttons of the last message that offered any (for numbered replies)."""
    with store.transaction() as session:
        latest = session.scalar(
            select(Message)
            .where(Message.conversation_id == conversation_id, Message.direction == "out")
            .order_by(Message.id.desc())
            .limit(1)
        )
        if latest is None or not latest.buttons_enc:
            return []
        buttons: list[dict[str, str]] = json.loads(store.cipher.decrypt(latest.buttons_enc))
        return buttons


def message_buttons(store: Store, conversation_id: str, message_id: int) -> list[dict[str, str]]:
    with store.transaction() as session:
        message = session.get(Message, message_id)
        if message is None or message.conversation_id != conversation_id or not message.buttons_enc:
            return []
        buttons: list[dict[str, str]] = json.loads(store.cipher.decrypt(message.buttons_enc))
        return buttons


def reply_ids(store: Store, inbound_id: int) -> list[int]:
    with store.transaction() as session:
        return list(session.scalars(select(Message.id).where(Message.reply_to == inbound_id).order_by(Message.id)))


def store_messages(store: Store, conversation_id: str, messages: list[Outbound]) -> list[int]:
    """Outbound messages not answering an inbound one (a staff follow-up, a system notice)."""
    with store.transaction() as session:
        rows = []
        for message in messages:
            row = Message(
                conversation_id=conversation_id,
                channel=_channel_of(session, conversation_id),
                direction="out",
                author=message.author,
                text_enc=store.cipher.encrypt(message.text),
                buttons_enc=store.cipher.encrypt(json.dumps(message.buttons)) if message.buttons else None,
                status="queued",
            )
            session.add(row)
            rows.append(row)
        session.flush()
        return [row.id for row in rows]


def _channel_of(session: Any, conversation_id: str) -> str:
    return str(session.get_one(Conversation, conversation_id).channel)


def recipient(store: Store, conversation_id: str) -> Recipient | None:
    with store.transaction() as session:
        contact = session.get(Contact, conversation_id)
        if contact is None:
            return None
        conv = session.get_one(Conversation, conversation_id)
        return Recipient(
            conversation_id,
            conv.channel,
            store.cipher.decrypt(contact.address_enc),
            contact.last_inbound_at,
            contact.opted_out,
            conv.language,
        )


def _claim(store: Store, sender: Sender, message_ids: list[int]) -> None:
    """Create the delivery rows of messages that have none yet; a concurrent claim loses on the unique key."""
    for message_id in message_ids:
        try:
            with store.transaction() as session:
                if session.scalar(select(Delivery.id).where(Delivery.message_id == message_id).limit(1)):
                    continue
                message = session.get_one(Message, message_id)
                buttons = json.loads(store.cipher.decrypt(message.buttons_enc)) if message.buttons_enc else []
                parts = sender.render(message.channel, store.cipher.decrypt(message.text_enc), buttons)
                for index, (text, with_buttons) in enumerate(parts):
                    session.add(
                        Delivery(
                            message_id=message_id,
                            conversation_id=message.conversation_id,
                            part=index,
                            text_enc=store.cipher.encrypt(text),
                            with_buttons=with_buttons,
                        )
                    )
                message.status = "queued"
        except IntegrityError:
            continue


def _pending(store: Store, conversation_id: str, statuses: tuple[str, ...] = ("pending",)) -> list[int]:
    with store.transaction() as session:
        return list(
            session.scalars(
                select(Delivery.id)
                .where(Delivery.conversation_id == conversation_id, Delivery.status.in_(statuses))
                .order_by(Delivery.message_id, Delivery.part)
            )
        )


def _start_attempt(store: Store, delivery_id: int) -> Part | None:
    """pending → sending (committed before the API call); None if someone else has it."""
    with store.transaction() as session:
        delivery = session.get_one(Delivery, delivery_id)
        if delivery.status != "pending":
            return None
        delivery.status = "sending"
        delivery.attempts += 1
        message = session.get_one(Message, delivery.message_id)
        buttons = []
        if delivery.with_buttons and message.buttons_enc:
            buttons = json.loads(store.cipher.decrypt(message.buttons_enc))
        text = store.cipher.decrypt(delivery.text_enc) if delivery.text_enc else ""
        return Part(delivery.id, delivery.message_id, delivery.kind, text, buttons)


def _finish_attempt(
    store: Store, delivery_id: int, status: str, provider_id: str | None = None, error: str | None = None
) -> int:
    with store.transaction() as session:
        delivery = session.get_one(Delivery, delivery_id)
        delivery.status = status
        if provider_id:
            delivery.provider_id = provider_id
        delivery.error = error[:160] if error else None
        _roll_up(session, delivery.message_id)
        return delivery.attempts


def _roll_up(session: Any, message_id: int) -> None:
    """The message's status in the transcript: the worst of its parts."""
    statuses = set(
        session.scalars(select(Delivery.status).where(Delivery.message_id == message_id, Delivery.part >= 0))
    )
    mapped = {"pending": "queued", "sending": "queued"}
    found = {mapped.get(s, s) for s in statuses}
    for status in MESSAGE_STATUS_ORDER:
        if status in found:
            session.get_one(Message, message_id).status = status
            return


def provider_status(store: Store, provider_id: str, status: str, error: str | None) -> bool:
    """A provider's status callback: delivered, or failed after all. False if the id is unknown."""
    with store.transaction() as session:
        delivery = session.scalar(select(Delivery).where(Delivery.provider_id == provider_id))
        if delivery is None:
            return False
        if status == "failed" or (status == "delivered" and delivery.status == "sent"):
            delivery.status = status
            delivery.error = error
            _roll_up(session, delivery.message_id)
        return True


def _hold_for_window(store: Store, part: Part, with_template: bool) -> int | None:
    """WhatsApp outside its 24-hour window: keep the part for later; create the template delivery once."""
    with store.transaction() as session:
        delivery = session.get_one(Delivery, part.delivery_id)
        delivery.status = "held"
        delivery.attempts -= 1
        _roll_up(session, delivery.message_id)
        if not with_template:
            return None
        already = session.scalar(
            select(Delivery.id).where(Delivery.conversation_id == delivery.conversation_id, Delivery.kind == "template",
                                      Delivery.status.in_(("pending", "sending", "sent", "delivered")),
                                      Delivery.created_at > utcnow() - WHATSAPP_WINDOW)
        )  # fmt: skip
        if already:
            return None
        template = Delivery(
            message_id=delivery.message_id, conversation_id=delivery.conversation_id, part=-1, kind="template"
        )
        session.add(template)
        try:
            session.flush()
        except IntegrityError:
            return None
        return template.id


def release_held(store: Store, conversation_id: str) -> None:
    """The reporter wrote again: the WhatsApp window is open, held parts may go."""
    with store.transaction() as session:
        for delivery in session.scalars(
            select(Delivery).where(Delivery.conversation_id == conversation_id, Delivery.status == "held")
        ):
            delivery.status = "pending"


# --- the sending side --------------------------------------------------------------------------------------


class Outbox:
    def __init__(self, store: Store, attempts: int, backoff: float) -> None:
        self.store = store
        self.attempts = max(1, attempts)
        self.backoff = backoff
        self._locks: dict[str, asyncio.Lock] = {}
        self._tasks: set[asyncio.Task[Any]] = set()

    def spawn(self, coro: Coroutine[Any, Any, None], what: str) -> None:
        """Run in the background, tracked, so shutdown can wait for it."""

        async def guarded() -> None:
            try:
                await coro
            except asyncio.CancelledError:
                raise
            except Exception:
                log.exception("%s failed", what)

        task = asyncio.create_task(guarded())
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def drain(self, grace: float = 10.0) -> None:
        if not self._tasks:
            return
        _, pending = await asyncio.wait(set(self._tasks), timeout=grace)
        for task in pending:
            task.cancel()
        await asyncio.gather(*pending, return_exceptions=True)

    async def deliver(self, sender: Sender, conversation_id: str, message_ids: list[int]) -> None:
        """Send these messages (and anything else pending in the conversation), in order, each part once."""
        await asyncio.to_thread(_claim, self.store, sender, message_ids)
        lock = self._locks.setdefault(conversation_id, asyncio.Lock())
        async with lock:
            for delivery_id in await asyncio.to_thread(_pending, self.store, conversation_id):
                await self._send(sender, conversation_id, delivery_id)
        if not lock.locked():
            self._locks.pop(conversation_id, None)

    async def send_new(self, sender: Sender, conversation_id: str, messages: list[Outbound]) -> list[int]:
        """Store and send messages that answer nothing (a staff follow-up, a system notice)."""
        ids = await asyncio.to_thread(store_messages, self.store, conversation_id, messages)
        await self.deliver(sender, conversation_id, ids)
        return ids

    async def _send(self, sender: Sender, conversation_id: str, delivery_id: int) -> None:
        while True:
            part = await asyncio.to_thread(_start_attempt, self.store, delivery_id)
            if part is None:
                return
            target = await asyncio.to_thread(recipient, self.store, conversation_id)
            if target is None:  # the conversation was closed: its address is gone
                await asyncio.to_thread(_finish_attempt, self.store, delivery_id, "failed", None, "no address")
                return
            if target.opted_out:
                await asyncio.to_thread(_finish_attempt, self.store, delivery_id, "failed", None, "opted out (STOP)")
                return
            if part.kind == "text" and sender.outside_window(target):
                template = await asyncio.to_thread(_hold_for_window, self.store, part, sender.has_template())
                log.info("conversation %s: outside the WhatsApp window, reply held", conversation_id)
                if template is not None:
                    await self._send(sender, conversation_id, template)
                return
            try:
                provider_id = await sender.send_part(target, part)
            except SendFailure as exc:
                if exc.ambiguous:
                    log.warning("conversation %s: delivery %s ambiguous (%s); not repeated",
                                conversation_id, delivery_id, exc.reason)  # fmt: skip
                    await asyncio.to_thread(_finish_attempt, self.store, delivery_id, "unknown", None, exc.reason)
                    return
                attempts = await asyncio.to_thread(
                    _finish_attempt, self.store, delivery_id, "pending" if exc.retry else "failed", None, exc.reason
                )
                if not exc.retry or attempts >= self.attempts:
                    if exc.retry:
                        await asyncio.to_thread(_finish_attempt, self.store, delivery_id, "failed", None, exc.reason)
                    log.warning("conversation %s: delivery %s failed after %s attempt(s): %s",
                                conversation_id, delivery_id, attempts, exc.reason)  # fmt: skip
                    return
                delay = exc.after if exc.after is not None else self.backoff * 2 ** (attempts - 1)
                log.info("conversation %s: delivery %s retry in %.1f s (%s)", conversation_id, delivery_id, delay,
                         exc.reason)  # fmt: skip
                await asyncio.sleep(delay)
                continue
            await asyncio.to_thread(_finish_attempt, self.store, delivery_id, "sent", provider_id)
            return

    async def respond_and_deliver(
        self, respond: Callable[[Accepted], Awaitable[Any]], sender: Sender, accepted: Accepted
    ) -> None:
        """Run the turn for a stored message, then send its replies (each once, whoever else tries)."""
        await respond(accepted)
        ids = await asyncio.to_thread(reply_ids, self.store, accepted.message_id)
        await self.deliver(sender, accepted.conversation.id, ids)

    async def resume(self, senders: dict[str, Sender], respond: Callable[[Accepted], Awaitable[Any]]) -> int:
        """Pick up what a previous process left unanswered or unsent (see the module docstring)."""
        work = await asyncio.to_thread(_leftovers, self.store, tuple(senders))
        for channel, accepted in work.unanswered:
            self.spawn(self.respond_and_deliver(respond, senders[channel], accepted), "resumed turn")
        for channel, conversation_id, ids in work.unsent:
            self.spawn(self.deliver(senders[channel], conversation_id, ids), "resumed delivery")
        total = len(work.unanswered) + len(work.unsent)
        if total or work.ambiguous:
            log.info("resuming %s unanswered message(s) and %s conversation(s) with unsent replies; %s part(s) "
                     "left ambiguous", len(work.unanswered), len(work.unsent), work.ambiguous)  # fmt: skip
        return total


@dataclass
class _Leftovers:
    unanswered: list[tuple[str, Accepted]]
    unsent: list[tuple[str, str, list[int]]]
    ambiguous: int


def _leftovers(store: Store, channels: tuple[str, ...]) -> _Leftovers:
    since = utcnow() - RESUME_WINDOW
    with store.transaction() as session:
        ambiguous = 0
        for delivery in session.scalars(select(Delivery).where(Delivery.status == "sending")):
            delivery.status, delivery.error = "unknown", "process stopped during the send"
            _roll_up(session, delivery.message_id)
            ambiguous += 1
        unanswered = [
            (m.channel, Accepted(view(m.conversation), m.id, duplicate=False))
            for m in session.scalars(
                select(Message)
                .where(Message.direction == "in", Message.status == "received", Message.channel.in_(channels),
                       Message.created_at > since)
                .order_by(Message.id)
            )
        ]  # fmt: skip
        by_conversation: dict[str, tuple[str, list[int]]] = {}
        undelivered = session.scalars(
            select(Message)
            .where(Message.direction == "out", Message.channel.in_(channels), Message.created_at > since,
                   Message.status.in_(("sent", "queued")))
            .order_by(Message.id)
        )  # fmt: skip
        for message in undelivered:
            parts = set(session.scalars(select(Delivery.status).where(Delivery.message_id == message.id)))
            if not parts or "pending" in parts:
                by_conversation.setdefault(message.conversation_id, (message.channel, []))[1].append(message.id)
        unsent = [(channel, cid, ids) for cid, (channel, ids) in by_conversation.items()]
        return _Leftovers(unanswered, unsent, ambiguous)
