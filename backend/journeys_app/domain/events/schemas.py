"""Wire formats of the events area (camelCase JSON, except the event envelope itself)."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

import msgspec


class EventBatch(msgspec.Struct):
    """Up to 1,000 events. Each item: `{id, type, customer: {external_id | phone |
    wecom_external_userid | unionid | email ..., traits?}, properties, occurred_at}`
    (snake_case keys, as integrators' systems send them; see docs/events.md)."""

    events: list[Any]


class ItemErrorRead(msgspec.Struct):
    pointer: str
    message: str


class EventItemResult(msgspec.Struct, rename="camel"):
    index: int
    status: Literal["accepted", "duplicate", "conflict", "invalid"]
    code: int  # 202 accepted, 200 duplicate, 409 conflict, 422 invalid
    event_id: str | None = None
    customer_id: int | None = None
    errors: list[ItemErrorRead] = msgspec.field(default_factory=list)


class EventBatchResult(msgspec.Struct, rename="camel"):
    accepted: int
    duplicates: int
    conflicts: int
    invalid: int
    results: list[EventItemResult]


class EventRead(msgspec.Struct, rename="camel"):
    id: str
    type: str
    customer_id: int
    properties: dict[str, Any]
    source: str
    occurred_at: datetime
    received_at: datetime
    processed_at: datetime | None
