"""POST /journeys/validate and the body rules every journeys route shares: 400, 413, 422."""

from __future__ import annotations

import json

from journeys_app.domain.journeys.graph import collect_references, graph_checksum
from tests.conftest import sign_in
from tests.integration.journeys.conftest import create_journey, node, sample_graph

LIMIT = 2 * 1024 * 1024


async def test_a_valid_graph_gets_its_checksum_and_references(marketer):
    graph = sample_graph()
    resp = await marketer.post("/api/v1/journeys/validate", json=graph)
    assert resp.status_code == 200, resp.text
    body = resp.json()
    assert body["valid"] is True
    assert body["checksum"] == graph_checksum(graph)
    assert body["nodeCount"] == len(graph["nodes"]) and body["edgeCount"] == len(graph["edges"])
    refs = collect_references(graph)
    assert body["references"]["tags"] == refs.tags
    assert body["references"]["eventTypes"] == refs.event_types


async def test_errors_are_a_422_with_pointers_codes_and_both_languages(marketer):
    graph = sample_graph()
    graph["edges"][2]["target"] = "ghost"
    node(graph, "wait2")["data"]["duration"] = "P2M"  # months are not allowed
    resp = await marketer.post("/api/v1/journeys/validate", json=graph)
    assert resp.status_code == 422
    errors = resp.json()["errors"]
    by_code = {e["code"]: e for e in errors}
    wait2 = next(k for k, n in enumerate(graph["nodes"]) if n["id"] == "wait2")
    assert by_code["schema.pattern"]["pointer"] == f"/nodes/{wait2}/data/duration"
    assert by_code["schema.pattern"]["nodeId"] == "wait2"
    assert set(by_code["schema.pattern"]) == {
        "code",
        "pointer",
        "nodeId",
        "edgeId",
        "messageEn",
        "messageZh",
        "params",
    }
    # schema errors come first; semantic rules run once the schema passes
    node(graph, "wait2")["data"]["duration"] = "P2D"
    errors = (await marketer.post("/api/v1/journeys/validate", json=graph)).json()["errors"]
    assert "schema.pattern" not in {e["code"] for e in errors}
    error = next(e for e in errors if e["code"] == "edge.unknown_target")
    assert error["pointer"] == "/edges/2/target"
    assert error["edgeId"] == graph["edges"][2]["id"]
    assert "ghost" in error["messageEn"] and "ghost" in error["messageZh"]


async def test_any_json_value_is_checked_not_crashed_on(marketer):
    for value in ([], "journey", 42, None, {"nodes": "many"}):
        resp = await marketer.post(
            "/api/v1/journeys/validate",
            content=json.dumps(value),
            headers={"Content-Type": "application/json"},
        )
        assert resp.status_code == 422, (value, resp.status_code, resp.text)
        assert resp.json()["errors"], value


async def test_invalid_json_is_a_400(marketer):
    journey = await create_journey(marketer)
    for method, path in [
        ("POST", "/api/v1/journeys/validate"),
        ("POST", "/api/v1/journeys"),
        ("PUT", f"/api/v1/journeys/{journey['id']}/draft"),
        ("POST", f"/api/v1/journeys/{journey['id']}/publish"),
    ]:
        resp = await marketer.request(
            method,
            path,
            content=b'{"nodes": [1, 2,}',
            headers={"Content-Type": "application/json", "If-Match": "1"},
        )
        assert resp.status_code == 400, (method, path, resp.status_code, resp.text)
    resp = await marketer.post(
        "/api/v1/journeys/validate", content=b'{"a": NaN}', headers={"Content-Type": "application/json"}
    )
    assert resp.status_code == 400


async def test_bodies_over_2_mb_are_a_413(marketer):
    journey = await create_journey(marketer)
    graph = sample_graph()
    graph["settings"]["variables"] = {"padding": "x" * (LIMIT + 10)}
    body = json.dumps(graph).encode()
    for method, path in [
        ("POST", "/api/v1/journeys/validate"),
        ("POST", "/api/v1/journeys"),
        ("PUT", f"/api/v1/journeys/{journey['id']}/draft"),
    ]:
        resp = await marketer.request(
            method, path, content=body, headers={"Content-Type": "application/json", "If-Match": "1"}
        )
        assert resp.status_code == 413, (method, path, resp.status_code)
    # just under the limit is read (and judged on its contents)
    graph["settings"]["variables"] = {"padding": "x" * (LIMIT - 10_000)}
    resp = await marketer.post("/api/v1/journeys/validate", json=graph)
    assert resp.status_code == 422
    assert {e["code"] for e in resp.json()["errors"]} == {"schema.max_length"}
    # and the draft was not touched by the refused save
    assert (await marketer.get(f"/api/v1/journeys/{journey['id']}/draft")).json()["revision"] == 1


async def test_validation_needs_read_permission(clients, tenants):
    analyst = await clients()
    await sign_in(analyst, tenants["a"].email("analyst"))
    assert (await analyst.post("/api/v1/journeys/validate", json=sample_graph())).status_code == 200
    assistant = await clients()
    await sign_in(assistant, tenants["a"].email("assistant"))
    assert (await assistant.post("/api/v1/journeys/validate", json=sample_graph())).status_code == 403
    anonymous = await clients()
    assert (await anonymous.post("/api/v1/journeys/validate", json=sample_graph())).status_code == 401
