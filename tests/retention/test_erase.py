"""Erasure on request (CLI and console): the person's data are deleted and the reason is in the audit log."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import func, select

from store.db import Store
from store.exchange import ExchangeDelivery
from store.models import AuditEntry, Conversation, FollowUp, Message, Signal, utcnow
from store.retention import purge
from store.staff import SignalCase, SignalNote
from tests.console.conftest import Client, make_staff
from tests.exchange.conftest import meldpunt
from tests.retention.conftest import SECRET_WORDS, conversation, everything_decryptable, signal, tracker_table


def _local_date(at: datetime) -> str:
    return at.astimezone(ZoneInfo("Europe/Amsterdam")).date().isoformat()


def _count(store: Store, model: object) -> int:
    with store.transaction() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0  # type: ignore[arg-type]


def _erasures(store: Store) -> list[AuditEntry]:
    with store.transaction() as session:
        return list(session.scalars(select(AuditEntry).where(AuditEntry.action.startswith("erasure."))))


def _trackers(store: Store) -> int:
    engine, table = tracker_table(store)
    with engine.connect() as conn:
        n = conn.execute(select(func.count()).select_from(table)).scalar_one()
    engine.dispose()
    return int(n)


async def test_erasing_a_signal_on_request_removes_it_and_records_the_reason(store: Store) -> None:
    signal_id = signal(store, received=timedelta(days=3), case={"vb_besluit": "politie"})
    with store.transaction() as session:
        first = session.get_one(Signal, signal_id).conversation_id
        # The reporter came back with the receipt code in a second conversation: that is theirs too.
        back = conversation(store, ended=timedelta(hours=1)).conversation_id
        session.get_one(Conversation, back).followup_signal_id = signal_id
        session.add(ExchangeDelivery(partner="p", signal_id=signal_id))
    other = conversation(store, ended=timedelta(hours=2))  # someone else's: stays

    code, out, err = await meldpunt(
        store, "erase", "--signal", signal_id, "--reason", "Verzoek betrokkene 12-3, AVG art. 17"
    )
    assert code == 0, err
    assert f"erased signal {signal_id}" in out
    with store.transaction() as session:
        assert session.get(Signal, signal_id) is None and session.get(SignalCase, signal_id) is None
        assert session.get(Conversation, first) is None and session.get(Conversation, back) is None
    assert _count(store, FollowUp) == _count(store, SignalNote) == _count(store, ExchangeDelivery) == 0
    assert _trackers(store) == 1  # only the other conversation's
    left = everything_decryptable(store)
    assert SECRET_WORDS[0] in left and len(left) == len(other.ciphertexts)  # the other person's data only
    [entry] = _erasures(store)
    assert (entry.actor, entry.action, entry.object_id) == ("cli", "erasure.signal", signal_id)
    assert entry.detail["reason"] == "Verzoek betrokkene 12-3, AVG art. 17"
    assert entry.detail["signals"] == 1 and entry.detail["conversations"] == 2 and entry.detail["trackers"] == 2


async def test_erasing_a_conversation_keeps_the_signal_made_from_it(store: Store) -> None:
    signal_id = signal(store, received=timedelta(days=3))
    with store.transaction() as session:
        conversation_id = session.get_one(Signal, signal_id).conversation_id
    assert conversation_id is not None
    code, _, err = await meldpunt(store, "erase", "--conversation", conversation_id, "--reason", "verzoek melder")
    assert code == 0, err
    with store.transaction() as session:
        assert session.get(Conversation, conversation_id) is None
        assert session.get_one(Signal, signal_id).conversation_id is None
    assert _count(store, Message) == 0 and _trackers(store) == 0
    assert _erasures(store)[0].detail["reason"] == "verzoek melder"


async def test_an_erasure_without_a_good_reason_or_target_deletes_nothing(store: Store) -> None:
    signal_id = signal(store, received=timedelta(days=3))
    code, _, err = await meldpunt(store, "erase", "--signal", signal_id, "--reason", " x ")
    assert code == 2 and "reason of 3 to 500 characters" in err
    code, _, err = await meldpunt(store, "erase", "--signal", signal_id)
    assert code == 2 and "--reason" in err
    code, _, err = await meldpunt(store, "erase", "--signal", "00000000-0000-0000-0000-000000000000", "--reason", "abc")
    assert code == 2 and "no such signal" in err
    assert _count(store, Signal) == 1 and _erasures(store) == []


# ------------------------------------------------------------------------------------------------ console
async def test_a_coordinator_erases_a_signal_in_the_console_after_confirming(gateway: Client, store: Store) -> None:
    signal_id = signal(store, received=timedelta(days=3))
    with store.transaction() as session:
        session.add(ExchangeDelivery(partner="vt-utrecht", signal_id=signal_id, status="delivered"))
    coordinator = make_staff(store, "cora", "coordinator")
    page = await (await gateway.get(f"/staff/erasure?signal={signal_id}", headers=coordinator.cookies)).text()
    assert "1 gesprek(ken) met 3 bericht(en), 1 vervolgbericht(en), 1 notitie(s)" in page
    assert "Al verstuurd naar: vt-utrecht" in page
    assert SECRET_WORDS[0] not in page and SECRET_WORDS[2] not in page  # counts, never content

    form = {"kind": "signal", "id": signal_id, "reason": "verzoek van de melder"}
    resp = await gateway.post("/staff/erasure", data=form, headers=coordinator.headers())  # not confirmed
    assert resp.status == 400 and "Bevestig eerst" in await resp.text()
    resp = await gateway.post("/staff/erasure", data={**form, "confirm": "yes"}, headers=coordinator.cookies)
    assert resp.status == 403  # no CSRF token
    resp = await gateway.post("/staff/erasure", data={**form, "confirm": "yes", "reason": "x"},
                              headers=coordinator.headers())  # fmt: skip
    assert resp.status == 400 and "reden van 3 tot 500" in await resp.text()
    assert _count(store, Signal) == 1 and _erasures(store) == []

    resp = await gateway.post("/staff/erasure", data={**form, "confirm": "yes"}, headers=coordinator.headers())
    assert resp.status == 200 and "Verwijderd. De reden staat in het auditlog." in await resp.text()
    assert _count(store, Signal) == 0
    [entry] = _erasures(store)
    assert (entry.actor, entry.object_id, entry.detail["reason"]) == ("staff:cora", signal_id, "verzoek van de melder")


async def test_only_coordinators_and_admins_may_erase(gateway: Client, store: Store) -> None:
    signal_id = signal(store, received=timedelta(days=3))
    staff, admin = make_staff(store, "sam", "staff"), make_staff(store, "ada", "admin")
    form = {"kind": "signal", "id": signal_id, "reason": "verzoek", "confirm": "yes"}
    assert (await gateway.get(f"/staff/erasure?signal={signal_id}", headers=staff.cookies)).status == 403
    assert (await gateway.post("/staff/erasure", data=form, headers=staff.headers())).status == 403
    assert (await gateway.get("/staff/erasure", headers={}, allow_redirects=False)).status == 303
    assert _count(store, Signal) == 1
    # An admin (who cannot read reports) can carry out an erasure by id.
    nav = await (await gateway.get("/staff/audit", headers=admin.cookies)).text()
    assert 'href="/staff/erasure"' in nav
    resp = await gateway.post("/staff/erasure", data=form, headers=admin.headers())
    assert resp.status == 200 and _count(store, Signal) == 0
    assert _erasures(store)[0].actor == "staff:ada"


async def test_staff_see_when_data_will_be_deleted(gateway: Client, store: Store) -> None:
    signal_id = signal(store, received=timedelta(days=3))
    with store.transaction() as session:
        conversation_id = session.get_one(Signal, signal_id).conversation_id
    anna, cora = make_staff(store, "anna", "staff"), make_staff(store, "cora", "coordinator")
    signal_page = await (await gateway.get(f"/staff/signals/{signal_id}", headers=anna.cookies)).text()
    # A melding received 3 days ago: 20 years (7305 days); the transcript 30 days after its last message (1 day ago).
    in_20_years = _local_date(utcnow() - timedelta(days=3) + timedelta(days=7305))
    transcript_goes = _local_date(utcnow() - timedelta(days=1) + timedelta(days=30))
    assert f"Signaal wordt verwijderd op {in_20_years} (melding: lange termijn)" in signal_page
    assert f"Gesprek (transcript) wordt verwijderd op {transcript_goes}" in signal_page
    assert "erase-link" not in signal_page  # staff may not erase
    conversation_page = await (
        await gateway.get(f"/staff/conversations/{conversation_id}", headers=cora.cookies)
    ).text()
    assert "Gesprek (transcript) wordt verwijderd op" in conversation_page
    assert f'href="/staff/erasure?conversation={conversation_id}"' in conversation_page

    old = conversation(store, ended=timedelta(days=40))
    purge(store)
    page = await (await gateway.get(f"/staff/conversations/{old.conversation_id}", headers=cora.cookies)).text()
    assert f"Gesprek (transcript) is verwijderd op {_local_date(utcnow())}" in page
    assert SECRET_WORDS[0] not in page
