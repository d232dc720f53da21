"""Journeys over HTTP: create, list, draft revisions, publish, versions, diff, rollback, archive."""

from __future__ import annotations

import asyncio
import copy

from journeys_app.domain.journeys.graph import graph_checksum
from journeys_app.openapi_export import openapi_document
from tests.conftest import sign_in
from tests.integration.journeys.conftest import (
    create_journey,
    node,
    publish,
    sample_graph,
    save_draft,
    unique,
)


async def test_a_new_journey_has_a_valid_starter_draft(marketer, tenants):
    journey = await create_journey(marketer, description="for the spring campaign")
    assert journey["status"] == "draft"
    assert journey["liveVersion"] is None
    assert journey["draftRevision"] == 1
    assert journey["unpublishedChanges"] is True
    assert journey["templateKey"] is None and journey["templateUpgradeAvailable"] is False
    assert journey["createdBy"] == tenants["a"].email("marketer")
    resp = await marketer.get(f"/api/v1/journeys/{journey['id']}/draft")
    assert resp.status_code == 200
    assert resp.headers["etag"] == '"1"'
    draft = resp.json()
    assert draft["valid"] is True and draft["errors"] == []
    assert draft["revision"] == 1
    assert draft["checksum"] == graph_checksum(draft["graph"])
    got = await marketer.get(f"/api/v1/journeys/{journey['id']}")
    assert got.json() == journey


async def test_create_validates_name_and_graph_shape(marketer):
    assert (await marketer.post("/api/v1/journeys", json={"name": "  "})).status_code == 400
    assert (await marketer.post("/api/v1/journeys", json={"name": "x" * 201})).status_code == 400
    resp = await marketer.post("/api/v1/journeys", json={"name": "list graph", "graph": [1, 2]})
    assert resp.status_code == 422
    assert resp.json()["errors"][0]["code"] == "schema.type"
    # an invalid (but object) graph is accepted as a draft, with its errors reported on read
    bad = sample_graph()
    bad["edges"][0]["target"] = "ghost"
    journey = await create_journey(marketer, graph=bad)
    draft = (await marketer.get(f"/api/v1/journeys/{journey['id']}/draft")).json()
    assert draft["valid"] is False
    assert draft["errors"][0]["code"] == "edge.unknown_target"
    assert draft["errors"][0]["pointer"] == "/edges/0/target"


async def test_list_searches_filters_and_pages(marketer, clients, tenants):
    tag = unique("春季")
    made = [await create_journey(marketer, name=f"{tag} {k}") for k in range(3)]
    other = await clients()
    await sign_in(other, tenants["b"].email("marketer"))
    await create_journey(other, name=f"{tag} in B")

    page = (await marketer.get("/api/v1/journeys", params={"q": tag})).json()
    assert page["total"] == 3
    assert [j["id"] for j in page["items"]] == [j["id"] for j in reversed(made)]  # newest change first
    first = (await marketer.get("/api/v1/journeys", params={"q": tag, "limit": 2})).json()
    second = (await marketer.get("/api/v1/journeys", params={"q": tag, "limit": 2, "offset": 2})).json()
    assert len(first["items"]) == 2 and len(second["items"]) == 1 and first["total"] == 3
    assert (await marketer.get("/api/v1/journeys", params={"q": tag.upper()})).json()["total"] == 3
    assert (await marketer.get("/api/v1/journeys", params={"q": "100%_no"})).json()["total"] == 0
    # publish one: the status filter sees it
    await publish(marketer, made[0]["id"])
    published = (await marketer.get("/api/v1/journeys", params={"q": tag, "status": "published"})).json()
    assert [j["id"] for j in published["items"]] == [made[0]["id"]]
    assert published["items"][0]["liveVersion"] == 1
    assert published["items"][0]["unpublishedChanges"] is False
    drafts_only = (await marketer.get("/api/v1/journeys", params={"q": tag, "status": "draft"})).json()
    assert drafts_only["total"] == 2
    assert (await marketer.get("/api/v1/journeys", params={"status": "deleted"})).status_code == 400


async def test_draft_saves_need_the_current_revision(marketer, clients, tenants):
    journey = await create_journey(marketer, graph=sample_graph())
    jid = journey["id"]
    graph = sample_graph()
    node(graph, "wait10")["data"]["duration"] = "PT20M"
    saved = await save_draft(marketer, jid, graph, revision=1)
    assert saved["revision"] == 2 and saved["valid"] is True
    assert node(saved["graph"], "wait10")["data"]["duration"] == "PT20M"

    # a colleague still on revision 1 cannot overwrite it
    colleague = await clients()
    await sign_in(colleague, tenants["a"].email("admin"))
    stale = copy.deepcopy(graph)
    node(stale, "wait10")["data"]["duration"] = "PT5M"
    resp = await colleague.put(
        f"/api/v1/journeys/{jid}/draft", json={"graph": stale}, headers={"If-Match": '"1"'}
    )
    assert resp.status_code == 409
    body = resp.json()
    assert body["currentRevision"] == 2
    assert body["updatedBy"] == tenants["a"].email("marketer")
    assert resp.headers["etag"] == '"2"'
    # the revision may come in the body instead of If-Match
    resp = await colleague.put(f"/api/v1/journeys/{jid}/draft", json={"graph": stale, "revision": 1})
    assert resp.status_code == 409
    resp = await colleague.put(f"/api/v1/journeys/{jid}/draft", json={"graph": stale, "revision": 2})
    assert resp.status_code == 200 and resp.json()["revision"] == 3
    # no revision at all: 428; header and body disagreeing: 400; a weak ETag is fine
    assert (await colleague.put(f"/api/v1/journeys/{jid}/draft", json={"graph": stale})).status_code == 428
    resp = await colleague.put(
        f"/api/v1/journeys/{jid}/draft", json={"graph": stale, "revision": 3}, headers={"If-Match": '"2"'}
    )
    assert resp.status_code == 400
    resp = await colleague.put(
        f"/api/v1/journeys/{jid}/draft", json={"graph": stale}, headers={"If-Match": 'W/"3"'}
    )
    assert resp.status_code == 200 and resp.json()["revision"] == 4
    draft = (await marketer.get(f"/api/v1/journeys/{jid}/draft")).json()
    assert draft["revision"] == 4 and node(draft["graph"], "wait10")["data"]["duration"] == "PT5M"


async def test_an_invalid_draft_is_saved_with_its_errors(marketer):
    journey = await create_journey(marketer, graph=sample_graph())
    graph = sample_graph()
    del node(graph, "wait10")["data"]["duration"]
    saved = await save_draft(marketer, journey["id"], graph, revision=1)
    assert saved["revision"] == 2
    assert saved["valid"] is False
    error = saved["errors"][0]
    assert error["code"] == "schema.required"
    assert error["nodeId"] == "wait10"
    assert error["pointer"].endswith("/data/duration")
    assert error["messageZh"] and error["messageEn"]
    # not even an object: refused, nothing saved
    resp = await marketer.put(
        f"/api/v1/journeys/{journey['id']}/draft", json={"graph": "nodes"}, headers={"If-Match": "2"}
    )
    assert resp.status_code == 422
    assert (await marketer.get(f"/api/v1/journeys/{journey['id']}/draft")).json()["revision"] == 2


async def test_concurrent_saves_of_one_revision_let_exactly_one_through(clients, tenants):
    first, second = await clients(), await clients()
    await sign_in(first, tenants["a"].email("marketer"))
    await sign_in(second, tenants["a"].email("admin"))
    journey = await create_journey(first, graph=sample_graph())
    graphs = []
    for duration in ("PT11M", "PT12M"):
        graph = sample_graph()
        node(graph, "wait10")["data"]["duration"] = duration
        graphs.append(graph)
    results = await asyncio.gather(
        *(
            client.put(f"/api/v1/journeys/{journey['id']}/draft", json={"graph": g, "revision": 1})
            for client, g in zip((first, second), graphs, strict=True)
        )
    )
    assert sorted(r.status_code for r in results) == [200, 409]
    winner = next(r for r in results if r.status_code == 200).json()
    draft = (await first.get(f"/api/v1/journeys/{journey['id']}/draft")).json()
    assert draft["revision"] == 2 and draft["graph"] == winner["graph"]


async def test_publish_validates_and_creates_numbered_versions(marketer, tenants):
    graph = sample_graph()
    graph["edges"] = graph["edges"][1:]  # the trigger's outcome is no longer connected
    journey = await create_journey(marketer, graph=graph)
    jid = journey["id"]
    refused = await marketer.post(f"/api/v1/journeys/{jid}/publish", json={"message": "first"})
    assert refused.status_code == 422
    codes = {e["code"] for e in refused.json()["errors"]}
    assert "node.outcome_not_connected" in codes
    assert (await marketer.get(f"/api/v1/journeys/{jid}/versions")).json() == []

    await save_draft(marketer, jid, sample_graph(), revision=1)
    v1 = await publish(marketer, jid, "first version")
    assert v1["number"] == 1 and v1["live"] is True
    assert v1["message"] == "first version"
    assert v1["author"] == tenants["a"].email("marketer")
    assert v1["checksum"] == graph_checksum(sample_graph())
    assert v1["graph"] == sample_graph()
    journey = (await marketer.get(f"/api/v1/journeys/{jid}")).json()
    assert journey["status"] == "published" and journey["liveVersion"] == 1
    assert journey["unpublishedChanges"] is False

    # nothing changed: nothing to publish (layout moves alone neither)
    assert (await marketer.post(f"/api/v1/journeys/{jid}/publish", json={})).status_code == 409
    moved = sample_graph()
    moved["layout"]["goal"] = {"x": 999, "y": 999}
    await save_draft(marketer, jid, moved, revision=2)
    assert (await marketer.post(f"/api/v1/journeys/{jid}/publish", json={})).status_code == 409

    changed = copy.deepcopy(moved)
    node(changed, "wait2")["data"]["duration"] = "P3D"
    await save_draft(marketer, jid, changed, revision=3)
    stale = await marketer.post(f"/api/v1/journeys/{jid}/publish", json={"revision": 3})
    assert stale.status_code == 409 and stale.json()["currentRevision"] == 4
    v2 = (
        await marketer.post(
            f"/api/v1/journeys/{jid}/publish", json={"message": "3 days"}, headers={"If-Match": "4"}
        )
    ).json()
    assert v2["number"] == 2 and v2["graph"] == changed

    listed = (await marketer.get(f"/api/v1/journeys/{jid}/versions")).json()
    assert [(v["number"], v["live"]) for v in listed] == [(2, True), (1, False)]
    assert "graph" not in listed[0]
    assert [
        v["number"] for v in (await marketer.get(f"/api/v1/journeys/{jid}/versions?before=2")).json()
    ] == [1]
    one = (await marketer.get(f"/api/v1/journeys/{jid}/versions/1")).json()
    assert one["graph"] == sample_graph() and one["live"] is False
    assert (await marketer.get(f"/api/v1/journeys/{jid}/versions/3")).status_code == 404


async def test_concurrent_publishes_make_one_version(clients, tenants):
    first, second = await clients(), await clients()
    await sign_in(first, tenants["a"].email("marketer"))
    await sign_in(second, tenants["a"].email("owner"))
    journey = await create_journey(first, graph=sample_graph())
    results = await asyncio.gather(
        *(
            c.post(f"/api/v1/journeys/{journey['id']}/publish", json={"message": "go"})
            for c in (first, second)
        )
    )
    assert sorted(r.status_code for r in results) == [201, 409]
    versions = (await first.get(f"/api/v1/journeys/{journey['id']}/versions")).json()
    assert [v["number"] for v in versions] == [1]


async def test_versions_cannot_be_changed_through_the_api(marketer):
    journey = await create_journey(marketer, graph=sample_graph())
    jid = journey["id"]
    v1 = await publish(marketer, jid, "v1")
    # no route writes a version: every operation under /versions is a GET
    for path, item in openapi_document()["paths"].items():
        if "/versions" in path:
            assert {m for m in item if m in {"get", "post", "put", "patch", "delete"}} == {"get"}, path
    for method in ("PUT", "PATCH", "DELETE", "POST"):
        resp = await marketer.request(method, f"/api/v1/journeys/{jid}/versions/1", json={"graph": {}})
        assert resp.status_code in (404, 405), (method, resp.status_code)
    # editing and publishing the draft leaves version 1 exactly as it was
    graph = sample_graph()
    node(graph, "wait10")["data"]["duration"] = "PT45M"
    await save_draft(marketer, jid, graph, revision=1)
    await publish(marketer, jid, "v2")
    again = (await marketer.get(f"/api/v1/journeys/{jid}/versions/1")).json()
    assert again == {**v1, "live": False}


async def test_diff_between_versions_and_the_draft(marketer):
    journey = await create_journey(marketer, graph=sample_graph())
    jid = journey["id"]
    before_publish = (await marketer.get(f"/api/v1/journeys/{jid}/diff")).json()
    assert len(before_publish["nodesAdded"]) == len(sample_graph()["nodes"])  # from an empty journey
    await publish(marketer, jid)
    graph = sample_graph()
    node(graph, "wait10")["data"]["duration"] = "PT30M"
    await save_draft(marketer, jid, graph, revision=1)
    await publish(marketer, jid)

    diff = (await marketer.get(f"/api/v1/journeys/{jid}/diff", params={"from": "1", "to": "2"})).json()
    assert diff["semanticChanged"] is True and diff["layoutChanged"] is False
    [changed] = diff["nodesChanged"]
    assert changed["id"] == "wait10"
    assert changed["changes"] == [
        {"op": "changed", "pointer": "/data/duration", "before": "PT10M", "after": "PT30M"}
    ]
    back = (await marketer.get(f"/api/v1/journeys/{jid}/diff", params={"from": "2", "to": "1"})).json()
    assert back["nodesChanged"][0]["changes"][0]["after"] == "PT10M"

    # a layout-only change of the draft: reported apart, not semantic
    moved = copy.deepcopy(graph)
    moved["layout"]["wait10"] = {"x": 1234, "y": 56}
    await save_draft(marketer, jid, moved, revision=2)
    layout = (await marketer.get(f"/api/v1/journeys/{jid}/diff")).json()  # live version -> draft
    assert layout["semanticChanged"] is False and layout["layoutChanged"] is True
    assert layout["layoutChanges"] == [
        {"nodeId": "wait10", "before": graph["layout"]["wait10"], "after": {"x": 1234, "y": 56}}
    ]
    assert layout["nodesChanged"] == [] and layout["nodesAdded"] == []
    same = (
        await marketer.get(f"/api/v1/journeys/{jid}/diff", params={"from": "draft", "to": "draft"})
    ).json()
    assert same["semanticChanged"] is False and same["layoutChanged"] is False

    assert (await marketer.get(f"/api/v1/journeys/{jid}/diff", params={"from": "7"})).status_code == 404
    assert (await marketer.get(f"/api/v1/journeys/{jid}/diff", params={"from": "latest"})).status_code == 400
    assert (await marketer.get(f"/api/v1/journeys/{jid}/diff", params={"to": "0"})).status_code == 400


async def test_rollback_publishes_an_old_graph_as_a_new_version(marketer):
    journey = await create_journey(marketer, graph=sample_graph())
    jid = journey["id"]
    v1 = await publish(marketer, jid, "v1")
    bad = sample_graph()
    node(bad, "wait10")["data"]["duration"] = "P7D"
    await save_draft(marketer, jid, bad, revision=1)
    v2 = await publish(marketer, jid, "oops")

    resp = await marketer.post(f"/api/v1/journeys/{jid}/rollback", json={"version": 1, "message": "undo"})
    assert resp.status_code == 201, resp.text
    result = resp.json()
    v3 = result["version"]
    assert v3["number"] == 3 and v3["rolledBackFrom"] == 1 and v3["message"] == "undo"
    assert v3["checksum"] == v1["checksum"] and v3["graph"] == v1["graph"]
    assert result["draftReset"] is True  # the draft held the live graph: it follows
    draft = (await marketer.get(f"/api/v1/journeys/{jid}/draft")).json()
    assert draft["graph"] == v1["graph"] and draft["revision"] == result["draftRevision"] == 3
    numbers = [
        (v["number"], v["rolledBackFrom"])
        for v in (await marketer.get(f"/api/v1/journeys/{jid}/versions")).json()
    ]
    assert numbers == [(3, 1), (2, None), (1, None)]
    assert (await marketer.get(f"/api/v1/journeys/{jid}/versions/2")).json()["checksum"] == v2["checksum"]

    # the same graph is already live: nothing to do
    assert (await marketer.post(f"/api/v1/journeys/{jid}/rollback", json={"version": 1})).status_code == 409
    assert (await marketer.post(f"/api/v1/journeys/{jid}/rollback", json={"version": 9})).status_code == 404

    # unpublished work in the draft is kept when rolling back
    wip = copy.deepcopy(v1["graph"])
    node(wip, "wait2")["data"]["duration"] = "P4D"
    await save_draft(marketer, jid, wip, revision=3)
    result = (await marketer.post(f"/api/v1/journeys/{jid}/rollback", json={"version": 2})).json()
    assert result["version"]["number"] == 4 and result["version"]["message"] == "Rollback to version 2"
    assert result["draftReset"] is False and result["draftRevision"] == 4
    draft = (await marketer.get(f"/api/v1/journeys/{jid}/draft")).json()
    assert draft["graph"] == wip and draft["revision"] == 4


async def test_archive_makes_a_journey_read_only_until_unarchived(marketer):
    name = unique("archive me")
    journey = await create_journey(marketer, name=name, graph=sample_graph())
    jid = journey["id"]
    await publish(marketer, jid)
    archived = (await marketer.post(f"/api/v1/journeys/{jid}/archive")).json()
    assert archived["status"] == "archived" and archived["archivedAt"]
    assert (await marketer.post(f"/api/v1/journeys/{jid}/archive")).json()["archivedAt"] == archived[
        "archivedAt"
    ]
    assert (await marketer.get("/api/v1/journeys", params={"q": name})).json()["total"] == 0
    listed = (await marketer.get("/api/v1/journeys", params={"q": name, "status": "archived"})).json()
    assert [j["id"] for j in listed["items"]] == [jid]
    # still readable, no longer writable
    assert (await marketer.get(f"/api/v1/journeys/{jid}/draft")).status_code == 200
    assert (await marketer.get(f"/api/v1/journeys/{jid}/versions/1")).status_code == 200
    graph = sample_graph()
    node(graph, "wait2")["data"]["duration"] = "P5D"
    resp = await marketer.put(f"/api/v1/journeys/{jid}/draft", json={"graph": graph, "revision": 1})
    assert resp.status_code == 409 and "archived" in resp.json()["detail"]
    assert (await marketer.post(f"/api/v1/journeys/{jid}/publish", json={})).status_code == 409
    assert (await marketer.post(f"/api/v1/journeys/{jid}/rollback", json={"version": 1})).status_code == 409
    assert (await marketer.patch(f"/api/v1/journeys/{jid}", json={"name": "new"})).status_code == 409

    back = (await marketer.post(f"/api/v1/journeys/{jid}/unarchive")).json()
    assert back["status"] == "published" and back["archivedAt"] is None
    await save_draft(marketer, jid, graph, revision=1)


async def test_rename_and_describe(marketer):
    journey = await create_journey(marketer)
    resp = await marketer.patch(
        f"/api/v1/journeys/{journey['id']}", json={"name": "  复购提醒  ", "description": "每 30 天"}
    )
    assert resp.status_code == 200
    assert resp.json()["name"] == "复购提醒" and resp.json()["description"] == "每 30 天"
    assert (await marketer.patch(f"/api/v1/journeys/{journey['id']}", json={"name": ""})).status_code == 400


async def test_unknown_journeys_are_404(marketer):
    for method, path in [
        ("GET", "/api/v1/journeys/999999"),
        ("GET", "/api/v1/journeys/999999/draft"),
        ("GET", "/api/v1/journeys/999999/versions"),
        ("GET", "/api/v1/journeys/999999/versions/1"),
        ("GET", "/api/v1/journeys/999999/diff"),
        ("POST", "/api/v1/journeys/999999/publish"),
        ("POST", "/api/v1/journeys/999999/archive"),
    ]:
        resp = await marketer.request(method, path, json={} if method == "POST" else None)
        assert resp.status_code == 404, (method, path, resp.status_code)


async def test_bodies_are_optional_where_every_field_is(marketer):
    journey = (await marketer.post("/api/v1/templates/repurchase_cycle/instantiate")).json()
    assert journey["templateKey"] == "repurchase_cycle"
    resp = await marketer.post(f"/api/v1/journeys/{journey['id']}/publish")
    assert resp.status_code == 201 and resp.json()["message"] == ""
    resp = await marketer.post(f"/api/v1/journeys/{journey['id']}/template-upgrade")
    assert resp.status_code == 409  # already on the newest version
