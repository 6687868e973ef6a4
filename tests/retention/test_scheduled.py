"""The running gateway purges on its own schedule."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import timedelta

from aiohttp import web
from aiohttp.test_utils import TestClient
from sqlalchemy import func, select

from channels.app import create_app
from store.db import Store
from store.models import AuditEntry, Message
from tests.channels.conftest import until
from tests.conftest import free_port
from tests.retention.conftest import conversation

Client = Callable[[web.Application], Awaitable[TestClient[web.Request, web.Application]]]


def _messages(store: Store) -> int:
    with store.transaction() as session:
        return session.scalar(select(func.count()).select_from(Message)) or 0


async def test_the_gateway_purges_every_interval(store: Store, aiohttp_client: Client) -> None:
    settings = store.settings.model_copy(update={"rasa_port": free_port(), "retention_interval": 0.2})
    await aiohttp_client(create_app(settings, store))
    conversation(store, ended=timedelta(days=31))  # expires while the gateway runs
    await until(lambda: _messages(store) == 0, timeout=20)
    with store.transaction() as session:
        [entry] = session.scalars(select(AuditEntry).where(AuditEntry.action == "retention.purged")).all()
    assert entry.detail["transcript"]["messages"] == 3


async def test_no_scheduled_purge_when_it_is_switched_off(store: Store, aiohttp_client: Client) -> None:
    settings = store.settings.model_copy(update={"rasa_port": free_port(), "retention_interval": 0})
    conversation(store, ended=timedelta(days=31))
    client = await aiohttp_client(create_app(settings, store))
    assert (await client.get("/healthz")).status == 200
    assert _messages(store) == 3
