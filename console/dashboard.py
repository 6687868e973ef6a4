"""The coordinator dashboard (/staff/trends) and the council report (/staff/trends/council) in the console.

Charts are drawn in the browser by Chart.js (vendored under static/vendor/chartjs, served by the console's own
static route) from JSON embedded in the page as <script type="application/json">, because the console's CSP
allows no inline script. Every chart also has its figures as a table, for screen readers and without script.
"""

from __future__ import annotations

import asyncio
from datetime import date, timedelta
from typing import Any, Final, cast
from zoneinfo import ZoneInfo

from aiohttp import web

from channels.keys import SETTINGS, STORE
from console import auth, council
from console.views import protected, render
from store import trends
from store.audit import audit
from store.db import Store
from store.models import utcnow

PERMISSION: Final = "trends"
MAX_DAYS: Final = 5 * 366

# Staff-facing labels for the values the charts show: (Dutch, English).
VALUE_LABELS: Final[dict[str, dict[str, tuple[str, str]]]] = {
    "form": council.FORM_LABELS,
    "municipality": {k: v for k, v in council.COLUMN_LABELS.items() if k != council.TOTAL},
    "channel": {
        "webchat": ("Webchat", "Web chat"),
        "api": ("API (partnersite)", "API (partner site)"),
        "sms": ("Sms", "SMS"),
        "whatsapp": ("WhatsApp", "WhatsApp"),
        "telegram": ("Telegram", "Telegram"),
    },
    "reporter_role": {
        "victim": ("Slachtoffer zelf", "Victim"),
        "relative": ("Familie of partner", "Relative or partner"),
        "friend": ("Vriend(in)", "Friend"),
        "neighbour": ("Buurtbewoner", "Neighbour"),
        "colleague": ("Collega", "Colleague"),
        "client": ("Klant", "Client"),
        "professional": ("Professional", "Professional"),
        "other": ("Iemand anders", "Someone else"),
        trends.NOT_RECORDED: ("Niet vastgelegd", "Not recorded"),
    },
    "triage": {
        "T0": ("T0 direct gevaar", "T0 direct danger"),
        "T1": ("T1 acute onveiligheid", "T1 acute unsafety"),
        "T2": ("T2 melding", "T2 report"),
        "T3": ("T3 advies", "T3 advice"),
        "T4": ("T4 doorverwijzing", "T4 referral"),
        trends.NOT_RECORDED: ("Niet vastgelegd", "Not recorded"),
    },
    "outcome": {
        **{f"referred_{k}": v for k, v in council.REFERRAL_LABELS.items()},
        "comensha_aangemeld": council.TEXTS["comensha_aangemeld"],
        "bedenktijd_aangeboden": council.TEXTS["bedenktijd_aangeboden"],
        "aangifte": council.TEXTS["aangifte"],
        "opvang": council.TEXTS["opvang"],
    },
    "timing": {
        "within": ("binnen de norm", "within the standard"),
        "late": ("buiten de norm", "late"),
        "open": ("nog open, termijn loopt", "open, not yet due"),
        "24h": ("T0/T1 (24 uur)", "T0/T1 (24 hours)"),
        "5wd": ("Overige (5 werkdagen)", "Others (5 working days)"),
    },
}
TEXTS: Final[dict[str, tuple[str, str]]] = {
    "trends": ("Trends en uitkomsten", "Trends and outcomes"),
    "per": ("Per", "Per"),
    "week": ("week", "week"),
    "month": ("maand", "month"),
    "since": ("Vanaf", "From"),
    "until": ("Tot en met", "Up to and including"),
    "show": ("Tonen", "Show"),
    "total": ("Signalen", "Signals"),
    "total_help": ("Alle signalen per periode.", "All signals per period."),
    "by_form": ("Per vorm van uitbuiting", "By form of exploitation"),
    "by_form_help": (
        "Een signaal kan meer vormen noemen en telt dan bij elke vorm.",
        "A signal can name more than one form and then counts for each.",
    ),
    "by_municipality": ("Per gemeente", "By municipality"),
    "by_channel": ("Per kanaal", "By channel"),
    "by_reporter_role": ("Per melder", "By reporter"),
    "by_triage": ("Per triage bij binnenkomst", "By triage on arrival"),
    "action": ("Tijd tot de eerste actie", "Time to the first staff action"),
    "action_help": (
        "Norm: T0/T1 binnen 24 uur, overige vóór het einde van de vijfde werkdag (ma–vr; feestdagen niet "
        "meegerekend) na binnenkomst. Eerste actie: overnemen, beantwoorden of sluiten van het gesprek; "
        "toewijzen, notitie, status of uitkomst van het signaal. Lezen telt niet.",
        "Standard: T0/T1 within 24 hours, others before the end of the fifth working day (Mon–Fri; public "
        "holidays not counted) after arrival. First action: taking over, answering or closing the conversation; "
        "assigning, a note, the status or the outcome of the signal. Reading does not count.",
    ),
    "share_within": ("Aandeel binnen de norm", "Share within the standard"),
    "median_hours": ("Mediaan tot eerste actie (uur)", "Median to first action (hours)"),
    "standard": ("Norm", "Standard"),
    "outcomes": ("Uitkomsten", "Outcomes"),
    "outcomes_help": (
        "Geteld in de periode waarin het signaal binnenkwam.",
        "Counted in the period in which the signal came in.",
    ),
    "table": ("Cijfers als tabel", "Figures as a table"),
    "period": ("Periode", "Period"),
    "value": ("Waarde", "Value"),
    "council": ("Rapportage gemeenteraad", "Council report"),
    "council_help": (
        "Per maand (2026-07) of kwartaal (2026-Q3). Alleen aantallen van 5 of meer worden getoond.",
        "Per month (2026-07) or quarter (2026-Q3). Only counts of 5 or more are shown.",
    ),
    "download": ("Download als HTML-bestand", "Download as an HTML file"),
    "print": (
        "Afdrukken: gebruik de afdrukfunctie van de browser (ook naar PDF).",
        "Print: use the browser's print function (also to PDF).",
    ),
    "bad_dates": ("Ongeldige datum of periode.", "Invalid date or period."),
    "no_charts": (
        "De grafieken hebben JavaScript nodig; de cijfers staan ook in de tabellen.",
        "The charts need JavaScript; the figures are also in the tables.",
    ),
    "within": ("binnen", "within"),
    "late": ("te laat", "late"),
    "open": ("open", "open"),
}


def scope_region(who: auth.Who) -> str | None:
    """A coordinator's figures are their own region's; an admin (who reads no reports) sees the whole
    deployment, all regions together."""
    return None if who.role == "admin" else who.region


def texts(language: str) -> dict[str, str]:
    index = 1 if language == "en" else 0
    return {key: pair[index] for key, pair in TEXTS.items()}


def value_labels(language: str) -> dict[str, dict[str, str]]:
    index = 1 if language == "en" else 0
    return {group: {k: pair[index] for k, pair in labels.items()} for group, labels in VALUE_LABELS.items()}


def _tz(request: web.Request) -> ZoneInfo:
    return ZoneInfo(request.app[SETTINGS].staff_timezone)


def default_window(per: str, today: date, tz: ZoneInfo) -> trends.Window:
    if per == "week":
        return trends.Window(today - timedelta(days=today.weekday() + 7 * 25), today, tz)
    first = today.replace(day=1)
    for _ in range(11):
        first = (first - timedelta(days=1)).replace(day=1)
    return trends.Window(first, today, tz)


def parse_window(query: dict[str, str], tz: ZoneInfo, today: date) -> tuple[trends.Per, trends.Window]:
    """per, since, until from the query string; ValueError with a reason for bad input."""
    per = query.get("per") or "month"
    if per not in ("week", "month"):
        raise ValueError("per must be week or month")
    window = default_window(per, today, tz)
    since = date.fromisoformat(query["since"]) if query.get("since") else window.since
    until = date.fromisoformat(query["until"]) if query.get("until") else window.until
    window = trends.Window(since, until, tz)
    if (until - since).days > MAX_DAYS:
        raise ValueError("the range is longer than five years")
    return cast(trends.Per, per), window


def _previous_quarter(today: date) -> str:
    quarter = (today.month - 1) // 3  # the current quarter's index 0–3; the previous one is complete
    return f"{today.year - 1}-Q4" if quarter == 0 else f"{today.year}-Q{quarter}"


# ------------------------------------------------------------------------------------------------ pages
@protected(PERMISSION)
async def dashboard_page(request: web.Request, who: auth.Who, token: str) -> web.Response:
    tz = _tz(request)
    today = utcnow().astimezone(tz).date()
    query = {name: request.query.get(name, "")[:16] for name in ("per", "since", "until")}
    tt = texts(who.language)
    try:
        per, window = parse_window(query, tz, today)
    except ValueError:
        per, window = "month", default_window("month", today, tz)
        error: str | None = tt["bad_dates"]
    else:
        error = None
    figures = await asyncio.to_thread(trends.dashboard, request.app[STORE], window, per, scope_region(who))
    labels = value_labels(who.language)
    # Jinja's tojson sorts keys, so the order of the series (vocabulary order) travels as lists of its own.
    order = {
        "by": {dimension: list(series) for dimension, series in figures["by"].items()},
        "outcomes": list(figures["outcomes"]),
        "timing": [[standard, list(series)] for standard, series in figures["time_to_action"]["series"].items()],
    }
    page_data = {"figures": figures, "order": order, "labels": labels, "texts": tt}
    return render(
        request, "trends.html", who, status=400 if error else 200, tt=tt, error=error, figures=figures,
        labels=labels, page_data=page_data, per=per, since=window.since.isoformat(), until=window.until.isoformat(),
        dimensions=tuple(trends.DIMENSIONS),
    )  # fmt: skip


def _council(store: Store, who: auth.Who, period: str, tz: ZoneInfo, download: bool) -> dict[str, Any]:
    report = council.build_report(store, period, tz, who.language, scope_region(who))
    with store.transaction() as session:
        audit(session, who.actor, "council_report.generated", "report", None, period=report["period"],
              download=download)  # fmt: skip
    return report


async def _report(request: web.Request, who: auth.Who, download: bool) -> dict[str, Any] | None:
    tz = _tz(request)
    period = request.query.get("period", "")[:16] or _previous_quarter(utcnow().astimezone(tz).date())
    try:
        trends.period_window(period, tz)
    except ValueError:
        return None
    return await asyncio.to_thread(_council, request.app[STORE], who, period, tz, download)


@protected(PERMISSION)
async def council_page(request: web.Request, who: auth.Who, token: str) -> web.Response:
    tt = texts(who.language)
    report = await _report(request, who, download=False)
    if report is None:
        return render(request, "council.html", who, status=400, tt=tt, r=None, error=tt["bad_dates"],
                      period=request.query.get("period", "")[:16])  # fmt: skip
    return render(request, "council.html", who, tt=tt, r=report, error=None, period=report["period"])


@protected(PERMISSION)
async def council_download(request: web.Request, who: auth.Who, token: str) -> web.Response:
    report = await _report(request, who, download=True)
    if report is None:
        raise web.HTTPBadRequest(text="period must be a month (2026-07) or a quarter (2026-Q3)")
    return web.Response(
        text=council.render_standalone(report),
        content_type="text/html",
        charset="utf-8",
        headers={"Content-Disposition": f'attachment; filename="raadsrapportage-{report["period"]}.html"'},
    )


ROUTES: list[tuple[str, str, Any]] = [
    ("GET", "/staff/trends", dashboard_page),
    ("GET", "/staff/trends/council", council_page),
    ("GET", "/staff/trends/council.html", council_download),
]


def setup_routes(app: web.Application) -> None:
    for method, path, handler in ROUTES:
        app.router.add_route(method, path, handler)
