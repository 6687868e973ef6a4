"""The staff API refuses callers without a valid token, and records the refusal."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from store.db import Store
from store.models import AuditEntry
from store.tokens import create_token
from tests.channels.conftest import GatewayClient

ROUTES = ["/api/v1/signals", "/api/v1/signals/abc", "/api/v1/conversations/abc"]


@pytest.mark.parametrize("path", ROUTES)
@pytest.mark.parametrize("authorization", [None, "Bearer wrong-token", "Basic abc", "Bearer "])
async def test_no_valid_token_is_refused(
    gateway: GatewayClient, store: Store, path: str, authorization: str | None
) -> None:
    headers = {"Authorization": authorization} if authorization else {}
    resp = await gateway.get(path, headers=headers)
    assert resp.status == 401
    assert "token" in (await resp.json())["error"]
    with store.transaction() as session:
        assert session.scalars(select(AuditEntry.action)).all() == ["access.refused"]


async def test_a_valid_token_reads_and_every_read_is_audited(gateway: GatewayClient, store: Store) -> None:
    with store.transaction() as session:
        token = create_token(session, "caseworker")
    resp = await gateway.get("/api/v1/signals/unknown-id", headers={"Authorization": f"Bearer {token}"})
    assert resp.status == 404
    resp = await gateway.get("/api/v1/signals", headers={"Authorization": f"Bearer {token}"})
    assert resp.status == 200 and (await resp.json()) == {"signals": []}


async def test_pages_carry_strict_security_headers(gateway: GatewayClient) -> None:
    resp = await gateway.get("/healthz")
    assert resp.status == 200
    assert (await resp.json())["rasa"] == "down"
    assert "default-src 'self'" in resp.headers["Content-Security-Policy"]
    assert resp.headers["Cache-Control"] == "no-store"
