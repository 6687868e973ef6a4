"""The whole system on PostgreSQL (MELDPUNT_DATABASE_URL): the store and Rasa's trackers, encrypted."""

from __future__ import annotations

import json
import secrets
import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from tests.conftest import System, postgres_schema_url, start_system
from tests.system.intake_driver import complete_intake


@pytest.fixture(scope="module")
def pg_system(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[System, str]]:
    schema = "sys_" + uuid.uuid4().hex[:10]
    url = postgres_schema_url(schema)
    if url is None:
        pytest.skip("TEST_DATABASE_URL not set (outside CI only)")
    with psycopg.connect(url.split("?")[0], autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    # A Rasa token that starts with "-" (one in 64 generated tokens) once kept `meldpunt run` from starting Rasa.
    token = "-" + secrets.token_urlsafe(32)
    env = {"MELDPUNT_DATABASE_URL": url, "MELDPUNT_RASA_TOKEN": token}
    started = start_system(Path(tmp_path_factory.mktemp("pg-system")), env)
    try:
        yield started, url
    finally:
        started.stop()
        with psycopg.connect(url.split("?")[0], autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {schema} CASCADE")


def test_a_report_lands_in_the_queue_on_postgresql_with_nothing_readable_at_rest(
    pg_system: tuple[System, str],
) -> None:
    system, url = pg_system
    marker = "Korenbloem" + uuid.uuid4().hex[:8]
    session = "pg-" + uuid.uuid4().hex
    story = f"{marker} werkt elke nacht in een kas en krijgt geen loon"
    final, _ = complete_intake(
        system,
        session,
        "Hallo, ik wil iets melden",
        story,
        "Laren",
        {
            "safety_check": "no",
            "reporter_role": "colleague",
            "forms": "labour",
            "anonymity": "confidential",
            "contact:typed": f"{marker} 06 12345678",
        },
    )
    status, record = system.get(f"/api/v1/signals/{final['signal_id']}")
    assert status == 200
    assert record["description"] == story and record["municipality"] == "laren"

    with psycopg.connect(url) as conn:
        tables = [row[0] for row in conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")]
        assert {"conversations", "messages", "signals", "audit_log", "rasa_trackers"} <= set(tables)
        assert conn.execute("SELECT count(*) FROM rasa_trackers").fetchone() != (0,)
        for table in tables:
            dump = json.dumps([list(map(str, row)) for row in conn.execute(f"SELECT * FROM {table}")])
            assert marker not in dump, f"message text readable in {table}"
            assert session not in dump, f"raw session id readable in {table}"


def test_ctrl_c_stops_rasa_the_action_server_and_the_gateway(pg_system: tuple[System, str]) -> None:
    import os
    import signal

    system, _ = pg_system
    children = [system.pid("rasa"), system.pid("actions")]
    system.process.send_signal(signal.SIGINT)
    assert system.process.wait(timeout=60) == 0
    for pid in children:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            continue
        raise AssertionError(f"child {pid} still runs after Ctrl-C")
    assert not (system.data_dir / "run" / "rasa.pid").exists()
