"""The arq connection settings shared by the API (to enqueue) and the workers (to consume)."""

from __future__ import annotations

from arq.connections import RedisSettings


def redis_settings(url: str) -> RedisSettings:
    settings = RedisSettings.from_dsn(url)
    settings.conn_timeout = 2
    settings.conn_retries = 3
    settings.conn_retry_delay = 1
    return settings
