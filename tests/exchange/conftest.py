"""Two deployments on the same backend, partner configuration, and a partner webhook served on loopback."""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import os
import sys
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from aiohttp import web

from meldpunt.settings import REPO_ROOT, Settings
from store.db import Store
from store.migrate import upgrade
from store.models import Conversation
from store.signals import create_signal
from tests.conftest import _postgres_url, postgres_schema_url

SECRET = "a-shared-secret-of-more-than-32-characters-" + "x" * 8
FIELDS = {
    "channel": "webchat", "language": "nl", "triage": "T2", "acute": False, "reporter_role": "neighbour",
    "anonymity": "confidential", "forms": ["labour"], "municipality": "huizen", "minors_involved": None,
    "indicators": [{"indicator_id": "B3", "answer": "yes", "source": "seen_myself"}],
    "description": "Mannen slapen in de garage van de wasstraat",
}  # fmt: skip


@contextmanager
def sibling_store(store: Store, data_dir: Path) -> Iterator[Store]:
    """A second, empty deployment (own data dir and master key) on the same backend as `store`."""
    data_dir.mkdir(parents=True, exist_ok=True)
    settings = Settings(data_dir=data_dir, secret_key=None)
    if store.engine.dialect.name == "sqlite":
        url = settings.sqlalchemy_url()
        upgrade(url)
        sibling = Store(settings, url)
        yield sibling
        sibling.close()
        return
    base = _postgres_url()
    assert base is not None
    schema = "t_" + uuid.uuid4().hex[:12]
    admin = Store(settings, Settings(database_url=base).sqlalchemy_url())
    with admin.engine.begin() as conn:
        conn.exec_driver_sql(f"CREATE SCHEMA {schema}")
    url = Settings(database_url=postgres_schema_url(schema)).sqlalchemy_url()
    upgrade(url)
    sibling = Store(settings, url)
    try:
        yield sibling
    finally:
        sibling.close()
        with admin.engine.begin() as conn:
            conn.exec_driver_sql(f"DROP SCHEMA {schema} CASCADE")
        admin.close()


def store_url(store: Store) -> str:
    return store.engine.url.render_as_string(hide_password=False)


def configure(store: Store, name: str, partners: list[dict[str, Any]], secrets: dict[str, str], **more: Any) -> None:
    """Give a deployment its exchange name, partner list and the partners' secrets (files in its data dir)."""
    for partner, secret in secrets.items():
        path = store.settings.data_path / "partners" / f"{partner}.secret"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(secret + "\n")
    store.settings = store.settings.model_copy(update={"exchange_name": name, "partners": json.dumps(partners), **more})


def new_signal(store: Store, **fields: Any) -> str:
    with store.transaction() as session:
        conversation = Conversation(channel="webchat", reporter_pseudonym="p" * 64)
        session.add(conversation)
        session.flush()
        conversation_id = conversation.id
    return create_signal(conversation_id, {**FIELDS, **fields}, store)[0]


def cli_env(store: Store) -> dict[str, str]:
    """The environment under which `meldpunt` works on this store (data dir, database, partners)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("MELDPUNT_")}
    env.update(PYTHONPATH=str(REPO_ROOT), MELDPUNT_DATA_DIR=str(store.settings.data_path))
    if store.engine.dialect.name != "sqlite":
        env["MELDPUNT_DATABASE_URL"] = store_url(store).replace("postgresql+psycopg://", "postgresql://")
    settings = store.settings
    env.update(MELDPUNT_EXCHANGE_NAME=settings.exchange_name, MELDPUNT_EXCHANGE_TIMEOUT=str(settings.exchange_timeout))
    if settings.partners is not None:
        env["MELDPUNT_PARTNERS"] = settings.partners
    return env


async def meldpunt(store: Store, *args: str, stdin: bytes | None = None) -> tuple[int, str, str]:
    """Run the `meldpunt` command against a store, without blocking the event loop (servers keep serving)."""
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "meldpunt.cli", *args, cwd=REPO_ROOT, env=cli_env(store),
        stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    out, err = await asyncio.wait_for(process.communicate(stdin), 120)
    assert process.returncode is not None
    return process.returncode, out.decode(), err.decode()


@dataclass
class FakePartner:
    """A partner's webhook as the documentation tells a partner to build it: verify the signature over
    timestamp + "." + body (HMAC-SHA256, constant time, 5-minute window), then keep each delivery id once.

    `script` says how each request is answered, in order: "500", "drop" (close the connection without an
    answer), "slow" (keep the signal but answer after the sender gave up) or "ok" (the default)."""

    secret: str
    script: list[str] = field(default_factory=list)
    slow_for: float = 2.0
    requests: list[dict[str, Any]] = field(default_factory=list)
    stored: dict[str, dict[str, Any]] = field(default_factory=dict)

    def verified(self, headers: Any, body: bytes) -> bool:
        timestamp = headers.get("X-Meldpunt-Timestamp", "")
        if not timestamp.isdigit() or abs(time.time() - int(timestamp)) > 300:
            return False
        expected = "v1=" + hmac.new(self.secret.encode(), timestamp.encode() + b"." + body, hashlib.sha256).hexdigest()
        return hmac.compare_digest(expected, headers.get("X-Meldpunt-Signature", ""))

    async def handle(self, request: web.Request) -> web.StreamResponse:
        body = await request.read()
        how = self.script.pop(0) if self.script else "ok"
        verified = self.verified(request.headers, body)
        self.requests.append({"how": how, "headers": dict(request.headers), "verified": verified})
        if how == "500":
            return web.json_response({"error": "busy"}, status=500)
        if how == "drop":
            assert request.transport is not None
            request.transport.close()
            return web.Response()
        if not verified:
            return web.json_response({"error": "bad signature"}, status=401)
        delivery = request.headers["X-Meldpunt-Delivery"]
        self.stored.setdefault(delivery, json.loads(body))
        if how == "slow":
            await asyncio.sleep(self.slow_for)
        return web.json_response({"ok": True})

    def app(self) -> web.Application:
        app = web.Application()
        app.router.add_post("/hook", self.handle)
        return app
