"""The OpenAPI schema is the API's documentation and the source of the SPA's generated client."""

from __future__ import annotations

import json
from pathlib import Path

from journeys_app.openapi_export import openapi_document

REPO = Path(__file__).resolve().parents[4]
HTTP_METHODS = {"get", "post", "put", "patch", "delete"}


async def test_schema_is_served_as_openapi_3_1(client):
    resp = await client.get("/schema/openapi.json")
    assert resp.status_code == 200
    doc = resp.json()
    assert doc["openapi"].startswith("3.1")
    assert "/api/v1/health" in doc["paths"]


def test_every_route_lives_under_api_v1_and_has_an_explicit_camel_case_operation_id():
    doc = openapi_document()
    seen = set()
    for path, item in doc["paths"].items():
        assert path.startswith("/api/v1/"), path
        for method, op in item.items():
            if method not in HTTP_METHODS:
                continue
            op_id = op.get("operationId", "")
            assert op_id and op_id[0].islower() and "_" not in op_id and not op_id.startswith("ApiV1"), (
                path,
                method,
                op_id,
            )
            assert op_id not in seen, f"duplicate operationId {op_id}"
            seen.add(op_id)


def test_the_committed_client_schema_matches_the_api():
    """frontend/openapi.json feeds the generated client; regenerate with `make api-client`."""
    committed = json.loads((REPO / "frontend" / "openapi.json").read_text())
    assert committed == openapi_document(), "frontend/openapi.json is stale: run `make api-client`"
