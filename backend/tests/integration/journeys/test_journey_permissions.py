"""Every journeys and templates route by role and key scope: reads need `read`, writes `journeys:write`."""

from __future__ import annotations

import re

import pytest

from journeys_app.openapi_export import openapi_document
from tests.conftest import sign_in
from tests.integration.journeys.conftest import create_journey, publish, sample_graph

READ_POSTS = {"validateJourney"}  # POST, but only reads


def _journey_operations():
    for path, item in openapi_document()["paths"].items():
        if not path.startswith(("/api/v1/journeys", "/api/v1/templates")):
            continue
        for method, op in item.items():
            if method in {"get", "post", "put", "patch", "delete"}:
                write = method != "get" and op["operationId"] not in READ_POSTS
                yield path, method.upper(), op["operationId"], write


@pytest.fixture
async def target(clients, tenants):
    client = await clients()
    await sign_in(client, tenants["a"].email("marketer"))
    journey = await create_journey(client, graph=sample_graph())
    await publish(client, journey["id"])
    return journey["id"]


def _concrete(path: str, journey_id: int) -> str:
    path = path.replace("{journey_id}", str(journey_id)).replace("{n}", "1").replace("{key}", "birthday_care")
    assert not re.search(r"{\w+}", path), path
    return path


async def _statuses(client, journey_id: int, headers=None) -> dict[tuple[str, bool], int]:
    seen = {}
    for path, method, op_id, write in _journey_operations():
        body = sample_graph() if op_id == "validateJourney" else {}
        resp = await client.request(method, _concrete(path, journey_id), json=body, headers=headers or {})
        seen[(op_id, write)] = resp.status_code
    return seen


def test_every_route_is_covered():
    ops = {op for _, _, op, _ in _journey_operations()}
    assert len(ops) >= 20
    assert {"saveJourneyDraft", "publishJourney", "rollbackJourney", "instantiateTemplate"} <= ops


@pytest.mark.parametrize(("role", "reads", "writes"), [("analyst", True, False), ("assistant", False, False)])
async def test_roles(clients, tenants, target, role, reads, writes):
    client = await clients()
    await sign_in(client, tenants["a"].email(role))
    for (op_id, write), status in (await _statuses(client, target)).items():
        allowed = writes if write else reads
        assert (status != 403) == allowed, (role, op_id, status)


@pytest.mark.parametrize(
    ("scope", "reads", "writes"),
    [("read", True, False), ("events:write", False, False), ("journeys:write", True, True)],
)
async def test_key_scopes(clients, tenants, target, scope, reads, writes):
    client = await clients()
    statuses = await _statuses(client, target, tenants["a"].bearer(scope))
    for (op_id, write), status in statuses.items():
        allowed = writes if write else reads
        assert (status != 403) == allowed, (scope, op_id, status)
        assert status < 500, (scope, op_id, status)


async def test_a_marketer_may_do_everything_here(clients, tenants, target):
    client = await clients()
    await sign_in(client, tenants["a"].email("marketer"))
    for (op_id, _write), status in (await _statuses(client, target)).items():
        assert status != 403 and status < 500, (op_id, status)
