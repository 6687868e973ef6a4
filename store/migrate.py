"""Run Alembic migrations from code (used by `meldpunt migrate`, `meldpunt run` and the tests)."""

from __future__ import annotations

from alembic import command
from alembic.config import Config

from meldpunt.settings import REPO_ROOT


def alembic_config(url: str) -> Config:
    cfg = Config(str(REPO_ROOT / "alembic.ini"))
    cfg.set_main_option("script_location", str(REPO_ROOT / "store" / "migrations"))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def include_object(obj: object, name: str | None, type_: str, reflected: bool, compare_to: object) -> bool:
    """Rasa's tracker table may share the PostgreSQL database; it is Rasa's, not ours."""
    return not (type_ == "table" and name == "rasa_trackers")


def upgrade(url: str) -> None:
    command.upgrade(alembic_config(url), "head")
