"""Retention in the console: the panel that tells staff when data will be deleted (included in the signal and
conversation pages), and erasure of a person's data on request (coordinators and admins: CSRF, an explicit
confirmation and a reason, which goes into the audit log with the deletion)."""

from __future__ import annotations

import asyncio
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from aiohttp import web

from channels.keys import SETTINGS, STORE
from console import auth
from console.views import TEMPLATES, protected, render
from store.retention import ErasureRefused, erase, preview, schedule

KINDS = ("signal", "conversation")

TEXTS: dict[str, tuple[str, str]] = {
    "retention": ("Bewaartermijnen", "Retention"),
    "signal_deleted_on": ("Signaal wordt verwijderd op {date}", "Signal deleted on {date}"),
    "term_melding": ("melding: lange termijn", "melding: long term"),
    "term_advies": ("advies of anoniem: korte termijn", "advice or anonymous: short term"),
    "transcript_deleted_on": ("Gesprek (transcript) wordt verwijderd op {date}", "Transcript deleted on {date}"),
    "transcript_was_deleted": ("Gesprek (transcript) is verwijderd op {date}", "Transcript was deleted on {date}"),
    "contact_deleted_on": (
        "Contactgegevens worden verwijderd bij het sluiten, uiterlijk op {date}",
        "Contact details deleted when the conversation closes, at the latest on {date}",
    ),
    "no_contact": ("Geen contactgegevens bewaard", "No contact details kept"),
    "origin": ("Ontvangen van partner: {origin}", "Received from partner: {origin}"),
    "sent_to": ("Naar {partner}: {status} ({attempts} pogingen)", "To {partner}: {status} ({attempts} attempts)"),
    "erase_link": ("Verwijderen op verzoek…", "Erase on request…"),
    "erasure": ("Verwijderen op verzoek", "Erasure on request"),
    "erasure_help": (
        "Verwijdert de gegevens van één persoon voorgoed, met de reden in het auditlog. Een signaal wordt"
        " verwijderd met zijn vervolgberichten, notities, afhandeling en gesprekken.",
        "Deletes one person's data for good, with the reason in the audit log. A signal is deleted with its"
        " follow-ups, notes, handling and conversations.",
    ),
    "kind": ("Wat", "What"),
    "kind_signal": ("Signaal", "Signal"),
    "kind_conversation": ("Gesprek", "Conversation"),
    "object_id": ("Id", "Id"),
    "look_up": ("Opzoeken", "Look up"),
    "will_delete": (
        "Wordt verwijderd: {conversations} gesprek(ken) met {messages} bericht(en), {followups} vervolgbericht(en),"
        " {notes} notitie(s).",
        "Will be deleted: {conversations} conversation(s) with {messages} message(s), {followups} follow-up(s),"
        " {notes} note(s).",
    ),
    "delivered_to": (
        "Al verstuurd naar: {partners}. Vraag hen het signaal ook te verwijderen.",
        "Already sent to: {partners}. Ask them to delete it too.",
    ),
    "signal_kept": (
        "Het signaal uit dit gesprek blijft bestaan: verwijder dat apart als dat ook moet.",
        "The signal made from this conversation stays: erase it separately if that is asked too.",
    ),
    "reason": ("Reden (komt in het auditlog)", "Reason (goes into the audit log)"),
    "confirm": (
        "Ik bevestig dat deze gegevens voorgoed worden verwijderd.",
        "I confirm these data are deleted for good.",
    ),
    "erase": ("Verwijderen", "Erase"),
    "confirm_needed": ("Bevestig eerst dat je wilt verwijderen.", "Confirm the erasure first."),
    "reason_needed": ("Geef een reden van 3 tot 500 tekens.", "Give a reason of 3 to 500 characters."),
    "erased": ("Verwijderd. De reden staat in het auditlog.", "Erased. The reason is in the audit log."),
}


def retention_texts(language: str) -> dict[str, str]:
    index = 1 if language == "en" else 0
    return {key: pair[index] for key, pair in TEXTS.items()}


def _date(at: datetime | None, zone: ZoneInfo) -> str | None:
    return at.astimezone(zone).date().isoformat() if at else None


def _schedule_global(app: web.Application) -> Any:
    def retention_schedule(signal_id: str | None = None, conversation_id: str | None = None) -> dict[str, Any]:
        # Called while the page renders. Two key lookups and one indexed aggregate: cheap enough to run in the
        # event loop, and it keeps the pages' handlers (console/views.py) unchanged.
        store, zone = app[STORE], ZoneInfo(app[SETTINGS].staff_timezone)
        with store.transaction() as session:
            found = schedule(session, store.settings, signal_id=signal_id, conversation_id=conversation_id)
        if found["signal"]:
            found["signal"]["date"] = _date(found["signal"]["expires_at"], zone)
        if found["transcript"]:
            found["transcript"]["date"] = _date(found["transcript"]["expires_at"], zone)
            found["transcript"]["deleted"] = _date(found["transcript"]["deleted_at"], zone)
        if found["contact"]:
            found["contact"]["date"] = _date(found["contact"]["expires_at"], zone)
        return found

    return retention_schedule


def _target(values: Any) -> tuple[str, str]:
    for kind in KINDS:
        value = str(values.get(kind, "")).strip()[:36]
        if value:
            return kind, value
    kind = str(values.get("kind", ""))
    return (kind if kind in KINDS else "signal"), str(values.get("id", "")).strip()[:36]


def _preview(request: web.Request, kind: str, object_id: str) -> dict[str, Any] | None:
    if not object_id:
        return None
    with request.app[STORE].transaction() as session:
        return preview(session, kind, object_id)


@protected("erase")
async def erasure_page(request: web.Request, who: auth.Who, token: str) -> web.Response:
    kind, object_id = _target(request.query)
    found = await asyncio.to_thread(_preview, request, kind, object_id)
    error = "missing" if object_id and found is None else ""
    return render(request, "erasure.html", who, status=404 if error else 200, kind=kind, object_id=object_id,
                  found=found, error=error, done=None)  # fmt: skip


@protected("erase")
async def erasure_post(request: web.Request, who: auth.Who, token: str) -> web.Response:
    form = await request.post()
    kind, object_id = _target(form)
    reason = str(form.get("reason", ""))[:2000]
    found = await asyncio.to_thread(_preview, request, kind, object_id)

    def page(status: int, error: str = "", done: dict[str, int] | None = None) -> web.Response:
        return render(request, "erasure.html", who, status=status, kind=kind, object_id=object_id, found=found,
                      error=error, done=done, reason=reason)  # fmt: skip

    if found is None:
        return page(404, "missing")
    if form.get("confirm") != "yes":
        return page(400, "confirm_needed")
    try:
        counts = await asyncio.to_thread(erase, request.app[STORE], kind, object_id, reason, who.actor)
    except ErasureRefused as exc:
        return page(400, "missing" if "no such" in str(exc) else "reason_needed")
    return page(200, done=counts)


ROUTES: list[tuple[str, str, Any]] = [
    ("GET", "/staff/erasure", erasure_page),
    ("POST", "/staff/erasure", erasure_post),
]


def setup_routes(app: web.Application) -> None:
    """The erasure page and the retention panel's data (one call from console.views.setup)."""
    env = app[TEMPLATES]
    env.globals["rt"] = retention_texts
    env.globals["retention_schedule"] = _schedule_global(app)
    for method, path, handler in ROUTES:
        app.router.add_route(method, path, handler)
