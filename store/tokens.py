"""Bearer tokens for the staff API. Only a SHA-256 of each token is stored (tokens are 256-bit random)."""

from __future__ import annotations

import hashlib
import secrets

from sqlalchemy import select
from sqlalchemy.orm import Session

from meldpunt.settings import DEFAULT_HOME_REGION
from store.models import ApiToken


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def create_token(session: Session, name: str, region: str = DEFAULT_HOME_REGION) -> str:
    """A new token that reads the signals of one region."""
    token = "mp_" + secrets.token_urlsafe(32)
    session.add(ApiToken(name=name, token_hash=_digest(token), region=region))
    return token


def token_name(session: Session, token: str) -> str | None:
    row = token_row(session, token)
    return row.name if row else None


def token_row(session: Session, token: str) -> ApiToken | None:
    """The live (not revoked) token, with its name and region."""
    return session.scalar(select(ApiToken).where(ApiToken.token_hash == _digest(token), ApiToken.revoked_at.is_(None)))
