"""Wire formats of the tags area (camelCase JSON)."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

import msgspec

Family = Literal["static", "consumption", "behaviour", "tier", "stage"]


class TagGroupWrite(msgspec.Struct, rename="camel"):
    key: str
    family: Family
    name_zh: str
    name_en: str


class TagGroupRead(msgspec.Struct, rename="camel"):
    id: int
    key: str
    family: str
    name_zh: str
    name_en: str


class TagWrite(msgspec.Struct, rename="camel"):
    key: str
    name_zh: str
    name_en: str
    group_key: str | None = None


class TagRead(msgspec.Struct, rename="camel"):
    id: int
    key: str
    name_zh: str
    name_en: str
    group_key: str | None
    family: str | None
    customer_count: int = 0


class TagChangeRequest(msgspec.Struct, rename="camel"):
    """Tags to put on / take off customers (by hand, or by an integrator)."""

    customer_ids: list[int]
    add: list[str] = msgspec.field(default_factory=list)
    remove: list[str] = msgspec.field(default_factory=list)


class TagChangeResult(msgspec.Struct, rename="camel"):
    customers: int
    added: int
    removed: int


class CustomerTagRead(msgspec.Struct, rename="camel"):
    key: str
    name_zh: str
    name_en: str
    family: str | None
    source: str
    source_ref: str | None
    added_at: datetime


class RuleWrite(msgspec.Struct, rename="camel"):
    """A rule in the format of journeys/schema/rule.schema.json (snake_case inside `definition`)."""

    definition: dict[str, Any]


class RuleRead(msgspec.Struct, rename="camel"):
    id: int
    name: str
    enabled: bool
    revision: int
    definition: dict[str, Any]
    time_based: bool
    created_at: datetime
    updated_at: datetime


class RuleMatchCount(msgspec.Struct, rename="camel"):
    matched: int
    customers: int


class BackfillRead(msgspec.Struct, rename="camel"):
    id: int
    rule_id: int
    rule_revision: int
    status: str
    total: int
    processed: int
    changed: int
    error: str | None
    created_at: datetime
    finished_at: datetime | None
