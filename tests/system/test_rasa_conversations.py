"""`rasa test` on the conversation test stories in tests/conversations, against the real action server."""

from __future__ import annotations

import subprocess
from pathlib import Path

from cryptography.fernet import Fernet

from meldpunt.settings import REPO_ROOT, Settings
from tests.conftest import System


def test_conversation_stories_pass(system: System, tmp_path: Path) -> None:
    stories = REPO_ROOT / "tests" / "conversations"
    assert any(stories.glob("*.yml")), "no conversation tests"
    env = {k: v for k, v in system.env.items() if not k.startswith("MELDPUNT_")}
    env.update(
        PYTHONPATH=str(REPO_ROOT),
        MELDPUNT_ACTIONS_PORT=str(system.actions_port),
        MELDPUNT_TRACKER_URL=f"sqlite:///{tmp_path / 'tracker.db'}",
        MELDPUNT_TRACKER_KEY=Fernet.generate_key().decode(),
        MELDPUNT_RASA_TOKEN="unused-in-rasa-test",
        RASA_TELEMETRY_ENABLED="false",
        TF_CPP_MIN_LOG_LEVEL="2",
    )
    result = subprocess.run(
        [
            str(Settings().rasa_bin), "test", "core", "--stories", str(stories),
            "--model", str(REPO_ROOT / "models" / "meldpunt.tar.gz"),
            "--endpoints", str(REPO_ROOT / "bot" / "endpoints.yml"),
            "--out", str(tmp_path / "results"), "--fail-on-prediction-errors", "--no-plot",
        ],
        env=env, cwd=REPO_ROOT, capture_output=True, text=True, timeout=900,
    )  # fmt: skip
    failed = tmp_path / "results" / "failed_test_stories.yml"
    detail = failed.read_text() if failed.exists() else result.stdout[-3000:] + result.stderr[-3000:]
    assert result.returncode == 0, detail
