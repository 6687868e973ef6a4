"""Alembic environment: the URL comes from the settings (or a connection passed in by the caller)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from meldpunt.settings import get_settings
from store.db import make_engine
from store.migrate import include_object
from store.models import Base

config = context.config
target_metadata = Base.metadata


def run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        include_object=include_object,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    run(connection)
else:
    url = config.get_main_option("sqlalchemy.url") or get_settings().sqlalchemy_url()
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            run(conn)
    finally:
        engine.dispose()
