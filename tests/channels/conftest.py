from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Iterator

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer

from channels.app import create_app
from store.db import Store
from tests.channels.fake_providers import MessagingProviders
from tests.conftest import free_port

GatewayClient = TestClient[web.Request, web.Application]


@pytest.fixture
async def gateway(store: Store, aiohttp_client: Callable[[web.Application], Awaitable[GatewayClient]]) -> GatewayClient:
    """The real gateway on a real store, with Rasa unreachable (nothing listens on its port)."""
    settings = store.settings.model_copy(update={"rasa_port": free_port(), "rasa_timeout": 2.0})
    return await aiohttp_client(create_app(settings, store))


@pytest.fixture
def providers() -> Iterator[MessagingProviders]:
    started = MessagingProviders()
    yield started
    started.stop()


@pytest.fixture
async def messaging(
    store: Store,
    providers: MessagingProviders,
    aiohttp_client: Callable[[TestServer], Awaitable[GatewayClient]],
) -> GatewayClient:
    """The real gateway with SMS, WhatsApp and Telegram pointed at fake provider APIs; Rasa unreachable."""
    port = free_port()
    settings = store.settings.model_copy(
        update={"rasa_port": free_port(), "rasa_timeout": 2.0, **providers.settings(f"http://127.0.0.1:{port}")}
    )
    return await aiohttp_client(TestServer(create_app(settings, store), host="127.0.0.1", port=port))


async def until(predicate: Callable[[], bool], timeout: float = 20) -> None:
    deadline = asyncio.get_running_loop().time() + timeout
    while not predicate():
        if asyncio.get_running_loop().time() > deadline:
            raise TimeoutError("the expected state was not reached")
        await asyncio.sleep(0.05)
