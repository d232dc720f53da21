import stat
from pathlib import Path

import pytest

from journeys_app.settings import Settings, SettingsError, normalise_database_url, redact_url


def test_no_configuration_means_embedded_sqlite_and_redis_under_the_data_dir(monkeypatch, tmp_path):
    for name in ("JOURNEYS_DATABASE_URL", "JOURNEYS_REDIS_URL", "JOURNEYS_HOST", "JOURNEYS_PORT"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("JOURNEYS_DATA_DIR", str(tmp_path / "d"))
    s = Settings.from_env()
    assert s.embedded_database and s.embedded_redis
    assert s.effective_database_url == f"sqlite+aiosqlite:///{tmp_path / 'd' / 'journeys.db'}"
    assert s.effective_redis_url == f"unix://{tmp_path / 'd' / 'redis.sock'}"
    assert (s.host, s.port) == ("127.0.0.1", 8000)


def test_data_dir_defaults_to_dot_journeys_in_the_working_directory(monkeypatch, tmp_path):
    monkeypatch.delenv("JOURNEYS_DATA_DIR", raising=False)
    monkeypatch.chdir(tmp_path)
    assert Settings.from_env().data_dir == tmp_path / ".journeys"


def test_configured_urls_are_used_and_postgres_urls_get_the_async_driver(monkeypatch):
    monkeypatch.setenv("JOURNEYS_DATABASE_URL", "postgres://u:secret@db:5432/j")
    monkeypatch.setenv("JOURNEYS_REDIS_URL", "redis://cache:6379/2")
    s = Settings.from_env()
    assert not s.embedded_database and not s.embedded_redis
    assert s.effective_database_url == "postgresql+asyncpg://u:secret@db:5432/j"
    assert s.effective_redis_url == "redis://cache:6379/2"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("postgresql://a@h/db", "postgresql+asyncpg://a@h/db"),
        ("postgresql+asyncpg://a@h/db", "postgresql+asyncpg://a@h/db"),
        ("sqlite:///x.db", "sqlite+aiosqlite:///x.db"),
    ],
)
def test_database_url_normalisation(raw, expected):
    assert normalise_database_url(raw) == expected


@pytest.mark.parametrize("port", ["abc", "0", "70000"])
def test_bad_port_is_a_clear_error_naming_the_variable(monkeypatch, port):
    monkeypatch.setenv("JOURNEYS_PORT", port)
    with pytest.raises(SettingsError, match="JOURNEYS_PORT"):
        Settings.from_env()


def test_bad_log_format_is_rejected(monkeypatch):
    monkeypatch.setenv("JOURNEYS_LOG_FORMAT", "xml")
    with pytest.raises(SettingsError, match="JOURNEYS_LOG_FORMAT"):
        Settings.from_env()


def test_passwords_never_appear_in_printed_urls():
    assert redact_url("postgresql+asyncpg://u:hunter2@db/j") == "postgresql+asyncpg://u:***@db/j"
    assert redact_url("redis://:pw@cache:6379/0") == "redis://:***@cache:6379/0"
    assert redact_url("sqlite+aiosqlite:////tmp/x.db") == "sqlite+aiosqlite:////tmp/x.db"


def test_generated_secret_key_is_kept_private_and_stable(tmp_path: Path):
    s = Settings(data_dir=tmp_path)
    key = s.effective_secret_key()
    assert len(key) >= 48
    assert s.effective_secret_key() == key
    mode = stat.S_IMODE((tmp_path / "secret.key").stat().st_mode)
    assert mode == 0o600


def test_configured_secret_key_wins(tmp_path: Path):
    assert Settings(data_dir=tmp_path, secret_key="k").effective_secret_key() == "k"
    assert not (tmp_path / "secret.key").exists()
