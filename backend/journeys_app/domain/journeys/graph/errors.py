"""The error type of journey validation."""

from __future__ import annotations

from typing import Any

import msgspec

from .messages import render


class GraphError(msgspec.Struct, frozen=True, kw_only=True, rename="camel"):
    """One problem in a journey graph.

    `code` is stable (`edge.unknown_target`); `pointer` is an RFC 6901 JSON pointer into the
    submitted document (`/edges/3/target`); `node_id`/`edge_id` name the node or edge concerned
    when there is one; `params` carries the values the messages mention. On the wire (camelCase):
    code, pointer, nodeId, edgeId, messageEn, messageZh, params.
    """

    code: str
    pointer: str
    message_en: str
    message_zh: str
    node_id: str | None = None
    edge_id: str | None = None
    params: dict[str, Any] = msgspec.field(default_factory=dict)


def make_error(
    code: str,
    pointer: str,
    *,
    node_id: str | None = None,
    edge_id: str | None = None,
    **params: Any,
) -> GraphError:
    """A GraphError with both messages rendered from the code's templates."""
    en, zh = render(code, params)
    return GraphError(
        code=code,
        pointer=pointer,
        message_en=en,
        message_zh=zh,
        node_id=node_id,
        edge_id=edge_id,
        params=params,
    )


class GraphInvalid(Exception):
    """Raised by `ensure_valid`: the graph has errors (a 422 at the API)."""

    def __init__(self, errors: list[GraphError]) -> None:
        self.errors = errors
        first = errors[0] if errors else None
        summary = f"{first.pointer or '/'}: {first.message_en}" if first else "invalid journey"
        more = f" (+{len(errors) - 1} more)" if len(errors) > 1 else ""
        super().__init__(summary + more)
