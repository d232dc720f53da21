"""Benchmark: validating a realistic 1,000-node journey.

    .venv/bin/python bench/validate_graph.py [--runs 50] [--stages 50]

Builds a stage journey of the size the format allows (50 stages × a 19-node push sequence each:
waits, branches over event counts and aggregates, a split, messages with coupons, staff tasks,
goals and exits, plus stage transitions of every kind) and prints median and p95 milliseconds of
each step over the runs. A printed figure, not a test: timing tests are flaky on shared machines.
"""

from __future__ import annotations

import argparse
import copy
import statistics
import time
from collections.abc import Callable
from typing import Any

from journeys_app.domain.journeys.graph import (
    ReferenceCatalog,
    collect_references,
    diff_graphs,
    graph_checksum,
    validate_graph,
)
from journeys_app.domain.journeys.graph.content import check_content
from journeys_app.domain.journeys.graph.schema import schema_errors
from journeys_app.domain.journeys.graph.semantic import check_structure


def _sequence(s: int) -> tuple[list[dict[str, Any]], list[tuple[str, str, str]]]:
    """The 19-node push sequence entered from stage `s`."""
    p = f"s{s}_"
    bought = {
        "kind": "event_count",
        "event_type": "order.paid",
        "window": "since_stage_entry",
        "operator": "gte",
        "value": 1,
    }
    vip = {
        "kind": "all",
        "conditions": [
            {
                "kind": "aggregate",
                "event_type": "order.paid",
                "property": "amount",
                "function": "sum",
                "window": "P365D",
                "operator": "gte",
                "value": 3000,
            },
            {"kind": "not", "condition": {"kind": "has_tag", "tag": "do_not_disturb"}},
        ],
    }
    message = {
        "kind": "message",
        "channel": "wecom_private",
        "text": {"zh-CN": "{{customer.nickname}}，给你留了一张券～"},
    }
    nodes = [
        {"id": p + "w1", "type": "wait", "data": {"kind": "duration", "duration": "PT30M"}},
        {
            "id": p + "b1",
            "type": "branch",
            "data": {"outcomes": [{"key": "bought", "condition": bought}, {"key": "vip", "condition": vip}]},
        },
        {"id": p + "x1", "type": "exit", "data": {"reason": {"zh-CN": "已购买"}}},
        {"id": p + "m_vip", "type": "action", "data": message | {"coupon": f"vip_{s}"}},
        {"id": p + "m_std", "type": "action", "data": message | {"coupon": f"std_{s}"}},
        {
            "id": p + "we",
            "type": "wait",
            "data": {
                "kind": "event",
                "event_type": "order.paid",
                "timeout": "P3D",
                "filter": [{"property": "amount", "operator": "gte", "value": 50}],
            },
        },
        {
            "id": p + "g1",
            "type": "goal",
            "data": {"key": f"goal_{s}", "name": {"zh-CN": "下单", "en": "Order"}},
        },
        {
            "id": p + "sp",
            "type": "split",
            "data": {"arms": [{"key": "a", "weight": 50}, {"key": "b", "weight": 50}]},
        },
        {
            "id": p + "wu",
            "type": "wait",
            "data": {"kind": "until_time", "time": "18:00", "day_offset": 1, "weekdays": [1, 2, 3, 4, 5]},
        },
        {
            "id": p + "m2",
            "type": "action",
            "data": {"kind": "message", "channel": "wecom_moments", "text": {"zh-CN": "试色图来啦"}},
        },
        {
            "id": p + "t1",
            "type": "action",
            "data": {
                "kind": "staff_task",
                "assign_to": "owner",
                "title": {"zh-CN": "跟进", "en": "Follow up"},
                "script": {"zh-CN": "{{customer.nickname}}您好，我是{{staff.name}}～"},
                "due_in": "P1D",
            },
        },
        {"id": p + "w2", "type": "wait", "data": {"kind": "duration", "duration": "P2D"}},
        {"id": p + "b2", "type": "branch", "data": {"outcomes": [{"key": "bought", "condition": bought}]}},
        {"id": p + "tag", "type": "action", "data": {"kind": "add_tag", "tag": f"followed_{s}"}},
        {
            "id": p + "pts",
            "type": "action",
            "data": {"kind": "set_attribute", "attribute": "points", "operation": "increment", "value": 10},
        },
        {
            "id": p + "m3",
            "type": "action",
            "data": {"kind": "message", "channel": "wecom_private", "text": {"zh-CN": "优惠还在哦"}},
        },
        {
            "id": p + "we2",
            "type": "wait",
            "data": {"kind": "event", "event_type": "order.paid", "timeout": "P3D"},
        },
        {
            "id": p + "hook",
            "type": "action",
            "data": {"kind": "webhook", "url": "https://example.com/hooks/j", "payload": {"s": s}},
        },
        {"id": p + "x2", "type": "exit", "data": {}},
    ]
    edges = [
        ("w1", "next", "b1"),
        ("b1", "bought", "x1"),
        ("b1", "vip", "m_vip"),
        ("b1", "default", "m_std"),
        ("m_vip", "next", "we"),
        ("m_std", "next", "we"),
        ("we", "matched", "g1"),
        ("we", "timeout", "sp"),
        ("sp", "a", "wu"),
        ("sp", "b", "m2"),
        ("wu", "next", "t1"),
        ("m2", "next", "w2"),
        ("t1", "next", "w2"),
        ("w2", "next", "b2"),
        ("b2", "bought", "g1"),
        ("b2", "default", "tag"),
        ("tag", "next", "pts"),
        ("pts", "next", "m3"),
        ("m3", "next", "we2"),
        ("we2", "matched", "hook"),
        ("we2", "timeout", "x2"),
    ]
    return nodes, [(p + a, h, p + b) for a, h, b in edges]


def build(stages: int) -> dict[str, Any]:
    nodes: list[dict[str, Any]] = [
        {"id": "trigger", "type": "trigger", "data": {"kind": "event", "event_type": "wecom.friend_added"}}
    ]
    edges: list[dict[str, Any]] = []

    def edge(source: str, handle: str, target: str, transition: dict[str, Any] | None = None) -> None:
        e = {"id": f"e{len(edges)}", "source": source, "source_handle": handle, "target": target}
        if transition:
            e["transition"] = transition
        edges.append(e)

    transitions = [
        {"kind": "event", "event_type": "order.paid"},
        {"kind": "tag_added", "tag": "vip"},
        {
            "kind": "condition",
            "condition": {"kind": "attribute", "attribute": "points", "operator": "gte", "value": 1000},
        },
        {"kind": "time_in_stage", "duration": "P30D"},
    ]
    for s in range(stages):
        nodes.append(
            {
                "id": f"stage_{s}",
                "type": "stage",
                "data": {
                    "name": {"zh-CN": f"阶段 {s}", "en": f"Stage {s}"},
                    "tag": f"stage_{s}",
                    "color": "#4F7CAC",
                },
            }
        )
        seq_nodes, seq_edges = _sequence(s)
        nodes += seq_nodes
        edge(f"stage_{s}", "enter", f"s{s}_w1")
        for source, handle, target in seq_edges:
            edge(source, handle, target)
        if s:
            edge(f"stage_{s - 1}", "transition", f"stage_{s}", transitions[s % 4])
        if s > 1:
            edge(f"stage_{s}", "transition", f"stage_{s - 2}", {"kind": "tag_removed", "tag": "vip"})
    edge("trigger", "next", "stage_0")
    return {
        "schema_version": 1,
        "settings": {
            "entry": {"reentry": "after_exit", "min_interval": "P7D"},
            "time_zone": "Asia/Shanghai",
            "quiet_hours": {"start": "22:00", "end": "08:00"},
            "frequency_caps": [{"max": 1, "per": "P1D"}, {"max": 3, "per": "P7D"}],
            "goal": {
                "name": {"zh-CN": "下单", "en": "Order"},
                "criterion": {"kind": "event", "event_type": "order.paid"},
                "within": "P30D",
                "exit_on_met": False,
            },
        },
        "nodes": nodes,
        "edges": edges,
        "layout": {n["id"]: {"x": 280.0 * (k % 40), "y": 150.0 * (k // 40)} for k, n in enumerate(nodes)},
    }


def measure(label: str, fn: Callable[[], Any], runs: int) -> None:
    fn()  # warm caches (schema loading, compilation)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
    print(f"  {label:<52} median {statistics.median(times):7.2f} ms   p95 {p95:7.2f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=50)
    parser.add_argument("--stages", type=int, default=50)
    args = parser.parse_args()

    graph = build(args.stages)
    assert validate_graph(graph) == [], validate_graph(graph)[:3]
    refs = collect_references(graph)
    catalog = ReferenceCatalog(
        tags=frozenset(refs.tags),
        channels=frozenset(refs.channels),
        coupons=frozenset(refs.coupons),
        templates=frozenset(),
    )
    broken = copy.deepcopy(graph)
    broken["nodes"][5]["data"]["duration"] = "half an hour"
    moved = copy.deepcopy(graph)
    moved["layout"]["stage_3"] = {"x": 1.0, "y": 2.0}
    moved["nodes"][7]["data"]["timeout"] = "P4D"

    print(f"journey: {len(graph['nodes'])} nodes, {len(graph['edges'])} edges; {args.runs} runs each")
    measure("validate_graph (valid)", lambda: validate_graph(graph), args.runs)
    measure(
        "validate_graph (valid, with a workspace catalog)", lambda: validate_graph(graph, catalog), args.runs
    )
    measure("  schema (compiled check, node by node)", lambda: schema_errors(graph), args.runs)
    measure("  structure rules", lambda: check_structure(graph), args.runs)
    measure("  content rules", lambda: check_content(graph), args.runs)
    measure(
        "validate_graph (one schema error: jsonschema report)",
        lambda: schema_errors(broken),
        max(5, args.runs // 5),
    )
    measure("graph_checksum", lambda: graph_checksum(graph), args.runs)
    measure("diff_graphs (one field, one box moved)", lambda: diff_graphs(graph, moved), args.runs)


if __name__ == "__main__":
    main()
