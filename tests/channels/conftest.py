from __future__ import annotations

from collections.abc import Awaitable, Callable

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient

from channels.app import create_app
from store.db import Store
from tests.conftest import free_port

GatewayClient = TestClient[web.Request, web.Application]


@pytest.fixture
async def gateway(store: Store, aiohttp_client: Callable[[web.Application], Awaitable[GatewayClient]]) -> GatewayClient:
    """The real gateway on a real store, with Rasa unreachable (nothing listens on its port)."""
    settings = store.settings.model_copy(update={"rasa_port": free_port(), "rasa_timeout": 2.0})
    return await aiohttp_client(create_app(settings, store))
