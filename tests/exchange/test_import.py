"""`meldpunt import-signals` and the inbound endpoint take the schema's format, refuse bad documents with a
clear error and store nothing of them, and import a signal once."""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import aiohttp
import jsonschema
from aiohttp.test_utils import TestServer
from sqlalchemy import func, select

from channels.app import create_app
from meldpunt.partners import signed_headers
from meldpunt.settings import REPO_ROOT
from store.db import Store
from store.models import Signal
from tests.conftest import free_port
from tests.exchange.conftest import SECRET, configure, meldpunt

SCHEMA = json.loads((REPO_ROOT / "docs" / "signal.schema.json").read_text())
Server = Callable[..., Awaitable[TestServer]]


def document(**changes: Any) -> dict[str, Any]:
    doc = {
        "id": str(uuid.uuid4()), "received_at": "2026-03-02T10:15:00+00:00", "channel": "telegram",
        "language": "pl", "triage": "T3", "acute": False, "reporter_role": "colleague", "anonymity": "anonymous",
        "forms": ["labour", "criminal"], "municipality": "hilversum", "minors_involved": False,
        "indicators": [{"indicator_id": "B1", "answer": "no", "source": "told_by_person"}],
        "description": "Pracują 14 godzin dziennie", "status": "referred",
    }  # fmt: skip
    jsonschema.validate(doc, SCHEMA)
    return {**doc, **changes}


def _count(store: Store) -> int:
    with store.transaction() as session:
        return session.scalar(select(func.count()).select_from(Signal)) or 0


async def test_a_file_of_signals_is_imported_once_with_its_ids(store: Store, tmp_path: Path) -> None:
    docs = [document(), document(description=None, triage=None)]
    path = tmp_path / "signals.json"
    path.write_text(json.dumps(docs))
    code, out, err = await meldpunt(store, "import-signals", str(path), "--origin", "politie-mn")
    assert code == 0, err
    assert "imported 2 signal(s); 0 known already" in out
    code, out, _ = await meldpunt(store, "import-signals", str(path), "--origin", "politie-mn")
    assert "imported 0 signal(s); 2 known already" in out
    assert _count(store) == 2
    with store.transaction() as session:
        first = session.get_one(Signal, docs[0]["id"])
        assert first.origin == "politie-mn" and first.receipt_hash is None
        assert first.status == "new"  # our own handling starts here; the sender's status is in the audit entry
        assert store.cipher.decrypt(first.description_enc or "") == "Pracują 14 godzin dziennie"
        assert first.received_at.isoformat() == "2026-03-02T10:15:00+00:00"


async def test_a_bad_document_is_refused_with_the_reason_and_nothing_is_imported(store: Store, tmp_path: Path) -> None:
    good = document()
    bad = document(triage="T9", unknown_field=1)
    del bad["channel"]
    path = tmp_path / "signals.json"
    path.write_text(json.dumps([good, bad]))
    code, _, err = await meldpunt(store, "import-signals", str(path))
    assert code == 2
    assert "signal 1: triage: 'T9' is not one of" in err
    assert "signal 1: (document): 'channel' is a required property" in err
    assert "unknown_field" in err and "nothing was imported" in err
    assert _count(store) == 0  # the good one waits too: the file is fixed and imported whole

    for text, says in [("{", "is not valid JSON"), ("[]", "the list holds no signals"),
                       (json.dumps(document(received_at="yesterday")), "received_at"),
                       (json.dumps(document(id="not-a-uuid")), "id: 'not-a-uuid' is not a 'uuid'")]:  # fmt: skip
        code, _, err = await meldpunt(store, "import-signals", "-", stdin=text.encode())
        assert code == 2 and says in err, (text, err)
    assert _count(store) == 0


async def test_the_endpoint_refuses_an_invalid_signed_document_and_takes_a_list(
    store: Store, aiohttp_server: Server
) -> None:
    configure(store, "vt-b", [{"name": "vt-a", "receive": True}], {"vt-a": SECRET})
    settings = store.settings.model_copy(update={"rasa_port": free_port(), "retention_interval": 0})
    server = await aiohttp_server(create_app(settings, store))
    url = server.make_url("/api/v1/exchange/signals")

    async def post(payload: Any) -> tuple[int, dict[str, Any]]:
        body = json.dumps(payload).encode()
        async with (
            aiohttp.ClientSession() as http,
            http.post(url, data=body, headers=signed_headers("vt-a", SECRET.encode(), body, "d", time.time())) as resp,
        ):
            return resp.status, await resp.json()

    status, body = await post([document(), document(forms=["fishing"])])
    assert status == 400 and body["error"] == "the signals are not valid"
    assert body["details"] == ["signal 1: forms/0: 'fishing' is not one of ['sexual', 'labour', 'criminal', 'begging',"
                               " 'organ_removal', 'forced_marriage', 'surrogacy', 'illegal_adoption',"
                               " 'domestic_servitude', 'unknown']"]  # fmt: skip
    assert _count(store) == 0
    one, two = document(), document()
    status, body = await post([one, two, one])
    assert (status, body) == (200, {"imported": [one["id"], two["id"]], "duplicates": [one["id"]]})
    status, body = await post(two)
    assert (status, body) == (200, {"imported": [], "duplicates": [two["id"]]})
    assert _count(store) == 2
