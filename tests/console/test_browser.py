"""The staff console in a real browser (Debian's Chromium) against the whole running system: log in with
TOTP, see an escalation arrive live, take it over, talk with a reporter on the web chat (a second browser
context), hand back, and find every step in the audit log. Reporter text never runs as script."""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import pyotp
import pytest
from playwright.sync_api import Browser, BrowserContext, Page, expect, sync_playwright

from channels.texts import STAFF_JOINED, STAFF_LEFT
from tests.browser.test_webchat import CHROMIUM, CHROMIUM_ARGS, EXIT_GLOB, Chat
from tests.conftest import APP_BIN, REPO_ROOT, System

pytestmark = pytest.mark.system

TIMEOUT_MS = 90_000
expect.set_options(timeout=TIMEOUT_MS)

XSS_CORPUS = [
    "<script>window.__xss=1</script>",
    '<img src=x onerror="window.__xss=1">',
    '<svg onload="window.__xss=1"></svg>',
    '"><script>window.__xss=1</script>',
    "</textarea><script>window.__xss=1</script>",
    '<iframe src="javascript:window.__xss=1"></iframe>',
    '<a href="javascript:window.__xss=1" id="xss-link">klik</a>',
    '<details open ontoggle="window.__xss=1">x</details>',
    "{{ 7*7 }} {% raw %}x{% endraw %}",
    "'-window.__xss=1-'",
    '<math><mtext><table><mglyph><style><img src=x onerror="window.__xss=1">',
]


def add_staff(system: System, name: str, role: str) -> str:
    """`meldpunt staff add` with the system's environment; the one-time password is on the last line."""
    out = subprocess.run(
        [str(APP_BIN / "meldpunt"), "staff", "add", name, "--role", role],
        env=system.env, cwd=REPO_ROOT, check=True, capture_output=True, text=True,
    )  # fmt: skip
    return out.stdout.strip().splitlines()[-1]


@dataclass
class Console:
    context: BrowserContext
    page: Page
    base_url: str
    page_errors: list[str] = field(default_factory=list)
    csp_violations: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    def login_first_time(self, name: str, one_time_password: str) -> None:
        page = self.page
        page.goto(self.base_url + "/staff/login")
        page.fill("#name", name)
        page.fill("#password", one_time_password)
        page.press("#password", "Enter")
        expect(page.locator("#totp-secret")).to_be_visible()
        secret = page.locator("#totp-secret").inner_text().strip()
        page.fill("#new_password", "correct horse battery staple " + name)
        page.fill("#code", pyotp.TOTP(secret).now())
        page.press("#code", "Enter")
        expect(page.locator("#logout")).to_be_visible()

    def csrf(self) -> str:
        return self.page.locator("body").get_attribute("data-csrf") or ""


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def contexts(browser: Browser) -> Iterator[list[BrowserContext]]:
    opened: list[BrowserContext] = []
    yield opened
    for context in opened:
        context.close()


def open_console(browser: Browser, contexts: list[BrowserContext], system: System, width: int = 1280) -> Console:
    context = browser.new_context(locale="nl-NL", viewport={"width": width, "height": 900}, service_workers="block")
    contexts.append(context)
    context.grant_permissions(["notifications"], origin=system.base_url)
    page = context.new_page()
    console = Console(context, page, system.base_url)
    page.on("pageerror", lambda error: console.page_errors.append(str(error)))
    page.on("console", lambda m: console.csp_violations.append(m.text) if "Content Security Policy" in m.text else None)
    page.on("dialog", lambda d: (console.dialogs.append(d.message), d.dismiss()))
    return console


def open_reporter(browser: Browser, contexts: list[BrowserContext], system: System) -> Chat:
    context = browser.new_context(locale="nl-NL", viewport={"width": 412, "height": 860}, service_workers="block")
    contexts.append(context)
    page = context.new_page()
    chat = Chat(context, page, system.base_url)
    context.route("**/*", chat.guard)
    context.route(EXIT_GLOB, chat.exit_route)
    page.on("pageerror", lambda error: chat.page_errors.append(str(error)))
    page.on("websocket", chat.on_socket)
    page.goto(system.base_url + "/")
    chat.wait_idle()
    chat.start()
    return chat


def _staff_bubbles(chat: Chat) -> Any:
    return chat.page.locator("#transcript .msg-staff .bubble")


def test_takeover_conversation_and_handback_end_to_end(
    browser: Browser, contexts: list[BrowserContext], system: System
) -> None:
    anna = open_console(browser, contexts, system)
    anna.login_first_time("anna", add_staff(system, "anna", "staff"))
    anna.page.goto(system.base_url + "/staff/queue")
    expect(anna.page.locator("#live-status")).to_have_attribute("data-connected", "true")
    anna.page.click("#alerts-on")

    # A reporter on the web chat asks for a person: the escalation arrives live, with an alert.
    reporter = open_reporter(browser, contexts, system)
    reporter.type_message("Ik wil met een mens praten alsjeblieft")
    conversation_id = reporter.conversation_id()
    row = anna.page.locator(f'#queue-body tr[data-key="c:{conversation_id}"]')
    expect(row).to_be_visible()
    expect(anna.page.locator("#alert")).to_be_visible()
    expect(anna.page.locator("#alert a")).to_have_attribute("href", f"/staff/conversations/{conversation_id}")

    # Take it over: the reporter is told a person joined.
    row.locator("a").click()
    anna.page.click("#take-over")
    expect(anna.page.locator("#conv-state")).to_have_text("bij medewerker")
    expect(reporter.page.locator("#transcript .msg-system .bubble").last).to_have_text(STAFF_JOINED["nl"])

    # A second staff member's takeover is refused.
    bram = open_console(browser, contexts, system)
    bram.login_first_time("bram", add_staff(system, "bram", "staff"))
    bram.page.goto(f"{system.base_url}/staff/conversations/{conversation_id}")
    expect(bram.page.locator("#take-over")).to_be_hidden()
    response = bram.page.request.post(
        f"{system.base_url}/staff/conversations/{conversation_id}/takeover", form={"csrf": bram.csrf()}
    )
    assert response.ok and response.url.endswith("?notice=taken")
    expect(bram.page.locator("#conv-holder")).to_have_text("anna")

    # Messages both ways; the bot stays silent while a person holds the conversation.
    anna.page.fill("#reply-text", "Hallo, ik ben Anna van Veilig Thuis. Ben je nu veilig?")
    anna.page.click("#send")
    expect(_staff_bubbles(reporter)).to_have_text(["Hallo, ik ben Anna van Veilig Thuis. Ben je nu veilig?"])
    bot_before = reporter.page.locator("#transcript .msg-bot").count()
    reporter.type_message("Ja, ik ben nu even alleen")
    expect(anna.page.locator("#transcript .msg-reporter .text").last).to_have_text("Ja, ik ben nu even alleen")
    anna.page.locator(".quick-reply", has_text="0800-2000").click()
    expect(anna.page.locator("#reply-text")).to_have_value(re.compile("0800-2000"))
    anna.page.click("#send")
    expect(_staff_bubbles(reporter)).to_have_count(2)
    assert reporter.page.locator("#transcript .msg-bot").count() == bot_before

    # Hand back to the bot: the reporter is told, and the assistant answers again.
    anna.page.click("#hand-back")
    expect(anna.page.locator("#conv-state")).to_have_text("bij de chatassistent")
    expect(reporter.page.locator("#transcript .msg-system .bubble").last).to_have_text(STAFF_LEFT["nl"])
    reporter.type_message("Wat kan Veilig Thuis voor mij doen?")
    expect(reporter.page.locator("#transcript .msg-bot")).not_to_have_count(bot_before)

    # Every step is in the audit log, read by an admin.
    root = open_console(browser, contexts, system)
    root.login_first_time("root", add_staff(system, "root", "admin"))
    root.page.goto(f"{system.base_url}/staff/audit?object_id={conversation_id}")
    actions = root.page.locator("#audit td.action").all_inner_texts()
    for action in ("conversation.escalated", "transcript.viewed", "conversation.taken_over",
                   "conversation.takeover_refused", "conversation.replied", "conversation.handed_back"):  # fmt: skip
        assert action in actions, action
    root.page.goto(f"{system.base_url}/staff/audit?action=login.succeeded")
    assert {"staff:anna", "staff:bram", "staff:root"} <= set(
        root.page.locator("#audit tbody td:nth-child(2)").all_inner_texts()
    )
    # An admin sees no report contents.
    root.page.goto(f"{system.base_url}/staff/conversations/{conversation_id}")
    expect(root.page.locator("#message")).to_be_visible()
    assert root.page.locator("#transcript").count() == 0

    for console in (anna, bram, root):
        assert console.page_errors == [] and console.csp_violations == [], console.page_errors + console.csp_violations


def test_reporter_text_never_runs_as_script_in_the_console(
    browser: Browser, contexts: list[BrowserContext], system: System
) -> None:
    carla = open_console(browser, contexts, system, width=820)  # a tablet
    carla.login_first_time("carla", add_staff(system, "carla", "coordinator"))
    reporter = open_reporter(browser, contexts, system)
    conversation_id = reporter.conversation_id()
    carla.page.goto(f"{system.base_url}/staff/conversations/{conversation_id}")
    carla.page.click("#take-over")
    expect(carla.page.locator("#conv-state")).to_have_text("bij medewerker")
    expect(carla.page.locator("#live-status")).to_have_attribute("data-connected", "true")

    texts = carla.page.locator("#transcript .msg-reporter .text")
    earlier = reporter.user_texts()  # what the reporter said before the takeover (the greeting)
    for payload in XSS_CORPUS:  # arrive live (rendered by the console's script)
        reporter.type_message(payload)
    expect(texts).to_have_text(earlier + XSS_CORPUS)
    assert carla.page.evaluate("window.__xss") is None
    carla.page.reload()  # and rendered by the server
    expect(texts).to_have_text(earlier + XSS_CORPUS)
    carla.page.goto(f"{system.base_url}/staff/conversations/{conversation_id}")
    assert carla.page.evaluate("window.__xss") is None
    assert carla.page.locator("#transcript img, #transcript script, #transcript svg, #transcript iframe").count() == 0
    assert carla.dialogs == [] and carla.page_errors == []
    carla.page.click("#close")
    expect(carla.page.locator("#conv-state")).to_have_text("gesloten")
