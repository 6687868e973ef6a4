"""Trend figures for coordinators and the council: counts of signals per period, time to the first staff action
against the Veilig Thuis time standards, and outcomes (domain.md §3.3, §4.3, §4.5).

A pure query layer: functions take a Store (or a Session) and plain parameters and return plain data; nothing
here knows about HTTP or HTML, and nothing here decrypts reporter text. Volumes are tens to low hundreds of
signals a year, so the rows of a period are read once and counted in Python, which keeps the bucketing by
local week and month (Europe/Amsterdam) the same on SQLite and PostgreSQL.

Definitions (also in docs/trends.md):
- A signal belongs to the period in which it was received (`signals.received_at`, in the staff time zone).
- First staff action: the earliest audit-log entry written by a person in the console (actor `staff:…`) that
  changes something about the signal (`signal.assigned`, `signal.note_added`, `signal.updated` — status change
  or outcome edit —, `signal.followup_replied`) or about its conversation (`conversation.taken_over`,
  `conversation.replied`, `conversation.handed_back`, `conversation.closed`). Reading (`*.viewed`) and exporting
  are not actions. The audit log is written in the same transaction as each of these changes, so it is complete.
  A takeover before the signal was stored (the reporter was already talking with a person) counts as time 0.
- Time standard: the triage at intake (`signals.triage`, the bot's) decides it: T0/T1 → 24 hours; every other
  signal (T2, T3, T4, none) → 5 working days, i.e. before the end of the fifth working day (Monday–Friday)
  after the day of receipt, in the staff time zone. Public holidays are not modelled.
- within: first action before the deadline; late: first action at or after it, or none and the deadline has
  passed; open: none yet and the deadline has not passed (left out of the share within standard).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, Final, Literal
from zoneinfo import ZoneInfo

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from meldpunt.vocab import FORMS, MUNICIPALITIES, REPORTER_ROLES, TRIAGE_LEVELS
from store.db import Store
from store.models import AuditEntry, Signal, utcnow
from store.staff import SignalCase

Per = Literal["week", "month", "quarter"]
NOT_RECORDED: Final = "not_recorded"
CHANNELS: Final = ("webchat", "api", "sms", "whatsapp", "telegram")
REFERRAL_TARGETS: Final = ("politie", "nla", "zorgcoordinator", "comensha", "mma")
VB_DECISIONS: Final = ("eigen_onderzoek", "voorwaarden_en_vervolg", "overdracht_lokaal_team",
                       "overdracht_hulpverlening", "raad_voor_de_kinderbescherming", "politie",
                       "einde_bemoeienis")  # fmt: skip

# What counts as the first staff action (see the module docstring).
SIGNAL_ACTIONS: Final = ("signal.assigned", "signal.note_added", "signal.updated", "signal.followup_replied")
CONVERSATION_ACTIONS: Final = (
    "conversation.taken_over",
    "conversation.replied",
    "conversation.handed_back",
    "conversation.closed",
)
STAFF_ACTOR_PREFIX: Final = "staff:"
STANDARD_24H: Final = "24h"
STANDARD_5WD: Final = "5wd"
WORKING_DAYS: Final = 5

# The dimensions a coordinator can count by, with their values in display order (unknown values go last).
DIMENSIONS: Final[dict[str, tuple[str, ...]]] = {
    "form": (*FORMS, NOT_RECORDED),
    "municipality": (*[m for m in MUNICIPALITIES if m != "unknown"], "unknown"),
    "channel": CHANNELS,
    "reporter_role": (*REPORTER_ROLES, NOT_RECORDED),
    "triage": (*TRIAGE_LEVELS, NOT_RECORDED),
}
OUTCOMES: Final = (*(f"referred_{t}" for t in REFERRAL_TARGETS), "comensha_aangemeld", "bedenktijd_aangeboden",
                   "aangifte", "opvang")  # fmt: skip


# ------------------------------------------------------------------------------------------------ periods
@dataclass(frozen=True)
class Window:
    """Local dates `since` … `until` (both included) in a time zone; queried as a half-open UTC interval."""

    since: date
    until: date
    tz: ZoneInfo

    def __post_init__(self) -> None:
        if self.until < self.since:
            raise ValueError("the end date lies before the start date")

    @property
    def start(self) -> datetime:
        return datetime.combine(self.since, time(0), self.tz).astimezone(UTC)

    @property
    def end(self) -> datetime:
        return datetime.combine(self.until + timedelta(days=1), time(0), self.tz).astimezone(UTC)


def period_of(day: date, per: Per) -> str:
    if per == "week":
        year, week, _ = day.isocalendar()
        return f"{year}-W{week:02d}"
    if per == "quarter":
        return f"{day.year}-Q{(day.month - 1) // 3 + 1}"
    return f"{day.year}-{day.month:02d}"


def periods(window: Window, per: Per) -> list[str]:
    """Every period that the window touches, in order (empty periods included, so a chart's axis is honest)."""
    keys: list[str] = []
    day = window.since
    while day <= window.until:
        key = period_of(day, per)
        if not keys or keys[-1] != key:
            keys.append(key)
        day += timedelta(days=1)
    return keys


def period_window(period: str, tz: ZoneInfo) -> Window:
    """The window of a month ("2026-07") or a quarter ("2026-Q3"); ValueError for anything else."""
    text = period.strip().upper()
    try:
        if "-Q" in text:
            year, quarter = int(text[:4]), int(text.split("-Q", 1)[1])
            if not 1 <= quarter <= 4 or len(text) != 7:
                raise ValueError
            first_month = 3 * (quarter - 1) + 1
            since = date(year, first_month, 1)
            until = _month_end(date(year, first_month + 2, 1))
        else:
            year, month = int(text[:4]), int(text[5:])
            if len(text) != 7 or text[4] != "-":
                raise ValueError
            since = date(year, month, 1)
            until = _month_end(since)
    except (ValueError, IndexError):
        raise ValueError(f"period must be a month (2026-07) or a quarter (2026-Q3), not {period!r}") from None
    return Window(since, until, tz)


def _month_end(first: date) -> date:
    following = date(first.year + first.month // 12, first.month % 12 + 1, 1)
    return following - timedelta(days=1)


# ------------------------------------------------------------------------------------------------ time standards
def standard_of(triage: str | None) -> str:
    return STANDARD_24H if triage in ("T0", "T1") else STANDARD_5WD


def deadline(received_at: datetime, standard: str, tz: ZoneInfo) -> datetime:
    """When the first staff action is due: 24 hours later, or the end of the fifth working day after the day
    of receipt (Monday–Friday in `tz`; public holidays are not modelled)."""
    if standard == STANDARD_24H:
        return received_at + timedelta(hours=24)
    day = received_at.astimezone(tz).date()
    counted = 0
    while counted < WORKING_DAYS:
        day += timedelta(days=1)
        if day.weekday() < 5:
            counted += 1
    return datetime.combine(day + timedelta(days=1), time(0), tz).astimezone(UTC)


def timing_status(received_at: datetime, first_action: datetime | None, due: datetime, now: datetime) -> str:
    if first_action is not None:
        return "within" if first_action < due else "late"
    return "late" if now >= due else "open"


# ------------------------------------------------------------------------------------------------ rows
@dataclass(frozen=True)
class SignalFacts:
    """What the figures need of one signal: categories and handling, never reporter text."""

    id: str
    received_at: datetime
    channel: str
    triage: str | None
    reporter_role: str | None
    anonymity: str | None
    forms: tuple[str, ...]
    municipality: str | None
    minors_involved: bool | None
    triage_vt: str | None = None
    vb_besluit: str | None = None
    doorverwezen_naar: tuple[str, ...] = ()
    comensha_aangemeld: bool | None = None
    bedenktijd_aangeboden: str | None = None
    aangifte: str | None = None
    opvang: bool | None = None
    first_action_at: datetime | None = None
    extra: dict[str, Any] = field(default_factory=dict, compare=False)

    def values(self, dimension: str) -> tuple[str, ...]:
        """The dimension's values for this signal: several for forms (a signal can name more than one)."""
        if dimension == "form":
            return tuple(dict.fromkeys(self.forms)) or (NOT_RECORDED,)
        if dimension == "municipality":
            return (self.municipality or "unknown",)
        if dimension == "channel":
            return (self.channel,)
        if dimension == "reporter_role":
            return (self.reporter_role or NOT_RECORDED,)
        if dimension == "triage":
            return (self.triage or NOT_RECORDED,)
        raise ValueError(f"unknown dimension {dimension!r}")

    @property
    def kind(self) -> str:
        """advies, melding or anoniem signaal (domain.md §0.3, §3.5), as docs/trends.md defines them:
        reporter not known to Veilig Thuis (anonymity `anonymous` or not recorded) → anonymous signal;
        known, and triaged as a melding (VT's own triage if set, else the bot's: T0–T2) → melding;
        known and triaged T3/T4 or not at all → advies."""
        if self.anonymity not in ("confidential", "open"):
            return "anoniem"
        triage = self.triage_vt or self.triage
        return "melding" if triage in ("T0", "T1", "T2") else "advies"

    def outcomes(self) -> tuple[str, ...]:
        found = [f"referred_{t}" for t in REFERRAL_TARGETS if t in self.doorverwezen_naar]
        if self.comensha_aangemeld:
            found.append("comensha_aangemeld")
        if self.bedenktijd_aangeboden == "ja":
            found.append("bedenktijd_aangeboden")
        if self.aangifte == "ja":
            found.append("aangifte")
        if self.opvang:
            found.append("opvang")
        return tuple(found)


def _region_filter(query: Select[Any], region: str | None, municipalities: Sequence[str] | None) -> Select[Any]:
    """Restrict to one region: by the `region` column where the store has one (added with the multi-region
    work; until then there is one region and the parameter changes nothing), and/or by municipalities."""
    if region is not None:
        column = Signal.__table__.c.get("region")
        if column is not None:
            query = query.where(column == region)
    if municipalities:
        query = query.where(Signal.municipality.in_(list(municipalities)))
    return query


def _first_actions(session: Session) -> tuple[Any, Any]:
    """Subqueries: per signal id and per conversation id, the time of the earliest staff action."""
    staff = AuditEntry.actor.startswith(STAFF_ACTOR_PREFIX)
    on_signal = (
        select(AuditEntry.object_id.label("object_id"), func.min(AuditEntry.at).label("first_at"))
        .where(staff, AuditEntry.object_type == "signal", AuditEntry.action.in_(SIGNAL_ACTIONS))
        .group_by(AuditEntry.object_id)
        .subquery()
    )
    on_conversation = (
        select(AuditEntry.object_id.label("object_id"), func.min(AuditEntry.at).label("first_at"))
        .where(staff, AuditEntry.object_type == "conversation", AuditEntry.action.in_(CONVERSATION_ACTIONS))
        .group_by(AuditEntry.object_id)
        .subquery()
    )
    return on_signal, on_conversation


def signal_facts(
    session: Session, window: Window, region: str | None = None, municipalities: Sequence[str] | None = None
) -> list[SignalFacts]:
    """The signals received in the window, with their handling and first staff action, oldest first."""
    on_signal, on_conversation = _first_actions(session)
    query = (
        select(Signal, SignalCase, on_signal.c.first_at, on_conversation.c.first_at)
        .outerjoin(SignalCase, SignalCase.signal_id == Signal.id)
        .outerjoin(on_signal, on_signal.c.object_id == Signal.id)
        .outerjoin(on_conversation, on_conversation.c.object_id == Signal.conversation_id)
        .where(Signal.received_at >= window.start, Signal.received_at < window.end)
        .order_by(Signal.received_at, Signal.id)
    )
    rows = session.execute(_region_filter(query, region, municipalities)).all()
    facts = []
    for signal, case, signal_first, conversation_first in rows:
        firsts = [_aware(at) for at in (signal_first, conversation_first) if at is not None]
        first = max(min(firsts), signal.received_at) if firsts else None  # a takeover before the signal: time 0
        facts.append(
            SignalFacts(
                id=signal.id,
                received_at=signal.received_at,
                channel=signal.channel,
                triage=signal.triage,
                reporter_role=signal.reporter_role,
                anonymity=signal.anonymity,
                forms=tuple(signal.forms or ()),
                municipality=signal.municipality,
                minors_involved=signal.minors_involved,
                triage_vt=case.triage_vt if case else None,
                vb_besluit=case.vb_besluit if case else None,
                doorverwezen_naar=tuple(case.doorverwezen_naar or ()) if case else (),
                comensha_aangemeld=case.comensha_aangemeld if case else None,
                bedenktijd_aangeboden=case.bedenktijd_aangeboden if case else None,
                aangifte=case.aangifte if case else None,
                opvang=case.opvang if case else None,
                first_action_at=first,
            )
        )
    return facts


def _aware(at: datetime | str) -> datetime:
    """MIN() over a timestamp comes back as text on SQLite (the aggregate loses the column type there)."""
    if isinstance(at, str):
        at = datetime.fromisoformat(at)
    return at.replace(tzinfo=UTC) if at.tzinfo is None else at.astimezone(UTC)


# ------------------------------------------------------------------------------------------------ figures
@dataclass(frozen=True)
class Timing:
    signal_id: str
    period: str
    standard: str
    received_at: datetime
    deadline: datetime
    first_action_at: datetime | None
    status: str  # within | late | open

    @property
    def hours(self) -> float | None:
        if self.first_action_at is None:
            return None
        return (self.first_action_at - self.received_at).total_seconds() / 3600


def timings(facts: Iterable[SignalFacts], per: Per, tz: ZoneInfo, now: datetime | None = None) -> list[Timing]:
    now = now or utcnow()
    out = []
    for f in facts:
        standard = standard_of(f.triage)
        due = deadline(f.received_at, standard, tz)
        out.append(
            Timing(
                f.id,
                period_of(f.received_at.astimezone(tz).date(), per),
                standard,
                f.received_at,
                due,
                f.first_action_at,
                timing_status(f.received_at, f.first_action_at, due, now),
            )
        )
    return out


def share_within(within: int, late: int) -> float | None:
    return round(100 * within / (within + late), 1) if within + late else None


def dashboard(
    store: Store,
    window: Window,
    per: Per,
    region: str | None = None,
    municipalities: Sequence[str] | None = None,
    now: datetime | None = None,
) -> dict[str, Any]:
    """Everything the coordinator dashboard draws, as JSON-ready data (the page embeds it as it is)."""
    with store.transaction() as session:
        facts = signal_facts(session, window, region, municipalities)
    keys = periods(window, per)
    index = {key: i for i, key in enumerate(keys)}

    def local_period(f: SignalFacts) -> str:
        return period_of(f.received_at.astimezone(window.tz).date(), per)

    by: dict[str, dict[str, list[int]]] = {}
    for dimension, known in DIMENSIONS.items():
        counts: Counter[tuple[str, str]] = Counter()
        for f in facts:
            for value in f.values(dimension):
                counts[(value, local_period(f))] += 1
        seen = {value for value, _ in counts}
        order = [v for v in known if v in seen] + sorted(seen - set(known))
        by[dimension] = {v: [counts[(v, k)] for k in keys] for v in order}

    totals = [0] * len(keys)
    for f in facts:
        totals[index[local_period(f)]] += 1

    timing_rows = timings(facts, per, window.tz, now)
    action: dict[str, dict[str, list[int]]] = {
        standard: {status: [0] * len(keys) for status in ("within", "late", "open")}
        for standard in (STANDARD_24H, STANDARD_5WD)
    }
    for t in timing_rows:
        action[t.standard][t.status][index[t.period]] += 1
    summary = {}
    for standard, series in action.items():
        within, late, still_open = sum(series["within"]), sum(series["late"]), sum(series["open"])
        hours = sorted(h for t in timing_rows if t.standard == standard and (h := t.hours) is not None)
        summary[standard] = {
            "within": within,
            "late": late,
            "open": still_open,
            "share_within": share_within(within, late),
            "median_hours": round(_median(hours), 1) if hours else None,
        }

    outcomes = {name: [0] * len(keys) for name in OUTCOMES}
    for f in facts:
        for name in f.outcomes():
            outcomes[name][index[local_period(f)]] += 1

    return {
        "per": per,
        "since": window.since.isoformat(),
        "until": window.until.isoformat(),
        "periods": keys,
        "total": totals,
        "by": by,
        "time_to_action": {"series": action, "summary": summary},
        "outcomes": outcomes,
    }


def _median(values: list[float]) -> float:
    middle = len(values) // 2
    return values[middle] if len(values) % 2 else (values[middle - 1] + values[middle]) / 2
