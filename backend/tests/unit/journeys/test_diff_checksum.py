"""Semantic diff and checksum."""

from __future__ import annotations

import copy

import msgspec

from journeys_app.domain.journeys.graph import canonical_json, diff_graphs, graph_checksum

from .support import every_node_type


def _node(graph, node_id):
    return next(n for n in graph["nodes"] if n["id"] == node_id)


def test_identical_graphs_have_an_empty_diff():
    graph = every_node_type()
    diff = diff_graphs(graph, copy.deepcopy(graph))
    assert not diff.semantic_changed and not diff.layout_changed
    assert diff.nodes_added == diff.nodes_removed == diff.nodes_changed == []
    assert diff.edges_added == diff.edges_removed == diff.edges_changed == diff.settings_changes == []


def test_layout_only_changes_are_reported_apart():
    before = every_node_type()
    after = copy.deepcopy(before)
    after["layout"]["t"] = {"x": 40, "y": 0}
    after["layout"]["w1"] = {"x": 280, "y": 150}
    del after["layout"]["s2"]
    after["nodes"].reverse()  # array order carries no meaning
    diff = diff_graphs(before, after)
    assert not diff.semantic_changed and diff.layout_changed
    assert [(c.node_id, c.before, c.after) for c in diff.layout_changes] == [
        ("t", {"x": 0, "y": 0}, {"x": 40, "y": 0}),
        ("s2", {"x": 560, "y": 0}, None),
        ("w1", None, {"x": 280, "y": 150}),
    ]
    assert graph_checksum(before) == graph_checksum(after)


def test_changes_are_listed_field_by_field_with_pointers():
    before = every_node_type()
    after = copy.deepcopy(before)
    _node(after, "w1")["data"]["duration"] = "PT4H"
    _node(after, "m1")["data"]["text"]["en"] = "Your cart is waiting"
    del _node(after, "m1")["data"]["coupon"]
    _node(after, "m1")["label"] = {"zh-CN": "购物车提醒"}
    after["settings"]["quiet_hours"]["end"] = "09:00"
    diff = diff_graphs(before, after)
    assert diff.semantic_changed and not diff.layout_changed
    changes = {c.id: [(f.op, f.pointer, f.before, f.after) for f in c.changes] for c in diff.nodes_changed}
    assert changes == {
        "w1": [("changed", "/data/duration", "PT2H", "PT4H")],
        "m1": [
            ("added", "/data/text/en", None, "Your cart is waiting"),
            ("removed", "/data/coupon", "cart_coupon", None),
            ("added", "/label", None, {"zh-CN": "购物车提醒"}),
        ],
    }
    assert [(c.op, c.pointer, c.before, c.after) for c in diff.settings_changes] == [
        ("changed", "/settings/quiet_hours/end", "08:00", "09:00")
    ]


def test_added_removed_and_rewired():
    before = every_node_type()
    after = copy.deepcopy(before)
    after["nodes"].append({"id": "x2", "type": "exit", "data": {}})
    after["nodes"] = [n for n in after["nodes"] if n["id"] != "g1"]
    after["edges"] = [e for e in after["edges"] if e["id"] != "e7"]
    after["edges"].append({"id": "e13", "source": "we", "source_handle": "matched", "target": "x2"})
    next(e for e in after["edges"] if e["id"] == "e4")["target"] = "x2"
    diff = diff_graphs(before, after)
    assert [n["id"] for n in diff.nodes_added] == ["x2"]
    assert [n["id"] for n in diff.nodes_removed] == ["g1"]
    assert [e["id"] for e in diff.edges_added] == ["e13"]
    assert [e["id"] for e in diff.edges_removed] == ["e7"]
    assert [(c.id, [(f.pointer, f.before, f.after) for f in c.changes]) for c in diff.edges_changed] == [
        ("e4", [("/target", "x1", "x2")])
    ]


def test_keyed_lists_are_matched_by_key_and_reordering_is_a_change():
    before = every_node_type()
    outcomes = _node(before, "b1")["data"]["outcomes"]
    outcomes.append({"key": "vip", "condition": {"kind": "has_tag", "tag": "vip"}})
    after = copy.deepcopy(before)
    new = _node(after, "b1")["data"]["outcomes"]
    new.reverse()  # first match wins: order matters
    new[0]["condition"]["tag"] = "svip"
    diff = diff_graphs(before, after)
    [change] = diff.nodes_changed
    assert [(f.op, f.pointer, f.before, f.after) for f in change.changes] == [
        ("changed", "/data/outcomes/0/condition/tag", "vip", "svip"),
        ("reordered", "/data/outcomes", ["bought", "vip"], ["vip", "bought"]),
    ]
    assert graph_checksum(before) != graph_checksum(after)


def test_the_diff_is_a_wire_type():
    before = every_node_type()
    after = copy.deepcopy(before)
    after["layout"]["t"] = {"x": 1, "y": 1}
    wire = msgspec.json.decode(msgspec.json.encode(diff_graphs(before, after)))
    assert wire["semanticChanged"] is False and wire["layoutChanged"] is True
    assert wire["layoutChanges"] == [{"nodeId": "t", "before": {"x": 0, "y": 0}, "after": {"x": 1, "y": 1}}]


def test_the_diff_tolerates_broken_drafts():
    diff = diff_graphs({"nodes": [1, {"type": "x"}], "edges": "no"}, None)
    assert diff.semantic_changed and len(diff.nodes_removed) == 1


def test_checksum_ignores_layout_and_array_order_but_nothing_else():
    graph = every_node_type()
    checksum = graph_checksum(graph)
    assert len(checksum) == 64 and int(checksum, 16) >= 0
    moved = copy.deepcopy(graph)
    moved["layout"] = {}
    moved["edges"].reverse()
    moved["nodes"] = moved["nodes"][3:] + moved["nodes"][:3]
    assert graph_checksum(moved) == checksum
    for change in (
        lambda g: _node(g, "w1")["data"].update(duration="PT3H"),
        lambda g: _node(g, "sp")["data"]["arms"][0].update(weight=50.0),
        lambda g: _node(g, "x1").update(notes="关怀结束"),
        lambda g: g["settings"]["entry"].update(reentry="after_exit"),
    ):
        edited = copy.deepcopy(graph)
        change(edited)
        assert graph_checksum(edited) != checksum


def test_canonical_json_is_compact_sorted_utf8():
    text = canonical_json(every_node_type()).decode("utf-8")
    assert "layout" not in text and ", " not in text and "意向" in text
    assert text.startswith('{"edges":[{"id":"e1",')
