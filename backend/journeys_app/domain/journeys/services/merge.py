"""Three-way merge of journey graphs: take a template upgrade into a draft that was edited.

`base` is the template graph the journey was created from, `theirs` the newer template graph,
`ours` the journey's draft. Items are matched the way the diff matches them: nodes and edges by
id, settings by top-level key, other top-level fields by name, layout positions by node id.
For each item:

- unchanged upstream (theirs == base): the draft's value stays;
- unchanged in the draft (ours == base), or changed the same way: the template's value is taken
  (added, changed or removed);
- changed on both sides differently: a **conflict**, resolved by `prefer` ("ours" keeps the
  draft's value, "theirs" takes the template's) and reported.

Layout positions never conflict: the draft's position wins when both moved a box, and positions
of nodes that are gone are dropped. The result may be invalid (an edge kept in the draft may now
point at a node the template removed); the draft is saved with its errors like any other.
Pure: no database, no HTTP.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any, Literal

_MISSING: Any = object()
Area = Literal["node", "edge", "settings", "document"]
Prefer = Literal["ours", "theirs"]


@dataclass(frozen=True)
class Conflict:
    area: Area
    key: str  # node id, edge id, settings key or top-level field


def _pick(base: Any, theirs: Any, ours: Any, prefer: Prefer) -> tuple[Any, bool]:
    """The merged value and whether the two sides conflicted."""
    if theirs == base:
        return ours, False
    if ours == base or ours == theirs:
        return theirs, False
    return (ours if prefer == "ours" else theirs), True


def _index(items: Any) -> tuple[dict[str, Any], list[Any]]:
    """Items with a unique string id by id (in order), and the rest (kept as they are)."""
    indexed: dict[str, Any] = {}
    rest: list[Any] = []
    if not isinstance(items, list):
        return indexed, rest
    for item in items:
        key = item.get("id") if isinstance(item, dict) else None
        if isinstance(key, str) and key not in indexed:
            indexed[key] = item
        else:
            rest.append(item)
    return indexed, rest


def _merge_items(
    base: Any, theirs: Any, ours: Any, area: Area, prefer: Prefer, conflicts: list[Conflict]
) -> list[Any]:
    b, _ = _index(base)
    t, _ = _index(theirs)
    o, rest = _index(ours)
    order = list(o) + [key for key in t if key not in o]
    merged = []
    for key in order:
        value, conflicted = _pick(b.get(key, _MISSING), t.get(key, _MISSING), o.get(key, _MISSING), prefer)
        if conflicted:
            conflicts.append(Conflict(area, key))
        if value is not _MISSING:
            merged.append(value)
    return merged + rest


def _merge_mapping(
    base: Any, theirs: Any, ours: Any, area: Area, prefer: Prefer, conflicts: list[Conflict] | None
) -> dict[str, Any]:
    b = base if isinstance(base, dict) else {}
    t = theirs if isinstance(theirs, dict) else {}
    o = ours if isinstance(ours, dict) else {}
    merged: dict[str, Any] = {}
    for key in list(o) + [k for k in t if k not in o]:
        value, conflicted = _pick(b.get(key, _MISSING), t.get(key, _MISSING), o.get(key, _MISSING), prefer)
        if conflicted and conflicts is not None:
            conflicts.append(Conflict(area, key))
        if value is not _MISSING:
            merged[key] = value
    return merged


def merge_graphs(
    base: dict[str, Any], theirs: dict[str, Any], ours: Any, prefer: Prefer = "ours"
) -> tuple[dict[str, Any], list[Conflict]]:
    """The draft `ours` with the changes from `base` to `theirs` applied, and the conflicts."""
    ours = ours if isinstance(ours, dict) else {}
    conflicts: list[Conflict] = []
    parts: dict[str, Any] = {}
    order = list(ours) + [k for k in theirs if k not in ours]
    order += [k for k in ("nodes", "edges") if k not in order]
    for key in order:
        if key == "settings":
            parts[key] = _merge_mapping(
                base.get(key), theirs.get(key), ours.get(key), "settings", prefer, conflicts
            )
        elif key in ("nodes", "edges"):
            area: Area = "node" if key == "nodes" else "edge"
            parts[key] = _merge_items(base.get(key), theirs.get(key), ours.get(key), area, prefer, conflicts)
        elif key != "layout":
            value, conflicted = _pick(
                base.get(key, _MISSING), theirs.get(key, _MISSING), ours.get(key, _MISSING), prefer
            )
            if conflicted:
                conflicts.append(Conflict("document", key))
            if value is not _MISSING:
                parts[key] = value
    if "layout" in order:
        layout = _merge_mapping(
            base.get("layout"), theirs.get("layout"), ours.get("layout"), "node", "ours", None
        )
        node_ids = {n.get("id") for n in parts["nodes"] if isinstance(n, dict)}
        parts["layout"] = {key: pos for key, pos in layout.items() if key in node_ids}
    merged = {key: parts[key] for key in order if key in parts}
    return copy.deepcopy(merged), conflicts
