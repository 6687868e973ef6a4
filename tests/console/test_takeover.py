"""The takeover is an atomic claim; while staff hold a conversation the bot never answers."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from aiohttp import web
from sqlalchemy import select

from channels.keys import SETTINGS, STORE
from console import data
from console.auth import Who
from console.live import Live
from meldpunt.settings import Settings
from store.db import Store
from store.models import AuditEntry, Conversation
from store.staff import ConversationHold
from tests.console.conftest import Client, make_staff


def _who(store: Store, name: str) -> Who:
    person = make_staff(store, name, "staff")
    return Who(person.account_id, name, "staff", "full", "nl")


def test_two_staff_never_both_hold_a_conversation(store: Store) -> None:
    with store.transaction() as session:
        conversation = Conversation(channel="webchat", reporter_pseudonym="x", state="waiting_for_staff")
        session.add(conversation)
        session.flush()
        conversation_id = conversation.id
    people = [_who(store, f"p{i}") for i in range(6)]
    with ThreadPoolExecutor(6) as pool:
        results = list(pool.map(lambda who: data.take_over(store, who, conversation_id), people))
    assert sum(r.ok for r in results) == 1
    assert {r.reason for r in results if not r.ok} == {"taken"}
    with store.transaction() as session:
        actions = session.scalars(select(AuditEntry.action).where(AuditEntry.object_id == conversation_id)).all()
        assert actions.count("conversation.taken_over") == 1
        assert actions.count("conversation.takeover_refused") == 5


async def test_the_bot_is_silent_while_staff_hold_the_conversation(gateway: Client, store: Store) -> None:
    first = await (await gateway.post("/api/v1/chat", json={"session": "s" * 20, "text": "hallo"})).json()
    conversation_id = first["conversation"]["id"]
    anna = make_staff(store, "anna", "staff")
    resp = await gateway.post(f"/staff/conversations/{conversation_id}/takeover", headers=anna.headers(),
                              allow_redirects=False)  # fmt: skip
    assert resp.status == 303
    answer = await (await gateway.post("/api/v1/chat", json={"session": "s" * 20, "text": "is daar iemand?"})).json()
    assert answer["conversation"]["state"] == "staff"
    assert answer["messages"] == []
    resp = await gateway.post(f"/staff/conversations/{conversation_id}/handback", headers=anna.headers(),
                              allow_redirects=False)  # fmt: skip
    assert resp.status == 303
    with store.transaction() as session:
        assert session.get_one(Conversation, conversation_id).state == "bot"


def test_a_takeover_during_the_wait_notice_check_never_fails(store: Store) -> None:
    """The console's poller creates the hold row of a waiting conversation while staff may be taking it over at
    that moment; both used to INSERT the row, and on PostgreSQL the takeover then failed with a server error."""
    app = web.Application()
    app[STORE] = store
    app[SETTINGS] = Settings(data_dir=store.settings.data_dir, staffed_hours="mon 00:00-00:00", staff_wait_timeout=0)
    poller = Live(app)
    anna = _who(store, "anna")
    for _ in range(20):
        with store.transaction() as session:
            conversation = Conversation(channel="webchat", reporter_pseudonym="x", state="waiting_for_staff")
            session.add(conversation)
            session.flush()
            conversation_id = conversation.id
        with ThreadPoolExecutor(2) as pool:
            notices = pool.submit(poller._due_notices, [conversation_id])
            taken = pool.submit(data.take_over, store, anna, conversation_id)
            change, due = taken.result(), notices.result()
        assert change.ok
        with store.transaction() as session:
            hold = session.get_one(ConversationHold, conversation_id)
            assert hold.held_by == anna.account_id
            # Told "nobody is there" only if the check ran before the takeover, never after it.
            assert hold.notice is None or due
