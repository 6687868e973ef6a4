"""The partner list and the signature: clear errors for a bad configuration, secrets never in the list."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from meldpunt.partners import PartnerConfigError, load_partners, partner_secret, signature, verify
from meldpunt.settings import REPO_ROOT, Settings
from tests.exchange.conftest import SECRET


def _settings(tmp_path: object, partners: object) -> Settings:
    return Settings(data_dir=tmp_path, partners=json.dumps(partners))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("partners", "says"),
    [
        ("not json", "MELDPUNT_PARTNERS is not valid JSON"),
        ({"name": "a"}, "must be a JSON list"),
        ([{"name": "a", "url": "https://a.example/hook"}], 'needs "send": "all" or a filter'),
        ([{"name": "a", "url": "ftp://a.example/hook", "send": "all"}], "partner 0: url"),
        ([{"name": "A B", "receive": True}], "partner 0: name"),
        ([{"name": "a", "receive": True, "secret": "x" * 40}], "secret: Extra inputs are not permitted"),
        ([{"name": "a", "receive": True}, {"name": "a", "receive": True}], "listed twice"),
        ([{"name": "a", "url": "https://a/", "send": {"region": ["x"]}}], "region"),
    ],
)
def test_a_bad_partner_list_is_refused_with_what_to_fix(tmp_path: object, partners: object, says: str) -> None:
    raw = partners if isinstance(partners, str) else json.dumps(partners)
    with pytest.raises(PartnerConfigError, match=None) as refused:
        load_partners(Settings(data_dir=tmp_path, partners=raw))  # type: ignore[arg-type]
    assert says in str(refused.value)


def test_a_secret_comes_from_the_environment_or_the_data_dir(tmp_path: object, monkeypatch: pytest.MonkeyPatch) -> None:
    settings = _settings(tmp_path, [{"name": "vt-utrecht", "receive": True}])
    with pytest.raises(PartnerConfigError) as missing:
        load_partners(settings, check_secrets=True)
    assert "MELDPUNT_PARTNER_SECRET_VT_UTRECHT" in str(missing.value)
    assert "partners/vt-utrecht.secret" in str(missing.value)
    path = settings.data_path / "partners" / "vt-utrecht.secret"
    path.parent.mkdir()
    path.write_text("too-short\n")
    with pytest.raises(PartnerConfigError, match="shorter than 32"):
        partner_secret(settings, "vt-utrecht")
    path.write_text(SECRET + "\n")
    assert partner_secret(settings, "vt-utrecht") == SECRET.encode()
    monkeypatch.setenv("MELDPUNT_PARTNER_SECRET_VT_UTRECHT", "e" * 40)
    assert partner_secret(settings, "vt-utrecht") == b"e" * 40


def test_the_signature_binds_the_body_and_the_time() -> None:
    body, now = b'{"id": "x"}', time.time()
    good = signature(SECRET.encode(), int(now), body)
    assert verify(SECRET.encode(), str(int(now)), good, body, now, 300) is None
    assert verify(SECRET.encode(), str(int(now)), good, body + b" ", now, 300) is not None
    assert verify(b"y" * 40, str(int(now)), good, body, now, 300) is not None
    assert verify(SECRET.encode(), str(int(now) - 1), good, body, now, 300) is not None  # timestamp is signed
    assert "replay window" in str(verify(SECRET.encode(), str(int(now)), good, body, now + 301, 300))
    assert "required" in str(verify(SECRET.encode(), None, good, body, now, 300))
    assert "Unix time" in str(verify(SECRET.encode(), "2026-01-01", good, body, now, 300))


def test_meldpunt_exchange_secret_makes_a_private_file_once(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MELDPUNT_")}
    env.update(PYTHONPATH=str(REPO_ROOT), MELDPUNT_DATA_DIR=str(tmp_path))
    command = [sys.executable, "-m", "meldpunt.cli", "exchange", "secret", "vt-utrecht"]
    made = subprocess.run(command, env=env, cwd=REPO_ROOT, capture_output=True, text=True, timeout=120)
    assert made.returncode == 0, made.stderr
    path = tmp_path / "partners" / "vt-utrecht.secret"
    secret = made.stdout.strip().splitlines()[-1]
    assert path.read_text().strip() == secret and len(secret) >= 43
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert partner_secret(Settings(data_dir=tmp_path), "vt-utrecht") == secret.encode()
    again = subprocess.run(command, env=env, cwd=REPO_ROOT, capture_output=True, text=True, timeout=120)
    assert again.returncode == 2 and "exists" in again.stderr and path.read_text().strip() == secret
