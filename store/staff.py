"""Staff accounts, their sessions, who holds a conversation, and the handling of a signal.

Passwords are Argon2id hashes; TOTP secrets are encrypted with the field key; a session is stored only as
the SHA-256 of its token. Nothing here holds reporter text except signal notes (encrypted).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Boolean, ForeignKey, Integer, String, Text, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Mapped, Session, mapped_column

from store.models import DEFAULT_REGION, Base, new_id, utcnow

ROLES = ("staff", "coordinator", "admin")
SIGNAL_STATUSES = ("new", "in_assessment", "referred", "closed")


class StaffAccount(Base):
    __tablename__ = "staff_accounts"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    role: Mapped[str] = mapped_column(String(16))  # staff | coordinator | admin
    password_hash: Mapped[str] = mapped_column(String(256))
    # A one-time password (from the CLI) must be replaced at the next login, together with TOTP enrolment.
    password_is_temporary: Mapped[bool] = mapped_column(Boolean, default=True)
    totp_secret_enc: Mapped[str | None] = mapped_column(Text)
    totp_enrolled: Mapped[bool] = mapped_column(Boolean, default=False)
    # The last TOTP time step used: a code is never accepted twice.
    totp_last_step: Mapped[int] = mapped_column(Integer, default=0)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None]
    language: Mapped[str] = mapped_column(String(2), default="nl")
    # Staff and coordinators see only their region's signals (meldpunt/regions.py); admins work across regions.
    region: Mapped[str] = mapped_column(String(32), default=DEFAULT_REGION)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    disabled_at: Mapped[datetime | None]


class StaffSession(Base):
    __tablename__ = "staff_sessions"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    account_id: Mapped[str] = mapped_column(ForeignKey("staff_accounts.id", ondelete="CASCADE"), index=True)
    # password (second factor still due) | enrol (first login: new password and TOTP) | full
    stage: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_seen_at: Mapped[datetime] = mapped_column(default=utcnow)


class ConversationHold(Base):
    """The staff side of a conversation: who holds it, since when it waits, what the reporter was told."""

    __tablename__ = "conversation_holds"

    conversation_id: Mapped[str] = mapped_column(ForeignKey("conversations.id", ondelete="CASCADE"), primary_key=True)
    held_by: Mapped[str | None] = mapped_column(ForeignKey("staff_accounts.id", ondelete="SET NULL"))
    taken_at: Mapped[datetime | None]
    waiting_since: Mapped[datetime | None]
    # none | timeout | off_hours: the honest notice the reporter got while waiting (sent once per wait).
    notice: Mapped[str | None] = mapped_column(String(16))


def locked_hold(session: Session, conversation_id: str) -> ConversationHold:
    """The conversation's hold row, created if missing and locked (PostgreSQL) until the transaction ends.

    A staff takeover and the console's wait-notice poller both create this row; a plain get-then-add lets
    both INSERT at once and one of them fail. INSERT .. ON CONFLICT DO NOTHING followed by SELECT .. FOR
    UPDATE makes the second writer wait for the first and then see its row.
    """
    dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
    session.execute(dialect.insert(ConversationHold).values(conversation_id=conversation_id).on_conflict_do_nothing())
    query = select(ConversationHold).where(ConversationHold.conversation_id == conversation_id)
    return session.execute(query.with_for_update().execution_options(populate_existing=True)).scalar_one()


class SignalCase(Base):
    """Veilig Thuis's handling of a signal: assignment and the outcome fields (domain.md §4.3)."""

    __tablename__ = "signal_cases"

    signal_id: Mapped[str] = mapped_column(ForeignKey("signals.id", ondelete="CASCADE"), primary_key=True)
    assigned_to: Mapped[str | None] = mapped_column(ForeignKey("staff_accounts.id", ondelete="SET NULL"))
    triage_vt: Mapped[str | None] = mapped_column(String(2))
    vb_besluit: Mapped[str | None] = mapped_column(String(32))
    doorverwezen_naar: Mapped[list[str]] = mapped_column(JSON, default=list)
    overgedragen_aan: Mapped[str | None] = mapped_column(String(64))
    overdracht_tijd: Mapped[datetime | None]
    comensha_aangemeld: Mapped[bool | None]
    type_dossier: Mapped[str | None] = mapped_column(String(32))
    bedenktijd_aangeboden: Mapped[str | None] = mapped_column(String(8))
    aangifte: Mapped[str | None] = mapped_column(String(8))
    opvang: Mapped[bool | None]
    afgesloten_op: Mapped[datetime | None]
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class SignalNote(Base):
    __tablename__ = "signal_notes"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    signal_id: Mapped[str] = mapped_column(ForeignKey("signals.id", ondelete="CASCADE"), index=True)
    author_id: Mapped[str | None] = mapped_column(ForeignKey("staff_accounts.id", ondelete="SET NULL"))
    text_enc: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
