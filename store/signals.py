"""Signals: the structured report that lands in the Veilig Thuis queue (docs/signal.schema.json)."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from store.audit import audit
from store.crypto import FieldCipher
from store.db import Store, default_store
from store.exchange import enqueue, partners_or_none
from store.links import add_keys
from store.models import Conversation, Message, Signal
from store.receipts import hash_receipt, new_receipt_code

SIGNAL_FIELDS = (
    "id", "received_at", "channel", "language", "triage", "acute", "reporter_role", "anonymity",
    "forms", "municipality", "minors_involved", "indicators", "knowledge_source", "context", "routes",
    "description", "details", "contact", "status", "region",
)  # fmt: skip


def create_signal(conversation_id: str, fields: dict[str, Any], store: Store | None = None) -> tuple[str, str | None]:
    """Store the signal of a conversation once. Returns (signal id, receipt code or None if it existed)."""
    store = store or default_store()
    code = new_receipt_code()
    try:
        with store.transaction() as session:
            existing = session.scalar(select(Signal).where(Signal.conversation_id == conversation_id))
            if existing is not None:
                return existing.id, None
            conversation = session.get(Conversation, conversation_id)
            description = fields.get("description")
            signal = Signal(
                conversation_id=conversation.id if conversation else None,
                channel=conversation.channel if conversation else str(fields.get("channel") or "unknown"),
                language=fields.get("language") or (conversation.language if conversation else None),
                triage=_most_urgent(fields.get("triage"), conversation.triage if conversation else None),
                acute=bool(fields.get("acute")),
                reporter_role=fields.get("reporter_role"),
                anonymity=fields.get("anonymity"),
                forms=list(fields.get("forms") or []),
                municipality=fields.get("municipality"),
                region=store.regions.region_for(fields.get("municipality")),
                minors_involved=fields.get("minors_involved"),
                indicators=list(fields.get("indicators") or []),
                description_enc=store.cipher.encrypt(description) if description else None,
                knowledge_source=fields.get("knowledge_source"),
                context=dict(fields.get("context") or {}),
                routes=list(fields.get("routes") or []),
                details_enc=_encrypt_text(store, fields.get("details")),
                contact_enc=_encrypt_json(store, fields.get("contact")),
                receipt_hash=hash_receipt(code, store.receipt_salt),
            )
            session.add(signal)
            session.flush()
            # Linkage keys from the description and the details the reporter added (only hashes and encrypted
            # values); never from the reporter's own contact details.
            add_keys(session, store, signal.id, [description, fields.get("details")], _key_fields(fields))
            audit(session, "bot", "signal.created", "signal", signal.id, triage=signal.triage)
            # Queued for the partners in the same transaction: a stored signal is never left unsent.
            enqueue(session, signal, partners_or_none(store.settings))
            return signal.id, code
    except IntegrityError:  # a concurrent retry of the same action stored it first
        with store.transaction() as session:
            signal_id = session.scalar(select(Signal.id).where(Signal.conversation_id == conversation_id))
            if signal_id is None:
                raise
            return signal_id, None


def _key_fields(fields: dict[str, Any]) -> dict[str, Any]:
    return {name: value for name, value in fields.items() if name != "contact"}


def _encrypt_text(store: Store, value: Any) -> str | None:
    return store.cipher.encrypt(str(value)) if value else None


def _encrypt_json(store: Store, value: Any) -> str | None:
    return store.cipher.encrypt(json.dumps(value, ensure_ascii=False)) if value else None


def signal_contact(signal: Signal, cipher: FieldCipher) -> dict[str, Any] | None:
    """The reporter's contact details and safe times (only for staff handling the signal)."""
    if not signal.contact_enc:
        return None
    value = json.loads(cipher.decrypt(signal.contact_enc))
    return value if isinstance(value, dict) else None


def _most_urgent(*levels: Any) -> str | None:
    known = sorted(str(level) for level in levels if level)
    return known[0] if known else None  # "T0" < "T1" < … sorts most urgent first


def signal_to_dict(signal: Signal, cipher: FieldCipher) -> dict[str, Any]:
    return {
        "id": signal.id,
        "received_at": signal.received_at.isoformat(),
        "channel": signal.channel,
        "language": signal.language,
        "triage": signal.triage,
        "acute": signal.acute,
        "reporter_role": signal.reporter_role,
        "anonymity": signal.anonymity,
        "forms": signal.forms,
        "municipality": signal.municipality,
        "minors_involved": signal.minors_involved,
        "indicators": signal.indicators,
        "knowledge_source": signal.knowledge_source,
        "context": signal.context or {},
        "routes": signal.routes or [],
        "description": cipher.decrypt(signal.description_enc) if signal.description_enc else None,
        "details": cipher.decrypt(signal.details_enc) if signal.details_enc else None,
        "contact": signal_contact(signal, cipher),
        "status": signal.status,
        "region": signal.region,
        "conversation_id": signal.conversation_id,
    }


def message_to_dict(message: Message, cipher: FieldCipher) -> dict[str, Any]:
    """One transcript line as staff see it (the staff API and the console)."""
    return {
        "id": message.id,
        "direction": message.direction,
        "author": message.author,
        "text": cipher.decrypt(message.text_enc),
        "at": message.created_at.isoformat(),
        "status": message.status,
    }
