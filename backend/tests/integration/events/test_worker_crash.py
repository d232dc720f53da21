"""A worker killed (SIGKILL) in the middle of a customer's drain loses nothing and applies nothing twice."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import uuid
from decimal import Decimal

from sqlalchemy import func, select

from journeys_app.domain.customers.models import Customer
from journeys_app.domain.events.models import Event
from tests.conftest import start_worker
from tests.integration.events.conftest import wait_until

ITEM = {"sku": "C-1", "name": "咖啡豆", "quantity": 1, "price": "1.00", "product": "coffee_beans"}
ORDERS = 1000


async def test_killing_the_worker_mid_drain_loses_nothing(http, tenants, workspace_db, settings, tmp_path):
    b = tenants["b"]
    customer = {"external_id": f"crash-{uuid.uuid4().hex[:8]}"}
    events = [
        {
            "id": f"crash-{uuid.uuid4().hex}",
            "type": "order.paid",
            "customer": customer,
            "properties": {
                "order_id": f"co-{uuid.uuid4().hex}",
                "amount": f"{1 + i % 7}.25",
                "items": [ITEM],
            },
            "occurred_at": f"2026-10-{1 + i % 28:02d}T{8 + i % 12:02d}:{i % 60:02d}:00+08:00",
        }
        for i in range(ORDERS)
    ]
    expected_spend = sum(Decimal(e["properties"]["amount"]) for e in events)
    customer_id = None
    for start in range(0, ORDERS, 500):  # two full batches
        resp = await http.post(
            "/api/v1/events", json={"events": events[start : start + 500]}, headers=b.bearer("events:write")
        )
        assert resp.status_code == 202 and resp.json()["accepted"] == 500, resp.text
        customer_id = resp.json()["results"][0]["customerId"]

    async def processed() -> int:
        async with workspace_db(b.workspace_id) as db:
            return (
                await db.execute(
                    select(func.count())
                    .select_from(Event)
                    .where(Event.customer_id == customer_id, Event.processed_at.is_not(None))
                )
            ).scalar_one()

    env = {k: v for k, v in os.environ.items() if not k.startswith("JOURNEYS_")}
    env.update(
        JOURNEYS_DATA_DIR=str(tmp_path),
        JOURNEYS_DATABASE_URL=settings.effective_database_url,
        JOURNEYS_REDIS_URL=settings.effective_redis_url,
        JOURNEYS_QUEUE_NAME=settings.queue_name,
    )
    log = (tmp_path / "worker.log").open("w")
    worker = subprocess.Popen(  # noqa: ASYNC220 (Popen returns at once; we poll the database)
        [sys.executable, "-m", "journeys_app.cli", "worker"], env=env, stdout=log, stderr=log
    )
    try:
        # kill it once the drain has committed some rounds but not all of them
        # kill it in the middle of a drain: the job has started and not finished
        started = await wait_until(
            lambda: _logged(tmp_path / "worker.log", ":process_customer(", " → "), timeout=60
        )
        assert started, (tmp_path / "worker.log").read_text()[-3000:]
        await asyncio.sleep(0.5)
        assert not _finished(tmp_path / "worker.log", b.workspace_id, customer_id), (
            "the drain finished before the kill; make the batch bigger"
        )
    finally:
        os.kill(worker.pid, signal.SIGKILL)
        worker.wait()
    done_before = await processed()
    assert done_before < ORDERS, "the worker finished before it could be killed"

    async with start_worker(settings):  # a fresh worker; the sweeper rings for the stranded events
        assert await wait_until(lambda: _equals(processed, ORDERS), timeout=90)
    async with workspace_db(b.workspace_id) as db:
        c = await db.get(Customer, customer_id)
    assert c.order_count == ORDERS, "every order applied exactly once"
    assert c.total_spend == expected_spend


async def _logged(path, *needles: str) -> bool:  # type: ignore[no-untyped-def]
    text = path.read_text() if path.exists() else ""
    return any(all(n in line for n in needles) for line in text.splitlines())


def _finished(path, workspace_id: int, customer_id: int) -> bool:  # type: ignore[no-untyped-def]
    ours = (
        f"customer:{workspace_id}:{customer_id}:process_customer ●",
        f"sweep:{workspace_id}:{customer_id}:",
    )
    return any(ours[0] in line or (ours[1] in line and "●" in line) for line in path.read_text().splitlines())


async def _equals(probe, target: int) -> bool:  # type: ignore[no-untyped-def]
    return await probe() == target
