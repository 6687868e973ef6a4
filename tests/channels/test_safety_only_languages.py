"""People writing in a language the assistant does not speak get the safety message in it, first."""

from __future__ import annotations

import uuid

import pytest

from channels.language import SAFETY_ONLY
from channels.texts import SAFETY_OTHER
from tests.channels.conftest import GatewayClient

FIRST_MESSAGES = [
    ("fr", "Bonjour, mon patron garde mon passeport et je travaille sans être payée"),
    ("pt", "Olá, o meu chefe ficou com o meu passaporte e não me paga nada"),
    ("hu", "Segítség, a főnököm elvette az útlevelemet és nem fizet"),
    ("ar", "مرحبا، صاحب العمل أخذ جواز سفري ولا يدفع لي"),
    ("ti", "ሰላም፣ ኣሰራሒየይ ፓስፖርተይ ወሲዱ እዩ"),
    ("vi", "Xin chào, chủ của tôi giữ hộ chiếu của tôi và không trả lương"),
    ("zh", "你好，老板拿走了我的护照，不给我工资"),
]
NOT_OTHER = [
    "Hallo, ik wil iets melden over mijn buurman",
    "Hello, I want to report my employer",
    "Hola, mi jefe tiene mi pasaporte y no me paga",
    "Bună ziua, șeful meu îmi ține pașaportul",
    "ok",
    "Hallo",
    "nee",
    "Bussum",
]


def test_the_safety_message_exists_for_every_such_language_with_both_numbers() -> None:
    assert set(SAFETY_OTHER) == set(SAFETY_ONLY)
    for text in SAFETY_OTHER.values():
        assert "112" in text and "0800-2000" in text


@pytest.mark.parametrize(("language", "text"), FIRST_MESSAGES)
async def test_a_first_message_in_such_a_language_gets_its_safety_message_first(
    gateway: GatewayClient, language: str, text: str
) -> None:
    body = await (await gateway.post("/api/v1/chat", json={"session": "x-" + uuid.uuid4().hex, "text": text})).json()
    assert body["messages"][0]["text"] == SAFETY_OTHER[language]
    assert body["conversation"]["language"] == "en"  # the conversation goes on in English


@pytest.mark.parametrize("text", NOT_OTHER)
async def test_the_eight_languages_and_short_words_never_get_it(gateway: GatewayClient, text: str) -> None:
    body = await (await gateway.post("/api/v1/chat", json={"session": "y-" + uuid.uuid4().hex, "text": text})).json()
    assert all(m["text"] not in SAFETY_OTHER.values() for m in body["messages"])
