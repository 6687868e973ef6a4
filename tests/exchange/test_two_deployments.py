"""Two deployments exchange a signal directly: A pushes (`meldpunt exchange push`) to B's signed inbound
endpoint; B imports it once, however often it arrives, keeping its id and origin, without a receipt code."""

from __future__ import annotations

import io
import json
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

import aiohttp
from aiohttp.test_utils import TestServer
from sqlalchemy import select, update

from channels.app import create_app
from meldpunt.partners import signed_headers
from store.db import Store
from store.exchange import ExchangeDelivery
from store.models import AuditEntry, Signal
from store.signals import signal_to_dict
from tests.conftest import free_port
from tests.exchange.conftest import SECRET, configure, meldpunt, new_signal, sibling_store

Server = Callable[..., Awaitable[TestServer]]


async def _serve(store: Store, aiohttp_server: Server) -> TestServer:
    settings = store.settings.model_copy(
        update={"rasa_port": free_port(), "rasa_timeout": 2.0, "exchange_poll_interval": 60, "retention_interval": 0}
    )
    return await aiohttp_server(create_app(settings, store))


def _signals(store: Store) -> list[Signal]:
    with store.transaction() as session:
        return list(session.scalars(select(Signal)))


async def test_a_signal_goes_from_one_deployment_to_another_once(
    store: Store, tmp_path: Path, aiohttp_server: Server
) -> None:
    with sibling_store(store, tmp_path / "deployment-b") as b:
        configure(b, "vt-b", [{"name": "vt-a", "receive": True}], {"vt-a": SECRET})
        server_b = await _serve(b, aiohttp_server)
        url_b = str(server_b.make_url("/api/v1/exchange/signals"))
        configure(store, "vt-a", [{"name": "vt-b", "url": url_b, "send": {"triage": ["T2"]}}], {"vt-b": SECRET})
        signal_id = new_signal(store)

        code, out, err = await meldpunt(store, "exchange", "push", signal_id)
        assert code == 0, err
        assert f"vt-b\t{signal_id}\tattempt 1: delivered HTTP 200" in out

        [imported] = _signals(b)
        with store.transaction() as session:
            original = signal_to_dict(session.get_one(Signal, signal_id), store.cipher)
        copy = signal_to_dict(imported, b.cipher)  # B decrypts with its own key
        assert {**copy, "conversation_id": None} == {**original, "conversation_id": None}
        assert imported.origin == "vt-a" and imported.receipt_hash is None and imported.conversation_id is None
        with b.transaction() as session:
            entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "signal.imported")).one()
            assert (entry.actor, entry.object_id, entry.detail["origin"]) == ("partner:vt-a", signal_id, "vt-a")

        # A lost acknowledgement (A stopped after B stored it): A sends again; B keeps one.
        with store.transaction() as session:
            session.execute(update(ExchangeDelivery).values(status="pending"))
        code, out, err = await meldpunt(store, "exchange", "push", "--all-pending")
        assert code == 0, err
        assert "attempt 2: delivered HTTP 200" in out
        assert len(_signals(b)) == 1

        # The same document by file, into B: known already, nothing added.
        document = json.dumps(original)
        code, out, err = await meldpunt(b, "import-signals", "-", "--origin", "vt-a", stdin=document.encode())
        assert code == 0, err
        assert "imported 0 signal(s); 1 known already" in out
        assert len(_signals(b)) == 1

        code, out, _ = await meldpunt(store, "exchange", "log", "--signal", signal_id)
        assert f"vt-b\t{signal_id}\tdelivered\t2\t200\t-" in out


async def test_the_inbound_endpoint_checks_the_signature_before_it_reads_the_body(
    store: Store, aiohttp_server: Server
) -> None:
    configure(store, "vt-b", [{"name": "vt-a", "receive": True}, {"name": "quiet", "url": "http://127.0.0.1:9/",
              "send": "all"}], {"vt-a": SECRET, "quiet": SECRET})  # fmt: skip
    server = await _serve(store, aiohttp_server)
    url = server.make_url("/api/v1/exchange/signals")

    async with aiohttp.ClientSession() as http:

        async def post(body: bytes, sender: str = "vt-a", secret: str = SECRET, age: int = 0,
                       tamper: bool = False) -> tuple[int, dict[str, object]]:  # fmt: skip
            headers = signed_headers(sender, secret.encode(), body, "d-1", time.time() - age)
            data = io.BytesIO(body + (b" " if tamper else b""))  # aiohttp wants large bodies as a stream
            async with http.post(url, data=data, headers=headers) as resp:
                return resp.status, await resp.json()

        garbage = b"{not json"
        assert (await post(garbage, secret="wrong-secret-but-long-enough-0123456789"))[0] == 401
        assert (await post(garbage, tamper=True))[0] == 401
        assert (await post(garbage, sender="stranger"))[0] == 401
        status, body = await post(garbage, age=301)
        assert status == 401 and "replay window" in str(body["error"])
        status, body = await post(garbage, sender="quiet")  # signed right, but not allowed to send here
        assert status == 403
        status, body = await post(garbage)  # signed right: only now is the body read, and refused
        assert (status, body["error"]) == (400, "the body is not valid JSON")
        async with http.post(url, data=b"{}") as resp:  # no signature at all
            assert resp.status == 401
        status, body = await post(b"[" + b" " * 1024 * 1024 + b"]")
        assert (status, body["error"]) == (413, "the body is too large (at most 1 MiB)")
    assert _signals(store) == []
    with store.transaction() as session:
        refused = session.scalars(select(AuditEntry).where(AuditEntry.action == "access.refused")).all()
        assert len(refused) == 6 and {e.object_type for e in refused} == {"exchange"}
