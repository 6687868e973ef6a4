"""Linkage keys ("koppelsleutels", domain.md §4.3): what in a report could name the same car, phone, address,
business or online account as another report.

`extract_keys(texts, fields)` is a pure function: free texts (the description, later follow-up messages or a
"details" answer) and structured answers in, normalised keys out. Every key has one normal form, so
"XX-123-Y", "xx 123 y" and "XX123Y" give the same key. False positives are kept low on purpose: a wrong
suggested link costs a caseworker's time and points at an innocent plate or number. The store keeps only
keyed hashes of these values (store/links.py); this module never logs or stores anything.

Phone numbers are read with `phonenumbers` (Google's libphonenumber metadata, offline).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import phonenumbers
from phonenumbers import Leniency, PhoneNumberFormat, PhoneNumberMatcher, PhoneNumberType

from meldpunt.vocab import normalise

KINDS = ("plate", "phone", "address", "postcode", "postcode_area", "kvk", "business", "handle")
# A postcode area (four digits, a few thousand households) is too coarse to suggest a link by itself; it is
# kept as a key and named as a reason only next to a stronger shared key.
WEAK_KINDS = frozenset({"postcode_area"})

# Structured answers whose value is known to be one kind of key (the lead can add a bot answer here).
KEY_FIELDS: dict[str, str] = {
    "licence_plate": "plate",
    "phone": "phone",
    "address": "address",
    "postcode": "postcode",
    "kvk": "kvk",
    "business": "business",
    "handle": "handle",
}


@dataclass(frozen=True, order=True)
class LinkKey:
    kind: str
    value: str  # the normal form: what is hashed
    display: str  # how staff of the signal that holds it see it (e.g. "XX-123-Y")


def extract_keys(texts: Iterable[str | None], fields: Mapping[str, Any] | None = None) -> list[LinkKey]:
    """Every linkage key in the texts and in the structured answers, once each, sorted."""
    found: set[LinkKey] = set()
    for text in texts:
        if text:
            found.update(_from_text(text))
    for name, value in (fields or {}).items():
        kind = KEY_FIELDS.get(name)
        if kind is None:
            continue
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, str) and item.strip():
                found.update(_from_answer(kind, item.strip()))
    return sorted(found)


def _from_text(text: str) -> set[LinkKey]:
    keys = {*plates(text), *phones(text), *postcodes(text), *addresses(text), *kvk_numbers(text)}
    return keys | {*businesses(text), *handles(text)}


def _from_answer(kind: str, answer: str) -> set[LinkKey]:
    """A typed answer to "what is the licence plate / the company's name / …": the whole answer is the value."""
    wanted = {kind, "postcode_area"} if kind == "postcode" else {kind}
    from_text = {key for key in _from_text(answer) if key.kind in wanted}
    if from_text:
        return from_text
    if kind == "plate":
        compact = re.sub(r"[\s\-–.]", "", answer)
        plate = _plate(compact) if len(compact) == 6 else None
        return {plate} if plate else set()
    if kind == "business":
        name = _business_value(answer)
        return {LinkKey("business", name, answer[:80])} if name else set()
    if kind == "handle":
        token = answer.lstrip("@").rstrip(".").strip()
        if _HANDLE_TOKEN.fullmatch(token) and _handle_ok(token, explicit=True):
            return {LinkKey("handle", token.lower(), "@" + token.lower())}
    if kind == "phone":
        return _phone_from_answer(answer)
    return set()


# ------------------------------------------------------------------------------------------------ licence plates
# Dutch sidecodes 1–14 as (letters|digits, length) groups in their dashed form. Each has its own pattern of
# letter and digit runs, so the compact form ("XX123Y") identifies the sidecode and is the normal form.
SIDECODES: tuple[tuple[tuple[str, int], ...], ...] = (
    (("L", 2), ("D", 2), ("D", 2)),  # 1  XX-99-99
    (("D", 2), ("D", 2), ("L", 2)),  # 2  99-99-XX
    (("D", 2), ("L", 2), ("D", 2)),  # 3  99-XX-99
    (("L", 2), ("D", 2), ("L", 2)),  # 4  XX-99-XX
    (("L", 2), ("L", 2), ("D", 2)),  # 5  XX-XX-99
    (("D", 2), ("L", 2), ("L", 2)),  # 6  99-XX-XX
    (("D", 2), ("L", 3), ("D", 1)),  # 7  99-XXX-9
    (("D", 1), ("L", 3), ("D", 2)),  # 8  9-XXX-99
    (("L", 2), ("D", 3), ("L", 1)),  # 9  XX-999-X
    (("L", 1), ("D", 3), ("L", 2)),  # 10 X-999-XX
    (("L", 3), ("D", 2), ("L", 1)),  # 11 XXX-99-X
    (("L", 1), ("D", 2), ("L", 3)),  # 12 X-99-XXX
    (("D", 1), ("L", 2), ("D", 3)),  # 13 9-XX-999
    (("D", 3), ("L", 2), ("D", 1)),  # 14 999-XX-9
)
# Dutch plates carry no vowels (so that they spell no words).
_LETTER = "[B-DF-HJ-NP-TV-Zb-df-hj-np-tv-z]"
_SEP = r"[\-–\s]?"
_PLATE = re.compile(
    r"(?<![\w\-–])(?:"
    + "|".join(
        _SEP.join(f"{_LETTER if kind == 'L' else '[0-9]'}{{{size}}}" for kind, size in code) for code in SIDECODES
    )
    + r")(?![\w\-–]|[.,]\d)"
)
# Lower-case letter groups that are units and abbreviations ("12 km 30", "2 st 100"), not plates.
_NOT_PLATE_LETTERS = frozenset(
    {"km", "kg", "cm", "mm", "mg", "ml", "cl", "dl", "st", "pk", "hz", "kb", "mb", "gb", "tb", "ct", "ms", "pm",
     "nd", "rd", "th", "hrs", "min", "sec", "kwh", "mln", "mrd", "jr", "vw", "bmw"}
)  # fmt: skip


def _runs(compact: str) -> tuple[tuple[str, int], ...]:
    runs: list[tuple[str, int]] = []
    for ch in compact:
        kind = "D" if ch.isdigit() else "L"
        if runs and runs[-1][0] == kind:
            runs[-1] = (kind, runs[-1][1] + 1)
        else:
            runs.append((kind, 1))
    return tuple(runs)


def _merged(code: tuple[tuple[str, int], ...]) -> tuple[tuple[str, int], ...]:
    return _runs("".join(("A" if kind == "L" else "0") * size for kind, size in code))


_BY_RUNS = {_merged(code): code for code in SIDECODES}


def _plate(compact: str) -> LinkKey | None:
    value = compact.upper()
    code = _BY_RUNS.get(_runs(value))
    if code is None or re.search("[AEIOU]", value) or not re.fullmatch(r"[A-Z0-9]{6}", value):
        return None
    parts, at = [], 0
    for _kind, size in code:
        parts.append(value[at : at + size])
        at += size
    return LinkKey("plate", value, "-".join(parts))


def plates(text: str) -> set[LinkKey]:
    found = set()
    for match in _PLATE.finditer(text):
        written = match.group(0)
        letter_groups = re.findall(r"[A-Za-z]+", written)
        if any((group.islower() and group in _NOT_PLATE_LETTERS) or group.lower() == "mrt" for group in letter_groups):
            continue  # "12 km 30", "1-mrt-24" (a date)
        if re.fullmatch(r"[0-9]{4}\s?[A-Za-z]{2}", written):
            continue  # "1234 BD" is a postcode; a sidecode-2 plate is written with dashes (12-34-BD)
        plate = _plate(re.sub(r"[\-–\s]", "", written))
        if plate:
            found.add(plate)
    return found


# ------------------------------------------------------------------------------------------------ phone numbers
# Numbers that reporters and the bot name but that point at a service, not at a person or business.
_SERVICE_NUMBERS = frozenset({"+31882020500", "+31900884400", "+319008844", "+318002000", "+318007000"})
_NOT_A_LINE = frozenset(
    {PhoneNumberType.TOLL_FREE, PhoneNumberType.PREMIUM_RATE, PhoneNumberType.SHARED_COST, PhoneNumberType.VOICEMAIL}
)


def _phone_key(number: phonenumbers.PhoneNumber) -> LinkKey | None:
    if not phonenumbers.is_valid_number(number) or phonenumbers.number_type(number) in _NOT_A_LINE:
        return None
    e164 = phonenumbers.format_number(number, PhoneNumberFormat.E164)
    if e164 in _SERVICE_NUMBERS:
        return None
    return LinkKey("phone", e164, phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL))


def phones(text: str) -> set[LinkKey]:
    found = set()
    for match in PhoneNumberMatcher(text, "NL", leniency=Leniency.VALID):
        # Written as a phone number is written: with a trunk 0 or an international prefix. A bare nine-digit
        # number (a citizen service number, an order number) is not read as a Dutch number without its 0.
        if not re.match(r"\(?\s*(?:\+|00|0)", match.raw_string):
            continue
        key = _phone_key(match.number)
        if key:
            found.add(key)
    return found


def _phone_from_answer(answer: str) -> set[LinkKey]:
    try:
        number = phonenumbers.parse(answer, "NL")
    except phonenumbers.NumberParseException:
        return set()
    key = _phone_key(number)
    return {key} if key else set()


# ------------------------------------------------------------------------------------------------ postcodes
_POSTCODE = re.compile(r"(?<![\w\-–.,/])([1-9][0-9]{3})(\s?)([A-Za-z]{2})(?![\w\-–])")
# Two-letter words and units that follow a four-digit number in ordinary text ("in 2024 en", "1500 km").
_NOT_POSTCODE_LETTERS = frozenset(
    {"sa", "sd", "ss", "km", "kg", "cm", "mm", "mg", "ml", "cl", "dl", "pm", "am", "eu", "nl", "be", "de", "hr",
     "uk", "us", "tv", "pc", "id", "en", "op", "in", "of", "is", "at", "on", "to", "an", "as", "or", "by", "we",
     "he", "me", "my", "no", "so", "up", "te", "je", "ze", "al", "om", "na", "nu", "ja", "zo", "uw", "ik", "jr",
     "st", "nd", "rd", "th", "mb", "gb", "kb", "hz", "pk", "ct", "ms", "bc", "ad", "ca", "et", "il", "la", "le",
     "bv", "nv"}
)  # fmt: skip
_POSTCODE_CONTEXT = re.compile(r"(?i)(?:postcode|post code|zip|\d+[a-z]?\s*,)\s*:?\s*$")


def postcodes(text: str) -> set[LinkKey]:
    found = set()
    for match in _POSTCODE.finditer(text):
        digits, space, letters = match.groups()
        if letters.lower() in _NOT_POSTCODE_LETTERS:
            continue
        # "1234 AB" as written is a postcode; lower case only when it cannot be a word ("1234ab") or the text
        # says so ("postcode 1234 ab", "Kerkstraat 12, 1234 ab").
        if not (letters.isupper() or not space or _POSTCODE_CONTEXT.search(text[max(0, match.start() - 30) :
                                                                                  match.start()])):  # fmt: skip
            continue
        full = digits + letters.upper()
        found.add(LinkKey("postcode", full, f"{digits} {letters.upper()}"))
        found.add(LinkKey("postcode_area", digits, digits))
    return found


# ------------------------------------------------------------------------------------------------ addresses
_STREET_SUFFIX = (
    "straat|weg|laan|plein|gracht|kade|dijk|singel|steeg|dreef|hof|markt|plantsoen|baan|park|boulevard|allee|"
    "promenade|passage|erf|wal|zijde|veld|pad|vaart|brink"
)
# A number followed by one of these counts something ("bij de supermarkt 3 dagen"): no house number.
_COUNTED = (
    "dagen|dag|weken|week|maanden|maand|jaar|jaren|uur|uren|nachten|nacht|keer|mensen|man|mannen|vrouwen|"
    "personen|kinderen|meisjes|jongens|euro|eur|procent|km|kilometer|minuten|min|people|men|women|days|weeks|"
    "months|years|hours|times|persons|children|girls|boys"
)
_STREET_WORD = rf"[A-Za-zÀ-ÿ'’\-]{{2,}}(?:{_STREET_SUFFIX})"
_ADDRESS = re.compile(
    rf"(?<![\w\-])((?:[A-Z][\wÀ-ÿ'’.\-]*\s+){{0,3}}{_STREET_WORD})\s+([1-9][0-9]{{0,3}})"
    r"(?:\s?([A-Za-z])(?![\w])|\s?-\s?([0-9]{1,3})(?![\w]))?"
    r"(?![\w:.,]?\d)(?!\s*(?:u\b|€|x\b|%))(?!\s+(?:" + _COUNTED + r")\b)",
)
# Capitalised words that start a sentence or a phrase before a street name, not part of it.
_NOT_STREET_START = frozenset(
    {"in", "op", "bij", "aan", "naar", "naast", "tegenover", "at", "on", "near", "the", "de", "het", "een", "ze",
     "hij", "zij", "wij", "we", "ik", "er", "daar", "hier", "woont", "werkt", "wonen", "werken", "he", "she",
     "they", "lives", "works", "adres", "address", "via", "vanaf", "from", "to", "en", "and", "of", "or"}
)  # fmt: skip


def addresses(text: str) -> set[LinkKey]:
    found = set()
    for match in _ADDRESS.finditer(text):
        words = match.group(1).split()
        while len(words) > 1 and words[0].lower().strip(".") in _NOT_STREET_START:
            words = words[1:]
        street = " ".join(words)
        if normalise(street) in ("weg", "straat"):
            continue
        addition = (match.group(3) or "").lower() or (f"-{match.group(4)}" if match.group(4) else "")
        value = f"{normalise(street)} {match.group(2)}{addition}"
        found.add(LinkKey("address", value, f"{street} {match.group(2)}{addition.upper()}"))
    return found


# ------------------------------------------------------------------------------------------------ KvK numbers
_KVK = re.compile(
    r"(?i)(?:\bkvk|\bk\.v\.k\.?|kamer van koophandel|chamber of commerce)"
    r"(?:[\s\-]*(?:nummer|nr\.?|number|no\.?|#))?[\s:.#\-]*((?:[0-9][\s.]?){7}[0-9])(?![0-9])"
    r"|(?<![0-9])([0-9]{8})\s*\(?\s*(?:kvk|k\.v\.k)",
)


def kvk_numbers(text: str) -> set[LinkKey]:
    found = set()
    for match in _KVK.finditer(text):
        digits = re.sub(r"\D", "", match.group(1) or match.group(2))
        if len(digits) == 8:
            found.add(LinkKey("kvk", digits, digits))
    return found


# ------------------------------------------------------------------------------------------------ businesses
_LEGAL_FORM = r"(?:B\.?V\.?|N\.?V\.?|V\.?O\.?F\.?|Ltd\.?|GmbH|LLC|Inc\.?|S\.?R\.?L\.?|Sp\.\s?z\s?o\.?\s?o\.?)"
# A word of a business name: capitalised ("Glans", "FlexWork"), a digit-led brand ("4Work") or "&"; not the
# legal form itself.
_NAME_WORD = rf"(?:(?!{_LEGAL_FORM}(?!\w))(?:[A-Z][\w&'’\-]*|[0-9]+[A-Za-z][\w\-]*)|&)"
_BUSINESS_AFTER = re.compile(
    r"(?i:\b(?:uitzendbureau|uitzendbedrijf|uitzendorganisatie|uitzendagentschap|detacheringsbureau|"
    r"bemiddelingsbureau|[a-z]*bedrijf|firma|agency|agencja(?:\s+pracy)?|company|employment\s+agency))"
    r"(?:[ \t]+(?i:genaamd|named|called|heet|heette))?[ \t]*[:\"'“‘]?[ \t]*"
    rf"({_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,3}})"
)
_BUSINESS_BEFORE = re.compile(
    rf"((?:{_NAME_WORD}[ \t]+){{0,3}}{_NAME_WORD}|(?<![\w])[a-z][\w\-]+)[ \t]+{_LEGAL_FORM}(?![\w])"
)
_LEGAL_WORDS = re.compile(rf"(?<![\w]){_LEGAL_FORM}(?![\w])", re.IGNORECASE)
_NOT_A_NAME = frozenset(
    {"de", "het", "een", "the", "a", "an", "in", "op", "bij", "ik", "hij", "zij", "ze", "we", "wij", "they", "he",
     "she", "it", "en", "and", "of", "or", "dat", "die", "this", "that", "waar", "where", "daar", "there", "is",
     "was", "heeft", "has", "met", "with", "voor", "for", "van", "from", "uit", "to", "naar", "maar", "but",
     "niet", "not", "geen", "no", "ook", "also", "dan", "then"}
)  # fmt: skip


# "Schoonmaakbedrijf Glans B.V." is the business "glans": the kind of business is no part of its name.
_KIND_OF_BUSINESS = re.compile(r"uitzend\w*|\w*bedrijf|\w*bureau|firma|agency|agencja|company")


def _business_value(name: str) -> str | None:
    value = normalise(_LEGAL_WORDS.sub(" ", name))
    words = value.split()
    while words and (words[0] in _NOT_A_NAME or _KIND_OF_BUSINESS.fullmatch(words[0])):
        words = words[1:]
    while words and words[-1] in _NOT_A_NAME:
        words = words[:-1]
    value = " ".join(words)
    if len(value) < 2 or value.isdigit() or not words:
        return None
    return value


def businesses(text: str) -> set[LinkKey]:
    found = set()
    for pattern in (_BUSINESS_AFTER, _BUSINESS_BEFORE):
        for match in pattern.finditer(text):
            written = match.group(1).strip()
            value = _business_value(written)
            if value:
                found.add(LinkKey("business", value, _LEGAL_WORDS.sub("", written).strip(" ,.") or written))
    return found


# ------------------------------------------------------------------------------------------------ online handles
_HANDLE_TOKEN = re.compile(r"[A-Za-z0-9_](?:[A-Za-z0-9_.]{1,29})")
_AT_HANDLE = re.compile(r"(?<![\w@.])@([A-Za-z0-9_][A-Za-z0-9_.]{1,29})")
_PLATFORM = r"(?:instagram|insta|snapchat|telegram|tiktok|tik\s?tok|onlyfans|only\s?fans|twitter)"
_PLATFORM_HANDLE = re.compile(
    rf"(?i:\b{_PLATFORM})(?:\s*(?i:account|acc|profiel|profile))?"
    r"(?:\s*(?i:(naam|name|username|gebruikersnaam|handle|heet|is called|called|named)))?"
    r"\s*([:=]|\s)\s*(@)?([A-Za-z0-9_][A-Za-z0-9_.]{1,29})"
)
_HANDLE_URL = re.compile(
    r"(?i)\b(?:instagram\.com|tiktok\.com|t\.me|telegram\.me|snapchat\.com/add|onlyfans\.com|x\.com|twitter\.com)"
    r"/@?([A-Za-z0-9_][A-Za-z0-9_.]{1,29})"
)
_NOT_A_HANDLE = frozenset({"p", "reel", "reels", "stories", "explore", "add", "share", "joinchat", "s", "home"})


def _handle_ok(token: str, explicit: bool) -> bool:
    """An explicit form (@name, "naam:", a URL) takes any name; otherwise only one that is no ordinary word."""
    token = token.lower()
    if len(token) < 3 or token in _NOT_A_HANDLE or token.isdigit():
        return False
    return explicit or bool(re.search(r"[_.\d]", token))


def _handle(token: str) -> LinkKey:
    value = token.rstrip(".").lower()
    return LinkKey("handle", value, "@" + value)


def handles(text: str) -> set[LinkKey]:
    found = set()
    for match in _AT_HANDLE.finditer(text):
        token = match.group(1).rstrip(".")
        if _handle_ok(token, explicit=True) and not re.match(r"\.[a-z]{2,}", text[match.end() :]):
            found.add(_handle(token))
    for match in _PLATFORM_HANDLE.finditer(text):
        named, separator, at, token = match.groups()
        token = token.rstrip(".")
        if _handle_ok(token, explicit=bool(named or at or separator in (":", "="))):
            found.add(_handle(token))
    for match in _HANDLE_URL.finditer(text):
        token = match.group(1).rstrip(".")
        if _handle_ok(token, explicit=True):
            found.add(_handle(token))
    return found
