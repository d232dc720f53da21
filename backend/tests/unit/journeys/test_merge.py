"""Three-way merge of a template upgrade into an edited draft (pure)."""

from __future__ import annotations

import copy
import json

from journeys_app.domain.journeys.graph import validate_graph
from journeys_app.domain.journeys.services.merge import Conflict, merge_graphs
from journeys_app.settings import REPO_ROOT


def _graph(key: str = "order_paid_vip_group") -> dict:
    path = REPO_ROOT / "journeys" / "templates" / f"{key}.json"
    return json.loads(path.read_text(encoding="utf-8"))["graph"]


def _node(graph: dict, node_id: str) -> dict:
    return next(n for n in graph["nodes"] if n["id"] == node_id)


def test_an_untouched_draft_becomes_the_new_template():
    base = _graph()
    theirs = copy.deepcopy(base)
    _node(theirs, "wait10")["data"]["duration"] = "PT30M"
    theirs["settings"]["quiet_hours"] = {"start": "21:00", "end": "09:00"}
    merged, conflicts = merge_graphs(base, theirs, copy.deepcopy(base))
    assert merged == theirs and conflicts == []


def test_unchanged_upstream_keeps_the_draft():
    base = _graph()
    ours = copy.deepcopy(base)
    _node(ours, "wait2")["data"]["duration"] = "P5D"
    ours["layout"]["wait2"] = {"x": 1, "y": 2}
    merged, conflicts = merge_graphs(base, copy.deepcopy(base), ours)
    assert merged == ours and conflicts == []


def test_both_sides_apply_and_conflicts_are_reported_and_resolved():
    base = _graph()
    theirs, ours = copy.deepcopy(base), copy.deepcopy(base)
    _node(theirs, "wait10")["data"]["duration"] = "PT30M"  # only upstream
    _node(ours, "wait2")["data"]["duration"] = "P3D"  # only the draft
    _node(theirs, "task")["data"]["due_in"] = "PT12H"  # both, differently: a conflict
    _node(ours, "task")["data"]["due_in"] = "P3D"
    _node(theirs, "welcome")["data"]["channel"] = "wecom_private"  # both, the same way: no conflict
    _node(ours, "welcome")["data"]["channel"] = "wecom_private"
    merged, conflicts = merge_graphs(base, theirs, ours)
    assert conflicts == [Conflict("node", "task")]
    assert _node(merged, "wait10")["data"]["duration"] == "PT30M"
    assert _node(merged, "wait2")["data"]["duration"] == "P3D"
    assert _node(merged, "task")["data"]["due_in"] == "P3D"
    assert _node(merged, "welcome")["data"]["channel"] == "wecom_private"
    assert [n["id"] for n in merged["nodes"]] == [n["id"] for n in ours["nodes"]]
    assert validate_graph(merged) == []
    taken, _ = merge_graphs(base, theirs, ours, prefer="theirs")
    assert _node(taken, "task")["data"]["due_in"] == "PT12H"
    assert _node(taken, "wait2")["data"]["duration"] == "P3D"


def test_additions_and_removals_on_either_side():
    base = _graph()
    theirs, ours = copy.deepcopy(base), copy.deepcopy(base)
    # upstream adds a node after the goal, and drops the goal's layout entry along the way
    theirs["nodes"].append({"id": "bye", "type": "exit", "data": {}})
    theirs["edges"].append({"id": "e_bye", "source": "goal", "source_handle": "next", "target": "bye"})
    theirs["layout"]["bye"] = {"x": 10, "y": 20}
    # the draft adds its own node on the invitation... and removes the welcome message
    ours["nodes"] = [n for n in ours["nodes"] if n["id"] != "welcome"]
    removed_edges = [e for e in ours["edges"] if "welcome" in (e["source"], e["target"])]
    ours["edges"] = [e for e in ours["edges"] if e not in removed_edges]
    merged, conflicts = merge_graphs(base, theirs, ours)
    assert conflicts == []
    ids = [n["id"] for n in merged["nodes"]]
    assert "bye" in ids and ids[-1] == "bye" and "welcome" not in ids
    assert "e_bye" in {e["id"] for e in merged["edges"]}
    assert merged["layout"]["bye"] == {"x": 10, "y": 20}
    assert "welcome" not in merged["layout"]  # positions of removed nodes are dropped


def test_removed_upstream_but_edited_in_the_draft_is_a_conflict():
    base = _graph()
    theirs, ours = copy.deepcopy(base), copy.deepcopy(base)
    theirs["nodes"] = [n for n in theirs["nodes"] if n["id"] != "task"]
    _node(ours, "task")["data"]["due_in"] = "P4D"
    merged, conflicts = merge_graphs(base, theirs, ours)
    assert conflicts == [Conflict("node", "task")]
    assert _node(merged, "task")["data"]["due_in"] == "P4D"
    gone, _ = merge_graphs(base, theirs, ours, prefer="theirs")
    assert "task" not in {n["id"] for n in gone["nodes"]}


def test_a_broken_draft_does_not_break_the_merge():
    base = _graph()
    theirs = copy.deepcopy(base)
    for ours in (None, [], {"nodes": "x", "edges": [1, {"id": 3}]}):
        merged, _ = merge_graphs(base, theirs, ours)
        assert isinstance(merged["nodes"], list) and isinstance(merged["edges"], list)
