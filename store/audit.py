"""The audit log is written in the same transaction as the thing it records."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from store.models import AuditEntry


def audit(session: Session, actor: str, action: str, object_type: str, object_id: str | None, **detail: Any) -> None:
    session.add(AuditEntry(actor=actor, action=action, object_type=object_type, object_id=object_id, detail=detail))
