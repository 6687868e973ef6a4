"""Login: Argon2id, TOTP enrolled at first login, codes used once, throttling, idle timeout, logout."""

from __future__ import annotations

import re
from datetime import timedelta

import pyotp
from sqlalchemy import select, update

from console import auth
from store.db import Store
from store.models import utcnow
from store.staff import StaffAccount, StaffSession
from tests.console.conftest import Client, make_staff


def _field(html: str, name: str) -> str:
    match = re.search(rf'name="{name}" value="([^"]+)"', html)
    assert match, name
    return match.group(1)


async def test_first_login_enrols_totp_and_renews_the_session(gateway: Client, store: Store) -> None:
    with store.transaction() as session:
        password = auth.create_account(session, "dana", "staff", "test")
        assert session.scalar(select(StaffAccount.password_hash)).startswith("$argon2id$")
    page = await (await gateway.get("/staff/login")).text()
    resp = await gateway.post("/staff/login", data={"csrf": _field(page, "csrf"), "name": "dana",
                                                     "password": password}, allow_redirects=False)  # fmt: skip
    assert resp.status == 303 and resp.headers["Location"] == "/staff/login/enrol"
    cookie = resp.cookies["mp_staff"]
    assert cookie["httponly"] and cookie["samesite"] == "Strict" and cookie["path"] == "/staff"
    pre_token = cookie.value
    assert (await gateway.get("/staff/queue", allow_redirects=False)).status == 303  # not logged in yet
    enrol = await (await gateway.get("/staff/login/enrol")).text()
    secret = re.search(r'id="totp-secret">([A-Z2-7]+)<', enrol)
    assert secret
    resp = await gateway.post("/staff/login/enrol", data={"csrf": _field(enrol, "csrf"), "new_password": "short",
                                                          "code": pyotp.TOTP(secret.group(1)).now()})  # fmt: skip
    assert resp.status == 400
    code = pyotp.TOTP(secret.group(1)).now()
    resp = await gateway.post("/staff/login/enrol", data={"csrf": _field(enrol, "csrf"), "new_password":
                              "a much longer passphrase", "code": code}, allow_redirects=False)  # fmt: skip
    assert resp.status == 303 and resp.headers["Location"] == "/staff/queue"
    assert resp.cookies["mp_staff"].value != pre_token
    assert (await gateway.get("/staff/queue", allow_redirects=False)).status == 200
    # the same code is never accepted twice
    with store.transaction() as session:
        account = session.scalar(select(StaffAccount).where(StaffAccount.name == "dana"))
        assert account is not None
        assert not auth.totp_login(session, account, code, store.cipher)


async def test_wrong_passwords_lock_the_account(gateway: Client, store: Store) -> None:
    with store.transaction() as session:
        password = auth.create_account(session, "eve", "staff", "test")
    for _ in range(auth.MAX_FAILURES):
        page = await (await gateway.get("/staff/login")).text()
        resp = await gateway.post("/staff/login", data={"csrf": _field(page, "csrf"), "name": "eve",
                                                         "password": "wrong"})  # fmt: skip
        assert resp.status == 401
    page = await (await gateway.get("/staff/login")).text()
    resp = await gateway.post("/staff/login", data={"csrf": _field(page, "csrf"), "name": "eve",
                                                     "password": password})  # fmt: skip
    assert resp.status == 401  # locked, even with the right password


async def test_idle_timeout_logout_and_disabling_end_sessions(gateway: Client, store: Store) -> None:
    idle, leaving, disabled = (make_staff(store, n, "staff") for n in ("idle", "leaving", "disabled"))
    with store.transaction() as session:
        session.execute(update(StaffSession).where(StaffSession.account_id == idle.account_id)
                        .values(last_seen_at=utcnow() - timedelta(minutes=31)))  # fmt: skip
    assert (await gateway.get("/staff/queue", headers=idle.cookies, allow_redirects=False)).status == 303
    assert (await gateway.get("/staff/queue", headers=leaving.cookies)).status == 200
    await gateway.post("/staff/logout", data={"csrf": leaving.csrf}, headers=leaving.cookies)
    assert (await gateway.get("/staff/queue", headers=leaving.cookies, allow_redirects=False)).status == 303
    with store.transaction() as session:
        account = session.get_one(StaffAccount, disabled.account_id)
        auth.set_disabled(session, account, True, "test")
    assert (await gateway.get("/staff/queue", headers=disabled.cookies, allow_redirects=False)).status == 303
