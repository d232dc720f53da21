"""Fixtures of the journeys API tests: signed-in clients of workspace A and journey graphs."""

from __future__ import annotations

import copy
import json
import uuid
from typing import Any

import pytest

from journeys_app.settings import REPO_ROOT
from tests.conftest import sign_in

TEMPLATES = REPO_ROOT / "journeys" / "templates"


def template_doc(key: str = "order_paid_vip_group") -> dict[str, Any]:
    return json.loads((TEMPLATES / f"{key}.json").read_text(encoding="utf-8"))


def sample_graph() -> dict[str, Any]:
    """A realistic valid journey: order paid → purchased → VIP group invitation."""
    return copy.deepcopy(template_doc()["graph"])


def node(graph: dict[str, Any], node_id: str) -> dict[str, Any]:
    return next(n for n in graph["nodes"] if n["id"] == node_id)


def unique(prefix: str = "journey") -> str:
    return f"{prefix} {uuid.uuid4().hex[:8]}"


@pytest.fixture
async def marketer(clients, tenants):
    """Workspace A's marketer, signed in (CSRF header set)."""
    client = await clients()
    await sign_in(client, tenants["a"].email("marketer"))
    return client


async def create_journey(client, name: str | None = None, graph: Any = None, **extra: Any) -> dict[str, Any]:
    body: dict[str, Any] = {"name": name or unique(), **extra}
    if graph is not None:
        body["graph"] = graph
    resp = await client.post("/api/v1/journeys", json=body)
    assert resp.status_code == 201, resp.text
    return resp.json()


async def save_draft(client, journey_id: int, graph: Any, revision: int, expect: int = 200) -> dict[str, Any]:
    resp = await client.put(
        f"/api/v1/journeys/{journey_id}/draft", json={"graph": graph}, headers={"If-Match": f'"{revision}"'}
    )
    assert resp.status_code == expect, resp.text
    return resp.json()


async def publish(client, journey_id: int, message: str = "", expect: int = 201) -> dict[str, Any]:
    resp = await client.post(f"/api/v1/journeys/{journey_id}/publish", json={"message": message})
    assert resp.status_code == expect, resp.text
    return resp.json()
