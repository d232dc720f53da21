"""Each role and each key scope against each protected route family: allowed or denied."""

from __future__ import annotations

import re

import pytest

from tests.conftest import sign_in

# route family -> a representative read call and write call (write bodies are valid)
FAMILIES = {
    "members": (
        ("GET", "/api/v1/members", None),
        ("POST", "/api/v1/members", {"email": "x", "role": "analyst"}),
    ),
    "api_keys": (
        ("GET", "/api/v1/api-keys", None),
        ("POST", "/api/v1/api-keys", {"name": "m", "scopes": ["read"]}),
    ),
    "audit": (("GET", "/api/v1/audit-log", None), None),
    "pings": (None, ("POST", "/api/v1/system/pings", None)),
    "me": (("GET", "/api/v1/auth/me", None), None),
    "journeys_read": (("GET", "/api/v1/journeys", None), None),
    "journeys_write": (None, ("POST", "/api/v1/journeys", {"name": "matrix"})),
    "templates": (("GET", "/api/v1/templates", None), None),
}

JOURNEYS = {"journeys_read", "journeys_write", "templates"}
READ_ONLY = {"journeys_read", "templates"}

ROLE_ALLOWED = {
    "owner": {"members", "api_keys", "audit", "pings", "me", *JOURNEYS},
    "admin": {"members", "api_keys", "audit", "pings", "me", *JOURNEYS},
    "marketer": {"me", *JOURNEYS},
    "analyst": {"me", *READ_ONLY},
    "assistant": {"me"},
}

SCOPE_ALLOWED = {
    "admin": {"members", "api_keys", "audit", "pings", "me", *JOURNEYS},
    "read": {"me", *READ_ONLY},
    "events:write": {"me"},
    "journeys:write": {"me", *JOURNEYS},
}


async def _call(client, method, path, body, headers=None):
    return await client.request(method, path, json=body, headers=headers or {})


def _allowed(status: int) -> bool:
    # 400 = got past the guard and failed validation (the member body's bad email on purpose)
    return status in (200, 201, 202, 400)


@pytest.mark.parametrize("role", list(ROLE_ALLOWED))
async def test_role_matrix(clients, tenants, role):
    client = await clients()
    await sign_in(client, tenants["a"].email(role))
    for family, calls in FAMILIES.items():
        for call in calls:
            if call is None:
                continue
            resp = await _call(client, *call)
            expected = family in ROLE_ALLOWED[role]
            assert _allowed(resp.status_code) == expected, (
                role,
                family,
                call[0],
                resp.status_code,
                resp.text,
            )
            if not expected:
                assert resp.status_code == 403


@pytest.mark.parametrize("scope", list(SCOPE_ALLOWED))
async def test_scope_matrix(clients, tenants, scope):
    client = await clients()
    for family, calls in FAMILIES.items():
        for call in calls:
            if call is None:
                continue
            resp = await _call(client, *call, headers=tenants["a"].bearer(scope))
            expected = family in SCOPE_ALLOWED[scope]
            assert _allowed(resp.status_code) == expected, (
                scope,
                family,
                call[0],
                resp.status_code,
                resp.text,
            )
            if not expected:
                assert resp.status_code == 403


async def test_anonymous_callers_get_401_everywhere_but_health_and_login(clients):
    from journeys_app.openapi_export import openapi_document

    client = await clients()
    public = {("/api/v1/health", "get"), ("/api/v1/auth/login", "post")}
    for path, item in openapi_document()["paths"].items():
        for method in item:
            if method not in {"get", "post", "put", "patch", "delete"} or (path, method) in public:
                continue
            concrete = re.sub(r"{\w+}", "1", path)
            resp = await client.request(method.upper(), concrete)
            assert resp.status_code == 401, (method, path, resp.status_code)


async def test_only_owners_grant_the_owner_role_and_the_last_owner_stays(clients, tenants):
    admin = await clients()
    await sign_in(admin, tenants["b"].email("admin"))
    marketer_id = tenants["b"].users["marketer"][1]
    owner_id = tenants["b"].users["owner"][1]
    assert (await admin.patch(f"/api/v1/members/{marketer_id}", json={"role": "owner"})).status_code == 403
    assert (await admin.patch(f"/api/v1/members/{owner_id}", json={"role": "analyst"})).status_code == 403
    assert (await admin.delete(f"/api/v1/members/{owner_id}")).status_code == 403
    owner = await clients()
    await sign_in(owner, tenants["b"].email("owner"))
    last = await owner.patch(f"/api/v1/members/{owner_id}", json={"role": "admin"})
    assert last.status_code == 409 and "at least one owner" in last.json()["detail"]


async def test_members_can_be_added_changed_and_removed_with_audit(clients, tenants):
    owner = await clients()
    await sign_in(owner, tenants["a"].email("owner"))
    added = await owner.post(
        "/api/v1/members",
        json={"email": "new.assistant@example.test", "role": "assistant", "password": "store-42-password"},
    )
    assert added.status_code == 201, added.text
    user_id = added.json()["userId"]
    assistant = await clients()
    me = await sign_in(assistant, "new.assistant@example.test", "store-42-password")
    assert me["permissions"] == ["tasks:own"]
    changed = await owner.patch(f"/api/v1/members/{user_id}", json={"role": "analyst"})
    assert changed.status_code == 200 and changed.json()["role"] == "analyst"
    assert (await assistant.get("/api/v1/auth/me")).json()["permissions"] == ["read"]
    assert (await owner.delete(f"/api/v1/members/{user_id}")).status_code == 204
    assert (await assistant.get("/api/v1/auth/me")).status_code == 401
    actions = [e["action"] for e in (await owner.get("/api/v1/audit-log")).json()]
    for action in ("member.added", "member.role_changed", "member.removed"):
        assert action in actions
    dup = await owner.post(
        "/api/v1/members", json={"email": tenants["a"].email("analyst"), "role": "analyst"}
    )
    assert dup.status_code == 409
