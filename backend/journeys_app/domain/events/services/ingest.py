"""Storing a batch of events: idempotent by id, each item on its own, committed before the 202."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from journeys_app.db.base import utcnow
from journeys_app.domain.customers.models import Customer
from journeys_app.domain.customers.services import identities
from journeys_app.domain.events.models import Event
from journeys_app.domain.events.services.envelope import CheckedEvent, ItemError, check_item

MAX_BATCH = 1000

Status = Literal["accepted", "duplicate", "conflict", "invalid"]


@dataclass
class ItemResult:
    index: int
    status: Status
    event_id: str | None = None
    customer_id: int | None = None
    errors: list[ItemError] = field(default_factory=list)


@dataclass
class BatchResult:
    items: list[ItemResult]
    customers_to_process: set[int]

    def count(self, status: Status) -> int:
        return sum(1 for i in self.items if i.status == status)


def apply_traits(customer: Customer, traits: dict[str, Any]) -> None:
    for key, value in traits.items():
        if key == "attributes":
            customer.attributes = {**customer.attributes, **value}
        elif value is not None:
            setattr(customer, key, value)
    if traits:
        customer.updated_at = utcnow()


async def _store(db: AsyncSession, checked: CheckedEvent, index: int) -> ItemResult:
    existing = (
        await db.execute(select(Event).where(Event.event_id == checked.event_id))
    ).scalar_one_or_none()
    if existing is not None:
        if existing.payload_hash == checked.payload_hash:
            return ItemResult(index, "duplicate", checked.event_id, existing.customer_id)
        return ItemResult(
            index,
            "conflict",
            checked.event_id,
            errors=[ItemError(f"/events/{index}/id", "this id was already used for a different event")],
        )
    resolution = await identities.resolve(db, checked.identities, reason=f"event {checked.event_id}")
    apply_traits(resolution.customer, checked.traits)
    db.add(
        Event(
            event_id=checked.event_id,
            type=checked.type,
            customer_id=resolution.customer.id,  # type: ignore[arg-type]
            properties=checked.properties,
            payload_hash=checked.payload_hash,
            occurred_at=checked.occurred_at,
        )
    )
    await db.flush()
    return ItemResult(index, "accepted", checked.event_id, resolution.customer.id)


async def ingest(db: AsyncSession, items: list[Any]) -> BatchResult:
    """Check and store every item; each valid item is kept even when others fail. Commits."""
    results: list[ItemResult] = []
    touched: set[int] = set()
    for index, raw in enumerate(items):
        checked = check_item(raw, index)
        if checked.errors:
            results.append(ItemResult(index, "invalid", checked.event_id or None, errors=checked.errors))
            continue
        for attempt in range(2):
            savepoint = await db.begin_nested()
            try:
                result = await _store(db, checked, index)
                await savepoint.commit()
                break
            except IntegrityError:
                # a concurrent request stored the same event id or identity first: look again
                await savepoint.rollback()
                if attempt:
                    raise
        results.append(result)
        if result.status == "accepted" and result.customer_id is not None:
            touched.add(result.customer_id)
    await db.commit()
    return BatchResult(items=results, customers_to_process=touched)
