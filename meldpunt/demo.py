"""Demo data for the dashboard and the council report: realistic, made-up signals with staff handling.

Everything demo data creates is recorded in the audit log as created by the actor `demo-data` (signals, their
conversations and the demo staff accounts), and the demo staff act as `staff:demo-…` accounts that are disabled
(nobody can log in with them). `remove` finds demo rows by exactly those entries, so real rows are never touched.
No reporter text is made up beyond one fixed sentence that says the signal is demo data.
"""

from __future__ import annotations

import random
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Final
from zoneinfo import ZoneInfo

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from store.audit import audit
from store.db import Store
from store.models import AuditEntry, Conversation, Signal, utcnow
from store.staff import SignalCase, SignalNote, StaffAccount
from store.trends import STANDARD_24H, deadline, standard_of

ACTOR: Final = "demo-data"
STAFF: Final = ("demo-anna", "demo-bram", "demo-carla")
DESCRIPTION: Final = "Demo-signaal: gegenereerde testgegevens, geen echte melding."
NOTE: Final = "Demo-notitie: gegenereerd."

# Rough weights from domain.md §5 (forms, nationalities → languages) and municipality sizes (§5.4).
FORMS: Final = {"sexual": 34, "labour": 30, "criminal": 18, "begging": 4, "domestic_servitude": 5, "organ_removal": 1,
                "forced_marriage": 3, "surrogacy": 1, "illegal_adoption": 1, "unknown": 6}  # fmt: skip
MUNICIPALITIES: Final = {"hilversum": 36, "gooise_meren": 23, "huizen": 16, "wijdemeren": 9, "blaricum": 5,
                         "laren": 4, "eemnes": 4, "other": 2, "unknown": 1}  # fmt: skip
CHANNELS: Final = {"webchat": 45, "whatsapp": 20, "sms": 10, "telegram": 10, "api": 15}
ROLES: Final = {"victim": 20, "relative": 14, "friend": 13, "neighbour": 10, "colleague": 9, "client": 4,
                "professional": 24, "other": 6}  # fmt: skip
HOURLY: Final = [1, 1, 1, 1, 1, 1, 2, 3, 4, 5, 5, 5, 5, 5, 5, 5, 5, 5, 4, 4, 4, 3, 2, 2]  # more by day than at night
ANONYMITY: Final = {"anonymous": 45, "confidential": 35, "open": 20}
LANGUAGES: Final = {"nl": 70, "en": 10, "pl": 6, "ro": 4, "uk": 4, "bg": 2, "es": 2, "ru": 2}
REFERRALS: Final = {"politie": 35, "nla": 25, "zorgcoordinator": 30, "comensha": 15, "mma": 5}
DECISIONS: Final = {"overdracht_lokaal_team": 30, "overdracht_hulpverlening": 20, "eigen_onderzoek": 15,
                    "politie": 15, "voorwaarden_en_vervolg": 8, "raad_voor_de_kinderbescherming": 4,
                    "einde_bemoeienis": 8}  # fmt: skip


@dataclass(frozen=True)
class DemoSummary:
    signals: int
    conversations: int
    accounts: int
    audit_entries: int


class RealDataPresent(Exception):
    """The store holds signals that are not demo data."""


def _pick(rng: random.Random, weights: dict[str, int]) -> str:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def _chance(rng: random.Random, p: float) -> bool:
    return rng.random() < p


def demo_signal_ids(session: Session) -> list[str]:
    rows = session.scalars(
        select(AuditEntry.object_id).where(AuditEntry.actor == ACTOR, AuditEntry.action == "signal.created")
    )
    return [r for r in rows if r]


def count_real_signals(session: Session) -> int:
    demo = set(demo_signal_ids(session))
    total = session.scalar(select(func.count()).select_from(Signal)) or 0
    if not demo:
        return int(total)
    present = session.scalar(select(func.count()).select_from(Signal).where(Signal.id.in_(demo))) or 0
    return int(total) - int(present)


def _accounts(session: Session, now: datetime) -> dict[str, str]:
    """The demo staff accounts (created once, disabled: they exist so assignments show a name)."""
    found = {a.name: a.id for a in session.scalars(select(StaffAccount).where(StaffAccount.name.in_(STAFF)))}
    for name in STAFF:
        if name in found:
            continue
        account = StaffAccount(
            name=name,
            role="coordinator" if name == "demo-carla" else "staff",
            password_hash="!demo:" + secrets.token_hex(8),  # not an Argon2 hash: no password ever matches
            password_is_temporary=False,
            disabled_at=now,
        )
        session.add(account)
        session.flush()
        audit(session, ACTOR, "account.created", "staff_account", account.id, name=name, demo=True)
        found[name] = account.id
    return found


def _working_hours_later(rng: random.Random, start: datetime, tz: ZoneInfo, days: float) -> datetime:
    """A moment about `days` working days after `start`, during office hours (how staff really answer)."""
    at = start.astimezone(tz)
    whole = int(days)
    while whole > 0:
        at += timedelta(days=1)
        if at.weekday() < 5:
            whole -= 1
    while at.weekday() >= 5:
        at += timedelta(days=1)
    at = at.replace(hour=rng.randint(9, 16), minute=rng.randint(0, 59))
    return max(at, start.astimezone(tz) + timedelta(minutes=20))


def _received_times(rng: random.Random, count: int, months: int, now: datetime) -> list[datetime]:
    """Spread over the months, more in the daytime, with a campaign peak in one month."""
    start = now - timedelta(days=30 * months)
    peak = start + timedelta(days=30 * rng.randint(1, max(1, months - 2)))
    times = []
    for _ in range(count):
        if _chance(rng, 0.18):
            at = peak + timedelta(days=rng.uniform(0, 30))
        else:
            at = start + timedelta(days=rng.uniform(0, 30 * months))
        hour = rng.choices(range(24), weights=HOURLY)[0]
        at = at.replace(hour=hour, minute=rng.randint(0, 59), second=rng.randint(0, 59), microsecond=0)
        times.append(min(at, now - timedelta(minutes=30)))
    return sorted(times)


def generate(
    store: Store, count: int = 140, months: int = 9, seed: int = 6, force: bool = False, now: datetime | None = None
) -> DemoSummary:
    """Add `count` demo signals received over the last `months` months. Refuses on a store with real signals
    unless `force` (demo rows stay removable either way)."""
    if count < 1 or months < 1:
        raise ValueError("count and months must be at least 1")
    rng = random.Random(seed)  # noqa: S311 -- made-up data, reproducible by seed; nothing secret
    now = now or utcnow()
    tz = ZoneInfo(store.settings.staff_timezone)
    with store.transaction() as session:
        if not force and count_real_signals(session) > 0:
            raise RealDataPresent("the store already holds signals that are not demo data")
        entries_before = session.scalar(select(func.count()).select_from(AuditEntry)) or 0
        staff = _accounts(session, now)
        conversations = 0
        for received in _received_times(rng, count, months, now):
            conversations += _one_signal(session, store, rng, received, now, tz, staff)
        entries_after = session.scalar(select(func.count()).select_from(AuditEntry)) or 0
        return DemoSummary(count, conversations, len(STAFF), int(entries_after) - int(entries_before))


def _one_signal(
    session: Session,
    store: Store,
    rng: random.Random,
    received: datetime,
    now: datetime,
    tz: ZoneInfo,
    staff: dict[str, str],
) -> int:
    channel = _pick(rng, CHANNELS)
    anonymity = _pick(rng, ANONYMITY)
    acute = _chance(rng, 0.14)
    triage = ("T0" if _chance(rng, 0.3) else "T1") if acute else ("T2" if anonymity != "anonymous" else "T3")
    forms = [_pick(rng, FORMS)]
    if _chance(rng, 0.15):
        forms.append(_pick(rng, FORMS))
    forms = list(dict.fromkeys(forms))
    if _chance(rng, 0.03):
        forms = []  # an intake that ended before the form was asked
    language = _pick(rng, LANGUAGES)

    conversation_id = None
    if channel != "api":
        conversation = Conversation(
            channel=channel,
            reporter_pseudonym="demo-" + secrets.token_hex(16),  # never an HMAC (those are hex only)
            state="closed",
            language=language,
            triage=triage,
            created_at=received - timedelta(minutes=rng.randint(4, 25)),
            updated_at=received,
            closed_at=received + timedelta(minutes=rng.randint(1, 30)),
        )
        session.add(conversation)
        session.flush()
        conversation_id = conversation.id

    signal = Signal(
        conversation_id=conversation_id,
        received_at=received,
        channel=channel,
        language=language,
        triage=triage,
        acute=acute,
        reporter_role=_pick(rng, ROLES) if _chance(rng, 0.96) else None,
        anonymity=anonymity,
        forms=forms,
        municipality=_pick(rng, MUNICIPALITIES) if _chance(rng, 0.97) else None,
        minors_involved=True if _chance(rng, 0.16) else None,
        indicators=[],
        description_enc=store.cipher.encrypt(DESCRIPTION),
    )
    session.add(signal)
    session.flush()
    session.add(AuditEntry(at=received, actor=ACTOR, action="signal.created", object_type="signal",
                           object_id=signal.id, detail={"triage": triage, "demo": True}))  # fmt: skip
    _handle(session, store, rng, signal, received, now, tz, staff)
    return 1 if conversation_id else 0


def _staff_entry(session: Session, at: datetime, name: str, action: str, kind: str, object_id: str,
                 **detail: Any) -> None:  # fmt: skip
    session.add(AuditEntry(at=at, actor=f"staff:{name}", action=action, object_type=kind, object_id=object_id,
                           detail={**detail, "demo": True}))  # fmt: skip


def _handle(
    session: Session,
    store: Store,
    rng: random.Random,
    signal: Signal,
    received: datetime,
    now: datetime,
    tz: ZoneInfo,
    staff: dict[str, str],
) -> None:
    """The staff side: a first action mostly within the standard, then assessment and (often) an outcome."""
    standard = standard_of(signal.triage)
    due = deadline(received, standard, tz)
    if standard == STANDARD_24H:
        first = received + (
            timedelta(minutes=rng.randint(3, 240)) if _chance(rng, 0.86) else timedelta(hours=rng.uniform(25, 60))
        )
    else:
        days = rng.uniform(0.1, 4.5) if _chance(rng, 0.84) else rng.uniform(5.5, 9)
        first = _working_hours_later(rng, received, tz, days)
    if first > now or (due > now and _chance(rng, 0.5)):
        return  # not acted on yet (recent signals: some still open)
    worker = rng.choice(STAFF[:2])
    if signal.conversation_id and standard == STANDARD_24H:
        _staff_entry(session, first, worker, "conversation.taken_over", "conversation", signal.conversation_id)
        _staff_entry(session, first + timedelta(minutes=2), worker, "conversation.replied", "conversation",
                     signal.conversation_id)  # fmt: skip
    else:
        _staff_entry(session, first, "demo-carla", "signal.assigned", "signal", signal.id, to=staff[worker])
    case = SignalCase(signal_id=signal.id, assigned_to=staff[worker], doorverwezen_naar=[])
    session.add(case)
    note_at = first + timedelta(minutes=rng.randint(5, 120))
    session.add(SignalNote(signal_id=signal.id, author_id=staff[worker], text_enc=store.cipher.encrypt(NOTE),
                           created_at=note_at))  # fmt: skip
    _staff_entry(session, note_at, worker, "signal.note_added", "signal", signal.id)
    signal.status = "in_assessment"
    assessed = _working_hours_later(rng, first, tz, rng.uniform(0, 3))
    if assessed > now:
        return
    _staff_entry(session, assessed, worker, "signal.updated", "signal", signal.id, status_from="new",
                 status="in_assessment")  # fmt: skip
    decided = _working_hours_later(rng, assessed, tz, rng.uniform(1, 15))
    if decided > now or _chance(rng, 0.15):
        return
    _outcome(rng, signal, case, decided)
    _staff_entry(session, decided, worker, "signal.updated", "signal", signal.id, status_from="in_assessment",
                 status=signal.status)  # fmt: skip


def _outcome(rng: random.Random, signal: Signal, case: SignalCase, decided: datetime) -> None:
    case.triage_vt = signal.triage if not _chance(rng, 0.12) else rng.choice(("T2", "T3", "T4"))
    case.vb_besluit = _pick(rng, DECISIONS)
    referred: list[str] = []
    if _chance(rng, 0.6):
        referred.append(_pick(rng, REFERRALS))
        if _chance(rng, 0.3):
            referred.append(_pick(rng, REFERRALS))
    if "labour" in signal.forms and _chance(rng, 0.5):
        referred.append("nla")
    case.doorverwezen_naar = sorted(set(referred))
    case.comensha_aangemeld = True if _chance(rng, 0.3) else (False if _chance(rng, 0.5) else None)
    if case.comensha_aangemeld:
        case.type_dossier = rng.choice(("registratie", "registratie_opvang", "registratie_informatie_advies"))
    case.bedenktijd_aangeboden = _pick(rng, {"ja": 15, "nee": 45, "onbekend": 40})
    case.aangifte = _pick(rng, {"ja": 20, "nee": 50, "onbekend": 30})
    case.opvang = True if _chance(rng, 0.2) else (False if _chance(rng, 0.6) else None)
    if case.doorverwezen_naar and _chance(rng, 0.6):
        signal.status = "referred"
        case.overgedragen_aan = case.doorverwezen_naar[0]
        case.overdracht_tijd = decided
    else:
        signal.status = "closed"
        case.afgesloten_op = decided


def remove(store: Store) -> DemoSummary:
    """Delete everything demo data created: its signals (with their cases, notes and follow-ups), conversations,
    staff accounts, and the audit entries written by the demo actors. Recorded as `demo.removed`."""
    with store.transaction() as session:
        signal_ids = demo_signal_ids(session)
        account_ids = [
            r
            for r in session.scalars(
                select(AuditEntry.object_id).where(AuditEntry.actor == ACTOR, AuditEntry.action == "account.created")
            )
            if r
        ]
        names = list(session.scalars(select(StaffAccount.name).where(StaffAccount.id.in_(account_ids))))
        conversation_ids = _chunks_select(session, signal_ids)
        demo_conversations = set(conversation_ids) | set(
            session.scalars(select(Conversation.id).where(Conversation.reporter_pseudonym.startswith("demo-")))
        )
        actors = [ACTOR, *(f"staff:{n}" for n in names if n in STAFF)]
        entries = session.execute(delete(AuditEntry).where(AuditEntry.actor.in_(actors)))
        signals = 0
        for chunk in _chunked(signal_ids):
            signals += session.execute(delete(Signal).where(Signal.id.in_(chunk))).rowcount  # type: ignore[attr-defined]
        conversations = 0
        for chunk in _chunked(sorted(demo_conversations)):
            result = session.execute(delete(Conversation).where(Conversation.id.in_(chunk)))
            conversations += result.rowcount  # type: ignore[attr-defined]
        accounts = session.execute(delete(StaffAccount).where(StaffAccount.id.in_(account_ids))).rowcount  # type: ignore[attr-defined]
        audit(session, "cli", "demo.removed", "demo", None, signals=signals, conversations=conversations,
              accounts=accounts)  # fmt: skip
        return DemoSummary(signals, conversations, accounts, entries.rowcount)  # type: ignore[attr-defined]


def _chunked[T](ids: Sequence[T], size: int = 500) -> list[Sequence[T]]:
    return [ids[i : i + size] for i in range(0, len(ids), size)]


def _chunks_select(session: Session, signal_ids: list[str]) -> list[str]:
    found: list[str] = []
    for chunk in _chunked(signal_ids):
        found += [
            c for c in session.scalars(select(Signal.conversation_id).where(Signal.id.in_(chunk))) if c is not None
        ]
    return found
