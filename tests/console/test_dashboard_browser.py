"""The dashboard in a real browser (Debian's Chromium): every chart is drawn by the vendored Chart.js, nothing is
fetched from anywhere but the console itself, and the strict CSP holds (no violation, no script error)."""

from __future__ import annotations

import asyncio
import re
import threading
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from aiohttp import web
from playwright.sync_api import Route, expect, sync_playwright

from channels.app import create_app
from meldpunt import demo
from store.db import Store
from tests.browser.test_webchat import CHROMIUM, CHROMIUM_ARGS
from tests.conftest import free_port
from tests.console.conftest import make_staff

CANVASES = ("total", "form", "municipality", "channel", "reporter_role", "triage", "action", "outcomes")


class Served:
    """The gateway (console included) on a loopback port, in a thread of its own, with Rasa unreachable."""

    def __init__(self, app: web.Application, port: int) -> None:
        self.app, self.port = app, port
        self.loop = asyncio.new_event_loop()
        self.ready = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.runner: web.AppRunner | None = None

    def _run(self) -> None:
        asyncio.set_event_loop(self.loop)
        self.runner = web.AppRunner(self.app)
        self.loop.run_until_complete(self.runner.setup())
        self.loop.run_until_complete(web.TCPSite(self.runner, "127.0.0.1", self.port).start())
        self.ready.set()
        self.loop.run_forever()
        self.loop.run_until_complete(self.runner.cleanup())
        self.loop.close()

    def __enter__(self) -> str:
        self.thread.start()
        assert self.ready.wait(60), "the gateway did not start"
        return f"http://127.0.0.1:{self.port}"

    def __exit__(self, *exc: Any) -> None:
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(30)


@pytest.fixture
def served(store: Store) -> Iterator[str]:
    settings = store.settings.model_copy(update={"rasa_port": free_port(), "rasa_timeout": 2.0})
    with Served(create_app(settings, store), free_port()) as base_url:
        yield base_url


@pytest.mark.parametrize("store", ["sqlite"], indirect=True)
def test_dashboard_draws_its_charts_without_any_outside_request(store: Store, served: str) -> None:
    demo.generate(store, count=120, months=8, seed=4)
    coordinator = make_staff(store, "carla", "coordinator")
    requests: list[str] = []
    refused: list[str] = []
    problems: list[str] = []

    def guard(route: Route) -> None:
        if route.request.url.startswith(served + "/"):
            route.continue_()
        else:
            refused.append(route.request.url)
            route.abort()

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            context = browser.new_context(locale="nl-NL", viewport={"width": 1280, "height": 900},
                                          service_workers="block")  # fmt: skip
            context.add_cookies([{"name": "mp_staff", "value": coordinator.token, "domain": "127.0.0.1",
                                  "path": "/staff", "httpOnly": True, "sameSite": "Strict"}])  # fmt: skip
            context.route("**/*", guard)
            page = context.new_page()
            page.on("request", lambda r: requests.append(r.url))
            page.on("pageerror", lambda e: problems.append(f"error: {e}"))
            page.on("console", lambda m: problems.append(m.text) if m.type in ("error", "warning") else None)
            page.goto(served + "/staff/trends")
            for name in CANVASES:
                expect(page.locator(f"#chart-{name}")).to_have_attribute("data-drawn", "true", timeout=30_000)
            painted = page.evaluate(
                """() => Array.from(document.querySelectorAll("canvas")).map(c => {
                     const px = c.getContext("2d").getImageData(0, 0, c.width, c.height).data;
                     let n = 0;
                     for (let i = 3; i < px.length; i += 4) if (px[i] > 0) n++;
                     return [c.id, c.width, c.height, n];
                   })"""
            )
            assert [p[0] for p in painted] == [f"chart-{n}" for n in CANVASES]
            for name, width, height, coloured in painted:
                assert width > 200 and height > 100, name
                assert coloured > 0.02 * width * height, (name, coloured)  # bars, axes and legend, not blank
            # The legend names come from the page's labels: the form chart knows "Arbeidsuitbuiting".
            legend = page.evaluate("() => Chart.getChart('chart-form').data.datasets.map(d => d.label)")
            assert "Arbeidsuitbuiting" in legend and "Seksuele uitbuiting" in legend
            places = page.evaluate("() => Chart.getChart('chart-municipality').data.datasets.map(d => d.label)")
            assert places[:2] == ["Hilversum", "Gooise Meren"]  # in the vocabulary's order, not alphabetical
            totals = page.evaluate("() => Chart.getChart('chart-total').data.datasets[0].data")
            assert sum(totals) == 120
            months = page.evaluate("() => Chart.getChart('chart-total').data.labels")

            page.select_option("#per", "week")
            page.click("form.filters button[type=submit]")
            expect(page.locator("#chart-total")).to_have_attribute("data-drawn", "true")
            weeks = page.evaluate("() => Chart.getChart('chart-total').data.labels")
            assert all(re.fullmatch(r"\d{4}-W\d{2}", w) for w in weeks)
            # The same dates: from the week of the first month's first day to this week, no week left out (on the
            # first of a month that is 49 weeks, at its end 53).
            first = date.fromisoformat(months[0] + "-01")
            today = datetime.now(ZoneInfo("Europe/Amsterdam")).date()
            expected = [_iso_week(first + timedelta(weeks=n)) for n in range((today - first).days // 7 + 2)]
            assert weeks == [w for w in expected if w <= _iso_week(today)]
            assert sum(page.evaluate("() => Chart.getChart('chart-total').data.datasets[0].data")) == 120
        finally:
            browser.close()
    assert requests and all(url.startswith(served + "/") for url in requests), requests
    assert refused == []
    assert problems == []


def _iso_week(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"
