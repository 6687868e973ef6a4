"""SMS and WhatsApp through Twilio: the real twilio library (validator and REST client) against a fake API.

The first tests run the gateway in-process with Rasa unreachable (the reporter gets the honest fallback);
the last ones complete the thin intake against the whole running system (real Rasa and actions)."""

from __future__ import annotations

import json
import time
import urllib.parse
import urllib.request
import uuid
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import select, update
from twilio.request_validator import RequestValidator

from channels.adapters.base import Outbound
from channels.keys import TWILIO
from meldpunt.keys import rasa_token
from meldpunt.settings import Settings
from store.db import Store
from store.models import Contact, Conversation, Delivery, Message, utcnow
from store.tokens import create_token
from tests.channels.conftest import GatewayClient, until
from tests.channels.fake_providers import MessagingProviders, fixture
from tests.conftest import System
from tests.system.intake_driver import DEFAULT_ANSWERS, confirm_button, pick

TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response/>'


def _number() -> str:
    return "+316" + str(uuid.uuid4().int)[:8]


def sms(sender: str, body: str, sid: str | None = None, whatsapp: bool = False) -> dict[str, str]:
    params = fixture("twilio_whatsapp.json" if whatsapp else "twilio_sms.json")
    sid = sid or "SM" + uuid.uuid4().hex
    params.update(Body=body, From=sender, MessageSid=sid, SmsSid=sid, SmsMessageSid=sid)
    params["AccountSid"] = MessagingProviders.account_sid
    if whatsapp:
        params["WaId"] = sender.removeprefix("whatsapp:+")
    return params


def sign(url: str, params: dict[str, str], token: str = MessagingProviders.auth_token) -> str:
    return str(RequestValidator(token).compute_signature(url, params))


async def post_signed(client: GatewayClient, path: str, params: dict[str, str], **kw: Any) -> Any:
    url = f"http://127.0.0.1:{client.port}{path}"
    headers = {"X-Twilio-Signature": kw.pop("signature", None) or sign(url, params, **kw)}
    return await client.post(path, data=params, headers=headers)


def conversation_of(store: Store, channel: str, address: str) -> Conversation | None:
    with store.transaction() as session:
        return session.scalar(
            select(Conversation).where(
                Conversation.channel == channel, Conversation.reporter_pseudonym == store.pseudonym(channel, address)
            )
        )


def count(store: Store, model: type[Any]) -> int:
    with store.transaction() as session:
        return len(session.scalars(select(model)).all())


async def settled(store: Store, channel: str, address: str) -> Conversation:
    """Wait until every inbound message of the reporter is answered and every reply has left or failed."""

    def done() -> bool:
        conv = conversation_of(store, channel, address)
        if conv is None:
            return False
        with store.transaction() as session:
            messages = session.scalars(select(Message).where(Message.conversation_id == conv.id)).all()
            # One read of the deliveries: under PostgreSQL's READ COMMITTED two reads could straddle a claim
            # and see the reply claimed but not yet pending.
            deliveries = session.scalars(select(Delivery).where(Delivery.conversation_id == conv.id)).all()
            busy = [d for d in deliveries if d.status in ("pending", "sending")]
            claimed = {d.message_id for d in deliveries}
        return (
            not busy
            and all(m.status != "received" for m in messages if m.direction == "in")
            and all(m.id in claimed for m in messages if m.direction == "out")
        )

    await until(done)
    conv = conversation_of(store, channel, address)
    assert conv is not None
    return conv


async def transcript(client: GatewayClient, store: Store, conversation_id: str) -> dict[str, Any]:
    with store.transaction() as session:
        token = create_token(session, "test-staff")
    resp = await client.get(f"/api/v1/conversations/{conversation_id}", headers={"Authorization": f"Bearer {token}"})
    assert resp.status == 200
    body: dict[str, Any] = await resp.json()
    return body


async def test_a_signed_sms_is_acknowledged_with_empty_twiml_and_answered_through_the_api(
    messaging: GatewayClient, store: Store, providers: MessagingProviders
) -> None:
    number = _number()
    resp = await post_signed(messaging, "/webhooks/twilio", sms(number, "Ik wil iets melden"))
    assert resp.status == 200 and resp.content_type == "text/xml"
    assert await resp.text() == TWIML
    await settled(store, "sms", number)
    [reply] = providers.twilio.to(number)
    assert reply["From"] == providers.sms_from
    assert "112" in reply["Body"] and "0800-2000" in reply["Body"]  # Rasa is down here: the honest fallback
    assert reply["StatusCallback"] == f"http://127.0.0.1:{messaging.port}/webhooks/twilio/status"


@pytest.mark.parametrize(
    "forgery",
    ["unsigned", "wrong token", "other url", "tampered body", "signed for a query string"],
)
async def test_forged_or_unsigned_requests_are_refused_and_store_nothing(
    messaging: GatewayClient, store: Store, providers: MessagingProviders, forgery: str
) -> None:
    number = _number()
    params = sms(number, "Hallo")
    url = f"http://127.0.0.1:{messaging.port}/webhooks/twilio"
    headers = {
        "unsigned": {},
        "wrong token": {"X-Twilio-Signature": sign(url, params, token="someone-elses-token")},
        "other url": {"X-Twilio-Signature": sign("https://evil.example/webhooks/twilio", params)},
        "tampered body": {"X-Twilio-Signature": sign(url, {**params, "Body": "iets anders"})},
        "signed for a query string": {"X-Twilio-Signature": sign(url + "?x=1", params)},
    }[forgery]
    resp = await messaging.post("/webhooks/twilio", data=params, headers=headers)
    assert resp.status == 403
    assert count(store, Message) == 0 and count(store, Conversation) == 0
    time.sleep(0.2)
    assert providers.twilio.attempts == 0


async def test_a_replayed_message_is_stored_once_and_answered_once(
    messaging: GatewayClient, store: Store, providers: MessagingProviders
) -> None:
    number = _number()
    params = sms(number, "Hallo, ik heb een vraag")
    for _ in range(3):
        resp = await post_signed(messaging, "/webhooks/twilio", params)
        assert resp.status == 200
    await settled(store, "sms", number)
    time.sleep(0.3)
    assert len(providers.twilio.to(number)) == 1
    assert count(store, Message) == 2  # one inbound, one reply


async def test_the_api_failing_twice_then_succeeding_gives_exactly_one_delivered_reply(
    messaging: GatewayClient, store: Store, providers: MessagingProviders
) -> None:
    providers.twilio.fail_next = 2
    number = _number()
    await post_signed(messaging, "/webhooks/twilio", sms(number, "Hallo"))
    conv = await settled(store, "sms", number)
    assert providers.twilio.attempts == 3
    assert len(providers.twilio.to(number)) == 1
    reply = [m for m in (await transcript(messaging, store, conv.id))["messages"] if m["direction"] == "out"]
    assert [m["status"] for m in reply] == ["sent"]


async def test_a_reply_the_provider_refuses_shows_as_failed_to_staff(
    messaging: GatewayClient, store: Store, providers: MessagingProviders
) -> None:
    providers.twilio.refuse_next = 1
    number = _number()
    await post_signed(messaging, "/webhooks/twilio", sms(number, "Hallo"))
    conv = await settled(store, "sms", number)
    assert providers.twilio.attempts == 1  # a 400 is not retried
    body = await transcript(messaging, store, conv.id)
    assert [m["status"] for m in body["messages"] if m["direction"] == "out"] == ["failed"]


async def test_status_callbacks_are_signature_checked_and_mark_delivery(
    messaging: GatewayClient, store: Store, providers: MessagingProviders
) -> None:
    number = _number()
    await post_signed(messaging, "/webhooks/twilio", sms(number, "Hallo"))
    conv = await settled(store, "sms", number)
    [sent] = providers.twilio.to(number)
    callback = fixture("twilio_status.json")
    callback.update(MessageSid=sent["sid"], SmsSid=sent["sid"], To=number, MessageStatus="undelivered")
    forged = await messaging.post("/webhooks/twilio/status", data=callback, headers={"X-Twilio-Signature": "AAAA"})
    assert forged.status == 403
    body = await transcript(messaging, store, conv.id)
    assert [m["status"] for m in body["messages"] if m["direction"] == "out"] == ["sent"]
    resp = await post_signed(messaging, "/webhooks/twilio/status", callback)
    assert resp.status == 204
    body = await transcript(messaging, store, conv.id)
    assert [m["status"] for m in body["messages"] if m["direction"] == "out"] == ["failed"]


async def test_stop_silences_the_conversation_until_start(
    messaging: GatewayClient, store: Store, providers: MessagingProviders
) -> None:
    number = _number()
    await post_signed(messaging, "/webhooks/twilio", sms(number, "Hallo"))
    await settled(store, "sms", number)
    assert len(providers.twilio.to(number)) == 1
    await post_signed(messaging, "/webhooks/twilio", sms(number, "STOP"))
    await post_signed(messaging, "/webhooks/twilio", sms(number, "Ik wil toch iets vragen"))
    await settled(store, "sms", number)
    time.sleep(0.3)
    assert len(providers.twilio.to(number)) == 1  # nothing after STOP (the message itself is kept for staff)
    await post_signed(messaging, "/webhooks/twilio", sms(number, "START"))
    await post_signed(messaging, "/webhooks/twilio", sms(number, "Hallo weer"))
    await settled(store, "sms", number)
    assert len(providers.twilio.to(number)) == 2


async def test_whatsapp_outside_24_hours_gets_the_template_never_free_form(
    messaging: GatewayClient, store: Store, providers: MessagingProviders
) -> None:
    address = "whatsapp:" + _number()
    await post_signed(messaging, "/webhooks/twilio", sms(address, "Hello", whatsapp=True))
    conv = await settled(store, "whatsapp", address)
    [first] = providers.twilio.to(address)
    assert first["From"] == providers.whatsapp_from and first["Body"]
    with store.transaction() as session:
        session.execute(
            update(Contact)
            .where(Contact.conversation_id == conv.id)
            .values(last_inbound_at=utcnow() - timedelta(hours=25))
        )
    channel = messaging.server.app[TWILIO]
    await channel.send(conv.id, [Outbound("We hebben je melding gelezen, wil je nog iets vertellen?", author="staff")])
    sent = providers.twilio.to(address)
    assert len(sent) == 2
    assert sent[1].get("ContentSid") == providers.template_sid and "Body" not in sent[1]
    # The reporter answers: the window is open again and the staff message itself goes out, once.
    await post_signed(messaging, "/webhooks/twilio", sms(address, "Ja", whatsapp=True))
    await settled(store, "whatsapp", address)
    bodies = [m.get("Body", "") for m in providers.twilio.to(address)]
    assert sum("wil je nog iets vertellen" in b for b in bodies) == 1


# --- against the whole running system: real Rasa, real actions ---------------------------------------------

SMS_NUMBER = _number()
WHATSAPP_NUMBER = "whatsapp:" + _number()


class Texter:
    """A reporter with a phone: signed webhooks in, the fake Twilio API's records out."""

    def __init__(self, system: System, address: str) -> None:
        self.system, self.address = system, address
        self.channel = "whatsapp" if address.startswith("whatsapp:") else "sms"
        self.store = Store(Settings(data_dir=system.data_dir))
        self.providers: MessagingProviders = system.providers

    def say(self, text: str) -> list[str]:
        before = len(self.providers.twilio.to(self.address))
        params = sms(self.address, text, whatsapp=self.channel == "whatsapp")
        url = self.system.base_url + "/webhooks/twilio"
        data = urllib.parse.urlencode(params).encode()
        req = urllib.request.Request(url, data=data, headers={"X-Twilio-Signature": sign(url, params)}, method="POST")
        with urllib.request.urlopen(req, timeout=10) as resp:
            assert resp.status == 200 and resp.read().decode() == TWIML
        self.wait_settled()
        return [m.get("Body", "") for m in self.providers.twilio.to(self.address)[before:]]

    def wait_settled(self, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            conv = conversation_of(self.store, self.channel, self.address)
            if conv is not None:
                with self.store.transaction() as session:
                    messages = session.scalars(select(Message).where(Message.conversation_id == conv.id)).all()
                    deliveries = session.scalars(select(Delivery).where(Delivery.conversation_id == conv.id)).all()
                claimed = {d.message_id for d in deliveries}
                if (
                    all(m.status != "received" for m in messages if m.direction == "in")
                    and all(m.id in claimed for m in messages if m.direction == "out")
                    and all(d.status not in ("pending", "sending") for d in deliveries)
                ):
                    return
            time.sleep(0.1)
        raise TimeoutError("the turn did not finish")

    def conversation(self) -> Conversation:
        conv = conversation_of(self.store, self.channel, self.address)
        assert conv is not None
        return conv

    def offered(self) -> list[dict[str, str]]:
        """The buttons of the last reply, as stored (the SMS shows them as numbered options)."""
        with self.store.transaction() as session:
            last = session.scalar(
                select(Message)
                .where(Message.conversation_id == self.conversation().id, Message.direction == "out")
                .order_by(Message.id.desc())
                .limit(1)
            )
            assert last is not None
            return json.loads(self.store.cipher.decrypt(last.buttons_enc)) if last.buttons_enc else []

    def slots(self) -> dict[str, Any]:
        token = rasa_token(Settings(data_dir=self.system.data_dir))
        url = (
            f"http://127.0.0.1:{self.system.rasa_port}/conversations/{self.conversation().id}/tracker"
            f"?include_events=NONE&token={token}"
        )
        with urllib.request.urlopen(url, timeout=10) as resp:
            slots: dict[str, Any] = json.loads(resp.read())["slots"]
            return slots


def complete_intake_by_text(
    reporter: Texter, first: str, story: str, place: str, answers: dict[str, str]
) -> tuple[dict[str, Any], list[list[str]]]:
    """Walk the intake answering buttons by their number, as a reporter on a phone does."""
    answers = {**DEFAULT_ANSWERS, **answers}
    seen = [reporter.say(first)]
    for _ in range(60):
        slots = reporter.slots()
        if slots.get("signal_id"):
            return slots, seen
        options = reporter.offered()
        payload = pick(options, answers)
        if payload is None and options and slots.get("anonymity"):
            payload = confirm_button(options)
        if payload is not None:
            number = [b["payload"] for b in options].index(payload) + 1
            title = options[number - 1]["title"]
            shown = "".join(seen[-1])
            assert f"{number}. {title}" in shown, f"option {number} not shown as a number in {shown!r}"
            seen.append(reporter.say(str(number)))
        else:
            seen.append(reporter.say(story if not slots.get("description") else place))
    raise AssertionError("the intake did not finish over SMS")


@pytest.mark.system
@pytest.mark.parametrize(
    ("address", "first", "story", "place", "answers", "language"),
    [
        (
            SMS_NUMBER,
            "Hallo, ik wil iets melden",
            "Bij de autowasstraat werken mannen elke dag 14 uur en ze krijgen geen loon",
            "Bussum",
            {"safety_check": "no", "reporter_role": "neighbour", "forms": "labour", "anonymity": "confidential"},
            "nl",
        ),
        (
            WHATSAPP_NUMBER,
            "Hello, I would like to report something",
            "A girl I know has to work in a house every night and her boyfriend takes all the money",
            "Hilversum",
            {"safety_check": "no", "reporter_role": "friend", "forms": "sexual", "anonymity": "anonymous"},
            "en",
        ),
    ],
)
def test_a_report_by_sms_and_whatsapp_completes_the_intake_with_numbered_replies(
    system: System, address: str, first: str, story: str, place: str, answers: dict[str, str], language: str
) -> None:
    reporter = Texter(system, address)
    slots, seen = complete_intake_by_text(reporter, first, story, place, answers)
    status, record = system.get(f"/api/v1/signals/{slots['signal_id']}")
    assert status == 200
    assert record["channel"] == reporter.channel and record["language"] == language
    assert record["reporter_role"] == answers["reporter_role"] and answers["forms"] in record["forms"]
    assert record["description"] == story
    assert all(seen), "a message got no reply"
    if reporter.channel == "sms":
        from channels.sms_text import segments

        assert all(segments(body) <= 3 for bodies in seen for body in bodies)


@pytest.mark.system
def test_phone_numbers_are_nowhere_in_plain_text_on_disk_or_in_the_log(system: System) -> None:
    reporter = Texter(system, _number())
    reporter.say("Hallo, ik wil iets melden")
    time.sleep(1)  # let the WAL and log files be written
    numbers = [reporter.address, SMS_NUMBER, WHATSAPP_NUMBER]
    forms = {
        n
        for number in numbers
        for n in (number, number.removeprefix("whatsapp:"), number.removeprefix("whatsapp:").removeprefix("+"))
    }
    for path in system.data_dir.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            for form in forms:
                assert form.encode() not in data, f"a phone number in plain text in {path.name}"
    logs = system.logs()
    assert not [form for form in forms if form in logs]
