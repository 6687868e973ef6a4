"""Anonymous follow-up: back with the receipt code on any channel, add to the report, read staff replies."""

from __future__ import annotations

import uuid

from sqlalchemy import select

from channels.texts import (
    DANGER,
    FOLLOWUP_ADDED,
    FOLLOWUP_LOCKED,
    FOLLOWUP_NO_REPLIES,
    FOLLOWUP_UNKNOWN,
    FOLLOWUP_WELCOME,
)
from store.db import Store
from store.models import AuditEntry, Conversation, FollowUp, Signal
from store.signals import create_signal
from tests.console.conftest import Client, make_staff
from tests.store.test_signals import FIELDS


def _signal_with_code(store: Store) -> tuple[str, str]:
    with store.transaction() as session:
        conversation = Conversation(channel="webchat", reporter_pseudonym="p" * 64)
        session.add(conversation)
        session.flush()
        conversation_id = conversation.id
    signal_id, code = create_signal(conversation_id, FIELDS, store)
    assert code is not None
    return signal_id, code


async def _say(gateway: Client, session: str, text: str) -> dict[str, object]:
    resp = await gateway.post("/api/v1/chat", json={"session": session, "text": text})
    assert resp.status == 200
    body: dict[str, object] = await resp.json()
    return body


def _texts(body: dict[str, object]) -> list[str]:
    return [m["text"] for m in body["messages"]]  # type: ignore[attr-defined,index]


async def test_a_reporter_comes_back_adds_information_and_reads_the_staff_reply(gateway: Client, store: Store) -> None:
    signal_id, code = _signal_with_code(store)
    first = "back-" + uuid.uuid4().hex
    body = await _say(gateway, first, f"Hallo, ik heb een code: {code.lower()}")
    assert _texts(body) == [FOLLOWUP_WELCOME["nl"], FOLLOWUP_NO_REPLIES["nl"]]
    body = await _say(gateway, first, "Ze zijn gisteren verhuisd naar een huis in Laren")
    assert _texts(body) == [FOLLOWUP_ADDED["nl"]]

    # Staff see the addition on the signal page and reply; the reporter is not in the chat any more.
    anna = make_staff(store, "anna", "staff")
    await _say(gateway, first, "/followup_done")
    page = await (await gateway.get(f"/staff/signals/{signal_id}", headers=anna.cookies)).text()
    assert "Ze zijn gisteren verhuisd naar een huis in Laren" in page
    resp = await gateway.post(
        f"/staff/signals/{signal_id}/followup",
        data={"text": "Dank je. Weet je ook het huisnummer?"},
        headers=anna.headers(),
        allow_redirects=False,
    )
    assert resp.status == 303

    # Days later, another session (another phone): the code opens the thread and shows the reply once.
    body = await _say(gateway, "again-" + uuid.uuid4().hex, code)
    texts = _texts(body)
    assert texts[0] == FOLLOWUP_WELCOME["nl"] and "Dank je. Weet je ook het huisnummer?" in texts[1]
    body = await _say(gateway, "third-" + uuid.uuid4().hex, code)
    assert _texts(body) == [FOLLOWUP_WELCOME["nl"], FOLLOWUP_NO_REPLIES["nl"]]

    with store.transaction() as session:
        thread = session.scalars(select(FollowUp).where(FollowUp.signal_id == signal_id)).all()
        assert [(f.direction, f.seen_at is not None) for f in thread] == [("in", False), ("out", True)]
        assert all("Laren" not in f.text_enc for f in thread)  # encrypted at rest
        actions = session.scalars(select(AuditEntry.action).where(AuditEntry.object_id == signal_id)).all()
        assert {"followup.opened", "followup.added", "signal.followup_replied"} <= set(actions)
        assert code.replace("-", "") not in (session.get_one(Signal, signal_id).receipt_hash or "")


async def test_wrong_codes_are_rate_limited_even_before_the_right_one(gateway: Client, store: Store) -> None:
    _, code = _signal_with_code(store)
    session = "guess-" + uuid.uuid4().hex
    for i in range(5):
        body = await _say(gateway, session, f"AAAA{i + 2}-BBBBB-CCCCC-DDDDD")
        assert _texts(body) == [FOLLOWUP_UNKNOWN["nl"]]
    body = await _say(gateway, session, code)
    assert _texts(body) == [FOLLOWUP_LOCKED["nl"]]
    assert "0800-2000" in FOLLOWUP_LOCKED["nl"]


async def test_danger_during_follow_up_still_escalates(gateway: Client, store: Store) -> None:
    _, code = _signal_with_code(store)
    session = "danger-" + uuid.uuid4().hex
    await _say(gateway, session, code)
    body = await _say(gateway, session, "Help, hij slaat me nu en ik kan niet weg")
    assert _texts(body)[0] == DANGER["nl"]
    assert body["conversation"]["triage"] == "T0"  # type: ignore[index]
    assert body["conversation"]["state"] == "waiting_for_staff"  # type: ignore[index]
