"""What rules are evaluated on: a customer snapshot, event records, and the tag changes they give."""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from decimal import Decimal
from typing import Any

DEFAULT_TIME_ZONE = "Asia/Shanghai"

#: Attribute names served from the snapshot's own fields; an `attributes` entry of the same name
#: is shadowed by them.
COMPUTED_FIELDS = ("order_count", "total_spend", "avg_order_value", "first_order_at", "last_order_at")


def _require_aware(value: datetime | None, what: str) -> None:
    if value is not None and (value.tzinfo is None or value.utcoffset() is None):
        raise ValueError(f"{what} must be timezone-aware, got {value!r}")


@dataclass(frozen=True, slots=True)
class EventRecord:
    """One behaviour event of the customer: its type, when it happened (aware), its properties.

    `properties` is the JSON object as ingested (amounts may be decimal strings or numbers).
    """

    type: str
    occurred_at: datetime
    properties: Mapping[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        _require_aware(self.occurred_at, "EventRecord.occurred_at")


@dataclass(frozen=True, slots=True)
class CustomerSnapshot:
    """The customer as rules see it.

    `attributes`: profile and custom attributes by name (region, gender, birthday as a date or
    `YYYY-MM-DD` / `--MM-DD` text, nested objects allowed); the consumption fields are kept by the
    database from orders (`avg_order_value` None with orders is derived as total / count);
    `tags`: the tag keys the customer carries now; `time_zone`: IANA name used for local dates
    and times (None or an unknown name means Asia/Shanghai).
    """

    attributes: Mapping[str, Any] = field(default_factory=dict)
    tags: frozenset[str] = frozenset()
    time_zone: str | None = DEFAULT_TIME_ZONE
    order_count: int = 0
    total_spend: Decimal = Decimal(0)
    avg_order_value: Decimal | None = None
    first_order_at: datetime | None = None
    last_order_at: datetime | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.tags, frozenset):
            object.__setattr__(self, "tags", frozenset(self.tags))
        _require_aware(self.first_order_at, "CustomerSnapshot.first_order_at")
        _require_aware(self.last_order_at, "CustomerSnapshot.last_order_at")

    def attribute_view(self) -> dict[str, Any]:
        """Every attribute a condition can name: `attributes`, then `time_zone` and the computed fields."""
        view = dict(self.attributes)
        average = self.avg_order_value
        if average is None and self.order_count:
            average = Decimal(str(self.total_spend)) / self.order_count
        view.update(
            time_zone=self.time_zone or DEFAULT_TIME_ZONE,
            order_count=self.order_count,
            total_spend=self.total_spend,
            avg_order_value=average,
            first_order_at=self.first_order_at,
            last_order_at=self.last_order_at,
        )
        return view

    def with_changes(self, changes: TagChanges) -> CustomerSnapshot:
        """The same customer with `changes` applied to its tags."""
        return replace(self, tags=changes.apply_to(self.tags))


RuleId = Hashable


@dataclass(frozen=True, slots=True)
class TagChanges:
    """Tags to add and to remove (disjoint, and only real changes: nothing already so).

    From `apply_rules`: `sources` names, for every changed tag, the id of the rule that made the
    change (the lowest id when several did); `converged` is False when the rule set kept
    flipping tags and was stopped (see docs/rules.md); `passes` counts evaluation passes.
    """

    add: frozenset[str] = frozenset()
    remove: frozenset[str] = frozenset()
    sources: Mapping[str, RuleId] = field(default_factory=dict)
    converged: bool = True
    passes: int = 1

    def __bool__(self) -> bool:
        return bool(self.add or self.remove)

    def apply_to(self, tags: Iterable[str]) -> frozenset[str]:
        return (frozenset(tags) | self.add) - self.remove
