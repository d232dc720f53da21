"""Semantic diff of two journey graphs.

Nodes and edges are matched by id. A changed node or edge lists its changed fields with JSON
pointers relative to that node or edge (`/data/duration`); settings changes carry absolute
pointers (`/settings/quiet_hours/start`). Lists of keyed items (branch outcomes, split arms) are
matched by `key`, and a new order is reported as `reordered`. Layout moves are reported apart:
`semantic_changed` is false when only boxes moved.
"""

from __future__ import annotations

import math
from typing import Any, Literal

import msgspec

from .pointers import join

ChangeOp = Literal["added", "removed", "changed", "reordered"]


class FieldChange(msgspec.Struct, frozen=True, kw_only=True, rename="camel"):
    """`before` is null for `added`, `after` is null for `removed`; `reordered` carries the keys."""

    op: ChangeOp
    pointer: str
    before: Any = None
    after: Any = None


class NodeChange(msgspec.Struct, frozen=True, kw_only=True, rename="camel"):
    id: str
    type: str
    changes: list[FieldChange]


class EdgeChange(msgspec.Struct, frozen=True, kw_only=True, rename="camel"):
    id: str
    changes: list[FieldChange]


class LayoutChange(msgspec.Struct, frozen=True, kw_only=True, rename="camel"):
    """A node's position: `before`/`after` are {x, y}, null when absent."""

    node_id: str
    before: Any = None
    after: Any = None


class GraphDiff(msgspec.Struct, frozen=True, kw_only=True, rename="camel"):
    nodes_added: list[dict[str, Any]]
    nodes_removed: list[dict[str, Any]]
    nodes_changed: list[NodeChange]
    edges_added: list[dict[str, Any]]
    edges_removed: list[dict[str, Any]]
    edges_changed: list[EdgeChange]
    settings_changes: list[FieldChange]
    layout_changes: list[LayoutChange]
    semantic_changed: bool
    layout_changed: bool


def diff_graphs(before: Any, after: Any) -> GraphDiff:
    """What changed from `before` to `after` (parsed journeys; tolerant of invalid drafts)."""
    before = before if isinstance(before, dict) else {}
    after = after if isinstance(after, dict) else {}

    old_nodes, new_nodes = _by_id(before.get("nodes")), _by_id(after.get("nodes"))
    nodes_changed = []
    for key, node in new_nodes.items():
        if key in old_nodes:
            changes = _diff(old_nodes[key], node, "")
            if changes:
                nodes_changed.append(NodeChange(id=key, type=str(node.get("type", "")), changes=changes))
    old_edges, new_edges = _by_id(before.get("edges")), _by_id(after.get("edges"))
    edges_changed = []
    for key, edge in new_edges.items():
        if key in old_edges:
            changes = _diff(old_edges[key], edge, "")
            if changes:
                edges_changed.append(EdgeChange(id=key, changes=changes))

    rest = {"nodes", "edges", "layout"}
    settings_changes = _diff(
        {k: v for k, v in before.items() if k not in rest},
        {k: v for k, v in after.items() if k not in rest},
        "",
    )
    layout_changes = _layout(before.get("layout"), after.get("layout"))
    result = {
        "nodes_added": [n for k, n in new_nodes.items() if k not in old_nodes],
        "nodes_removed": [n for k, n in old_nodes.items() if k not in new_nodes],
        "nodes_changed": nodes_changed,
        "edges_added": [e for k, e in new_edges.items() if k not in old_edges],
        "edges_removed": [e for k, e in old_edges.items() if k not in new_edges],
        "edges_changed": edges_changed,
        "settings_changes": settings_changes,
    }
    return GraphDiff(
        **result,
        layout_changes=layout_changes,
        semantic_changed=any(result.values()),
        layout_changed=bool(layout_changes),
    )


def _by_id(items: Any) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    if isinstance(items, list):
        for k, item in enumerate(items):
            if isinstance(item, dict):
                key = item.get("id")
                out.setdefault(key if isinstance(key, str) else f"#{k}", item)
    return out


def _same(a: Any, b: Any) -> bool:
    """Equal as JSON, with 1 and 1.0 and true told apart (they differ in a checksum)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return a.keys() == b.keys() and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, float):
        return a == b and math.copysign(1, a) == math.copysign(1, b)  # -0.0 is written apart
    return a == b


def _keys(items: list[Any]) -> list[str] | None:
    """The `key` of every item when all are objects with distinct string keys."""
    keys = [item.get("key") if isinstance(item, dict) else None for item in items]
    if keys and all(isinstance(k, str) for k in keys) and len(set(keys)) == len(keys):
        return keys  # type: ignore[return-value]
    return None


def _diff(a: Any, b: Any, pointer: str) -> list[FieldChange]:
    if _same(a, b):
        return []
    if isinstance(a, dict) and isinstance(b, dict):
        out: list[FieldChange] = []
        for key in a:
            if key not in b:
                out.append(FieldChange(op="removed", pointer=join(pointer, key), before=a[key]))
            else:
                out.extend(_diff(a[key], b[key], join(pointer, key)))
        for key in b:
            if key not in a:
                out.append(FieldChange(op="added", pointer=join(pointer, key), after=b[key]))
        return out
    if isinstance(a, list) and isinstance(b, list) and a and b and all(isinstance(x, dict) for x in a + b):
        return _diff_object_lists(a, b, pointer)
    return [FieldChange(op="changed", pointer=pointer, before=a, after=b)]


def _diff_object_lists(a: list[dict[str, Any]], b: list[dict[str, Any]], pointer: str) -> list[FieldChange]:
    old_keys, new_keys = _keys(a), _keys(b)
    out: list[FieldChange] = []
    if old_keys is not None and new_keys is not None:
        old_at = {key: k for k, key in enumerate(old_keys)}
        for k, key in enumerate(new_keys):
            if key in old_at:
                out.extend(_diff(a[old_at[key]], b[k], join(pointer, k)))
            else:
                out.append(FieldChange(op="added", pointer=join(pointer, k), after=b[k]))
        new_set = set(new_keys)
        for k, key in enumerate(old_keys):
            if key not in new_set:
                out.append(FieldChange(op="removed", pointer=join(pointer, k), before=a[k]))
        kept_old = [key for key in old_keys if key in new_set]
        kept_new = [key for key in new_keys if key in old_at]
        if kept_old != kept_new:
            out.append(FieldChange(op="reordered", pointer=pointer, before=old_keys, after=new_keys))
        return out
    for k in range(min(len(a), len(b))):
        out.extend(_diff(a[k], b[k], join(pointer, k)))
    for k in range(len(b), len(a)):
        out.append(FieldChange(op="removed", pointer=join(pointer, k), before=a[k]))
    for k in range(len(a), len(b)):
        out.append(FieldChange(op="added", pointer=join(pointer, k), after=b[k]))
    return out


def _layout(a: Any, b: Any) -> list[LayoutChange]:
    a = a if isinstance(a, dict) else {}
    b = b if isinstance(b, dict) else {}
    out = []
    for node_id in list(a) + [k for k in b if k not in a]:
        old, new = a.get(node_id), b.get(node_id)
        if not _same(old, new):
            out.append(LayoutChange(node_id=node_id, before=old, after=new))
    return out
