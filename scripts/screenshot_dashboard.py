"""Take docs/img/dashboard.png: the coordinator dashboard on generated demo data, in Debian's Chromium.

Run as scripts/screenshot-dashboard [OUT.png]. Uses a throwaway data dir (SQLite); nothing leaves 127.0.0.1.
"""

from __future__ import annotations

import asyncio
import socket
import sys
import tempfile
import threading
from pathlib import Path

from aiohttp import web
from playwright.sync_api import Route, sync_playwright

from channels.app import create_app
from console import auth
from meldpunt import demo
from meldpunt.settings import REPO_ROOT, Settings
from store.db import Store
from store.migrate import upgrade
from store.staff import StaffAccount

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--no-first-run", "--disable-sync", "--disable-quic"]  # fmt: skip


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def serve(app: web.Application, port: int, ready: threading.Event) -> None:
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    runner = web.AppRunner(app)
    loop.run_until_complete(runner.setup())
    loop.run_until_complete(web.TCPSite(runner, "127.0.0.1", port).start())
    ready.set()
    loop.run_forever()


def main(out: Path) -> None:
    with tempfile.TemporaryDirectory() as data_dir:
        settings = Settings(data_dir=Path(data_dir), secret_key=None, rasa_port=free_port(), rasa_timeout=2.0)
        upgrade(settings.sqlalchemy_url())
        store = Store(settings)
        made = demo.generate(store, count=140, months=9, seed=6)
        with store.transaction() as session:
            auth.create_account(session, "coordinator", "coordinator", "screenshot")
            account = session.query(StaffAccount).filter_by(name="coordinator").one()
            account.password_is_temporary, account.totp_enrolled = False, True
            token = auth.start_session(session, account, "full")
        port, ready = free_port(), threading.Event()
        threading.Thread(target=serve, args=(create_app(settings, store), port, ready), daemon=True).start()
        if not ready.wait(60):
            raise SystemExit("the gateway did not start")
        base = f"http://127.0.0.1:{port}"

        def guard(route: Route) -> None:
            if route.request.url.startswith(base + "/"):
                route.continue_()
            else:
                route.abort()

        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
            context = browser.new_context(locale="nl-NL", viewport={"width": 1360, "height": 900})
            context.add_cookies([{"name": "mp_staff", "value": token, "domain": "127.0.0.1", "path": "/staff"}])
            context.route("**/*", guard)
            page = context.new_page()
            page.goto(base + "/staff/trends")
            page.wait_for_selector("#chart-outcomes[data-drawn=true]")
            out.parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(out), full_page=True)
            browser.close()
        print(f"{out}: dashboard with {made.signals} demo signals")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else REPO_ROOT / "docs" / "img" / "dashboard.png")
