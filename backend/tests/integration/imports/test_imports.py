"""CSV imports end to end: upload over real HTTP, a real worker, the database checked directly."""

from __future__ import annotations

import uuid
from decimal import Decimal

from sqlalchemy import func, select

from journeys_app.domain.customers.models import Customer, CustomerIdentity, Order
from journeys_app.domain.events.models import Event
from journeys_app.domain.tags.models import CustomerTag, Tag
from tests.conftest import PASSWORD, start_worker
from tests.integration.events.conftest import wait_until

CSV = {"Content-Type": "text/csv; charset=utf-8"}


async def _upload(http, tenant, kind: str, text: str, scope: str = "admin", filename: str | None = None):
    params = {"kind": kind, **({"filename": filename} if filename else {})}
    return await http.post(
        "/api/v1/imports", params=params, content=text.encode(), headers={**CSV, **tenant.bearer(scope)}
    )


async def _finished(http, tenant, import_id: int) -> dict:
    async def done():
        body = (await http.get(f"/api/v1/imports/{import_id}", headers=tenant.bearer("read"))).json()
        return body if body["status"] in ("done", "failed") else None

    body = await wait_until(done, timeout=60)
    assert body, f"import {import_id} did not finish"
    return body


async def _import(http, tenant, kind: str, text: str) -> dict:
    resp = await _upload(http, tenant, kind, text, filename=f"{kind}.csv")
    assert resp.status_code == 202, resp.text
    assert resp.json()["status"] == "queued"
    return await _finished(http, tenant, resp.json()["id"])


async def _make_tag(http, tenant, key: str) -> None:
    resp = await http.post(
        "/api/v1/tags", json={"key": key, "nameZh": key, "nameEn": key}, headers=tenant.bearer("admin")
    )
    assert resp.status_code == 201, resp.text


async def _customer_by(workspace_db, workspace_id: int, kind: str, value: str) -> Customer:
    async with workspace_db(workspace_id) as db:
        return (
            await db.execute(
                select(Customer)
                .join(CustomerIdentity, CustomerIdentity.customer_id == Customer.id)
                .where(CustomerIdentity.kind == kind, CustomerIdentity.value == value)
            )
        ).scalar_one()


async def _snapshot(workspace_db, workspace_id: int, customer_ids: list[int]) -> dict:
    async with workspace_db(workspace_id) as db:
        customers = (
            await db.execute(select(Customer).where(Customer.id.in_(customer_ids)).order_by(Customer.id))
        ).scalars()
        tags = (
            await db.execute(
                select(
                    CustomerTag.customer_id, CustomerTag.tag_id, CustomerTag.source, CustomerTag.source_ref
                )
                .where(CustomerTag.customer_id.in_(customer_ids))
                .order_by(CustomerTag.customer_id, CustomerTag.tag_id)
            )
        ).all()
        identities = (
            await db.execute(
                select(CustomerIdentity.kind, CustomerIdentity.value)
                .where(CustomerIdentity.customer_id.in_(customer_ids))
                .order_by(CustomerIdentity.kind, CustomerIdentity.value)
            )
        ).all()
        events = (
            await db.execute(
                select(func.count()).select_from(Event).where(Event.customer_id.in_(customer_ids))
            )
        ).scalar_one()
        all_customers = (await db.execute(select(func.count()).select_from(Customer))).scalar_one()
        return {
            "customers": [c.model_dump() for c in customers],
            "tags": tags,
            "identities": identities,
            "events": events,
            "count": all_customers,
        }


async def test_customers_import_keeps_good_rows_and_reports_bad_ones(http, tenants, workspace_db, settings):
    a = tenants["a"]
    u = uuid.uuid4().hex[:8]
    vip, new = f"vip_{u}", f"new_{u}"
    await _make_tag(http, a, vip)
    await _make_tag(http, a, new)
    phone = "137" + str(int(u, 16) % 10**8).zfill(8)
    text = (
        "\ufeffexternal_id,phone,name,region,birthday,gender,tags,attr.source\n"
        f"c1-{u},{phone},张三,上海,1990-05-01,female,{vip}|{new},ads\n"
        f"c2-{u},,李四,北京,,male,{vip},\n"
        ",,No Identity,,,,,\n"
        f"c3-{u},,Bad Birthday,,1990-13-45,,,\n"
        f"c4-{u},,Unknown Tag,,,,{vip}|nope_{u},\n"
    )
    async with start_worker(settings):
        report = await _import(http, a, "customers", text)
        assert report["status"] == "done", report
        assert report["fileName"] == "customers.csv"
        assert (report["totalRows"], report["processedRows"]) == (5, 5)
        assert (report["importedRows"], report["errorRows"], report["skippedRows"]) == (2, 3, 0)
        assert [(e["row"], e["column"]) for e in report["errors"]] == [
            (3, None),
            (4, "birthday"),
            (5, "tags"),
        ]
        assert f"nope_{u}" in report["errors"][2]["message"]

        c1 = await _customer_by(workspace_db, a.workspace_id, "external_id", f"c1-{u}")
        c2 = await _customer_by(workspace_db, a.workspace_id, "external_id", f"c2-{u}")
        assert (c1.name, c1.region, str(c1.birthday), c1.gender) == ("张三", "上海", "1990-05-01", "female")
        assert c1.attributes == {"source": "ads"}
        async with workspace_db(a.workspace_id) as db:
            rows = (
                await db.execute(
                    select(CustomerTag.customer_id, Tag.key, CustomerTag.source, CustomerTag.source_ref)
                    .join(Tag, Tag.id == CustomerTag.tag_id)
                    .where(CustomerTag.customer_id.in_([c1.id, c2.id]))
                )
            ).all()
            assert {(r[0], r[1]) for r in rows} == {(c1.id, vip), (c1.id, new), (c2.id, vip)}
            assert {(r[2], r[3]) for r in rows} == {("import", f"import:{report['id']}")}
            # rejected rows wrote nothing
            assert (
                await db.execute(
                    select(func.count())
                    .select_from(CustomerIdentity)
                    .where(CustomerIdentity.value.in_([f"c3-{u}", f"c4-{u}"]))
                )
            ).scalar_one() == 0

        # the tag changes are internal events, processed by the worker
        async def drained():
            async with workspace_db(a.workspace_id) as db:
                return (
                    await db.execute(
                        select(func.count())
                        .select_from(Event)
                        .where(Event.customer_id.in_([c1.id, c2.id]), Event.processed_at.is_(None))
                    )
                ).scalar_one() == 0

        assert await wait_until(drained)
        before = await _snapshot(workspace_db, a.workspace_id, [c1.id, c2.id])
        assert before["events"] == 3  # tag.added x3

        again = await _import(http, a, "customers", text)
        assert (again["importedRows"], again["errorRows"]) == (2, 3)
        assert await wait_until(drained)
        assert await _snapshot(workspace_db, a.workspace_id, [c1.id, c2.id]) == before

    listed = (await http.get("/api/v1/imports", headers=a.bearer("read"))).json()
    assert [i["id"] for i in listed][:2] == [again["id"], report["id"]]
    assert "errors" not in listed[0]


async def test_orders_import_attaches_to_the_customer_known_by_phone(http, tenants, workspace_db, settings):
    a = tenants["a"]
    u = uuid.uuid4().hex[:8]
    phone = "139" + str(int(u, 16) % 10**8).zfill(8)
    async with start_worker(settings):
        known = await _import(http, a, "customers", f"external_id,phone,name\nshop-{u},{phone},王五\n")
        assert known["importedRows"] == 1
        existing = await _customer_by(workspace_db, a.workspace_id, "external_id", f"shop-{u}")
        text = (
            "order_id,amount,paid_at,phone,currency,channel,refunded_at\n"
            f"o1-{u},100.00,2026-11-01T10:00:00+08:00,{phone[:3]}-{phone[3:7]}-{phone[7:]},CNY,mall,\n"
            f"o2-{u},250.5,2026-11-02T10:00:00+08:00,+86{phone},,,\n"
            f"o1-{u},100.00,2026-11-01T10:00:00+08:00,{phone},,,\n"
            f"o3-{u},abc,2026-11-02T10:00:00+08:00,{phone},,,\n"
            f"o4-{u},10,2026-11-02T10:00:00,{phone},,,\n"
            f"o5-{u},80,2026-11-03T10:00:00+08:00,{phone},,,2026-11-04T10:00:00+08:00\n"
        )
        report = await _import(http, a, "orders", text)
        assert report["status"] == "done", report
        assert (report["importedRows"], report["skippedRows"], report["errorRows"]) == (3, 1, 2)
        assert [(e["row"], e["column"]) for e in report["errors"]] == [(4, "amount"), (5, "paid_at")]
        customer = await _customer_by(workspace_db, a.workspace_id, "phone", "+86" + phone)
        assert customer.id == existing.id
        assert (customer.order_count, customer.total_spend) == (2, Decimal("350.50"))  # o5 refunded wholly
        # a re-import finds every order known: nothing changes
        again = await _import(http, a, "orders", text)
        assert (again["importedRows"], again["skippedRows"], again["errorRows"]) == (0, 4, 2)
        async with workspace_db(a.workspace_id) as db:
            orders = (
                await db.execute(
                    select(func.count()).select_from(Order).where(Order.customer_id == existing.id)
                )
            ).scalar_one()
        assert orders == 3
        customer = await _customer_by(workspace_db, a.workspace_id, "phone", "+86" + phone)
        assert (customer.order_count, customer.total_spend) == (2, Decimal("350.50"))


async def test_a_file_larger_than_a_chunk_is_applied_whole(http, tenants, workspace_db, settings):
    a = tenants["a"]
    u = uuid.uuid4().hex[:8]
    text = "external_id,region\n" + "".join(f"bulk-{u}-{i},r{i % 7}\n" for i in range(1100))
    async with start_worker(settings):
        report = await _import(http, a, "customers", text)
    assert report["status"] == "done", report
    assert (report["totalRows"], report["processedRows"], report["importedRows"]) == (1100, 1100, 1100)


async def test_header_problems_are_refused_at_once(http, tenants):
    a = tenants["a"]
    cases = [
        ("customers", "external_id,foo,name\nx,1,y\n", ["foo"]),
        ("customers", "name,region\nx,y\n", ["identity"]),
        ("orders", "order_id,paid_at,phone\n1,2026-11-01T10:00:00+08:00,13800000000\n", ["amount"]),
        ("orders", "order_id,amount,paid_at,name\n", ["identity", "name"]),
        ("customers", "", ["empty"]),
    ]
    for kind, text, words in cases:
        resp = await _upload(http, a, kind, text)
        assert resp.status_code == 400, (kind, text, resp.text)
        assert all(w in resp.json()["detail"] for w in words), resp.text
    resp = await _upload(http, a, "tags", "external_id\nx\n")
    assert resp.status_code == 400
    resp = await http.post(
        "/api/v1/imports?kind=customers",
        content=b"external_id\n\xff\xfe\n",
        headers={**CSV, **a.bearer("admin")},
    )
    assert resp.status_code == 400 and "UTF-8" in resp.json()["detail"]


async def test_more_than_20_mb_is_refused(http, tenants):
    a = tenants["a"]
    text = "external_id\n" + "x" * (20 * 1024 * 1024)
    resp = await _upload(http, a, "customers", text)
    assert resp.status_code == 413


async def test_only_writers_may_import(http, tenants):
    a = tenants["a"]
    text = "external_id\nperm-check\n"
    assert (await _upload(http, a, "customers", text, scope="read")).status_code == 403
    assert (await _upload(http, a, "customers", text, scope="events:write")).status_code == 403
    login = await http.post("/api/v1/auth/login", json={"email": a.email("analyst"), "password": PASSWORD})
    assert login.status_code == 200, login.text
    resp = await http.post(
        "/api/v1/imports",
        params={"kind": "customers"},
        content=text.encode(),
        headers={**CSV, "X-CSRF-Token": login.json()["csrfToken"]},
    )
    assert resp.status_code == 403
    listed = await http.get("/api/v1/imports")
    assert listed.status_code == 200
