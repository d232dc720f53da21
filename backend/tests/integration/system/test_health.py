"""GET /api/v1/health against the real database and Redis, with and without a live worker."""

from __future__ import annotations

import asyncio

import pytest
from litestar.testing import AsyncTestClient

from journeys_app.app import create_app
from journeys_app.db import migrate
from journeys_app.embedded_redis import EmbeddedRedis
from tests.conftest import fresh_database_url, start_worker


@pytest.fixture(scope="module")
def own_settings(settings, db_kind, tmp_path_factory):  # type: ignore[no-untyped-def]
    """A database of its own: no other test's workers (even a SIGKILLed one) beat in it."""
    with fresh_database_url(db_kind, tmp_path_factory.mktemp("health")) as url:
        migrate.upgrade(url)
        yield settings.with_overrides(database_url=url, queue_name=f"{settings.queue_name}-health")


@pytest.fixture
async def own_client(own_settings):  # type: ignore[no-untyped-def]
    async with AsyncTestClient(app=create_app(own_settings, configure_logs=False)) as c:
        yield c


async def test_a_worker_is_down_until_it_runs_ok_while_it_beats_and_down_once_it_stops(
    own_client, own_settings
):
    resp = await own_client.get("/api/v1/health")
    assert resp.status_code == 503
    body = resp.json()
    assert body["status"] == "degraded"
    assert body["checks"]["database"]["status"] == "ok"
    assert body["checks"]["redis"]["status"] == "ok"
    assert body["checks"]["worker"]["status"] == "down"
    assert "journeys worker" in body["checks"]["worker"]["detail"]

    async with start_worker(own_settings):
        resp = await own_client.get("/api/v1/health")
        assert resp.status_code == 200, resp.text
        body = resp.json()
        assert body["status"] == "ok"
        worker = body["checks"]["worker"]
        assert worker["status"] == "ok" and worker["liveWorkers"] == 1
        assert worker["lastHeartbeatAt"].endswith("Z") or "+00:00" in worker["lastHeartbeatAt"]
        assert body["checks"]["database"]["latencyMs"] >= 0

    # the worker marked itself stopped on shutdown: down at once, not 15 s later
    body = (await own_client.get("/api/v1/health")).json()
    assert body["checks"]["worker"]["status"] == "down"
    assert body["checks"]["worker"]["lastHeartbeatAt"] is not None
    assert "no heartbeat" in body["checks"]["worker"]["detail"]


async def test_database_down_gives_503_naming_the_database(settings):
    broken = settings.with_overrides(database_url="postgresql+asyncpg://postgres@127.0.0.1:1/nothing")
    async with AsyncTestClient(app=create_app(broken, configure_logs=False)) as c:
        resp = await c.get("/api/v1/health")
    assert resp.status_code == 503
    db = resp.json()["checks"]["database"]
    assert db["status"] == "down"
    assert db["detail"]


async def test_redis_going_away_gives_503_naming_redis(settings, tmp_path):
    server = EmbeddedRedis(tmp_path / "r")
    url = server.start()
    try:
        async with AsyncTestClient(
            app=create_app(settings.with_overrides(redis_url=url), configure_logs=False)
        ) as c:
            assert (await c.get("/api/v1/health")).json()["checks"]["redis"]["status"] == "ok"
            server.stop()
            await asyncio.sleep(0.1)
            resp = await c.get("/api/v1/health")
    finally:
        server.stop()
    assert resp.status_code == 503
    assert resp.json()["checks"]["redis"]["status"] == "down"
    assert resp.json()["checks"]["redis"]["detail"]
