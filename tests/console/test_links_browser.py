"""The links in a real browser (Debian's Chromium): the live queue's script shows each signal's links with
their reason, and the signal page's dismiss button works under the strict CSP."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from aiohttp import web
from aiohttp.test_utils import TestServer
from playwright.async_api import async_playwright, expect
from sqlalchemy import select

from channels.app import create_app
from store.db import Store
from store.linkage import SignalLink
from store.models import Conversation
from store.signals import create_signal
from tests.browser.test_webchat import CHROMIUM, CHROMIUM_ARGS
from tests.conftest import free_port
from tests.console.conftest import make_staff


def _signal(store: Store, municipality: str, description: str) -> str:
    with store.transaction() as session:
        conversation = Conversation(channel="webchat", reporter_pseudonym="b" * 64)
        session.add(conversation)
        session.flush()
        conversation_id = conversation.id
    fields = {"description": description, "municipality": municipality, "forms": ["labour"], "triage": "T2"}
    return create_signal(conversation_id, fields, store)[0]


async def test_the_live_queue_and_the_signal_page_show_and_decide_links(
    store: Store, aiohttp_server: Callable[..., Awaitable[TestServer]]
) -> None:
    settings = store.settings.model_copy(
        update={"rasa_port": free_port(), "rasa_timeout": 2.0, "staff_poll_interval": 0.2}
    )
    app: web.Application = create_app(settings, store)
    server = await aiohttp_server(app, host="127.0.0.1")
    base = f"http://127.0.0.1:{server.port}"
    cora = make_staff(store, "cora", "coordinator")
    errors: list[str] = []
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            context = await browser.new_context()
            await context.add_cookies([{"name": "mp_staff", "value": cora.token, "url": base + "/staff"}])
            page = await context.new_page()
            page.on("pageerror", lambda exc: errors.append(str(exc)))
            page.on("response", lambda r: errors.append(f"{r.status} {r.url}") if r.status >= 400 else None)
            # Console errors (a CSP violation among them); failed loads are the responses above (the browser's
            # own favicon request is not a page resource).
            page.on("console", lambda m: errors.append(m.text) if m.type == "error" and "favicon" not in m.text
                    and not m.text.startswith("Failed to load resource") else None)  # fmt: skip
            await page.goto(base + "/staff/queue")
            # Signals arrive while the queue is open: the script draws them with their links.
            first = _signal(store, "hilversum", "Busje XX-123-Y")
            second = _signal(store, "huizen", "busje xx 123 y")
            _signal(store, "almere", "XX123Y in Almere")
            row = page.locator(f'tr[data-key="s:{second}"] td.links')
            await expect(row).to_have_text("kenteken; 1 in andere regio's", timeout=15_000)
            await expect(page.locator(f'tr[data-key="s:{first}"] td.links')).to_have_text(
                "kenteken; 1 in andere regio's"
            )

            await page.goto(base + f"/staff/signals/{second}")
            await expect(page.locator("#link-keys")).to_contain_text("XX-123-Y")
            same = page.locator("#linked-signals tr", has=page.locator(f'a[href="/staff/signals/{first}"]'))
            await expect(same).to_contain_text("voorgesteld")
            await same.get_by_role("button", name="Afwijzen").click()
            await expect(same).to_contain_text("afgewezen")
            await expect(page.locator("#linked-signals")).to_contain_text("Een signaal in regio Flevoland deelt")
        finally:
            await browser.close()
    assert errors == []
    with store.transaction() as session:
        statuses = sorted(link.status for link in session.scalars(select(SignalLink)))
    assert statuses == ["dismissed", "suggested", "suggested"]
