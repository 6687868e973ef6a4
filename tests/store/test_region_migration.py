"""The regions migration on a database that already has signals, accounts and tokens: all of them were the
one region served so far (Gooi en Vechtstreek), on SQLite and on PostgreSQL."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine, text

from meldpunt.settings import Settings
from store.migrate import alembic_config
from tests.conftest import _postgres_url, postgres_schema_url


@pytest.fixture(params=["sqlite", "postgresql"])
def url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'old.db'}"
        return
    base = _postgres_url()
    if base is None:
        pytest.skip("TEST_DATABASE_URL not set (outside CI only)")
    schema = "m_" + uuid.uuid4().hex[:12]
    admin = create_engine(Settings(database_url=base).sqlalchemy_url())
    with admin.begin() as conn:
        conn.exec_driver_sql(f"CREATE SCHEMA {schema}")
    yield Settings(database_url=postgres_schema_url(schema)).sqlalchemy_url()
    with admin.begin() as conn:
        conn.exec_driver_sql(f"DROP SCHEMA {schema} CASCADE")
    admin.dispose()


def test_existing_rows_get_the_first_region(url: str) -> None:
    command.upgrade(alembic_config(url), "ffd789b26230")
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO signals (id, received_at, channel, acute, forms, indicators, status) "
            "VALUES ('s1', CURRENT_TIMESTAMP, 'api', false, '[]', '[]', 'new')"
        ))  # fmt: skip
        conn.execute(text(
            "INSERT INTO staff_accounts (id, name, role, password_hash, password_is_temporary, totp_enrolled, "
            "totp_last_step, failed_logins, language, created_at) "
            "VALUES ('a1', 'anna', 'staff', 'x', true, false, 0, 0, 'nl', CURRENT_TIMESTAMP)"
        ))  # fmt: skip
        conn.execute(text(
            "INSERT INTO api_tokens (id, name, token_hash, created_at) VALUES ('t1', 'api', 'h', CURRENT_TIMESTAMP)"
        ))  # fmt: skip
    command.upgrade(alembic_config(url), "head")
    with engine.begin() as conn:
        for table in ("signals", "staff_accounts", "api_tokens"):
            assert conn.execute(text(f"SELECT region FROM {table}")).scalars().all() == ["gooi_vechtstreek"]
    command.downgrade(alembic_config(url), "ffd789b26230")
    engine.dispose()
