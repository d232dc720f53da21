"""Helpers for the rule tests: a fixed clock, compact events, customers and rules."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from journeys_app.domain.rules import CustomerSnapshot, EventRecord, evaluate

NOW = datetime(2024, 6, 10, 12, 0, tzinfo=UTC)  # 20:00 in Shanghai, 05:00 in Los Angeles


def ago(days: float = 0, hours: float = 0, minutes: float = 0, now: datetime = NOW) -> datetime:
    return now - timedelta(days=days, hours=hours, minutes=minutes)


def ev(type_: str, when: datetime, **properties: Any) -> EventRecord:
    return EventRecord(type=type_, occurred_at=when, properties=properties)


def paid(when: datetime, amount: Any = "100.00", **extra: Any) -> EventRecord:
    items = extra.pop("items", [{"sku": "SKU-1", "name": "商品", "quantity": 1, "price": amount}])
    return ev("order.paid", when, order_id=f"o-{when.isoformat()}", amount=amount, items=items, **extra)


def customer(*tags: str, tz: str | None = "Asia/Shanghai", **attributes: Any) -> CustomerSnapshot:
    return CustomerSnapshot(attributes=attributes, tags=frozenset(tags), time_zone=tz)


def holds(
    condition: dict[str, Any], events: list[EventRecord] = (), who: CustomerSnapshot | None = None, now=NOW
) -> bool:  # type: ignore[assignment]
    return evaluate(condition, who or customer(), list(events), now)


def rule(
    condition: dict[str, Any], add: list[str] = (), remove: list[str] = (), **extra: Any
) -> dict[str, Any]:  # type: ignore[assignment]
    doc = {
        "name": "rule",
        "condition": condition,
        "add_tags": list(add),
        "remove_tags": list(remove),
        "enabled": True,
    }
    doc.update(extra)
    return doc
