"""Shared fixtures. Everything here runs the real thing: real Rasa, real PostgreSQL, real SQLite."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from meldpunt.settings import REPO_ROOT, Settings
from store.db import Store
from store.migrate import upgrade

APP_BIN = Path(sys.executable).parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _postgres_url() -> str | None:
    url = os.environ.get("TEST_DATABASE_URL")
    if not url and os.environ.get("CI"):
        pytest.fail("TEST_DATABASE_URL is not set: in CI the store tests must also run on PostgreSQL")
    return url


def postgres_schema_url(schema: str) -> str | None:
    """TEST_DATABASE_URL with every connection's search_path set to one schema (libpq `options`)."""
    base = _postgres_url()
    if base is None:
        return None
    sep = "&" if "?" in base else "?"
    return f"{base}{sep}options=-csearch_path%3D{schema}"


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    """A migrated, empty store on SQLite and on PostgreSQL (each test in a schema of its own)."""
    settings = Settings(data_dir=tmp_path, secret_key=None)
    if request.param == "sqlite":
        url = settings.sqlalchemy_url()
        upgrade(url)
        s = Store(settings, url)
        yield s
        s.close()
        return
    base = _postgres_url()
    if base is None:
        pytest.skip("TEST_DATABASE_URL not set (outside CI only)")
    schema = "t_" + uuid.uuid4().hex[:12]
    admin = Store(settings, Settings(database_url=base).sqlalchemy_url())
    with admin.engine.begin() as conn:
        conn.exec_driver_sql(f"CREATE SCHEMA {schema}")
    url = Settings(database_url=postgres_schema_url(schema)).sqlalchemy_url()
    upgrade(url)
    s = Store(settings, url)
    yield s
    s.close()
    with admin.engine.begin() as conn:
        conn.exec_driver_sql(f"DROP SCHEMA {schema} CASCADE")
    admin.close()


@dataclass
class System:
    """The whole system as `make run` starts it, on free ports and a temporary data dir."""

    base_url: str
    api_token: str
    data_dir: Path
    env: dict[str, str]
    log_path: Path
    rasa_port: int
    actions_port: int
    process: subprocess.Popen[bytes]
    sessions: list[str] = field(default_factory=list)
    providers: Any = None  # the fake Twilio and Telegram APIs the system sends to (tests/channels/fake_providers)

    def chat(self, session: str, text: str, message_id: str | None = None) -> dict[str, Any]:
        body: dict[str, Any] = {"session": session, "text": text}
        if message_id:
            body["message_id"] = message_id
        return self.post("/api/v1/chat", body)[1]

    def post(self, path: str, body: Any, raw: bytes | None = None) -> tuple[int, Any]:
        data = raw if raw is not None else json.dumps(body).encode()
        req = urllib.request.Request(
            self.base_url + path, data=data, headers={"Content-Type": "application/json"}, method="POST"
        )
        return _call(req)

    def get(self, path: str, token: str | None = "default") -> tuple[int, Any]:
        headers = {}
        if token:
            headers["Authorization"] = "Bearer " + (self.api_token if token == "default" else token)
        return _call(urllib.request.Request(self.base_url + path, headers=headers))

    def pid(self, name: str) -> int:
        return int((self.data_dir / "run" / f"{name}.pid").read_text())

    def wait_for_rasa(self, timeout: float = 240) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"meldpunt run exited; see {self.log_path}")
            try:
                status, body = self.get("/healthz", token=None)
                if status == 200 and body.get("rasa") == "up":
                    return
            except OSError:
                pass
            time.sleep(0.5)
        raise TimeoutError(f"Rasa did not come up within {timeout} s; see {self.data_dir / 'logs'}")

    def stop(self) -> None:
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()

    def logs(self) -> str:
        text = self.log_path.read_text(errors="replace")
        for log in (self.data_dir / "logs").glob("*.log"):
            text += log.read_text(errors="replace")
        return text


def _call(req: urllib.request.Request) -> tuple[int, Any]:
    try:
        with urllib.request.urlopen(req, timeout=60) as resp:
            return resp.status, json.loads(resp.read() or b"null")
    except urllib.error.HTTPError as err:
        with err:
            body = err.read()
        try:
            return err.code, json.loads(body)
        except json.JSONDecodeError:
            return err.code, body.decode(errors="replace")


def start_system(data_dir: Path, extra_env: dict[str, str] | None = None, port: int | None = None) -> System:
    """Start `meldpunt run` as `make run` does, on free ports, and wait until Rasa answers."""
    port, rasa_port, actions_port = port or free_port(), free_port(), free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("MELDPUNT_")}
    env.update(
        MELDPUNT_DATA_DIR=str(data_dir),
        MELDPUNT_PORT=str(port),
        MELDPUNT_RASA_PORT=str(rasa_port),
        MELDPUNT_ACTIONS_PORT=str(actions_port),
        MELDPUNT_RASA_TIMEOUT="10",
    )
    env.update(extra_env or {})
    token_out = subprocess.run(
        [str(APP_BIN / "meldpunt"), "token", "create", "--name", "tests"],
        env=env, cwd=REPO_ROOT, check=True, capture_output=True, text=True,
    )  # fmt: skip
    log_path = data_dir / "meldpunt-run.log"
    with log_path.open("wb") as out:
        process = subprocess.Popen(
            [str(APP_BIN / "meldpunt"), "run"], env=env, cwd=REPO_ROOT, stdout=out, stderr=subprocess.STDOUT
        )
    started = System(
        base_url=f"http://127.0.0.1:{port}",
        api_token=token_out.stdout.strip().splitlines()[-1],
        data_dir=data_dir,
        env=env,
        log_path=log_path,
        rasa_port=rasa_port,
        actions_port=actions_port,
        process=process,
    )
    try:
        started.wait_for_rasa()
    except BaseException:
        started.stop()
        raise
    return started


@pytest.fixture(scope="session")
def system(tmp_path_factory: pytest.TempPathFactory) -> Iterator[System]:
    """The whole system, with its messaging channels pointed at fake Twilio and Telegram APIs."""
    from tests.channels.fake_providers import MessagingProviders

    providers = MessagingProviders()
    port = free_port()
    try:
        started = start_system(tmp_path_factory.mktemp("system"), providers.env(f"http://127.0.0.1:{port}"), port)
        started.providers = providers
        try:
            yield started
        finally:
            started.stop()
    finally:
        providers.stop()
