"""Tables of the links between signals (store/links.py has the logic).

A linkage key is stored only as a keyed hash (HMAC-SHA256) with its kind; the value itself only encrypted,
in the row of the signal that contains it, so that staff of that signal can read it and nobody can search
by it. A link is a pair of signals that share at least one key hash.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from store.models import Base, new_id, utcnow


class SignalKey(Base):
    __tablename__ = "signal_keys"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    signal_id: Mapped[str] = mapped_column(ForeignKey("signals.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # meldpunt.linkkeys.KINDS
    key_hash: Mapped[str] = mapped_column(String(64), index=True)  # HMAC-SHA256 of kind + normal form
    value_enc: Mapped[str] = mapped_column(Text)  # the value as staff of this signal see it, encrypted

    __table_args__ = (UniqueConstraint("signal_id", "key_hash"),)


class SignalLink(Base):
    """A suggested link between two signals (signal_a < signal_b), and each side's decision.

    Each side is decided from its own region: a link inside one region is decided once for both sides; a
    link across regions counts as confirmed only when both regions' coordinators confirmed it.
    """

    __tablename__ = "signal_links"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    signal_a: Mapped[str] = mapped_column(ForeignKey("signals.id", ondelete="CASCADE"))
    signal_b: Mapped[str] = mapped_column(ForeignKey("signals.id", ondelete="CASCADE"), index=True)
    kinds: Mapped[list[str]] = mapped_column(JSON, default=list)  # the kinds of key they share: the reason
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    a_decision: Mapped[str | None] = mapped_column(String(16))  # confirmed | dismissed
    a_decided_by: Mapped[str | None] = mapped_column(ForeignKey("staff_accounts.id", ondelete="SET NULL"))
    a_decided_at: Mapped[datetime | None]
    b_decision: Mapped[str | None] = mapped_column(String(16))
    b_decided_by: Mapped[str | None] = mapped_column(ForeignKey("staff_accounts.id", ondelete="SET NULL"))
    b_decided_at: Mapped[datetime | None]

    __table_args__ = (UniqueConstraint("signal_a", "signal_b"),)  # also the index for lookups by signal_a

    @property
    def status(self) -> str:
        """dismissed (by either side) · confirmed (by both) · suggested."""
        if "dismissed" in (self.a_decision, self.b_decision):
            return "dismissed"
        if self.a_decision == "confirmed" and self.b_decision == "confirmed":
            return "confirmed"
        return "suggested"
