"""Outbound reliability across a restart: what a stopped process left is answered or marked, never sent twice."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from aiohttp.test_utils import TestServer
from sqlalchemy import select

from channels import intake, outbound
from channels.adapters.base import Inbound, Outbound
from channels.app import create_app
from channels.intake import TurnOutcome
from store.db import Store
from store.models import Delivery, Message
from tests.channels.conftest import GatewayClient, until
from tests.channels.fake_providers import MessagingProviders
from tests.conftest import free_port

Client = Callable[[TestServer], Awaitable[GatewayClient]]


async def _start(store: Store, providers: MessagingProviders, aiohttp_client: Client) -> GatewayClient:
    port = free_port()
    settings = store.settings.model_copy(
        update={"rasa_port": free_port(), "rasa_timeout": 2.0, **providers.settings(f"http://127.0.0.1:{port}")}
    )
    return await aiohttp_client(TestServer(create_app(settings, store), host="127.0.0.1", port=port))


async def test_a_message_stored_but_not_answered_before_a_stop_is_answered_at_start_up(
    store: Store, providers: MessagingProviders, aiohttp_client: Client
) -> None:
    number = "+31611112222"
    accepted = intake.accept(store, Inbound("sms", number, "Hallo, is daar iemand?", "SM" + "a" * 32))
    outbound.note_inbound(store, accepted, number)
    await _start(store, providers, aiohttp_client)
    await until(lambda: len(providers.twilio.to(number)) == 1)
    with store.transaction() as session:
        assert session.get_one(Message, accepted.message_id).status == "fallback"  # Rasa is down here


async def test_a_send_interrupted_mid_call_is_not_repeated_and_shows_as_unknown(
    store: Store, providers: MessagingProviders, aiohttp_client: Client
) -> None:
    number = "+31633334444"
    accepted = intake.accept(store, Inbound("sms", number, "Hallo", "SM" + "b" * 32))
    outbound.note_inbound(store, accepted, number)
    intake.finish_turn(store, accepted.message_id, TurnOutcome([Outbound("Dag! Waarmee kan ik helpen?")], "answered"))
    with store.transaction() as session:
        reply = session.scalars(select(Message).where(Message.reply_to == accepted.message_id)).one()
        session.add(Delivery(message_id=reply.id, conversation_id=reply.conversation_id, part=0,
                             text_enc=store.cipher.encrypt("Dag!"), status="sending", attempts=1))  # fmt: skip
    await _start(store, providers, aiohttp_client)
    with store.transaction() as session:
        reply = session.get_one(Message, reply.id)
        assert reply.status == "unknown"
    assert providers.twilio.attempts == 0


async def test_a_reply_whose_deliveries_were_never_created_is_sent_at_start_up(
    store: Store, providers: MessagingProviders, aiohttp_client: Client
) -> None:
    chat = "5123456789"
    accepted = intake.accept(store, Inbound("telegram", chat, "Hallo", "u1"))
    outbound.note_inbound(store, accepted, chat, "7")
    intake.finish_turn(store, accepted.message_id, TurnOutcome([Outbound("Dag! Waarmee kan ik helpen?")], "answered"))
    await _start(store, providers, aiohttp_client)
    await until(lambda: len(providers.telegram.sent_to(int(chat))) == 1)
    assert providers.telegram.sent_to(int(chat))[0]["text"] == "Dag! Waarmee kan ik helpen?"
