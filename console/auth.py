"""Accounts, passwords (Argon2id), TOTP, server-side sessions, CSRF tokens and login throttling.

Synchronous: the console runs these in a worker thread. Every function takes an open session (transaction)
so that the audit entry of what happened is written in the same transaction.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import time
from collections import deque
from dataclasses import dataclass
from datetime import timedelta

import pyotp
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from meldpunt.regions import RegionTable, load_regions
from meldpunt.settings import DEFAULT_HOME_REGION, get_settings
from store.audit import audit
from store.crypto import FieldCipher
from store.models import utcnow
from store.staff import ROLES, StaffAccount, StaffSession

IDLE_TIMEOUT = timedelta(minutes=30)
PRE_AUTH_TIMEOUT = timedelta(minutes=5)
MAX_FAILURES = 5
LOCK_FOR = timedelta(minutes=15)
MIN_PASSWORD = 12
TOTP_ISSUER = "Meldpunt mensenhandel"

# Argon2id (argon2-cffi's default type) with its RFC 9106 "low memory" parameters.
_hasher = PasswordHasher()
_DUMMY_HASH = _hasher.hash(secrets.token_urlsafe(16))

PERMISSIONS: dict[str, frozenset[str]] = {
    "staff": frozenset({"self", "queue", "conversations", "signals"}),
    "coordinator": frozenset({"self", "queue", "conversations", "signals", "assign", "export", "trends", "erase"}),
    "admin": frozenset({"self", "accounts", "audit", "trends", "erase"}),
}


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def check_password(stored: str, password: str) -> bool:
    try:
        return _hasher.verify(stored, password)
    except (VerificationError, InvalidHashError):
        return False


def new_one_time_password() -> str:
    return "-".join(secrets.token_urlsafe(6) for _ in range(3))


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def create_account(
    session: Session, name: str, role: str, actor: str, region: str | None = None, regions: RegionTable | None = None
) -> str:
    """A new account with a one-time password (returned, shown once). TOTP is enrolled at first login.
    `region`: whose signals the account sees; a region of the routing table, by default its home region."""
    if role not in ROLES:
        raise ValueError(f"role must be one of {', '.join(ROLES)}")
    table = regions or load_regions(get_settings())
    region = region or table.home
    if region not in table.regions:
        raise ValueError(f"region must be one of {', '.join(table.regions)}")
    name = name.strip()
    if not name or len(name) > 64:
        raise ValueError("the name must be 1 to 64 characters")
    if session.scalar(select(StaffAccount.id).where(StaffAccount.name == name)):
        raise ValueError(f"an account named {name!r} exists")
    password = new_one_time_password()
    account = StaffAccount(name=name, role=role, password_hash=hash_password(password), password_is_temporary=True,
                           region=region)  # fmt: skip
    session.add(account)
    session.flush()
    audit(session, actor, "account.created", "staff_account", account.id, name=name, role=role, region=region)
    return password


def reset_account(session: Session, account: StaffAccount, actor: str) -> str:
    """A new one-time password; TOTP is enrolled again; every session ends."""
    password = new_one_time_password()
    account.password_hash = hash_password(password)
    account.password_is_temporary = True
    account.totp_secret_enc = None
    account.totp_enrolled = False
    account.totp_last_step = 0
    account.failed_logins = 0
    account.locked_until = None
    end_sessions(session, account.id)
    audit(session, actor, "account.reset", "staff_account", account.id, name=account.name)
    return password


def set_disabled(session: Session, account: StaffAccount, disabled: bool, actor: str) -> None:
    account.disabled_at = utcnow() if disabled else None
    if disabled:
        end_sessions(session, account.id)
    action = "account.disabled" if disabled else "account.enabled"
    audit(session, actor, action, "staff_account", account.id, name=account.name)


def end_sessions(session: Session, account_id: str) -> None:
    session.execute(delete(StaffSession).where(StaffSession.account_id == account_id))


# ------------------------------------------------------------------------------------------------ sessions
@dataclass(frozen=True)
class Who:
    """The caller behind a valid session."""

    account_id: str
    name: str
    role: str
    stage: str
    language: str
    region: str = DEFAULT_HOME_REGION  # whose signals this person sees (admins: every region's accounts)

    @property
    def actor(self) -> str:
        return f"staff:{self.name}"

    def may(self, permission: str) -> bool:
        return self.stage == "full" and permission in PERMISSIONS.get(self.role, frozenset())


def start_session(session: Session, account: StaffAccount, stage: str, replaces: str | None = None) -> str:
    """A new session token (the old one, if any, ends: a session is renewed at each login step)."""
    if replaces:
        session.execute(delete(StaffSession).where(StaffSession.token_hash == _digest(replaces)))
    token = secrets.token_urlsafe(32)
    session.add(StaffSession(token_hash=_digest(token), account_id=account.id, stage=stage))
    return token


def end_session(session: Session, token: str) -> None:
    session.execute(delete(StaffSession).where(StaffSession.token_hash == _digest(token)))


def lookup(session: Session, token: str | None, touch: bool = True) -> Who | None:
    """The caller, if the token is a live session of an enabled account; expired sessions are removed."""
    if not token:
        return None
    row = session.get(StaffSession, _digest(token))
    if row is None:
        return None
    account = session.get(StaffAccount, row.account_id)
    now = utcnow()
    limit = IDLE_TIMEOUT if row.stage == "full" else PRE_AUTH_TIMEOUT
    if account is None or account.disabled_at is not None or now - row.last_seen_at > limit:
        session.delete(row)
        return None
    if touch and now - row.last_seen_at > timedelta(seconds=15):
        row.last_seen_at = now
    return Who(account.id, account.name, account.role, row.stage, account.language, account.region)


def account_of(session: Session, who: Who) -> StaffAccount:
    return session.get_one(StaffAccount, who.account_id)


# ------------------------------------------------------------------------------------------------ login
class LoginRefused(Exception):
    pass


def _locked(account: StaffAccount) -> bool:
    return account.locked_until is not None and account.locked_until > utcnow()


def _failed(session: Session, account: StaffAccount, step: str) -> None:
    account.failed_logins += 1
    if account.failed_logins >= MAX_FAILURES:
        account.locked_until = utcnow() + LOCK_FOR
        account.failed_logins = 0
    audit(session, f"staff:{account.name}", "login.failed", "staff_account", account.id, step=step)


def password_login(session: Session, name: str, password: str) -> tuple[StaffAccount, str]:
    """Check name and password. Returns the account and the stage that follows (password → TOTP, or enrol)."""
    account = session.scalar(select(StaffAccount).where(StaffAccount.name == name.strip()))
    if account is None:
        check_password(_DUMMY_HASH, password)  # the same work as for a real account: no name probing by time
        audit(session, "anonymous", "login.failed", "staff_account", None, step="password")
        raise LoginRefused
    if account.disabled_at is not None or _locked(account):
        audit(session, f"staff:{account.name}", "login.refused", "staff_account", account.id,
              reason="disabled" if account.disabled_at else "locked")  # fmt: skip
        raise LoginRefused
    if not check_password(account.password_hash, password):
        _failed(session, account, "password")
        raise LoginRefused
    if _hasher.check_needs_rehash(account.password_hash):
        account.password_hash = hash_password(password)
    stage = "enrol" if account.password_is_temporary or not account.totp_enrolled else "password"
    return account, stage


def _totp_step(secret: str, code: str, last_step: int, now: float | None = None) -> int | None:
    """The time step a code belongs to (one step of clock drift either way), if it is newer than last_step."""
    code = "".join(ch for ch in code if ch.isdigit())
    if len(code) != 6:
        return None
    totp = pyotp.TOTP(secret)
    now = time.time() if now is None else now
    current = int(now // totp.interval)
    for step in (current, current - 1, current + 1):
        if step > last_step and hmac.compare_digest(totp.generate_otp(step), code):
            return step
    return None


def totp_login(session: Session, account: StaffAccount, code: str, cipher: FieldCipher) -> bool:
    if account.disabled_at is not None or _locked(account) or not account.totp_secret_enc:
        return False
    step = _totp_step(cipher.decrypt(account.totp_secret_enc), code, account.totp_last_step)
    if step is None:
        _failed(session, account, "totp")
        return False
    account.totp_last_step = step
    account.failed_logins = 0
    audit(session, f"staff:{account.name}", "login.succeeded", "staff_account", account.id)
    return True


def enrolment_secret(session: Session, account: StaffAccount, cipher: FieldCipher) -> str:
    """The TOTP secret being enrolled (made once per enrolment, kept encrypted until confirmed)."""
    if account.totp_secret_enc and not account.totp_enrolled:
        return cipher.decrypt(account.totp_secret_enc)
    secret = pyotp.random_base32()
    account.totp_secret_enc = cipher.encrypt(secret)
    account.totp_enrolled = False
    return secret


def provisioning_uri(account: StaffAccount, secret: str) -> str:
    return pyotp.TOTP(secret).provisioning_uri(name=account.name, issuer_name=TOTP_ISSUER)


def enrol(session: Session, account: StaffAccount, new_password: str, code: str, cipher: FieldCipher) -> str | None:
    """First login: a new password and the first TOTP code. Returns an error key, or None when done."""
    if len(new_password) < MIN_PASSWORD:
        return "password_short"
    if check_password(account.password_hash, new_password):
        return "password_same"
    if not account.totp_secret_enc:
        return "totp_wrong"
    step = _totp_step(cipher.decrypt(account.totp_secret_enc), code, account.totp_last_step)
    if step is None:
        _failed(session, account, "enrol")
        return "totp_wrong"
    account.totp_last_step = step
    account.totp_enrolled = True
    account.password_hash = hash_password(new_password)
    account.password_is_temporary = False
    account.failed_logins = 0
    audit(session, f"staff:{account.name}", "account.enrolled", "staff_account", account.id)
    audit(session, f"staff:{account.name}", "login.succeeded", "staff_account", account.id)
    return None


# ------------------------------------------------------------------------------------------------ CSRF
def csrf_token(key: bytes, session_token: str) -> str:
    return hmac.new(key, b"csrf:" + session_token.encode(), hashlib.sha256).hexdigest()


def csrf_ok(key: bytes, session_token: str | None, given: str | None) -> bool:
    if not session_token or not given:
        return False
    return hmac.compare_digest(csrf_token(key, session_token), given)


# ------------------------------------------------------------------------------------------------ throttle
class Throttle:
    """At most `limit` login attempts per client address in `window` seconds (kept in memory, never logged)."""

    def __init__(self, limit: int = 20, window: float = 600.0) -> None:
        self.limit, self.window = limit, window
        self._hits: dict[str, deque[float]] = {}

    def allow(self, client: str) -> bool:
        now = time.monotonic()
        key = hashlib.sha256(client.encode()).hexdigest()[:16]
        hits = self._hits.setdefault(key, deque())
        while hits and now - hits[0] > self.window:
            hits.popleft()
        if len(hits) >= self.limit:
            return False
        hits.append(now)
        if len(self._hits) > 10_000:  # bounded: forget the quietest
            for stale in [k for k, v in self._hits.items() if not v][:5_000]:
                del self._hits[stale]
        return True
