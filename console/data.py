"""What the console reads and changes in the store. Synchronous (run in a worker thread); every function
that shows or changes a report writes its audit entry in the same transaction."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from console import links
from console.auth import Who
from store import scope
from store.audit import audit
from store.db import Store
from store.models import AuditEntry, Conversation, FollowUp, Message, Signal, utcnow
from store.signals import SIGNAL_FIELDS, message_to_dict, signal_to_dict
from store.staff import ConversationHold, SignalCase, SignalNote, StaffAccount, locked_hold

TRIAGE_RANK = {"T0": 0, "T1": 1, "T2": 2, "T3": 3, "T4": 4}
ALERT_REASONS = ("danger", "acute", "human")
TAKEABLE = ("bot", "waiting_for_staff")

# The outcome fields of domain.md §4.3 (Afhandeling / uitkomst), with their allowed values.
VB_BESLUIT = ("eigen_onderzoek", "voorwaarden_en_vervolg", "overdracht_lokaal_team", "overdracht_hulpverlening",
              "raad_voor_de_kinderbescherming", "politie", "einde_bemoeienis")  # fmt: skip
DOORVERWEZEN = ("politie", "nla", "zorgcoordinator", "comensha", "mma")
TYPE_DOSSIER = ("registratie", "registratie_opvang", "registratie_informatie_advies")
JA_NEE_ONBEKEND = ("ja", "nee", "onbekend")
NEXT_STATUS = {"new": ("in_assessment",), "in_assessment": ("referred", "closed"), "referred": ("closed",)}


def _iso(at: datetime | None) -> str | None:
    return at.isoformat() if at else None


# ------------------------------------------------------------------------------------------------ queue
def queue_items(store: Store) -> list[dict[str, Any]]:
    """Conversations waiting for (or held by) staff and new signals: most urgent triage first, then longest wait."""
    with store.transaction() as session:
        names = _names(session)
        rows = session.execute(
            select(Conversation, ConversationHold, Signal)
            .outerjoin(ConversationHold, ConversationHold.conversation_id == Conversation.id)
            .outerjoin(Signal, Signal.conversation_id == Conversation.id)
            .where(Conversation.state.in_(("waiting_for_staff", "staff")))
        ).all()
        items: list[dict[str, Any]] = []
        seen_signals: set[str] = set()
        home = store.regions.home
        for conversation, hold, signal in rows:
            waiting = hold.waiting_since if hold and hold.waiting_since else conversation.updated_at
            if signal is not None:
                seen_signals.add(signal.id)
            items.append(
                {
                    "kind": "conversation",
                    "region": signal.region if signal else scope.conversation_region(session, conversation, home),
                    "key": f"c:{conversation.id}",
                    "conversation_id": conversation.id,
                    "signal_id": signal.id if signal else None,
                    "state": conversation.state,
                    "triage": _most_urgent(conversation.triage, signal.triage if signal else None),
                    "reason": conversation.escalation_reason,
                    "channel": conversation.channel,
                    "language": conversation.language,
                    # before a signal exists, what the intake knows so far
                    "forms": list(signal.forms) if signal else list(conversation.forms or []),
                    "municipality": signal.municipality if signal else conversation.municipality,
                    "since": _iso(waiting),
                    "held_by": names.get(hold.held_by) if hold and hold.held_by else None,
                }
            )
        for signal in session.scalars(select(Signal).where(Signal.status == "new")):
            if signal.id in seen_signals:
                continue
            items.append(
                {
                    "kind": "signal",
                    "region": signal.region,
                    "key": f"s:{signal.id}",
                    "conversation_id": signal.conversation_id,
                    "signal_id": signal.id,
                    "state": "new_signal",
                    "triage": signal.triage,
                    "reason": None,
                    "channel": signal.channel,
                    "language": signal.language,
                    "forms": list(signal.forms),
                    "municipality": signal.municipality,
                    "since": _iso(signal.received_at),
                    "held_by": None,
                }
            )
        links.annotate(session, items)
    for item in items:
        item["alert"] = item["state"] != "staff" and (
            item["triage"] in ("T0", "T1") or (item["kind"] == "conversation" and item["reason"] == "human")
        )
    items.sort(key=lambda i: (TRIAGE_RANK.get(i["triage"] or "", 9), i["since"] or ""))
    return items


def _names(session: Session) -> dict[str, str]:
    return {row.id: row.name for row in session.execute(select(StaffAccount.id, StaffAccount.name))}


def _most_urgent(*levels: str | None) -> str | None:
    known = [level for level in levels if level]
    return min(known) if known else None


def items_for(items: list[dict[str, Any]], who: Who) -> list[dict[str, Any]]:
    """The queue as this person may see it: their region only; cross-region links counted for coordinators."""
    return [links.for_role(item, who) for item in items if item["region"] == who.region]


def filter_items(items: list[dict[str, Any]], filters: dict[str, str]) -> list[dict[str, Any]]:
    def keep(item: dict[str, Any]) -> bool:
        for name in ("state", "triage", "municipality", "channel"):
            if filters.get(name) and item.get(name) != filters[name]:
                return False
        return not (filters.get("form") and filters["form"] not in item["forms"])

    return [item for item in items if keep(item)]


# ------------------------------------------------------------------------------------------------ refusals
def refuse(store: Store, actor: str, path: str, permission: str) -> None:
    with store.transaction() as session:
        audit(session, actor, "access.refused", "console", None, path=path, needs=permission)


# ------------------------------------------------------------------------------------------------ conversations
def _messages(session: Session, store: Store, conversation_id: str, after: int = 0) -> list[dict[str, Any]]:
    rows = session.scalars(
        select(Message).where(Message.conversation_id == conversation_id, Message.id > after).order_by(Message.id)
    ).all()
    return [message_json(store, m) for m in rows]


def message_json(store: Store, m: Message) -> dict[str, Any]:
    return message_to_dict(m, store.cipher)


def _conversation_json(session: Session, conversation: Conversation) -> dict[str, Any]:
    hold = session.get(ConversationHold, conversation.id)
    holder = session.get(StaffAccount, hold.held_by) if hold and hold.held_by else None
    signal_id = session.scalar(select(Signal.id).where(Signal.conversation_id == conversation.id))
    return {
        "id": conversation.id,
        "state": conversation.state,
        "channel": conversation.channel,
        "language": conversation.language,
        "triage": conversation.triage,
        "reason": conversation.escalation_reason,
        "created_at": conversation.created_at.isoformat(),
        "held_by": holder.name if holder else None,
        "held_by_id": holder.id if holder else None,
        "signal_id": signal_id,
    }


def _conversation(session: Session, store: Store, who: Who, conversation_id: str) -> Conversation | None:
    """The conversation if it is in this person's region (or they hold it); None otherwise (refusal audited)."""
    return scope.conversation_for(session, who.actor, who.region, store.regions.home, conversation_id, who.account_id)


def may_watch(store: Store, who: Who, conversation_id: str) -> bool:
    with store.transaction() as session:
        return _conversation(session, store, who, conversation_id) is not None


def view_conversation(store: Store, who: Who, conversation_id: str) -> dict[str, Any] | None:
    with store.transaction() as session:
        conversation = _conversation(session, store, who, conversation_id)
        if conversation is None:
            return None
        audit(session, who.actor, "transcript.viewed", "conversation", conversation.id)
        return {**_conversation_json(session, conversation), "messages": _messages(session, store, conversation.id)}


def conversation_state(store: Store, conversation_id: str) -> dict[str, Any] | None:
    with store.transaction() as session:
        conversation = session.get(Conversation, conversation_id)
        return _conversation_json(session, conversation) if conversation else None


@dataclass(frozen=True)
class Change:
    """The result of a takeover, hand-back, close or reply: ok, and what the reporter must be told."""

    ok: bool
    reason: str = ""
    channel: str = ""
    language: str | None = None
    view: dict[str, Any] | None = None


def take_over(store: Store, who: Who, conversation_id: str) -> Change:
    """The atomic claim: one UPDATE that only succeeds while the bot or nobody holds the conversation."""
    with store.transaction() as session:
        if _conversation(session, store, who, conversation_id) is None:
            return Change(False, "missing")
        claimed = session.execute(
            update(Conversation)
            .where(Conversation.id == conversation_id, Conversation.state.in_(TAKEABLE))
            .values(state="staff", updated_at=utcnow())
            .execution_options(synchronize_session=False)
        )
        conversation = session.get(Conversation, conversation_id)
        if conversation is None:
            return Change(False, "missing")
        if claimed.rowcount != 1:  # type: ignore[attr-defined]
            audit(session, who.actor, "conversation.takeover_refused", "conversation", conversation_id,
                  state=conversation.state)  # fmt: skip
            return Change(False, "taken")
        session.refresh(conversation)
        hold = locked_hold(session, conversation_id)
        hold.held_by, hold.taken_at, hold.waiting_since, hold.notice = who.account_id, utcnow(), None, None
        audit(session, who.actor, "conversation.taken_over", "conversation", conversation_id)
        session.flush()
        return Change(True, "", conversation.channel, conversation.language, _conversation_json(session, conversation))


def _held_by_me(session: Session, who: Who, conversation: Conversation) -> bool:
    hold = session.get(ConversationHold, conversation.id)
    return conversation.state == "staff" and hold is not None and hold.held_by == who.account_id


def _mine(session: Session, store: Store, who: Who, conversation_id: str, refused: str) -> Conversation | Change:
    """The conversation if this staff member holds it; otherwise the refusal (audited as `refused`)."""
    if _conversation(session, store, who, conversation_id) is None:  # also another region's: not confirmed
        return Change(False, "missing")
    conversation = session.get_one(Conversation, conversation_id)
    if not _held_by_me(session, who, conversation):
        audit(session, who.actor, refused, "conversation", conversation_id)
        return Change(False, "not_yours")
    return conversation


def hand_back(store: Store, who: Who, conversation_id: str) -> Change:
    with store.transaction() as session:
        conversation = _mine(session, store, who, conversation_id, "conversation.handback_refused")
        if isinstance(conversation, Change):
            return conversation
        conversation.state = "bot"
        conversation.updated_at = utcnow()
        hold = locked_hold(session, conversation_id)
        hold.held_by = None
        audit(session, who.actor, "conversation.handed_back", "conversation", conversation_id)
        session.flush()
        return Change(True, "", conversation.channel, conversation.language, _conversation_json(session, conversation))


def _closable(session: Session, store: Store, who: Who, conversation_id: str) -> Conversation | Change:
    """The holder may close a conversation, and anyone may close one that waits; otherwise refused (audited)."""
    conversation = _conversation(session, store, who, conversation_id)
    if conversation is None:
        return Change(False, "missing")
    if not (_held_by_me(session, who, conversation) or conversation.state == "waiting_for_staff"):
        audit(session, who.actor, "conversation.close_refused", "conversation", conversation_id)
        return Change(False, "not_yours")
    return conversation


def may_close(store: Store, who: Who, conversation_id: str) -> Change:
    with store.transaction() as session:
        conversation = _closable(session, store, who, conversation_id)
        if isinstance(conversation, Change):
            return conversation
        return Change(True, "", conversation.channel, conversation.language)


def close(store: Store, who: Who, conversation_id: str) -> Change:
    with store.transaction() as session:
        conversation = _closable(session, store, who, conversation_id)
        if isinstance(conversation, Change):
            return conversation
        conversation.state = "closed"
        conversation.closed_at = conversation.updated_at = utcnow()
        hold = locked_hold(session, conversation_id)
        hold.held_by = None
        audit(session, who.actor, "conversation.closed", "conversation", conversation_id)
        session.flush()
        return Change(True, "", conversation.channel, conversation.language, _conversation_json(session, conversation))


def may_reply(store: Store, who: Who, conversation_id: str) -> Change:
    with store.transaction() as session:
        conversation = _mine(session, store, who, conversation_id, "conversation.reply_refused")
        if isinstance(conversation, Change):
            return conversation
        audit(session, who.actor, "conversation.replied", "conversation", conversation_id)
        return Change(True, "", conversation.channel, conversation.language, _conversation_json(session, conversation))


def store_outbound(store: Store, conversation_id: str, text: str, author: str) -> dict[str, Any]:
    """A staff or system message for a channel that the console reaches itself (the web chat)."""
    with store.transaction() as session:
        conversation = session.get_one(Conversation, conversation_id)
        message = Message(
            conversation_id=conversation_id,
            channel=conversation.channel,
            direction="out",
            author=author,
            text_enc=store.cipher.encrypt(text),
            status="sent",
        )
        session.add(message)
        session.flush()
        return {"id": conversation.id, "state": conversation.state, "language": conversation.language,
                "triage": conversation.triage}  # fmt: skip


# ------------------------------------------------------------------------------------------------ signals
def list_signals(store: Store, who: Who, filters: dict[str, str], limit: int = 200) -> list[dict[str, Any]]:
    """The signal list shows categories only (no free text), so it is not a view of a report's contents."""
    with store.transaction() as session:
        query = (
            select(Signal, SignalCase)
            .outerjoin(SignalCase, SignalCase.signal_id == Signal.id)
            .where(Signal.region == who.region)
        )
        for name in ("status", "triage", "municipality", "channel"):
            if filters.get(name):
                query = query.where(getattr(Signal, name) == filters[name])
        rows = session.execute(query.order_by(Signal.received_at.desc()).limit(limit)).all()
        names = _names(session)
        out = []
        for signal, case in rows:
            if filters.get("form") and filters["form"] not in signal.forms:
                continue
            out.append(
                {
                    "id": signal.id,
                    "received_at": signal.received_at.isoformat(),
                    "triage": signal.triage,
                    "status": signal.status,
                    "forms": signal.forms,
                    "municipality": signal.municipality,
                    "channel": signal.channel,
                    "assigned_to": names.get(case.assigned_to) if case and case.assigned_to else None,
                }
            )
        links.annotate(session, out, key="id")
        return [links.for_role(row, who) for row in out]


def _case_json(case: SignalCase | None, names: dict[str, str]) -> dict[str, Any]:
    if case is None:
        case = SignalCase(doorverwezen_naar=[])
    return {
        "assigned_to": case.assigned_to,
        "assigned_name": names.get(case.assigned_to) if case.assigned_to else None,
        "triage_vt": case.triage_vt,
        "vb_besluit": case.vb_besluit,
        "doorverwezen_naar": list(case.doorverwezen_naar or []),
        "overgedragen_aan": case.overgedragen_aan,
        "overdracht_tijd": _iso(case.overdracht_tijd),
        "comensha_aangemeld": case.comensha_aangemeld,
        "type_dossier": case.type_dossier,
        "bedenktijd_aangeboden": case.bedenktijd_aangeboden,
        "aangifte": case.aangifte,
        "opvang": case.opvang,
        "afgesloten_op": _iso(case.afgesloten_op),
    }


def _signal(session: Session, who: Who, signal_id: str) -> Signal | None:
    """The signal if it is in this person's region; None otherwise (another region's: refusal audited)."""
    return scope.signal_for(session, who.actor, who.region, signal_id)


def view_signal(store: Store, who: Who, signal_id: str) -> dict[str, Any] | None:
    with store.transaction() as session:
        signal = _signal(session, who, signal_id)
        if signal is None:
            return None
        audit(session, who.actor, "signal.viewed", "signal", signal.id)
        names = _names(session)
        result: dict[str, Any] = {
            "signal": signal_to_dict(signal, store.cipher),
            "case": _case_json(session.get(SignalCase, signal.id), names),
            "notes": [
                {
                    "author": names.get(n.author_id or "", "?"),
                    "at": n.created_at.isoformat(),
                    "text": store.cipher.decrypt(n.text_enc),
                }
                for n in session.scalars(
                    select(SignalNote).where(SignalNote.signal_id == signal.id).order_by(SignalNote.id)
                )
            ],
            "followups": [
                {
                    "direction": f.direction,
                    "author": f.author,
                    "at": f.created_at.isoformat(),
                    "text": store.cipher.decrypt(f.text_enc),
                    "seen": f.seen_at is not None,
                }
                for f in session.scalars(select(FollowUp).where(FollowUp.signal_id == signal.id).order_by(FollowUp.id))
            ],
            "next_status": NEXT_STATUS.get(signal.status, ()),
            "staff": sorted(
                (a.id, a.name)
                for a in session.scalars(
                    select(StaffAccount).where(
                        StaffAccount.role.in_(("staff", "coordinator")),
                        StaffAccount.disabled_at.is_(None),
                        StaffAccount.region == who.region,
                    )
                )
            ),
            "transcript": None,
            "links": links.panel(session, store, who, signal),
            "region_name": store.regions.name(signal.region),
        }
        if signal.conversation_id:
            audit(session, who.actor, "transcript.viewed", "conversation", signal.conversation_id, via="signal")
            result["transcript"] = _messages(session, store, signal.conversation_id)
        return result


def _case(session: Session, signal_id: str) -> SignalCase:
    case = session.get(SignalCase, signal_id)
    if case is None:
        case = SignalCase(signal_id=signal_id, doorverwezen_naar=[])
        session.add(case)
    return case


def add_note(store: Store, who: Who, signal_id: str, text: str) -> bool:
    with store.transaction() as session:
        if _signal(session, who, signal_id) is None:
            return False
        session.add(SignalNote(signal_id=signal_id, author_id=who.account_id, text_enc=store.cipher.encrypt(text)))
        audit(session, who.actor, "signal.note_added", "signal", signal_id)
        return True


def assign(store: Store, who: Who, signal_id: str, account_id: str | None) -> bool:
    with store.transaction() as session:
        if _signal(session, who, signal_id) is None:
            return False
        if account_id:
            account = session.get(StaffAccount, account_id)
            if account is None or account.role == "admin" or account.disabled_at is not None:
                return False
            if account.region != who.region:
                return False
        _case(session, signal_id).assigned_to = account_id or None
        audit(session, who.actor, "signal.assigned", "signal", signal_id, to=account_id or None)
        return True


def _choice(value: str | None, allowed: tuple[str, ...]) -> str | None:
    if not value:
        return None
    if value not in allowed:
        raise ValueError(value)
    return value


def _yes_no(value: str | None) -> bool | None:
    return {"ja": True, "nee": False}.get(value or "")


def update_outcome(store: Store, who: Who, signal_id: str, form: dict[str, Any]) -> str | None:
    """Save the outcome fields and, if asked, move the workflow on. Returns an error key or None."""
    with store.transaction() as session:
        signal = _signal(session, who, signal_id)
        if signal is None:
            return "missing"
        case = _case(session, signal_id)
        try:
            case.triage_vt = _choice(form.get("triage_vt"), tuple(TRIAGE_RANK))
            case.vb_besluit = _choice(form.get("vb_besluit"), VB_BESLUIT)
            referred = [v for v in form.get("doorverwezen_naar", []) if v]
            if any(v not in DOORVERWEZEN for v in referred):
                raise ValueError("doorverwezen_naar")
            case.doorverwezen_naar = referred
            case.comensha_aangemeld = _yes_no(_choice(form.get("comensha_aangemeld"), JA_NEE_ONBEKEND))
            case.type_dossier = _choice(form.get("type_dossier"), TYPE_DOSSIER)
            case.bedenktijd_aangeboden = _choice(form.get("bedenktijd_aangeboden"), JA_NEE_ONBEKEND)
            case.aangifte = _choice(form.get("aangifte"), JA_NEE_ONBEKEND)
            case.opvang = _yes_no(_choice(form.get("opvang"), JA_NEE_ONBEKEND))
        except ValueError:
            return "invalid"
        handed = (form.get("overgedragen_aan") or "").strip()[:64] or None
        if handed and handed != case.overgedragen_aan:
            case.overdracht_tijd = utcnow()
        case.overgedragen_aan = handed
        status = form.get("status") or ""
        previous = signal.status
        if status and status != signal.status:
            if status not in NEXT_STATUS.get(signal.status, ()):
                return "transition"
            if status == "referred" and not referred:
                return "referred_needs_target"
            signal.status = status
            if status == "closed":
                case.afgesloten_op = utcnow()
        audit(session, who.actor, "signal.updated", "signal", signal_id, status_from=previous, status=signal.status)
        return None


EXPORT_COLUMNS = (*SIGNAL_FIELDS, "conversation_id", "triage_vt", "vb_besluit", "doorverwezen_naar",
                  "overgedragen_aan", "comensha_aangemeld", "type_dossier", "bedenktijd_aangeboden", "aangifte",
                  "opvang", "afgesloten_op")  # fmt: skip


def export(store: Store, who: Who, signal_ids: list[str], kind: str) -> tuple[str, int]:
    """The selected signals as JSON (docs/signal.schema.json, one object each) or CSV; each export audited."""
    with store.transaction() as session:
        found = session.scalars(select(Signal).where(Signal.id.in_(signal_ids)).order_by(Signal.received_at)).all()
        # Another region's signal is left out as if it did not exist (the refusal is audited).
        signals = [s for s in found if _signal(session, who, s.id) is not None]
        signal_ids = [s.id for s in signals]
        records = [signal_to_dict(s, store.cipher) for s in signals]
        for signal in signals:
            audit(session, who.actor, "signal.exported", "signal", signal.id, format=kind)
        if kind == "json":
            return json.dumps({"signals": records}, ensure_ascii=False, indent=2), len(records)
        cases = {
            c.signal_id: c for c in session.scalars(select(SignalCase).where(SignalCase.signal_id.in_(signal_ids)))
        }
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(EXPORT_COLUMNS)
        for record in records:
            row = {**record, **_case_json(cases.get(record["id"]), {})}
            writer.writerow([_csv_cell(row.get(column)) for column in EXPORT_COLUMNS])
        return out.getvalue(), len(records)


def _csv_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        text = ";".join(v if isinstance(v, str) else json.dumps(v, ensure_ascii=False) for v in value)
    elif isinstance(value, bool):
        text = "ja" if value else "nee"
    else:
        text = str(value)
    # A spreadsheet must never read reporter text as a formula.
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


# ------------------------------------------------------------------------------------------------ admin
def audit_entries(store: Store, who: Who, filters: dict[str, str], limit: int = 300) -> list[dict[str, Any]]:
    with store.transaction() as session:
        query = select(AuditEntry)
        for name in ("actor", "action", "object_type", "object_id"):
            if filters.get(name):
                query = query.where(getattr(AuditEntry, name) == filters[name])
        for name, op in (("since", "__ge__"), ("until", "__le__")):
            if filters.get(name):
                try:
                    at = datetime.fromisoformat(filters[name])
                except ValueError:
                    continue
                query = query.where(getattr(AuditEntry.at, op)(at))
        rows = session.scalars(query.order_by(AuditEntry.id.desc()).limit(limit)).all()
        audit(session, who.actor, "audit.viewed", "audit_log", None, filters={k: v for k, v in filters.items() if v})
        return [
            {
                "id": r.id,
                "at": r.at.isoformat(),
                "actor": r.actor,
                "action": r.action,
                "object_type": r.object_type,
                "object_id": r.object_id,
                "detail": json.dumps(r.detail, ensure_ascii=False, sort_keys=True),
            }
            for r in rows
        ]


def accounts(store: Store) -> list[dict[str, Any]]:
    with store.transaction() as session:
        return [
            {
                "id": a.id,
                "name": a.name,
                "role": a.role,
                "region": a.region,
                "enrolled": a.totp_enrolled,
                "disabled": a.disabled_at is not None,
                "created_at": a.created_at.isoformat(),
                "locked": a.locked_until is not None and a.locked_until > utcnow(),
            }
            for a in session.scalars(select(StaffAccount).order_by(StaffAccount.name))
        ]


def messages_after(store: Store, conversation_id: str, after: int) -> list[dict[str, Any]]:
    with store.transaction() as session:
        return _messages(session, store, conversation_id, after)


def max_message_id(store: Store) -> int:
    with store.transaction() as session:
        return int(session.scalar(select(func.max(Message.id))) or 0)


def new_messages(store: Store, after: int, conversation_ids: set[str]) -> tuple[int, list[tuple[str, dict[str, Any]]]]:
    """Messages newer than `after`; decrypted only for the conversations someone watches."""
    with store.transaction() as session:
        rows = session.scalars(select(Message).where(Message.id > after).order_by(Message.id).limit(500)).all()
        if not rows:
            return after, []
        found = [(m.conversation_id, message_json(store, m)) for m in rows if m.conversation_id in conversation_ids]
        return rows[-1].id, found


def followup_reply(store: Store, who: Who, signal_id: str, text: str) -> tuple[str, str, str | None] | None:
    """Store a staff reply in the follow-up thread (audited). Returns where to deliver it now, if anywhere."""
    from channels import followup

    with store.transaction() as session:
        if _signal(session, who, signal_id) is None:
            return None
    conversation_id = followup.reply(store, signal_id, who.name, text)
    with store.transaction() as session:
        audit(session, who.actor, "signal.followup_replied", "signal", signal_id, delivered=conversation_id is not None)
        if conversation_id is None:
            return None
        conversation = session.get_one(Conversation, conversation_id)
        return conversation.id, conversation.channel, conversation.language
