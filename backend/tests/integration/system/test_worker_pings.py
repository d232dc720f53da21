"""The job pipeline end to end: API -> Redis -> arq worker -> database."""

from __future__ import annotations

import asyncio

from tests.conftest import start_worker


async def _wait_done(client, ping_id: str, timeout: float = 10.0) -> dict:
    deadline = asyncio.get_running_loop().time() + timeout
    while True:
        body = (await client.get(f"/api/v1/system/pings/{ping_id}")).json()
        if body["status"] == "done" or asyncio.get_running_loop().time() > deadline:
            return body
        await asyncio.sleep(0.05)


async def test_a_ping_travels_through_redis_to_a_worker_and_back(client, tenants, running_worker):
    client.headers.update(tenants["a"].bearer("admin"))
    resp = await client.post("/api/v1/system/pings")
    assert resp.status_code == 202
    queued = resp.json()
    assert queued["status"] == "queued"
    done = await _wait_done(client, queued["id"])
    assert done["status"] == "done"
    assert done["processedBy"] == running_worker.ctx["worker_id"]
    assert done["roundTripMs"] >= 0


async def test_a_ping_queued_while_no_worker_runs_is_answered_when_one_starts(client, tenants, settings):
    client.headers.update(tenants["a"].bearer("admin"))
    ping = (await client.post("/api/v1/system/pings")).json()
    await asyncio.sleep(0.3)
    assert (await client.get(f"/api/v1/system/pings/{ping['id']}")).json()["status"] == "queued"
    async with start_worker(settings) as worker:
        done = await _wait_done(client, ping["id"])
    assert done["status"] == "done"
    assert done["processedBy"] == worker.ctx["worker_id"]


async def test_pings_need_the_admin_permission(client, tenants):
    assert (await client.post("/api/v1/system/pings")).status_code == 401
    client.headers.update(tenants["a"].bearer("read"))
    assert (await client.post("/api/v1/system/pings")).status_code == 403


async def test_unknown_ping_is_a_json_404(client, tenants):
    client.headers.update(tenants["a"].bearer("admin"))
    resp = await client.get("/api/v1/system/pings/does-not-exist")
    assert resp.status_code == 404
    assert resp.headers["content-type"].startswith("application/json")
