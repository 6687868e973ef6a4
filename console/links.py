"""Links between signals in the console: what a signal page, the signal list and the queue show, and the
confirm / dismiss action (POST, CSRF, audited).

What staff see: inside a signal, its own linkage keys in plain text ("this signal's licence plate XX-123-Y");
of a linked signal in the same region only its id, date, municipality and channel and the kind of key they
share, never the key. A link to a signal in another region is shown to coordinators only, as "a signal in
region Utrecht shares a licence plate", without id or content; it counts as confirmed when both regions'
coordinators confirmed it. Staff do not see cross-region links at all.
"""

from __future__ import annotations

import asyncio
from collections import defaultdict
from typing import Any

from aiohttp import web
from sqlalchemy import select
from sqlalchemy.orm import Session

from channels.keys import STORE
from console.auth import Who
from console.i18n import TEXTS
from store import scope
from store.audit import audit
from store.db import Store
from store.linkage import SignalKey, SignalLink
from store.links import links_of
from store.models import Signal, utcnow

CROSS_REGION_ROLE = "coordinator"
DECISIONS = {"confirm": "confirmed", "dismiss": "dismissed"}

TEXTS.update(
    {
        "region": ("Regio", "Region"),
        "links": ("Koppelingen", "Links"),
        "links_help": (
            "Andere signalen met dezelfde koppelsleutel (kenteken, telefoonnummer, adres, bedrijf, account)."
            " De sleutel zelf staat alleen in het signaal waarin die voorkomt.",
            "Other signals that share a linkage key (licence plate, phone number, address, business, account)."
            " The key itself is shown only inside the signal that contains it.",
        ),
        "link_keys": ("Koppelsleutels in dit signaal", "Linkage keys in this signal"),
        "no_keys": ("Geen koppelsleutels gevonden.", "No linkage keys found."),
        "no_links": ("Geen gekoppelde signalen.", "No linked signals."),
        "kind_plate": ("kenteken", "licence plate"),
        "kind_phone": ("telefoonnummer", "phone number"),
        "kind_address": ("adres", "address"),
        "kind_postcode": ("postcode", "postcode"),
        "kind_postcode_area": ("postcodegebied", "postcode area"),
        "kind_kvk": ("KvK-nummer", "KvK number"),
        "kind_business": ("bedrijfsnaam", "business name"),
        "kind_handle": ("online account", "online account"),
        "link_shares": ("deelt", "shares"),
        "link_status_suggested": ("voorgesteld", "suggested"),
        "link_status_confirmed": ("bevestigd", "confirmed"),
        "link_status_dismissed": ("afgewezen", "dismissed"),
        "link_confirm": ("Bevestigen", "Confirm"),
        "link_dismiss": ("Afwijzen", "Dismiss"),
        "link_cross": ("Een signaal in regio {region} deelt: {kinds}", "A signal in region {region} shares: {kinds}"),
        "link_reference": ("kenmerk", "reference"),
        "link_you": ("jullie regio", "your region"),
        "link_other_region": ("andere regio", "other region"),
        "link_undecided": ("nog niet beoordeeld", "not decided yet"),
        "links_other_regions": ("in andere regio's", "in other regions"),
    }
)


# ------------------------------------------------------------------------------------------------ reading
def _regions_of(session: Session, ids: set[str]) -> dict[str, str]:
    if not ids:
        return {}
    return {
        signal_id: region
        for signal_id, region in session.execute(select(Signal.id, Signal.region).where(Signal.id.in_(ids)))
    }


def annotate(session: Session, items: list[dict[str, Any]], key: str = "signal_id") -> None:
    """Add to each queue item or list row (that has a signal) its live links: `links` (same region: the kinds
    shared, per link) and `cross_links` (how many to other regions; shown to coordinators only)."""
    ids = {item[key] for item in items if item.get(key)}
    live = [link for link in links_of(session, ids) if link.status != "dismissed"]
    by_signal: dict[str, list[SignalLink]] = defaultdict(list)
    for link in live:
        for side in (link.signal_a, link.signal_b):
            if side in ids:
                by_signal[side].append(link)
    regions = _regions_of(session, {side for link in live for side in (link.signal_a, link.signal_b)})
    for item in items:
        signal_id = item.get(key)
        same, cross = [], 0
        for link in by_signal.get(signal_id or "", []):
            other = link.signal_b if link.signal_a == signal_id else link.signal_a
            if regions.get(other) == regions.get(signal_id or ""):
                same.append(list(link.kinds))
            else:
                cross += 1
        item["links"] = same
        item["cross_links"] = cross


def for_role(item: dict[str, Any], who: Who) -> dict[str, Any]:
    """Cross-region matches exist for coordinators only."""
    if who.role == CROSS_REGION_ROLE or not item.get("cross_links"):
        return item
    return {**item, "cross_links": 0}


def _sides(link: SignalLink, signal_id: str) -> tuple[str, str, str]:
    """(the other signal, this side's letter, the other side's letter)."""
    return (link.signal_b, "a", "b") if link.signal_a == signal_id else (link.signal_a, "b", "a")


def panel(session: Session, store: Store, who: Who, signal: Signal) -> dict[str, Any]:
    """The links section of a signal page (the page view itself is audited by the caller)."""
    keys = [
        {"kind": k.kind, "value": store.cipher.decrypt(k.value_enc)}
        for k in session.scalars(select(SignalKey).where(SignalKey.signal_id == signal.id).order_by(SignalKey.id))
    ]
    rows = []
    for link in links_of(session, [signal.id]):
        other_id, mine, theirs = _sides(link, signal.id)
        other = session.get_one(Signal, other_id)
        row: dict[str, Any] = {
            "id": link.id,
            "kinds": list(link.kinds),
            "status": link.status,
            "decision": getattr(link, f"{mine}_decision"),
        }
        if other.region == signal.region:
            row.update(cross=False, other={"id": other.id, "received_at": other.received_at.isoformat(),
                                           "municipality": other.municipality, "channel": other.channel})  # fmt: skip
        elif who.role == CROSS_REGION_ROLE:
            row.update(cross=True, region_name=store.regions.name(other.region),
                       their_decision=getattr(link, f"{theirs}_decision"))  # fmt: skip
        else:
            continue
        rows.append(row)
    rows.sort(key=lambda r: (r["status"] == "dismissed", r["cross"], r.get("other", {}).get("received_at", "")))
    return {"keys": keys, "links": rows}


# ------------------------------------------------------------------------------------------------ deciding
def decide(store: Store, who: Who, signal_id: str, link_id: str, decision: str) -> str | None:
    """Confirm or dismiss a link from one of its signals. Returns an error key ("missing", "invalid") or None.

    Inside one region the decision holds for both sides. Across regions a coordinator decides their own
    region's side only; the link is confirmed when both sides are."""
    with store.transaction() as session:
        signal = scope.signal_for(session, who.actor, who.region, signal_id)
        link = session.get(SignalLink, link_id)
        if signal is None or link is None or signal.id not in (link.signal_a, link.signal_b):
            return "missing"
        other_id, mine, _theirs = _sides(link, signal.id)
        cross = session.get_one(Signal, other_id).region != signal.region
        if cross and who.role != CROSS_REGION_ROLE:
            scope.refuse(session, who.actor, "signal_link", link.id)
            return "missing"
        value = DECISIONS.get(decision)
        if value is None:
            return "invalid"
        now = utcnow()
        for side in (mine,) if cross else ("a", "b"):
            setattr(link, f"{side}_decision", value)
            setattr(link, f"{side}_decided_by", who.account_id)
            setattr(link, f"{side}_decided_at", now)
        audit(session, who.actor, f"link.{value}", "signal_link", link.id,
              signal=signal.id, kinds=list(link.kinds), cross_region=cross, status=link.status)  # fmt: skip
        return None


async def decide_link(request: web.Request, who: Who, token: str) -> web.StreamResponse:
    signal_id = request.match_info["id"]
    form = await request.post()
    link_id, decision = str(form.get("link", ""))[:36], str(form.get("decision", ""))
    error = await asyncio.to_thread(decide, request.app[STORE], who, signal_id, link_id, decision)
    if error == "missing":
        from console.views import render  # the views import this module

        return render(request, "message.html", who, status=404, message_key="missing")
    raise web.HTTPSeeOther(f"/staff/signals/{signal_id}" + ("?error=invalid" if error else "") + "#links")


# (method, path, permission, handler): console.views wraps each with its login, role and CSRF check.
ROUTES: list[tuple[str, str, str, Any]] = [
    ("POST", "/staff/signals/{id}/links", "signals", decide_link),
]
