"""The dashboard's figures equal counts taken straight from the database with independent SQL (SQLite and
PostgreSQL), and the first staff action and the time standards mean what docs/trends.md says."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import bindparam, text

from meldpunt import demo
from store import trends
from store.db import Store
from store.models import AuditEntry, Conversation, Signal, UTCDateTime
from store.staff import SignalCase

TZ = ZoneInfo("Europe/Amsterdam")
NOW = datetime(2026, 7, 15, 10, 0, tzinfo=UTC)
WINDOW = trends.Window(date(2026, 1, 1), date(2026, 7, 15), TZ)
STAFF_SIGNAL_ACTIONS = "('signal.assigned', 'signal.note_added', 'signal.updated', 'signal.followup_replied')"
STAFF_CONVERSATION_ACTIONS = (
    "('conversation.taken_over', 'conversation.replied', 'conversation.handed_back', 'conversation.closed')"
)


def local(*args: int) -> datetime:
    return datetime(*args, tzinfo=TZ).astimezone(UTC)


def month_bounds(period: str) -> tuple[datetime, datetime]:
    year, month = int(period[:4]), int(period[5:7])
    first = date(year, month, 1)
    following = date(year + month // 12, month % 12 + 1, 1)
    start = max(datetime.combine(first, time(0), TZ), datetime.combine(WINDOW.since, time(0), TZ))
    end = min(datetime.combine(following, time(0), TZ), datetime.combine(WINDOW.until + timedelta(1), time(0), TZ))
    return start.astimezone(UTC), end.astimezone(UTC)


def sql(store: Store, statement: str, **params: Any) -> list[Any]:
    """Hand-written SQL; timestamps bound through the store's own column type so both backends compare alike."""
    query = text(statement).bindparams(
        *(bindparam(name, type_=UTCDateTime()) for name, value in params.items() if isinstance(value, datetime))
    )
    with store.engine.connect() as conn:
        return list(conn.execute(query, params).all())


def json_values(store: Store, column: str, alias: str) -> str:
    """A FROM item that yields the elements of a JSON array column as `alias`.value."""
    if store.engine.dialect.name == "sqlite":
        return f"json_each({column}) AS {alias}"
    return f"json_array_elements_text({column}) AS {alias}(value)"


@pytest.fixture
def demo_store(store: Store) -> Store:
    demo.generate(store, count=150, months=7, seed=11, now=NOW)
    return store


def test_signal_counts_per_month_equal_independent_sql(demo_store: Store) -> None:
    store = demo_store
    figures = trends.dashboard(store, WINDOW, "month", now=NOW)
    assert figures["periods"] == ["2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06", "2026-07"]
    assert sum(figures["total"]) > 100
    where = "s.received_at >= :a AND s.received_at < :b"
    for i, period in enumerate(figures["periods"]):
        a, b = month_bounds(period)
        [(total,)] = sql(store, f"SELECT COUNT(*) FROM signals s WHERE {where}", a=a, b=b)
        assert figures["total"][i] == total, period
        for dimension, column, missing in (
            ("municipality", "s.municipality", "unknown"),
            ("channel", "s.channel", "none"),
            ("reporter_role", "s.reporter_role", "not_recorded"),
            ("triage", "s.triage", "not_recorded"),
        ):
            expected = dict(sql(store, f"SELECT COALESCE({column}, :missing), COUNT(*) FROM signals s WHERE {where} "
                                       "GROUP BY COALESCE({column}, :missing)".replace("{column}", column),
                                a=a, b=b, missing=missing))  # fmt: skip
            shown = {value: counts[i] for value, counts in figures["by"][dimension].items() if counts[i]}
            assert shown == expected, (period, dimension)
        each_form = json_values(store, "s.forms", "f")
        forms = dict(sql(store, f"SELECT f.value, COUNT(DISTINCT s.id) FROM signals s, {each_form} WHERE {where} "
                                "GROUP BY f.value", a=a, b=b))  # fmt: skip
        [(no_form,)] = sql(store, f"SELECT COUNT(*) FROM signals s WHERE {where} AND json_array_length(s.forms) = 0",
                           a=a, b=b)  # fmt: skip
        if no_form:
            forms["not_recorded"] = no_form
        assert {v: c[i] for v, c in figures["by"]["form"].items() if c[i]} == forms, period


def test_outcome_counts_equal_independent_sql(demo_store: Store) -> None:
    store = demo_store
    figures = trends.dashboard(store, WINDOW, "month", now=NOW)
    assert sum(sum(counts) for counts in figures["outcomes"].values()) > 20
    base = ("SELECT COUNT(*) FROM signals s JOIN signal_cases c ON c.signal_id = s.id "
            "WHERE s.received_at >= :a AND s.received_at < :b AND ")  # fmt: skip
    for i, period in enumerate(figures["periods"]):
        a, b = month_bounds(period)
        for target in trends.REFERRAL_TARGETS:
            [(n,)] = sql(store, base + f"EXISTS (SELECT 1 FROM {json_values(store, 'c.doorverwezen_naar', 'r')} "
                                       "WHERE r.value = :target)", a=a, b=b, target=target)  # fmt: skip
            assert figures["outcomes"][f"referred_{target}"][i] == n, (period, target)
        for name, condition in (
            ("comensha_aangemeld", "c.comensha_aangemeld IS TRUE"),
            ("bedenktijd_aangeboden", "c.bedenktijd_aangeboden = 'ja'"),
            ("aangifte", "c.aangifte = 'ja'"),
            ("opvang", "c.opvang IS TRUE"),
        ):
            [(n,)] = sql(store, base + condition, a=a, b=b)
            assert figures["outcomes"][name][i] == n, (period, name)


def _due(received: datetime, triage: str | None) -> datetime:
    """The deadline, worked out independently: 24 h, or the end of the fifth weekday after the day of receipt."""
    if triage in ("T0", "T1"):
        return received + timedelta(hours=24)
    day = received.astimezone(TZ).date()
    weekdays = [day + timedelta(n) for n in range(1, 15) if (day + timedelta(n)).isoweekday() <= 5]
    return datetime.combine(weekdays[4] + timedelta(days=1), time(0), TZ).astimezone(UTC)


def test_time_to_first_staff_action_equals_independent_sql(demo_store: Store) -> None:
    store = demo_store
    figures = trends.dashboard(store, WINDOW, "month", now=NOW)
    rows = (
        text(f"""
        SELECT s.received_at, s.triage,
          (SELECT MIN(a.at) FROM audit_log a WHERE a.actor LIKE 'staff:%' AND (
             (a.object_type = 'signal' AND a.object_id = s.id AND a.action IN {STAFF_SIGNAL_ACTIONS}) OR
             (a.object_type = 'conversation' AND a.object_id = s.conversation_id
              AND a.action IN {STAFF_CONVERSATION_ACTIONS}))) AS first_at
        FROM signals s WHERE s.received_at >= :a AND s.received_at < :b""")
        .bindparams(bindparam("a", type_=UTCDateTime()), bindparam("b", type_=UTCDateTime()))
        .columns(received_at=UTCDateTime(), triage=None, first_at=UTCDateTime())  # type: ignore[arg-type]
    )
    with store.engine.connect() as conn:
        found = conn.execute(rows, {"a": WINDOW.start, "b": WINDOW.end}).all()
    expected: Counter[tuple[str, str, str]] = Counter()
    for received, triage, first_at in found:
        standard = "24h" if triage in ("T0", "T1") else "5wd"
        due = _due(received, triage)
        if first_at is not None:
            status = "within" if max(first_at, received) < due else "late"
        else:
            status = "late" if NOW >= due else "open"
        period = received.astimezone(TZ).strftime("%Y-%m")
        expected[(standard, status, period)] += 1
    series = figures["time_to_action"]["series"]
    shown = Counter({(standard, status, figures["periods"][i]): n
                     for standard, by_status in series.items() for status, counts in by_status.items()
                     for i, n in enumerate(counts) if n})  # fmt: skip
    assert shown == expected
    statuses = {status for _, status, _ in expected}
    assert statuses == {"within", "late", "open"}  # the demo data exercises all three
    summary = figures["time_to_action"]["summary"]
    for standard in ("24h", "5wd"):
        within = sum(n for (s, st, _), n in expected.items() if s == standard and st == "within")
        late = sum(n for (s, st, _), n in expected.items() if s == standard and st == "late")
        assert summary[standard]["share_within"] == round(100 * within / (within + late), 1)


def test_weekly_counts_equal_independent_sql(demo_store: Store) -> None:
    store = demo_store
    window = trends.Window(date(2026, 5, 4), date(2026, 6, 28), TZ)  # Monday … Sunday: eight whole ISO weeks
    figures = trends.dashboard(store, window, "week", now=NOW)
    assert figures["periods"] == [f"2026-W{w}" for w in range(19, 27)]
    for i in range(8):
        a = datetime.combine(window.since + timedelta(weeks=i), time(0), TZ).astimezone(UTC)
        b = datetime.combine(window.since + timedelta(weeks=i + 1), time(0), TZ).astimezone(UTC)
        expected = dict(sql(store, "SELECT channel, COUNT(*) FROM signals WHERE received_at >= :a AND "
                                   "received_at < :b GROUP BY channel", a=a, b=b))  # fmt: skip
        assert {v: c[i] for v, c in figures["by"]["channel"].items() if c[i]} == expected


# ------------------------------------------------------------------------------------------------ definitions
def _signal(
    store: Store, received: datetime, triage: str, conversation: bool = False, **fields: Any
) -> tuple[str, str | None]:
    with store.transaction() as session:
        conversation_id = None
        if conversation:
            c = Conversation(channel="webchat", reporter_pseudonym="p" * 64, state="closed", created_at=received)
            session.add(c)
            session.flush()
            conversation_id = c.id
        signal = Signal(conversation_id=conversation_id, received_at=received, channel="webchat", triage=triage,
                        forms=fields.pop("forms", ["labour"]), indicators=[], **fields)  # fmt: skip
        session.add(signal)
        session.flush()
        return signal.id, conversation_id


def _entry(store: Store, at: datetime, actor: str, action: str, kind: str, object_id: str | None) -> None:
    with store.transaction() as session:
        session.add(AuditEntry(at=at, actor=actor, action=action, object_type=kind, object_id=object_id, detail={}))


def test_first_staff_action_and_time_standards(store: Store) -> None:
    # Friday 3 July 2026, 10:00: the fifth working day after is Friday 10 July; due before Saturday 00:00.
    friday = local(2026, 7, 3, 10, 0)
    in_time, _ = _signal(store, friday, "T2")
    _entry(store, friday + timedelta(hours=1), "staff:anna", "signal.viewed", "signal", in_time)  # reading: no
    _entry(store, friday + timedelta(hours=2), "token:crm", "signal.updated", "signal", in_time)  # not a person
    _entry(store, local(2026, 7, 10, 23, 30), "staff:anna", "signal.note_added", "signal", in_time)
    too_late, _ = _signal(store, friday, "T3")
    _entry(store, local(2026, 7, 11, 0, 30), "staff:bram", "signal.assigned", "signal", too_late)
    # Taken over before the signal was stored (the reporter asked for a person midway): time 0.
    taken_early, conversation_id = _signal(store, local(2026, 7, 1, 10, 0), "T1", conversation=True)
    _entry(store, local(2026, 7, 1, 9, 40), "staff:anna", "conversation.taken_over", "conversation", conversation_id)
    # T0 with a reply 23 hours later (within) and T0 with nothing for 30 hours (late).
    replied, conversation_2 = _signal(store, local(2026, 7, 13, 8, 0), "T0", conversation=True)
    _entry(store, local(2026, 7, 14, 7, 0), "staff:bram", "conversation.replied", "conversation", conversation_2)
    nothing, _ = _signal(store, local(2026, 7, 14, 4, 0), "T0")
    # A T3 from yesterday without action: open, its term still runs.
    still_open, _ = _signal(store, local(2026, 7, 14, 15, 0), "T3")
    now = local(2026, 7, 15, 10, 0)

    with store.transaction() as session:
        facts = trends.signal_facts(session, WINDOW)
    status = {t.signal_id: (t.standard, t.status) for t in trends.timings(facts, "month", TZ, now)}
    assert status == {
        in_time: ("5wd", "within"),
        too_late: ("5wd", "late"),
        taken_early: ("24h", "within"),
        replied: ("24h", "within"),
        nothing: ("24h", "late"),
        still_open: ("5wd", "open"),
    }
    hours = {t.signal_id: t.hours for t in trends.timings(facts, "month", TZ, now)}
    assert hours[taken_early] == 0 and hours[replied] == 23 and hours[nothing] is None
    summary = trends.dashboard(store, WINDOW, "month", now=now)["time_to_action"]["summary"]
    assert summary["24h"] == {"within": 2, "late": 1, "open": 0, "share_within": 66.7, "median_hours": 11.5}
    assert summary["5wd"]["within"] == 1 and summary["5wd"]["late"] == 1 and summary["5wd"]["open"] == 1


def test_local_time_decides_the_period_and_region_is_accepted(store: Store) -> None:
    # 30 June 22:30 UTC is 1 July 00:30 in Amsterdam: a July signal.
    _signal(store, datetime(2026, 6, 30, 22, 30, tzinfo=UTC), "T2", municipality="huizen")
    _signal(store, datetime(2026, 6, 30, 21, 30, tzinfo=UTC), "T3", municipality="laren")
    figures = trends.dashboard(store, WINDOW, "month", now=NOW)
    assert figures["by"]["municipality"] == {"huizen": [0, 0, 0, 0, 0, 0, 1], "laren": [0, 0, 0, 0, 0, 1, 0]}
    only_huizen = trends.dashboard(store, WINDOW, "month", municipalities=["huizen"], now=NOW)
    assert sum(only_huizen["total"]) == 1
    if "region" not in Signal.__table__.c:  # until the multi-region work adds the column: one region
        assert trends.dashboard(store, WINDOW, "month", region="gooi-en-vechtstreek", now=NOW) == figures


def test_outcomes_come_from_the_case(store: Store) -> None:
    signal_id, _ = _signal(store, local(2026, 3, 3, 12, 0), "T2", forms=["labour", "labour", "sexual"])
    with store.transaction() as session:
        session.add(SignalCase(signal_id=signal_id, doorverwezen_naar=["nla", "politie"], comensha_aangemeld=True,
                               bedenktijd_aangeboden="onbekend", aangifte="ja", opvang=False))  # fmt: skip
    figures = trends.dashboard(store, WINDOW, "month", now=NOW)
    march = figures["periods"].index("2026-03")
    got = {name: counts[march] for name, counts in figures["outcomes"].items() if counts[march]}
    assert got == {"referred_politie": 1, "referred_nla": 1, "comensha_aangemeld": 1, "aangifte": 1}
    assert figures["by"]["form"] == {"sexual": [0, 0, 1, 0, 0, 0, 0], "labour": [0, 0, 1, 0, 0, 0, 0]}


def test_periods_and_windows() -> None:
    assert trends.period_of(date(2026, 1, 1), "week") == "2026-W01"
    assert trends.period_of(date(2027, 1, 1), "week") == "2026-W53"
    assert trends.period_of(date(2026, 8, 31), "quarter") == "2026-Q3"
    q3 = trends.period_window("2026-Q3", TZ)
    assert (q3.since, q3.until) == (date(2026, 7, 1), date(2026, 9, 30))
    feb = trends.period_window("2028-02", TZ)
    assert (feb.since, feb.until) == (date(2028, 2, 1), date(2028, 2, 29))
    for bad in ("2026-Q5", "2026-13", "26-Q1", "2026", "Q3-2026", ""):
        with pytest.raises(ValueError, match="period must be"):
            trends.period_window(bad, TZ)
    with pytest.raises(ValueError):
        trends.Window(date(2026, 2, 1), date(2026, 1, 1), TZ)
