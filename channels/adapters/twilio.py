"""SMS and WhatsApp through Twilio: POST /webhooks/twilio (inbound), POST /webhooks/twilio/status (callbacks).

verify (X-Twilio-Signature against MELDPUNT_PUBLIC_URL + path, before anything else) → parse → store
(deduplicated on MessageSid) → empty TwiML at once → the turn in a tracked background task → replies through
the REST API (the real twilio client, async), each part once (channels/outbound.py).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from typing import cast

from aiohttp import ClientConnectorError, ClientSession, ClientTimeout, encode_basic_auth, web
from twilio.base.exceptions import TwilioRestException
from twilio.http.async_http_client import AsyncTwilioHttpClient
from twilio.http.response import Response as TwilioResponse
from twilio.request_validator import RequestValidator
from twilio.rest import Client

from channels import outbound, sms_text
from channels.adapters.base import Inbound, Outbound
from channels.keys import OUTBOX, SETTINGS, STORE, TURNS, TWILIO
from channels.outbound import Outbox, Part, Recipient, SendFailure
from meldpunt.settings import Settings
from store.db import Store
from store.models import utcnow

log = logging.getLogger(__name__)
EMPTY_TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response/>'
# Twilio's own opt-out keywords (it answers them itself on SMS); we stop sending until START.
STOP_WORDS = frozenset({"STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "OPTOUT", "REVOKE"})
START_WORDS = frozenset({"START", "UNSTOP", "YES", "OPTIN"})
TIMEOUT = ClientTimeout(total=15, connect=5)


class _HttpClient(AsyncTwilioHttpClient):  # type: ignore[misc]
    """twilio's async HTTP client on our aiohttp session, sending basic auth as a header: twilio 9 passes
    aiohttp.BasicAuth / auth=, which aiohttp 3.14 deprecates. Also logs nothing (twilio logs URLs, headers)."""

    def __init__(self, session: ClientSession) -> None:
        super().__init__(pool_connections=False)
        self.session = session

    async def request(
        self,
        method: str,
        url: str,
        params: dict[str, object] | None = None,
        data: dict[str, object] | None = None,
        headers: dict[str, str] | None = None,
        auth: tuple[str, str] | None = None,
        timeout: float | None = None,  # noqa: ASYNC109 (twilio's interface)
        allow_redirects: bool = False,
    ) -> TwilioResponse:
        headers = dict(headers or {})
        if auth is not None:
            headers["Authorization"] = encode_basic_auth(auth[0], auth[1])
        request = self.session.request(
            method.upper(),
            url,
            params=cast(dict[str, str] | None, params),
            data=data,
            headers=headers,
            allow_redirects=allow_redirects,
            timeout=ClientTimeout(total=timeout) if timeout else self.session.timeout,
        )
        async with request as response:
            return TwilioResponse(response.status, await response.text(), response.headers)


class TwilioChannel:
    """Adapter for SMS and WhatsApp; also the outbox's Sender for both."""

    name = "twilio"

    def __init__(self, settings: Settings, store: Store, outbox: Outbox, http: ClientSession) -> None:
        assert settings.twilio_account_sid and settings.twilio_auth_token
        self.settings, self.store, self.outbox = settings, store, outbox
        self.validator = RequestValidator(settings.twilio_auth_token)
        self.http_client = _HttpClient(http)  # our session: a timeout of our choosing, closed by us
        self.client = Client(settings.twilio_account_sid, settings.twilio_auth_token, http_client=self.http_client)
        self.client.api.base_url = settings.twilio_api_base.rstrip("/")
        self.public_url = settings.web_url

    # -- inbound ---------------------------------------------------------------------------------------------
    def signed(self, request: web.Request, params: dict[str, str]) -> bool:
        signature = request.headers.get("X-Twilio-Signature", "")
        url = self.public_url + request.rel_url.path_qs
        return bool(signature) and bool(self.validator.validate(url, params, signature))

    # -- Sender ----------------------------------------------------------------------------------------------
    def render(self, channel: str, text: str, buttons: list[dict[str, str]]) -> list[tuple[str, bool]]:
        full = sms_text.with_options(text, buttons)
        parts = sms_text.split_sms(full) if channel == "sms" else sms_text.split_length(full)
        return [(part, False) for part in parts]

    def outside_window(self, recipient: Recipient) -> bool:
        return recipient.channel == "whatsapp" and utcnow() - recipient.last_inbound_at > outbound.WHATSAPP_WINDOW

    def has_template(self) -> bool:
        return bool(self.settings.twilio_whatsapp_template_sid)

    async def send_part(self, recipient: Recipient, part: Part) -> str:
        whatsapp = recipient.channel == "whatsapp"
        sender = self.settings.twilio_whatsapp_from if whatsapp else self.settings.twilio_from
        if not sender:
            raise SendFailure(f"no {recipient.channel} sender configured")
        if whatsapp and not sender.startswith("whatsapp:"):
            sender = "whatsapp:" + sender
        content: dict[str, str] = (
            {"content_sid": str(self.settings.twilio_whatsapp_template_sid)}
            if part.kind == "template"
            else {"body": part.text}
        )
        try:
            message = await self.client.messages.create_async(
                to=recipient.address,
                from_=sender,
                status_callback=self.public_url + "/webhooks/twilio/status",
                **content,
            )
        except TwilioRestException as exc:
            retry = exc.status == 429 or exc.status >= 500
            raise SendFailure(f"Twilio HTTP {exc.status} (code {exc.code})", retry=retry) from exc
        except ClientConnectorError as exc:  # the request never left: certainly not sent
            raise SendFailure("Twilio unreachable", retry=True) from exc
        except Exception as exc:  # sent, but no (readable) answer: Twilio may have accepted it
            raise SendFailure(f"no answer from Twilio ({type(exc).__name__}: {exc})", ambiguous=True) from exc
        return str(message.sid)

    async def send(self, conversation_id: str, messages: list[Outbound]) -> None:
        """A staff follow-up: free-form within WhatsApp's 24-hour window, the approved template outside it."""
        await self.outbox.send_new(self, conversation_id, messages)


async def inbound(request: web.Request) -> web.Response:
    channel = request.app[TWILIO]
    form = await request.post()
    params = {key: value for key, value in form.items() if isinstance(value, str)}
    if not channel.signed(request, params):
        log.warning("twilio webhook: missing or wrong signature, refused")
        raise web.HTTPForbidden(text='{"error": "invalid signature"}', content_type="application/json")
    sender, sid = params.get("From", ""), params.get("MessageSid") or params.get("SmsSid") or ""
    if not sender or not sid:
        return _twiml()
    name = "whatsapp" if sender.startswith("whatsapp:") else "sms"
    text = params.get("Body", "").strip()
    if not text:
        text = "[media]" if params.get("NumMedia", "0") not in ("", "0") else ""
    if not text:
        return _twiml()
    store, turns, outbox = request.app[STORE], request.app[TURNS], request.app[OUTBOX]
    keyword = text.upper().strip(" .!")
    opt_type = params.get("OptOutType", "").upper()
    if keyword in STOP_WORDS or opt_type == "STOP":
        command = "stop"
    elif keyword in START_WORDS or opt_type == "START":
        command = "start"
    else:
        command = None
        # A numbered answer ("2") selects the button offered last.
        conversation = await asyncio.to_thread(_open_conversation_id, store, name, sender)
        if conversation is not None:
            options = await asyncio.to_thread(outbound.last_buttons, store, conversation)
            text = sms_text.chosen_option(text, options) or text
    accepted = await turns.accept(Inbound(name, sender, text[:4000], external_id=sid))
    await asyncio.to_thread(outbound.note_inbound, store, accepted, sender)
    if accepted.duplicate:
        log.info("twilio webhook: repeated message for conversation %s", accepted.conversation.id)
    if command is not None:
        if not accepted.duplicate:
            await asyncio.to_thread(outbound.set_opt_out, store, accepted.conversation.id, command == "stop")
            await asyncio.to_thread(outbound.set_inbound_status, store, accepted.message_id, f"opt_{command}")
            log.info("conversation %s: reporter opted %s", accepted.conversation.id,
                     "out" if command == "stop" else "in")  # fmt: skip
        return _twiml()
    if name == "whatsapp":
        await asyncio.to_thread(outbound.release_held, store, accepted.conversation.id)
    outbox.spawn(outbox.respond_and_deliver(turns.respond, channel, accepted), "twilio turn")
    return _twiml()


def _open_conversation_id(store: Store, channel: str, user_id: str) -> str | None:
    from sqlalchemy import select

    from store.models import Conversation

    with store.transaction() as session:
        return session.scalar(
            select(Conversation.id)
            .where(
                Conversation.channel == channel,
                Conversation.reporter_pseudonym == store.pseudonym(channel, user_id),
                Conversation.state != "closed",
            )
            .order_by(Conversation.created_at.desc())
            .limit(1)
        )


async def status(request: web.Request) -> web.Response:
    channel = request.app[TWILIO]
    form = await request.post()
    params = {key: value for key, value in form.items() if isinstance(value, str)}
    if not channel.signed(request, params):
        log.warning("twilio status callback: missing or wrong signature, refused")
        raise web.HTTPForbidden(text='{"error": "invalid signature"}', content_type="application/json")
    state = params.get("MessageStatus", "")
    mapped = {"delivered": "delivered", "read": "delivered", "undelivered": "failed", "failed": "failed"}.get(state)
    if mapped and params.get("MessageSid"):
        error = f"Twilio error {params['ErrorCode']}" if params.get("ErrorCode") else None
        await asyncio.to_thread(outbound.provider_status, request.app[STORE], params["MessageSid"], mapped, error)
    return web.Response(status=204)


def _twiml() -> web.Response:
    return web.Response(text=EMPTY_TWIML, content_type="text/xml")


def enabled(settings: Settings) -> bool:
    return bool(settings.twilio_account_sid and settings.twilio_auth_token and
                (settings.twilio_from or settings.twilio_whatsapp_from))  # fmt: skip


async def resources(app: web.Application) -> AsyncIterator[None]:
    settings = app[SETTINGS]
    if not enabled(settings):
        log.info("SMS/WhatsApp channel off: set MELDPUNT_TWILIO_ACCOUNT_SID, MELDPUNT_TWILIO_AUTH_TOKEN and "
                 "MELDPUNT_TWILIO_FROM or MELDPUNT_TWILIO_WHATSAPP_FROM to turn it on")  # fmt: skip
        yield
        return
    async with ClientSession(timeout=TIMEOUT) as http:
        app[TWILIO] = TwilioChannel(settings, app[STORE], app[OUTBOX], http)
        if not settings.public_url:
            log.warning("SMS/WhatsApp: MELDPUNT_PUBLIC_URL is not set; Twilio's signatures will not match")
        log.info("SMS/WhatsApp channel on (webhook %s/webhooks/twilio)", settings.web_url)
        yield


async def _not_configured(_: web.Request) -> web.Response:
    raise web.HTTPNotFound(text='{"error": "this channel is not configured"}', content_type="application/json")


async def inbound_route(request: web.Request) -> web.Response:
    if TWILIO not in request.app:
        return await _not_configured(request)
    return await inbound(request)


async def status_route(request: web.Request) -> web.Response:
    if TWILIO not in request.app:
        return await _not_configured(request)
    return await status(request)


def setup(app: web.Application) -> None:
    logging.getLogger("twilio").setLevel(logging.WARNING)  # its request log names URLs and headers
    app.router.add_post("/webhooks/twilio", inbound_route)
    app.router.add_post("/webhooks/twilio/status", status_route)
