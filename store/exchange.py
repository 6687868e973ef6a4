"""The delivery log of signals pushed to partner systems: one row per partner per signal, no content.

A row is the durable to-do item: the gateway's worker (channels/exchange.py) sends what is due, with
exponential back-off, until the partner acknowledges with a 2xx — across restarts, since only the row
counts. The row's id goes along as the delivery id, so a partner can drop a repeat.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import ForeignKey, Index, String, UniqueConstraint, select, update
from sqlalchemy.orm import Mapped, Session, mapped_column

from meldpunt.partners import Partner, PartnerConfigError, load_partners
from meldpunt.settings import Settings
from store.models import Base, Signal, new_id, utcnow

log = logging.getLogger(__name__)

DELIVERY_STATUSES = ("pending", "delivered", "failed")


class ExchangeDelivery(Base):
    __tablename__ = "exchange_deliveries"

    # Also the X-Meldpunt-Delivery id: the same for every attempt of this partner × signal.
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    partner: Mapped[str] = mapped_column(String(64))
    signal_id: Mapped[str] = mapped_column(ForeignKey("signals.id", ondelete="CASCADE"), index=True)
    # pending (to be sent; retried) → delivered (a 2xx) | failed (refused for good: a 4xx, or not sendable)
    status: Mapped[str] = mapped_column(String(16), default="pending")
    attempts: Mapped[int] = mapped_column(default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_attempt_at: Mapped[datetime | None]
    last_status_code: Mapped[int | None]
    # The class of the last failure (http_500, timeout, connection, invalid_document, …), never a message.
    last_error: Mapped[str | None] = mapped_column(String(32))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    delivered_at: Mapped[datetime | None]

    __table_args__ = (
        UniqueConstraint("partner", "signal_id"),
        Index("ix_exchange_deliveries_due", "status", "next_attempt_at"),
    )


_last_problem: list[str] = []  # the last configuration problem logged, so that polling does not repeat it


def partners_or_none(settings: Settings) -> dict[str, Partner]:
    """The partners, or none (logged once per problem) when the list is unusable: a signal is never lost to it."""
    try:
        partners = load_partners(settings)
    except PartnerConfigError as exc:
        if _last_problem != [str(exc)]:
            log.error("exchange: partner list unusable, nothing is sent: %s", exc)
            _last_problem[:] = [str(exc)]
        return {}
    _last_problem.clear()
    return partners


def enqueue(session: Session, signal: Signal, partners: dict[str, Partner], only: str | None = None) -> list[str]:
    """Add the signal to the delivery log of every partner that wants it (or of `only`). Returns the partners
    newly queued; a partner that already has the signal is left as it is."""
    fields = {"triage": signal.triage, "municipality": signal.municipality, "forms": signal.forms}
    chosen = [p for p in partners.values() if (p.name == only if only else p.wants(fields)) and p.url]
    have = set(session.scalars(select(ExchangeDelivery.partner).where(ExchangeDelivery.signal_id == signal.id)))
    queued = [p.name for p in chosen if p.name not in have]
    for name in queued:
        session.add(ExchangeDelivery(partner=name, signal_id=signal.id))
    return queued


@dataclass(frozen=True)
class Claimed:
    delivery_id: str
    partner: str
    signal_id: str
    attempt: int


def claim_due(session: Session, now: datetime, lease: timedelta, signal_id: str | None = None) -> list[Claimed]:
    """Take the deliveries that are due. The claim is one UPDATE guarded by the attempt count, so two workers
    (two gateways, or the gateway and `meldpunt exchange push`) never both take the same attempt; the lease
    makes a claim that a stopped process left behind due again later."""
    query = select(ExchangeDelivery).where(
        ExchangeDelivery.status == "pending", ExchangeDelivery.next_attempt_at <= now
    )
    if signal_id is not None:
        query = query.where(ExchangeDelivery.signal_id == signal_id)
    claimed: list[Claimed] = []
    for row in session.scalars(query.order_by(ExchangeDelivery.next_attempt_at).limit(50)).all():
        taken = session.execute(
            update(ExchangeDelivery)
            .where(ExchangeDelivery.id == row.id, ExchangeDelivery.attempts == row.attempts)
            .values(attempts=row.attempts + 1, next_attempt_at=now + lease, last_attempt_at=now)
            .execution_options(synchronize_session=False)
        )
        if taken.rowcount == 1:  # type: ignore[attr-defined]
            claimed.append(Claimed(row.id, row.partner, row.signal_id, row.attempts + 1))
    return claimed


def record(
    session: Session,
    claimed: Claimed,
    outcome: str,
    *,
    status_code: int | None = None,
    error: str | None = None,
    retry_at: datetime | None = None,
) -> None:
    """The result of one attempt: delivered, failed (for good), or pending again at retry_at."""
    row = session.get(ExchangeDelivery, claimed.delivery_id)
    if row is None:  # the signal was erased or expired meanwhile
        return
    row.status, row.last_status_code, row.last_error = outcome, status_code, error
    if outcome == "delivered":
        row.delivered_at = utcnow()
    if outcome == "pending" and retry_at is not None:
        row.next_attempt_at = retry_at


def retry_now(session: Session, now: datetime, signal_id: str | None = None, include_failed: bool = False) -> int:
    """Make pending (and, when asked, failed) deliveries due at once: `meldpunt exchange push`."""
    statuses = ("pending", "failed") if include_failed else ("pending",)
    query = update(ExchangeDelivery).where(ExchangeDelivery.status.in_(statuses))
    if signal_id is not None:
        query = query.where(ExchangeDelivery.signal_id == signal_id)
    result = session.execute(
        query.values(status="pending", next_attempt_at=now).execution_options(synchronize_session=False)
    )
    return int(result.rowcount)  # type: ignore[attr-defined]
