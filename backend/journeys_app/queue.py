"""The arq connection settings shared by the API (to enqueue) and the workers (to consume)."""

from __future__ import annotations

from arq.connections import RedisSettings


def redis_settings(url: str) -> RedisSettings:
    settings = RedisSettings.from_dsn(url)
    settings.conn_timeout = 2
    settings.conn_retries = 3
    settings.conn_retry_delay = 1
    return settings


def job_id(queue_name: str, *parts: object) -> str:
    """A deterministic arq job id, namespaced by queue.

    arq keeps job ids in one keyspace per Redis (`arq:job:<id>`), whatever the queue: without
    the queue name, two installations (or test runs) sharing a Redis would deduplicate each
    other's jobs.
    """
    return ":".join([queue_name, *(str(p) for p in parts)])
