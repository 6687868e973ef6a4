"""Telegram through python-telegram-bot: its Application without an Updater, inside the gateway.

POST /webhooks/telegram: X-Telegram-Bot-Api-Secret-Token checked in constant time (403 otherwise) → the
update parsed by PTB → stored (deduplicated on update_id) → 200 → the turn in a tracked background task →
replies through the Bot API (inline keyboards for buttons), each part once (channels/outbound.py).
With MELDPUNT_TELEGRAM_POLLING=true the same handling is fed by getUpdates instead (local development).
"""

from __future__ import annotations

import asyncio
import hmac
import json
import logging
from collections.abc import AsyncIterator
from datetime import datetime, timedelta

import httpx
from aiohttp import web
from sqlalchemy import select
from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.error import BadRequest, Forbidden, InvalidToken, NetworkError, RetryAfter, TelegramError, TimedOut
from telegram.ext import Application, ContextTypes, TypeHandler

from channels import outbound, sms_text
from channels.adapters.base import BadInput, Inbound, Outbound
from channels.adapters.twilio import _open_conversation_id
from channels.intake import Accepted
from channels.keys import OUTBOX, SETTINGS, STORE, TELEGRAM, TURNS
from channels.language import normalise_hint
from channels.outbound import Outbox, Part, Recipient, SendFailure
from channels.turns import TurnProcessor
from meldpunt.settings import Settings
from store.db import Store
from store.models import Delivery, Message, utcnow

log = logging.getLogger(__name__)
NAME = "telegram"
MAX_TEXT = 4096
DELETE_LIMIT = timedelta(hours=48)  # Telegram lets a bot delete messages in a private chat for 48 hours
WIPED = {
    "nl": "Ik heb {deleted} bericht(en) uit deze chat verwijderd.",
    "en": "I deleted {deleted} message(s) from this chat.",
    "pl": "Usunięto z tego czatu wiadomości: {deleted}.",
    "ro": "Am șters din acest chat {deleted} mesaj(e).",
    "bg": "Изтрих {deleted} съобщение(я) от този чат.",
    "uk": "Видалено з цього чату повідомлень: {deleted}.",
    "ru": "Удалено сообщений из этого чата: {deleted}.",
    "es": "He borrado {deleted} mensaje(s) de este chat.",
}
NOT_WIPED = {
    "nl": " {failed} bericht(en) kon ik niet verwijderen (Telegram staat dat na 48 uur niet meer toe): verwijder"
    " die zelf, of wis de hele chat via het menu (Geschiedenis wissen).",
    "en": " I could not delete {failed} message(s) (Telegram does not allow it after 48 hours): delete those"
    " yourself, or clear the whole chat from the menu (Clear history).",
    "pl": " Nie udało się usunąć wiadomości: {failed} (Telegram nie pozwala na to po 48 godzinach). Usuń je sama"
    " lub sam, albo wyczyść cały czat w menu (Wyczyść historię).",
    "ro": " Nu am putut șterge {failed} mesaj(e) (Telegram nu permite după 48 de ore): șterge-le tu sau golește"
    " tot chatul din meniu (Șterge istoricul).",
    "bg": " Не можах да изтрия {failed} съобщение(я) (Telegram не позволява след 48 часа): изтрийте ги сами или"
    " изчистете целия чат от менюто (Изчистване на историята).",
    "uk": " Не вдалося видалити повідомлень: {failed} (Telegram не дозволяє цього після 48 годин). Видаліть їх"
    " самі або очистіть увесь чат у меню (Очистити історію).",
    "ru": " Не удалось удалить сообщений: {failed} (Telegram не позволяет это после 48 часов). Удалите их сами"
    " или очистите весь чат в меню (Очистить историю).",
    "es": " No pude borrar {failed} mensaje(s) (Telegram no lo permite después de 48 horas): bórralos tú o vacía"
    " todo el chat desde el menú (Borrar historial).",
}
WIPE_NOTE = {
    "nl": " Je melding blijft bewaard bij Veilig Thuis. Dit bericht kun je zelf verwijderen.",
    "en": " Your report stays with Veilig Thuis. You can delete this message yourself.",
    "pl": " Twoje zgłoszenie pozostaje w Veilig Thuis. Tę wiadomość możesz usunąć sama lub sam.",
    "ro": " Sesizarea ta rămâne la Veilig Thuis. Acest mesaj îl poți șterge tu.",
    "bg": " Сигналът ви остава във Veilig Thuis. Това съобщение можете да изтриете сами.",
    "uk": " Ваше повідомлення залишається у Veilig Thuis. Це повідомлення ви можете видалити самі.",
    "ru": " Ваше сообщение остаётся в Veilig Thuis. Это сообщение вы можете удалить сами.",
    "es": " Tu aviso se queda en Veilig Thuis. Este mensaje lo puedes borrar tú.",
}


def _say(texts: dict[str, str], language: str | None, **values: int) -> str:
    return texts.get(language or "nl", texts["en"]).format(**values)


class TelegramChannel:
    name = NAME

    def __init__(self, application: Application, store: Store, outbox: Outbox, turns: TurnProcessor) -> None:  # type: ignore[type-arg]
        self.application, self.store, self.outbox, self.turns = application, store, outbox, turns

    @property
    def bot(self):  # type: ignore[no-untyped-def]
        return self.application.bot

    # -- inbound ---------------------------------------------------------------------------------------------
    async def dispatch(self, update: Update) -> None:
        """Store what the reporter sent and schedule the answer. Raises if it could not be stored."""
        if update.callback_query is not None:
            await self._button(update)
            return
        message = update.message
        if message is None or message.chat.type != "private" or not message.text:
            return
        chat_id = str(message.chat.id)
        text = message.text.strip()
        command = text.split()[0].split("@")[0].lower() if text.startswith("/") else None
        hint = normalise_hint(message.from_user.language_code if message.from_user else None)
        if command == "/start":
            text = "/greet"  # opens the conversation like a greeting, in the language Telegram reports
        accepted = await self.turns.accept(Inbound(NAME, chat_id, text[:4000], f"u{update.update_id}", hint))
        await asyncio.to_thread(outbound.note_inbound, self.store, accepted, chat_id, str(message.message_id))
        if command == "/wipe":
            if not accepted.duplicate:
                await asyncio.to_thread(outbound.set_inbound_status, self.store, accepted.message_id, "command")
                self.outbox.spawn(self.wipe(accepted, chat_id), "telegram wipe")
            return
        self.outbox.spawn(self.outbox.respond_and_deliver(self.turns.respond, self, accepted), "telegram turn")

    async def _button(self, update: Update) -> None:
        query = update.callback_query
        assert query is not None
        message = query.message
        if message is None or message.chat.type != "private" or not query.data:
            return
        chat_id = str(message.chat.id)
        self.outbox.spawn(self._acknowledge(query.id, message.chat.id, message.message_id), "telegram button ack")
        message_id, _, index = query.data.partition(":")
        conversation = await asyncio.to_thread(_open_conversation_id, self.store, NAME, chat_id)
        if conversation is None or not message_id.isdigit() or not index.isdigit():
            return
        buttons = await asyncio.to_thread(outbound.message_buttons, self.store, conversation, int(message_id))
        if int(index) >= len(buttons):
            return
        payload = buttons[int(index)]["payload"]
        accepted = await self.turns.accept(Inbound(NAME, chat_id, payload, f"u{update.update_id}"))
        await asyncio.to_thread(outbound.note_inbound, self.store, accepted, chat_id)
        self.outbox.spawn(self.outbox.respond_and_deliver(self.turns.respond, self, accepted), "telegram turn")

    async def _acknowledge(self, query_id: str, chat_id: int, message_id: int) -> None:
        """Stop the button's spinner and take the keyboard away, so an answer cannot be given twice."""
        try:
            await self.bot.answer_callback_query(query_id)
            await self.bot.edit_message_reply_markup(chat_id=chat_id, message_id=message_id, reply_markup=None)
        except TelegramError as exc:
            log.info("telegram: could not acknowledge a button (%s)", type(exc).__name__)

    async def wipe(self, accepted: Accepted, chat_id: str) -> None:
        """/wipe: delete this conversation's messages from the chat, as far as Telegram allows."""
        conversation_id = accepted.conversation.id
        async with self.turns.locks.hold(conversation_id):
            refs = await asyncio.to_thread(_telegram_refs, self.store, conversation_id)
            now, deleted, failed, gone = utcnow(), 0, 0, []
            for ref, sent_at in refs:
                if now - sent_at > DELETE_LIMIT:
                    failed += 1
                    continue
                try:
                    await self.bot.delete_message(chat_id=int(chat_id), message_id=int(ref))
                    deleted += 1
                    gone.append(ref)
                except BadRequest:  # already deleted by the reporter, or too old after all
                    failed += 1
                except TelegramError as exc:
                    log.info("conversation %s: a delete failed (%s)", conversation_id, type(exc).__name__)
                    failed += 1
            await asyncio.to_thread(_forget_refs, self.store, conversation_id, gone)
        language = accepted.conversation.language
        text = _say(WIPED, language, deleted=deleted)
        if failed:
            text += _say(NOT_WIPED, language, failed=failed)
        text += _say(WIPE_NOTE, language)
        log.info("conversation %s: /wipe deleted %s message(s), %s not", conversation_id, deleted, failed)
        await self.outbox.send_new(self, conversation_id, [Outbound(text, author="system")])

    # -- Sender ----------------------------------------------------------------------------------------------
    def render(self, channel: str, text: str, buttons: list[dict[str, str]]) -> list[tuple[str, bool]]:
        parts = sms_text.split_length(text, MAX_TEXT) or [""]
        return [(part, bool(buttons) and i == len(parts) - 1) for i, part in enumerate(parts)]

    def outside_window(self, recipient: Recipient) -> bool:
        return False

    def has_template(self) -> bool:
        return False

    async def send_part(self, recipient: Recipient, part: Part) -> str:
        markup = None
        if part.buttons:
            markup = InlineKeyboardMarkup(
                [[InlineKeyboardButton(b["title"], callback_data=f"{part.message_id}:{i}")]
                 for i, b in enumerate(part.buttons)]
            )  # fmt: skip
        try:
            sent = await self.bot.send_message(chat_id=int(recipient.address), text=part.text, reply_markup=markup)
        except RetryAfter as exc:
            after = exc.retry_after.total_seconds() if isinstance(exc.retry_after, timedelta) else exc.retry_after
            raise SendFailure("Telegram rate limit", retry=True, after=float(after)) from exc
        except (BadRequest, Forbidden, InvalidToken) as exc:  # retrying cannot help (blocked bot, bad chat)
            raise SendFailure(f"Telegram refused: {type(exc).__name__}") from exc
        except TimedOut as exc:
            certain = isinstance(exc.__cause__, httpx.ConnectTimeout | httpx.PoolTimeout) or "Pool" in str(exc)
            raise SendFailure("Telegram timed out", retry=certain, ambiguous=not certain) from exc
        except NetworkError as exc:
            # No cause: Telegram answered with an error status (5xx) → not sent. A connect error → not sent.
            certain = exc.__cause__ is None or isinstance(exc.__cause__, httpx.ConnectError)
            raise SendFailure(f"Telegram: {type(exc).__name__}", retry=certain, ambiguous=not certain) from exc
        except TelegramError as exc:
            raise SendFailure(f"Telegram: {type(exc).__name__}", ambiguous=True) from exc
        return str(sent.message_id)

    async def send(self, conversation_id: str, messages: list[Outbound]) -> None:
        await self.outbox.send_new(self, conversation_id, messages)


def _telegram_refs(store: Store, conversation_id: str) -> list[tuple[str, datetime]]:
    """Telegram message ids of the conversation: the reporter's messages and ours, with when they were sent."""
    with store.transaction() as session:
        inbound = session.execute(
            select(Message.provider_id, Message.created_at).where(
                Message.conversation_id == conversation_id, Message.provider_id.is_not(None)
            )
        ).all()
        sent = session.execute(
            select(Delivery.provider_id, Delivery.updated_at).where(
                Delivery.conversation_id == conversation_id,
                Delivery.provider_id.is_not(None),
                Delivery.status.in_(("sent", "delivered")),
            )
        ).all()
        return [(str(ref), at) for ref, at in (*inbound, *sent)]


def _forget_refs(store: Store, conversation_id: str, refs: list[str]) -> None:
    """Deleted from the chat: a later /wipe need not try again."""
    if not refs:
        return
    with store.transaction() as session:
        for message in session.scalars(
            select(Message).where(Message.conversation_id == conversation_id, Message.provider_id.in_(refs))
        ):
            message.provider_id = None
        for delivery in session.scalars(
            select(Delivery).where(Delivery.conversation_id == conversation_id, Delivery.provider_id.in_(refs))
        ):
            delivery.status = "wiped"


async def webhook(request: web.Request) -> web.Response:
    if TELEGRAM not in request.app:
        raise web.HTTPNotFound(text='{"error": "this channel is not configured"}', content_type="application/json")
    secret = request.app[SETTINGS].telegram_secret or ""
    given = request.headers.get("X-Telegram-Bot-Api-Secret-Token", "")
    if not secret or not hmac.compare_digest(given.encode(), secret.encode()):
        log.warning("telegram webhook: missing or wrong secret token, refused")
        raise web.HTTPForbidden(text='{"error": "invalid secret token"}', content_type="application/json")
    try:
        data = await request.json(loads=json.loads)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise BadInput("the body is not valid JSON") from exc
    channel = request.app[TELEGRAM]
    if not isinstance(data, dict) or not isinstance(data.get("update_id"), int):
        raise BadInput("not a Telegram update")
    try:
        update = Update.de_json(data, channel.bot)
    except (KeyError, TypeError, ValueError) as exc:
        raise BadInput("not a Telegram update") from exc
    await channel.dispatch(update)  # raises (→ 500, Telegram retries) if the message could not be stored
    return web.json_response({"ok": True})


def enabled(settings: Settings) -> bool:
    return bool(settings.telegram_token and (settings.telegram_secret or settings.telegram_polling))


async def resources(app: web.Application) -> AsyncIterator[None]:
    settings = app[SETTINGS]
    if not enabled(settings):
        log.info("Telegram channel off: set MELDPUNT_TELEGRAM_TOKEN and MELDPUNT_TELEGRAM_SECRET (or "
                 "MELDPUNT_TELEGRAM_POLLING=true) to turn it on")  # fmt: skip
        yield
        return
    builder = Application.builder().token(str(settings.telegram_token)).base_url(settings.telegram_api_base)
    if not settings.telegram_polling:
        builder = builder.updater(None)
    application = builder.build()
    channel = TelegramChannel(application, app[STORE], app[OUTBOX], app[TURNS])

    async def from_polling(update: Update, _: ContextTypes.DEFAULT_TYPE) -> None:
        await channel.dispatch(update)

    application.add_handler(TypeHandler(Update, from_polling))
    try:
        await application.initialize()  # getMe: checks the token
        await application.start()
        if settings.telegram_polling and application.updater is not None:
            await application.updater.start_polling(allowed_updates=["message", "callback_query"])
    except TelegramError as exc:
        log.error("Telegram channel off: the Bot API refused or did not answer (%s)", type(exc).__name__)
        yield
        return
    app[TELEGRAM] = channel
    mode = "polling getUpdates" if settings.telegram_polling else f"webhook {settings.web_url}/webhooks/telegram"
    log.info("Telegram channel on (%s)", mode)
    try:
        yield
    finally:
        if application.updater is not None and application.updater.running:
            await application.updater.stop()
        await application.stop()
        await application.shutdown()


def setup(app: web.Application) -> None:
    # httpx logs every request URL at INFO, and the Bot API URL contains the bot token.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    app.router.add_post("/webhooks/telegram", webhook)
