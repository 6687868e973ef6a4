"""Telegram: the real python-telegram-bot Application (no Updater) inside the gateway, against a fake Bot API."""

from __future__ import annotations

import itertools
import json
import time
import urllib.request
import uuid
from typing import Any

import pytest

from channels.app import create_app
from store.db import Store
from store.models import Conversation, Message
from tests.channels.conftest import GatewayClient, until
from tests.channels.fake_providers import MessagingProviders, fixture
from tests.channels.test_twilio import Texter, conversation_of, count, settled
from tests.conftest import System, free_port
from tests.system.intake_driver import DEFAULT_ANSWERS, confirm_button, pick

_updates = itertools.count(int(time.time()) * 10)
_messages = itertools.count(100)


def _chat() -> int:
    return 5_000_000_000 + uuid.uuid4().int % 1_000_000_000


def text_update(chat_id: int, text: str, language: str = "nl", update_id: int | None = None) -> dict[str, Any]:
    update = fixture("telegram_start.json" if text == "/start" else "telegram_message.json")
    update["update_id"] = update_id or next(_updates)
    message = update["message"]
    message["message_id"] = next(_messages)
    message["from"]["id"] = message["chat"]["id"] = chat_id
    message["from"]["language_code"] = language
    message["text"] = text
    return update


def button_update(chat_id: int, sent: dict[str, Any], index: int) -> dict[str, Any]:
    update = fixture("telegram_callback_query.json")
    update["update_id"] = next(_updates)
    query = update["callback_query"]
    query["from"]["id"] = query["message"]["chat"]["id"] = chat_id
    query["message"]["reply_markup"] = sent["reply_markup"]
    query["data"] = sent["reply_markup"]["inline_keyboard"][index][0]["callback_data"]
    return update


async def post_update(client: GatewayClient, update: dict[str, Any], secret: str | None = None) -> int:
    headers = {"X-Telegram-Bot-Api-Secret-Token": secret if secret is not None else MessagingProviders.telegram_secret}
    resp = await client.post("/webhooks/telegram", json=update, headers=headers)
    return resp.status


@pytest.mark.parametrize("secret", ["", "wrong-secret", MessagingProviders.telegram_secret + "x"])
async def test_a_wrong_or_missing_secret_token_is_refused_and_nothing_is_stored(
    messaging: GatewayClient, store: Store, providers: MessagingProviders, secret: str
) -> None:
    assert await post_update(messaging, text_update(_chat(), "Hallo"), secret=secret) == 403
    assert count(store, Message) == 0 and count(store, Conversation) == 0
    assert providers.telegram.called("sendMessage") == []


async def test_a_replayed_update_is_stored_once_and_answered_once(
    messaging: GatewayClient, store: Store, providers: MessagingProviders
) -> None:
    chat = _chat()
    update = text_update(chat, "Hallo, ik wil iets melden")
    for _ in range(3):
        assert await post_update(messaging, update) == 200
    await settled(store, "telegram", str(chat))
    time.sleep(0.3)
    [reply] = providers.telegram.sent_to(chat)
    assert "112" in reply["text"]  # Rasa is down here: the honest fallback
    assert count(store, Message) == 2


async def test_the_bot_api_failing_twice_then_succeeding_gives_exactly_one_delivered_reply(
    messaging: GatewayClient, store: Store, providers: MessagingProviders
) -> None:
    providers.telegram.fail_next = 2
    chat = _chat()
    await post_update(messaging, text_update(chat, "Hallo"))
    conv = await settled(store, "telegram", str(chat))
    assert len(providers.telegram.called("sendMessage-failed")) == 2
    assert len(providers.telegram.sent_to(chat)) == 1
    with store.transaction() as session:
        statuses = [m.status for m in session.query(Message).filter_by(conversation_id=conv.id, direction="out")]
    assert statuses == ["sent"]


async def test_wipe_deletes_both_sides_and_says_what_it_could_not(
    messaging: GatewayClient, store: Store, providers: MessagingProviders
) -> None:
    chat = _chat()
    first = text_update(chat, "Hallo")
    await post_update(messaging, first)
    await settled(store, "telegram", str(chat))
    assert len(providers.telegram.sent_to(chat)) == 1  # the fake numbers the bot's messages from 1000
    providers.telegram.undeletable.add(first["message"]["message_id"])  # e.g. the reporter deleted it already
    wipe = text_update(chat, "/wipe")
    await post_update(messaging, wipe)
    await until(lambda: len(providers.telegram.sent_to(chat)) == 2)  # the report after the wipe
    deleted = {int(p["message_id"]) for p in providers.telegram.called("deleteMessage")}
    assert deleted == {first["message"]["message_id"], wipe["message"]["message_id"], 1000}
    report = providers.telegram.sent_to(chat)[-1]["text"]
    assert "2 bericht(en) uit deze chat verwijderd" in report and "1 bericht(en) kon ik niet" in report


# --- against the whole running system ----------------------------------------------------------------------

TELEGRAM_CHAT = _chat()


def _post(system: System, update: dict[str, Any]) -> None:
    req = urllib.request.Request(
        system.base_url + "/webhooks/telegram",
        data=json.dumps(update).encode(),
        headers={
            "Content-Type": "application/json",
            "X-Telegram-Bot-Api-Secret-Token": MessagingProviders.telegram_secret,
        },
        method="POST",
    )
    with urllib.request.urlopen(req, timeout=10) as resp:
        assert resp.status == 200


@pytest.mark.system
def test_a_report_over_telegram_completes_the_intake_with_inline_keyboards(system: System) -> None:
    providers: MessagingProviders = system.providers
    chat = TELEGRAM_CHAT
    reporter = Texter(system, "unused")
    reporter.channel, reporter.address = "telegram", str(chat)

    def send(update: dict[str, Any]) -> list[dict[str, Any]]:
        before = len(providers.telegram.sent_to(chat))
        _post(system, update)
        reporter.wait_settled()
        return providers.telegram.sent_to(chat)[before:]

    replies = send(text_update(chat, "/start", language="en"))
    assert replies and reporter.conversation().language == "en"
    answers = {
        **DEFAULT_ANSWERS,
        **{"safety_check": "no", "reporter_role": "colleague", "forms": "labour", "anonymity": "anonymous"},
    }
    story, place = "My colleague at the farm works every day and his boss keeps his passport", "Huizen"
    for _ in range(60):
        slots = reporter.slots()
        if slots.get("signal_id"):
            break
        options = reporter.offered()
        payload = pick(options, answers)
        if payload is None and options and slots.get("anonymity"):
            payload = confirm_button(options)
        if payload is not None:
            keyboard = [r for r in replies if r.get("reply_markup")][-1]
            index = [b["payload"] for b in options].index(payload)
            assert keyboard["reply_markup"]["inline_keyboard"][index][0]["text"] == options[index]["title"]
            replies = send(button_update(chat, keyboard, index))
        else:
            replies = send(text_update(chat, story if not slots.get("description") else place, language="en"))
        assert replies, "a message got no reply"
    else:
        raise AssertionError("the intake did not finish over Telegram")
    status, record = system.get(f"/api/v1/signals/{slots['signal_id']}")
    assert status == 200 and record["channel"] == "telegram" and record["language"] == "en"
    assert record["description"] == story and "labour" in record["forms"]


@pytest.mark.system
def test_the_telegram_id_is_nowhere_in_plain_text_on_disk_or_in_the_log(system: System) -> None:
    chat = _chat()
    _post(system, text_update(chat, "Hallo, ik wil iets melden"))
    reporter = Texter(system, "unused")
    reporter.channel, reporter.address = "telegram", str(chat)
    reporter.wait_settled()
    assert conversation_of(reporter.store, "telegram", str(chat)) is not None
    time.sleep(1)
    for path in system.data_dir.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            for user in (chat, TELEGRAM_CHAT):
                assert str(user).encode() not in data, f"a Telegram id in plain text in {path.name}"
    logs = system.logs()
    assert str(chat) not in logs and str(TELEGRAM_CHAT) not in logs


async def test_polling_mode_answers_without_a_public_webhook(
    store: Store, providers: MessagingProviders, aiohttp_client: Any
) -> None:
    """Local development without a public URL: the gateway fetches updates with getUpdates itself."""
    update = fixture("telegram_message.json")
    update["message"]["text"] = "Hallo, ik wil iets melden"
    chat_id = update["message"]["chat"]["id"]
    providers.telegram.updates.append(update)
    settings = store.settings.model_copy(
        update={
            "rasa_port": free_port(),
            "rasa_timeout": 2.0,
            **providers.settings("http://127.0.0.1:1"),
            "telegram_polling": True,
            "telegram_secret": None,
        }
    )
    client = await aiohttp_client(create_app(settings, store))
    await until(lambda: bool(providers.telegram.sent_to(chat_id)))
    # Rasa is unreachable in this test: the honest fallback went out through the Bot API.
    assert "112" in providers.telegram.sent_to(chat_id)[0]["text"]
    assert providers.telegram.called("getUpdates")
    # Without a secret the webhook stays shut.
    resp = await client.post("/webhooks/telegram", json=update)
    assert resp.status == 403
