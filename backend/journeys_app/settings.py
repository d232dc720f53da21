"""Settings, read once from the environment.

Every variable is documented in `.env.example`. With nothing set, Journeys runs on embedded
defaults: a SQLite file and a local Redis, both under the data directory.
"""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_SPA_DIR = REPO_ROOT / "frontend" / "dist"


class SettingsError(ValueError):
    """A setting has a value Journeys cannot use; the message names the variable."""


def _env(name: str) -> str | None:
    value = os.environ.get(name)
    if value is None or value.strip() == "":
        return None
    return value.strip()


def _port(raw: str | None, default: int) -> int:
    if raw is None:
        return default
    try:
        port = int(raw)
    except ValueError:
        raise SettingsError(f"JOURNEYS_PORT must be a number, got {raw!r}") from None
    if not 0 < port < 65536:
        raise SettingsError(f"JOURNEYS_PORT must be between 1 and 65535, got {port}")
    return port


@dataclass(frozen=True)
class Settings:
    data_dir: Path
    database_url: str | None = None
    redis_url: str | None = None
    host: str = "127.0.0.1"
    port: int = 8000
    secret_key: str | None = None
    spa_dir: Path = DEFAULT_SPA_DIR
    log_format: str = "console"
    log_level: str = "INFO"
    queue_name: str = "journeys:queue"

    @classmethod
    def from_env(cls) -> Settings:
        log_format = (_env("JOURNEYS_LOG_FORMAT") or "console").lower()
        if log_format not in {"console", "json"}:
            raise SettingsError(f"JOURNEYS_LOG_FORMAT must be 'console' or 'json', got {log_format!r}")
        return cls(
            data_dir=Path(_env("JOURNEYS_DATA_DIR") or ".journeys").expanduser().resolve(),
            database_url=_env("JOURNEYS_DATABASE_URL"),
            redis_url=_env("JOURNEYS_REDIS_URL"),
            host=_env("JOURNEYS_HOST") or "127.0.0.1",
            port=_port(_env("JOURNEYS_PORT"), 8000),
            secret_key=_env("JOURNEYS_SECRET_KEY"),
            spa_dir=Path(_env("JOURNEYS_SPA_DIR") or DEFAULT_SPA_DIR).expanduser().resolve(),
            log_format=log_format,
            log_level=(_env("JOURNEYS_LOG_LEVEL") or "INFO").upper(),
            queue_name=_env("JOURNEYS_QUEUE_NAME") or "journeys:queue",
        )

    # -- derived values -------------------------------------------------------------------

    @property
    def embedded_database(self) -> bool:
        return self.database_url is None

    @property
    def embedded_redis(self) -> bool:
        return self.redis_url is None

    @property
    def effective_database_url(self) -> str:
        """The configured URL, or the embedded SQLite file under the data dir."""
        if self.database_url:
            return normalise_database_url(self.database_url)
        return f"sqlite+aiosqlite:///{self.data_dir / 'journeys.db'}"

    @property
    def embedded_redis_socket(self) -> Path:
        return self.data_dir / "redis.sock"

    @property
    def effective_redis_url(self) -> str:
        if self.redis_url:
            return self.redis_url
        return f"unix://{self.embedded_redis_socket}"

    def effective_secret_key(self) -> str:
        """The configured key, or one generated once and kept in the data dir (mode 0600)."""
        if self.secret_key:
            return self.secret_key
        path = self.data_dir / "secret.key"
        if path.exists():
            return path.read_text().strip()
        self.data_dir.mkdir(parents=True, exist_ok=True)
        key = secrets.token_urlsafe(48)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as fh:
            fh.write(key)
        return key

    def with_overrides(self, **changes: object) -> Settings:
        return replace(self, **changes)  # type: ignore[arg-type]


def normalise_database_url(url: str) -> str:
    """Accept the URLs people paste (postgres://, postgresql://, sqlite://) and pick async drivers."""
    if url.startswith("postgres://"):
        url = "postgresql://" + url[len("postgres://") :]
    if url.startswith("postgresql://"):
        return "postgresql+asyncpg://" + url[len("postgresql://") :]
    if url.startswith("sqlite:///"):
        return "sqlite+aiosqlite:///" + url[len("sqlite:///") :]
    return url


def redact_url(url: str) -> str:
    """A URL safe to print: the password replaced by ***."""
    from urllib.parse import urlsplit, urlunsplit

    try:
        parts = urlsplit(url)
    except ValueError:
        return "<unparseable URL>"
    if parts.password:
        netloc = parts.netloc.replace(f":{parts.password}@", ":***@")
        return urlunsplit(parts._replace(netloc=netloc))
    return url


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings.from_env()
