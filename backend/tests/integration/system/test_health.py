"""GET /api/v1/health against the real database and Redis, with and without a live worker."""

from __future__ import annotations

import asyncio

from litestar.testing import AsyncTestClient

from journeys_app.app import create_app
from journeys_app.embedded_redis import EmbeddedRedis


async def test_health_is_503_and_names_the_worker_when_no_worker_runs(client):
    resp = await client.get("/api/v1/health")
    assert resp.status_code == 503
    body = resp.json()
    assert body["status"] == "degraded"
    assert body["checks"]["database"]["status"] == "ok"
    assert body["checks"]["redis"]["status"] == "ok"
    assert body["checks"]["worker"]["status"] == "down"
    assert (
        "journeys worker" in body["checks"]["worker"]["detail"]
        or "heartbeat" in body["checks"]["worker"]["detail"]
    )


async def test_health_is_ok_with_a_worker_heartbeating(client, running_worker):
    resp = await client.get("/api/v1/health")
    assert resp.status_code == 200, resp.text
    body = resp.json()
    assert body["status"] == "ok"
    worker = body["checks"]["worker"]
    assert worker["status"] == "ok"
    assert worker["liveWorkers"] >= 1
    assert worker["lastHeartbeatAt"].endswith("Z") or "+00:00" in worker["lastHeartbeatAt"]
    assert body["checks"]["database"]["latencyMs"] >= 0


async def test_a_stopped_worker_is_reported_down_at_once(client, settings):
    # the previous test's worker marked itself stopped on shutdown
    body = (await client.get("/api/v1/health")).json()
    assert body["checks"]["worker"]["status"] == "down"
    assert body["checks"]["worker"]["lastHeartbeatAt"] is not None


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
