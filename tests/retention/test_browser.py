"""In Debian's Chromium: staff see when a signal's data go, and a coordinator erases it on request — the
browser itself refuses the form until the erasure is confirmed; the page keeps its strict CSP."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta

from aiohttp import web
from playwright.sync_api import expect, sync_playwright
from sqlalchemy import select

from channels.app import create_app
from store.db import Store
from store.models import AuditEntry, Signal
from tests.browser.test_webchat import CHROMIUM, CHROMIUM_ARGS
from tests.conftest import free_port
from tests.console.conftest import make_staff
from tests.retention.conftest import SECRET_WORDS, signal

expect.set_options(timeout=30_000)


@contextmanager
def gateway_in_a_thread(store: Store) -> Iterator[str]:
    """The real gateway on a real store, served from a thread of its own (the browser API here is blocking)."""
    settings = store.settings.model_copy(
        update={"rasa_port": free_port(), "rasa_timeout": 2.0, "retention_interval": 0, "staff_poll_interval": 0.2}
    )
    port, started, loop = free_port(), threading.Event(), asyncio.new_event_loop()
    runner = web.AppRunner(create_app(settings, store), access_log=None)

    def serve() -> None:
        loop.run_until_complete(runner.setup())
        loop.run_until_complete(web.TCPSite(runner, "127.0.0.1", port).start())
        started.set()
        loop.run_forever()
        loop.run_until_complete(runner.cleanup())
        loop.close()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    assert started.wait(30)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        loop.call_soon_threadsafe(loop.stop)
        thread.join(30)


def test_a_coordinator_sees_the_dates_and_erases_a_signal_in_the_browser(store: Store) -> None:
    signal_id = signal(store, received=timedelta(days=3))
    cora = make_staff(store, "cora", "coordinator")
    errors: list[str] = []
    with gateway_in_a_thread(store) as base_url, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        context = browser.new_context(locale="nl-NL")
        context.add_cookies([{"name": "mp_staff", "value": cora.token, "domain": "127.0.0.1", "path": "/staff"}])
        page = context.new_page()
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.on("console", lambda m: errors.append(m.text) if "Content Security Policy" in m.text else None)

        page.goto(f"{base_url}/staff/signals/{signal_id}")
        expect(page.locator("#retention-signal")).to_contain_text("Signaal wordt verwijderd op")
        expect(page.locator("#retention-transcript")).to_contain_text("Gesprek (transcript) wordt verwijderd op")
        page.click("#erase-link")
        expect(page.locator("#will-delete")).to_contain_text("3 bericht(en)")
        assert SECRET_WORDS[2] not in page.content()

        page.fill("#reason", "verzoek van de melder")
        page.click("#erase")  # not confirmed: the browser does not send the form
        page.wait_for_timeout(500)
        expect(page.locator("#erase-form")).to_be_visible()
        with store.transaction() as session:
            assert session.get(Signal, signal_id) is not None
        page.check("#confirm")
        page.click("#erase")
        expect(page.locator("#erased")).to_have_text("Verwijderd. De reden staat in het auditlog.")
        browser.close()
    assert errors == []
    with store.transaction() as session:
        assert session.get(Signal, signal_id) is None
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "erasure.signal")).one()
        assert (entry.actor, entry.detail["reason"]) == ("staff:cora", "verzoek van de melder")
