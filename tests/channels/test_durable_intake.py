"""Durable intake with Rasa unreachable: stored before acknowledged, deduplicated, honest fallback."""

from __future__ import annotations

import uuid

from sqlalchemy import select

from store.db import Store
from store.models import Conversation, Message
from tests.channels.conftest import GatewayClient


def _inbound(store: Store) -> list[Message]:
    with store.transaction() as session:
        return list(session.scalars(select(Message).where(Message.direction == "in").order_by(Message.id)))


async def test_rasa_down_gives_fallback_waiting_for_staff_and_loses_nothing(
    gateway: GatewayClient, store: Store
) -> None:
    resp = await gateway.post("/api/v1/chat", json={"session": "reporter-" + "a" * 12, "text": "Ik wil iets melden"})
    assert resp.status == 200
    body = await resp.json()
    assert body["conversation"]["state"] == "waiting_for_staff"
    reply = " ".join(m["text"] for m in body["messages"])
    assert "112" in reply and "0800-2000" in reply
    [message] = _inbound(store)
    assert message.status == "fallback"
    assert store.cipher.decrypt(message.text_enc) == "Ik wil iets melden"
    assert "melden" not in message.text_enc  # encrypted at rest


async def test_duplicate_message_id_stores_one_message_and_repeats_the_answer(
    gateway: GatewayClient, store: Store
) -> None:
    body = {"session": "reporter-" + "b" * 12, "text": "Hallo", "message_id": "m-1"}
    first = await (await gateway.post("/api/v1/chat", json=body)).json()
    second = await (await gateway.post("/api/v1/chat", json=body)).json()
    assert len(_inbound(store)) == 1
    assert first["messages"] == second["messages"]
    assert first["conversation"]["id"] == second["conversation"]["id"]


async def test_message_ids_are_scoped_to_the_reporter(gateway: GatewayClient, store: Store) -> None:
    await gateway.post("/api/v1/chat", json={"session": "reporter-" + "c" * 12, "text": "een", "message_id": "m-1"})
    other = await gateway.post(
        "/api/v1/chat", json={"session": "reporter-" + "d" * 12, "text": "twee", "message_id": "m-1"}
    )
    assert other.status == 200
    assert [store.cipher.decrypt(m.text_enc) for m in _inbound(store)] == ["een", "twee"]


async def test_websocket_acknowledges_only_after_the_message_is_stored(gateway: GatewayClient, store: Store) -> None:
    ws = await gateway.ws_connect("/ws/chat")
    await ws.send_json({"type": "start", "session": "ws-" + uuid.uuid4().hex, "language": "en"})
    ready = await ws.receive_json()
    assert ready["type"] == "ready" and ready["conversation"]["language"] == "en"
    await ws.send_json({"type": "message", "id": "w-1", "text": "I want to report my employer"})
    ack = await ws.receive_json()
    assert ack == {"type": "ack", "id": "w-1"}
    # At the moment of the acknowledgement the message is already in the database.
    assert [store.cipher.decrypt(m.text_enc) for m in _inbound(store)] == ["I want to report my employer"]
    reply = await ws.receive_json()
    assert reply["type"] == "reply" and reply["id"] == "w-1"
    assert "112" in reply["messages"][0]["text"]
    assert reply["conversation"]["state"] == "waiting_for_staff"
    await ws.close()


async def test_websocket_bad_frames_get_errors_and_the_socket_stays_open(gateway: GatewayClient) -> None:
    ws = await gateway.ws_connect("/ws/chat")
    await ws.send_str("not json")
    assert (await ws.receive_json())["type"] == "error"
    await ws.send_json({"type": "message", "id": "x-1", "text": "hallo"})
    error = await ws.receive_json()
    assert error["type"] == "error" and "start" in error["error"]
    await ws.send_json({"type": "start", "session": "ws-" + uuid.uuid4().hex})
    assert (await ws.receive_json())["type"] == "ready"
    await ws.close()


async def test_danger_is_answered_by_the_safety_net_even_without_rasa(gateway: GatewayClient, store: Store) -> None:
    resp = await gateway.post(
        "/api/v1/chat",
        json={"session": "reporter-" + "e" * 12, "text": "Help, he is going to kill me tonight"},
    )
    body = await resp.json()
    assert body["conversation"]["triage"] == "T0"
    assert body["conversation"]["state"] == "waiting_for_staff"
    assert any("112" in m["text"] for m in body["messages"])
    with store.transaction() as session:
        conversation = session.scalars(select(Conversation)).one()
        assert conversation.escalation_reason == "danger"


async def test_raw_session_id_is_never_stored(gateway: GatewayClient, store: Store) -> None:
    session_id = "reporter-" + uuid.uuid4().hex
    await gateway.post("/api/v1/chat", json={"session": session_id, "text": "hallo daar"})
    with store.transaction() as session:
        conversation = session.scalars(select(Conversation)).one()
        assert session_id not in conversation.reporter_pseudonym
        assert conversation.reporter_pseudonym == store.pseudonym("api", session_id)
