"""The console's pages and actions under /staff: server-rendered HTML (Jinja2, autoescaped), forms with a CSRF
token on every state change, and a websocket for the live queue and transcript."""

from __future__ import annotations

import asyncio
import functools
import hashlib
import hmac
import secrets
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import segno
from aiohttp import web
from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from channels.keys import SETTINGS, STORE
from channels.texts import FOLLOWUP_REPLY, STAFF_CLOSED, STAFF_JOINED, STAFF_LEFT, say
from console import auth, data, intake_view, links, live
from console.i18n import LANGUAGES, QUICK_REPLIES, translator
from meldpunt.keys import derive_key
from meldpunt.vocab import FORMS, MUNICIPALITIES
from store.audit import audit
from store.staff import ROLES, SIGNAL_STATUSES, StaffAccount

HERE = Path(__file__).resolve().parent
COOKIE = "mp_staff"
LOGIN_COOKIE = "mp_login"
CSRF_KEY = web.AppKey("staff_csrf_key", bytes)
THROTTLE = web.AppKey("staff_throttle", auth.Throttle)
TEMPLATES = web.AppKey("staff_templates", Environment)

Handler = Callable[..., Awaitable[web.StreamResponse]]


# ------------------------------------------------------------------------------------------------ plumbing
def _templates() -> Environment:
    env = Environment(
        loader=FileSystemLoader(HERE / "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
    )
    return env


def _secure(request: web.Request) -> bool:
    return (request.app[SETTINGS].public_url or "").startswith("https://")


def _set_cookie(request: web.Request, response: web.StreamResponse, name: str, value: str) -> None:
    response.set_cookie(name, value, path="/staff", httponly=True, samesite="Strict", secure=_secure(request))


def _redirect(location: str) -> web.Response:
    """A 303 that is returned (not raised), so it carries cookies and the security headers."""
    return web.Response(status=303, headers={"Location": location})


def _drop_cookie(response: web.StreamResponse, name: str) -> None:
    response.del_cookie(name, path="/staff")


def render(request: web.Request, name: str, who: auth.Who | None, status: int = 200, **context: Any) -> web.Response:
    language = who.language if who else _anon_language(request)
    token = request.cookies.get(COOKIE)
    csrf = auth.csrf_token(request.app[CSRF_KEY], token) if token and who else ""
    html = (
        request.app[TEMPLATES]
        .get_template(name)
        .render(t=translator(language), lang=language, who=who, csrf=csrf, path=request.path, **context)
    )
    return web.Response(text=html, content_type="text/html", charset="utf-8", status=status)


def _anon_language(request: web.Request) -> str:
    lang = request.query.get("lang", "nl")
    return lang if lang in LANGUAGES else "nl"


async def _caller(request: web.Request, touch: bool = True) -> tuple[auth.Who | None, str | None]:
    token = request.cookies.get(COOKIE)
    if not token:
        return None, None

    def look() -> auth.Who | None:
        with request.app[STORE].transaction() as session:
            return auth.lookup(session, token, touch)

    return await asyncio.to_thread(look), token


async def _csrf_given(request: web.Request) -> str | None:
    header = request.headers.get("X-CSRF-Token")
    if header:
        return header
    if request.content_type in ("application/x-www-form-urlencoded", "multipart/form-data"):
        value = (await request.post()).get("csrf")
        return value if isinstance(value, str) else None
    return None


def protected(permission: str) -> Callable[[Handler], Callable[[web.Request], Awaitable[web.StreamResponse]]]:
    """A full session whose role grants `permission`, and on a state change a valid CSRF token."""

    def wrap(handler: Handler) -> Callable[[web.Request], Awaitable[web.StreamResponse]]:
        @functools.wraps(handler)
        async def inner(request: web.Request) -> web.StreamResponse:
            who, token = await _caller(request)
            store = request.app[STORE]
            if who is None or token is None or who.stage != "full":
                await asyncio.to_thread(data.refuse, store, "anonymous", request.path, permission)
                if request.method == "GET" and request.headers.get("Upgrade", "").lower() != "websocket":
                    raise web.HTTPSeeOther("/staff/login")
                raise web.HTTPUnauthorized(text="login required")
            if not who.may(permission):
                await asyncio.to_thread(data.refuse, store, who.actor, request.path, permission)
                return render(request, "message.html", who, status=403, message_key="forbidden")
            if request.method != "GET" and not auth.csrf_ok(request.app[CSRF_KEY], token, await _csrf_given(request)):
                await asyncio.to_thread(data.refuse, store, who.actor, request.path, "csrf")
                return render(request, "message.html", who, status=403, message_key="csrf")
            result: web.StreamResponse = await handler(request, who, token)
            return result

        inner.permission = permission  # type: ignore[attr-defined]
        return inner

    return wrap


async def _form(request: web.Request) -> dict[str, Any]:
    form = await request.post()
    out: dict[str, Any] = {}
    for key in form:
        values = [v for v in form.getall(key) if isinstance(v, str)]
        out[key] = values if key.endswith("[]") or len(values) > 1 else (values[0] if values else "")
    return out


def _filters(request: web.Request, names: tuple[str, ...]) -> dict[str, str]:
    return {name: request.query.get(name, "")[:64] for name in names}


# ------------------------------------------------------------------------------------------------ login
def _login_csrf(request: web.Request, nonce: str) -> str:
    return hmac.new(request.app[CSRF_KEY], b"login:" + nonce.encode(), hashlib.sha256).hexdigest()


async def login_page(request: web.Request, error: str | None = None, status: int = 200) -> web.Response:
    nonce = request.cookies.get(LOGIN_COOKIE) or secrets.token_urlsafe(16)
    response = render(request, "login.html", None, status=status, login_csrf=_login_csrf(request, nonce), error=error)
    _set_cookie(request, response, LOGIN_COOKIE, nonce)
    return response


async def login_get(request: web.Request) -> web.Response:
    return await login_page(request)


async def login_post(request: web.Request) -> web.StreamResponse:
    form = await request.post()
    nonce = request.cookies.get(LOGIN_COOKIE, "")
    given = form.get("csrf")
    if not nonce or not isinstance(given, str) or not hmac.compare_digest(_login_csrf(request, nonce), given):
        await asyncio.to_thread(data.refuse, request.app[STORE], "anonymous", request.path, "csrf")
        return await login_page(request, "csrf", 403)
    if not request.app[THROTTLE].allow(request.remote or "?"):
        return await login_page(request, "throttled", 429)
    name, password = str(form.get("name", ""))[:64], str(form.get("password", ""))[:256]
    old = request.cookies.get(COOKIE)

    def check() -> tuple[str, str] | None:
        with request.app[STORE].transaction() as session:
            try:
                account, stage = auth.password_login(session, name, password)
            except auth.LoginRefused:
                return None
            return auth.start_session(session, account, stage, replaces=old), stage

    result = await asyncio.to_thread(check)
    if result is None:
        return await login_page(request, "login_failed", 401)
    token, stage = result
    response = _redirect("/staff/login/enrol" if stage == "enrol" else "/staff/login/totp")
    _set_cookie(request, response, COOKIE, token)
    _drop_cookie(response, LOGIN_COOKIE)
    return response


async def _pre_auth(request: web.Request, stage: str) -> tuple[auth.Who, str]:
    who, token = await _caller(request, touch=False)
    if who is None or token is None or who.stage != stage:
        raise web.HTTPSeeOther("/staff/login")
    return who, token


def _pre_auth_csrf_ok(request: web.Request, token: str, given: Any) -> bool:
    return isinstance(given, str) and auth.csrf_ok(request.app[CSRF_KEY], token, given)


async def totp_get(request: web.Request) -> web.Response:
    _, token = await _pre_auth(request, "password")
    return render(request, "totp.html", None, pre_csrf=auth.csrf_token(request.app[CSRF_KEY], token), error=None)


async def _finish_login(request: web.Request, account_id: str, token: str) -> web.StreamResponse:
    def renew() -> tuple[str, str]:
        with request.app[STORE].transaction() as session:
            account = session.get_one(StaffAccount, account_id)
            return auth.start_session(session, account, "full", replaces=token), account.role

    new_token, role = await asyncio.to_thread(renew)
    response = _redirect("/staff/audit" if role == "admin" else "/staff/queue")
    _set_cookie(request, response, COOKIE, new_token)
    return response


async def totp_post(request: web.Request) -> web.StreamResponse:
    who, token = await _pre_auth(request, "password")
    form = await request.post()
    pre_csrf = auth.csrf_token(request.app[CSRF_KEY], token)
    if not _pre_auth_csrf_ok(request, token, form.get("csrf")):
        return render(request, "totp.html", None, status=403, pre_csrf=pre_csrf, error="csrf")
    if not request.app[THROTTLE].allow(request.remote or "?"):
        return render(request, "totp.html", None, status=429, pre_csrf=pre_csrf, error="throttled")
    code = str(form.get("code", ""))[:16]
    store = request.app[STORE]

    def check() -> bool:
        with store.transaction() as session:
            return auth.totp_login(session, auth.account_of(session, who), code, store.cipher)

    if not await asyncio.to_thread(check):
        return render(request, "totp.html", None, status=401, pre_csrf=pre_csrf, error="code_wrong")
    return await _finish_login(request, who.account_id, token)


def _enrol_context(request: web.Request, who: auth.Who, token: str) -> dict[str, Any]:
    store = request.app[STORE]
    with store.transaction() as session:
        account = auth.account_of(session, who)
        secret = auth.enrolment_secret(session, account, store.cipher)
        uri = auth.provisioning_uri(account, secret)
    return {
        "pre_csrf": auth.csrf_token(request.app[CSRF_KEY], token),
        "secret": secret,
        "qr": segno.make(uri, error="m").svg_data_uri(scale=4),
    }


async def enrol_get(request: web.Request) -> web.Response:
    who, token = await _pre_auth(request, "enrol")
    context = await asyncio.to_thread(_enrol_context, request, who, token)
    return render(request, "enrol.html", None, error=None, **context)


async def enrol_post(request: web.Request) -> web.StreamResponse:
    who, token = await _pre_auth(request, "enrol")
    form = await request.post()
    store = request.app[STORE]
    if not _pre_auth_csrf_ok(request, token, form.get("csrf")):
        context = await asyncio.to_thread(_enrol_context, request, who, token)
        return render(request, "enrol.html", None, status=403, error="csrf", **context)
    if not request.app[THROTTLE].allow(request.remote or "?"):
        context = await asyncio.to_thread(_enrol_context, request, who, token)
        return render(request, "enrol.html", None, status=429, error="throttled", **context)
    password, code = str(form.get("new_password", ""))[:256], str(form.get("code", ""))[:16]

    def check() -> str | None:
        with store.transaction() as session:
            return auth.enrol(session, auth.account_of(session, who), password, code, store.cipher)

    error = await asyncio.to_thread(check)
    if error:
        context = await asyncio.to_thread(_enrol_context, request, who, token)
        return render(request, "enrol.html", None, status=400, error=error, **context)
    return await _finish_login(request, who.account_id, token)


async def logout(request: web.Request) -> web.StreamResponse:
    who, token = await _caller(request, touch=False)
    form = await request.post()
    if who is not None and token is not None:
        if not _pre_auth_csrf_ok(request, token, form.get("csrf")):
            return render(request, "message.html", who, status=403, message_key="csrf")

        def end() -> None:
            with request.app[STORE].transaction() as session:
                auth.end_session(session, token)
                audit(session, who.actor, "logout", "staff_account", who.account_id)

        await asyncio.to_thread(end)
    response = _redirect("/staff/login")
    _drop_cookie(response, COOKIE)
    return response


async def index(request: web.Request) -> web.StreamResponse:
    raise web.HTTPSeeOther("/staff/queue")


# ------------------------------------------------------------------------------------------------ pages
@protected("self")
async def language(request: web.Request, who: auth.Who, token: str) -> web.StreamResponse:
    form = await request.post()
    chosen = str(form.get("language", ""))
    back = str(form.get("back", "/staff/queue"))
    if chosen in LANGUAGES:

        def save() -> None:
            with request.app[STORE].transaction() as session:
                auth.account_of(session, who).language = chosen

        await asyncio.to_thread(save)
    raise web.HTTPSeeOther(back if back.startswith("/staff/") and "//" not in back else "/staff/queue")


QUEUE_FILTERS = ("state", "triage", "form", "municipality", "channel")


@protected("queue")
async def queue_page(request: web.Request, who: auth.Who, token: str) -> web.Response:
    filters = _filters(request, QUEUE_FILTERS)
    items = data.filter_items(data.items_for(request.app[live.LIVE].queue, who), filters)
    return render(request, "queue.html", who, items=items, filters=filters, **_choices())


def _choices() -> dict[str, Any]:
    return {
        "states": ("waiting_for_staff", "staff", "new_signal"),
        "triages": ("T0", "T1", "T2", "T3", "T4"),
        "forms": sorted(FORMS),
        "municipalities": sorted(MUNICIPALITIES),
        "channels": ("webchat", "api", "sms", "whatsapp", "telegram"),
    }


@protected("queue")
async def staff_socket(request: web.Request, who: auth.Who, token: str) -> web.StreamResponse:
    origin = request.headers.get("Origin")
    if origin is not None and origin.split("://", 1)[-1] != request.host:
        await asyncio.to_thread(data.refuse, request.app[STORE], who.actor, request.path, "origin")
        raise web.HTTPForbidden(text="cross-site websocket refused")
    return await live.socket(request, who, token)


def _quick(language: str | None) -> list[tuple[str, str]]:
    """In the reporter's language (staff see what the reporter will read and may edit it before sending)."""
    return QUICK_REPLIES.get(language or "nl", QUICK_REPLIES["en"])


@protected("conversations")
async def conversation_page(request: web.Request, who: auth.Who, token: str) -> web.Response:
    conversation_id = request.match_info["id"]
    view = await asyncio.to_thread(data.view_conversation, request.app[STORE], who, conversation_id)
    if view is None:
        return render(request, "message.html", who, status=404, message_key="missing")
    notice = request.query.get("notice", "")
    return render(
        request, "conversation.html", who, c=view, quick=_quick(view["language"]),
        notice=notice if notice in ("taken", "not_yours", "missing") else "",
        last_id=view["messages"][-1]["id"] if view["messages"] else 0,
    )  # fmt: skip


def _back(conversation_id: str, notice: str = "") -> web.HTTPSeeOther:
    return web.HTTPSeeOther(f"/staff/conversations/{conversation_id}" + (f"?notice={notice}" if notice else ""))


@protected("conversations")
async def take_over(request: web.Request, who: auth.Who, token: str) -> web.StreamResponse:
    conversation_id = request.match_info["id"]
    change = await asyncio.to_thread(data.take_over, request.app[STORE], who, conversation_id)
    if not change.ok:
        if request.headers.get("Accept") == "application/json":
            return web.json_response({"error": change.reason}, status=409 if change.reason == "taken" else 404)
        raise _back(conversation_id, change.reason)
    await live.tell_reporter(request.app, conversation_id, change.channel, say(STAFF_JOINED, change.language), "system")
    raise _back(conversation_id)


@protected("conversations")
async def reply(request: web.Request, who: auth.Who, token: str) -> web.StreamResponse:
    conversation_id = request.match_info["id"]
    form = await request.post()
    text = str(form.get("text", "")).strip()
    if not text or len(text) > 4000:
        raise _back(conversation_id)
    change = await asyncio.to_thread(data.may_reply, request.app[STORE], who, conversation_id)
    if not change.ok:
        raise _back(conversation_id, change.reason)
    await live.tell_reporter(request.app, conversation_id, change.channel, text, "staff")
    raise _back(conversation_id)


@protected("conversations")
async def hand_back(request: web.Request, who: auth.Who, token: str) -> web.StreamResponse:
    conversation_id = request.match_info["id"]
    change = await asyncio.to_thread(data.hand_back, request.app[STORE], who, conversation_id)
    if not change.ok:
        raise _back(conversation_id, change.reason)
    await live.tell_reporter(request.app, conversation_id, change.channel, say(STAFF_LEFT, change.language), "system")
    raise _back(conversation_id)


@protected("conversations")
async def close(request: web.Request, who: auth.Who, token: str) -> web.StreamResponse:
    conversation_id = request.match_info["id"]
    store = request.app[STORE]
    check = await asyncio.to_thread(data.may_close, store, who, conversation_id)
    if not check.ok:
        raise _back(conversation_id, check.reason)
    text = say(STAFF_CLOSED, check.language)
    if check.channel in ("webchat", "api"):
        change = await asyncio.to_thread(data.close, store, who, conversation_id)
        if change.ok:
            await live.tell_reporter(request.app, conversation_id, change.channel, text, "system")
    else:  # a messaging channel forgets the address on close: tell the reporter first
        try:
            await asyncio.wait_for(live.tell_reporter(request.app, conversation_id, check.channel, text, "system"), 20)
        except TimeoutError:
            pass
        change = await asyncio.to_thread(data.close, store, who, conversation_id)
    raise _back(conversation_id, "" if change.ok else change.reason)


SIGNAL_FILTERS = ("status", "triage", "form", "municipality", "channel")


@protected("signals")
async def signals_page(request: web.Request, who: auth.Who, token: str) -> web.Response:
    filters = _filters(request, SIGNAL_FILTERS)
    rows = await asyncio.to_thread(data.list_signals, request.app[STORE], who, filters)
    return render(request, "signals.html", who, rows=rows, filters=filters, statuses=SIGNAL_STATUSES, **_choices())


@protected("signals")
async def signal_page(request: web.Request, who: auth.Who, token: str) -> web.Response:
    view = await asyncio.to_thread(data.view_signal, request.app[STORE], who, request.match_info["id"])
    if view is None:
        return render(request, "message.html", who, status=404, message_key="missing")
    error = request.query.get("error", "")
    return render(
        request, "signal.html", who, v=view, error=error if error in _SIGNAL_ERRORS else "",
        vb_besluit=data.VB_BESLUIT, doorverwezen=data.DOORVERWEZEN, type_dossier=data.TYPE_DOSSIER,
        jno=data.JA_NEE_ONBEKEND, triages=tuple(data.TRIAGE_RANK),
        indicator_rows=intake_view.indicator_rows(view["signal"], who.language),
        context_rows=intake_view.context_rows(view["signal"], who.language),
    )  # fmt: skip


_SIGNAL_ERRORS = ("invalid", "transition", "referred_needs_target", "missing")


def _to_signal(signal_id: str, error: str | None = None) -> web.HTTPSeeOther:
    return web.HTTPSeeOther(f"/staff/signals/{signal_id}" + (f"?error={error}" if error else ""))


@protected("signals")
async def add_note(request: web.Request, who: auth.Who, token: str) -> web.StreamResponse:
    signal_id = request.match_info["id"]
    text = str((await request.post()).get("text", "")).strip()[:8000]
    if text:
        await asyncio.to_thread(data.add_note, request.app[STORE], who, signal_id, text)
    raise _to_signal(signal_id)


@protected("signals")
async def followup_reply(request: web.Request, who: auth.Who, token: str) -> web.StreamResponse:
    """A reply in the anonymous follow-up thread: delivered now if the reporter is there, else at their return."""
    signal_id = request.match_info["id"]
    text = str((await request.post()).get("text", "")).strip()
    if not text or len(text) > 4000:
        raise _to_signal(signal_id, "invalid")
    delivered_to = await asyncio.to_thread(data.followup_reply, request.app[STORE], who, signal_id, text)
    if delivered_to is not None:
        conversation_id, channel, language = delivered_to
        await live.tell_reporter(
            request.app, conversation_id, channel, say(FOLLOWUP_REPLY, language).format(text=text), "staff"
        )
    raise _to_signal(signal_id)


@protected("signals")
async def outcome(request: web.Request, who: auth.Who, token: str) -> web.StreamResponse:
    signal_id = request.match_info["id"]
    form = await _form(request)
    form["doorverwezen_naar"] = form.pop("doorverwezen_naar[]", [])
    if isinstance(form["doorverwezen_naar"], str):
        form["doorverwezen_naar"] = [form["doorverwezen_naar"]]
    error = await asyncio.to_thread(data.update_outcome, request.app[STORE], who, signal_id, form)
    raise _to_signal(signal_id, error)


@protected("assign")
async def assign(request: web.Request, who: auth.Who, token: str) -> web.StreamResponse:
    signal_id = request.match_info["id"]
    account_id = str((await request.post()).get("account", "")) or None
    ok = await asyncio.to_thread(data.assign, request.app[STORE], who, signal_id, account_id)
    raise _to_signal(signal_id, None if ok else "invalid")


@protected("export")
async def export(request: web.Request, who: auth.Who, token: str) -> web.StreamResponse:
    form = await request.post()
    ids = [str(v)[:36] for v in form.getall("ids[]", []) if isinstance(v, str)][:1000]
    kind = "csv" if form.get("format") == "csv" else "json"
    body, _count = await asyncio.to_thread(data.export, request.app[STORE], who, ids, kind)
    return web.Response(
        text=body,
        content_type="text/csv" if kind == "csv" else "application/json",
        charset="utf-8",
        headers={"Content-Disposition": f'attachment; filename="signalen.{kind}"'},
    )


AUDIT_FILTERS = ("actor", "action", "object_type", "object_id", "since", "until")


@protected("audit")
async def audit_page(request: web.Request, who: auth.Who, token: str) -> web.Response:
    filters = _filters(request, AUDIT_FILTERS)
    rows = await asyncio.to_thread(data.audit_entries, request.app[STORE], who, filters)
    return render(request, "audit.html", who, rows=rows, filters=filters)


def _regions(request: web.Request) -> dict[str, str]:
    return {slug: region.name for slug, region in request.app[STORE].regions.regions.items()}


@protected("accounts")
async def accounts_page(request: web.Request, who: auth.Who, token: str) -> web.Response:
    rows = await asyncio.to_thread(data.accounts, request.app[STORE])
    return render(request, "accounts.html", who, rows=rows, roles=ROLES, created=None, regions=_regions(request))


@protected("accounts")
async def add_account(request: web.Request, who: auth.Who, token: str) -> web.Response:
    form = await request.post()
    name, role = str(form.get("name", "")), str(form.get("role", ""))
    region = str(form.get("region", "")) or None
    store = request.app[STORE]

    def create() -> str | None:
        try:
            with store.transaction() as session:
                return auth.create_account(session, name, role, who.actor, region, store.regions)
        except ValueError:
            return None

    password = await asyncio.to_thread(create)
    rows = await asyncio.to_thread(data.accounts, store)
    created = {"name": name.strip(), "password": password} if password else None
    return render(request, "accounts.html", who, status=200 if password else 400, rows=rows, roles=ROLES,
                  created=created, error=None if password else "invalid", regions=_regions(request))  # fmt: skip


def _account_action(action: str) -> Handler:
    async def handler(request: web.Request, who: auth.Who, token: str) -> web.StreamResponse:
        store = request.app[STORE]
        account_id = request.match_info["id"]

        def change() -> str | None:
            with store.transaction() as session:
                account = session.get(StaffAccount, account_id)
                if account is None:
                    return None
                if action == "reset":
                    return auth.reset_account(session, account, who.actor)
                auth.set_disabled(session, account, action == "disable", who.actor)
                return ""

        result = await asyncio.to_thread(change)
        if result:
            rows = await asyncio.to_thread(data.accounts, store)
            name = next((r["name"] for r in rows if r["id"] == account_id), "")
            return render(request, "accounts.html", who, rows=rows, roles=ROLES,
                          created={"name": name, "password": result}, regions=_regions(request))  # fmt: skip
        raise web.HTTPSeeOther("/staff/accounts")

    return handler


# ------------------------------------------------------------------------------------------------ routes
# (method, path, handler): every route that needs a login; the role × route test walks this list.
PROTECTED: list[tuple[str, str, Any]] = [
    ("POST", "/staff/language", language),
    ("GET", "/staff/queue", queue_page),
    ("GET", "/staff/ws", staff_socket),
    ("GET", "/staff/conversations/{id}", conversation_page),
    ("POST", "/staff/conversations/{id}/takeover", take_over),
    ("POST", "/staff/conversations/{id}/reply", reply),
    ("POST", "/staff/conversations/{id}/handback", hand_back),
    ("POST", "/staff/conversations/{id}/close", close),
    ("GET", "/staff/signals", signals_page),
    ("GET", "/staff/signals/{id}", signal_page),
    ("POST", "/staff/signals/{id}/notes", add_note),
    ("POST", "/staff/signals/{id}/followup", followup_reply),
    ("POST", "/staff/signals/{id}/outcome", outcome),
    ("POST", "/staff/signals/{id}/assign", assign),
    *((method, path, protected(permission)(handler)) for method, path, permission, handler in links.ROUTES),
    ("POST", "/staff/export", export),
    ("GET", "/staff/audit", audit_page),
    ("GET", "/staff/accounts", accounts_page),
    ("POST", "/staff/accounts", add_account),
    ("POST", "/staff/accounts/{id}/disable", protected("accounts")(_account_action("disable"))),
    ("POST", "/staff/accounts/{id}/enable", protected("accounts")(_account_action("enable"))),
    ("POST", "/staff/accounts/{id}/reset", protected("accounts")(_account_action("reset"))),
]


def setup(app: web.Application) -> None:
    """Register the staff console under /staff (one call from channels.app.create_app)."""

    async def keys(app: web.Application) -> Any:
        app[CSRF_KEY] = derive_key(app[SETTINGS], "staff-csrf")
        yield

    app[THROTTLE] = auth.Throttle()
    app[TEMPLATES] = _templates()
    app.cleanup_ctx.append(keys)
    app.cleanup_ctx.append(live.resources)
    router = app.router
    router.add_get("/staff", index)
    router.add_get("/staff/", index)
    router.add_get("/staff/login", login_get)
    router.add_post("/staff/login", login_post)
    router.add_get("/staff/login/totp", totp_get)
    router.add_post("/staff/login/totp", totp_post)
    router.add_get("/staff/login/enrol", enrol_get)
    router.add_post("/staff/login/enrol", enrol_post)
    router.add_post("/staff/logout", logout)
    for method, path, handler in PROTECTED:
        router.add_route(method, path, handler)
    router.add_static("/staff/static/", HERE / "static", follow_symlinks=False)
    __import__("console.dashboard").dashboard.setup_routes(app)  # imported late: it imports this module
    from console.erasure import setup_routes as setup_erasure  # imported here: it builds on this module

    setup_erasure(app)  # the retention panel and erasure on request (console/erasure.py)
