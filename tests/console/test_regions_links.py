"""Regions and links in the console and the staff API: each region sees only its own signals (another
region's is a 404 and an audited refusal), linked signals show the reason but never another signal's key,
and a cross-region link is a bare match for coordinators that both regions must confirm."""

from __future__ import annotations

import asyncio
import re

from sqlalchemy import select

from store.db import Store
from store.linkage import SignalLink
from store.models import AuditEntry, Conversation, Signal
from store.signals import create_signal
from store.staff import SignalNote
from store.tokens import create_token
from tests.console.conftest import Client, Staff, make_staff

GV, FL = "gooi_vechtstreek", "flevoland"


def _signal(store: Store, municipality: str, description: str, channel: str = "webchat") -> tuple[str, str]:
    with store.transaction() as session:
        conversation = Conversation(channel=channel, reporter_pseudonym="r" * 64)
        session.add(conversation)
        session.flush()
        conversation_id = conversation.id
    fields = {"description": description, "municipality": municipality, "forms": ["labour"], "triage": "T2"}
    return create_signal(conversation_id, fields, store)[0], conversation_id


def _token(store: Store, name: str, region: str) -> dict[str, str]:
    with store.transaction() as session:
        return {"Authorization": "Bearer " + create_token(session, name, region)}


def _refusals(store: Store, object_id: str) -> list[AuditEntry]:
    with store.transaction() as session:
        return list(
            session.scalars(
                select(AuditEntry).where(AuditEntry.action == "access.refused", AuditEntry.object_id == object_id)
            )
        )


async def _page(gateway: Client, who: Staff, path: str) -> tuple[int, str]:
    resp = await gateway.get(path, headers=who.cookies, allow_redirects=False)
    return resp.status, await resp.text()


async def test_a_flevoland_staff_member_cannot_open_a_gooi_en_vechtstreek_signal_a_gv_one_can(
    gateway: Client, store: Store
) -> None:
    signal_id, conversation_id = _signal(store, "hilversum", "Mannen slapen in de garage aan de Larenseweg 12")
    fenna = make_staff(store, "fenna", "coordinator", FL)
    fleur = make_staff(store, "fleur", "staff", FL)
    gerda = make_staff(store, "gerda", "coordinator", GV)

    # The signal page and the transcript.
    status, html = await _page(gateway, gerda, f"/staff/signals/{signal_id}")
    assert status == 200 and "Mannen slapen in de garage" in html and "Gooi en Vechtstreek" in html
    for person in (fenna, fleur):
        status, html = await _page(gateway, person, f"/staff/signals/{signal_id}")
        assert status == 404 and "Mannen slapen" not in html
        status, html = await _page(gateway, person, f"/staff/conversations/{conversation_id}")
        assert status == 404 and "Mannen slapen" not in html
    # 404, not 403: the same answer as for a signal that does not exist.
    assert (await _page(gateway, fleur, "/staff/signals/00000000-0000-0000-0000-000000000000"))[0] == 404
    assert signal_id in (await _page(gateway, gerda, "/staff/signals"))[1]
    assert signal_id not in (await _page(gateway, fenna, "/staff/signals"))[1]

    # The export leaves another region's signal out, as if it did not exist.
    for person, expected in ((fenna, []), (gerda, [signal_id])):
        resp = await gateway.post(
            "/staff/export", data={"ids[]": signal_id, "format": "json"}, headers=person.headers()
        )
        assert resp.status == 200
        assert [s["id"] for s in (await resp.json(content_type=None))["signals"]] == expected
    resp = await gateway.post("/staff/export", data={"ids[]": signal_id, "format": "csv"}, headers=fenna.headers())
    assert "Mannen slapen" not in await resp.text()

    # Nor may they change it.
    await gateway.post(f"/staff/signals/{signal_id}/notes", data={"text": "x"}, headers=fleur.headers(),
                       allow_redirects=False)  # fmt: skip
    await gateway.post(f"/staff/signals/{signal_id}/outcome", data={"status": "in_assessment"},
                       headers=fleur.headers(), allow_redirects=False)  # fmt: skip
    with store.transaction() as session:
        assert session.scalar(select(SignalNote.id).where(SignalNote.signal_id == signal_id)) is None
        assert session.get_one(Signal, signal_id).status == "new"

    # The staff API: a token reads its own region only.
    flevoland, gooi = _token(store, "fl-system", FL), _token(store, "gv-system", GV)
    resp = await gateway.get(f"/api/v1/signals/{signal_id}", headers=flevoland)
    assert resp.status == 404 and "Mannen" not in await resp.text()
    assert (await gateway.get(f"/api/v1/conversations/{conversation_id}", headers=flevoland)).status == 404
    assert (await (await gateway.get("/api/v1/signals", headers=flevoland)).json())["signals"] == []
    resp = await gateway.get(f"/api/v1/signals/{signal_id}", headers=gooi)
    assert resp.status == 200 and (await resp.json())["region"] == GV
    assert [s["id"] for s in (await (await gateway.get("/api/v1/signals", headers=gooi)).json())["signals"]] == [
        signal_id
    ]

    refused = _refusals(store, signal_id)
    assert {entry.actor for entry in refused} >= {"staff:fenna", "staff:fleur", "token:fl-system"}
    assert all(entry.detail == {"reason": "other region"} for entry in refused)
    assert {entry.actor for entry in _refusals(store, conversation_id)} >= {"staff:fenna", "token:fl-system"}


async def test_the_queue_of_each_region_and_the_home_region_takes_live_conversations(
    gateway: Client, store: Store
) -> None:
    almere, _ = _signal(store, "almere", "in Almere")
    hilversum, _ = _signal(store, "hilversum", "in Hilversum")
    with store.transaction() as session:  # a reporter still talking: no signal, so the home region's
        live = Conversation(channel="webchat", reporter_pseudonym="l" * 64, state="waiting_for_staff", triage="T1")
        session.add(live)
        session.flush()
        live_id = live.id
    fenna, gerda = make_staff(store, "fenna", "staff", FL), make_staff(store, "gerda", "staff", GV)
    await asyncio.sleep(0.6)  # the live queue is rebuilt every 0.2 s in these tests
    fl_queue, gv_queue = (
        (await _page(gateway, fenna, "/staff/queue"))[1],
        (await _page(gateway, gerda, "/staff/queue"))[1],
    )
    assert almere in fl_queue and hilversum not in fl_queue and live_id not in fl_queue
    assert hilversum in gv_queue and live_id in gv_queue and almere not in gv_queue
    ws = await gateway.ws_connect("/staff/ws", headers=fenna.cookies)
    frame = await ws.receive_json(timeout=5)
    assert frame["type"] == "queue" and {i["signal_id"] for i in frame["items"]} == {almere}
    await ws.close()
    resp = await gateway.post(f"/staff/conversations/{live_id}/takeover", headers=fenna.headers(),
                              allow_redirects=False)  # fmt: skip
    assert resp.headers["Location"].endswith("notice=missing")
    with store.transaction() as session:
        assert session.get_one(Conversation, live_id).state == "waiting_for_staff"


def _link_id(html: str) -> str:
    found = re.search(r'data-link="([0-9a-f-]{36})"', html)
    assert found, "no link on the page"
    return found.group(1)


async def test_linked_signals_show_the_reason_not_the_other_signals_keys_and_can_be_confirmed_or_dismissed(
    gateway: Client, store: Store
) -> None:
    first, _ = _signal(store, "hilversum", "Busje XX-123-Y, de baas belt met 06-12345678", "sms")
    second, _ = _signal(store, "huizen", "een busje xx 123 y bij de kassen", "webchat")
    anna = make_staff(store, "anna", "staff", GV)

    status, html = await _page(gateway, anna, f"/staff/signals/{second}")
    assert status == 200
    assert "XX-123-Y" in html  # this signal's own plate
    assert "+31 6 12345678" not in html and "06-12345678" not in html  # the other signal's number: never
    assert f'href="/staff/signals/{first}"' in html and "hilversum" in html and "kenteken" in html
    listing = (await _page(gateway, anna, "/staff/signals"))[1]
    assert listing.count('<span class="link-reason">kenteken</span>') == 2

    link = _link_id(html)
    path = f"/staff/signals/{second}/links"
    # Without the CSRF token: refused.
    resp = await gateway.post(path, data={"link": link, "decision": "dismiss"}, headers=anna.cookies)
    assert resp.status == 403
    resp = await gateway.post(path, data={"link": link, "decision": "maybe"}, headers=anna.headers(),
                              allow_redirects=False)  # fmt: skip
    assert resp.status == 303 and "error=invalid" in resp.headers["Location"]
    for decision, status_after in (("dismiss", "dismissed"), ("confirm", "confirmed")):
        resp = await gateway.post(path, data={"link": link, "decision": decision}, headers=anna.headers(),
                                  allow_redirects=False)  # fmt: skip
        assert resp.status == 303
        with store.transaction() as session:
            assert session.get_one(SignalLink, link).status == status_after
    with store.transaction() as session:
        entries = session.scalars(select(AuditEntry).where(AuditEntry.object_id == link)).all()
    assert [(e.actor, e.action, e.detail["status"]) for e in entries] == [
        ("staff:anna", "link.dismissed", "dismissed"), ("staff:anna", "link.confirmed", "confirmed"),
    ]  # fmt: skip
    assert all("XX" not in str(e.detail) for e in entries)


async def test_a_link_across_regions_is_a_bare_match_for_coordinators_confirmed_by_both(
    gateway: Client, store: Store
) -> None:
    gv_signal, _ = _signal(store, "hilversum", "Auto XX-123-Y")
    fl_signal, _ = _signal(store, "almere", "Auto xx123y en Kerkstraat 3")
    gerda, cora = make_staff(store, "gerda", "staff", GV), make_staff(store, "cora", "coordinator", GV)
    flor = make_staff(store, "flor", "coordinator", FL)

    staff_page = (await _page(gateway, gerda, f"/staff/signals/{gv_signal}"))[1]
    assert 'id="no-links"' in staff_page and fl_signal not in staff_page
    assert "andere regio" not in (await _page(gateway, gerda, "/staff/signals"))[1]
    page = (await _page(gateway, cora, f"/staff/signals/{gv_signal}"))[1]
    assert "Een signaal in regio Flevoland deelt: kenteken" in page
    assert fl_signal not in page and "Kerkstraat" not in page and "almere" not in page
    assert "1 in andere regio" in (await _page(gateway, cora, "/staff/signals"))[1]
    link = _link_id(page)

    # Staff cannot decide it (it does not exist for them); each region's coordinator decides their side.
    resp = await gateway.post(f"/staff/signals/{gv_signal}/links", data={"link": link, "decision": "confirm"},
                              headers=gerda.headers(), allow_redirects=False)  # fmt: skip
    assert resp.status == 404
    assert _refusals(store, link)[0].actor == "staff:gerda"
    # A coordinator cannot decide through another region's signal either.
    resp = await gateway.post(f"/staff/signals/{fl_signal}/links", data={"link": link, "decision": "confirm"},
                              headers=cora.headers(), allow_redirects=False)  # fmt: skip
    assert resp.status == 404
    for person, signal_id, status_after in ((cora, gv_signal, "suggested"), (flor, fl_signal, "confirmed")):
        resp = await gateway.post(f"/staff/signals/{signal_id}/links", data={"link": link, "decision": "confirm"},
                                  headers=person.headers(), allow_redirects=False)  # fmt: skip
        assert resp.status == 303
        with store.transaction() as session:
            assert session.get_one(SignalLink, link).status == status_after
    fl_page = (await _page(gateway, flor, f"/staff/signals/{fl_signal}"))[1]
    assert "Een signaal in regio Gooi en Vechtstreek deelt: kenteken" in fl_page and gv_signal not in fl_page
    assert "Kerkstraat 3" in fl_page  # Flevoland's own key, inside its own signal
