"""`journeys validate`, `journeys templates import` and `journeys export`, run as real processes."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import uuid

import pytest

from journeys_app.domain.journeys.templates import load_library
from tests.conftest import sign_in
from tests.integration.journeys.conftest import TEMPLATES, node, publish, sample_graph, save_draft

JOURNEYS = [sys.executable, "-m", "journeys_app.cli"]
PASSWORD = "cli-password-42"


def _run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("JOURNEYS_")}
    clean.update(env or {})
    return subprocess.run([*JOURNEYS, *args], capture_output=True, text=True, env=clean, timeout=120)


def test_validate_accepts_good_graphs_and_templates(tmp_path):
    graph_file = tmp_path / "journey.json"
    graph_file.write_text(json.dumps(sample_graph(), ensure_ascii=False), encoding="utf-8")
    result = _run("validate", str(graph_file), str(TEMPLATES))
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert f"{graph_file}: ok" in lines
    assert f"{TEMPLATES / 'purchase_frequency.json'}: ok" in lines
    assert len(lines) == 1 + len(list(TEMPLATES.glob("*.json")))
    assert "0 invalid" in result.stderr


def test_validate_reports_each_problem_on_one_readable_line(tmp_path):
    good = tmp_path / "good.json"
    good.write_text(json.dumps(sample_graph()), encoding="utf-8")
    bad_graph = sample_graph()
    bad_graph["edges"][0]["target"] = "ghost"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(bad_graph), encoding="utf-8")
    broken = tmp_path / "broken.json"
    broken.write_text('{"nodes": [', encoding="utf-8")
    template = json.loads((TEMPLATES / "birthday_care.json").read_text(encoding="utf-8"))
    template["version"] = "1.1.0"  # the changelog's newest entry is still 1.0.0
    stale_template = tmp_path / "birthday_care.json"
    stale_template.write_text(json.dumps(template, ensure_ascii=False), encoding="utf-8")

    result = _run("validate", str(good), str(bad), str(broken), str(stale_template))
    assert result.returncode == 1
    out = result.stdout.splitlines()
    assert f"{good}: ok" in out
    assert f"{bad}: /edges/0/target edge.unknown_target The edge enters “ghost”, which is not a node." in out
    assert any(line.startswith(f"{broken}: / json.invalid invalid JSON") for line in out)
    assert f"{stale_template}: /changelog/0/version template.changelog_mismatch " in "\n".join(out)
    assert "Traceback" not in result.stderr
    assert "4 file(s) checked, 3 invalid" in result.stderr

    chinese = _run("validate", "--language", "zh-CN", str(bad))
    assert chinese.returncode == 1
    assert f"{bad}: /edges/0/target edge.unknown_target 连线的终点“ghost”不是已有节点。" in chinese.stdout
    assert _run("validate", str(tmp_path / "missing.json")).returncode == 2  # usage error


@pytest.fixture
def cli_workspace(database_url, tmp_path):
    """A fresh workspace with an owner, made with `journeys create-user` on the test database."""
    slug = f"cli-{uuid.uuid4().hex[:8]}"
    email = f"owner@{slug}.test"
    env = {"JOURNEYS_DATABASE_URL": database_url, "JOURNEYS_DATA_DIR": str(tmp_path / "data")}
    made = _run(
        "create-user",
        "--email",
        email,
        "--password",
        PASSWORD,
        "--workspace",
        slug,
        "--role",
        "owner",
        env=env,
    )
    assert made.returncode == 0, made.stderr
    return slug, email, env


async def test_templates_import_creates_each_missing_journey_once(cli_workspace, clients):
    slug, email, env = cli_workspace
    library = load_library()
    first = _run("templates", "import", "--workspace", slug, env=env)
    assert first.returncode == 0, first.stderr
    created = [line for line in first.stdout.splitlines() if line.startswith("created ")]
    assert len(created) == len(library)
    assert f"{len(library)} journey(s) created, 0 template(s) already imported" in first.stdout

    second = _run("templates", "import", "--workspace", slug, env=env)
    assert second.returncode == 0, second.stderr
    existing = [line for line in second.stdout.splitlines() if line.startswith("exists ")]
    assert len(existing) == len(library)
    assert f"0 journey(s) created, {len(library)} template(s) already imported" in second.stdout

    client = await clients()
    await sign_in(client, email, PASSWORD)
    page = (await client.get("/api/v1/journeys", params={"limit": 200})).json()
    assert page["total"] == len(library)
    by_key = {j["templateKey"]: j for j in page["items"]}
    assert set(by_key) == set(library.keys())
    purchase = by_key["purchase_frequency"]
    assert purchase["name"] == library.get("purchase_frequency").name["zh-CN"]
    assert purchase["createdBy"] == "journeys templates import" and purchase["status"] == "draft"

    unknown = _run("templates", "import", "--workspace", "no-such-workspace", env=env)
    assert unknown.returncode == 2
    assert unknown.stderr.strip() == (
        "journeys: error: no workspace 'no-such-workspace' (create it with `journeys create-user`)"
    )


async def test_export_prints_a_version_or_the_draft(cli_workspace, clients, tmp_path):
    slug, email, env = cli_workspace
    imported = _run("templates", "import", "--workspace", slug, env=env)
    journey_id = int(re.search(r"created +#(\d+) order_paid_vip_group ", imported.stdout).group(1))

    # never published: the draft (the template's graph)
    draft = _run("export", str(journey_id), env=env)
    assert draft.returncode == 0, draft.stderr
    assert json.loads(draft.stdout) == sample_graph()

    client = await clients()
    await sign_in(client, email, PASSWORD)
    await publish(client, journey_id, "v1")
    changed = sample_graph()
    node(changed, "wait10")["data"]["duration"] = "PT25M"
    await save_draft(client, journey_id, changed, revision=1)

    out = tmp_path / "v1.json"
    v1 = _run("export", str(journey_id), "--version", "1", "-o", str(out), env=env)
    assert v1.returncode == 0, v1.stderr
    assert json.loads(out.read_text(encoding="utf-8")) == sample_graph()
    assert "已购买" in out.read_text(encoding="utf-8")  # readable Chinese, not \\u escapes
    assert f"wrote journey {journey_id}" in v1.stderr
    live = _run("export", str(journey_id), env=env)
    assert json.loads(live.stdout) == sample_graph()  # the live version, not the newer draft
    wip = _run("export", str(journey_id), "--version", "draft", env=env)
    assert json.loads(wip.stdout) == changed
    # the exported file validates as it is
    assert _run("validate", str(out)).returncode == 0

    missing = _run("export", "99999999", env=env)
    assert missing.returncode == 2
    assert missing.stderr.strip() == "journeys: error: no journey 99999999"
    no_version = _run("export", str(journey_id), "--version", "7", env=env)
    assert no_version.returncode == 2 and f"journey {journey_id} has no version 7" in no_version.stderr
