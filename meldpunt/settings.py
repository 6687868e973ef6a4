"""All settings in one typed place. Every value comes from a MELDPUNT_* environment variable."""

from __future__ import annotations

import functools
from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_HOME_REGION = "gooi_vechtstreek"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="MELDPUNT_", extra="ignore")

    data_dir: Path = Field(default=Path("var"), description="Where the embedded database, keys and logs live.")
    database_url: str | None = Field(default=None, description="PostgreSQL URL; unset = SQLite in data_dir.")
    host: str = Field(default="127.0.0.1", description="Address the gateway binds to.")
    port: int = 8080
    rasa_port: int = 5005
    actions_port: int = 5055
    rasa_token: str | None = Field(default=None, description="Gateway↔Rasa token; generated in data_dir if unset.")
    public_url: str | None = Field(default=None, description="The URL people reach the gateway on.")
    secret_key: str | None = Field(default=None, description="Master key (urlsafe base64, 32 bytes).")
    rasa_timeout: float = Field(default=10.0, description="Seconds to wait for Rasa before the fallback reply.")
    rasa_bin: Path = REPO_ROOT / ".venv-bot" / "bin" / "rasa"
    model_dir: Path = REPO_ROOT / "models"
    log_level: str = "INFO"

    # Messaging channels. A channel without credentials is off (one log line at start-up says so).
    twilio_account_sid: str | None = Field(default=None, description="Twilio account SID (AC…).")
    twilio_auth_token: str | None = Field(default=None, description="Twilio auth token: REST auth and signatures.")
    twilio_from: str | None = Field(default=None, description="SMS sender number, E.164 (+31…).")
    twilio_whatsapp_from: str | None = Field(default=None, description="WhatsApp sender, whatsapp:+31…")
    twilio_whatsapp_template_sid: str | None = Field(
        default=None, description="Approved WhatsApp template (ContentSid HX…) for staff messages after 24 h."
    )
    twilio_api_base: str = Field(default="https://api.twilio.com", description="Twilio REST base (tests: a fake).")
    telegram_token: str | None = Field(default=None, description="Telegram bot token from @BotFather.")
    telegram_secret: str | None = Field(default=None, description="X-Telegram-Bot-Api-Secret-Token of the webhook.")
    telegram_api_base: str = Field(
        default="https://api.telegram.org/bot", description="Bot API base the token is appended to."
    )
    telegram_polling: bool = Field(default=False, description="Poll getUpdates instead of a webhook (local dev).")
    outbound_attempts: int = Field(default=5, description="Send attempts per reply before it is marked failed.")
    outbound_backoff: float = Field(default=1.0, description="First retry delay in seconds; doubles each time.")

    # Staff console. A conversation waiting for a person longer than staff_wait_timeout (0 = never), or one
    # that escalates outside staffed_hours, gets an honest notice with the 24/7 phone line.
    staff_wait_timeout: float = Field(default=300.0, description="Seconds a reporter waits before the notice.")
    staffed_hours: str = Field(
        default="", description='When staff watch the queue, e.g. "mon-fri 09:00-17:00"; empty = always.'
    )
    staff_timezone: str = Field(default="Europe/Amsterdam", description="Time zone of staffed_hours.")
    staff_poll_interval: float = Field(default=1.0, description="Seconds between the console's queue checks.")

    # Regions (meldpunt/regions.py): the Veilig Thuis regions this deployment serves, municipality → region.
    regions_file: Path | None = Field(
        default=None, description="Routing table file (TOML or JSON); unset = data_dir/regions.toml|json or built-in."
    )
    home_region: str = Field(
        default=DEFAULT_HOME_REGION, description="Region of signals whose municipality is other or unknown."
    )

    # Exchange with partner systems (docs/exchange-and-retention.md). Partners: MELDPUNT_PARTNERS (JSON) or
    # <data_dir>/partners.json; each partner's secret only from the environment or the data dir.
    exchange_name: str = Field(default="meldpunt", description="How this deployment names itself to partners.")
    partners: str | None = Field(default=None, description="Partner list as JSON; unset = data_dir/partners.json.")
    exchange_timeout: float = Field(default=10.0, description="Seconds a partner has to acknowledge a signal.")
    exchange_backoff: float = Field(default=30.0, description="First retry delay in seconds; doubles each time.")
    exchange_backoff_max: float = Field(default=3600.0, description="Longest delay between two attempts.")
    exchange_poll_interval: float = Field(default=5.0, description="Seconds between looks for due deliveries.")
    exchange_replay_window: int = Field(default=300, description="Seconds a signed request stays acceptable.")

    # Retention terms in days per data class (defaults and reasons: docs/exchange-and-retention.md).
    retention_transcript_days: int = Field(default=30, description="Transcript, after the conversation ended.")
    retention_contact_days: int = Field(default=14, description="Contact details, after the last inbound message.")
    retention_melding_days: int = Field(default=7305, description="A melding (known reporter): 20 years.")
    retention_advies_days: int = Field(default=730, description="An advice or anonymous signal: 2 years.")
    retention_audit_days: int = Field(default=7305, description="Audit log entries: 20 years.")
    retention_interval: float = Field(default=3600.0, description="Seconds between purges in the gateway; 0 = off.")

    @property
    def data_path(self) -> Path:
        path = self.data_dir if self.data_dir.is_absolute() else Path.cwd() / self.data_dir
        return path.resolve()

    @property
    def rasa_url(self) -> str:
        return f"http://127.0.0.1:{self.rasa_port}"

    @property
    def web_url(self) -> str:
        return (self.public_url or f"http://{self.host}:{self.port}").rstrip("/")

    def sqlalchemy_url(self) -> str:
        """The store's URL for SQLAlchemy 2 (psycopg 3 for PostgreSQL)."""
        if not self.database_url:
            return f"sqlite:///{self.data_path / 'meldpunt.db'}"
        return _with_driver(self.database_url, "postgresql+psycopg")

    def tracker_url(self) -> str:
        """Rasa's tracker store URL (SQLAlchemy 1.4 with psycopg2 in the bot runtime)."""
        if not self.database_url:
            return f"sqlite:///{self.data_path / 'rasa-tracker.db'}"
        return _with_driver(self.database_url, "postgresql")


def _with_driver(url: str, scheme: str) -> str:
    for prefix in ("postgresql+psycopg2://", "postgresql+psycopg://", "postgresql://", "postgres://"):
        if url.startswith(prefix):
            return scheme + "://" + url[len(prefix) :]
    raise ValueError("MELDPUNT_DATABASE_URL must be a postgresql:// URL (leave it unset for SQLite)")


@functools.cache
def get_settings() -> Settings:
    return Settings()
