"""Keys and tokens: from the environment, else generated once and kept (mode 0600) in the data dir."""

from __future__ import annotations

import base64
import os
import secrets
from pathlib import Path

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from meldpunt.settings import Settings


def _read_or_create(path: Path, make: str) -> str:
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return path.read_text().strip()
    with os.fdopen(fd, "w") as f:
        f.write(make + "\n")
    return make


def master_key(settings: Settings) -> bytes:
    raw = settings.secret_key or _read_or_create(
        settings.data_path / "secret.key", base64.urlsafe_b64encode(secrets.token_bytes(32)).decode()
    )
    key = base64.urlsafe_b64decode(raw.encode())
    if len(key) < 32:
        raise ValueError("MELDPUNT_SECRET_KEY must be at least 32 bytes of urlsafe base64")
    return key


def rasa_token(settings: Settings) -> str:
    return settings.rasa_token or _read_or_create(settings.data_path / "rasa.token", secrets.token_urlsafe(32))


def derive_key(settings: Settings, purpose: str) -> bytes:
    """A separate 32-byte key per purpose, so one leaked derived key does not expose the others."""
    hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=b"meldpunt", info=purpose.encode())
    return hkdf.derive(master_key(settings))


def fernet_key(settings: Settings, purpose: str) -> bytes:
    return base64.urlsafe_b64encode(derive_key(settings, purpose))
