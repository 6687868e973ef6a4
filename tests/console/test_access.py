"""Every console route and every staff-API route is refused to an anonymous caller and to a role that may not
use it; every state change without a CSRF token is refused."""

from __future__ import annotations

import aiohttp
import pytest
from sqlalchemy import select

from console.auth import PERMISSIONS
from console.views import PROTECTED
from store.db import Store
from store.models import AuditEntry
from tests.console.conftest import Client, make_staff

ROLES = ("staff", "coordinator", "admin")
API_ROUTES = ["/api/v1/signals", "/api/v1/signals/abc", "/api/v1/conversations/abc"]


def _path(path: str) -> str:
    return path.replace("{id}", "00000000-0000-0000-0000-000000000000")


def _refusals(store: Store) -> int:
    with store.transaction() as session:
        return len(session.scalars(select(AuditEntry).where(AuditEntry.action == "access.refused")).all())


async def test_every_route_is_refused_to_anonymous_callers(gateway: Client, store: Store) -> None:
    for method, path, _handler in PROTECTED:
        before = _refusals(store)
        resp = await gateway.request(method, _path(path), allow_redirects=False)
        if method == "GET":
            assert resp.status == 303 and resp.headers["Location"] == "/staff/login", (method, path)
        else:
            assert resp.status == 401, (method, path)
        assert _refusals(store) == before + 1, (method, path)
    for path in API_ROUTES:
        assert (await gateway.get(path)).status == 401
    with pytest.raises(aiohttp.WSServerHandshakeError) as refused:
        await gateway.ws_connect("/staff/ws")
    assert refused.value.status == 401


async def test_role_by_route(gateway: Client, store: Store) -> None:
    people = {role: make_staff(store, f"{role}-person", role) for role in ROLES}
    for method, path, handler in PROTECTED:
        needs = handler.permission
        for role, person in people.items():
            before = _refusals(store)
            resp = await gateway.request(method, _path(path), headers=person.headers(), allow_redirects=False)
            if needs in PERMISSIONS[role]:
                assert resp.status not in (401, 403), (role, method, path, resp.status)
            else:
                assert resp.status == 403, (role, method, path, resp.status)
                assert _refusals(store) == before + 1
    # A console session is no bearer token: the staff API refuses every console role.
    for person in people.values():
        for path in API_ROUTES:
            assert (await gateway.get(path, headers=person.cookies)).status == 401


@pytest.mark.parametrize("with_bad_token", [False, True])
async def test_a_state_change_without_a_valid_csrf_token_is_refused(
    gateway: Client, store: Store, with_bad_token: bool
) -> None:
    people = {role: make_staff(store, f"{role}-csrf", role) for role in ROLES}
    for method, path, handler in PROTECTED:
        if method != "POST":
            continue
        role = next(r for r in ROLES if handler.permission in PERMISSIONS[r])
        headers = people[role].cookies | ({"X-CSRF-Token": "0" * 64} if with_bad_token else {})
        resp = await gateway.post(_path(path), data={"text": "x", "name": "n", "role": "staff"}, headers=headers,
                                  allow_redirects=False)  # fmt: skip
        assert resp.status == 403, (method, path)
    with store.transaction() as session:
        refused = session.scalars(select(AuditEntry).where(AuditEntry.action == "access.refused")).all()
        assert any(entry.detail.get("needs") == "csrf" for entry in refused)


async def test_console_pages_carry_strict_headers(gateway: Client, store: Store) -> None:
    person = make_staff(store, "headers", "staff")
    for path in ("/staff/login", "/staff/queue", "/staff/static/console.js"):
        resp = await gateway.get(path, headers=person.cookies)
        assert resp.status == 200, path
        assert resp.headers["Cache-Control"] == "no-store"
        assert "script-src 'self'" in resp.headers["Content-Security-Policy"]
        assert "unsafe-inline" not in resp.headers["Content-Security-Policy"]
    html = await (await gateway.get("/staff/queue", headers=person.cookies)).text()
    assert "<script>" not in html and " on" not in html.replace(" one", "")
