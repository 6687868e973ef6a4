"""`meldpunt run`: Rasa and the action server as supervised child processes, the gateway in-process.

If a child dies it is restarted with back-off; meanwhile the gateway keeps taking messages and answers
with the honest fallback. Children are bound to loopback and die with the supervisor.
"""

from __future__ import annotations

import asyncio
import contextlib
import ctypes
import logging
import os
import signal
import sys
import time
from pathlib import Path

from aiohttp import web

from channels.app import create_app
from meldpunt.keys import fernet_key, rasa_token
from meldpunt.settings import REPO_ROOT, Settings
from store.migrate import upgrade

log = logging.getLogger("meldpunt.supervisor")
_PR_SET_PDEATHSIG = 1


def _die_with_parent() -> None:  # runs in the child between fork and exec
    ctypes.CDLL("libc.so.6", use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)


class Child:
    def __init__(self, name: str, argv: list[str], env: dict[str, str], run_dir: Path, log_dir: Path) -> None:
        self.name, self.argv, self.env = name, argv, env
        self.pid_file = run_dir / f"{name}.pid"
        self.log_file = log_dir / f"{name}.log"
        self.process: asyncio.subprocess.Process | None = None
        self.stopping = False
        self.restarts = 0

    async def start(self) -> None:
        with self.log_file.open("ab") as out:
            self.process = await asyncio.create_subprocess_exec(
                *self.argv,
                cwd=REPO_ROOT,
                env=self.env,
                stdin=asyncio.subprocess.DEVNULL,
                stdout=out,
                stderr=asyncio.subprocess.STDOUT,
                preexec_fn=_die_with_parent,
                # Its own process group: sanic's worker processes are cleaned up with it.
                start_new_session=True,
            )
        self.pid_file.write_text(f"{self.process.pid}\n")
        log.info("%s started (pid %s, log %s)", self.name, self.process.pid, self.log_file)

    async def supervise(self) -> None:
        backoff = 1.0
        while not self.stopping:
            started = time.monotonic()
            await self.start()
            assert self.process is not None
            code = await self.process.wait()
            self._signal_group(signal.SIGKILL)  # no orphaned worker may keep the port
            if self.stopping:
                break
            if time.monotonic() - started > 60:
                backoff = 1.0
            self.restarts += 1
            log.warning("%s exited with code %s; restarting in %.0f s", self.name, code, backoff)
            await asyncio.sleep(backoff)
            backoff = min(backoff * 2, 30.0)

    def _signal_group(self, sig: signal.Signals) -> None:
        if self.process is not None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, sig)

    async def stop(self) -> None:
        self.stopping = True
        if self.process is None:
            return
        if self.process.returncode is None:
            self._signal_group(signal.SIGTERM)
            try:
                await asyncio.wait_for(self.process.wait(), timeout=15)
            except TimeoutError:
                self._signal_group(signal.SIGKILL)
                await self.process.wait()
        self._signal_group(signal.SIGKILL)
        self.pid_file.unlink(missing_ok=True)


def latest_model(settings: Settings) -> Path:
    models = sorted(settings.model_dir.glob("*.tar.gz"), key=lambda p: p.stat().st_mtime)
    if not models:
        raise SystemExit(f"no trained model in {settings.model_dir}: `make run` trains one (or `make model`)")
    return models[-1]


def children(settings: Settings) -> list[Child]:
    data = settings.data_path
    run_dir, log_dir = data / "run", data / "logs"
    run_dir.mkdir(parents=True, exist_ok=True)
    log_dir.mkdir(parents=True, exist_ok=True)
    token = rasa_token(settings)
    base_env = {k: v for k, v in os.environ.items() if not k.startswith("MELDPUNT_SECRET")}
    base_env["MELDPUNT_DATA_DIR"] = str(data)
    base_env["PYTHONPATH"] = str(REPO_ROOT)
    rasa_env = {
        **{k: v for k, v in base_env.items() if not k.startswith("MELDPUNT_")},
        "PYTHONPATH": str(REPO_ROOT),
        "MELDPUNT_RASA_TOKEN": token,
        "MELDPUNT_ACTIONS_PORT": str(settings.actions_port),
        "MELDPUNT_TRACKER_URL": settings.tracker_url(),
        "MELDPUNT_TRACKER_KEY": fernet_key(settings, "tracker").decode(),
        "LOG_LEVEL": "INFO",
        "TF_CPP_MIN_LOG_LEVEL": "2",
        "RASA_TELEMETRY_ENABLED": "false",
    }
    # "--auth-token=<token>" in one argument: a token may start with "-" (token_urlsafe gives one in 64 times),
    # and argparse would read it as an option and refuse to start Rasa.
    rasa_argv = [
        str(settings.rasa_bin), "run", "--enable-api", "-i", "127.0.0.1", "-p", str(settings.rasa_port),
        f"--auth-token={token}", "--credentials", str(REPO_ROOT / "bot" / "credentials.yml"),
        "--endpoints", str(REPO_ROOT / "bot" / "endpoints.yml"), "-m", str(latest_model(settings)),
    ]  # fmt: skip
    actions_env = {**base_env, "SANIC_HOST": "127.0.0.1"}
    if settings.secret_key:  # the action server stores signals, so it needs the store's key
        actions_env["MELDPUNT_SECRET_KEY"] = settings.secret_key
    actions_argv = [
        sys.executable,
        "-m",
        "rasa_sdk",
        "--actions",
        "actions",
        "-p",
        str(settings.actions_port),
    ]
    return [
        Child("actions", actions_argv, actions_env, run_dir, log_dir),
        Child("rasa", rasa_argv, rasa_env, run_dir, log_dir),
    ]


async def run(settings: Settings) -> None:
    settings.data_path.mkdir(parents=True, exist_ok=True)
    await asyncio.to_thread(upgrade, settings.sqlalchemy_url())
    procs = children(settings)
    tasks = [asyncio.create_task(child.supervise(), name=child.name) for child in procs]
    runner = web.AppRunner(create_app(settings), access_log_format='"%r" %s %Tf')
    await runner.setup()
    await web.TCPSite(runner, settings.host, settings.port).start()
    print(f"meldpunt: web chat on {settings.web_url}/  (Ctrl-C stops everything)", flush=True)

    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    try:
        await stop.wait()
    finally:
        log.info("stopping")
        await runner.cleanup()
        await asyncio.gather(*(child.stop() for child in procs))
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
