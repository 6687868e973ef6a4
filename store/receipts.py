"""Receipt codes: 80 random bits shown once to the reporter, stored only as a slow scrypt hash."""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets

_ALPHABET_LEN = 16  # 16 base32 characters = 80 bits
_N, _R, _P = 2**14, 8, 1


def new_receipt_code() -> str:
    raw = base64.b32encode(secrets.token_bytes(10)).decode()[:_ALPHABET_LEN]
    return "-".join(raw[i : i + 4] for i in range(0, _ALPHABET_LEN, 4))


def normalise(code: str) -> str:
    return "".join(ch for ch in code.upper() if ch.isalnum())


def hash_receipt(code: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(normalise(code).encode(), salt=salt, n=_N, r=_R, p=_P, dklen=32)
    return f"scrypt${_N}${_R}${_P}${salt.hex()}${digest.hex()}"


def verify_receipt(code: str, stored: str) -> bool:
    try:
        _, n, r, p, salt, digest = stored.split("$")
        candidate = hashlib.scrypt(
            normalise(code).encode(), salt=bytes.fromhex(salt), n=int(n), r=int(r), p=int(p), dklen=32
        )
    except ValueError:
        return False
    return hmac.compare_digest(candidate.hex(), digest)
