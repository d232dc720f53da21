"""Behaviour -> tag, end to end: events through the API, a real worker, rules, back-fills."""

from __future__ import annotations

import asyncio
import uuid
from decimal import Decimal

from redis.asyncio import Redis
from sqlalchemy import func, select

from journeys_app.domain.customers.models import Customer
from journeys_app.domain.events.models import Event
from journeys_app.domain.tags.models import CustomerTag, Tag
from tests.conftest import start_worker
from tests.integration.events.conftest import wait_until

ITEM = {"sku": "A-1", "name": "产品A", "quantity": 1, "price": "100.00", "product": "product_a"}


def _article(customer: dict, product: str = "product_a", when: str = "2026-11-20T21:00:00+08:00") -> dict:
    return {
        "id": f"e-{uuid.uuid4().hex}",
        "type": "article.read",
        "customer": customer,
        "properties": {"article_id": f"art-{uuid.uuid4().hex[:6]}", "product": product},
        "occurred_at": when,
    }


def _order(customer: dict, amount: str, when: str) -> dict:
    return {
        "id": f"e-{uuid.uuid4().hex}",
        "type": "order.paid",
        "customer": customer,
        "properties": {"order_id": f"o-{uuid.uuid4().hex}", "amount": amount, "items": [ITEM]},
        "occurred_at": when,
    }


async def _make_tag(http, tenant, key: str) -> None:
    resp = await http.post(
        "/api/v1/tags", json={"key": key, "nameZh": key, "nameEn": key}, headers=tenant.bearer("admin")
    )
    assert resp.status_code in (201, 409), resp.text


async def _make_rule(http, tenant, definition: dict) -> int:
    resp = await http.post("/api/v1/rules", json={"definition": definition}, headers=tenant.bearer("admin"))
    assert resp.status_code == 201, resp.text
    return resp.json()["id"]


async def _tags_of(workspace_db, workspace_id: int, customer_id: int) -> dict[str, str]:
    async with workspace_db(workspace_id) as db:
        rows = await db.execute(
            select(Tag.key, CustomerTag.source)
            .join(Tag, Tag.id == CustomerTag.tag_id)
            .where(CustomerTag.customer_id == customer_id)
        )
        return dict(rows.all())


async def _drained(workspace_db, workspace_id: int, *customer_ids: int) -> bool:
    async with workspace_db(workspace_id) as db:
        pending = (
            await db.execute(
                select(func.count())
                .select_from(Event)
                .where(Event.customer_id.in_(customer_ids), Event.processed_at.is_(None))
            )
        ).scalar_one()
    return pending == 0


async def test_reading_an_article_about_product_a_tags_the_reader_once(http, tenants, workspace_db, settings):
    a = tenants["a"]
    tag = f"interest_a_{uuid.uuid4().hex[:6]}"
    await _make_tag(http, a, tag)
    rule_id = await _make_rule(
        http,
        a,
        {
            "name": "读了产品A的文章 → 兴趣A",
            "condition": {
                "kind": "event",
                "event_type": "article.read",
                "filter": [{"property": "product", "operator": "eq", "value": "product_a"}],
            },
            "add_tags": [tag],
            "remove_tags": [],
            "enabled": True,
        },
    )
    reader = {"external_id": f"r-{uuid.uuid4().hex[:8]}"}
    other = {"external_id": f"r-{uuid.uuid4().hex[:8]}"}
    event = _article(reader)
    sent = (
        await http.post(
            "/api/v1/events",
            json={"events": [event, _article(other, "product_b")]},
            headers=a.bearer("events:write"),
        )
    ).json()
    reader_id, other_id = (r["customerId"] for r in sent["results"])
    async with start_worker(settings):
        assert await wait_until(lambda: _drained(workspace_db, a.workspace_id, reader_id, other_id))
        assert (await _tags_of(workspace_db, a.workspace_id, reader_id)) == {tag: "rule"}
        assert (await _tags_of(workspace_db, a.workspace_id, other_id)) == {}
        # the same event again: acknowledged as a duplicate, applied once
        again = (
            await http.post("/api/v1/events", json={"events": [event]}, headers=a.bearer("events:write"))
        ).json()
        assert again["duplicates"] == 1
        await asyncio.sleep(0.5)
        assert await wait_until(lambda: _drained(workspace_db, a.workspace_id, reader_id))
    async with workspace_db(a.workspace_id) as db:
        tag_events = (
            (await db.execute(select(Event).where(Event.customer_id == reader_id, Event.type == "tag.added")))
            .scalars()
            .all()
        )
    assert [e.properties["tag"] for e in tag_events] == [tag]
    assert tag_events[0].properties["source_ref"] == str(rule_id)
    profile = (await http.get(f"/api/v1/customers/{reader_id}", headers=a.bearer("read"))).json()
    assert profile["tags"][0]["key"] == tag and profile["tags"][0]["source"] == "rule"


async def test_concurrent_events_end_in_the_same_state_as_a_serial_replay(
    http, tenants, workspace_db, settings
):
    a = tenants["a"]
    tag = f"repeat_{uuid.uuid4().hex[:6]}"
    await _make_tag(http, a, tag)
    await _make_rule(
        http,
        a,
        {
            "name": "90天内下单≥2次 → 复购",
            "condition": {
                "kind": "event_count",
                "event_type": "order.paid",
                "window": "P90D",
                "operator": "gte",
                "value": 2,
            },
            "add_tags": [tag],
            "remove_tags": [],
            "enabled": True,
        },
    )
    concurrent_customer = {"external_id": f"c-{uuid.uuid4().hex[:8]}"}
    serial_customer = {"external_id": f"s-{uuid.uuid4().hex[:8]}"}
    times = [f"2026-11-{d:02d}T{h:02d}:00:00+08:00" for d in range(1, 21) for h in (9, 11, 13, 15, 17)]
    amounts = [f"{10 + i}.50" for i in range(100)]
    burst = [_order(concurrent_customer, amt, when) for amt, when in zip(amounts, times, strict=True)]
    serial = [_order(serial_customer, amt, when) for amt, when in zip(amounts, times, strict=True)]
    headers = a.bearer("events:write")
    results = await asyncio.gather(
        *(http.post("/api/v1/events", json={"events": [e]}, headers=headers) for e in burst)
    )
    assert all(r.status_code == 202 and r.json()["accepted"] == 1 for r in results)
    concurrent_id = results[0].json()["results"][0]["customerId"]
    assert {r.json()["results"][0]["customerId"] for r in results} == {concurrent_id}
    async with start_worker(settings):
        for e in serial:
            r = await http.post("/api/v1/events", json={"events": [e]}, headers=headers)
            assert r.status_code == 202
        serial_id = r.json()["results"][0]["customerId"]
        assert await wait_until(
            lambda: _drained(workspace_db, a.workspace_id, concurrent_id, serial_id), timeout=60
        )
    async with workspace_db(a.workspace_id) as db:
        one = await db.get(Customer, concurrent_id)
        two = await db.get(Customer, serial_id)
        assert (
            (one.order_count, one.total_spend)
            == (two.order_count, two.total_spend)
            == (100, sum(Decimal(x) for x in amounts))
        )
    assert (
        await _tags_of(workspace_db, a.workspace_id, concurrent_id)
        == await _tags_of(workspace_db, a.workspace_id, serial_id)
        == {tag: "rule"}
    )


async def test_flushing_redis_loses_no_event(http, tenants, workspace_db, settings):
    """Redis is flushed (this test pass owns its Redis database) before any worker ran: the
    sweeper finds the unprocessed events in the database and rings again."""
    a = tenants["a"]
    customer = {"external_id": f"f-{uuid.uuid4().hex[:8]}"}
    sent = (
        await http.post(
            "/api/v1/events",
            json={"events": [_order(customer, "88.00", "2026-11-22T12:00:00+08:00")]},
            headers=a.bearer("events:write"),
        )
    ).json()
    customer_id = sent["results"][0]["customerId"]
    redis = Redis.from_url(settings.effective_redis_url)
    try:
        assert [k async for k in redis.scan_iter(match=f"arq:job:{settings.queue_name}*")], (
            "the ingest rang the doorbell"
        )
        await redis.flushdb()
        assert await redis.dbsize() == 0
    finally:
        await redis.aclose()
    await asyncio.sleep(5.5)  # older than the sweeper's threshold
    async with start_worker(settings):
        assert await wait_until(lambda: _drained(workspace_db, a.workspace_id, customer_id), timeout=30)
    async with workspace_db(a.workspace_id) as db:
        assert (await db.get(Customer, customer_id)).order_count == 1


async def test_a_new_rule_is_back_filled_over_existing_customers_with_progress(
    http, tenants, workspace_db, settings
):
    b = tenants["b"]
    tag = f"read_a_{uuid.uuid4().hex[:6]}"
    await _make_tag(http, b, tag)
    readers = [{"external_id": f"bf-{uuid.uuid4().hex[:8]}"} for _ in range(5)]
    sent = (
        await http.post(
            "/api/v1/events",
            json={"events": [_article(c) for c in readers]},
            headers=b.bearer("events:write"),
        )
    ).json()
    ids = [r["customerId"] for r in sent["results"]]
    definition = {
        "name": "读过产品A",
        "condition": {
            "kind": "event",
            "event_type": "article.read",
            "filter": [{"property": "product", "operator": "eq", "value": "product_a"}],
        },
        "add_tags": [tag],
        "remove_tags": [],
        "enabled": False,  # created disabled: only the back-fill applies it
    }
    dry = (
        await http.post("/api/v1/rules/dry-run", json={"definition": definition}, headers=b.bearer("read"))
    ).json()
    assert dry["matched"] >= 5
    rule_id = await _make_rule(http, b, definition)
    run = (await http.post(f"/api/v1/rules/{rule_id}/backfills", headers=b.bearer("admin"))).json()
    assert run["status"] == "queued" and run["total"] >= 5
    async with start_worker(settings):

        async def finished():  # type: ignore[no-untyped-def]
            body = (
                await http.get(f"/api/v1/rules/{rule_id}/backfills/{run['id']}", headers=b.bearer("read"))
            ).json()
            return body if body["status"] == "done" else None

        done = await wait_until(finished, timeout=60)
    assert done and done["processed"] == done["total"] and done["changed"] >= 5
    for customer_id in ids:
        assert (await _tags_of(workspace_db, b.workspace_id, customer_id)).get(tag) == "rule"


async def test_an_invalid_rule_is_refused_with_pointers(http, tenants):
    a = tenants["a"]
    bad = {
        "name": "x",
        "condition": {"kind": "event_count", "event_type": "order.paid"},
        "add_tags": ["nope_tag"],
        "remove_tags": [],
        "enabled": True,
    }
    resp = await http.post("/api/v1/rules", json={"definition": bad}, headers=a.bearer("admin"))
    assert resp.status_code == 422
    errors = resp.json()["extra"]["errors"]
    assert errors and all(e["pointer"].startswith("/") and e["messageEn"] and e["messageZh"] for e in errors)
