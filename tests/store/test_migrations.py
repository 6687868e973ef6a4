"""The Alembic migrations are the schema: upgrading gives exactly the models, with no drift."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from store.db import Store
from store.migrate import include_object
from store.models import Base


def test_autogenerate_finds_no_drift(store: Store) -> None:
    with store.engine.connect() as conn:
        context = MigrationContext.configure(
            conn,
            opts={"compare_type": True, "include_object": include_object, "target_metadata": Base.metadata},
        )
        assert compare_metadata(context, Base.metadata) == []


def test_upgrade_creates_every_table(store: Store) -> None:
    tables = set(inspect(store.engine).get_table_names())
    assert {"conversations", "messages", "signals", "api_tokens", "audit_log", "alembic_version"} <= tables
