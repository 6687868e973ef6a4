"""A signal as a JSON document (docs/signal.schema.json): what is pushed to partners, and what is imported
from them or from a file. Import validates everything first and then stores all or nothing; it is idempotent
on the signal's id, which the signal keeps (together with where it came from)."""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from jsonschema import Draft202012Validator
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from meldpunt.settings import REPO_ROOT
from store.audit import audit
from store.crypto import FieldCipher
from store.db import Store
from store.links import add_keys
from store.models import Signal
from store.signals import signal_to_dict

SCHEMA_PATH = REPO_ROOT / "docs" / "signal.schema.json"
MAX_DOCUMENTS = 1000
MAX_ERRORS = 20


class InvalidSignals(ValueError):
    """The input is not one signal document or a list of them; `errors` says where and what."""

    def __init__(self, errors: list[str]) -> None:
        super().__init__("; ".join(errors))
        self.errors = errors


@functools.cache
def _validator() -> Draft202012Validator:
    schema = json.loads(SCHEMA_PATH.read_text())
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


def exchange_document(signal: Signal, cipher: FieldCipher) -> dict[str, Any]:
    """The signal as partners get it: the staff API's record without the local conversation id."""
    document = signal_to_dict(signal, cipher)
    del document["conversation_id"]
    return document


def problems(document: Any) -> list[str]:
    """What is wrong with one document (empty when it is a valid signal)."""
    found = [
        f"{'/'.join(map(str, error.absolute_path)) or '(document)'}: {_short(error.message)}"
        for error in sorted(_validator().iter_errors(document), key=lambda e: list(map(str, e.absolute_path)))
    ]
    if not found and _timestamp(document["received_at"]) is None:
        found.append("received_at: must be an ISO 8601 date-time with a time zone")
    return found


def _short(message: str) -> str:
    return message if len(message) <= 200 else message[:197] + "…"


def _timestamp(value: str) -> datetime | None:
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    return parsed if parsed.tzinfo is not None else None


def parse_documents(data: Any) -> list[dict[str, Any]]:
    """One document or a list of them, every one valid; otherwise InvalidSignals naming each problem."""
    documents = data if isinstance(data, list) else [data]
    if not documents:
        raise InvalidSignals(["the list holds no signals"])
    if len(documents) > MAX_DOCUMENTS:
        raise InvalidSignals([f"at most {MAX_DOCUMENTS} signals at a time"])
    errors: list[str] = []
    for index, document in enumerate(documents):
        where = f"signal {index}" if isinstance(data, list) else "signal"
        errors.extend(f"{where}: {problem}" for problem in problems(document))
    if errors:
        raise InvalidSignals(
            errors[:MAX_ERRORS] + ([f"… and {len(errors) - MAX_ERRORS} more"] if len(errors) > MAX_ERRORS else [])
        )
    return documents


@dataclass
class Imported:
    imported: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)


def import_documents(store: Store, documents: list[dict[str, Any]], origin: str, actor: str) -> Imported:
    """Store valid documents (see parse_documents) in one transaction. A signal whose id is known already is
    counted as a duplicate and left as it is. Imported signals get no receipt code and start as `new` here."""
    try:
        return _import(store, documents, origin, actor)
    except IntegrityError:  # the same signal arrived at the same moment by another request: now a duplicate
        return _import(store, documents, origin, actor)


def _import(store: Store, documents: list[dict[str, Any]], origin: str, actor: str) -> Imported:
    result = Imported()
    with store.transaction() as session:
        ids = [d["id"] for d in documents]
        known = set(session.scalars(select(Signal.id).where(Signal.id.in_(ids))))
        for document in documents:
            if document["id"] in known:
                result.duplicates.append(document["id"])
                continue
            known.add(document["id"])
            description = document["description"]
            session.add(
                Signal(
                    id=document["id"],
                    received_at=_timestamp(document["received_at"]),
                    channel=document["channel"],
                    language=document["language"],
                    triage=document["triage"],
                    acute=document["acute"],
                    reporter_role=document["reporter_role"],
                    anonymity=document["anonymity"],
                    forms=list(document["forms"]),
                    municipality=document["municipality"],
                    minors_involved=document["minors_involved"],
                    region=store.regions.region_for(document["municipality"]),
                    indicators=list(document["indicators"]),
                    description_enc=store.cipher.encrypt(description) if description else None,
                    knowledge_source=document.get("knowledge_source"),
                    context=dict(document.get("context") or {}),
                    routes=list(document.get("routes") or []),
                    details_enc=store.cipher.encrypt(document["details"]) if document.get("details") else None,
                    contact_enc=(
                        store.cipher.encrypt(json.dumps(document["contact"], ensure_ascii=False))
                        if document.get("contact")
                        else None
                    ),
                    status="new",
                    origin=origin,
                )
            )
            session.flush()
            # Linkage keys, as for a signal taken here, so links across deployments show up too.
            add_keys(session, store, document["id"], [description, document.get("details")], {})
            audit(session, actor, "signal.imported", "signal", document["id"], origin=origin,
                  sender_status=document["status"])  # fmt: skip
            result.imported.append(document["id"])
    return result
