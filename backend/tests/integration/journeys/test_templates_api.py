"""The template library over HTTP: list, instantiate, upgrade a journey to a newer version, export."""

from __future__ import annotations

import copy
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from journeys_app.domain.journeys.templates import (
    clear_library_cache,
    dump_template,
    load_library,
    validate_template,
)
from tests.integration.journeys.conftest import (
    TEMPLATES,
    create_journey,
    node,
    publish,
    sample_graph,
    save_draft,
    template_doc,
)

KEY = "order_paid_vip_group"


@pytest.fixture
def library_dir(tmp_path, monkeypatch):
    """A private template library holding one template at 1.0.0 (JOURNEYS_TEMPLATES_DIR)."""
    folder = tmp_path / "templates"
    folder.mkdir()
    (folder / f"{KEY}.json").write_text(dump_template(template_doc(KEY)), encoding="utf-8")
    monkeypatch.setenv("JOURNEYS_TEMPLATES_DIR", str(folder))
    clear_library_cache()
    yield folder
    clear_library_cache()


def release(folder: Path, doc: dict[str, Any], version: str, en: str, zh: str) -> dict[str, Any]:
    """Write a new version of a template into the library, keeping the old one as KEY@OLD.json."""
    old = json.loads((folder / f"{doc['key']}.json").read_text(encoding="utf-8"))
    (folder / f"{doc['key']}@{old['version']}.json").write_text(dump_template(old), encoding="utf-8")
    new = {
        **doc,
        "version": version,
        "changelog": [
            {"version": version, "date": "2026-12-01", "changes": {"zh-CN": zh, "en": en}},
            *old["changelog"],
        ],
    }
    assert validate_template(new, f"{doc['key']}.json") == []
    (folder / f"{doc['key']}.json").write_text(dump_template(new), encoding="utf-8")
    clear_library_cache()
    return new


async def test_the_library_is_listed_with_every_template(marketer):
    resp = await marketer.get("/api/v1/templates")
    assert resp.status_code == 200
    listed = resp.json()
    assert [t["key"] for t in listed] == sorted(p.stem for p in TEMPLATES.glob("*.json") if "@" not in p.stem)
    assert len(listed) >= 15
    first = next(t for t in listed if t["key"] == "purchase_frequency")
    assert first["name"]["zh-CN"] == "购买频次旅程" and first["name"]["en"]
    assert first["operatingModel"] == "any" and first["stageCount"] >= 5
    assert first["changelog"][0]["version"] == first["version"]
    one = (await marketer.get("/api/v1/templates/purchase_frequency")).json()
    assert one["graph"] == load_library().get("purchase_frequency").graph
    assert one["versions"] == [first["version"]]
    assert (await marketer.get("/api/v1/templates/no_such_template")).status_code == 404


async def test_instantiate_remembers_the_template_key_and_version(marketer):
    resp = await marketer.post("/api/v1/templates/purchase_frequency/instantiate", json={})
    assert resp.status_code == 201, resp.text
    journey = resp.json()
    template = load_library().get("purchase_frequency")
    assert journey["name"] == template.name["zh-CN"]
    assert journey["description"] == template.description["zh-CN"]
    assert journey["templateKey"] == "purchase_frequency"
    assert journey["templateVersion"] == template.version == journey["templateLatestVersion"]
    assert journey["templateUpgradeAvailable"] is False
    draft = (await marketer.get(f"/api/v1/journeys/{journey['id']}/draft")).json()
    assert draft["graph"] == template.graph and draft["valid"] is True
    english = (
        await marketer.post(
            "/api/v1/templates/purchase_frequency/instantiate", json={"locale": "en", "description": ""}
        )
    ).json()
    assert english["name"] == template.name["en"] and english["description"] == ""
    named = (
        await marketer.post("/api/v1/templates/birthday_care/instantiate", json={"name": "北京店生日关怀"})
    ).json()
    assert named["name"] == "北京店生日关怀" and named["templateKey"] == "birthday_care"
    assert (await marketer.post("/api/v1/templates/nope/instantiate", json={})).status_code == 404
    status = (await marketer.get(f"/api/v1/journeys/{journey['id']}/template-upgrade")).json()
    assert status["available"] is False and status["latestVersion"] == template.version


async def test_a_newer_template_version_is_offered_and_merged_into_the_draft(marketer, library_dir):
    journey = (await marketer.post(f"/api/v1/templates/{KEY}/instantiate", json={})).json()
    jid = journey["id"]
    assert journey["templateVersion"] == "1.0.0" and journey["templateUpgradeAvailable"] is False
    await publish(marketer, jid, "as the template")

    # the workspace edits its draft: a longer second wait, and its own invitation text
    local = sample_graph()
    node(local, "wait2")["data"]["duration"] = "P3D"
    node(local, "invite")["data"]["text"] = {"zh-CN": "本店专属：欢迎进群！"}
    await save_draft(marketer, jid, local, revision=1)

    # upstream: the first wait becomes 30 minutes, quiet hours start later, and the invitation changes
    upstream = template_doc(KEY)
    node(upstream["graph"], "wait10")["data"]["duration"] = "PT30M"
    upstream["graph"]["settings"]["quiet_hours"]["start"] = "22:30"
    node(upstream["graph"], "invite")["data"]["text"]["en"] = "Thanks! Join our VIP group."
    release(library_dir, upstream, "1.1.0", "Invite after 30 minutes.", "30 分钟后再邀请。")

    journey = (await marketer.get(f"/api/v1/journeys/{jid}")).json()
    assert journey["templateUpgradeAvailable"] is True and journey["templateLatestVersion"] == "1.1.0"
    listed = (await marketer.get("/api/v1/journeys", params={"q": journey["name"]})).json()["items"]
    assert any(j["id"] == jid and j["templateUpgradeAvailable"] for j in listed)

    status = (await marketer.get(f"/api/v1/journeys/{jid}/template-upgrade")).json()
    assert status["available"] is True
    assert (status["currentVersion"], status["latestVersion"]) == ("1.0.0", "1.1.0")
    assert [e["version"] for e in status["changelog"]] == ["1.1.0"]
    assert {c["id"] for c in status["templateDiff"]["nodesChanged"]} == {"wait10", "invite"}
    assert status["templateDiff"]["settingsChanges"][0]["pointer"] == "/settings/quiet_hours/start"
    assert status["conflicts"] == [{"area": "node", "key": "invite"}]
    # what the merge would do to the draft: only the upstream changes that do not conflict
    assert [c["id"] for c in status["draftDiff"]["nodesChanged"]] == ["wait10"]
    assert len(status["draftDiff"]["settingsChanges"]) == 1

    resp = await marketer.post(f"/api/v1/journeys/{jid}/template-upgrade", json={"revision": 1})
    assert resp.status_code == 409 and resp.json()["currentRevision"] == 2
    resp = await marketer.post(f"/api/v1/journeys/{jid}/template-upgrade", json={"strategy": "merge"})
    assert resp.status_code == 200, resp.text
    result = resp.json()
    assert (result["fromVersion"], result["toVersion"]) == ("1.0.0", "1.1.0")
    assert result["conflicts"] == [{"area": "node", "key": "invite"}]
    merged = result["draft"]["graph"]
    assert node(merged, "wait10")["data"]["duration"] == "PT30M"  # theirs
    assert node(merged, "wait2")["data"]["duration"] == "P3D"  # ours
    assert node(merged, "invite")["data"]["text"] == {"zh-CN": "本店专属：欢迎进群！"}  # conflict: ours kept
    assert merged["settings"]["quiet_hours"]["start"] == "22:30"
    assert result["draft"]["revision"] == 3 and result["draft"]["valid"] is True

    journey = (await marketer.get(f"/api/v1/journeys/{jid}")).json()
    assert journey["templateVersion"] == "1.1.0" and journey["templateUpgradeAvailable"] is False
    assert journey["liveVersion"] == 1 and journey["unpublishedChanges"] is True  # publish as usual
    assert (await marketer.post(f"/api/v1/journeys/{jid}/template-upgrade", json={})).status_code == 409
    assert (await marketer.get(f"/api/v1/journeys/{jid}/template-upgrade")).json()["available"] is False
    # the next upstream release diffs against 1.1.0, the version the journey now remembers
    upstream2 = copy.deepcopy(upstream)
    node(upstream2["graph"], "wait2")["data"]["duration"] = "P1D"
    release(library_dir, upstream2, "1.2.0", "Assistant task after 1 day.", "1 天后给导购任务。")
    status = (await marketer.get(f"/api/v1/journeys/{jid}/template-upgrade")).json()
    assert [c["id"] for c in status["templateDiff"]["nodesChanged"]] == ["wait2"]
    assert status["conflicts"] == [{"area": "node", "key": "wait2"}]


async def test_replace_takes_the_template_graph_as_it_is(marketer, library_dir):
    journey = (await marketer.post(f"/api/v1/templates/{KEY}/instantiate", json={})).json()
    local = sample_graph()
    node(local, "wait2")["data"]["duration"] = "P3D"
    await save_draft(marketer, journey["id"], local, revision=1)
    upstream = template_doc(KEY)
    node(upstream["graph"], "wait10")["data"]["duration"] = "PT15M"
    release(library_dir, upstream, "2.0.0", "New timing.", "新的时间。")
    resp = await marketer.post(
        f"/api/v1/journeys/{journey['id']}/template-upgrade",
        json={"strategy": "replace"},
        headers={"If-Match": '"2"'},
    )
    assert resp.status_code == 200, resp.text
    assert resp.json()["draft"]["graph"] == upstream["graph"]
    assert resp.json()["conflicts"] == []


async def test_upgrade_needs_a_journey_made_from_a_template(marketer):
    journey = await create_journey(marketer)
    assert (await marketer.get(f"/api/v1/journeys/{journey['id']}/template-upgrade")).status_code == 409
    assert (
        await marketer.post(f"/api/v1/journeys/{journey['id']}/template-upgrade", json={})
    ).status_code == 409


async def test_export_template_bumps_the_version_and_adds_a_changelog_entry(marketer, library_dir):
    journey = (await marketer.post(f"/api/v1/templates/{KEY}/instantiate", json={})).json()
    jid = journey["id"]
    graph = sample_graph()
    node(graph, "wait10")["data"]["duration"] = "PT20M"
    await save_draft(marketer, jid, graph, revision=1)
    await publish(marketer, jid, "20 minutes")

    resp = await marketer.get(
        f"/api/v1/journeys/{jid}/export-template",
        params={"bump": "minor", "changesEn": "Invite after 20 minutes."},
    )
    assert resp.status_code == 200, resp.text
    assert resp.headers["content-disposition"] == f'attachment; filename="{KEY}.json"'
    doc = json.loads(resp.text)
    assert resp.text == dump_template(doc)  # the library's file format, byte for byte
    assert doc["key"] == KEY and doc["version"] == "1.1.0"
    entry = doc["changelog"][0]
    assert entry["version"] == "1.1.0" and entry["changes"]["en"] == "Invite after 20 minutes."
    assert entry["changes"]["zh-CN"] and entry["date"] == datetime.now(UTC).date().isoformat()
    assert doc["changelog"][1:] == template_doc(KEY)["changelog"]
    assert doc["graph"] == graph
    assert doc["name"] == template_doc(KEY)["name"]
    assert validate_template(doc, f"{KEY}.json") == []
    major = json.loads((await marketer.get(f"/api/v1/journeys/{jid}/export-template?bump=major")).text)
    assert major["version"] == "2.0.0"

    # committed to the library, the export is the upgrade other journeys are offered
    (library_dir / f"{KEY}.json").write_text(resp.text, encoding="utf-8")
    clear_library_cache()
    other = (await marketer.get(f"/api/v1/journeys/{jid}")).json()
    assert other["templateUpgradeAvailable"] is True and other["templateLatestVersion"] == "1.1.0"


async def test_export_of_a_journey_not_made_from_a_template(marketer):
    journey = await create_journey(marketer, name="Spring Sale 2027", graph=sample_graph())
    doc = json.loads((await marketer.get(f"/api/v1/journeys/{journey['id']}/export-template")).text)
    assert doc["key"] == "spring_sale_2027" and doc["version"] == "1.0.0"  # the draft: never published
    assert doc["name"] == {"zh-CN": "Spring Sale 2027", "en": "Spring Sale 2027"}
    assert len(doc["changelog"]) == 1 and "draft" in doc["changelog"][0]["changes"]["en"]
    assert validate_template(doc, "spring_sale_2027.json") == []
    chinese = await create_journey(marketer, name="春季大促")
    doc = json.loads((await marketer.get(f"/api/v1/journeys/{chinese['id']}/export-template")).text)
    assert doc["key"] == f"journey_{chinese['id']}"
    named = await marketer.get(
        f"/api/v1/journeys/{chinese['id']}/export-template", params={"key": "spring_sale"}
    )
    assert json.loads(named.text)["key"] == "spring_sale"
    bad_key = await marketer.get(
        f"/api/v1/journeys/{chinese['id']}/export-template", params={"key": "Spring-Sale"}
    )
    assert bad_key.status_code == 400
    # an invalid draft cannot become a template
    broken = sample_graph()
    broken["edges"][0]["target"] = "ghost"
    invalid = await create_journey(marketer, graph=broken)
    resp = await marketer.get(
        f"/api/v1/journeys/{invalid['id']}/export-template", params={"version": "draft"}
    )
    assert resp.status_code == 422
    assert resp.json()["errors"][0]["pointer"] == "/graph/edges/0/target"
    assert (
        await marketer.get(f"/api/v1/journeys/{invalid['id']}/export-template", params={"version": "3"})
    ).status_code == 404


async def test_a_broken_library_does_not_take_journey_pages_down(marketer, library_dir):
    journey = (await marketer.post(f"/api/v1/templates/{KEY}/instantiate", json={})).json()
    (library_dir / "broken.json").write_text('{"key": "broken"', encoding="utf-8")
    clear_library_cache()
    got = await marketer.get(f"/api/v1/journeys/{journey['id']}")
    assert got.status_code == 200
    assert got.json()["templateVersion"] == "1.0.0" and got.json()["templateUpgradeAvailable"] is False
    assert (await marketer.get("/api/v1/journeys")).status_code == 200
