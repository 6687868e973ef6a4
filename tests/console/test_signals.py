"""The signal page's workflow and outcome fields, notes, assignment and exports; the honest notices."""

from __future__ import annotations

import asyncio
import csv
import io
import json
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta

import jsonschema
import pytest
from aiohttp import web
from sqlalchemy import select

from channels.app import create_app
from channels.texts import OFF_HOURS, WAIT_TIMEOUT
from meldpunt.settings import REPO_ROOT
from store.db import Store
from store.models import AuditEntry, Conversation, Message, Signal
from store.signals import create_signal
from store.staff import SignalCase
from tests.conftest import free_port
from tests.console.conftest import Client, make_staff

SCHEMA = json.loads((REPO_ROOT / "docs" / "signal.schema.json").read_text())
FIELDS = {
    "channel": "api", "language": "nl", "triage": "T2", "acute": False, "reporter_role": "neighbour",
    "anonymity": "confidential", "forms": ["labour"], "municipality": "huizen", "minors_involved": None,
    "indicators": [], "description": "=HYPERLINK(\"http://x\") mannen slapen in de garage",
}  # fmt: skip


def _signal(store: Store) -> str:
    with store.transaction() as session:
        conversation = Conversation(channel="api", reporter_pseudonym="p" * 64)
        session.add(conversation)
        session.flush()
        conversation_id = conversation.id
    return create_signal(conversation_id, FIELDS, store)[0]


def _audit(store: Store, object_id: str) -> list[str]:
    with store.transaction() as session:
        return list(session.scalars(select(AuditEntry.action).where(AuditEntry.object_id == object_id)))


async def _post(
    gateway: Client, path: str, headers: dict[str, str], form: dict[str, str] | list[tuple[str, str]]
) -> str:
    resp = await gateway.post(path, data=form, headers=headers, allow_redirects=False)
    assert resp.status == 303, await resp.text()
    return resp.headers["Location"]


async def test_the_workflow_moves_only_forward_and_a_referral_needs_a_target(gateway: Client, store: Store) -> None:
    signal_id = _signal(store)
    anna = make_staff(store, "anna", "staff")
    path = f"/staff/signals/{signal_id}/outcome"
    await _post(gateway, path, anna.headers(), {"status": "closed"})  # new → closed is not a step
    await _post(gateway, path, anna.headers(), {"status": "in_assessment", "triage_vt": "T1"})
    await _post(gateway, path, anna.headers(), {"status": "referred"})  # no "referred to": refused
    with store.transaction() as session:
        assert session.get_one(Signal, signal_id).status == "in_assessment"
    # The page posts the whole form each time, with the values already chosen.
    outcome = [("triage_vt", "T1"), ("doorverwezen_naar[]", "politie"), ("doorverwezen_naar[]", "comensha"),
               ("bedenktijd_aangeboden", "ja"), ("aangifte", "onbekend"), ("opvang", "ja")]  # fmt: skip
    await _post(gateway, path, anna.headers(), [("status", "referred"), *outcome])
    await _post(gateway, path, anna.headers(), [("status", "closed"), *outcome])
    with store.transaction() as session:
        signal = session.get_one(Signal, signal_id)
        case = session.scalars(select(SignalCase).where(SignalCase.signal_id == signal_id)).one()
        assert signal.status == "closed"
        assert case.doorverwezen_naar == ["politie", "comensha"] and case.triage_vt == "T1"
        assert case.bedenktijd_aangeboden == "ja" and case.opvang is True and case.afgesloten_op is not None
    assert _audit(store, signal_id).count("signal.updated") >= 3


async def test_a_note_is_shown_as_text_and_every_view_is_audited(gateway: Client, store: Store) -> None:
    signal_id = _signal(store)
    anna = make_staff(store, "anna", "staff")
    await _post(gateway, f"/staff/signals/{signal_id}/notes", anna.headers(), {"text": "<b>belde</b> de wijkagent"})
    page = await (await gateway.get(f"/staff/signals/{signal_id}", headers=anna.cookies)).text()
    assert "&lt;b&gt;belde&lt;/b&gt; de wijkagent" in page and "<b>belde</b>" not in page
    assert "mannen slapen in de garage" in page
    assert "signal.viewed" in _audit(store, signal_id)


async def test_a_coordinator_assigns_and_exports_json_and_csv_a_staff_member_may_not(
    gateway: Client, store: Store
) -> None:
    signal_id = _signal(store)
    anna = make_staff(store, "anna", "staff")
    coordinator = make_staff(store, "cora", "coordinator")
    await _post(gateway, f"/staff/signals/{signal_id}/assign", coordinator.headers(), {"account": anna.account_id})
    with store.transaction() as session:
        case = session.scalars(select(SignalCase).where(SignalCase.signal_id == signal_id)).one()
        assert case.assigned_to == anna.account_id

    for who in (anna,):
        resp = await gateway.post("/staff/export", data={"ids[]": signal_id}, headers=who.headers())
        assert resp.status == 403
        resp = await gateway.post(f"/staff/signals/{signal_id}/assign", data={"account": ""}, headers=who.headers())
        assert resp.status == 403

    resp = await gateway.post(
        "/staff/export", data={"ids[]": signal_id, "format": "json"}, headers=coordinator.headers()
    )
    assert resp.status == 200 and resp.headers["Cache-Control"] == "no-store"
    [record] = (await resp.json(content_type=None))["signals"]
    jsonschema.validate(record, SCHEMA)
    assert record["id"] == signal_id and record["description"] == FIELDS["description"]

    resp = await gateway.post(
        "/staff/export", data={"ids[]": signal_id, "format": "csv"}, headers=coordinator.headers()
    )
    rows = list(csv.DictReader(io.StringIO(await resp.text())))
    assert rows[0]["id"] == signal_id and rows[0]["municipality"] == "huizen"
    # A spreadsheet must not run reporter text as a formula.
    assert rows[0]["description"].startswith("'=HYPERLINK")
    assert _audit(store, signal_id).count("signal.exported") == 2


@pytest.mark.parametrize("kind", ["timeout", "off_hours"])
async def test_a_reporter_nobody_takes_is_told_honestly_and_given_the_phone_line(
    store: Store, aiohttp_client: Callable[[web.Application], Awaitable[Client]], kind: str
) -> None:
    # Staffed only during one minute twelve hours from now: it is off hours now.
    later = datetime.now(UTC) + timedelta(hours=12)
    window = (
        f"{later.strftime('%a').lower()} {later.strftime('%H:%M')}-{(later + timedelta(minutes=1)).strftime('%H:%M')}"
    )
    settings = store.settings.model_copy(
        update={"rasa_port": free_port(), "rasa_timeout": 2.0, "staff_poll_interval": 0.1, "staff_wait_timeout": 0.5,
                "staffed_hours": window if kind == "off_hours" else "", "staff_timezone": "UTC"}
    )  # fmt: skip
    gateway = await aiohttp_client(create_app(settings, store))
    body = await (
        await gateway.post("/api/v1/chat", json={"session": "w" * 20, "text": "Ik wil iemand spreken"})
    ).json()
    assert body["conversation"]["state"] == "waiting_for_staff"
    conversation_id = body["conversation"]["id"]
    expected = (OFF_HOURS if kind == "off_hours" else WAIT_TIMEOUT)["nl"]

    def told() -> list[str]:
        with store.transaction() as session:
            messages = session.scalars(select(Message).where(Message.conversation_id == conversation_id)).all()
            return [store.cipher.decrypt(m.text_enc) for m in messages if m.author == "system"]

    for _ in range(100):
        if expected in told():
            break
        await asyncio.sleep(0.1)
    assert expected in told()
    assert "0800-2000" in expected
    await asyncio.sleep(0.5)
    assert told().count(expected) == 1  # said once, not every tick
