"""Durable intake: the database side of a turn. Synchronous; the gateway runs it in a worker thread.

A message is committed here before any channel acknowledges it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from channels.adapters.base import Inbound, Outbound
from store.audit import audit
from store.db import Store
from store.models import Conversation, Message, utcnow

ESCALATION_RANK = {"danger": 0, "acute": 1, "human": 2, "fallback": 3}


@dataclass(frozen=True)
class ConversationView:
    id: str
    state: str
    language: str | None
    triage: str | None
    channel: str

    def as_json(self) -> dict[str, Any]:
        return {"id": self.id, "state": self.state, "language": self.language, "triage": self.triage}


@dataclass(frozen=True)
class Accepted:
    conversation: ConversationView
    message_id: int
    duplicate: bool


def view(conversation: Conversation) -> ConversationView:
    return ConversationView(
        conversation.id, conversation.state, conversation.language, conversation.triage, conversation.channel
    )


def _open_conversation(
    session: Session, store: Store, channel: str, user_id: str, language_hint: str | None
) -> Conversation:
    pseudonym = store.pseudonym(channel, user_id)
    conversation = session.scalar(
        select(Conversation)
        .where(
            Conversation.channel == channel,
            Conversation.reporter_pseudonym == pseudonym,
            Conversation.state != "closed",
        )
        .order_by(Conversation.created_at.desc())
        .limit(1)
    )
    if conversation is None:
        conversation = Conversation(channel=channel, reporter_pseudonym=pseudonym, state="bot")
        session.add(conversation)
        session.flush()
    if conversation.language is None and language_hint:
        conversation.language, conversation.language_source = language_hint, "hint"
    return conversation


def resolve(store: Store, channel: str, user_id: str, language_hint: str | None) -> ConversationView:
    """The reporter's open conversation on this channel, created if there is none."""
    with store.transaction() as session:
        return view(_open_conversation(session, store, channel, user_id, language_hint))


def _scoped_id(store: Store, inbound: Inbound) -> str | None:
    # Scoped to the reporter, so one reporter cannot collide with (or read) another's message ids.
    if inbound.external_id is None:
        return None
    return store.pseudonym(inbound.channel, inbound.user_id)[:32] + ":" + inbound.external_id


def accept(store: Store, inbound: Inbound) -> Accepted:
    """Store the inbound message durably (deduplicated on the channel's message id)."""
    external_id = _scoped_id(store, inbound)
    try:
        with store.transaction() as session:
            conversation = _open_conversation(session, store, inbound.channel, inbound.user_id, inbound.language_hint)
            message = Message(
                conversation_id=conversation.id,
                channel=inbound.channel,
                external_id=external_id,
                direction="in",
                author="reporter",
                text_enc=store.cipher.encrypt(inbound.text),
                status="received",
            )
            session.add(message)
            session.flush()
            return Accepted(view(conversation), message.id, duplicate=False)
    except IntegrityError:
        with store.transaction() as session:
            existing = session.scalar(
                select(Message).where(Message.channel == inbound.channel, Message.external_id == external_id)
            )
            if existing is None:
                raise
            return Accepted(view(existing.conversation), existing.id, duplicate=True)


@dataclass
class TurnContext:
    """What the turn pipeline needs to know before talking to Rasa."""

    conversation_id: str
    state: str
    language: str | None
    language_source: str | None
    rasa_language: str | None
    triage: str | None
    text: str
    status: str
    channel: str
    followup_signal_id: str | None = None


def load_turn(store: Store, message_id: int) -> TurnContext:
    with store.transaction() as session:
        message = session.get_one(Message, message_id)
        conversation = message.conversation
        return TurnContext(
            conversation_id=conversation.id,
            state=conversation.state,
            language=conversation.language,
            language_source=conversation.language_source,
            rasa_language=conversation.rasa_language,
            triage=conversation.triage,
            text=store.cipher.decrypt(message.text_enc),
            status=message.status,
            channel=message.channel,
            followup_signal_id=conversation.followup_signal_id,
        )


def stored_replies(store: Store, message_id: int) -> tuple[ConversationView, list[Outbound]]:
    """The replies already given to a message (a duplicate delivery gets the same answer)."""
    with store.transaction() as session:
        message = session.get_one(Message, message_id)
        replies = session.scalars(select(Message).where(Message.reply_to == message_id).order_by(Message.id)).all()
        return view(message.conversation), [_outbound(store, reply) for reply in replies]


def _outbound(store: Store, message: Message) -> Outbound:
    buttons = json.loads(store.cipher.decrypt(message.buttons_enc)) if message.buttons_enc else []
    return Outbound(store.cipher.decrypt(message.text_enc), buttons, message.author)


def _more_urgent(current: str | None, new: str | None) -> str | None:
    candidates = [level for level in (current, new) if level]
    return min(candidates) if candidates else None  # "T0" < "T1" < …


@dataclass
class TurnOutcome:
    replies: list[Outbound]
    status: str  # answered | fallback | held
    language: str | None = None
    language_source: str | None = None
    rasa_language: str | None = None
    triage: str | None = None
    escalation: str | None = None  # danger | acute | human | fallback
    # The intake's forms and municipality after the turn, as (forms, municipality); None when the bot's slots
    # could not be read (what is stored is kept). "Start again" empties them.
    answers: tuple[list[str], str | None] | None = None


def finish_turn(store: Store, message_id: int, outcome: TurnOutcome) -> ConversationView:
    """Record the replies and the conversation's new state in one transaction."""
    with store.transaction() as session:
        message = session.get_one(Message, message_id)
        conversation = message.conversation
        message.status = outcome.status
        if outcome.language:
            conversation.language = outcome.language
            conversation.language_source = outcome.language_source
        if outcome.rasa_language:
            conversation.rasa_language = outcome.rasa_language
        conversation.triage = _more_urgent(conversation.triage, outcome.triage)
        if outcome.answers is not None:
            conversation.forms, conversation.municipality = outcome.answers
        if outcome.escalation:
            _escalate(session, conversation, outcome.escalation)
        for reply in outcome.replies:
            session.add(
                Message(
                    conversation_id=conversation.id,
                    channel=conversation.channel,
                    direction="out",
                    author=reply.author,
                    text_enc=store.cipher.encrypt(reply.text),
                    buttons_enc=store.cipher.encrypt(json.dumps(reply.buttons)) if reply.buttons else None,
                    status="sent",
                    reply_to=message.id,
                )
            )
        conversation.updated_at = utcnow()
        return view(conversation)


def _escalate(session: Session, conversation: Conversation, reason: str) -> None:
    previous = conversation.escalation_reason
    if previous is None or ESCALATION_RANK[reason] < ESCALATION_RANK.get(previous, 9):
        conversation.escalation_reason = reason
    if conversation.state == "bot":
        conversation.state = "waiting_for_staff"
        audit(session, "gateway", "conversation.escalated", "conversation", conversation.id, reason=reason)
