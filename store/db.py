"""Engine and sessions. SQLite runs in WAL mode so the gateway and the action server can share it."""

from __future__ import annotations

import functools
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from meldpunt.keys import derive_key, fernet_key
from meldpunt.regions import load_regions
from meldpunt.settings import Settings, get_settings
from store.crypto import FieldCipher, Pseudonymizer


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": 30})

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA busy_timeout=30000")
            # Deleted rows are overwritten, not just unlinked: a purged transcript leaves no ciphertext behind.
            cur.execute("PRAGMA secure_delete=ON")
            cur.close()

        return engine
    return create_engine(url, pool_pre_ping=True, pool_size=10, max_overflow=20)


class Store:
    """What every app-side component needs to reach the database and its keys."""

    def __init__(self, settings: Settings, url: str | None = None) -> None:
        self.settings = settings
        self.engine = make_engine(url or settings.sqlalchemy_url())
        self.sessions = sessionmaker(self.engine, expire_on_commit=False)
        self.cipher = FieldCipher(fernet_key(settings, "fields"))
        self.pseudonym = Pseudonymizer(derive_key(settings, "pseudonym"))
        self.receipt_salt = derive_key(settings, "receipt")
        self.regions = load_regions(settings)  # a bad regions file stops every process at start, clearly

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        with self.sessions.begin() as session:
            yield session

    def close(self) -> None:
        self.engine.dispose()


@functools.cache
def default_store() -> Store:
    """The process-wide store for components that have no app to hang it on (the action server)."""
    return Store(get_settings())
