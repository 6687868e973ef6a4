"""The periodic report for the municipal council: per month or quarter, by municipality, the counts of
domain.md §4.5, publishing only counts of 5 or more (every count from 0 to 4 is "<5") with secondary
suppression (meldpunt/disclosure.py).

Used by the console (/staff/trends/council) and by `meldpunt council-report`. Reads categories only.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Final
from zoneinfo import ZoneInfo

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from meldpunt.disclosure import SECONDARY, SMALL, Equation, Unpublishable, suppress
from meldpunt.vocab import FORMS, TRIAGE_LEVELS
from store.db import Store
from store.models import utcnow
from store.trends import (
    NOT_RECORDED,
    REFERRAL_TARGETS,
    STANDARD_5WD,
    STANDARD_24H,
    VB_DECISIONS,
    SignalFacts,
    Window,
    period_window,
    share_within,
    signal_facts,
    timings,
)

HERE = Path(__file__).resolve().parent
TOTAL: Final = "total"
NO_SHARE: Final = "–"
COLUMNS: Final = ("hilversum", "gooise_meren", "huizen", "blaricum", "laren", "wijdemeren", "eemnes", "other",
                  "unknown", TOTAL)  # fmt: skip

# (key, Dutch, English)
COLUMN_LABELS: Final[dict[str, tuple[str, str]]] = {
    "hilversum": ("Hilversum", "Hilversum"),
    "gooise_meren": ("Gooise Meren", "Gooise Meren"),
    "huizen": ("Huizen", "Huizen"),
    "blaricum": ("Blaricum", "Blaricum"),
    "laren": ("Laren", "Laren"),
    "wijdemeren": ("Wijdemeren", "Wijdemeren"),
    "eemnes": ("Eemnes", "Eemnes"),
    "other": ("Andere gemeente", "Other municipality"),
    "unknown": ("Onbekend", "Unknown"),
    TOTAL: ("Regio totaal", "Region total"),
}
FORM_LABELS: Final[dict[str, tuple[str, str]]] = {
    "sexual": ("Seksuele uitbuiting", "Sexual exploitation"),
    "labour": ("Arbeidsuitbuiting", "Labour exploitation"),
    "criminal": ("Criminele uitbuiting", "Criminal exploitation"),
    "begging": ("Gedwongen bedelarij", "Forced begging"),
    "domestic_servitude": ("Huisslavernij", "Domestic servitude"),
    "organ_removal": ("Orgaanverwijdering", "Organ removal"),
    "forced_marriage": ("Gedwongen huwelijk", "Forced marriage"),
    "surrogacy": ("Draagmoederschap", "Surrogacy"),
    "illegal_adoption": ("Illegale adoptie", "Illegal adoption"),
    "unknown": ("Vorm onbekend", "Form unknown"),
    NOT_RECORDED: ("Vorm niet vastgelegd", "Form not recorded"),
}
VB_LABELS: Final[dict[str, tuple[str, str]]] = {
    "eigen_onderzoek": ("Eigen onderzoek Veilig Thuis", "Investigation by Veilig Thuis"),
    "voorwaarden_en_vervolg": ("Voorwaarden en vervolg", "Conditions and follow-up"),
    "overdracht_lokaal_team": ("Overdracht lokaal team", "Handed to the local team"),
    "overdracht_hulpverlening": ("Overdracht hulpverlening", "Handed to care providers"),
    "raad_voor_de_kinderbescherming": ("Raad voor de Kinderbescherming", "Child protection board"),
    "politie": ("Politie", "Police"),
    "einde_bemoeienis": ("Einde bemoeienis", "Involvement ended"),
    "none": ("Nog geen besluit vastgelegd", "No decision recorded yet"),
}
REFERRAL_LABELS: Final[dict[str, tuple[str, str]]] = {
    "politie": ("Doorverwezen naar politie", "Referred to the police"),
    "nla": ("Doorverwezen naar Arbeidsinspectie (NLA)", "Referred to the Labour Authority (NLA)"),
    "zorgcoordinator": ("Doorverwezen naar zorgcoördinator", "Referred to the care coordinator"),
    "comensha": ("Doorverwezen naar CoMensha", "Referred to CoMensha"),
    "mma": ("Doorverwezen naar Meld Misdaad Anoniem", "Referred to Meld Misdaad Anoniem"),
}
TEXTS: Final[dict[str, tuple[str, str]]] = {
    "title": ("Rapportage mensenhandel voor de gemeenteraad", "Human trafficking report for the council"),
    "subtitle": (
        "Meldpunt mensenhandel, Veilig Thuis Gooi en Vechtstreek",
        "Meldpunt mensenhandel, Veilig Thuis Gooi en Vechtstreek",
    ),
    "period": ("Periode", "Period"),
    "generated": ("Gemaakt op", "Generated on"),
    "sec_signals": ("Signalen", "Signals"),
    "sec_forms": (
        "Vormen van uitbuiting (een signaal kan meer vormen noemen)",
        "Forms of exploitation (a signal can name more than one)",
    ),
    "sec_minors": ("Minderjarigen", "Minors"),
    "sec_triage": ("Triage bij binnenkomst", "Triage on arrival"),
    "sec_action": ("Tijd tot de eerste actie van een medewerker", "Time to the first staff action"),
    "sec_routing": ("Doorverwijzing en registratie", "Referral and registration"),
    "sec_outcome": ("Afhandeling en uitkomst", "Handling and outcome"),
    "total": ("Signalen totaal", "All signals"),
    "kind_melding": ("Meldingen (melder bekend bij Veilig Thuis)", "Reports (reporter known to Veilig Thuis)"),
    "kind_advies": ("Adviezen", "Advice requests"),
    "kind_anoniem": ("Anonieme signalen (melder onbekend)", "Anonymous signals (reporter unknown)"),
    "minors": ("Minderjarige(n) betrokken", "Minor(s) involved"),
    "triage_not_recorded": ("Triage niet vastgelegd", "Triage not recorded"),
    "t24_within": ("T0/T1 (norm 24 uur): binnen de norm", "T0/T1 (24-hour standard): within"),
    "t24_late": ("T0/T1 (norm 24 uur): buiten de norm", "T0/T1 (24-hour standard): late"),
    "t24_open": ("T0/T1 (norm 24 uur): nog open, termijn loopt", "T0/T1 (24-hour standard): open, not yet due"),
    "t24_share": ("T0/T1: aandeel binnen de norm", "T0/T1: share within the standard"),
    "t5_within": ("Overige (norm 5 werkdagen): binnen de norm", "Others (5 working days): within"),
    "t5_late": ("Overige (norm 5 werkdagen): buiten de norm", "Others (5 working days): late"),
    "t5_open": ("Overige (norm 5 werkdagen): nog open, termijn loopt", "Others (5 working days): open, not yet due"),
    "t5_share": ("Overige: aandeel binnen de norm", "Others: share within the standard"),
    "comensha_aangemeld": ("Aangemeld bij CoMensha", "Registered with CoMensha"),
    "opvang": ("Opvang geregeld", "Shelter arranged"),
    "aangifte": ("Aangifte gedaan", "Police report (aangifte) made"),
    "bedenktijd_aangeboden": ("Bedenktijd (B8/3) aangeboden", "Reflection period (B8/3) offered"),
    "note_small": (
        "“<5”: minder dan 5 (0 tot en met 4). Alleen aantallen van 5 of meer worden gepubliceerd, zodat niemand in "
        "een kleine gemeente herkenbaar wordt; ook 0 staat als “<5”, omdat nullen naast een klein totaal de kleine "
        "aantallen zouden verraden.",
        "“<5”: fewer than 5 (0 to 4). Only counts of 5 or more are published, so that nobody in a small "
        "municipality can be recognised; 0 is shown as “<5” too, because zeros next to a small total would give "
        "the small counts away.",
    ),
    "note_secondary": (
        "“×”: 5 of meer, weggelaten zodat een “<5” niet uit totalen of andere cellen terug te rekenen is. "
        "“–” bij een aandeel: niet getoond, omdat een van de twee aantallen onder de 5 ligt (of er geen zijn).",
        "“×”: 5 or more, withheld so that a “<5” cannot be worked out from totals or other cells. "
        "“–” for a share: not shown, because one of its two counts is below 5 (or there are none).",
    ),
    "note_definitions": (
        "Een signaal telt in de periode waarin het binnenkwam. Eerste actie: de eerste keer dat een medewerker "
        "het gesprek overnam, beantwoordde of sloot, of het signaal toewees, een notitie maakte, de status of "
        "de uitkomst vastlegde. Norm: T0/T1 binnen 24 uur, overige signalen vóór het einde van de vijfde werkdag "
        "(ma–vr, feestdagen niet meegerekend) na de dag van binnenkomst. Het aandeel binnen de norm telt "
        "signalen met een open termijn niet mee.",
        "A signal counts in the period it came in. First action: the first time a staff member took over, "
        "answered or closed the conversation, or assigned the signal, added a note, recorded its status or "
        "outcome. Standard: T0/T1 within 24 hours, other signals before the end of the fifth working day "
        "(Mon–Fri, public holidays not counted) after the day of receipt. The share within the standard leaves "
        "out signals whose term is still running.",
    ),
    "note_kinds": (
        "Melding: de melder is bekend bij Veilig Thuis en het signaal is als melding getrieerd (T0–T2). Advies: "
        "de melder is bekend, getrieerd als advies of doorverwijzing (T3/T4). Anoniem signaal: de melder is "
        "niet bekend bij Veilig Thuis.",
        "Report: the reporter is known to Veilig Thuis and the signal was triaged as a report (T0–T2). Advice: "
        "the reporter is known, triaged as advice or referral (T3/T4). Anonymous signal: the reporter is not "
        "known to Veilig Thuis.",
    ),
    "withheld": (
        "In deze periode zijn zo weinig signalen binnengekomen dat cijfers per gemeente niet veilig te publiceren "
        "zijn. De tabel is daarom weggelaten.",
        "So few signals came in this period that figures per municipality cannot be published safely. The table "
        "is withheld.",
    ),
    "row": ("Onderdeel", "Item"),
}


def text(key: str, language: str) -> str:
    return TEXTS[key][1 if language == "en" else 0]


@dataclass(frozen=True)
class RowSpec:
    key: str
    label: tuple[str, str]
    count: Callable[[SignalFacts, dict[str, str]], bool] | None  # None: a derived share row
    section: str


def _rows() -> list[RowSpec]:
    def t(key: str) -> tuple[str, str]:
        return TEXTS[key]

    rows = [
        RowSpec("total", t("total"), lambda f, s: True, "sec_signals"),
        *(RowSpec(f"kind_{k}", t(f"kind_{k}"), _is_kind(k), "sec_signals") for k in ("melding", "advies", "anoniem")),
        *(RowSpec(f"form_{form}", FORM_LABELS[form], _has_form(form), "sec_forms") for form in (*FORMS, NOT_RECORDED)),
        RowSpec("minors", t("minors"), lambda f, s: f.minors_involved is True, "sec_minors"),
        *(RowSpec(f"triage_{level}", (level, level), _has_triage(level), "sec_triage") for level in TRIAGE_LEVELS),
        RowSpec("triage_not_recorded", t("triage_not_recorded"), _has_triage(None), "sec_triage"),
    ]
    for prefix, standard in (("t24", STANDARD_24H), ("t5", STANDARD_5WD)):
        for status in ("within", "late", "open"):
            rows.append(RowSpec(f"{prefix}_{status}", t(f"{prefix}_{status}"), _timing(standard, status), "sec_action"))
        rows.append(RowSpec(f"{prefix}_share", t(f"{prefix}_share"), None, "sec_action"))
    rows += [
        *(RowSpec(f"referred_{r}", REFERRAL_LABELS[r], _referred(r), "sec_routing") for r in REFERRAL_TARGETS),
        RowSpec(
            "comensha_aangemeld", t("comensha_aangemeld"), lambda f, s: f.comensha_aangemeld is True, "sec_routing"
        ),
        *(RowSpec(f"vb_{d}", VB_LABELS[d], _decision(d), "sec_outcome") for d in (*VB_DECISIONS, "none")),
        RowSpec("opvang", t("opvang"), lambda f, s: f.opvang is True, "sec_outcome"),
        RowSpec("aangifte", t("aangifte"), lambda f, s: f.aangifte == "ja", "sec_outcome"),
        RowSpec(
            "bedenktijd_aangeboden",
            t("bedenktijd_aangeboden"),
            lambda f, s: f.bedenktijd_aangeboden == "ja",
            "sec_outcome",
        ),
    ]
    return rows


def _is_kind(kind: str) -> Callable[[SignalFacts, dict[str, str]], bool]:
    return lambda f, s: f.kind == kind


def _has_form(form: str) -> Callable[[SignalFacts, dict[str, str]], bool]:
    return lambda f, s: form in f.values("form")


def _has_triage(level: str | None) -> Callable[[SignalFacts, dict[str, str]], bool]:
    return lambda f, s: f.triage == level


def _timing(standard: str, status: str) -> Callable[[SignalFacts, dict[str, str]], bool]:
    return lambda f, s: s.get(f.id) == f"{standard}:{status}"


def _referred(target: str) -> Callable[[SignalFacts, dict[str, str]], bool]:
    return lambda f, s: target in f.doorverwezen_naar


def _decision(decision: str) -> Callable[[SignalFacts, dict[str, str]], bool]:
    return lambda f, s: (f.vb_besluit or "none") == decision


ROWS: Final = _rows()


def _column_of(f: SignalFacts) -> str:
    return f.municipality if f.municipality in COLUMNS else "unknown"


def count_table(facts: Sequence[SignalFacts], tz: ZoneInfo, now: datetime) -> dict[tuple[str, str], int]:
    """(row, column) → count, before any suppression."""
    status = {t.signal_id: f"{t.standard}:{t.status}" for t in timings(facts, "month", tz, now)}
    counts = {(row.key, column): 0 for row in ROWS if row.count is not None for column in COLUMNS}
    for f in facts:
        column = _column_of(f)
        for row in ROWS:
            if row.count is not None and row.count(f, status):
                counts[(row.key, column)] += 1
                counts[(row.key, TOTAL)] += 1
    return counts


def relations() -> list[Equation[tuple[str, str]]]:
    """What a reader knows adds up: each row over the municipalities, and the partitions within a column."""
    count_rows = [row.key for row in ROWS if row.count is not None]
    municipalities = [c for c in COLUMNS if c != TOTAL]
    eqs: list[Equation[tuple[str, str]]] = [
        [*(((r, c), 1) for c in municipalities), ((r, TOTAL), -1)] for r in count_rows
    ]
    triage_rows = [f"triage_{level}" for level in TRIAGE_LEVELS] + ["triage_not_recorded"]
    for c in COLUMNS:
        eqs.append([*(((f"kind_{k}", c), 1) for k in ("melding", "advies", "anoniem")), (("total", c), -1)])
        eqs.append([*(((r, c), 1) for r in triage_rows), (("total", c), -1)])
        eqs.append([*(((f"vb_{d}", c), 1) for d in (*VB_DECISIONS, "none")), (("total", c), -1)])
        eqs.append([*(((f"t24_{s}", c), 1) for s in ("within", "late", "open")),
                    (("triage_T0", c), -1), (("triage_T1", c), -1)])  # fmt: skip
        eqs.append([*(((f"t5_{s}", c), 1) for s in ("within", "late", "open")),
                    *(((r, c), -1) for r in triage_rows if r not in ("triage_T0", "triage_T1"))])  # fmt: skip
    return eqs


def build_report(
    store: Store,
    period: str,
    tz: ZoneInfo,
    language: str = "nl",
    region: str | None = None,
    municipalities: Sequence[str] | None = None,
    now: datetime | None = None,
) -> dict[str, Any]:
    """The report as plain data: suppressed cells only (the raw counts never leave this function)."""
    window: Window = period_window(period, tz)
    now = now or utcnow()
    with store.transaction() as session:
        facts = signal_facts(session, window, region, municipalities)
    counts = count_table(facts, tz, now)
    lang = 1 if language == "en" else 0
    report: dict[str, Any] = {
        "period": period.strip().upper(),
        "since": window.since.isoformat(),
        "until": window.until.isoformat(),
        "generated_at": now.astimezone(tz).strftime("%Y-%m-%d %H:%M"),
        "language": "en" if lang else "nl",
        "columns": [COLUMN_LABELS[c][lang] for c in COLUMNS],
        "sections": [],
        "withheld": False,
        "texts": {key: pair[lang] for key, pair in TEXTS.items()},
    }
    try:
        result = suppress(counts, relations())
    except Unpublishable:
        report["withheld"] = True
        return report
    sections: dict[str, list[dict[str, Any]]] = {}
    for row in ROWS:
        if row.count is None:
            prefix = row.key.split("_", 1)[0]
            cells = [_share(counts, result.shown, prefix, c) for c in COLUMNS]
        else:
            cells = [result.shown[(row.key, c)] for c in COLUMNS]
        sections.setdefault(row.section, []).append({"key": row.key, "label": row.label[lang], "cells": cells})
    report["sections"] = [{"key": key, "title": TEXTS[key][lang], "rows": rows} for key, rows in sections.items()]
    return report


def _share(counts: dict[tuple[str, str], int], shown: dict[tuple[str, str], str], prefix: str, column: str) -> str:
    """A share is shown only when both of its counts are shown: otherwise it would give a hidden one away."""
    within_key, late_key = (f"{prefix}_within", column), (f"{prefix}_late", column)
    if shown[within_key] in (SMALL, SECONDARY) or shown[late_key] in (SMALL, SECONDARY):
        return NO_SHARE
    share = share_within(counts[within_key], counts[late_key])
    return NO_SHARE if share is None else f"{share:.0f}%"


# ------------------------------------------------------------------------------------------------ HTML
def _environment() -> Environment:
    return Environment(
        loader=FileSystemLoader(HERE / "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
    )


def render_standalone(report: dict[str, Any]) -> str:
    """One self-contained, printable HTML file (its stylesheet inline; no script, no outside resource)."""
    css = (HERE / "static" / "council.css").read_text(encoding="utf-8")
    return _environment().get_template("council_report.html").render(r=report, css=css)
