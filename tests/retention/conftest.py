"""Data of a given age: a conversation with its transcript, contact details and Rasa tracker; signals."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy import select

from store.db import Store, make_engine
from store.models import Base, Contact, Conversation, Delivery, Message, utcnow
from store.signals import create_signal
from store.staff import SignalCase, SignalNote
from tests.console.conftest import gateway  # noqa: F401 (the console's gateway fixture, for the console tests)

DAY = timedelta(days=1)
SECRET_WORDS = ("Hij houdt mijn paspoort", "+31612345678", "de garage aan de Larenseweg")


@dataclass
class Made:
    conversation_id: str
    ciphertexts: list[str]


@pytest.fixture(autouse=True)
def _rasa_shares_the_database(store: Store) -> None:
    """On PostgreSQL, Rasa's tracker table lives in the store's database (here: the test's schema)."""
    if store.engine.dialect.name != "sqlite":
        url = store.engine.url.render_as_string(hide_password=False).replace("postgresql+psycopg://", "postgresql://")
        store.settings = store.settings.model_copy(update={"database_url": url})


def tracker_table(store: Store) -> tuple[sa.Engine, sa.Table]:
    """Rasa's tracker table as bot/tracker_store.py makes it, where Rasa keeps it for this deployment."""
    settings = store.settings
    engine = make_engine(settings.sqlalchemy_url() if settings.database_url else settings.tracker_url())
    table = sa.Table(
        "rasa_trackers", sa.MetaData(),
        sa.Column("sender_id", sa.String(255), primary_key=True), sa.Column("data", sa.Text, nullable=False),
        sa.Column("updated_at", sa.Float, nullable=False),
    )  # fmt: skip
    table.metadata.create_all(engine)
    return engine, table


def conversation(store: Store, *, ended: timedelta, closed: bool = True, channel: str = "sms",
                 contact_age: timedelta | None = None) -> Made:  # fmt: skip
    """A conversation whose last message (and closing) lies `ended` ago, with a delivery, contact and tracker."""
    now = utcnow()
    at = now - ended
    cipher = store.cipher
    texts = [cipher.encrypt(SECRET_WORDS[0]), cipher.encrypt("Dank je, we helpen je."), cipher.encrypt(SECRET_WORDS[2])]
    with store.transaction() as session:
        c = Conversation(channel=channel, reporter_pseudonym="f" * 64, state="closed" if closed else "bot",
                         created_at=at - DAY, closed_at=at if closed else None)  # fmt: skip
        session.add(c)
        session.flush()
        inbound = Message(conversation_id=c.id, channel=channel, direction="in", author="reporter",
                          text_enc=texts[0], created_at=at - timedelta(minutes=5))  # fmt: skip
        reply = Message(conversation_id=c.id, channel=channel, direction="out", author="bot", text_enc=texts[1],
                        created_at=at - timedelta(minutes=4), reply_to=None)  # fmt: skip
        later = Message(conversation_id=c.id, channel=channel, direction="in", author="reporter",
                        text_enc=texts[2], created_at=at)  # fmt: skip
        session.add_all([inbound, reply, later])
        session.flush()
        session.add(Delivery(message_id=reply.id, conversation_id=c.id, part=0, text_enc=texts[1], status="sent"))
        address = cipher.encrypt(SECRET_WORDS[1])
        texts.append(address)
        if contact_age is not None:
            session.add(Contact(conversation_id=c.id, address_enc=address, last_inbound_at=now - contact_age))
        conversation_id = c.id
    engine, table = tracker_table(store)
    tracker = cipher.encrypt('{"events": [{"text": "' + SECRET_WORDS[0] + '"}]}')
    texts.append(tracker)
    with engine.begin() as conn:
        conn.execute(table.insert().values(sender_id=conversation_id, data=tracker, updated_at=at.timestamp()))
    engine.dispose()
    return Made(conversation_id, texts)


def signal(store: Store, *, received: timedelta, anonymity: str = "confidential", triage: str = "T2",
           case: dict[str, Any] | None = None, conversation_id: str | None = None) -> str:  # fmt: skip
    if conversation_id is None:
        conversation_id = conversation(store, ended=timedelta(days=1)).conversation_id
    fields = {"channel": "sms", "language": "nl", "triage": triage, "acute": False, "reporter_role": "victim",
              "anonymity": anonymity, "forms": ["sexual"], "municipality": "hilversum", "minors_involved": None,
              "indicators": [], "description": SECRET_WORDS[2]}  # fmt: skip
    signal_id, _ = create_signal(conversation_id, fields, store)
    with store.transaction() as session:
        from store.models import FollowUp, Signal

        row = session.get_one(Signal, signal_id)
        row.received_at = utcnow() - received
        session.add(FollowUp(signal_id=signal_id, direction="in", author="reporter",
                             text_enc=store.cipher.encrypt("nog iets"), created_at=row.received_at))  # fmt: skip
        session.add(SignalNote(signal_id=signal_id, text_enc=store.cipher.encrypt("gebeld")))
        if case:
            session.add(SignalCase(signal_id=signal_id, doorverwezen_naar=[], **case))
    return signal_id


def everything_decryptable(store: Store) -> list[str]:
    """Every stored value, in every table of the store and in Rasa's tracker table, that our key decrypts."""
    found: list[str] = []
    engines = [(store.engine, list(Base.metadata.tables.values()))]
    tracker_engine, tracker = tracker_table(store)
    engines.append((tracker_engine, [tracker]))
    for engine, tables in engines:
        with engine.connect() as conn:
            for table in tables:
                for row in conn.execute(select(table)):
                    for value in row:
                        if isinstance(value, str) and value.startswith("gAAAA"):
                            found.append(store.cipher.decrypt(value))
    tracker_engine.dispose()
    return found


def ago(days: float) -> timedelta:
    return timedelta(days=days)


def now() -> datetime:
    return utcnow()
