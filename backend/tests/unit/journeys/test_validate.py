"""validate_graph as an API: error fields, attribution, catalogs, limits, odd inputs."""

from __future__ import annotations

import copy

import msgspec
import pytest

from journeys_app.domain.journeys.graph import (
    GraphError,
    GraphInvalid,
    Limits,
    ReferenceCatalog,
    collect_references,
    ensure_valid,
    is_delayed,
    is_valid,
    node_handles,
    validate_graph,
)

from .support import every_node_type


def _node(graph, node_id):
    return next(n for n in graph["nodes"] if n["id"] == node_id)


@pytest.mark.parametrize("doc", [None, [], "journey", 3, True, {}])
def test_any_json_value_gets_errors_not_an_exception(doc):
    errors = validate_graph(doc)
    assert errors and all(isinstance(e, GraphError) for e in errors)


def test_errors_name_the_node_or_edge_they_concern():
    graph = every_node_type()
    _node(graph, "w1")["data"]["duration"] = "PT10S"
    graph["edges"].append({"id": "e_bad", "source": "x1", "source_handle": "next", "target": "g1"})
    errors = {e.code: e for e in validate_graph(graph)}
    assert errors["duration.too_short"].node_id == "w1" and errors["duration.too_short"].edge_id is None
    assert errors["edge.invalid_handle"].edge_id == "e_bad" and errors["edge.invalid_handle"].node_id is None
    assert errors["edge.invalid_handle"].params == {
        "handle": "next",
        "node_type": "exit",
        "allowed": [],
    }


def test_schema_errors_are_all_reported_at_once_with_node_ids():
    graph = every_node_type()
    _node(graph, "w1")["data"]["duration"] = "two days"
    _node(graph, "sp")["data"]["arms"][0]["weight"] = 0
    errors = validate_graph(graph)
    assert [(e.code, e.node_id) for e in errors] == [("schema.pattern", "w1"), ("schema.minimum", "sp")]
    assert errors[0].params["examples"] == ["P1D", "PT30M", "P2W", "P1DT12H"]


def test_independent_semantic_problems_are_all_reported():
    graph = every_node_type()
    graph["nodes"].append({"id": "lonely", "type": "exit", "data": {}})
    graph["settings"]["time_zone"] = "Mars/Olympus_Mons"
    codes = sorted(e.code for e in validate_graph(graph))
    assert codes == ["node.unreachable", "settings.unknown_time_zone"]


def test_wire_form_is_camel_case():
    graph = every_node_type()
    graph["nodes"].append({"id": "lonely", "type": "exit", "data": {}})
    [error] = validate_graph(graph)
    wire = msgspec.json.decode(msgspec.json.encode(error))
    assert wire == {
        "code": "node.unreachable",
        "pointer": "/nodes/13",
        "messageEn": "No path leads from the entry trigger to this node.",
        "messageZh": "从入口触发器无法到达此节点。",
        "nodeId": "lonely",
        "edgeId": None,
        "params": {},
    }


def test_base_prefixes_pointers_for_a_graph_inside_another_document():
    graph = every_node_type()
    graph["nodes"].append({"id": "lonely", "type": "exit", "data": {}})
    [error] = validate_graph(graph, base="/graph")
    assert (error.pointer, error.node_id) == ("/graph/nodes/13", "lonely")


def test_catalog_sets_left_out_are_not_checked():
    graph = every_node_type()
    assert validate_graph(graph, ReferenceCatalog()) == []
    assert validate_graph(graph, ReferenceCatalog(tags=frozenset())) != []
    only_tags = {e.code for e in validate_graph(graph, ReferenceCatalog(tags=frozenset()))}
    assert only_tags == {"reference.unknown_tag"}


def test_every_unknown_reference_is_reported_with_its_pointer():
    graph = every_node_type()
    errors = validate_graph(graph, ReferenceCatalog(tags=frozenset({"stage_interested"})))
    assert sorted(e.pointer for e in errors) == [
        "/nodes/10/data/tag",
        "/nodes/8/data/tag",
        "/settings/audience/condition/tag",
    ]


def test_collect_references_lists_what_a_workspace_needs():
    refs = collect_references(every_node_type())
    assert refs.tags == ["cart_abandoner", "do_not_disturb", "stage_interested", "stage_purchased"]
    assert refs.channels == ["wecom_private"]
    assert refs.coupons == ["cart_coupon"]
    assert refs.templates == []
    assert refs.event_types == ["cart.added", "order.paid"]


def test_webhook_payload_is_free_data_not_references():
    graph = every_node_type()
    _node(graph, "a1")["data"] = {
        "kind": "webhook",
        "url": "https://example.com/h",
        "payload": {"tag": "not-a-ref"},
    }
    assert "not-a-ref" not in collect_references(graph).tags


def test_size_limits_are_checked_before_anything_else():
    graph = every_node_type()
    graph["nodes"].append({"id": "bad id", "type": "nope"})
    errors = validate_graph(graph, limits=Limits(max_nodes=5))
    assert [(e.code, e.params) for e in errors] == [("graph.too_many_nodes", {"count": 14, "limit": 5})]


def test_a_loop_through_a_wait_or_a_stage_transition_is_fine():
    graph = every_node_type()
    graph["edges"].append({"id": "back", "source": "a2", "source_handle": "next", "target": "wu"})
    assert validate_graph(graph) == []  # a2 -> wu is a wait: the loop pauses every round
    graph = every_node_type()
    graph["edges"].append(
        {
            "id": "back",
            "source": "s2",
            "source_handle": "transition",
            "target": "s1",
            "transition": {"kind": "time_in_stage", "duration": "P30D"},
        }
    )
    assert validate_graph(graph) == []


def test_a_stage_may_transition_to_itself():
    graph = every_node_type()
    graph["edges"].append(
        {
            "id": "again",
            "source": "s2",
            "source_handle": "transition",
            "target": "s2",
            "transition": {"kind": "event", "event_type": "order.paid"},
        }
    )
    assert validate_graph(graph) == []


def test_ensure_valid_raises_with_the_errors():
    graph = every_node_type()
    ensure_valid(graph)
    assert is_valid(graph)
    broken = copy.deepcopy(graph)
    broken["nodes"][0]["type"] = "start"
    with pytest.raises(GraphInvalid) as caught:
        ensure_valid(broken)
    assert [e.code for e in caught.value.errors] == ["schema.unknown_variant"]
    assert "/nodes/0/type" in str(caught.value)


def test_outcomes_of_each_node_type():
    by_id = {n["id"]: n for n in every_node_type()["nodes"]}
    assert node_handles(by_id["t"]).required == ("next",)
    assert node_handles(by_id["s1"]).allowed == ("enter", "transition")
    assert node_handles(by_id["s1"]).multiple == frozenset({"transition"})
    assert node_handles(by_id["we"]).required == ("matched", "timeout")
    assert node_handles(by_id["b1"]).required == ("bought", "default")
    assert node_handles(by_id["sp"]).required == ("a", "b")
    assert node_handles(by_id["m1"]).allowed == ("next",) and node_handles(by_id["m1"]).required == ()
    assert node_handles(by_id["x1"]).allowed == ()
    assert is_delayed(by_id["s1"], "transition") and not is_delayed(by_id["s1"], "enter")
    assert is_delayed(by_id["we"], "timeout") and not is_delayed(by_id["b1"], "default")
