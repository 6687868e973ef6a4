"""The `meldpunt` commands for regions and links, run as an operator runs them."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from sqlalchemy import select

from meldpunt.settings import REPO_ROOT, Settings
from store.db import Store
from store.linkage import SignalLink
from store.models import ApiToken, Signal
from store.staff import StaffAccount


def _meldpunt(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MELDPUNT_")} | {"MELDPUNT_DATA_DIR": str(data_dir)}
    return subprocess.run(
        [sys.executable, "-m", "meldpunt.cli", *args], env=env, cwd=REPO_ROOT, capture_output=True, text=True,
        timeout=120,
    )  # fmt: skip


def test_accounts_and_tokens_get_a_region_and_links_are_rebuilt(tmp_path: Path) -> None:
    assert _meldpunt(tmp_path, "staff", "add", "fenna", "--role", "staff", "--region", "flevoland").returncode == 0
    assert _meldpunt(tmp_path, "staff", "add", "gerda", "--role", "coordinator").returncode == 0
    refused = _meldpunt(tmp_path, "staff", "add", "mars", "--role", "staff", "--region", "mars")
    assert refused.returncode == 2
    assert "region must be one of gooi_vechtstreek, utrecht, flevoland" in refused.stderr
    assert _meldpunt(tmp_path, "token", "create", "--name", "utrecht-system", "--region", "utrecht").returncode == 0

    store = Store(Settings(data_dir=tmp_path))
    try:
        with store.transaction() as session:
            regions = {a.name: a.region for a in session.scalars(select(StaffAccount))}
            assert regions == {"fenna": "flevoland", "gerda": "gooi_vechtstreek"}
            assert session.scalars(select(ApiToken.region)).one() == "utrecht"
            for municipality in ("hilversum", "almere"):
                session.add(Signal(channel="api", municipality=municipality, region="x", forms=[], indicators=[],
                                   description_enc=store.cipher.encrypt("busje XX-123-Y")))  # fmt: skip
        rebuilt = _meldpunt(tmp_path, "links", "rebuild")
        assert rebuilt.returncode == 0, rebuilt.stderr
        assert "2 signals, 2 linkage keys, 1 links" in rebuilt.stdout
        assert "XX" not in rebuilt.stdout + rebuilt.stderr
        with store.transaction() as session:
            assert session.scalars(select(SignalLink.kinds)).one() == ["plate"]
    finally:
        store.close()


def test_a_bad_regions_file_stops_the_commands_with_a_clear_message(tmp_path: Path) -> None:
    shown = _meldpunt(tmp_path, "regions")
    assert shown.returncode == 0 and "flevoland (Flevoland): Almere, Dronten" in shown.stdout
    (tmp_path / "regions.toml").write_text("[regions.a]\nname = 'A'\n")
    for args in (("regions",), ("staff", "add", "x", "--role", "staff")):
        result = _meldpunt(tmp_path, *args)
        assert result.returncode == 2
        assert "regions.toml" in result.stderr and "municipalities: Field required" in result.stderr
        assert "Traceback" not in result.stderr
