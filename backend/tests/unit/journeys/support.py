"""Shared helpers of the journey-format tests: the corpora, an independent invariant checker and
hypothesis strategies that build random journeys."""

from __future__ import annotations

import copy
import json
from collections import Counter
from pathlib import Path
from typing import Any

from hypothesis import strategies as st

HERE = Path(__file__).parent
INVALID_DIR = HERE / "invalid"
VALID_DIR = HERE / "valid"


def load_json(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


def invalid_cases() -> list[Path]:
    return sorted(INVALID_DIR.glob("*.json"))


def every_node_type() -> dict[str, Any]:
    return load_json(VALID_DIR / "every_node_type.json")


# -- an independent statement of the engine's invariants ------------------------------------
# Written apart from the validator and as plainly as possible (quadratic where that is simpler):
# if the validator accepts a graph, none of these may be violated.


def _handles(node: dict[str, Any]) -> tuple[set[str], set[str]]:
    """(allowed, required) outcomes of a node."""
    kind, data = node["type"], node["data"]
    if kind == "trigger":
        return {"next"}, {"next"}
    if kind == "stage":
        return {"enter", "transition"}, set()
    if kind == "wait":
        if data["kind"] == "event":
            return {"matched", "timeout"}, {"matched", "timeout"}
        return {"next"}, {"next"}
    if kind == "branch":
        keys = {o["key"] for o in data["outcomes"]} | {"default"}
        return keys, keys
    if kind == "split":
        keys = {a["key"] for a in data["arms"]}
        return keys, keys
    if kind in ("action", "goal"):
        return {"next"}, set()
    return set(), set()


def invariant_violations(graph: dict[str, Any]) -> list[str]:
    found = []
    nodes = {}
    for node in graph["nodes"]:
        if node["id"] in nodes:
            found.append(f"node id {node['id']} repeated")
        nodes.setdefault(node["id"], node)
    if len({e["id"] for e in graph["edges"]}) != len(graph["edges"]):
        found.append("edge id repeated")

    triggers = [n for n in graph["nodes"] if n["type"] == "trigger"]
    if len(triggers) != 1:
        found.append(f"{len(triggers)} entry triggers")

    good_edges = []
    for e in graph["edges"]:
        if e["source"] not in nodes or e["target"] not in nodes:
            found.append(f"edge {e['id']} dangles")
            continue
        source = nodes[e["source"]]
        allowed, _ = _handles(source)
        if e["source_handle"] not in allowed:
            found.append(f"edge {e['id']} leaves by {e['source_handle']!r}")
        if nodes[e["target"]]["type"] == "trigger":
            found.append(f"edge {e['id']} enters the trigger")
        is_transition = source["type"] == "stage" and e["source_handle"] == "transition"
        if is_transition != ("transition" in e):
            found.append(f"edge {e['id']} has a misplaced or missing transition")
        if e["source"] == e["target"] and not is_transition:
            found.append(f"edge {e['id']} loops on its node")
        good_edges.append(e)

    uses = Counter(
        (e["source"], e["source_handle"])
        for e in good_edges
        if not (nodes[e["source"]]["type"] == "stage" and e["source_handle"] == "transition")
    )
    found += [f"outcome {s}.{h} used {c} times" for (s, h), c in uses.items() if c > 1]

    for node in nodes.values():
        _, required = _handles(node)
        connected = {e["source_handle"] for e in good_edges if e["source"] == node["id"]}
        found += [f"{node['id']}.{h} not connected" for h in sorted(required - connected)]

    if len(triggers) == 1:
        reached = {triggers[0]["id"]}
        grew = True
        while grew:
            grew = False
            for e in good_edges:
                if e["source"] in reached and e["target"] not in reached:
                    reached.add(e["target"])
                    grew = True
        found += [f"{nid} unreachable" for nid in nodes if nid not in reached]

    def instant(e: dict[str, Any]) -> bool:
        kind = nodes[e["source"]]["type"]
        return kind != "wait" and not (kind == "stage" and e["source_handle"] == "transition")

    for start in nodes:
        frontier = [e["target"] for e in good_edges if e["source"] == start and instant(e)]
        seen: set[str] = set()
        while frontier:
            current = frontier.pop()
            if current == start:
                found.append(f"instant loop through {start}")
                break
            if current in seen:
                continue
            seen.add(current)
            frontier += [e["target"] for e in good_edges if e["source"] == current and instant(e)]
    return found


# -- hypothesis strategies --------------------------------------------------------------------

KINDS = ["stage", "wait_duration", "wait_until", "wait_event", "branch", "split", "action", "goal", "exit"]


def _node(i: int, kind: str, outcomes: int) -> dict[str, Any]:
    nid = f"n{i}"
    if kind == "trigger":
        return {"id": nid, "type": "trigger", "data": {"kind": "event", "event_type": "cart.added"}}
    if kind == "stage":
        data = {"name": {"zh-CN": f"阶段{i}", "en": f"Stage {i}"}, "tag": f"stage_{i}"}
        return {"id": nid, "type": "stage", "data": data}
    if kind == "wait_duration":
        return {"id": nid, "type": "wait", "data": {"kind": "duration", "duration": "P1D"}}
    if kind == "wait_until":
        return {"id": nid, "type": "wait", "data": {"kind": "until_time", "time": "18:00"}}
    if kind == "wait_event":
        return {
            "id": nid,
            "type": "wait",
            "data": {"kind": "event", "event_type": "order.paid", "timeout": "P2D"},
        }
    if kind == "branch":
        keys = [f"o{k}" for k in range(outcomes)]
        data = {"outcomes": [{"key": k, "condition": {"kind": "has_tag", "tag": k}} for k in keys]}
        return {"id": nid, "type": "branch", "data": data}
    if kind == "split":
        data = {"arms": [{"key": f"a{k}", "weight": 1} for k in range(max(outcomes, 2))]}
        return {"id": nid, "type": "split", "data": data}
    if kind == "action":
        return {"id": nid, "type": "action", "data": {"kind": "add_tag", "tag": f"tag_{i}"}}
    if kind == "goal":
        return {
            "id": nid,
            "type": "goal",
            "data": {"key": f"goal_{i}", "name": {"zh-CN": "目标", "en": "Goal"}},
        }
    return {"id": nid, "type": "exit", "data": {}}


TRANSITION = {"kind": "event", "event_type": "order.paid"}


@st.composite
def journeys(draw: st.DrawFn, max_nodes: int = 12, mutations: int = 0) -> dict[str, Any]:
    """Random journeys that are often valid: a spanning tree from the trigger over free
    outcomes, required outcomes filled with edges to random nodes (loops included), extra stage
    transitions; then, sometimes (always with `mutations`), structural mutations."""
    nodes = [_node(0, "trigger", 1)]
    edges: list[dict[str, Any]] = []

    def free(j: int) -> list[str]:
        allowed, _ = _handles(nodes[j])
        used = {e["source_handle"] for e in edges if e["source"] == nodes[j]["id"]}
        return sorted(h for h in allowed if h == "transition" or h not in used)

    def connect(j: int, handle: str, k: int) -> None:
        edge = {
            "id": f"e{len(edges)}",
            "source": nodes[j]["id"],
            "source_handle": handle,
            "target": nodes[k]["id"],
        }
        if handle == "transition":
            edge["transition"] = dict(TRANSITION)
        edges.append(edge)

    for i in range(1, draw(st.integers(1, max_nodes))):
        options = [(j, h) for j in range(i) for h in free(j)]
        if not options:
            break  # every outcome is taken: the tree cannot grow
        nodes.append(_node(i, draw(st.sampled_from(KINDS)), draw(st.integers(1, 3))))
        if draw(st.integers(0, 29)) > 0:
            j, handle = draw(st.sampled_from(options))
            connect(j, handle, i)
    count = len(nodes)
    targets = list(range(1, count))
    for j in range(count):
        _, required = _handles(nodes[j])
        forward = [k for k in targets if k > j]
        others = [k for k in targets if k != j]
        for handle in sorted(required):
            if handle in free(j) and others and draw(st.integers(0, 29)) > 0:
                pool = forward if forward and draw(st.integers(0, 3)) > 0 else others
                connect(j, handle, draw(st.sampled_from(pool)))
    for _ in range(draw(st.integers(0, 3))):
        stages = [j for j in range(count) if nodes[j]["type"] == "stage"]
        if stages and targets:
            connect(draw(st.sampled_from(stages)), "transition", draw(st.sampled_from(targets)))

    graph = {
        "schema_version": 1,
        "settings": {"entry": {"reentry": "once"}, "time_zone": "Asia/Shanghai"},
        "nodes": nodes,
        "edges": edges,
        "layout": {n["id"]: {"x": 100 * k, "y": 0} for k, n in enumerate(nodes)},
    }
    rounds = mutations if mutations else int(draw(st.integers(0, 3)) == 0)
    for _ in range(rounds):
        graph = mutate(draw, graph)
    return graph


def mutate(draw: st.DrawFn, graph: dict[str, Any]) -> dict[str, Any]:
    """One structural change that may break an invariant (or not)."""
    g = copy.deepcopy(graph)
    nodes, edges = g["nodes"], g["edges"]
    ids = [n["id"] for n in nodes]
    choice = draw(st.integers(0, 11))
    if choice == 0 and edges:
        del edges[draw(st.integers(0, len(edges) - 1))]
    elif choice == 1 and edges:
        edges[draw(st.integers(0, len(edges) - 1))]["target"] = draw(st.sampled_from([*ids, "ghost"]))
    elif choice == 2 and edges:
        handle = draw(
            st.sampled_from(["next", "enter", "transition", "matched", "timeout", "default", "o0", "a1", "x"])
        )
        edges[draw(st.integers(0, len(edges) - 1))]["source_handle"] = handle
    elif choice == 3 and len(nodes) > 1:
        nodes[draw(st.integers(1, len(nodes) - 1))]["id"] = draw(st.sampled_from(ids))
    elif choice == 4:
        nodes.append(_node(len(nodes), "trigger", 1))
        edges.append(
            {
                "id": "e_t",
                "source": nodes[-1]["id"],
                "source_handle": "next",
                "target": draw(st.sampled_from(ids)),
            }
        )
    elif choice == 5 and edges:
        edge = edges[draw(st.integers(0, len(edges) - 1))]
        if "transition" in edge:
            del edge["transition"]
        else:
            edge["transition"] = dict(TRANSITION)
    elif choice == 6:
        source, target = draw(st.sampled_from(ids)), draw(st.sampled_from(ids))
        handle = draw(st.sampled_from(["next", "enter", "transition", "default", "o0", "a0", "matched"]))
        edges.append({"id": f"x{len(edges)}", "source": source, "source_handle": handle, "target": target})
    elif choice == 7 and len(nodes) > 1:
        removed = nodes.pop(draw(st.integers(1, len(nodes) - 1)))
        g["layout"].pop(removed["id"], None)
    elif choice == 8 and edges:
        edges.append(copy.deepcopy(draw(st.sampled_from(edges))) | {"id": f"d{len(edges)}"})
    elif choice == 9:
        nodes[0]["type"] = "action"
        nodes[0]["data"] = {"kind": "add_tag", "tag": "t"}
    else:
        # A new sink reached from any node by any outcome name: only the outcome can be wrong.
        nodes.append(_node(len(nodes) + 100, "exit", 1))
        handle = draw(
            st.sampled_from(["next", "enter", "transition", "matched", "timeout", "default", "o0", "a1"])
        )
        edge = {
            "id": "e_sink",
            "source": draw(st.sampled_from(ids)),
            "source_handle": handle,
            "target": nodes[-1]["id"],
        }
        if handle == "transition" and draw(st.booleans()):
            edge["transition"] = dict(TRANSITION)
        edges.append(edge)
    return g


JSON_SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-5, 5000),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=12),
)
JSON_VALUES = st.recursive(
    JSON_SCALARS,
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4)
    ),
    max_leaves=20,
)
