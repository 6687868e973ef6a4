"""Text for SMS and WhatsApp: numbered options instead of buttons, and SMS segment arithmetic.

An SMS segment holds 160 GSM-7 characters (153 when the message has more than one segment), but a single
character outside GSM-7 (Polish, Romanian diacritics, Cyrillic, emoji) switches the whole message to UCS-2:
70 characters (67 a segment). Long replies are cut at sentence ends into SMS of at most SMS_MAX_SEGMENTS
segments each, so every SMS arrives readable on its own, also on phones that do not join segments.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# GSM 03.38 basic character set, and the extension table (each costs two septets).
GSM7_BASIC = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
GSM7_EXTENDED = frozenset("^{}\\[~]|€\f")
SMS_MAX_SEGMENTS = 3
WHATSAPP_MAX_CHARS = 1600  # Twilio's limit for one message body
# Typography that would needlessly switch a Dutch or English SMS to UCS-2 (less than half the length).
_PLAIN = str.maketrans(
    {"‘": "'", "’": "'", "‚": "'", "“": '"', "”": '"', "„": '"', "–": "-", "—": "-", "…": "...", "\u00a0": " "}
)
_SENTENCE_END = re.compile(r"(?<=[.!?…:;])\s+|\n+")
type _Fits = Callable[[str], bool]
_NUMBER_REPLY = re.compile(r"^\s*(\d{1,2})\s*[.)]?\s*$")


def is_gsm7(text: str) -> bool:
    return all(ch in GSM7_BASIC or ch in GSM7_EXTENDED for ch in text)


def plain(text: str) -> str:
    """Replace typographic quotes, dashes and ellipses by their GSM-7 equivalents."""
    return text.translate(_PLAIN)


def units(text: str) -> int:
    """Length in the message's encoding units: septets for GSM-7, UTF-16 code units for UCS-2."""
    if is_gsm7(text):
        return sum(2 if ch in GSM7_EXTENDED else 1 for ch in text)
    return len(text.encode("utf-16-le")) // 2


def segments(text: str) -> int:
    """How many SMS segments the text costs."""
    single, multi = (160, 153) if is_gsm7(text) else (70, 67)
    size = units(text)
    if size <= single:
        return 1
    return -(-size // multi)


def fits(text: str, max_segments: int) -> bool:
    return segments(text) <= max_segments


def split_sms(text: str, max_segments: int = SMS_MAX_SEGMENTS) -> list[str]:
    """Cut a text into SMS of at most max_segments segments each, at sentence ends where possible."""
    text = plain(text).strip()
    return _pack(text, lambda part: fits(part, max_segments))


def split_length(text: str, limit: int = WHATSAPP_MAX_CHARS) -> list[str]:
    """Cut a text into pieces of at most limit characters, at sentence ends where possible."""
    return _pack(text.strip(), lambda part: len(part) <= limit)


def _pack(text: str, ok: _Fits) -> list[str]:
    if ok(text):
        return [text] if text else []
    pieces: list[str] = []
    for sentence in (s for s in _SENTENCE_END.split(text) if s.strip()):
        if ok(sentence):
            pieces.append(sentence)
            continue
        pieces.extend(_split_words(sentence, ok))
    parts: list[str] = []
    for piece in pieces:
        candidate = f"{parts[-1]} {piece}" if parts else piece
        if parts and ok(candidate):
            parts[-1] = candidate
        else:
            parts.append(piece)
    return parts


def _split_words(sentence: str, ok: _Fits) -> list[str]:
    out: list[str] = []
    for word in sentence.split():
        while not ok(word):  # a "word" longer than a whole message (a URL): cut it hard
            cut = max(i for i in range(1, len(word) + 1) if ok(word[:i]))
            out.append(word[:cut])
            word = word[cut:]
        if out and ok(f"{out[-1]} {word}"):
            out[-1] = f"{out[-1]} {word}"
        else:
            out.append(word)
    return out


def with_options(text: str, buttons: list[dict[str, str]]) -> str:
    """The reply with its buttons as numbered options: "…\n\n1. Ja  2. Nee"."""
    if not buttons:
        return text
    options = "  ".join(f"{n}. {b['title']}" for n, b in enumerate(buttons, start=1))
    return f"{text}\n\n{options}"


def chosen_option(reply: str, buttons: list[dict[str, str]]) -> str | None:
    """The payload a reply selects: its number ("2", "2.", " 2 ") or its exact title; else None."""
    match = _NUMBER_REPLY.match(reply)
    if match:
        index = int(match.group(1)) - 1
        return buttons[index]["payload"] if 0 <= index < len(buttons) else None
    wanted = reply.strip().casefold()
    for button in buttons:
        if wanted and button["title"].strip().casefold() == wanted:
            return button["payload"]
    return None
