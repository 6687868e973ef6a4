"""POST /api/v1/chat: bad input gets a clear 4xx with {"error": …} and stores nothing."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select

from store.db import Store
from store.models import Message
from tests.channels.conftest import GatewayClient

SESSION = "s" * 20
CASES = [
    # (what the client sends, status, words in the error)
    (b"{not json", 400, "not valid JSON"),
    (b"[1, 2]", 400, "JSON object"),
    (b'"text"', 400, "JSON object"),
    (json.dumps({"session": SESSION}).encode(), 400, "missing field(s): text"),
    (json.dumps({"text": "hallo"}).encode(), 400, "missing field(s): session"),
    (json.dumps({"session": SESSION, "text": "hi", "name": "x"}).encode(), 400, "unknown field(s): name"),
    (json.dumps({"session": "short", "text": "hallo"}).encode(), 400, "session must be"),
    (json.dumps({"session": "bad session with spaces!", "text": "hallo"}).encode(), 400, "session must be"),
    (json.dumps({"session": SESSION, "text": ""}).encode(), 400, "must not be empty"),
    (json.dumps({"session": SESSION, "text": "   \n"}).encode(), 400, "must not be empty"),
    (json.dumps({"session": SESSION, "text": 42}).encode(), 400, "text must be a string"),
    (json.dumps({"session": SESSION, "text": "x" * 4001}).encode(), 413, "too long"),
    (json.dumps({"session": SESSION, "text": "hi", "message_id": "a b"}).encode(), 400, "message_id must be"),
    (json.dumps({"session": SESSION, "text": "hi", "message_id": 7}).encode(), 400, "message_id must be"),
    (b"\xff\xfe", 400, "not valid JSON"),
    (b"x" * (70 * 1024), 413, "too large"),
]


@pytest.mark.parametrize(("body", "status", "words"), CASES)
async def test_bad_input_gets_a_clear_error_and_stores_nothing(
    gateway: GatewayClient, store: Store, body: bytes, status: int, words: str
) -> None:
    resp = await gateway.post("/api/v1/chat", data=body, headers={"Content-Type": "application/json"})
    assert resp.status == status
    assert words in (await resp.json())["error"]
    with store.transaction() as session:
        assert session.scalar(select(func.count()).select_from(Message)) == 0


async def test_wrong_method_and_unknown_path_answer_json(gateway: GatewayClient) -> None:
    resp = await gateway.get("/api/v1/chat")
    assert resp.status == 405 and "error" in await resp.json()
    resp = await gateway.get("/api/v1/nothing-here")
    assert resp.status == 404 and "error" in await resp.json()


async def test_exactly_4000_characters_is_accepted(gateway: GatewayClient) -> None:
    resp = await gateway.post("/api/v1/chat", json={"session": SESSION, "text": "a" * 4000})
    assert resp.status == 200
