from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient

from channels.app import create_app
from console import auth
from meldpunt.keys import derive_key
from store.db import Store
from store.staff import StaffAccount
from tests.conftest import free_port

Client = TestClient[web.Request, web.Application]


@pytest.fixture
async def gateway(store: Store, aiohttp_client: Callable[[web.Application], Awaitable[Client]]) -> Client:
    """The real gateway (console included) on a real store, with Rasa unreachable."""
    settings = store.settings.model_copy(
        update={"rasa_port": free_port(), "rasa_timeout": 2.0, "staff_poll_interval": 0.2}
    )
    return await aiohttp_client(create_app(settings, store))


@dataclass
class Staff:
    name: str
    role: str
    account_id: str
    token: str
    csrf: str

    @property
    def cookies(self) -> dict[str, str]:
        return {"Cookie": f"mp_staff={self.token}"}

    def headers(self, csrf: bool = True) -> dict[str, str]:
        return {**self.cookies, **({"X-CSRF-Token": self.csrf} if csrf else {})}


def make_staff(store: Store, name: str, role: str, region: str | None = None) -> Staff:
    """An enrolled account with a full session (the login flow itself is tested in test_login.py); by default
    in the home region."""
    with store.transaction() as session:
        auth.create_account(session, name, role, "test", region, store.regions)
        account = session.query(StaffAccount).filter_by(name=name).one()
        account.password_is_temporary = False
        account.totp_enrolled = True
        token = auth.start_session(session, account, "full")
        account_id = account.id
    return Staff(name, role, account_id, token, auth.csrf_token(derive_key(store.settings, "staff-csrf"), token))
