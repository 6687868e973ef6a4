"""Anonymous follow-up: a reporter who comes back with their receipt code, on any channel, adds to the same
signal and reads the replies staff left there. Synchronous; the turn pipeline runs it in a worker thread.

Wrong codes are rate-limited per reporter and overall, so codes cannot be tried in bulk (they carry 100
random bits besides).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta
from typing import Literal

from sqlalchemy import func, select

from store.audit import audit
from store.db import Store
from store.models import Conversation, FollowUp, ReceiptAttempt, Signal, utcnow
from store.receipts import hash_receipt

WINDOW = timedelta(hours=1)
MAX_FAILED_PER_REPORTER = 5
MAX_FAILED_OVERALL = 100
DONE_PAYLOAD = "/followup_done"


@dataclass
class CodeResult:
    status: Literal["ok", "unknown", "locked"]
    staff_replies: list[str] = field(default_factory=list)


def present_code(store: Store, conversation_id: str, code: str) -> CodeResult:
    with store.transaction() as session:
        conversation = session.get_one(Conversation, conversation_id)
        since = utcnow() - WINDOW
        failed = select(func.count()).select_from(ReceiptAttempt).where(ReceiptAttempt.at > since)
        mine = session.scalar(failed.where(ReceiptAttempt.reporter_pseudonym == conversation.reporter_pseudonym))
        if (mine or 0) >= MAX_FAILED_PER_REPORTER or (session.scalar(failed) or 0) >= MAX_FAILED_OVERALL:
            audit(session, "gateway", "receipt.locked", "conversation", conversation.id)
            return CodeResult("locked")
        signal = session.scalar(select(Signal).where(Signal.receipt_hash == hash_receipt(code, store.receipt_salt)))
        if signal is None:
            session.add(ReceiptAttempt(reporter_pseudonym=conversation.reporter_pseudonym))
            audit(session, "gateway", "receipt.unknown", "conversation", conversation.id)
            return CodeResult("unknown")
        conversation.followup_signal_id = signal.id
        unseen = session.scalars(
            select(FollowUp)
            .where(FollowUp.signal_id == signal.id, FollowUp.direction == "out", FollowUp.seen_at.is_(None))
            .order_by(FollowUp.id)
        ).all()
        for reply in unseen:
            reply.seen_at = utcnow()
        audit(session, "gateway", "followup.opened", "signal", signal.id, conversation=conversation.id)
        return CodeResult("ok", [store.cipher.decrypt(reply.text_enc) for reply in unseen])


def add(store: Store, conversation_id: str, signal_id: str, text: str) -> None:
    with store.transaction() as session:
        session.add(
            FollowUp(
                signal_id=signal_id,
                conversation_id=conversation_id,
                direction="in",
                author="reporter",
                text_enc=store.cipher.encrypt(text),
            )
        )
        audit(session, "gateway", "followup.added", "signal", signal_id, conversation=conversation_id)


def end(store: Store, conversation_id: str) -> None:
    with store.transaction() as session:
        session.get_one(Conversation, conversation_id).followup_signal_id = None


def reply(store: Store, signal_id: str, staff_name: str, text: str) -> str | None:
    """A staff reply in the thread. Returns the conversation to deliver it to now, if the reporter is there."""
    with store.transaction() as session:
        live = session.scalar(
            select(Conversation.id).where(Conversation.followup_signal_id == signal_id, Conversation.state != "closed")
        )
        session.add(
            FollowUp(
                signal_id=signal_id,
                conversation_id=live,
                direction="out",
                author=staff_name,
                text_enc=store.cipher.encrypt(text),
                seen_at=utcnow() if live else None,
            )
        )
        return live


def thread(store: Store, signal_id: str) -> list[dict[str, str]]:
    with store.transaction() as session:
        rows = session.scalars(select(FollowUp).where(FollowUp.signal_id == signal_id).order_by(FollowUp.id)).all()
        return [
            {
                "direction": row.direction,
                "author": row.author,
                "text": store.cipher.decrypt(row.text_enc),
                "at": row.created_at.isoformat(),
                "seen": "yes" if row.seen_at else "no",
            }
            for row in rows
        ]
