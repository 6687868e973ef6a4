"""What the gateway says by itself exists in every language the assistant speaks, with the numbers that matter."""

from __future__ import annotations

import pytest

from channels import texts
from channels.adapters import telegram
from channels.language import SUPPORTED

# SAFETY_OTHER is for the languages the assistant does not speak (tested in test_safety_only_languages.py).
TABLES = {
    name: value
    for name, value in vars(texts).items()
    if name.isupper() and isinstance(value, dict) and name != "SAFETY_OTHER"
}
TABLES.update(WIPED=telegram.WIPED, NOT_WIPED=telegram.NOT_WIPED, WIPE_NOTE=telegram.WIPE_NOTE)


@pytest.mark.parametrize("name", sorted(TABLES))
def test_every_gateway_text_exists_in_every_language(name: str) -> None:
    table = TABLES[name]
    assert set(SUPPORTED) <= set(table), f"{name} lacks {sorted(set(SUPPORTED) - set(table))}"
    assert all(table[language].strip() for language in SUPPORTED)


@pytest.mark.parametrize("name", ["FALLBACK", "DANGER", "HUMAN"])
@pytest.mark.parametrize("language", SUPPORTED)
def test_every_safety_text_gives_112_and_veilig_thuis(name: str, language: str) -> None:
    text = texts.say(TABLES[name], language)
    assert "112" in text and "0800-2000" in text


def test_staff_quick_replies_exist_in_every_language_with_their_numbers() -> None:
    from console.i18n import QUICK_REPLIES

    for language in SUPPORTED:
        numbers = " ".join(text for _, text in QUICK_REPLIES[language])
        for number in ("112", "0800-2000", "0800-5151", "0800-7000", "0900-8844"):
            assert number in numbers, (language, number)
