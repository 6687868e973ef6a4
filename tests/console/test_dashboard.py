"""The dashboard and the council report in the console: who may see them, that the page shows the store's figures,
and that the council report never shows a count from 1 to 4 (in the console, in the download and from the CLI)."""

from __future__ import annotations

import html
import json
import os
import re
import subprocess
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select, text

from console import council
from console.dashboard import ROUTES
from meldpunt import demo
from meldpunt.disclosure import SECONDARY, SMALL
from meldpunt.settings import Settings
from store import trends
from store.db import Store
from store.migrate import upgrade
from store.models import AuditEntry, Signal
from tests.conftest import APP_BIN, REPO_ROOT
from tests.console.conftest import Client, make_staff

TZ = ZoneInfo("Europe/Amsterdam")


def _refusals(store: Store) -> int:
    with store.transaction() as session:
        return len(session.scalars(select(AuditEntry).where(AuditEntry.action == "access.refused")).all())


async def test_only_coordinators_and_admins_see_trends(gateway: Client, store: Store) -> None:
    people = {role: make_staff(store, f"{role}-trends", role) for role in ("staff", "coordinator", "admin")}
    for _method, path, _handler in ROUTES:
        resp = await gateway.get(path, allow_redirects=False)
        assert resp.status == 303 and resp.headers["Location"] == "/staff/login", path
        before = _refusals(store)
        resp = await gateway.get(path, headers=people["staff"].cookies, allow_redirects=False)
        assert resp.status == 403, path
        assert _refusals(store) == before + 1
        for role in ("coordinator", "admin"):
            resp = await gateway.get(path, headers=people[role].cookies, allow_redirects=False)
            assert resp.status == 200, (role, path)
    queue = await (await gateway.get("/staff/queue", headers=people["staff"].cookies)).text()
    assert 'href="/staff/trends"' not in queue
    queue = await (await gateway.get("/staff/queue", headers=people["coordinator"].cookies)).text()
    assert 'href="/staff/trends"' in queue


def _embedded(page: str) -> dict[str, Any]:
    found = re.search(r'<script type="application/json" id="trend-data">(.*?)</script>', page, re.S)
    assert found, "the page carries its figures as JSON"
    data: dict[str, Any] = json.loads(found.group(1))
    return data


def _table(page: str, table_id: str) -> dict[str, list[int]]:
    body = re.search(rf'<table[^>]*id="{table_id}".*?<tbody>(.*?)</tbody>', page, re.S)
    assert body, table_id
    rows = {}
    for value, cells in re.findall(r'<tr data-value="([^"]+)">.*?</th>(.*?)</tr>', body.group(1), re.S):
        rows[html.unescape(value)] = [int(n) for n in re.findall(r"<td>(\d+)</td>", cells)]
    return rows


async def test_the_page_shows_the_figures_of_the_store(gateway: Client, store: Store) -> None:
    demo.generate(store, count=90, months=5, seed=5)
    coordinator = make_staff(store, "carla", "coordinator")
    resp = await gateway.get("/staff/trends?per=month", headers=coordinator.cookies)
    assert resp.status == 200
    assert "script-src 'self'" in resp.headers["Content-Security-Policy"]
    page = await resp.text()
    figures = _embedded(page)["figures"]
    today = datetime.now(UTC).astimezone(TZ).date()
    window = trends.Window(date.fromisoformat(figures["since"]), today, TZ)
    assert figures["until"] == today.isoformat()
    # The page's figures are the query layer's figures (which test_trends.py checks against SQL) …
    assert figures == json.loads(json.dumps(trends.dashboard(store, window, "month")))
    # … the total is every signal in the store (all demo signals lie within the default twelve months) …
    with store.engine.connect() as conn:
        assert sum(figures["total"]) == conn.execute(text("SELECT COUNT(*) FROM signals")).scalar_one() == 90
    # … and the tables under the charts show the same numbers.
    for dimension in trends.DIMENSIONS:
        assert _table(page, f"table-{dimension}") == figures["by"][dimension], dimension
    assert _table(page, "table-outcomes") == figures["outcomes"]
    for canvas in ("total", *trends.DIMENSIONS, "action", "outcomes"):
        assert f'<canvas id="chart-{canvas}"' in page
    assert "<script>" not in page  # no inline script
    assert '<script src="/staff/static/vendor/chartjs/chart.umd.min.js" defer></script>' in page

    weekly = _embedded(await (await gateway.get("/staff/trends?per=week", headers=coordinator.cookies)).text())
    assert len(weekly["figures"]["periods"]) == 26
    chart = await gateway.get("/staff/static/vendor/chartjs/chart.umd.min.js")
    assert chart.status == 200 and (await chart.text()).startswith("/*!\n * Chart.js v4.6.1")


async def test_bad_dates_get_a_clear_error(gateway: Client, store: Store) -> None:
    coordinator = make_staff(store, "carla", "coordinator")
    for query in ("since=2026-13-01", "per=year", "since=2026-05-01&until=2026-04-01", "since=2000-01-01"):
        resp = await gateway.get(f"/staff/trends?{query}", headers=coordinator.cookies)
        assert resp.status == 400, query
        assert 'id="trends-error"' in await resp.text()
    resp = await gateway.get("/staff/trends/council?period=2026-Q9", headers=coordinator.cookies)
    assert resp.status == 400 and 'id="council-error"' in await resp.text()
    resp = await gateway.get("/staff/trends/council.html?period=nonsense", headers=coordinator.cookies)
    assert resp.status == 400


# ------------------------------------------------------------------------------------------------ council report
def _add(store: Store, municipality: str, count: int, received: datetime, **fields: Any) -> None:
    with store.transaction() as session:
        for i in range(count):
            defaults: dict[str, Any] = {"triage": "T3", "anonymity": "anonymous", "forms": ["labour"]}
            session.add(Signal(received_at=received + timedelta(hours=i), channel="webchat",
                               municipality=municipality, indicators=[], **(defaults | fields)))  # fmt: skip


def _cells(page: str) -> dict[str, dict[str, str]]:
    """Row key → column label → shown text, read from the rendered HTML table."""
    head = re.search(r'<table class="council" id="council-table">\s*<thead>(.*?)</thead>', page, re.S)
    assert head
    columns = [html.unescape(c) for c in re.findall(r'<th scope="col">(.*?)</th>', head.group(1))][1:]
    out = {}
    for key, cells in re.findall(r'<tr data-row="([^"]+)"><th scope="row">.*?</th>(.*?)</tr>', page, re.S):
        values = [html.unescape(v) for v in re.findall(r"<td>(.*?)</td>", cells)]
        out[key] = dict(zip(columns, values, strict=True))
    return out


def _raw_counts(store: Store, period: str) -> dict[tuple[str, str], int]:
    window = trends.period_window(period, TZ)
    with store.transaction() as session:
        facts = trends.signal_facts(session, window)
    return council.count_table(facts, TZ, datetime.now(UTC))


async def test_council_report_suppresses_small_cells(gateway: Client, store: Store) -> None:
    q1 = datetime(2026, 2, 2, 12, 0, tzinfo=UTC)
    _add(store, "hilversum", 3, q1)
    _add(store, "laren", 2, q1)
    _add(store, "huizen", 5, q1)
    _add(store, "eemnes", 5, q1 + timedelta(days=1), minors_involved=True)
    with store.transaction() as session:  # Huizen's five were acted on within the hour; the rest never
        for signal in session.scalars(select(Signal).where(Signal.municipality == "huizen")):
            acted = signal.received_at + timedelta(hours=1)
            session.add(AuditEntry(at=acted, actor="staff:anna", action="signal.note_added", object_type="signal",
                                   object_id=signal.id, detail={}))  # fmt: skip
    coordinator = make_staff(store, "carla", "coordinator")
    resp = await gateway.get("/staff/trends/council?period=2026-Q1", headers=coordinator.cookies)
    assert resp.status == 200
    page = await resp.text()
    cells = _cells(page)
    # Independent count: three signals from Hilversum in the quarter.
    with store.engine.connect() as conn:
        assert conn.execute(text("SELECT COUNT(*) FROM signals WHERE municipality = 'hilversum'")).scalar_one() == 3
    assert cells["total"]["Hilversum"] == SMALL  # a cell of 3 never appears as 3
    assert cells["total"]["Laren"] == SMALL
    assert cells["total"]["Huizen"] == "5"  # a cell of 5 appears
    assert cells["total"]["Eemnes"] == "5"
    assert cells["total"]["Regio totaal"] == "15"
    assert cells["minors"]["Eemnes"] == "5" and cells["minors"]["Hilversum"] == SMALL  # 0 is "<5" too
    assert cells["t5_within"]["Huizen"] == "5" and cells["t5_late"]["Regio totaal"] == "10"
    assert cells["t5_share"]["Regio totaal"] == "33%"  # 5 of 15 within the standard
    assert cells["t5_share"]["Huizen"] == "–"  # its late count (0) is hidden, so its share is too
    # Every count below 5 anywhere in the table is "<5", and every shown number is at least 5.
    raw = _raw_counts(store, "2026-Q1")
    labels = {key: label for key, (label, _) in council.COLUMN_LABELS.items()}
    for (row, column), value in raw.items():
        shown = cells[row][labels[column]]
        if value <= 4:
            assert shown == SMALL, (row, column, value)
        elif shown != SECONDARY:
            assert shown == str(value), (row, column, value)
    for row in cells.values():
        for shown in row.values():
            assert shown in (SMALL, SECONDARY, "–") or shown.endswith("%") or int(shown) >= 5
    assert "“<5”: minder dan 5 (0 tot en met 4)" in html.unescape(page)
    with store.transaction() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "council_report.generated")).one()
        assert entry.actor == "staff:carla" and entry.detail["period"] == "2026-Q1"


async def test_small_cells_are_not_given_away_by_the_cells_around_them(gateway: Client, store: Store) -> None:
    # Huizen: 5 meldingen, 4 adviezen, 4 anonymous signals, 13 in all. Showing 5 and 13 would leave 8 for the two
    # hidden cells, so each could only be 4: a second cell must be withheld.
    q2 = datetime(2026, 4, 7, 9, 0, tzinfo=UTC)
    _add(store, "huizen", 5, q2, anonymity="confidential", triage="T2")  # melding
    _add(store, "huizen", 4, q2 + timedelta(days=1), anonymity="open", triage="T3")  # advies
    _add(store, "huizen", 4, q2 + timedelta(days=2))  # anonymous
    coordinator = make_staff(store, "carla", "coordinator")
    page = await (await gateway.get("/staff/trends/council?period=2026-Q2", headers=coordinator.cookies)).text()
    huizen = {row: by_column["Huizen"] for row, by_column in _cells(page).items()}
    assert huizen["kind_advies"] == SMALL and huizen["kind_anoniem"] == SMALL
    assert SECONDARY in (huizen["kind_melding"], huizen["total"])
    assert not (huizen["kind_melding"].isdigit() and huizen["total"].isdigit())
    total = _cells(page)["total"]
    download = await gateway.get("/staff/trends/council.html?period=2026-Q2", headers=coordinator.cookies)
    assert download.status == 200
    assert download.headers["Content-Disposition"] == 'attachment; filename="raadsrapportage-2026-Q2.html"'
    standalone = await download.text()
    assert _cells(standalone)["total"] == total
    assert "<script" not in standalone and "<link" not in standalone  # one self-contained file


def _env(data_dir: Path) -> dict[str, str]:
    """The CLI's environment: this checkout's code (PYTHONPATH as given to pytest), a data dir of its own."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("MELDPUNT_")}
    return env | {"MELDPUNT_DATA_DIR": str(data_dir)}


def test_council_report_command(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path, secret_key=None)
    upgrade(settings.sqlalchemy_url())
    store = Store(settings)
    try:
        _add(store, "hilversum", 3, datetime(2026, 8, 3, 12, 0, tzinfo=UTC))
        _add(store, "gooise_meren", 7, datetime(2026, 8, 4, 12, 0, tzinfo=UTC))
        _add(store, "wijdemeren", 2, datetime(2026, 8, 4, 12, 0, tzinfo=UTC))
    finally:
        store.close()
    env = _env(tmp_path)
    out = tmp_path / "raad.html"
    done = subprocess.run([str(APP_BIN / "meldpunt"), "council-report", "--period", "2026-Q3", "--out", str(out)],
                          env=env, cwd=REPO_ROOT, capture_output=True, text=True)  # fmt: skip
    assert done.returncode == 0, done.stderr
    cells = _cells(out.read_text(encoding="utf-8"))
    assert cells["total"]["Hilversum"] == SMALL and cells["total"]["Wijdemeren"] == SMALL
    assert cells["total"]["Gooise Meren"] == "7" and cells["total"]["Regio totaal"] == "12"
    bad = subprocess.run([str(APP_BIN / "meldpunt"), "council-report", "--period", "2026-Q5", "--out", str(out)],
                         env=env, cwd=REPO_ROOT, capture_output=True, text=True)  # fmt: skip
    assert bad.returncode == 2 and "period must be" in bad.stderr


def test_demo_data_command_refuses_real_data_and_removes_only_demo_rows(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path, secret_key=None)
    upgrade(settings.sqlalchemy_url())
    env = _env(tmp_path)

    def meldpunt(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([str(APP_BIN / "meldpunt"), "demo-data", *args], env=env, cwd=REPO_ROOT,
                              capture_output=True, text=True)  # fmt: skip

    done = meldpunt("--count", "60", "--months", "4")
    assert done.returncode == 0, done.stderr
    store = Store(settings)
    try:
        with store.engine.connect() as conn:
            assert conn.execute(text("SELECT COUNT(*) FROM signals")).scalar_one() == 60
            channels = {r[0] for r in conn.execute(text("SELECT DISTINCT channel FROM signals"))}
            triages = {r[0] for r in conn.execute(text("SELECT DISTINCT triage FROM signals"))}
            assert channels == {"webchat", "whatsapp", "sms", "telegram", "api"}
            assert triages == {"T0", "T1", "T2", "T3"}
            assert conn.execute(text("SELECT COUNT(*) FROM signal_cases WHERE vb_besluit IS NOT NULL")).scalar_one()
            assert conn.execute(text("SELECT COUNT(*) FROM audit_log WHERE actor LIKE 'staff:demo-%'")).scalar_one()
        _add(store, "huizen", 1, datetime(2026, 1, 5, 12, 0, tzinfo=UTC))  # a real signal
        with store.transaction() as session:
            session.add(AuditEntry(actor="staff:anna", action="signal.viewed", object_type="signal", object_id="x",
                                   detail={}))  # fmt: skip
    finally:
        store.close()
    refused = meldpunt("--count", "10")
    assert refused.returncode == 2 and "--force" in refused.stderr
    assert meldpunt("--count", "10", "--force", "--seed", "2").returncode == 0
    removed = meldpunt("--remove")
    assert removed.returncode == 0, removed.stderr
    assert "removed demo data: 70 signals" in removed.stdout
    store = Store(settings)
    try:
        with store.engine.connect() as conn:
            assert conn.execute(text("SELECT municipality FROM signals")).scalars().all() == ["huizen"]
            assert conn.execute(text("SELECT COUNT(*) FROM conversations")).scalar_one() == 0
            assert conn.execute(text("SELECT COUNT(*) FROM staff_accounts")).scalar_one() == 0
            actors = set(conn.execute(text("SELECT actor FROM audit_log")).scalars())
            assert actors == {"staff:anna", "cli"}
    finally:
        store.close()
