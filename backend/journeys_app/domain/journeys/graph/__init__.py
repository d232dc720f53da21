"""The journey graph format: validation, semantic diff and checksum (pure: no database, no HTTP).

    errors = validate_graph(doc, catalog)      # [] when valid; GraphError(code, pointer, ...)
    ensure_valid(doc, catalog)                 # raises GraphInvalid(errors)
    diff = diff_graphs(old, new)               # GraphDiff; layout moves reported apart
    checksum = graph_checksum(doc)             # sha256 hex of the canonical JSON without layout

The format is defined by `journeys/schema/journey.schema.json`; docs/journey-format.md explains
it, every node type and every error code.
"""

from .checksum import canonical_json, graph_checksum, semantic_view
from .diff import EdgeChange, FieldChange, GraphDiff, LayoutChange, NodeChange, diff_graphs
from .errors import GraphError, GraphInvalid, make_error
from .handles import Handles, is_delayed, node_handles
from .messages import MESSAGES
from .references import GraphReferences, Reference, ReferenceCatalog, collect_references, iter_references
from .schema import get_validator, load_schema, schema_dir, schema_errors
from .validate import DEFAULT_LIMITS, Limits, ensure_valid, is_valid, validate_graph

SCHEMA_VERSION = 1

__all__ = [
    "DEFAULT_LIMITS",
    "MESSAGES",
    "SCHEMA_VERSION",
    "EdgeChange",
    "FieldChange",
    "GraphDiff",
    "GraphError",
    "GraphInvalid",
    "GraphReferences",
    "Handles",
    "LayoutChange",
    "Limits",
    "NodeChange",
    "Reference",
    "ReferenceCatalog",
    "canonical_json",
    "collect_references",
    "diff_graphs",
    "ensure_valid",
    "get_validator",
    "graph_checksum",
    "is_delayed",
    "is_valid",
    "iter_references",
    "load_schema",
    "make_error",
    "node_handles",
    "schema_dir",
    "schema_errors",
    "semantic_view",
    "validate_graph",
]
