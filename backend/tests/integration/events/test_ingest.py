"""POST /api/v1/events: idempotency, per-item errors, limits, identity resolution, processing."""

from __future__ import annotations

import asyncio
import uuid
from decimal import Decimal

from sqlalchemy import func, select

from journeys_app.domain.customers.models import Customer, CustomerMerge, Order
from journeys_app.domain.events.models import Event
from tests.conftest import start_worker
from tests.integration.events.conftest import wait_until


def _event(event_id: str, phone: str, **overrides):  # type: ignore[no-untyped-def]
    body = {
        "id": event_id,
        "type": "cart.added",
        "customer": {"phone": phone},
        "properties": {"product": "dress-42", "quantity": 1},
        "occurred_at": "2026-11-20T23:47:00+08:00",
    }
    body.update(overrides)
    return body


ITEM = {
    "sku": "FD-2024-M-BLUE",
    "name": "法式碎花连衣裙",
    "quantity": 1,
    "price": "299.00",
    "product": "floral_dress",
}


def _phone() -> str:
    return "138" + str(uuid.uuid4().int)[:8]


async def _count(workspace_db, workspace_id, model, *where):  # type: ignore[no-untyped-def]
    async with workspace_db(workspace_id) as db:
        return (await db.execute(select(func.count()).select_from(model).where(*where))).scalar_one()


async def test_an_event_sent_fifty_times_is_stored_once(http, tenants, workspace_db):
    a = tenants["a"]
    event = _event(f"evt-{uuid.uuid4().hex}", _phone())
    first = await http.post("/api/v1/events", json={"events": [event]}, headers=a.bearer("events:write"))
    assert first.status_code == 202, first.text
    assert first.json()["results"][0]["status"] == "accepted"
    sequential = [
        await http.post("/api/v1/events", json={"events": [event]}, headers=a.bearer("events:write"))
        for _ in range(24)
    ]
    concurrent = await asyncio.gather(
        *(
            http.post("/api/v1/events", json={"events": [event]}, headers=a.bearer("events:write"))
            for _ in range(25)
        )
    )
    for resp in [*sequential, *concurrent]:
        assert resp.status_code == 202, resp.text
        assert resp.json()["results"][0]["status"] in {"duplicate", "accepted"}
    statuses = [r.json()["results"][0]["status"] for r in [first, *sequential, *concurrent]]
    assert statuses.count("accepted") == 1, statuses
    assert await _count(workspace_db, a.workspace_id, Event, Event.event_id == event["id"]) == 1


async def test_same_id_with_another_payload_is_a_409_for_that_item(http, tenants):
    a = tenants["a"]
    event = _event(f"evt-{uuid.uuid4().hex}", _phone())
    await http.post("/api/v1/events", json={"events": [event]}, headers=a.bearer("events:write"))
    changed = {**event, "properties": {"product": "another", "quantity": 2}}
    resp = await http.post("/api/v1/events", json={"events": [changed]}, headers=a.bearer("events:write"))
    item = resp.json()["results"][0]
    assert item["status"] == "conflict" and item["code"] == 409
    assert item["errors"][0]["pointer"] == "/events/0/id"


async def test_a_mixed_batch_stores_the_valid_items_and_reports_each_invalid_one(http, tenants, workspace_db):
    a = tenants["a"]
    good = [_event(f"evt-{uuid.uuid4().hex}", _phone()) for _ in range(2)]
    bad = [
        {**_event("", _phone())},  # empty id
        _event(f"evt-{uuid.uuid4().hex}", _phone(), occurred_at="yesterday"),
        _event(f"evt-{uuid.uuid4().hex}", _phone(), customer={}),
        _event(f"evt-{uuid.uuid4().hex}", _phone(), type="order.paid", properties={"amount": "x"}),
        _event(f"evt-{uuid.uuid4().hex}", _phone(), type="tag.added"),
        "not an object",
    ]
    resp = await http.post(
        "/api/v1/events", json={"events": [good[0], *bad, good[1]]}, headers=a.bearer("events:write")
    )
    assert resp.status_code == 202
    body = resp.json()
    assert (body["accepted"], body["invalid"]) == (2, 6)
    by_index = {r["index"]: r for r in body["results"]}
    assert by_index[0]["status"] == by_index[7]["status"] == "accepted"
    assert by_index[1]["errors"][0]["pointer"] == "/events/1/id"
    assert by_index[2]["errors"][0]["pointer"] == "/events/2/occurred_at"
    assert by_index[3]["errors"][0]["pointer"] == "/events/3/customer"
    assert all(e["pointer"].startswith("/events/4/properties") for e in by_index[4]["errors"])
    assert by_index[5]["errors"][0]["pointer"] == "/events/5/type"
    assert by_index[6]["errors"][0]["pointer"] == "/events/6"
    for g in good:
        assert await _count(workspace_db, a.workspace_id, Event, Event.event_id == g["id"]) == 1


async def test_limits_and_malformed_bodies(http, tenants):
    headers = tenants["a"].bearer("events:write")
    too_big = {
        "events": [_event(f"e{i}", "13800000000", properties={"blob": "x" * 3000}) for i in range(800)]
    }
    assert (await http.post("/api/v1/events", json=too_big, headers=headers)).status_code == 413
    too_many = {"events": [_event(f"e{i}", "13800000000") for i in range(1001)]}
    resp = await http.post("/api/v1/events", json=too_many, headers=headers)
    assert resp.status_code == 400 and "at most 1000" in resp.json()["detail"]
    bad_json = await http.post(
        "/api/v1/events", content=b"{not json", headers={**headers, "content-type": "application/json"}
    )
    assert bad_json.status_code == 400


async def test_only_keys_with_events_write_may_send(http, tenants):
    event = {"events": [_event(f"evt-{uuid.uuid4().hex}", _phone())]}
    assert (
        await http.post("/api/v1/events", json=event, headers=tenants["a"].bearer("read"))
    ).status_code == 403
    assert (await http.post("/api/v1/events", json=event)).status_code == 401


async def test_an_order_in_the_shop_attaches_to_the_wecom_friend_by_phone(
    http, tenants, workspace_db, settings
):
    a = tenants["a"]
    phone = _phone()
    friend = {
        "id": f"evt-{uuid.uuid4().hex}",
        "type": "friend.added",
        "customer": {
            "wecom_external_userid": f"wm{uuid.uuid4().hex[:10]}",
            "phone": phone,
            "traits": {"name": "林小姐"},
        },
        "properties": {"staff_id": "store_0571_lily", "source": "qr_code"},
        "occurred_at": "2026-11-01T10:00:00+08:00",
    }
    order = {
        "id": f"evt-{uuid.uuid4().hex}",
        "type": "order.paid",
        "customer": {
            "external_id": f"shop-{uuid.uuid4().hex[:8]}",
            "phone": phone[:3] + "-" + phone[3:7] + " " + phone[7:],
        },
        "properties": {
            "order_id": f"o-{uuid.uuid4().hex[:8]}",
            "amount": "299.00",
            "currency": "CNY",
            "items": [ITEM],
        },
        "occurred_at": "2026-11-02T20:00:00+08:00",
    }
    r1 = (
        await http.post("/api/v1/events", json={"events": [friend]}, headers=a.bearer("events:write"))
    ).json()
    r2 = (
        await http.post("/api/v1/events", json={"events": [order]}, headers=a.bearer("events:write"))
    ).json()
    customer_id = r1["results"][0]["customerId"]
    assert r2["results"][0]["customerId"] == customer_id, "same phone, same person"
    async with start_worker(settings):

        async def processed() -> bool:
            async with workspace_db(a.workspace_id) as db:
                c = await db.get(Customer, customer_id)
                return c.order_count == 1

        assert await wait_until(processed)
    profile = (await http.get(f"/api/v1/customers/{customer_id}", headers=a.bearer("read"))).json()
    assert profile["name"] == "林小姐"
    assert set(profile["identities"]) == {"wecom_external_userid", "phone", "external_id"}
    assert Decimal(str(profile["totalSpend"])) == Decimal("299.00") and profile["orderCount"] == 1
    looked_up = await http.get("/api/v1/customers/lookup", params={"phone": phone}, headers=a.bearer("read"))
    assert looked_up.json()["id"] == customer_id


async def test_an_event_naming_two_known_profiles_merges_them_and_keeps_both_histories(
    http, tenants, workspace_db
):
    a = tenants["a"]
    phone, ext = _phone(), f"shop-{uuid.uuid4().hex[:8]}"
    one = (
        await http.post(
            "/api/v1/events",
            json={"events": [_event(f"e-{uuid.uuid4().hex}", phone)]},
            headers=a.bearer("events:write"),
        )
    ).json()
    two = (
        await http.post(
            "/api/v1/events",
            json={"events": [_event(f"e-{uuid.uuid4().hex}", "", customer={"external_id": ext})]},
            headers=a.bearer("events:write"),
        )
    ).json()
    first, second = one["results"][0]["customerId"], two["results"][0]["customerId"]
    assert first != second
    link = _event(f"e-{uuid.uuid4().hex}", "", customer={"external_id": ext, "phone": phone})
    three = (
        await http.post("/api/v1/events", json={"events": [link]}, headers=a.bearer("events:write"))
    ).json()
    survivor = three["results"][0]["customerId"]
    assert survivor == min(first, second)
    merged = max(first, second)
    assert await _count(workspace_db, a.workspace_id, Event, Event.customer_id == survivor) == 3
    assert await _count(workspace_db, a.workspace_id, Event, Event.customer_id == merged) == 0
    assert await _count(workspace_db, a.workspace_id, CustomerMerge, CustomerMerge.merged_id == merged) == 1
    gone = (await http.get(f"/api/v1/customers/{merged}", headers=a.bearer("read"))).json()
    assert gone["mergedIntoId"] == survivor


async def test_manual_merge_and_its_refusals(http, tenants):
    a = tenants["a"]
    ids = []
    for _ in range(2):
        r = (
            await http.post(
                "/api/v1/events",
                json={"events": [_event(f"e-{uuid.uuid4().hex}", _phone())]},
                headers=a.bearer("events:write"),
            )
        ).json()
        ids.append(r["results"][0]["customerId"])
    merged = await http.post(
        f"/api/v1/customers/{ids[0]}/merge", json={"otherCustomerId": ids[1]}, headers=a.bearer("admin")
    )
    assert merged.status_code == 200, merged.text
    assert len(merged.json()["identities"]["phone"]) == 2
    again = await http.post(
        f"/api/v1/customers/{ids[0]}/merge", json={"otherCustomerId": ids[1]}, headers=a.bearer("admin")
    )
    assert again.status_code == 409
    assert (
        await http.post(
            f"/api/v1/customers/{ids[0]}/merge", json={"otherCustomerId": ids[1]}, headers=a.bearer("read")
        )
    ).status_code == 403


async def test_refunds_update_the_consumption_fields(http, tenants, workspace_db, settings):
    a = tenants["a"]
    phone, order_id = _phone(), f"o-{uuid.uuid4().hex[:8]}"
    paid = _event(
        f"e-{uuid.uuid4().hex}",
        phone,
        type="order.paid",
        properties={"order_id": order_id, "amount": 400, "items": [ITEM]},
    )
    partial = _event(
        f"e-{uuid.uuid4().hex}",
        phone,
        type="order.refunded",
        properties={"order_id": order_id, "amount": "100.00"},
        occurred_at="2026-11-21T10:00:00+08:00",
    )
    rest = _event(
        f"e-{uuid.uuid4().hex}",
        phone,
        type="order.refunded",
        properties={"order_id": order_id, "amount": "300.00"},
        occurred_at="2026-11-22T10:00:00+08:00",
    )
    r = (
        await http.post("/api/v1/events", json={"events": [paid, partial]}, headers=a.bearer("events:write"))
    ).json()
    assert r["accepted"] == 2, r
    customer_id = r["results"][0]["customerId"]

    async def done() -> bool:
        unprocessed = Event.customer_id == customer_id, Event.processed_at.is_(None)
        return await _count(workspace_db, a.workspace_id, Event, *unprocessed) == 0

    async with start_worker(settings):
        assert await wait_until(done)
        async with workspace_db(a.workspace_id) as db:
            c = await db.get(Customer, customer_id)
            assert (c.order_count, c.total_spend) == (1, Decimal("300.00")), (
                "a partial refund lowers the spend"
            )
        await http.post("/api/v1/events", json={"events": [rest]}, headers=a.bearer("events:write"))
        assert await wait_until(done)
    async with workspace_db(a.workspace_id) as db:
        c = await db.get(Customer, customer_id)
        order = (await db.execute(select(Order).where(Order.order_id == order_id))).scalar_one()
    assert order.refunded_at is not None and order.refunded_amount == Decimal("400.00")
    assert c.order_count == 0 and c.total_spend == 0


async def test_customers_can_be_listed_by_tag_attribute_and_search(http, tenants):
    a = tenants["a"]
    marker = uuid.uuid4().hex[:8]
    people = [
        {
            "external_id": f"vip-{marker}",
            "traits": {"name": f"金卡{marker}", "gender": "female", "attributes": {"vip_level": "gold"}},
        },
        {
            "external_id": f"std-{marker}",
            "traits": {"name": f"普通{marker}", "gender": "male", "attributes": {"vip_level": "silver"}},
        },
    ]
    events = [_event(f"e-{uuid.uuid4().hex}", "", customer=p) for p in people]
    sent = (
        await http.post("/api/v1/events", json={"events": events}, headers=a.bearer("events:write"))
    ).json()
    gold_id = sent["results"][0]["customerId"]
    tag = f"list_{marker}"
    await http.post(
        "/api/v1/tags", json={"key": tag, "nameZh": "名单", "nameEn": "list"}, headers=a.bearer("admin")
    )
    applied = await http.post(
        "/api/v1/tags/apply", json={"customerIds": [gold_id], "add": [tag]}, headers=a.bearer("admin")
    )
    assert applied.status_code == 200 and applied.json()["added"] == 1
    read = a.bearer("read")
    by_tag = (await http.get("/api/v1/customers", params={"tag": tag}, headers=read)).json()
    assert [c["id"] for c in by_tag["items"]] == [gold_id] and by_tag["total"] == 1
    by_attr = (
        await http.get(
            "/api/v1/customers", params={"attribute": "vip_level=gold", "search": marker}, headers=read
        )
    ).json()
    assert [c["id"] for c in by_attr["items"]] == [gold_id]
    by_gender = (
        await http.get(
            "/api/v1/customers", params={"attribute": "gender=male", "search": marker}, headers=read
        )
    ).json()
    assert [c["name"] for c in by_gender["items"]] == [f"普通{marker}"]
    by_search = (await http.get("/api/v1/customers", params={"search": f"vip-{marker}"}, headers=read)).json()
    assert [c["id"] for c in by_search["items"]] == [gold_id]
    bad = await http.get("/api/v1/customers", params={"attribute": "nonsense"}, headers=read)
    assert bad.status_code == 400
    profile = (await http.get(f"/api/v1/customers/{gold_id}", headers=read)).json()
    assert profile["tags"][0]["source"] == "api" and profile["tags"][0]["sourceRef"].startswith("jk_")
