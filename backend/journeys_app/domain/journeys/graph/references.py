"""What a journey refers to outside itself: tags, channels, message templates, coupons (which
must exist in the workspace), event types and attributes (free, listed for documentation and
import)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, NamedTuple

import msgspec

from .errors import GraphError, make_error
from .pointers import join

# Field name in the format -> kind of reference. The schema gives each of these names one
# meaning wherever it appears (a webhook's free-form `payload` is skipped).
_FIELDS = {
    "tag": "tag",
    "channel": "channel",
    "template": "template",
    "coupon": "coupon",
    "event_type": "event_type",
    "attribute": "attribute",
}
CHECKED_KINDS = ("tag", "channel", "template", "coupon")


class Reference(NamedTuple):
    kind: str  # tag | channel | template | coupon | event_type | attribute
    key: str
    pointer: str


class ReferenceCatalog(msgspec.Struct, frozen=True, kw_only=True):
    """What exists in the workspace. A set left as None is not checked."""

    tags: frozenset[str] | None = None
    channels: frozenset[str] | None = None
    templates: frozenset[str] | None = None
    coupons: frozenset[str] | None = None

    def known(self, kind: str) -> frozenset[str] | None:
        return {
            "tag": self.tags,
            "channel": self.channels,
            "template": self.templates,
            "coupon": self.coupons,
        }.get(kind)


class GraphReferences(msgspec.Struct, frozen=True, kw_only=True, rename="camel"):
    """Distinct keys a journey uses, each sorted."""

    tags: list[str]
    channels: list[str]
    templates: list[str]
    coupons: list[str]
    event_types: list[str]
    attributes: list[str]


_Path = tuple[Any, str | int] | None  # (parent path, key): pointers are built only when needed


def _pointer(path: _Path) -> str:
    tokens: list[str | int] = []
    while path is not None:
        path, key = path
        tokens.append(key)
    return join("", *reversed(tokens))


def iter_references(doc: dict[str, Any]) -> Iterator[Reference]:
    """Every reference in a schema-valid journey, with its pointer, in document order."""
    stack: list[tuple[Any, _Path]] = [
        (doc[key], (None, key)) for key in ("edges", "nodes", "settings") if key in doc
    ]
    containers = (dict, list)
    while stack:
        value, path = stack.pop()
        children: list[tuple[Any, _Path]] = []
        if type(value) is dict:
            for key, child in value.items():
                if type(child) is str:
                    kind = _FIELDS.get(key)
                    if kind is not None:
                        yield Reference(kind, child, _pointer((path, key)))
                elif type(child) in containers and key != "payload":
                    children.append((child, (path, key)))
        elif type(value) is list:
            children = [(child, (path, k)) for k, child in enumerate(value) if type(child) in containers]
        stack.extend(reversed(children))


def collect_references(doc: dict[str, Any]) -> GraphReferences:
    found: dict[str, set[str]] = {kind: set() for kind in _FIELDS.values()}
    for ref in iter_references(doc):
        found[ref.kind].add(ref.key)
    return GraphReferences(
        tags=sorted(found["tag"]),
        channels=sorted(found["channel"]),
        templates=sorted(found["template"]),
        coupons=sorted(found["coupon"]),
        event_types=sorted(found["event_type"]),
        attributes=sorted(found["attribute"]),
    )


def check_references(doc: dict[str, Any], catalog: ReferenceCatalog) -> list[GraphError]:
    errors = []
    for ref in iter_references(doc):
        known = catalog.known(ref.kind)
        if known is not None and ref.key not in known:
            errors.append(make_error(f"reference.unknown_{ref.kind}", ref.pointer, key=ref.key))
    return errors
