"""Retention: what is kept how long (per data class), the purge that deletes what expired, and erasure of one
person's data on request. Every purge that deleted something, and every erasure, is in the audit log with
counts per data class (never content), in the same transaction as the deletion.

Data classes and when their term starts (terms in settings; reasons in docs/exchange-and-retention.md):
- transcript: a conversation's messages, their provider sends and Rasa's tracker; from the end of the
  conversation (its closing, or its last message if it was never closed). The conversation row stays as a
  shell without reporter pseudonym; an idle open conversation is closed.
- contact details: the encrypted address of a messaging reporter; deleted when the conversation closes
  (store/models.py) and in any case after the term from the reporter's last message. Rate-limit records of
  wrong receipt codes (pseudonyms) go after a day.
- signal, with its follow-ups, notes, case, delivery log and the conversation rows it came from; from the
  case's closing date, else its reception. A melding (the reporter is known to Veilig Thuis, or Veilig
  Thuis took a decision on it) keeps the long term, an advice or anonymous signal the short one.
- audit log entries; from their time.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import MetaData, Table, delete, func, inspect, select, update
from sqlalchemy.orm import Session

from meldpunt.settings import Settings
from store.audit import audit
from store.db import Store, make_engine
from store.exchange import ExchangeDelivery
from store.models import (
    AuditEntry,
    Contact,
    Conversation,
    Delivery,
    FollowUp,
    Message,
    ReceiptAttempt,
    Signal,
    utcnow,
)
from store.staff import ConversationHold, SignalCase, SignalNote

log = logging.getLogger(__name__)

RECEIPT_ATTEMPT_TERM = timedelta(days=1)  # they only serve the hourly rate limit of wrong receipt codes
TRACKER_TABLE = "rasa_trackers"
MIN_REASON, MAX_REASON = 3, 500
_CHUNK = 500


@dataclass(frozen=True)
class Terms:
    transcript: timedelta
    contact: timedelta
    melding: timedelta
    advies: timedelta
    audit: timedelta

    @classmethod
    def of(cls, settings: Settings) -> Terms:
        return cls(
            transcript=timedelta(days=settings.retention_transcript_days),
            contact=timedelta(days=settings.retention_contact_days),
            melding=timedelta(days=settings.retention_melding_days),
            advies=timedelta(days=settings.retention_advies_days),
            audit=timedelta(days=settings.retention_audit_days),
        )


# ------------------------------------------------------------------------------------------------ when
def conversation_end(created_at: datetime, closed_at: datetime | None, last_message_at: datetime | None) -> datetime:
    """The closing, or the last message if later (or if it was never closed)."""
    return max(t for t in (created_at, closed_at, last_message_at) if t is not None)


def signal_kind(signal: Signal, case: SignalCase | None) -> str:
    """melding: the reporter is known to Veilig Thuis (as in actions/signal.py), or Veilig Thuis took a
    decision on it (vb_besluit); otherwise advies (an advice, or an anonymous signal)."""
    if signal.anonymity in ("confidential", "open") or (case is not None and case.vb_besluit):
        return "melding"
    return "advies"


def signal_expires_at(signal: Signal, case: SignalCase | None, terms: Terms) -> datetime:
    start = case.afgesloten_op if case is not None and case.afgesloten_op else signal.received_at
    return start + (terms.melding if signal_kind(signal, case) == "melding" else terms.advies)


def _last_messages(session: Session, conversation_ids: Sequence[str] | None = None) -> dict[str, datetime]:
    query = select(Message.conversation_id, func.max(Message.created_at)).group_by(Message.conversation_id)
    if conversation_ids is not None:
        query = query.where(Message.conversation_id.in_(conversation_ids))
    return {cid: at for cid, at in session.execute(query)}


def transcript_expires_at(session: Session, conversation: Conversation, terms: Terms) -> datetime:
    last = _last_messages(session, [conversation.id]).get(conversation.id)
    return conversation_end(conversation.created_at, conversation.closed_at, last) + terms.transcript


def schedule(session: Session, settings: Settings, *, signal_id: str | None = None,
             conversation_id: str | None = None) -> dict[str, Any]:  # fmt: skip
    """What staff see on a signal or conversation page: when each kind of data goes (or went)."""
    terms = Terms.of(settings)
    out: dict[str, Any] = {"signal": None, "transcript": None, "contact": None, "deliveries": []}
    signal = session.get(Signal, signal_id) if signal_id else None
    if signal is None and conversation_id:
        signal = session.scalar(select(Signal).where(Signal.conversation_id == conversation_id))
    if signal is not None:
        case = session.get(SignalCase, signal.id)
        out["signal"] = {"id": signal.id, "kind": signal_kind(signal, case),
                         "expires_at": signal_expires_at(signal, case, terms), "origin": signal.origin}  # fmt: skip
        out["deliveries"] = [
            {"partner": d.partner, "status": d.status, "attempts": d.attempts}
            for d in session.scalars(select(ExchangeDelivery).where(ExchangeDelivery.signal_id == signal.id))
        ]
        conversation_id = conversation_id or signal.conversation_id
    conversation = session.get(Conversation, conversation_id) if conversation_id else None
    if conversation is not None:
        if conversation.transcript_deleted_at is not None:
            out["transcript"] = {"deleted_at": conversation.transcript_deleted_at, "expires_at": None}
        else:
            out["transcript"] = {"deleted_at": None, "expires_at": transcript_expires_at(session, conversation, terms)}
        contact = session.get(Contact, conversation.id)
        out["contact"] = {"expires_at": contact.last_inbound_at + terms.contact} if contact else None
    return out


# ------------------------------------------------------------------------------------------------ deleting
def _tracker_url(settings: Settings) -> str | None:
    """Rasa's tracker store, where the transcript also lives (encrypted): bot/tracker_store.py."""
    if settings.database_url:
        return settings.sqlalchemy_url()
    path = Path(settings.tracker_url().removeprefix("sqlite:///"))
    return settings.tracker_url() if path.exists() else None


def delete_trackers(settings: Settings, conversation_ids: Sequence[str], count_only: bool = False) -> int:
    """Delete (or count) Rasa's trackers of these conversations. Rasa's table may not exist (no Rasa yet)."""
    url = _tracker_url(settings)
    if url is None or not conversation_ids:
        return 0
    engine = make_engine(url)
    try:
        if not inspect(engine).has_table(TRACKER_TABLE):
            return 0
        table = Table(TRACKER_TABLE, MetaData(), autoload_with=engine)
        count = 0
        with engine.begin() as conn:
            for chunk in _chunks(conversation_ids):
                where = table.c.sender_id.in_(chunk)
                if count_only:
                    count += conn.execute(select(func.count()).select_from(table).where(where)).scalar_one()
                else:
                    count += conn.execute(delete(table).where(where)).rowcount
        if not count_only and count:
            _checkpoint(engine)
        return count
    finally:
        engine.dispose()


def _checkpoint(engine: Any) -> None:
    """SQLite: write the (zeroed, secure_delete) pages into the database file and empty the write-ahead log,
    so no copy of a deleted row stays behind in either file."""
    if engine.dialect.name == "sqlite":
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")


def _chunks(ids: Sequence[str]) -> Iterable[Sequence[str]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start : start + _CHUNK]


def _count(session: Session, model: Any, column: Any, ids: Sequence[str]) -> int:
    total = 0
    for chunk in _chunks(ids):
        total += session.scalar(select(func.count()).select_from(model).where(column.in_(chunk))) or 0
    return total


def _delete(session: Session, model: Any, column: Any, ids: Sequence[str]) -> int:
    total = 0
    for chunk in _chunks(ids):
        result = session.execute(delete(model).where(column.in_(chunk)).execution_options(synchronize_session=False))
        total += int(result.rowcount)  # type: ignore[attr-defined]
    return total


def _delete_transcripts(session: Session, conversation_ids: Sequence[str]) -> dict[str, int]:
    """Messages, their provider sends and the contact rows; the conversation rows themselves stay."""
    return {
        "deliveries": _delete(session, Delivery, Delivery.conversation_id, conversation_ids),
        "messages": _delete(session, Message, Message.conversation_id, conversation_ids),
        "contacts": _delete(session, Contact, Contact.conversation_id, conversation_ids),
    }


def _delete_conversations(session: Session, conversation_ids: Sequence[str]) -> dict[str, int]:
    counts = _delete_transcripts(session, conversation_ids)
    _delete(session, ConversationHold, ConversationHold.conversation_id, conversation_ids)
    for chunk in _chunks(conversation_ids):
        session.execute(update(Signal).where(Signal.conversation_id.in_(chunk)).values(conversation_id=None))
    counts["conversations"] = _delete(session, Conversation, Conversation.id, conversation_ids)
    return counts


def _delete_signals(session: Session, signal_ids: Sequence[str]) -> tuple[dict[str, int], list[str]]:
    """A signal with everything that hangs on it, and the conversations it came from (the one that made it and
    those in which the reporter came back with the receipt code). Returns counts and those conversations."""
    conversation_ids = [
        cid
        for chunk in _chunks(signal_ids)
        for cid in session.scalars(
            select(Conversation.id).where(
                Conversation.id.in_(select(Signal.conversation_id).where(Signal.id.in_(chunk)))
                | Conversation.followup_signal_id.in_(chunk)
            )
        )
    ]
    counts = {
        "followups": _delete(session, FollowUp, FollowUp.signal_id, signal_ids),
        "notes": _delete(session, SignalNote, SignalNote.signal_id, signal_ids),
        "cases": _delete(session, SignalCase, SignalCase.signal_id, signal_ids),
        "exchange_deliveries": _delete(session, ExchangeDelivery, ExchangeDelivery.signal_id, signal_ids),
    }
    conversation_counts = _delete_conversations(session, conversation_ids)
    counts["messages"] = conversation_counts["messages"]
    counts["conversations"] = conversation_counts["conversations"]
    counts["signals"] = _delete(session, Signal, Signal.id, signal_ids)
    return counts, conversation_ids


# ------------------------------------------------------------------------------------------------ purge
@dataclass(frozen=True)
class Plan:
    transcripts: list[str]  # conversation ids whose transcript expired
    idle_open: list[str]  # of those, the ones never closed (they are closed now)
    contacts: list[str]  # conversation ids whose contact row expired
    signals: list[str]
    receipt_attempts_before: datetime
    receipt_attempts: int
    audit_before: datetime
    audit_entries: int

    @property
    def empty(self) -> bool:
        return not (self.transcripts or self.contacts or self.signals or self.receipt_attempts or self.audit_entries)


def plan(session: Session, terms: Terms, now: datetime) -> Plan:
    """What expired, found with reads only."""
    last = _last_messages(session)
    transcripts, idle_open = [], []
    for conversation in session.scalars(select(Conversation).where(Conversation.transcript_deleted_at.is_(None))):
        end = conversation_end(conversation.created_at, conversation.closed_at, last.get(conversation.id))
        if end + terms.transcript <= now:
            transcripts.append(conversation.id)
            if conversation.state != "closed":
                idle_open.append(conversation.id)
    contacts = list(
        session.scalars(select(Contact.conversation_id).where(Contact.last_inbound_at <= now - terms.contact))
    )
    signals = [
        signal.id
        for signal, case in session.execute(
            select(Signal, SignalCase).outerjoin(SignalCase, SignalCase.signal_id == Signal.id)
        )
        if signal_expires_at(signal, case, terms) <= now
    ]
    attempts_before, audit_before = now - RECEIPT_ATTEMPT_TERM, now - terms.audit
    attempts = session.scalar(
        select(func.count()).select_from(ReceiptAttempt).where(ReceiptAttempt.at < attempts_before)
    )
    entries = session.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.at < audit_before))
    return Plan(transcripts, idle_open, contacts, signals, attempts_before, attempts or 0, audit_before, entries or 0)


def _dry_counts(session: Session, store: Store, todo: Plan) -> dict[str, dict[str, int]]:
    contacts = set(todo.contacts)
    for chunk in _chunks(todo.transcripts):
        contacts.update(session.scalars(select(Contact.conversation_id).where(Contact.conversation_id.in_(chunk))))
    return {
        "transcript": {
            "conversations": len(todo.transcripts),
            "messages": _count(session, Message, Message.conversation_id, todo.transcripts),
            "trackers": delete_trackers(store.settings, todo.transcripts, count_only=True),
            "idle_closed": len(todo.idle_open),
        },
        "contact": {"contacts": len(contacts), "receipt_attempts": todo.receipt_attempts},
        "signal": {"signals": len(todo.signals)},
        "audit": {"entries": todo.audit_entries},
    }


def purge(
    store: Store, now: datetime | None = None, dry_run: bool = False, actor: str = "retention"
) -> dict[str, dict[str, int]]:
    """Delete what expired (or, dry run, only count it). Returns counts per data class; when anything was
    deleted, one `retention.purged` audit entry with those counts is written in the same transaction."""
    now = now or utcnow()
    terms = Terms.of(store.settings)
    if dry_run:
        with store.sessions() as session:
            return _dry_counts(session, store, plan(session, terms, now))
    with store.transaction() as session:
        todo = plan(session, terms, now)
        if todo.empty:  # the usual case: reads only, so the hourly run never takes SQLite's write lock
            return {
                "transcript": dict.fromkeys(
                    ("conversations", "messages", "provider_sends", "trackers", "idle_closed"), 0
                ),
                "contact": dict.fromkeys(("contacts", "receipt_attempts"), 0),
                "signal": dict.fromkeys(
                    ("followups", "notes", "cases", "exchange_deliveries", "messages", "conversations", "signals"), 0
                ),
                "audit": {"entries": 0},
            }
        signal_counts, signal_conversations = _delete_signals(session, todo.signals)
        gone = set(signal_conversations)
        transcripts = [cid for cid in todo.transcripts if cid not in gone]
        idle = [cid for cid in todo.idle_open if cid not in gone]
        removed = _delete_transcripts(session, transcripts)
        for chunk in _chunks(transcripts):
            session.execute(
                update(Conversation)
                .where(Conversation.id.in_(chunk))
                .values(transcript_deleted_at=now, reporter_pseudonym="")
                .execution_options(synchronize_session=False)
            )
        for chunk in _chunks(idle):
            session.execute(
                update(Conversation)
                .where(Conversation.id.in_(chunk), Conversation.state != "closed")
                .values(state="closed", closed_at=now)
                .execution_options(synchronize_session=False)
            )
        contacts = removed["contacts"] + _delete(session, Contact, Contact.conversation_id, todo.contacts)
        attempts = session.execute(delete(ReceiptAttempt).where(ReceiptAttempt.at < todo.receipt_attempts_before))
        entries = session.execute(delete(AuditEntry).where(AuditEntry.at < todo.audit_before))
        trackers = delete_trackers(store.settings, transcripts + signal_conversations)
        counts = {
            "transcript": {"conversations": len(transcripts), "messages": removed["messages"],
                           "provider_sends": removed["deliveries"], "trackers": trackers, "idle_closed": len(idle)},
            "contact": {"contacts": contacts, "receipt_attempts": int(attempts.rowcount)},  # type: ignore[attr-defined]
            "signal": signal_counts,
            "audit": {"entries": int(entries.rowcount)},  # type: ignore[attr-defined]
        }  # fmt: skip
        audit(session, actor, "retention.purged", "retention", None, **counts)
    _checkpoint(store.engine)
    return counts


# ------------------------------------------------------------------------------------------------ erasure
class ErasureRefused(ValueError):
    """The erasure cannot be done as asked; the message says why."""


def _reason(reason: str) -> str:
    reason = " ".join(reason.split())
    if not MIN_REASON <= len(reason) <= MAX_REASON:
        raise ErasureRefused(f"give a reason of {MIN_REASON} to {MAX_REASON} characters")
    return reason


def preview(session: Session, kind: str, object_id: str) -> dict[str, Any] | None:
    """What an erasure would delete (counts, no content), and which partners already received the signal."""
    if kind == "signal":
        signal = session.get(Signal, object_id)
        if signal is None:
            return None
        conversation_ids = [
            cid for cid in session.scalars(
                select(Conversation.id).where((Conversation.id == signal.conversation_id)
                                              | (Conversation.followup_signal_id == signal.id)))
        ]  # fmt: skip
        delivered = session.scalars(
            select(ExchangeDelivery.partner).where(
                ExchangeDelivery.signal_id == signal.id, ExchangeDelivery.status == "delivered"
            )
        ).all()
        return {
            "kind": kind, "id": object_id, "origin": signal.origin,
            "conversations": len(conversation_ids),
            "messages": _count(session, Message, Message.conversation_id, conversation_ids),
            "followups": _count(session, FollowUp, FollowUp.signal_id, [signal.id]),
            "notes": _count(session, SignalNote, SignalNote.signal_id, [signal.id]),
            "delivered_to": sorted(delivered), "signal_kept": None,
        }  # fmt: skip
    if kind == "conversation":
        conversation = session.get(Conversation, object_id)
        if conversation is None:
            return None
        kept = session.scalar(select(Signal.id).where(Signal.conversation_id == object_id))
        return {
            "kind": kind, "id": object_id, "origin": None, "conversations": 1,
            "messages": _count(session, Message, Message.conversation_id, [object_id]),
            "followups": 0, "notes": 0, "delivered_to": [], "signal_kept": kept,
        }  # fmt: skip
    return None


def erase(store: Store, kind: str, object_id: str, reason: str, actor: str) -> dict[str, int]:
    """Erase one person's data on request, with the reason in the audit log (same transaction).

    kind "signal": the signal, everything that hangs on it, and the conversations it came from.
    kind "conversation": the conversation (transcript, contact details, Rasa's tracker); a signal made from it
    stays (its staff decide on that separately: the erase preview names it)."""
    reason = _reason(reason)
    with store.transaction() as session:
        if kind == "signal":
            if session.get(Signal, object_id) is None:
                raise ErasureRefused("there is no such signal")
            counts, conversation_ids = _delete_signals(session, [object_id])
        elif kind == "conversation":
            if session.get(Conversation, object_id) is None:
                raise ErasureRefused("there is no such conversation")
            conversation_ids = [object_id]
            counts = _delete_conversations(session, conversation_ids)
        else:
            raise ErasureRefused("erase a signal or a conversation")
        counts["trackers"] = delete_trackers(store.settings, conversation_ids)
        audit(session, actor, f"erasure.{kind}", kind, object_id, reason=reason, **counts)
    _checkpoint(store.engine)
    return counts
