"""Checksums of published versions: sha256 of the canonical JSON of the semantics.

Canonical form: the document without `layout`, nodes and edges sorted by id (their order in the
arrays carries no meaning), object keys sorted, no whitespace, UTF-8. Order inside a node (branch
outcomes, split arms) is kept: it is meaningful. Moving boxes on the canvas or reordering the
arrays leaves the checksum unchanged; any semantic edit changes it.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any


def _id(item: Any) -> str:
    return str(item.get("id")) if isinstance(item, dict) else ""


def _by_id_then_contents(item: Any) -> tuple[str, str]:
    return _id(item), json.dumps(item, sort_keys=True, ensure_ascii=False)


def _sorted(items: list[Any]) -> list[Any]:
    """By id; only when ids repeat (an invalid draft) are ties broken by contents."""
    ids = [_id(item) for item in items]
    return sorted(items, key=_by_id_then_contents if len(set(ids)) < len(ids) else _id)


def semantic_view(doc: dict[str, Any]) -> dict[str, Any]:
    """The document without its layout, nodes and edges sorted by id."""
    view = {k: v for k, v in doc.items() if k != "layout"}
    for key in ("nodes", "edges"):
        if isinstance(view.get(key), list):
            view[key] = _sorted(view[key])
    return view


def canonical_json(doc: dict[str, Any]) -> bytes:
    return json.dumps(
        semantic_view(doc), sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    ).encode("utf-8")


def graph_checksum(doc: dict[str, Any]) -> str:
    """64 hex digits (sha256 of `canonical_json`)."""
    return hashlib.sha256(canonical_json(doc)).hexdigest()
