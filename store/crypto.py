"""Field encryption at rest (Fernet: AES-128-CBC + HMAC-SHA256) and keyed pseudonyms."""

from __future__ import annotations

import hashlib
import hmac

from cryptography.fernet import Fernet, InvalidToken


class FieldCipher:
    def __init__(self, key: bytes) -> None:
        self._fernet = Fernet(key)

    def encrypt(self, text: str) -> str:
        return self._fernet.encrypt(text.encode()).decode("ascii")

    def decrypt(self, token: str) -> str:
        try:
            return self._fernet.decrypt(token.encode("ascii")).decode()
        except InvalidToken as exc:  # wrong key or tampered row: say so, never return garbage
            raise ValueError("stored text cannot be decrypted with the configured key") from exc


class Pseudonymizer:
    """HMAC-SHA256 of (channel, user id): stable per reporter, useless without the key."""

    def __init__(self, key: bytes) -> None:
        self._key = key

    def __call__(self, channel: str, user_id: str) -> str:
        return hmac.new(self._key, f"{channel}\x00{user_id}".encode(), hashlib.sha256).hexdigest()
