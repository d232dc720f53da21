"""Outcomes (source handles) of each node type: which exist, which must be connected."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

NEXT = "next"
ENTER = "enter"
TRANSITION = "transition"
MATCHED = "matched"
TIMEOUT = "timeout"
DEFAULT = "default"


@dataclass(frozen=True)
class Handles:
    """The outcomes of one node: `allowed` in display order, the `required` ones, and the ones
    that take several edges (`multiple`: a stage's transitions). Others take at most one edge."""

    allowed: tuple[str, ...]
    required: tuple[str, ...] = ()
    multiple: frozenset[str] = field(default_factory=frozenset)


_TRIGGER = Handles((NEXT,), (NEXT,))
_STAGE = Handles((ENTER, TRANSITION), (), frozenset({TRANSITION}))
_WAIT = Handles((NEXT,), (NEXT,))
_EVENT_WAIT = Handles((MATCHED, TIMEOUT), (MATCHED, TIMEOUT))
_OPTIONAL_NEXT = Handles((NEXT,))
_NONE = Handles(())


def _keyed(items: list[dict[str, Any]], extra: tuple[str, ...] = ()) -> Handles:
    keys = tuple(dict.fromkeys([item["key"] for item in items] + list(extra)))
    return Handles(keys, keys)


def node_handles(node: dict[str, Any]) -> Handles:
    """The outcomes of a schema-valid node.

    trigger: next (required) · stage: enter (optional, one edge), transition (any number) ·
    wait: next (required), or matched + timeout (required) for event waits · branch: each outcome
    key + default (all required) · split: each arm key (all required) · action, goal: next
    (optional; a run with nowhere to go rests in its current stage, or completes) · exit: none.
    """
    kind = node["type"]
    data = node["data"]
    if kind == "trigger":
        return _TRIGGER
    if kind == "stage":
        return _STAGE
    if kind == "wait":
        return _EVENT_WAIT if data["kind"] == "event" else _WAIT
    if kind == "branch":
        return _keyed(data["outcomes"], (DEFAULT,))
    if kind == "split":
        return _keyed(data["arms"])
    if kind in {"action", "goal"}:
        return _OPTIONAL_NEXT
    return _NONE


def is_delayed(node: dict[str, Any], handle: str) -> bool:
    """True when an edge leaving by this handle is taken only after time passes or something
    happens (every outcome of a wait, a stage's transitions); other edges are taken at once."""
    kind = node["type"]
    return kind == "wait" or (kind == "stage" and handle == TRANSITION)
