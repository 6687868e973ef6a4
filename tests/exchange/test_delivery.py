"""Pushing signals to a partner webhook: signed, retried with back-off until acknowledged, delivered once."""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from datetime import timedelta
from typing import Any

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer
from sqlalchemy import select

from channels.app import create_app
from store.db import Store
from store.exchange import ExchangeDelivery
from store.models import Signal
from tests.channels.conftest import until
from tests.conftest import free_port
from tests.exchange.conftest import SECRET, FakePartner, configure, new_signal

Server = Callable[[web.Application], Awaitable[TestServer]]
Client = Callable[[web.Application], Awaitable[TestClient[web.Request, web.Application]]]


def _deliveries(store: Store, signal_id: str | None = None) -> list[ExchangeDelivery]:
    with store.transaction() as session:
        query = select(ExchangeDelivery).order_by(ExchangeDelivery.partner)
        if signal_id:
            query = query.where(ExchangeDelivery.signal_id == signal_id)
        return list(session.scalars(query))


async def _gateway(store: Store, aiohttp_client: Client) -> TestClient[web.Request, web.Application]:
    """Deployment A's gateway (its delivery worker runs in it); Rasa unreachable, fast retries."""
    settings = store.settings.model_copy(update={"rasa_port": free_port(), "rasa_timeout": 2.0})
    return await aiohttp_client(create_app(settings, store))


def _fast(**more: Any) -> dict[str, Any]:
    return {"exchange_backoff": 0.2, "exchange_poll_interval": 0.05, "exchange_timeout": 1.0,
            "retention_interval": 0, **more}  # fmt: skip


@pytest.mark.parametrize("second_failure", ["drop", "slow"])
async def test_a_partner_that_fails_twice_gets_the_signal_exactly_once(
    store: Store, aiohttp_server: Server, aiohttp_client: Client, second_failure: str
) -> None:
    partner = FakePartner(SECRET, script=["500", second_failure, "ok"])
    server = await aiohttp_server(partner.app())
    configure(store, "vtgv", [{"name": "vt-utrecht", "url": str(server.make_url("/hook")), "send": "all"}],
              {"vt-utrecht": SECRET}, **_fast())  # fmt: skip
    signal_id = new_signal(store)
    [queued] = _deliveries(store, signal_id)  # queued with the signal, in its transaction
    assert (queued.partner, queued.status, queued.attempts) == ("vt-utrecht", "pending", 0)

    await _gateway(store, aiohttp_client)
    await until(lambda: _deliveries(store, signal_id)[0].status == "delivered", timeout=30)

    [row] = _deliveries(store, signal_id)
    assert (row.attempts, row.last_status_code, row.last_error) == (3, 200, None)
    assert row.delivered_at is not None
    assert [r["how"] for r in partner.requests] == ["500", second_failure, "ok"]
    # Every attempt carried the same delivery id and a signature the partner could verify.
    assert {r["headers"]["X-Meldpunt-Delivery"] for r in partner.requests} == {row.id}
    assert all(r["verified"] for r in partner.requests)
    assert {r["headers"]["X-Meldpunt-Sender"] for r in partner.requests} == {"vtgv"}
    # The partner holds the signal once, as the schema document, without our conversation id.
    assert len(partner.stored) == 1
    [document] = partner.stored.values()
    assert document["id"] == signal_id and document["description"] == "Mannen slapen in de garage van de wasstraat"
    assert "conversation_id" not in document


async def test_the_back_off_doubles_and_pending_deliveries_survive_a_restart(
    store: Store, aiohttp_server: Server, aiohttp_client: Client
) -> None:
    partner = FakePartner(SECRET, script=["500", "500"])
    server = await aiohttp_server(partner.app())
    configure(store, "vtgv", [{"name": "p", "url": str(server.make_url("/hook")), "send": "all"}],
              {"p": SECRET}, **_fast(exchange_backoff=1.0))  # fmt: skip
    signal_id = new_signal(store)
    first = await _gateway(store, aiohttp_client)

    def second_failure_recorded() -> bool:
        row = _deliveries(store)[0]
        return (
            row.attempts == 2
            and row.last_attempt_at is not None
            and row.next_attempt_at - row.last_attempt_at < timedelta(seconds=30)
        )

    await until(second_failure_recorded)  # the claim's lease (timeout + 60 s) is replaced by the back-off
    row = _deliveries(store)[0]
    assert row.last_error == "http_500" and row.last_status_code == 500
    assert row.status == "pending" and row.last_attempt_at is not None
    # After the second failure the next attempt waits twice the first delay.
    assert abs((row.next_attempt_at - row.last_attempt_at).total_seconds() - 2.0) < 0.5
    await first.close()  # the gateway stops with the delivery still pending

    await _gateway(store, aiohttp_client)  # a new process picks it up from the database
    await until(lambda: _deliveries(store)[0].status == "delivered", timeout=30)
    assert _deliveries(store)[0].attempts == 3
    assert [r["how"] for r in partner.requests] == ["500", "500", "ok"]
    assert [d["id"] for d in partner.stored.values()] == [signal_id]


async def test_a_refusal_is_not_retried_and_the_log_says_why(
    store: Store, aiohttp_server: Server, aiohttp_client: Client
) -> None:
    partner = FakePartner("another-secret-that-is-long-enough-0123456789")  # we sign with the wrong secret
    server = await aiohttp_server(partner.app())
    configure(store, "vtgv", [{"name": "p", "url": str(server.make_url("/hook")), "send": "all"}],
              {"p": SECRET}, **_fast())  # fmt: skip
    new_signal(store)
    await _gateway(store, aiohttp_client)
    await until(lambda: _deliveries(store)[0].status == "failed")
    row = _deliveries(store)[0]
    assert (row.attempts, row.last_status_code, row.last_error) == (1, 401, "http_401")
    assert partner.stored == {} and [r["verified"] for r in partner.requests] == [False]


def test_signals_go_only_to_the_partners_that_want_them(store: Store) -> None:
    configure(store, "vtgv", [
        {"name": "acute-only", "url": "http://127.0.0.1:9/hook", "send": {"triage": ["T0", "T1"]}},
        {"name": "huizen", "url": "http://127.0.0.1:9/hook", "send": {"municipality": ["huizen"], "forms": ["labour"]}},
        {"name": "everything", "url": "http://127.0.0.1:9/hook", "send": "all"},
        {"name": "inbound-only", "receive": True},
    ], {})  # fmt: skip
    labour_in_huizen = new_signal(store)
    acute_elsewhere = new_signal(store, triage="T1", municipality="laren")
    assert [d.partner for d in _deliveries(store, labour_in_huizen)] == ["everything", "huizen"]
    assert [d.partner for d in _deliveries(store, acute_elsewhere)] == ["acute-only", "everything"]


def test_an_unusable_partner_list_never_costs_a_signal(store: Store) -> None:
    configure(store, "vtgv", [], {})
    store.settings = store.settings.model_copy(update={"partners": '[{"name": "x", "url": "http://h/"'})
    signal_id = new_signal(store)
    with store.transaction() as session:
        assert session.get(Signal, signal_id) is not None
    assert _deliveries(store) == []
    store.settings = store.settings.model_copy(update={"partners": json.dumps([{"name": "x", "url": "http://h/"}])})
    assert _deliveries(store, new_signal(store)) == []  # a url without "send" is refused, not guessed
