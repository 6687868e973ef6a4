"""The reporter web chat in a real browser (Debian's Chromium) against the whole running system.

The page is driven the way a reporter would drive it: clicking the bot's answer buttons and typing.
Steps of the bot's flow are recognised by the buttons' payloads (which slot a button fills), never by the
bot's wording, which may be reworded. A few tests put a fake server behind the page's websocket
(`page.route_web_socket`) to make the server say exactly what the test needs (staff messages, errors,
dropped connections); everything else talks to the real gateway, Rasa and action server.
"""

from __future__ import annotations

import json
import re
import time
import urllib.parse
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest
from playwright.sync_api import (
    Browser,
    BrowserContext,
    Page,
    Route,
    WebSocket,
    WebSocketRoute,
    expect,
    sync_playwright,
)

pytestmark = pytest.mark.system

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
    "--disable-quic",
]
EXIT_URL = "https://www.buienradar.nl/"
EXIT_GLOB = "https://www.buienradar.nl/**"
EXIT_PAGE = "<!doctype html><title>Buienradar</title><p>Het weer</p>"
TURN_TIMEOUT_MS = 90_000  # one turn through Rasa on a small machine; generous, a wait ends as soon as it can
LANGUAGES = ("nl", "en", "pl", "ro", "bg", "uk", "ru", "es")
ID_RE = re.compile(r"^[A-Za-z0-9_-]{16,64}$")
SESSION_RE = re.compile(r"^[A-Za-z0-9_-]{32}$")
PAYLOAD_RE = re.compile(r"^/(?P<intent>[^{\s]+)(?P<entities>\{.*\})?$", re.DOTALL)

XSS_IMG = '<img src=x onerror="window.__xss=1">'
XSS_SCRIPT = "<script>window.__xss=1</script>"

expect.set_options(timeout=TURN_TIMEOUT_MS)


# ---------------------------------------------------------------------------------------------------------
# a reporter's browser tab
# ---------------------------------------------------------------------------------------------------------
@dataclass
class Chat:
    """One reporter's tab: the page, plus what it sent and received and what it asked of the network."""

    context: BrowserContext
    page: Page
    base_url: str
    foreign_requests: list[str] = field(default_factory=list)
    csp_violations: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    frames_sent: list[dict[str, Any]] = field(default_factory=list)
    frames_received: list[dict[str, Any]] = field(default_factory=list)
    sockets: list[WebSocket] = field(default_factory=list)

    # -- wiring --
    def guard(self, route: Route) -> None:
        """Only the gateway's own origin may be contacted; anything else is recorded and refused."""
        url = route.request.url
        if url.startswith(self.base_url + "/"):
            route.continue_()
        else:
            self.foreign_requests.append(url)
            route.abort()

    def exit_route(self, route: Route) -> None:
        route.fulfill(status=200, content_type="text/html", body=EXIT_PAGE)  # never the real internet

    def on_console(self, message: Any) -> None:
        if "Content Security Policy" in message.text:
            self.csp_violations.append(message.text)

    def on_socket(self, ws: WebSocket) -> None:
        self.sockets.append(ws)
        ws.on("framesent", lambda payload: self.frames_sent.append(_json(payload)))
        ws.on("framereceived", lambda payload: self.frames_received.append(_json(payload)))

    # -- reading the page --
    @property
    def status(self) -> Any:
        return self.page.locator("#status")

    def wait_idle(self) -> None:
        """Connected, every message acknowledged and answered, no "typing…"."""
        expect(self.status).to_have_attribute("class", "status")
        expect(self.page.locator(".msg-user[data-state='sending']")).to_have_count(0)

    def enabled_choices(self) -> list[tuple[str, str]]:
        buttons = self.page.locator("#transcript .choice:not([disabled])")
        return [(b.inner_text(), b.get_attribute("data-payload") or "") for b in buttons.all()]

    def server_texts(self) -> list[str]:
        return self.page.locator("#transcript .msg-bot .bubble, #transcript .msg-system .bubble").all_inner_texts()

    def user_texts(self) -> list[str]:
        return self.page.locator("#transcript .msg-user .bubble").all_inner_texts()

    def conversation_id(self) -> str:
        ids = [f["conversation"]["id"] for f in self.frames_received if f.get("type") == "ready"]
        assert ids, "the page never got a ready frame"
        return str(ids[-1])

    def messages_sent(self) -> list[dict[str, Any]]:
        return [f for f in self.frames_sent if f.get("type") == "message"]

    # -- acting like a reporter --
    def start(self) -> None:
        self.page.click("#start-button")
        self.wait_idle()

    def type_message(self, text: str) -> None:
        self.page.fill("#message", text)
        self.page.press("#message", "Enter")
        self.wait_idle()

    def click_choice(self, index: int) -> None:
        self.page.locator("#transcript .choice:not([disabled])").nth(index).click()
        self.wait_idle()

    def pick_language(self, code: str) -> None:
        self.page.select_option("#lang-select", code)
        self.wait_idle()


def _json(payload: str | bytes) -> dict[str, Any]:
    try:
        value = json.loads(payload)
    except ValueError:
        return {"unparsed": str(payload)}
    return value if isinstance(value, dict) else {"unparsed": value}


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


OpenChat = Callable[..., Chat]


@pytest.fixture
def open_chat(browser: Browser, system: Any) -> Iterator[OpenChat]:
    """Opens the chat page in a fresh browser context (a fresh "phone"), optionally with a fake server."""
    contexts: list[BrowserContext] = []

    def _open(
        locale: str = "nl-NL",
        width: int = 412,
        height: int = 860,
        fake_server: Callable[[WebSocketRoute], None] | None = None,
        wait: bool = True,
        **options: Any,
    ) -> Chat:
        context = browser.new_context(
            locale=locale, viewport={"width": width, "height": height}, service_workers="block", **options
        )
        contexts.append(context)
        page = context.new_page()
        chat = Chat(context, page, system.base_url)
        context.route("**/*", chat.guard)
        context.route(EXIT_GLOB, chat.exit_route)
        page.on("console", chat.on_console)
        page.on("pageerror", lambda error: chat.page_errors.append(str(error)))
        page.on("websocket", chat.on_socket)
        if fake_server is not None:
            page.route_web_socket(re.compile(r"/ws/chat$"), fake_server)
        page.goto(system.base_url + "/")
        if wait:
            chat.wait_idle()
        return chat

    yield _open
    for context in contexts:
        context.close()


def _assert_clean(chat: Chat) -> None:
    assert chat.foreign_requests == [], "the page contacted another origin"
    assert chat.csp_violations == [], "the page broke its Content-Security-Policy"
    assert chat.page_errors == [], "the page threw"


# ---------------------------------------------------------------------------------------------------------
# following the bot's flow by payload
# ---------------------------------------------------------------------------------------------------------
def parse_payload(payload: str) -> tuple[str, dict[str, Any]]:
    match = PAYLOAD_RE.match(payload.strip())
    if not match:
        return "", {}
    entities = json.loads(match["entities"]) if match["entities"] else {}
    return match["intent"], entities if isinstance(entities, dict) else {}


CONFIRM_INTENTS = {"confirm_send"}  # the summary's "Send"; its other button is /restart


@dataclass
class Report:
    """What the reporter chose, slot by slot, as the bot's payloads said."""

    chosen: dict[str, Any] = field(default_factory=dict)
    story_told: bool = False
    sent: bool = False


def complete_report(chat: Chat, story: str, wanted: dict[str, Any], place: str | None = None) -> Report:
    """Answer the bot until the report is sent: buttons by the slot they fill, free text with the story.

    `wanted` holds the value to pick for a slot when the bot offers it (e.g. {"safety_check": "no"}); a
    slot not in `wanted` gets the first offered value. `place`, if given, is typed when the bot asks for
    the municipality instead of clicking one of its buttons.
    """
    report = Report()
    for _ in range(40):
        choices = chat.enabled_choices()
        if not choices:
            if report.sent:
                return report
            assert not report.story_told, f"the bot asks for free text twice: {chat.server_texts()[-2:]}"
            chat.type_message(story)
            report.story_told = True
            continue
        parsed = [parse_payload(payload) for _, payload in choices]
        slots = {key for _, entities in parsed for key in entities}
        if "municipality" in slots and place is not None and "municipality" not in report.chosen:
            disabled_before = chat.page.locator("#transcript .choice[disabled]").count()
            chat.type_message(place)
            report.chosen["municipality"] = place
            assert chat.page.locator("#transcript .choice[disabled]").count() > disabled_before
            continue
        index = _pick(parsed, wanted, report)
        title, payload = choices[index]
        before = chat.page.locator("#transcript .choice").count()
        chat.click_choice(index)
        # the title is shown as the reporter's bubble, the payload went to the server
        assert chat.messages_sent()[-1]["text"] == payload
        assert chat.user_texts()[-1] == title
        # the buttons that were there are disabled now
        assert chat.page.locator("#transcript .choice").nth(before - 1).is_disabled()
    raise AssertionError(f"the report was not finished after 40 steps: {chat.server_texts()[-3:]}")


def _pick(parsed: list[tuple[str, dict[str, Any]]], wanted: dict[str, Any], report: Report) -> int:
    for slot, value in wanted.items():
        for index, (_, entities) in enumerate(parsed):
            if entities.get(slot) == value or (isinstance(entities.get(slot), list) and value in entities[slot]):
                report.chosen[slot] = value
                return index
    for index, (_, entities) in enumerate(parsed):
        if entities:
            slot = next(iter(entities))
            report.chosen.setdefault(slot, entities[slot])
            return index
    for index, (intent, _) in enumerate(parsed):
        if intent in CONFIRM_INTENTS:
            report.sent = True
            return index
    raise AssertionError(f"no known step in these payloads: {parsed}")


def find_signal(system: Any, conversation_id: str, timeout: float = 30) -> dict[str, Any]:
    """The signal stored for this conversation, found in the staff API's list and then fetched by id."""
    deadline = time.monotonic() + timeout
    while True:
        status, body = system.get("/api/v1/signals")
        assert status == 200, body
        listed = [s for s in body["signals"] if s.get("conversation_id") == conversation_id]
        if listed:
            status, signal = system.get("/api/v1/signals/" + urllib.parse.quote(listed[0]["id"]))
            assert status == 200, signal
            assert signal["id"] == listed[0]["id"]
            return dict(signal)
        assert time.monotonic() < deadline, f"no signal for conversation {conversation_id}"
        time.sleep(0.5)


# ---------------------------------------------------------------------------------------------------------
# (1) and (2): a whole report, in Dutch and in English
# ---------------------------------------------------------------------------------------------------------
DUTCH_STORY = (
    "Mijn buurvrouw werkt elke dag veertien uur in de nagelsalon van haar oom. Ze krijgt geen loon en "
    "haar paspoort ligt bij hem thuis in een kast."
)
ENGLISH_STORY = (
    "A young man from the car wash near the station sleeps at his boss's garage. He works every day, "
    "gets no money and says he owes his boss for the trip to the Netherlands."
)
# Values as in meldpunt.vocab. Not offered as a wish: the municipality (Dutch: the first button; English: typed).
# A hurried reporter confirms what the assistant understood and skips the checklist.
QUICK = {"inferred_ok": "yes", "knowledge_source": "seen", "checklist": "skip"}
WANTED_NL = {"safety_check": "no", "reporter_role": "neighbour", "forms": "labour", "anonymity": "anonymous", **QUICK}
WANTED_EN = {
    "safety_check": "no",
    "reporter_role": "professional",
    "forms": "labour",
    "anonymity": "anonymous",
    **QUICK,
}


def test_dutch_report_by_clicking_and_typing_reaches_the_staff_api(open_chat: OpenChat, system: Any) -> None:
    chat = open_chat(locale="nl-NL")
    expect(chat.page.locator("html")).to_have_attribute("lang", "nl")
    start = chat.frames_sent[0]
    assert start["type"] == "start"
    assert SESSION_RE.match(start["session"])
    assert start["language"] == "nl"

    chat.start()
    report = complete_report(chat, DUTCH_STORY, WANTED_NL)
    assert report.story_told and report.sent

    for frame in chat.messages_sent():
        assert ID_RE.match(frame["id"]) and 1 <= len(frame["text"]) <= 4000
    assert len({f["id"] for f in chat.messages_sent()}) == len(chat.messages_sent()), "message ids repeat"
    assert all(
        state == "sent"
        for state in chat.page.locator("#transcript .msg-user").evaluate_all("els => els.map(e => e.dataset.state)")
    )

    signal = find_signal(system, chat.conversation_id())
    assert signal["channel"] == "webchat"
    assert signal["language"] == "nl"
    for slot in ("reporter_role", "anonymity", "municipality"):
        if slot in report.chosen:
            assert signal[slot] == report.chosen[slot], slot
    assert signal["reporter_role"] == "neighbour"
    assert signal["anonymity"] == "anonymous"
    assert signal["forms"] == ["labour"]
    assert signal["municipality"] == report.chosen["municipality"]
    assert "nagelsalon" in (signal["description"] or "")
    _assert_clean(chat)


def test_a_story_typed_as_the_answer_to_the_safety_question_reaches_the_signal_with_its_form(
    open_chat: OpenChat, system: Any
) -> None:
    # Seen in session 14: after "start" the reporter typed the whole story instead of tapping an answer; the
    # story was lost and the queue showed no form.
    chat = open_chat(locale="nl-NL")
    chat.start()
    asked = {key for _, payload in chat.enabled_choices() for key in parse_payload(payload)[1]}
    assert "safety_check" in asked, chat.server_texts()[-2:]
    story = "Mijn buurman in Laren moet elke dag veertien uur in een kas werken en hij krijgt geen loon"
    chat.type_message(story)
    assert any("verhaal opgeschreven" in text for text in chat.server_texts()[-3:]), chat.server_texts()[-3:]
    report = complete_report(chat, story, {"safety_check": "no", "inferred_ok": "yes", **WANTED_NL})
    assert report.sent and not report.story_told  # the story was not asked for a second time

    signal = find_signal(system, chat.conversation_id())
    assert signal["forms"] == ["labour"] and signal["municipality"] == "laren"
    assert "veertien uur in een kas" in (signal["description"] or "")
    _assert_clean(chat)


def test_english_report_after_picking_english(open_chat: OpenChat, system: Any) -> None:
    chat = open_chat(locale="nl-NL")
    chat.pick_language("en")
    page = chat.page
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.locator("#quick-exit")).to_have_text("Quick exit")
    expect(page.locator("#message")).to_have_attribute("placeholder", "Type your message…")
    expect(page.locator("#call-112")).to_have_text("In danger now? Call 112")
    # the choice went to the bot as a control message, not as a bubble
    assert chat.messages_sent()[0]["text"] == '/set_language{"language":"en"}'
    assert chat.user_texts() == []

    # a language as the first message starts the conversation: the welcome comes in English
    expect(page.locator("#start")).to_have_count(0)
    report = complete_report(chat, ENGLISH_STORY, WANTED_EN, place="Hilversum")
    assert report.sent
    expect(page.locator("html")).to_have_attribute("lang", "en")  # the conversation stayed English

    signal = find_signal(system, chat.conversation_id())
    assert signal["channel"] == "webchat"
    assert signal["language"] == "en"
    assert signal["reporter_role"] == report.chosen["reporter_role"] == "professional"
    assert signal["anonymity"] == "anonymous"
    assert signal["municipality"] == "hilversum"  # the typed place, normalised by the bot
    assert signal["forms"] == ["labour"]
    assert "car wash" in (signal["description"] or "")
    _assert_clean(chat)


# ---------------------------------------------------------------------------------------------------------
# (3) reporter text is text, never markup
# ---------------------------------------------------------------------------------------------------------
def test_html_from_the_reporter_is_shown_as_text_and_never_runs(open_chat: OpenChat) -> None:
    chat = open_chat()
    chat.type_message(XSS_IMG)
    chat.type_message(XSS_SCRIPT)
    page = chat.page
    assert chat.user_texts()[:2] == [XSS_IMG, XSS_SCRIPT]
    assert [f["text"] for f in chat.messages_sent()[:2]] == [XSS_IMG, XSS_SCRIPT]
    assert page.evaluate("() => typeof window.__xss") == "undefined"
    assert page.locator("#transcript img, #transcript script").count() == 0
    # whatever the bot said back (it may quote the reporter) is text as well
    assert page.locator("#transcript .bubble *:not(a)").count() == 0
    assert page.evaluate("() => typeof window.__xss") == "undefined"
    _assert_clean(chat)


def test_enter_sends_and_shift_enter_makes_a_new_line(open_chat: OpenChat) -> None:
    chat = open_chat()
    box = chat.page.locator("#message")
    box.click()
    box.press_sequentially("eerste regel")
    box.press("Shift+Enter")
    box.press_sequentially("tweede regel")
    assert chat.messages_sent() == []
    box.press("Enter")
    chat.wait_idle()
    assert chat.messages_sent()[0]["text"] == "eerste regel\ntweede regel"
    assert chat.user_texts()[0] == "eerste regel\ntweede regel"
    expect(box).to_have_value("")
    chat.page.click("#send")  # an empty box sends nothing
    assert len(chat.messages_sent()) == 1


# ---------------------------------------------------------------------------------------------------------
# (4) quick exit
# ---------------------------------------------------------------------------------------------------------
def _exit_and_check(chat: Chat, trigger: Callable[[], None]) -> None:
    page = chat.page
    assert page.locator("#transcript .msg").count() > 0
    # Watch the old page while it hides itself: what does it still show, and where is it then?
    seen: list[dict[str, Any]] = []
    page.expose_binding("__exitProbe", lambda source, state: seen.append(state))
    page.evaluate(
        """() => new MutationObserver(() => window.__exitProbe({
              messages: document.getElementById('transcript').childElementCount,
              text: document.getElementById('transcript').textContent,
              draft: document.getElementById('message').value,
              href: location.href}))
            .observe(document.getElementById('app'), {attributes: true, attributeFilter: ['hidden']})"""
    )
    trigger()
    page.wait_for_url(EXIT_URL)
    assert page.title() == "Buienradar"
    assert seen, "the chat was not hidden before leaving"
    assert seen[0]["href"].startswith(chat.base_url)
    assert seen[0]["messages"] == 0 and seen[0]["text"] == "" and seen[0]["draft"] == ""
    # Leaving the page closes its socket (Playwright does not always report that close for a page that has
    # navigated away, so it is not asserted); what must not happen is a reconnect after the exit.
    sockets_at_exit = len(chat.sockets)
    assert sockets_at_exit > 0
    page.wait_for_timeout(1500)
    assert len(chat.sockets) == sockets_at_exit, "the chat opened a new connection after quick exit"
    page.go_back()  # replace(), not assign(): Back must not bring the chat back
    assert not page.url.startswith(chat.base_url), page.url
    expect(page.locator("#transcript")).to_have_count(0)


def test_quick_exit_button_empties_the_chat_and_leaves_no_way_back(open_chat: OpenChat) -> None:
    chat = open_chat()
    chat.type_message("Hallo, ik wil iets melden over mijn werkgever.")
    chat.page.fill("#message", "een half getypt bericht")
    _exit_and_check(chat, lambda: chat.page.click("#quick-exit"))
    assert chat.foreign_requests == []


def test_three_escapes_within_two_seconds_are_a_quick_exit(open_chat: OpenChat) -> None:
    chat = open_chat()
    chat.type_message("Hallo")
    page = chat.page
    page.keyboard.press("Escape")
    page.keyboard.press("Escape")
    page.wait_for_timeout(2200)  # two presses, then too late for the third: nothing happens
    page.keyboard.press("Escape")
    page.wait_for_timeout(300)
    assert page.url.startswith(chat.base_url)
    assert page.locator("#transcript .msg").count() > 0

    def three_escapes() -> None:
        for _ in range(3):
            page.keyboard.press("Escape")

    _exit_and_check(chat, three_escapes)


# ---------------------------------------------------------------------------------------------------------
# (5) nothing stays behind in the browser
# ---------------------------------------------------------------------------------------------------------
def test_the_page_stores_nothing_in_the_browser(open_chat: OpenChat) -> None:
    chat = open_chat()
    chat.start()
    chat.type_message("Ik maak me zorgen om een meisje in de snackbar.")
    chat.pick_language("en")
    page = chat.page
    assert page.evaluate("() => document.cookie") == ""
    assert page.evaluate("() => localStorage.length") == 0
    assert page.evaluate("() => sessionStorage.length") == 0
    assert page.evaluate("async () => (await indexedDB.databases()).length") == 0
    assert page.evaluate("async () => (await caches.keys()).length") == 0
    assert chat.context.cookies() == []
    state = chat.context.storage_state()
    assert state["cookies"] == []
    assert all(not origin.get("localStorage") for origin in state["origins"])
    # a reload is a new, empty conversation: the session id lived in memory only
    session = chat.frames_sent[0]["session"]
    page.reload()
    chat.wait_idle()
    assert page.locator("#transcript .msg").count() == 0
    starts = [f for f in chat.frames_sent if f.get("type") == "start"]
    assert starts[-1]["session"] != session
    _assert_clean(chat)


def test_page_is_self_contained_and_sends_a_strict_csp(open_chat: OpenChat, system: Any) -> None:
    chat = open_chat(wait=False)
    page = chat.page
    response = page.request.get(system.base_url + "/")
    assert response.ok
    csp = response.headers.get("content-security-policy", "")
    assert "default-src 'self'" in csp
    assert "'unsafe-inline'" not in csp and "'unsafe-eval'" not in csp
    html = response.text()
    assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html), "inline script"
    assert not re.search(r"<style\b|\sstyle=|\son[a-z]+=", html, re.IGNORECASE), "inline style or handler"
    assert not re.search(r"(src|href)=\"(https?:)?//", html), "third-party resource"
    chat.wait_idle()
    _assert_clean(chat)


# ---------------------------------------------------------------------------------------------------------
# (6) a cheap phone's screen
# ---------------------------------------------------------------------------------------------------------
def test_small_phone_screen_has_everything_in_view_and_no_horizontal_scroll(open_chat: OpenChat) -> None:
    chat = open_chat(width=360, height=740, is_mobile=True, has_touch=True)
    page = chat.page
    chat.start()
    chat.type_message("Ik zag iets vreemds: " + "x" * 300 + " https://example.invalid/" + "a/" * 80)
    for language in ("nl", "uk", "ro"):  # long chrome strings must wrap, not widen the page
        chat.pick_language(language)
        for selector in ("#quick-exit", "#send", "#message", "#call-112", "#call-vt", "#lang-select"):
            element = page.locator(selector)
            expect(element).to_be_visible()
            expect(element).to_be_in_viewport()
            box = element.bounding_box()
            assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= 360, selector
            assert box["height"] >= 44, f"{selector} is too small to tap"
        widths = page.evaluate(
            "() => [document.documentElement.scrollWidth, document.documentElement.clientWidth,"
            " document.body.scrollWidth, document.getElementById('chat').scrollWidth,"
            " document.getElementById('chat').clientWidth]"
        )
        assert widths[0] <= widths[1] and widths[2] <= widths[1] and widths[3] <= widths[4], widths
        assert page.evaluate("() => { window.scrollTo(50, 0); return window.scrollX; }") == 0
    for button in page.locator("#transcript .choice").all():
        box = button.bounding_box()
        assert box is not None and box["height"] >= 44
    _assert_clean(chat)


# ---------------------------------------------------------------------------------------------------------
# the chrome in eight languages (fake server: no bot turns needed)
# ---------------------------------------------------------------------------------------------------------
class FakeServer:
    """Speaks the web chat protocol to the page; what it says next is set by the test."""

    def __init__(self, language: str = "nl") -> None:
        self.language = language
        self.frames: list[dict[str, Any]] = []
        self.connections: list[WebSocketRoute] = []
        self.drop_next_message = False
        self.reply_for: Callable[[dict[str, Any]], list[dict[str, Any]]] = lambda frame: []
        self.error_for: Callable[[dict[str, Any]], str | None] = lambda frame: None

    def conversation(self) -> dict[str, Any]:
        return {"id": "fake-conversation", "state": "bot", "language": self.language, "triage": None}

    def __call__(self, ws: WebSocketRoute) -> None:
        self.connections.append(ws)
        ws.on_message(lambda message: self.receive(ws, _json(message)))

    def receive(self, ws: WebSocketRoute, frame: dict[str, Any]) -> None:
        self.frames.append(frame)
        if frame.get("type") == "start":
            ws.send(json.dumps({"type": "ready", "conversation": self.conversation()}))
            return
        if self.drop_next_message:  # the connection breaks before the message is stored
            self.drop_next_message = False
            ws.close()
            return
        error = self.error_for(frame)
        if error:
            ws.send(json.dumps({"type": "error", "id": frame["id"], "error": error}))
            return
        ws.send(json.dumps({"type": "ack", "id": frame["id"]}))
        chosen = re.match(r'^/set_language\{"language":"([a-z]{2})"\}$', frame.get("text", ""))
        if chosen:
            self.language = chosen.group(1)
        self.send_reply(frame["id"], self.reply_for(frame))

    def send_reply(self, frame_id: str | None, messages: list[dict[str, Any]]) -> None:
        reply = {"type": "reply", "id": frame_id, "messages": messages, "conversation": self.conversation()}
        self.connections[-1].send(json.dumps(reply))


CHROME_KEYS = ("#quick-exit", "#call-112", "#call-vt", "#send", ".intro-title", ".intro-privacy", "#start-button")


def test_chrome_is_translated_into_all_eight_languages(open_chat: OpenChat) -> None:
    server = FakeServer()
    chat = open_chat(fake_server=server)
    page = chat.page
    seen: dict[str, tuple[str, ...]] = {}
    for code in LANGUAGES:
        chat.pick_language(code)
        expect(page.locator("html")).to_have_attribute("lang", code)
        texts = tuple(page.locator(selector).inner_text().strip() for selector in CHROME_KEYS)
        assert all(texts), (code, texts)
        placeholder = page.locator("#message").get_attribute("placeholder")
        assert placeholder, code
        seen[code] = (*texts, placeholder)
        assert "112" in texts[1] and "0800-2000" in texts[2] and "24/7" in texts[2], code
    # every language has its own chrome (no untranslated Dutch left behind; "(gratis, 24/7)" is also Spanish)
    for code in LANGUAGES[1:]:
        same = [a for i, (a, b) in enumerate(zip(seen[code], seen["nl"], strict=True)) if a == b and i != 2]
        assert not same, (code, same)
    sent = [f["text"] for f in server.frames if f.get("type") == "message"]
    assert sent == [f'/set_language{{"language":"{code}"}}' for code in LANGUAGES]
    assert chat.user_texts() == []
    _assert_clean(chat)


@pytest.mark.parametrize(
    ("locale", "expected", "exit_label"),
    [("pl-PL", "pl", "Szybkie wyjście"), ("uk-UA", "uk", "Швидкий вихід"), ("de-DE", "nl", "Snel weg")],
)
def test_first_chrome_language_comes_from_the_browser(
    open_chat: OpenChat, locale: str, expected: str, exit_label: str
) -> None:
    server = FakeServer(language=expected)
    chat = open_chat(locale=locale, fake_server=server)
    expect(chat.page.locator("html")).to_have_attribute("lang", expected)
    expect(chat.page.locator("#quick-exit")).to_have_text(exit_label)
    assert server.frames[0]["type"] == "start" and server.frames[0]["language"] == expected


def test_chrome_follows_the_conversation_language_after_a_reply(open_chat: OpenChat) -> None:
    server = FakeServer()
    chat = open_chat(fake_server=server)

    def answer(frame: dict[str, Any]) -> list[dict[str, Any]]:
        server.language = "es"  # as if the gateway detected Spanish
        return [{"text": "¿Estás en peligro ahora?", "buttons": [], "author": "bot"}]

    server.reply_for = answer
    chat.type_message("Hola, necesito ayuda")
    expect(chat.page.locator("html")).to_have_attribute("lang", "es")
    expect(chat.page.locator("#quick-exit")).to_have_text("Salida rápida")
    expect(chat.page.locator("#lang-select")).to_have_value("es")


# ---------------------------------------------------------------------------------------------------------
# rendering what the server says (fake server)
# ---------------------------------------------------------------------------------------------------------
def test_server_text_buttons_staff_and_system_messages_are_rendered_safely(open_chat: OpenChat) -> None:
    server = FakeServer()
    chat = open_chat(fake_server=server)
    page = chat.page
    evil = '<img src=x onerror="window.__xss=2">'
    question = {
        "text": "Wie ben jij? " + evil,
        "buttons": [
            {"title": "<b>Slachtoffer</b>", "payload": '/inform_role{"reporter_role":"victim"}'},
            {"title": "Getuige", "payload": '/inform_role{"reporter_role":"witness"}'},
        ],
        "author": "bot",
    }
    server.reply_for = lambda frame: [question]
    chat.type_message("Hallo")
    assert chat.server_texts()[-1] == "Wie ben jij? " + evil
    buttons = page.locator("#transcript .choice")
    expect(buttons).to_have_count(2)
    assert buttons.nth(0).inner_text() == "<b>Slachtoffer</b>"
    assert buttons.nth(0).get_attribute("data-payload") == '/inform_role{"reporter_role":"victim"}'

    # clicking a button: the payload goes to the server, the title is the reporter's bubble
    server.reply_for = lambda frame: [question]
    chat.click_choice(0)
    assert server.frames[-1]["text"] == '/inform_role{"reporter_role":"victim"}'
    assert chat.user_texts()[-1] == "<b>Slachtoffer</b>"
    expect(buttons).to_have_count(4)
    assert buttons.nth(0).is_disabled() and buttons.nth(1).is_disabled()
    assert buttons.nth(2).is_enabled() and buttons.nth(3).is_enabled()

    # typing instead of clicking disables the open buttons too
    server.reply_for = lambda frame: []
    chat.type_message("Dat weet ik niet")
    assert page.locator("#transcript .choice:not([disabled])").count() == 0

    # a staff member writes on their own (reply without id); the system says something
    server.send_reply(
        None,
        [
            {"text": "Hoi, ik ben Sanne. " + evil, "buttons": [], "author": "staff"},
            {"text": "Bel 112 bij direct gevaar.", "buttons": [], "author": "system"},
        ],
    )
    staff = page.locator("#transcript .msg-staff")
    expect(staff).to_have_count(1)
    expect(staff.locator(".who")).to_have_text("Medewerker Veilig Thuis")
    expect(staff.locator(".who")).to_be_visible()
    expect(staff.locator(".bubble")).to_have_text("Hoi, ik ben Sanne. " + evil)
    system_message = page.locator("#transcript .msg-system")
    expect(system_message).to_have_count(1)
    expect(system_message.locator(".bubble a[href='tel:112']")).to_have_text("112")
    assert page.locator("#transcript img, #transcript script, #transcript b").count() == 0
    assert page.evaluate("() => typeof window.__xss") == "undefined"
    _assert_clean(chat)


def test_keyboard_and_screen_reader_basics(open_chat: OpenChat) -> None:
    server = FakeServer()
    chat = open_chat(fake_server=server)
    page = chat.page
    expect(page.locator("#transcript")).to_have_attribute("aria-live", "polite")
    expect(page.locator("#message")).to_have_accessible_name("Je bericht")
    expect(page.locator("#lang-select")).to_have_accessible_name("Taal")
    page.keyboard.press("Tab")  # the way out is the first thing a keyboard reaches
    expect(page.locator("#quick-exit")).to_be_focused()

    server.reply_for = lambda frame: [
        {
            "text": "Ben je nu in gevaar?",
            "buttons": [
                {"title": "Ja", "payload": "/danger"},
                {"title": "Nee", "payload": '/inform{"safety_check":"no"}'},
            ],
            "author": "bot",
        }
    ]
    page.locator("#start-button").focus()
    page.keyboard.press("Enter")
    chat.wait_idle()
    assert server.frames[-1]["text"] == "Hallo"
    server.reply_for = lambda frame: []
    page.locator("#transcript .choice").nth(1).focus()
    page.keyboard.press("Enter")
    chat.wait_idle()
    assert server.frames[-1]["text"] == '/inform{"safety_check":"no"}'
    expect(page.locator("#message")).to_be_focused()  # not lost on the now-disabled button


def test_a_refused_message_is_kept_so_it_can_be_sent_again(open_chat: OpenChat) -> None:
    server = FakeServer()
    chat = open_chat(fake_server=server)
    page = chat.page
    server.error_for = lambda frame: "rate limited"
    page.fill("#message", "Mijn verhaal")
    page.press("#message", "Enter")
    failed = page.locator("#transcript .msg-user[data-state='failed']")
    expect(failed).to_have_count(1)
    expect(failed.locator(".msg-status")).to_have_text("Sorry, dit bericht kon niet worden verstuurd.")
    expect(page.locator("#message")).to_have_value("Mijn verhaal")  # kept to edit or send again
    first_id = server.frames[-1]["id"]

    server.error_for = lambda frame: None
    server.reply_for = lambda frame: [{"text": "Dank je.", "buttons": [], "author": "bot"}]
    failed.locator(".retry").click()
    chat.wait_idle()
    expect(page.locator("#transcript .msg-user[data-state='sent']")).to_have_count(1)
    expect(page.locator("#message")).to_have_value("")
    assert server.frames[-1]["text"] == "Mijn verhaal" and server.frames[-1]["id"] != first_id
    assert chat.server_texts()[-1] == "Dank je."


def test_a_dropped_connection_reconnects_and_resends_with_the_same_id(open_chat: OpenChat) -> None:
    server = FakeServer()
    chat = open_chat(fake_server=server)
    server.drop_next_message = True
    server.reply_for = lambda frame: [{"text": "Ik lees mee.", "buttons": [], "author": "bot"}]
    page = chat.page
    page.fill("#message", "Ben je daar?")
    page.press("#message", "Enter")
    chat.wait_idle()
    starts = [f for f in server.frames if f.get("type") == "start"]
    messages = [f for f in server.frames if f.get("type") == "message"]
    assert len(server.connections) == 2 and len(starts) == 2
    assert starts[0]["session"] == starts[1]["session"]
    assert [m["text"] for m in messages] == ["Ben je daar?", "Ben je daar?"]
    assert messages[0]["id"] == messages[1]["id"]
    assert chat.user_texts() == ["Ben je daar?"]
    assert chat.server_texts() == ["Ik lees mee."]


def test_reconnect_against_the_real_gateway_gives_one_answer(open_chat: OpenChat, system: Any) -> None:
    """The socket breaks after the ack but before the reply: the page re-sends the same id and the real
    gateway answers it once, with the answer it already stored."""
    frames: list[dict[str, Any]] = []
    dropped: list[str] = []

    def proxy(ws: WebSocketRoute) -> None:
        server = ws.connect_to_server()

        def from_page(message: str | bytes) -> None:
            frames.append(_json(message))
            server.send(message)

        def from_server(message: str | bytes) -> None:
            frame = _json(message)
            if frame.get("type") == "reply" and frame.get("id") and not dropped:
                dropped.append(frame["id"])
                ws.close()
                server.close()
                return
            ws.send(message)

        ws.on_message(from_page)
        server.on_message(from_server)

    chat = open_chat(fake_server=proxy)
    chat.start()
    messages = [f for f in frames if f.get("type") == "message"]
    starts = [f for f in frames if f.get("type") == "start"]
    assert len(starts) == 2 and starts[0]["session"] == starts[1]["session"]
    assert len(messages) == 2 and messages[0]["id"] == messages[1]["id"] == dropped[0]
    texts = chat.server_texts()
    assert texts, "no answer after the reconnect"
    assert len(texts) == len(set(texts)), "an answer was shown twice"
    _assert_clean(chat)
