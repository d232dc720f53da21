"""Structural rules of a schema-valid journey graph, all O(nodes + edges).

Unique ids; edges between existing nodes, from an outcome the source node has, one edge per
outcome (a stage's transitions excepted), transitions exactly on stage transition edges; exactly
one entry trigger that no edge enters; every node reachable from it; every required outcome
connected; no loop that a customer could run around without waiting (every cycle must pass
through a wait or a stage transition).
"""

from __future__ import annotations

from typing import Any

from .errors import GraphError, make_error
from .handles import TRANSITION, node_handles
from .pointers import join

MAX_CYCLE_REPORTS = 10


def check_structure(doc: dict[str, Any]) -> list[GraphError]:
    nodes: list[dict[str, Any]] = doc["nodes"]
    edges: list[dict[str, Any]] = doc["edges"]
    errors: list[GraphError] = []

    index: dict[str, int] = {}
    duplicates: set[int] = set()  # later nodes reusing an id: edges name the first one
    for i, node in enumerate(nodes):
        if node["id"] in index:
            errors.append(make_error("node.duplicate_id", join("/nodes", i, "id"), id=node["id"]))
            duplicates.add(i)
        else:
            index[node["id"]] = i
    seen_edges: set[str] = set()
    for j, edge in enumerate(edges):
        if edge["id"] in seen_edges:
            errors.append(make_error("edge.duplicate_id", join("/edges", j, "id"), id=edge["id"]))
        seen_edges.add(edge["id"])

    handles = [node_handles(node) for node in nodes]
    # Every edge between existing nodes counts for reachability and loops, even one with a
    # wrong outcome: the author meant that connection, and one mistake should give one error.
    adjacency: list[list[tuple[int, int]]] = [[] for _ in nodes]  # (target, edge index)
    connected: list[dict[str, str]] = [{} for _ in nodes]  # handle -> first edge id
    entered: set[int] = set()
    for j, edge in enumerate(edges):
        here = join("/edges", j)
        source = index.get(edge["source"])
        target = index.get(edge["target"])
        if source is None:
            errors.append(make_error("edge.unknown_source", here + "/source", id=edge["source"]))
        if target is None:
            errors.append(make_error("edge.unknown_target", here + "/target", id=edge["target"]))
        if source is None or target is None:
            continue
        source_node, handle = nodes[source], edge["source_handle"]
        spec = handles[source]
        if nodes[target]["type"] == "trigger":
            errors.append(make_error("edge.target_is_trigger", here + "/target"))
            continue
        adjacency[source].append((target, j))
        entered.add(target)
        if handle not in spec.allowed:
            errors.append(
                make_error(
                    "edge.invalid_handle",
                    here + "/source_handle",
                    handle=handle,
                    node_type=source_node["type"],
                    allowed=list(spec.allowed),
                )
            )
            continue
        is_transition = source_node["type"] == "stage" and handle == TRANSITION
        if source == target and not is_transition:
            errors.append(make_error("edge.self_loop", here + "/target"))
        if is_transition and "transition" not in edge:
            errors.append(make_error("edge.transition_missing", here))
        elif not is_transition and "transition" in edge:
            errors.append(make_error("edge.transition_not_allowed", here + "/transition"))
        if handle in connected[source] and handle not in spec.multiple:
            errors.append(
                make_error(
                    "edge.duplicate_handle",
                    here + "/source_handle",
                    handle=handle,
                    other_edge=connected[source][handle],
                )
            )
        connected[source].setdefault(handle, edge["id"])

    for i, node in enumerate(nodes):
        if i in duplicates:
            continue
        for handle in handles[i].required:
            if handle not in connected[i]:
                errors.append(
                    make_error("node.outcome_not_connected", _outcome_pointer(i, node, handle), handle=handle)
                )

    triggers = [i for i, node in enumerate(nodes) if node["type"] == "trigger"]
    if not triggers:
        errors.append(make_error("graph.no_entry", "/nodes"))
    for i in triggers[1:]:
        errors.append(make_error("graph.multiple_entries", join("/nodes", i), first=nodes[triggers[0]]["id"]))

    if triggers:
        reached = _reachable(triggers, adjacency)
        for i, node in enumerate(nodes):
            if not reached[i] and node["type"] != "trigger" and i not in duplicates:
                errors.append(make_error("node.unreachable", join("/nodes", i)))

    errors.extend(_instant_cycles(nodes, edges, adjacency))
    return errors


def _outcome_pointer(i: int, node: dict[str, Any], handle: str) -> str:
    items = {"branch": "outcomes", "split": "arms"}.get(node["type"])
    if items:
        for k, item in enumerate(node["data"][items]):
            if item["key"] == handle:
                return join("/nodes", i, "data", items, k)
    return join("/nodes", i)


def _reachable(starts: list[int], adjacency: list[list[tuple[int, int]]]) -> list[bool]:
    reached = [False] * len(adjacency)
    stack = list(starts)
    for i in starts:
        reached[i] = True
    while stack:
        for target, _ in adjacency[stack.pop()]:
            if not reached[target]:
                reached[target] = True
                stack.append(target)
    return reached


def _instant_cycles(
    nodes: list[dict[str, Any]], edges: list[dict[str, Any]], adjacency: list[list[tuple[int, int]]]
) -> list[GraphError]:
    """Back edges of an iterative depth-first search over the edges taken at once (every edge
    but a wait's outcomes and a stage's transitions): each closes a loop without a pause."""
    instant: list[list[tuple[int, int]]] = []
    for i, node in enumerate(nodes):
        kind = node["type"]
        if kind == "wait":
            instant.append([])
        elif kind == "stage":
            instant.append(
                [(t, j) for t, j in adjacency[i] if edges[j]["source_handle"] != TRANSITION and t != i]
            )
        else:
            instant.append([(t, j) for t, j in adjacency[i] if t != i])  # self-loops: edge.self_loop

    white, grey, black = 0, 1, 2
    colour = [white] * len(nodes)
    errors: list[GraphError] = []
    for root in range(len(nodes)):
        if colour[root] != white:
            continue
        colour[root] = grey
        path = [root]
        stack = [(root, iter(instant[root]))]
        while stack:
            node, outgoing = stack[-1]
            for target, j in outgoing:
                if colour[target] == white:
                    colour[target] = grey
                    path.append(target)
                    stack.append((target, iter(instant[target])))
                    break
                if colour[target] == grey and len(errors) < MAX_CYCLE_REPORTS:
                    loop = path[path.index(target) :]
                    errors.append(
                        make_error(
                            "graph.instant_cycle",
                            join("/edges", j),
                            nodes=[nodes[k]["id"] for k in loop],
                        )
                    )
            else:
                colour[node] = black
                path.pop()
                stack.pop()
    return errors
