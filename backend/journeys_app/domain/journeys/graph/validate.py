"""`validate_graph`: the JSON Schema first, then (on a schema-valid document) the semantic rules."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import msgspec

from .content import MAX_CONDITION_DEPTH, check_content
from .errors import GraphError, GraphInvalid, make_error
from .pointers import split
from .references import ReferenceCatalog, check_references
from .schema import schema_errors
from .semantic import check_structure


@dataclass(frozen=True)
class Limits:
    max_nodes: int = 2000
    max_edges: int = 10000
    max_condition_depth: int = MAX_CONDITION_DEPTH


DEFAULT_LIMITS = Limits()


def validate_graph(
    doc: Any,
    catalog: ReferenceCatalog | None = None,
    *,
    limits: Limits = DEFAULT_LIMITS,
    base: str = "",
) -> list[GraphError]:
    """Every problem of a journey document (parsed JSON); [] when it is valid.

    Size limits are checked first (an oversized graph gets only that error), then the JSON
    Schema; the semantic rules run only on a schema-valid document. With a `catalog`, tags,
    channels, message templates and coupons must exist in it. `base` prefixes every pointer
    (`/graph` for the graph inside a template file). Never raises on any JSON value.
    """
    errors = _limit_errors(doc, limits)
    if not errors:
        try:
            errors = schema_errors(doc)
            if not errors:
                errors = check_structure(doc) + check_content(doc, limits.max_condition_depth)
                if catalog is not None:
                    errors += check_references(doc, catalog)
        except RecursionError:
            errors = [make_error("graph.too_deep", "")]
    return [_attribute(doc, error, base) for error in errors]


def is_valid(doc: Any, catalog: ReferenceCatalog | None = None) -> bool:
    return not validate_graph(doc, catalog)


def ensure_valid(doc: Any, catalog: ReferenceCatalog | None = None) -> None:
    """Raise GraphInvalid (carrying the errors) unless the journey is valid."""
    errors = validate_graph(doc, catalog)
    if errors:
        raise GraphInvalid(errors)


def _limit_errors(doc: Any, limits: Limits) -> list[GraphError]:
    if not isinstance(doc, dict):
        return []
    errors = []
    nodes, edges = doc.get("nodes"), doc.get("edges")
    if isinstance(nodes, list) and len(nodes) > limits.max_nodes:
        errors.append(make_error("graph.too_many_nodes", "/nodes", count=len(nodes), limit=limits.max_nodes))
    if isinstance(edges, list) and len(edges) > limits.max_edges:
        errors.append(make_error("graph.too_many_edges", "/edges", count=len(edges), limit=limits.max_edges))
    return errors


def _attribute(doc: Any, error: GraphError, base: str) -> GraphError:
    """Fill node_id/edge_id from a pointer into /nodes/N or /edges/N; prefix `base`."""
    changes: dict[str, Any] = {}
    if base:
        changes["pointer"] = base + error.pointer
    if error.node_id is None and error.edge_id is None and isinstance(doc, dict):
        tokens = split(error.pointer)
        if len(tokens) >= 2 and tokens[0] in {"nodes", "edges"} and tokens[1].isdigit():
            items = doc.get(tokens[0])
            k = int(tokens[1])
            if isinstance(items, list) and k < len(items) and isinstance(items[k], dict):
                item_id = items[k].get("id")
                if isinstance(item_id, str):
                    changes["node_id" if tokens[0] == "nodes" else "edge_id"] = item_id
    return msgspec.structs.replace(error, **changes) if changes else error
