"""IDOR sweep: every route in the OpenAPI schema, called as workspace A against workspace B's ids.

Routes that take an object id (path parameter or id in the body) must answer 403 or 404 when the
id belongs to B; every response is searched for B's identifiers and must contain none. A new route
whose path parameter or unsafe method is not classified below makes this test fail, so every future
route is swept too.
"""

from __future__ import annotations

import json
import re

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
}
# Bodies naming B's objects (callable gets B's ids); these operations must refuse with 403/404.
ID_BODIES = {
    "switchWorkspace": lambda b: {"workspaceId": b["workspace_id"]},
    "changeMemberRole": lambda b: {"role": "analyst"},
}
# Path parameter name -> B's object id of that kind.
PATH_PARAMS = {
    "key_id": lambda b: b["api_key_id"],
    "user_id": lambda b: b["user_id"],
    "ping_id": lambda b: b["ping_id"],
}


@pytest.fixture
async def b_objects(clients, tenants):
    b = tenants["b"]
    client = await clients()
    ping = (await client.post("/api/v1/system/pings", headers=b.bearer("admin"))).json()
    keys = (await client.get("/api/v1/api-keys", headers=b.bearer("admin"))).json()
    return {
        "workspace_id": b.workspace_id,
        "api_key_id": keys[0]["id"],
        "user_id": b.users["analyst"][1],
        "ping_id": ping["id"],
        "secrets": [
            b.slug,
            ping["id"],
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
        unknown = [p for p in params if p not in PATH_PARAMS]
        if unknown:
            problems.append(f"{op_id}: unclassified path parameter(s) {unknown}: add them to PATH_PARAMS")
            continue
        if op_id in SELF_ONLY or path == "/api/v1/health":
            continue
        concrete = path
        for p in params:
            concrete = concrete.replace("{" + p + "}", str(PATH_PARAMS[p](b_objects)))
        body = None
        must_refuse = bool(params)
        if op_id in ID_BODIES:
            body = ID_BODIES[op_id](b_objects)
            must_refuse = True
        elif method != "get" and not params:
            if op_id not in CREATES:
                problems.append(
                    f"{op_id}: unsafe route without an id is not classified (CREATES or SELF_ONLY)"
                )
                continue
            body = CREATES[op_id]
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
