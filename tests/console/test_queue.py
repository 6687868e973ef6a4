"""The queue shows what the intake already knows about a conversation that waits for staff before any signal."""

from __future__ import annotations

import asyncio
import re

from channels import intake
from channels.adapters.base import Inbound, Outbound
from channels.intake import TurnOutcome
from store.db import Store
from tests.console.conftest import Client, make_staff


async def test_a_waiting_conversation_shows_its_forms_and_municipality_before_a_signal_exists(
    gateway: Client, store: Store
) -> None:
    story = intake.accept(store, Inbound("webchat", "reporter-q1", "de baas in de kas in Huizen ...", "q1"))
    intake.finish_turn(
        store,
        story.message_id,
        TurnOutcome(
            [Outbound("Bel nu 112.")], "answered", triage="T0", escalation="danger", answers=(["labour"], "huizen"),
        ),
    )  # fmt: skip
    # A later turn the bot could not read the answers of (Rasa down: no slots) keeps what was known.
    again = intake.accept(store, Inbound("webchat", "reporter-q1", "hallo?", "q2"))
    intake.finish_turn(store, again.message_id, TurnOutcome([Outbound("Een moment.")], "fallback"))
    anna = make_staff(store, "anna", "staff")
    await asyncio.sleep(0.6)  # the live queue is rebuilt every 0.2 s in these tests
    resp = await gateway.get("/staff/queue", headers=anna.cookies, allow_redirects=False)
    html = await resp.text()
    row = re.search(rf"<tr[^>]*>(?:(?!</tr>).)*{story.conversation.id}(?:(?!</tr>).)*</tr>", html, re.S)
    assert row, "the conversation is not in the queue"
    assert "<td>labour</td><td>huizen</td>" in row.group(0)


async def test_starting_again_empties_what_the_queue_shows(gateway: Client, store: Store) -> None:
    story = intake.accept(store, Inbound("webchat", "reporter-q2", "mijn buurvrouw in Laren ...", "q3"))
    intake.finish_turn(store, story.message_id, TurnOutcome(
        [Outbound("...")], "answered", escalation="human", answers=(["sexual"], "laren")))  # fmt: skip
    restart = intake.accept(store, Inbound("webchat", "reporter-q2", "opnieuw beginnen", "q4"))
    intake.finish_turn(store, restart.message_id, TurnOutcome([Outbound("We beginnen opnieuw.")], "answered",
                                                              answers=([], None)))  # fmt: skip
    anna = make_staff(store, "anna", "staff")
    await asyncio.sleep(0.6)
    html = await (await gateway.get("/staff/queue", headers=anna.cookies, allow_redirects=False)).text()
    row = re.search(rf"<tr[^>]*>(?:(?!</tr>).)*{story.conversation.id}(?:(?!</tr>).)*</tr>", html, re.S)
    assert row, "the conversation is not in the queue"
    assert "<td></td><td></td>" in row.group(0) and "sexual" not in row.group(0)
