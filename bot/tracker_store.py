"""A tracker store that keeps each conversation's tracker encrypted at rest.

Rasa's tracker holds the whole conversation (every message the reporter wrote), so it gets the same
protection as the gateway's own store: Fernet encryption with a key the supervisor derives and passes
in MELDPUNT_TRACKER_KEY. One row per conversation, in SQLite or PostgreSQL (table rasa_trackers).
"""

from __future__ import annotations

import logging
import os
from typing import Any, Iterable, Optional, Text

import sqlalchemy as sa
from cryptography.fernet import Fernet
from rasa.core.brokers.broker import EventBroker
from rasa.core.tracker_store import SerializedTrackerAsText, TrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.trackers import DialogueStateTracker, get_trackers_for_conversation_sessions

logger = logging.getLogger(__name__)

_metadata = sa.MetaData()
trackers = sa.Table(
    "rasa_trackers",
    _metadata,
    sa.Column("sender_id", sa.String(255), primary_key=True),
    sa.Column("data", sa.Text, nullable=False),
    sa.Column("updated_at", sa.Float, nullable=False),
)


def _secure_delete(dbapi_conn: Any, _record: Any) -> None:
    # Every save replaces the row: SQLite must overwrite the old version, not leave it on a free page, so
    # that a transcript the retention purge deletes (store/retention.py) leaves no copy in the file.
    cursor = dbapi_conn.cursor()
    cursor.execute("PRAGMA secure_delete=ON")
    cursor.close()


class EncryptedTrackerStore(TrackerStore, SerializedTrackerAsText):
    def __init__(
        self,
        domain: Domain,
        host: Optional[Text] = None,
        event_broker: Optional[EventBroker] = None,
        **kwargs: Any,
    ) -> None:
        url = host or os.environ.get("MELDPUNT_TRACKER_URL")
        key = os.environ.get("MELDPUNT_TRACKER_KEY")
        if not url or not key:
            raise ValueError("EncryptedTrackerStore needs MELDPUNT_TRACKER_URL and MELDPUNT_TRACKER_KEY")
        self._fernet = Fernet(key.encode())
        connect_args = {"timeout": 30} if url.startswith("sqlite") else {}
        self._engine = sa.create_engine(url, connect_args=connect_args, pool_pre_ping=True, future=True)
        if url.startswith("sqlite"):
            sa.event.listen(self._engine, "connect", _secure_delete)
            with self._engine.begin() as conn:
                conn.exec_driver_sql("PRAGMA journal_mode=WAL")
        _metadata.create_all(self._engine)
        super().__init__(domain, event_broker, **kwargs)

    async def save(self, tracker: DialogueStateTracker) -> None:
        await self.stream_events(tracker)
        data = self._fernet.encrypt(self.serialise_tracker(tracker).encode()).decode("ascii")
        stamp = tracker.events[-1].timestamp if tracker.events else 0.0
        with self._engine.begin() as conn:
            updated = conn.execute(
                trackers.update()
                .where(trackers.c.sender_id == tracker.sender_id)
                .values(data=data, updated_at=stamp)
            )
            if updated.rowcount == 0:
                conn.execute(trackers.insert().values(sender_id=tracker.sender_id, data=data, updated_at=stamp))

    async def keys(self) -> Iterable[Text]:
        with self._engine.connect() as conn:
            return [row[0] for row in conn.execute(sa.select(trackers.c.sender_id))]

    async def retrieve(self, sender_id: Text) -> Optional[DialogueStateTracker]:
        return await self._retrieve(sender_id, fetch_all_sessions=False)

    async def retrieve_full_tracker(self, sender_id: Text) -> Optional[DialogueStateTracker]:
        return await self._retrieve(sender_id, fetch_all_sessions=True)

    async def _retrieve(self, sender_id: Text, fetch_all_sessions: bool) -> Optional[DialogueStateTracker]:
        with self._engine.connect() as conn:
            data = conn.execute(
                sa.select(trackers.c.data).where(trackers.c.sender_id == sender_id)
            ).scalar_one_or_none()
        if data is None:
            return None
        tracker = self.deserialise_tracker(sender_id, self._fernet.decrypt(data.encode("ascii")).decode())
        if tracker is None or fetch_all_sessions:
            return tracker
        # Only the last session, as Rasa's own stores return it.
        sessions = get_trackers_for_conversation_sessions(tracker)
        return sessions[-1] if sessions else tracker
