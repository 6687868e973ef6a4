"""SQLAlchemy 2 models. Text that a reporter wrote is stored only encrypted (the *_enc columns)."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    Boolean,
    Connection,
    DateTime,
    Dialect,
    ForeignKey,
    Index,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    delete,
    event,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, UOWTransaction, mapped_column, relationship
from sqlalchemy.types import TypeDecorator

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

CONVERSATION_STATES = ("bot", "waiting_for_staff", "staff", "closed")


def utcnow() -> datetime:
    return datetime.now(UTC)


def new_id() -> str:
    return str(uuid.uuid4())


class UTCDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC on every backend (SQLite forgets the zone)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return value.astimezone(UTC) if value is not None else None

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


# The region a row belongs to when the code creating it names none (the built-in home region; create_signal,
# the CLI and the console always name one from the configured table).
DEFAULT_REGION = "gooi_vechtstreek"


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {datetime: UTCDateTime, dict[str, Any]: JSON}


class Conversation(Base):
    __tablename__ = "conversations"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    channel: Mapped[str] = mapped_column(String(32))
    # Keyed hash (HMAC) of the channel's user id: the raw id is never stored.
    reporter_pseudonym: Mapped[str] = mapped_column(String(64))
    state: Mapped[str] = mapped_column(String(24), default="bot")
    language: Mapped[str | None] = mapped_column(String(8))
    # How the language was chosen: detected | hint | explicit. An explicit choice is never overridden.
    language_source: Mapped[str | None] = mapped_column(String(16))
    # The language Rasa's tracker currently has, so the gateway syncs the slot only when it changes.
    rasa_language: Mapped[str | None] = mapped_column(String(8))
    triage: Mapped[str | None] = mapped_column(String(2))
    escalation_reason: Mapped[str | None] = mapped_column(String(32))
    # Set while a reporter who came back with a receipt code adds to that signal (anonymous follow-up).
    followup_signal_id: Mapped[str | None] = mapped_column(String(36))
    # What the intake knows so far (the forms and the municipality, as the bot's slots hold them after the
    # last turn), so the staff queue shows them for a conversation waiting before any signal exists.
    forms: Mapped[list[str] | None] = mapped_column(JSON)
    municipality: Mapped[str | None] = mapped_column(String(32))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    closed_at: Mapped[datetime | None]
    # Set when the retention purge (or an erasure) removed the transcript; the row stays as a shell.
    transcript_deleted_at: Mapped[datetime | None]

    messages: Mapped[list[Message]] = relationship(back_populates="conversation", order_by="Message.id")

    __table_args__ = (Index("ix_conversations_reporter", "channel", "reporter_pseudonym", "state"),)


class Message(Base):
    __tablename__ = "messages"

    # An integer key also gives the transcript its order.
    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    conversation_id: Mapped[str] = mapped_column(ForeignKey("conversations.id", ondelete="CASCADE"))
    channel: Mapped[str] = mapped_column(String(32))
    # The channel's own message id (deduplication); for outbound messages null.
    external_id: Mapped[str | None] = mapped_column(String(128))
    direction: Mapped[str] = mapped_column(String(3))  # in | out
    author: Mapped[str] = mapped_column(String(16))  # reporter | bot | staff | system
    text_enc: Mapped[str] = mapped_column(Text)
    buttons_enc: Mapped[str | None] = mapped_column(Text)
    # inbound: received → answered | fallback | held (while staff hold the conversation).
    # outbound: reply_to is the inbound message it answers.
    status: Mapped[str] = mapped_column(String(16), default="received")
    reply_to: Mapped[int | None] = mapped_column(index=True)
    # The provider's id of an inbound message where it is not the dedup key (Telegram's message_id, for /wipe).
    provider_id: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    conversation: Mapped[Conversation] = relationship(back_populates="messages")

    __table_args__ = (UniqueConstraint("channel", "external_id"),)


class Contact(Base):
    """How to reach the reporter of a messaging-channel conversation (SMS, WhatsApp, Telegram).

    The address (phone number, Telegram chat id) is kept only encrypted, and deleted when the conversation
    is closed (see _forget_addresses_of_closed_conversations).
    """

    __tablename__ = "contacts"

    conversation_id: Mapped[str] = mapped_column(ForeignKey("conversations.id", ondelete="CASCADE"), primary_key=True)
    address_enc: Mapped[str] = mapped_column(Text)
    last_inbound_at: Mapped[datetime] = mapped_column(default=utcnow)
    opted_out: Mapped[bool] = mapped_column(Boolean, default=False)


class Delivery(Base):
    """One send of (part of) an outbound message through a provider API: retried, never sent twice."""

    __tablename__ = "deliveries"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    message_id: Mapped[int] = mapped_column(ForeignKey("messages.id", ondelete="CASCADE"))
    conversation_id: Mapped[str] = mapped_column(ForeignKey("conversations.id", ondelete="CASCADE"), index=True)
    part: Mapped[int]  # 0, 1, … in sending order; -1 is a WhatsApp template sent instead (24-hour window)
    kind: Mapped[str] = mapped_column(String(16), default="text")  # text | template
    text_enc: Mapped[str | None] = mapped_column(Text)
    with_buttons: Mapped[bool] = mapped_column(Boolean, default=False)
    # pending → sending → sent → delivered; failed (final); unknown (an ambiguous attempt: never repeated);
    # held (WhatsApp outside its 24-hour window: sent when the reporter writes again)
    status: Mapped[str] = mapped_column(String(16), default="pending")
    attempts: Mapped[int] = mapped_column(default=0)
    provider_id: Mapped[str | None] = mapped_column(String(64), index=True)
    error: Mapped[str | None] = mapped_column(String(160))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    __table_args__ = (UniqueConstraint("message_id", "part"),)


@event.listens_for(Session, "after_flush")
def _forget_addresses_of_closed_conversations(session: Session, _flush: UOWTransaction) -> None:
    """A closed conversation keeps no way to reach its reporter, whoever closed it."""
    closed = [
        obj.id for obj in (*session.new, *session.dirty) if isinstance(obj, Conversation) and obj.state == "closed"
    ]
    if closed:
        connection: Connection = session.connection()
        connection.execute(delete(Contact).where(Contact.conversation_id.in_(closed)))


class Signal(Base):
    __tablename__ = "signals"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    conversation_id: Mapped[str | None] = mapped_column(
        ForeignKey("conversations.id", ondelete="SET NULL"), unique=True
    )
    received_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    channel: Mapped[str] = mapped_column(String(32))
    language: Mapped[str | None] = mapped_column(String(8))
    triage: Mapped[str | None] = mapped_column(String(2))
    acute: Mapped[bool] = mapped_column(Boolean, default=False)
    reporter_role: Mapped[str | None] = mapped_column(String(24))
    anonymity: Mapped[str | None] = mapped_column(String(24))
    forms: Mapped[list[str]] = mapped_column(JSON, default=list)
    municipality: Mapped[str | None] = mapped_column(String(32))
    # The Veilig Thuis region whose staff see this signal (meldpunt/regions.py), fixed at creation.
    region: Mapped[str] = mapped_column(String(32), index=True, default=DEFAULT_REGION)
    minors_involved: Mapped[bool | None]
    indicators: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    description_enc: Mapped[str | None] = mapped_column(Text)
    # I2: how the reporter knows (seen / told / heard; self for a victim).
    knowledge_source: Mapped[str | None] = mapped_column(String(16))
    # Context block I4–I8 (age class, duration, still going on, language, others, agencies), by question id.
    context: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    # Parallel routes the reporter was given (arbeidsinspectie, police, comensha, mma).
    routes: Mapped[list[str]] = mapped_column(JSON, default=list)
    # Free-text details (addresses, number plates, names online: I9) and the reporter's contact details with
    # safe times: encrypted, and contact apart from the signal's other fields (domain.md §3.5).
    details_enc: Mapped[str | None] = mapped_column(Text)
    contact_enc: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(24), default="new")
    # Keyed scrypt hash of the receipt code the reporter got (store/receipts.py); the code is never stored.
    receipt_hash: Mapped[str | None] = mapped_column(String(256), unique=True)
    # Who sent it, for a signal imported from a partner or a file (it keeps its id there); None = made here.
    origin: Mapped[str | None] = mapped_column(String(64))


class FollowUp(Base):
    """The anonymous follow-up thread of a signal: what a returning reporter adds, and staff replies."""

    __tablename__ = "signal_followups"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    signal_id: Mapped[str] = mapped_column(ForeignKey("signals.id", ondelete="CASCADE"), index=True)
    conversation_id: Mapped[str | None] = mapped_column(String(36))
    direction: Mapped[str] = mapped_column(String(3))  # in (reporter) | out (staff)
    author: Mapped[str] = mapped_column(String(128))  # "reporter" or the staff member's name
    text_enc: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    # For a staff reply: when the reporter was shown it.
    seen_at: Mapped[datetime | None]


class ReceiptAttempt(Base):
    """A receipt code that matched no signal, for rate limiting (by reporter pseudonym and overall)."""

    __tablename__ = "receipt_attempts"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    reporter_pseudonym: Mapped[str] = mapped_column(String(64), index=True)
    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)


class ApiToken(Base):
    __tablename__ = "api_tokens"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    name: Mapped[str] = mapped_column(String(128))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    # The region whose signals the token reads (meldpunt/regions.py).
    region: Mapped[str] = mapped_column(String(32), default=DEFAULT_REGION)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    revoked_at: Mapped[datetime | None]


class AuditEntry(Base):
    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(String(128))  # "token:<name>", "gateway", "bot", "staff:<name>"
    action: Mapped[str] = mapped_column(String(48))
    object_type: Mapped[str] = mapped_column(String(24))
    object_id: Mapped[str | None] = mapped_column(String(36))
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


# The staff console's tables, the linkage keys and the exchange delivery log live in their own modules;
# importing them here puts them on Base.metadata for Alembic and every reader of the metadata.
import store.exchange  # noqa: E402
import store.linkage  # noqa: E402
import store.staff  # noqa: E402, F401
