"""Input rules shared by the channels: clear errors, never a 500 for bad input."""

from __future__ import annotations

import re
from typing import Any

from channels.adapters.base import BadInput

SESSION = re.compile(r"^[A-Za-z0-9_-]{16,128}$")
MESSAGE_ID = re.compile(r"^[A-Za-z0-9_.:-]{1,100}$")
MAX_TEXT = 4000


def require_object(body: Any, allowed: set[str], required: set[str]) -> dict[str, Any]:
    if not isinstance(body, dict):
        raise BadInput("the body must be a JSON object")
    unknown = sorted(set(body) - allowed)
    if unknown:
        raise BadInput(f"unknown field(s): {', '.join(unknown)}; allowed: {', '.join(sorted(allowed))}")
    missing = sorted(required - set(body))
    if missing:
        raise BadInput(f"missing field(s): {', '.join(missing)}")
    return body


def session_id(value: Any) -> str:
    if not isinstance(value, str) or not SESSION.match(value):
        raise BadInput("session must be a string of 16 to 128 characters A-Z, a-z, 0-9, _ or -")
    return value


def message_text(value: Any) -> str:
    if not isinstance(value, str):
        raise BadInput("text must be a string")
    if not value.strip():
        raise BadInput("text must not be empty")
    if len(value) > MAX_TEXT:
        raise BadInput(f"text is too long: at most {MAX_TEXT} characters", status=413)
    if "\x00" in value:
        raise BadInput("text must not contain NUL characters")
    return value


def message_id(value: Any) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or not MESSAGE_ID.match(value):
        raise BadInput("message_id must be a string of 1 to 100 characters A-Z, a-z, 0-9, _ . : or -")
    return value
