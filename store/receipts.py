"""Receipt codes: 80 random bits shown once to the reporter, stored only as a slow, keyed scrypt hash.

The hash is deterministic (scrypt with a secret salt derived from the master key), so a returning
reporter's code is found with one scrypt computation and an index lookup; without the key, the stored
hashes cannot be tested against guesses at all, and with it each guess still costs a full scrypt.
"""

from __future__ import annotations

import base64
import hashlib
import re
import secrets

_GROUPS, _GROUP = 4, 5  # 20 base32 characters = 100 bits (≥ 99.9 once codes without a digit are skipped)
_N, _R, _P = 2**14, 8, 1
# What a reporter types: the four groups, with any separators or none.
CODE_PATTERN = re.compile(r"(?<![A-Za-z0-9])" + r"[\s.-]?".join([r"([A-Za-z2-7]{5})"] * _GROUPS) + r"(?![A-Za-z0-9])")


def new_receipt_code() -> str:
    while True:  # a code always holds a digit, so that four ordinary words are never taken for one
        raw = base64.b32encode(secrets.token_bytes(13)).decode()[: _GROUPS * _GROUP]  # 104 random bits, 100 kept
        if any(ch.isdigit() for ch in raw):
            return "-".join(raw[i : i + _GROUP] for i in range(0, len(raw), _GROUP))


def normalise(code: str) -> str:
    return "".join(ch for ch in code.upper() if ch.isalnum())


def find_code(text: str) -> str | None:
    """The receipt code in a message, if it holds one (it must contain a digit: a code is not a word)."""
    match = CODE_PATTERN.search(text)
    if match is None:
        return None
    code = "".join(match.groups()).upper()
    return code if any(ch.isdigit() for ch in code) else None


def hash_receipt(code: str, salt: bytes) -> str:
    digest = hashlib.scrypt(normalise(code).encode(), salt=salt, n=_N, r=_R, p=_P, dklen=32)
    return "scrypt1$" + digest.hex()
