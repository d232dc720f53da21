"""Wire formats of the customers area (camelCase JSON)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

import msgspec

from journeys_app.domain.events.schemas import EventRead
from journeys_app.domain.tags.schemas import CustomerTagRead


class CustomerRead(msgspec.Struct, rename="camel"):
    id: int
    identities: dict[str, list[str]]
    name: str | None
    region: str | None
    birthday: date | None
    gender: str | None
    time_zone: str
    assistant_user_id: int | None
    attributes: dict[str, Any]
    first_order_at: datetime | None
    last_order_at: datetime | None
    order_count: int
    total_spend: Decimal
    average_order_value: Decimal
    created_at: datetime
    updated_at: datetime
    tags: list[CustomerTagRead] = msgspec.field(default_factory=list)
    merged_into_id: int | None = None


class CustomerPage(msgspec.Struct, rename="camel"):
    items: list[CustomerRead]
    total: int
    limit: int
    offset: int


class EventPage(msgspec.Struct, rename="camel"):
    items: list[EventRead]
    next_before_id: int | None


class MergeRequest(msgspec.Struct, rename="camel"):
    other_customer_id: int
    reason: str = "merged by hand"
