"""IDOR sweep: every route in the OpenAPI schema, called as workspace A against workspace B's ids.

Routes that take an object id (path parameter or id in the body) must answer 403 or 404 when the
id belongs to B; every response is searched for B's identifiers and must contain none. A new route
whose path parameter or unsafe method is not classified below makes this test fail, so every future
route is swept too.
"""

from __future__ import annotations

import copy
import json
import re
import uuid

import pytest

from journeys_app.openapi_export import openapi_document
from tests.conftest import sign_in

METHODS = {"get", "post", "put", "patch", "delete"}

# Operations that act only on the caller's own session; never about another workspace's objects.
SELF_ONLY = {"login", "logout", "changePassword"}
# Unsafe operations without an id: they create inside the caller's workspace. Valid bodies:
CREATES = {
    "createApiKey": {"name": "sweep", "scopes": ["read"]},
    "addMember": {"email": "sweep.user@example.test", "role": "analyst", "password": "sweep-password-1"},
    "createWorkerPing": None,
    "createJourney": {"name": "sweep"},
    "validateJourney": lambda b: b["graph"],
    "instantiateTemplate": {"name": "sweep"},
    "ingestEvents": {
        "events": [
            {
                "id": "sweep-event",
                "type": "page.viewed",
                "customer": {"external_id": "sweep-customer"},
                "properties": {},
                "occurred_at": "2026-11-23T10:00:00+08:00",
            }
        ]
    },
    "createTagGroup": {"key": "sweep_group", "family": "behaviour", "nameZh": "扫", "nameEn": "sweep"},
    "createTag": {"key": "sweep_tag", "nameZh": "扫", "nameEn": "sweep"},
    "createRule": lambda b: {"definition": b["rule"]},
    "countRuleMatches": lambda b: {"definition": b["rule"]},
}
# Creates whose body is not JSON: (query string, content type, body).
RAW_CREATES = {
    "createImport": (
        "?kind=customers&filename=sweep.csv",
        "text/csv",
        "external_id,name\nsweep-import,Sweep\n",
    ),
}
# Bodies naming B's objects (callable gets B's ids); these operations must refuse with 403/404.
ID_BODIES = {
    "switchWorkspace": lambda b: {"workspaceId": b["workspace_id"]},
    "changeMemberRole": lambda b: {"role": "analyst"},
    "applyTags": lambda b: {"customerIds": [b["customer_id"]], "add": [], "remove": []},
    "mergeCustomers": lambda b: {"otherCustomerId": b["customer_id"]},
}
# Path parameter name -> B's object id of that kind.
PATH_PARAMS = {
    "key_id": lambda b: b["api_key_id"],
    "user_id": lambda b: b["user_id"],
    "ping_id": lambda b: b["ping_id"],
    "journey_id": lambda b: b["journey_id"],
    "n": lambda b: 1,  # a version number: B's journey has version 1
    "customer_id": lambda b: b["customer_id"],
    "rule_id": lambda b: b["rule_id"],
    "backfill_id": lambda b: b["backfill_id"],
    "import_id": lambda b: b["import_id"],
}
# Path parameters naming objects shared by every workspace (the template library): the route is
# called normally (it must not refuse) and must not return any of B's data.
GLOBAL_PARAMS = {
    "key": lambda b: "order_paid_vip_group",  # the template B's journey was created from
}
# Valid bodies for unsafe routes addressed by B's ids, so the id is the only reason to refuse.
ID_ROUTE_BODIES = {
    "saveJourneyDraft": lambda b: {"graph": b["graph"], "revision": 1},
    "updateJourney": lambda b: {"name": "hijacked"},
    "publishJourney": lambda b: {"message": "hijacked"},
    "rollbackJourney": lambda b: {"version": 1, "message": "hijacked"},
    "applyTemplateUpgrade": lambda b: {"strategy": "replace"},
    "updateRule": lambda b: {"definition": b["rule"]},
}


@pytest.fixture
async def b_objects(clients, tenants):
    b = tenants["b"]
    client = await clients()
    ping = (await client.post("/api/v1/system/pings", headers=b.bearer("admin"))).json()
    keys = (await client.get("/api/v1/api-keys", headers=b.bearer("admin"))).json()
    # B's journey, made from a template, with a marker in its published graph
    marker = f"b-secret-{uuid.uuid4().hex[:10]}"
    writer = b.bearer("journeys:write")
    journey = (
        await client.post(
            "/api/v1/templates/order_paid_vip_group/instantiate",
            json={"name": f"B journey {marker}"},
            headers=writer,
        )
    ).json()
    draft = (await client.get(f"/api/v1/journeys/{journey['id']}/draft", headers=writer)).json()
    graph = copy.deepcopy(draft["graph"])
    graph["settings"]["variables"] = {"landing_page": f"https://{marker}.example"}
    saved = await client.put(
        f"/api/v1/journeys/{journey['id']}/draft", json={"graph": graph, "revision": 1}, headers=writer
    )
    assert saved.status_code == 200, saved.text
    published = await client.post(
        f"/api/v1/journeys/{journey['id']}/publish", json={"message": marker}, headers=writer
    )
    assert published.status_code == 201, published.text
    # B's customer (from an event), tag, rule and a back-fill of it
    customer_marker = f"b-customer-{uuid.uuid4().hex[:10]}"
    sent = await client.post(
        "/api/v1/events",
        json={
            "events": [
                {
                    "id": f"b-{uuid.uuid4().hex}",
                    "type": "page.viewed",
                    "customer": {"external_id": customer_marker},
                    "properties": {},
                    "occurred_at": "2026-11-23T10:00:00+08:00",
                }
            ]
        },
        headers=b.bearer("events:write"),
    )
    assert sent.status_code == 202, sent.text
    customer_id = sent.json()["results"][0]["customerId"]
    tag_key = f"b_tag_{uuid.uuid4().hex[:8]}"
    made = await client.post(
        "/api/v1/tags", json={"key": tag_key, "nameZh": "乙", "nameEn": "b"}, headers=b.bearer("admin")
    )
    assert made.status_code == 201, made.text
    rule = {
        "name": f"B rule {marker}",
        "condition": {"kind": "has_tag", "tag": tag_key},
        "add_tags": [tag_key],
        "remove_tags": [],
        "enabled": True,
    }
    created_rule = await client.post("/api/v1/rules", json={"definition": rule}, headers=b.bearer("admin"))
    assert created_rule.status_code == 201, created_rule.text
    rule_id = created_rule.json()["id"]
    backfill = await client.post(f"/api/v1/rules/{rule_id}/backfills", headers=b.bearer("admin"))
    assert backfill.status_code == 202, backfill.text
    # B's CSV import (stays queued: no worker here), its file name and rows carrying a marker
    import_marker = f"b-import-{uuid.uuid4().hex[:10]}"
    imported = await client.post(
        f"/api/v1/imports?kind=customers&filename={import_marker}.csv",
        content=f"external_id,name\n{import_marker},{import_marker}\n".encode(),
        headers={"Content-Type": "text/csv", **b.bearer("admin")},
    )
    assert imported.status_code == 202, imported.text
    return {
        "import_id": imported.json()["id"],
        "customer_id": customer_id,
        "rule_id": rule_id,
        "backfill_id": backfill.json()["id"],
        "rule": {
            **rule,
            "name": "sweep rule",
            "condition": {"kind": "has_tag", "tag": "sweep_tag"},
            "add_tags": ["sweep_tag"],
        },
        "workspace_id": b.workspace_id,
        "api_key_id": keys[0]["id"],
        "user_id": b.users["analyst"][1],
        "ping_id": ping["id"],
        "journey_id": journey["id"],
        "graph": draft["graph"],  # a valid graph without B's marker, for bodies
        "secrets": [
            b.slug,
            ping["id"],
            marker,
            customer_marker,
            tag_key,
            import_marker,
            *[k["prefix"] for k in keys],
            *[email for email, _ in b.users.values()],
        ],
    }


def _operations():
    for path, item in openapi_document()["paths"].items():
        for method, op in item.items():
            if method in METHODS:
                yield path, method, op


async def _sweep(client, headers, b_objects) -> list[str]:
    problems: list[str] = []
    for path, method, op in _operations():
        op_id = op["operationId"]
        params = re.findall(r"{(\w+)}", path)
        unknown = [p for p in params if p not in PATH_PARAMS and p not in GLOBAL_PARAMS]
        if unknown:
            problems.append(
                f"{op_id}: unclassified path parameter(s) {unknown}: add them to PATH_PARAMS or GLOBAL_PARAMS"
            )
            continue
        if op_id in SELF_ONLY or path == "/api/v1/health":
            continue
        concrete = path
        for p in params:
            value = PATH_PARAMS[p](b_objects) if p in PATH_PARAMS else GLOBAL_PARAMS[p](b_objects)
            concrete = concrete.replace("{" + p + "}", str(value))
        body = None
        must_refuse = any(p in PATH_PARAMS for p in params)
        if op_id in ID_BODIES:
            body = ID_BODIES[op_id](b_objects)
            must_refuse = True
        elif op_id in RAW_CREATES and not must_refuse:
            query, content_type, raw = RAW_CREATES[op_id]
            resp = await client.request(
                method.upper(),
                concrete + query,
                content=raw.encode(),
                headers={**headers, "Content-Type": content_type},
            )
            if resp.status_code >= 400:
                problems.append(
                    f"{method.upper()} {concrete} ({op_id}) answered {resp.status_code}: {resp.text}"
                )
            leaked = [s for s in b_objects["secrets"] if s and s in resp.text]
            if leaked:
                problems.append(f"{method.upper()} {concrete} ({op_id}) returned workspace B data: {leaked}")
            continue
        elif method != "get" and not must_refuse:
            if op_id not in CREATES:
                problems.append(
                    f"{op_id}: unsafe route without an id is not classified (CREATES or SELF_ONLY)"
                )
                continue
            body = CREATES[op_id]
            body = body(b_objects) if callable(body) else body
        elif op_id in ID_ROUTE_BODIES:
            body = ID_ROUTE_BODIES[op_id](b_objects)
        resp = await client.request(method.upper(), concrete, json=body, headers=headers)
        if must_refuse and resp.status_code not in (403, 404):
            problems.append(f"{method.upper()} {concrete} ({op_id}) answered {resp.status_code}, not 403/404")
        text = resp.text
        leaked = [s for s in b_objects["secrets"] if s and s in text]
        if leaked:
            problems.append(f"{method.upper()} {concrete} ({op_id}) returned workspace B data: {leaked}")
        if not must_refuse and resp.status_code >= 500:
            problems.append(f"{method.upper()} {concrete} ({op_id}) failed with {resp.status_code}")
    return problems


async def test_workspace_a_session_cannot_reach_workspace_b(clients, tenants, b_objects):
    client = await clients()
    await sign_in(client, tenants["a"].email("owner"))
    assert await _sweep(client, {}, b_objects) == []


async def test_workspace_a_admin_key_cannot_reach_workspace_b(clients, tenants, b_objects):
    client = await clients()
    assert await _sweep(client, tenants["a"].bearer("admin"), b_objects) == []


async def test_b_objects_are_untouched_after_the_sweeps(clients, tenants, b_objects):
    client = await clients()
    a_owner = await clients()
    await sign_in(a_owner, tenants["a"].email("owner"))
    await _sweep(a_owner, {}, b_objects)
    b = tenants["b"]
    keys = {k["id"]: k for k in (await client.get("/api/v1/api-keys", headers=b.bearer("admin"))).json()}
    assert keys[b_objects["api_key_id"]]["revokedAt"] is None
    members = {
        m["userId"]: m for m in (await client.get("/api/v1/members", headers=b.bearer("admin"))).json()
    }
    assert members[b_objects["user_id"]]["role"] == "analyst"
    ping = await client.get(f"/api/v1/system/pings/{b_objects['ping_id']}", headers=b.bearer("admin"))
    assert ping.status_code == 200
    assert json.loads(ping.text)["id"] == b_objects["ping_id"]
    journey_id = b_objects["journey_id"]
    journey = (await client.get(f"/api/v1/journeys/{journey_id}", headers=b.bearer("read"))).json()
    assert journey["name"].startswith("B journey ") and journey["status"] == "published"
    assert journey["liveVersion"] == 1 and journey["draftRevision"] == 2
    assert journey["templateVersion"] is not None
    versions = (await client.get(f"/api/v1/journeys/{journey_id}/versions", headers=b.bearer("read"))).json()
    assert [v["number"] for v in versions] == [1]
