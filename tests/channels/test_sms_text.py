"""SMS segment arithmetic and numbered options: what a reporter's phone shows and what a number selects."""

from __future__ import annotations

import pytest

from channels.sms_text import chosen_option, segments, split_sms, with_options

BUTTONS = [
    {"title": "Ja", "payload": '/inform{"safety_check":"now"}'},
    {"title": "Nee", "payload": '/inform{"safety_check":"no"}'},
    {"title": "Weet ik niet", "payload": "/dont_know"},
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a" * 160, 1),  # GSM-7: 160 in one segment
        ("a" * 161, 2),  # then 153 a segment
        ("a" * 306, 2),
        ("a" * 307, 3),
        ("€" * 80, 1),  # an extension character costs two septets
        ("€" * 81, 2),
        ("ą" * 70, 1),  # Polish: UCS-2, 70
        ("ą" * 71, 2),  # then 67 a segment
        ("Ă" + "a" * 133, 2),  # one Romanian letter switches the whole message
        ("Привіт" * 11 + "ab", 1),  # Cyrillic: 68 characters fit one UCS-2 segment
        ("Привіт" * 12, 2),
        ("😀" * 35, 1),  # emoji: two UTF-16 units each
        ("😀" * 36, 2),
    ],
)
def test_segments(text: str, expected: int) -> None:
    assert segments(text) == expected


@pytest.mark.parametrize(
    ("text", "max_segments", "expected"),
    [
        ("Kort bericht.", 1, ["Kort bericht."]),
        ("Eerste zin. Tweede zin.", 1, ["Eerste zin. Tweede zin."]),
        ("A" * 100 + ". " + "B" * 100 + ".", 1, ["A" * 100 + ".", "B" * 100 + "."]),
        (
            "Zdanie pierwsze ąę. " * 4,
            1,
            ["Zdanie pierwsze ąę. Zdanie pierwsze ąę. Zdanie pierwsze ąę.", "Zdanie pierwsze ąę."],
        ),
        # typographic quotes would switch Dutch to UCS-2 (70 a segment): they become plain ones
        ("Je zei ‘hulp’ – dat kan… " + "x" * 120, 1, ["Je zei 'hulp' - dat kan... " + "x" * 120]),
    ],
)
def test_split_sms_at_sentence_ends(text: str, max_segments: int, expected: list[str]) -> None:
    parts = split_sms(text, max_segments)
    assert parts == expected
    assert all(segments(p) <= max_segments for p in parts)


def test_a_sentence_longer_than_a_message_is_cut_between_words() -> None:
    text = " ".join(["woord"] * 100)
    parts = split_sms(text, 1)
    assert all(segments(p) == 1 for p in parts) and " ".join(parts) == text


def test_buttons_become_numbered_options() -> None:
    assert with_options("Ben je veilig?", BUTTONS[:2]) == "Ben je veilig?\n\n1. Ja  2. Nee"
    assert with_options("Vertel het me.", []) == "Vertel het me."


@pytest.mark.parametrize(
    ("reply", "expected"),
    [
        ("1", BUTTONS[0]["payload"]),
        ("2", BUTTONS[1]["payload"]),
        (" 3 ", BUTTONS[2]["payload"]),
        ("2.", BUTTONS[1]["payload"]),
        ("3)", BUTTONS[2]["payload"]),
        ("nee", BUTTONS[1]["payload"]),  # the title itself, in any case
        ("Weet ik niet", BUTTONS[2]["payload"]),
        ("4", None),  # no such option
        ("0", None),
        ("12 uur per dag", None),  # a number inside a sentence is text
        ("Ja hoor, ik ben veilig", None),
    ],
)
def test_numbered_replies_map_back_to_the_payload(reply: str, expected: str | None) -> None:
    assert chosen_option(reply, BUTTONS) == expected
