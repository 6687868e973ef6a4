"""Fake Twilio REST and Telegram Bot APIs (aiohttp on 127.0.0.1, in a thread of their own), for driving the
real twilio and python-telegram-bot libraries in tests. They record what was sent and can fail on demand."""

from __future__ import annotations

import asyncio
import base64
import copy
import itertools
import json
import threading
import time
import uuid
from collections.abc import Callable
from email.utils import formatdate
from pathlib import Path
from typing import Any, ClassVar

from aiohttp import web

FIXTURES = Path(__file__).parent / "fixtures"


def fixture(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((FIXTURES / name).read_text())
    data.pop("_comment", None)
    return copy.deepcopy(data)


class _Server:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.port = 0
        self._loop: asyncio.AbstractEventLoop | None = None
        self._runner: web.AppRunner | None = None
        self._thread: threading.Thread | None = None

    def app(self) -> web.Application:
        raise NotImplementedError

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        started = threading.Event()

        def run() -> None:
            loop = asyncio.new_event_loop()
            self._loop = loop
            self._runner = web.AppRunner(self.app(), access_log=None)
            loop.run_until_complete(self._runner.setup())
            site = web.TCPSite(self._runner, "127.0.0.1", 0)
            loop.run_until_complete(site.start())
            self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
            started.set()
            loop.run_forever()
            loop.run_until_complete(self._runner.cleanup())
            loop.close()

        self._thread = threading.Thread(target=run, daemon=True)
        self._thread.start()
        started.wait(10)

    def stop(self) -> None:
        if self._loop is not None:
            self._loop.call_soon_threadsafe(self._loop.stop)
        if self._thread is not None:
            self._thread.join(10)

    def wait(self, predicate: Callable[[], bool], timeout: float = 30) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self.lock:
                if predicate():
                    return
            time.sleep(0.05)
        raise TimeoutError("the fake provider did not see what was expected")


class FakeTwilio(_Server):
    """POST /2010-04-01/Accounts/{sid}/Messages.json, with basic auth, as Twilio answers it."""

    def __init__(self, account_sid: str, auth_token: str) -> None:
        super().__init__()
        self.account_sid, self.auth_token = account_sid, auth_token
        self.sent: list[dict[str, str]] = []
        self.attempts = 0
        self.fail_next = 0  # answer this many sends with HTTP 500 first
        self.refuse_next = 0  # answer this many with HTTP 400 (e.g. an invalid number)

    def app(self) -> web.Application:
        app = web.Application()
        app.router.add_post("/2010-04-01/Accounts/{sid}/Messages.json", self._create)
        return app

    async def _create(self, request: web.Request) -> web.Response:
        expected = "Basic " + base64.b64encode(f"{self.account_sid}:{self.auth_token}".encode()).decode()
        if request.headers.get("Authorization") != expected or request.match_info["sid"] != self.account_sid:
            return web.json_response({"code": 20003, "message": "Authenticate", "status": 401}, status=401)
        form = {k: v for k, v in (await request.post()).items() if isinstance(v, str)}
        with self.lock:
            self.attempts += 1
            if self.fail_next:
                self.fail_next -= 1
                return web.json_response({"code": 20500, "message": "Internal Server Error", "status": 500}, status=500)
            if self.refuse_next:
                self.refuse_next -= 1
                return web.json_response(
                    {"code": 21211, "message": "The 'To' number is not a valid phone number.", "status": 400},
                    status=400,
                )
            sid = "SM" + uuid.uuid4().hex
            self.sent.append({**form, "sid": sid})
        now, base = formatdate(usegmt=True), f"/2010-04-01/Accounts/{self.account_sid}"
        return web.json_response(
            {
                "account_sid": self.account_sid, "api_version": "2010-04-01", "body": form.get("Body", ""),
                "date_created": now, "date_sent": None, "date_updated": now, "direction": "outbound-api",
                "error_code": None, "error_message": None, "from": form.get("From"), "messaging_service_sid": None,
                "num_media": "0", "num_segments": "1", "price": None, "price_unit": "USD", "sid": sid,
                "status": "queued", "subresource_uris": {"media": f"{base}/Messages/{sid}/Media.json"},
                "to": form.get("To"), "uri": f"{base}/Messages/{sid}.json",
            },
            status=201,
        )  # fmt: skip

    def to(self, address: str) -> list[dict[str, str]]:
        with self.lock:
            return [m for m in self.sent if m.get("To") == address]


class FakeTelegram(_Server):
    """The Bot API methods the gateway uses, at /bot<token>/<method>, answering like Telegram."""

    BOT: ClassVar[dict[str, Any]] = {
        "id": 7000000000,
        "is_bot": True,
        "first_name": "Meldpunt",
        "username": "meldpunt_test_bot",
    }

    def __init__(self, token: str) -> None:
        super().__init__()
        self.token = token
        self.calls: list[tuple[str, dict[str, Any]]] = []
        self.fail_next = 0
        self.undeletable: set[int] = set()
        self.updates: list[dict[str, Any]] = []  # for getUpdates (polling mode)
        self._ids = itertools.count(1000)

    def app(self) -> web.Application:
        app = web.Application()
        app.router.add_post("/bot{token}/{method}", self._method)
        return app

    async def _method(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != self.token:
            return web.json_response({"ok": False, "error_code": 401, "description": "Unauthorized"}, status=401)
        method = request.match_info["method"]
        if request.content_type == "application/json":
            params: dict[str, Any] = await request.json()
        else:
            params = {}
            for key, value in (await request.post()).items():
                if isinstance(value, str):
                    try:
                        params[key] = json.loads(value)
                    except json.JSONDecodeError:
                        params[key] = value
        with self.lock:
            if method == "sendMessage" and self.fail_next:
                self.fail_next -= 1
                self.calls.append(("sendMessage-failed", params))
                return web.json_response(
                    {"ok": False, "error_code": 500, "description": "Internal Server Error"}, status=500
                )
            self.calls.append((method, params))
            result = self._result(method, params)
        if method == "getUpdates" and result == []:
            await asyncio.sleep(0.2)
        if isinstance(result, web.Response):
            return result
        return web.json_response({"ok": True, "result": result})

    def _result(self, method: str, params: dict[str, Any]) -> Any:
        if method == "getMe":
            return {**self.BOT, "can_join_groups": False, "can_read_all_group_messages": False,
                    "supports_inline_queries": False}  # fmt: skip
        if method == "sendMessage":
            message = {
                "message_id": next(self._ids), "from": self.BOT, "date": int(time.time()),
                "chat": {"id": int(params["chat_id"]), "type": "private"}, "text": params["text"],
            }  # fmt: skip
            if params.get("reply_markup"):
                message["reply_markup"] = params["reply_markup"]
            return message
        if method == "deleteMessage":
            if int(params["message_id"]) in self.undeletable:
                return web.json_response(
                    {"ok": False, "error_code": 400, "description": "Bad Request: message can't be deleted"},
                    status=400,
                )
            return True
        if method == "getUpdates":
            updates, self.updates = self.updates, []
            return updates
        return True  # answerCallbackQuery, editMessageReplyMarkup, deleteWebhook, setWebhook

    def sent_to(self, chat_id: int) -> list[dict[str, Any]]:
        with self.lock:
            return [p for m, p in self.calls if m == "sendMessage" and int(p["chat_id"]) == chat_id]

    def called(self, method: str) -> list[dict[str, Any]]:
        with self.lock:
            return [p for m, p in self.calls if m == method]


class MessagingProviders:
    """Both fakes, started, with the settings that point a gateway at them."""

    account_sid = "AC" + "1" * 32
    auth_token = "twilio-test-auth-token"
    sms_from = "+3197010000000"
    whatsapp_from = "whatsapp:+3197010000001"
    template_sid = "HX" + "2" * 32
    telegram_token = "123456:TEST-telegram-token"
    telegram_secret = "telegram-webhook-secret"

    def __init__(self) -> None:
        self.twilio = FakeTwilio(self.account_sid, self.auth_token)
        self.telegram = FakeTelegram(self.telegram_token)
        self.twilio.start()
        self.telegram.start()

    def env(self, public_url: str) -> dict[str, str]:
        return {
            "MELDPUNT_PUBLIC_URL": public_url,
            "MELDPUNT_TWILIO_ACCOUNT_SID": self.account_sid,
            "MELDPUNT_TWILIO_AUTH_TOKEN": self.auth_token,
            "MELDPUNT_TWILIO_FROM": self.sms_from,
            "MELDPUNT_TWILIO_WHATSAPP_FROM": self.whatsapp_from,
            "MELDPUNT_TWILIO_WHATSAPP_TEMPLATE_SID": self.template_sid,
            "MELDPUNT_TWILIO_API_BASE": self.twilio.url,
            "MELDPUNT_TELEGRAM_TOKEN": self.telegram_token,
            "MELDPUNT_TELEGRAM_SECRET": self.telegram_secret,
            "MELDPUNT_TELEGRAM_API_BASE": self.telegram.url + "/bot",
            "MELDPUNT_OUTBOUND_BACKOFF": "0.2",
        }

    def settings(self, public_url: str) -> dict[str, Any]:
        values: dict[str, Any] = {k.removeprefix("MELDPUNT_").lower(): v for k, v in self.env(public_url).items()}
        values["outbound_backoff"] = 0.05
        return values

    def stop(self) -> None:
        self.twilio.stop()
        self.telegram.stop()
