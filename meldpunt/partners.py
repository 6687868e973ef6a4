"""Partner systems that exchange signals with this deployment, and the webhook signature both sides use.

A partner is configured by name (MELDPUNT_PARTNERS as JSON, or <data dir>/partners.json):

    [{"name": "vt-utrecht", "url": "https://…/api/v1/exchange/signals",
      "send": {"triage": ["T0", "T1", "T2"]}, "receive": true}]

Its shared secret never sits in that list (which may end up in a repository or a ticket): it comes from the
environment (MELDPUNT_PARTNER_SECRET_VT_UTRECHT) or from <data dir>/partners/vt-utrecht.secret.

Signature (both directions): X-Meldpunt-Signature = "v1=" + hex(HMAC-SHA256(secret, timestamp + "." + body)),
with X-Meldpunt-Timestamp the Unix time in seconds; a receiver refuses a timestamp outside the replay window.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from meldpunt.settings import Settings

SENDER_HEADER = "X-Meldpunt-Sender"
TIMESTAMP_HEADER = "X-Meldpunt-Timestamp"
SIGNATURE_HEADER = "X-Meldpunt-Signature"
DELIVERY_HEADER = "X-Meldpunt-Delivery"
MIN_SECRET = 32
NAME_PATTERN = r"^[a-z0-9][a-z0-9_-]{0,63}$"


class PartnerConfigError(ValueError):
    """The partner list cannot be used; the message says what to fix."""


class SendRule(BaseModel):
    """Which signals go to a partner: every condition given must hold (each list: any of its values)."""

    model_config = ConfigDict(extra="forbid")
    triage: list[str] | None = Field(default=None, min_length=1)
    municipality: list[str] | None = Field(default=None, min_length=1)
    forms: list[str] | None = Field(default=None, min_length=1)


class PartnerEntry(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str = Field(pattern=NAME_PATTERN)
    url: str | None = Field(default=None, pattern=r"^https?://")
    send: Literal["all"] | SendRule | None = None
    receive: bool = False

    @model_validator(mode="after")
    def _url_needs_a_rule(self) -> PartnerEntry:
        if self.url and self.send is None:
            raise ValueError('a partner with a url needs "send": "all" or a filter such as {"triage": ["T1"]}')
        if self.send is not None and not self.url:
            raise ValueError('"send" needs the partner\'s "url"')
        return self


@dataclass(frozen=True)
class Partner:
    name: str
    url: str | None
    send: Literal["all"] | SendRule | None
    receive: bool

    def wants(self, signal: Mapping[str, Any]) -> bool:
        """Whether a signal (as its fields: triage, municipality, forms) is to be sent to this partner."""
        if self.url is None or self.send is None:
            return False
        if self.send == "all":
            return True
        rule = self.send
        if rule.triage is not None and signal.get("triage") not in rule.triage:
            return False
        if rule.municipality is not None and signal.get("municipality") not in rule.municipality:
            return False
        return rule.forms is None or bool(set(rule.forms) & set(signal.get("forms") or []))


def secret_env_name(name: str) -> str:
    return "MELDPUNT_PARTNER_SECRET_" + re.sub(r"[^A-Z0-9]", "_", name.upper())


def secret_path(settings: Settings, name: str) -> Path:
    return settings.data_path / "partners" / f"{name}.secret"


def partner_secret(settings: Settings, name: str) -> bytes:
    """The shared secret of a partner: read when it is needed, so that queueing a signal never depends on it."""
    raw = os.environ.get(secret_env_name(name))
    if raw is None:
        path = secret_path(settings, name)
        try:
            raw = path.read_text()
        except FileNotFoundError:
            raise PartnerConfigError(
                f"partner {name!r} has no secret: set {secret_env_name(name)} or write it to {path}"
            ) from None
    secret = raw.strip()
    if len(secret) < MIN_SECRET:
        raise PartnerConfigError(f"the secret of partner {name!r} is shorter than {MIN_SECRET} characters")
    return secret.encode()


def _raw_list(settings: Settings) -> Any:
    if settings.partners is not None:
        source, text = "MELDPUNT_PARTNERS", settings.partners
    else:
        path = settings.data_path / "partners.json"
        if not path.exists():
            return []
        source, text = str(path), path.read_text()
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise PartnerConfigError(f"{source} is not valid JSON: {exc}") from None


def load_partners(settings: Settings, check_secrets: bool = False) -> dict[str, Partner]:
    """The configured partners by name. Raises PartnerConfigError with a message that says what to fix."""
    raw = _raw_list(settings)
    if not isinstance(raw, list):
        raise PartnerConfigError("the partner list must be a JSON list of objects")
    partners: dict[str, Partner] = {}
    for index, item in enumerate(raw):
        try:
            entry = PartnerEntry.model_validate(item)
        except ValidationError as exc:
            problems = "; ".join(f"{'.'.join(map(str, e['loc'])) or 'entry'}: {e['msg']}" for e in exc.errors())
            raise PartnerConfigError(f"partner {index}: {problems}") from None
        if entry.name in partners:
            raise PartnerConfigError(f"partner {entry.name!r} is listed twice")
        if check_secrets:
            partner_secret(settings, entry.name)
        partners[entry.name] = Partner(entry.name, entry.url, entry.send, entry.receive)
    return partners


# ------------------------------------------------------------------------------------------------ signature
def signature(secret: bytes, timestamp: int, body: bytes) -> str:
    return "v1=" + hmac.new(secret, str(timestamp).encode() + b"." + body, hashlib.sha256).hexdigest()


def signed_headers(sender: str, secret: bytes, body: bytes, delivery_id: str, now: float) -> dict[str, str]:
    timestamp = int(now)
    return {
        "Content-Type": "application/json",
        SENDER_HEADER: sender,
        TIMESTAMP_HEADER: str(timestamp),
        SIGNATURE_HEADER: signature(secret, timestamp, body),
        DELIVERY_HEADER: delivery_id,
    }


def verify(secret: bytes, timestamp: str | None, given: str | None, body: bytes, now: float, window: int) -> str | None:
    """None if the signature holds and is fresh; otherwise why not (for the 401 answer)."""
    if not timestamp or not given:
        return f"{TIMESTAMP_HEADER} and {SIGNATURE_HEADER} are required"
    if not timestamp.isdigit() or len(timestamp) > 12:
        return f"{TIMESTAMP_HEADER} must be Unix time in seconds"
    if abs(now - int(timestamp)) > window:
        return "the timestamp is outside the replay window"
    # Constant-time comparison, and over the raw bytes: the body is not parsed before this holds.
    if not hmac.compare_digest(signature(secret, int(timestamp), body).encode(), given.strip().encode()):
        return "unknown sender or invalid signature"
    return None
