"""Running the workspace's automatic tag rules for one customer (the database side of rules/).

The rule engine itself is pure (`journeys_app.domain.rules`); this module loads what it needs —
the customer's snapshot, the events the rules look at, the enabled rules — and writes the tag
changes it returns, each as a customer tag with source `rule` and an internal tag event.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from journeys_app.db.base import utcnow
from journeys_app.domain.customers.models import Customer
from journeys_app.domain.events.models import Event
from journeys_app.domain.rules.evaluate import apply_rules, max_window
from journeys_app.domain.rules.model import CustomerSnapshot, EventRecord
from journeys_app.domain.tags.models import TagRule
from journeys_app.domain.tags.services.customer_tags import TagChange, change_tags, tag_keys_of

INTERNAL = ("tag.added", "tag.removed")


async def enabled_rules(db: AsyncSession) -> dict[int, dict[str, Any]]:
    rows = (await db.execute(select(TagRule).where(TagRule.enabled.is_(True)).order_by(TagRule.id))).scalars()  # type: ignore[attr-defined]
    return {r.id: {**r.definition, "enabled": True} for r in rows}  # type: ignore[misc]


async def snapshot_of(db: AsyncSession, customer: Customer) -> CustomerSnapshot:
    attributes = dict(customer.attributes)
    for name in ("name", "region", "gender"):
        if getattr(customer, name) is not None:
            attributes[name] = getattr(customer, name)
    if customer.birthday is not None:
        attributes["birthday"] = customer.birthday
    return CustomerSnapshot(
        attributes=attributes,
        tags=frozenset(await tag_keys_of(db, customer.id)),  # type: ignore[arg-type]
        time_zone=customer.time_zone,
        order_count=customer.order_count,
        total_spend=customer.total_spend,
        first_order_at=customer.first_order_at,
        last_order_at=customer.last_order_at,
    )


async def event_records(
    db: AsyncSession,
    customer_id: int,
    rules: dict[int, dict[str, Any]],
    until: datetime,
    *,
    upto: Event | None = None,
) -> list[EventRecord]:
    """The customer's events up to `until` (or up to and including the event `upto`, in
    (occurred_at, id) order, so a drain sees exactly what a serial replay would), as far back
    as the longest rule window needs."""
    windows = [max_window(rule["condition"]) for rule in rules.values()]
    query = select(Event.type, Event.occurred_at, Event.properties).where(
        Event.customer_id == customer_id,
        Event.occurred_at <= until,
        Event.type.notin_(INTERNAL),  # type: ignore[attr-defined]
    )
    if upto is not None:
        query = query.where(
            (Event.occurred_at < upto.occurred_at)
            | ((Event.occurred_at == upto.occurred_at) & (Event.id <= upto.id))  # type: ignore[operator]
        )
    if windows and all(w is not None for w in windows):
        query = query.where(Event.occurred_at >= until - max(windows))  # type: ignore[type-var, operator]
    rows = (await db.execute(query.order_by(Event.occurred_at, Event.id))).all()
    return [EventRecord(type=t, occurred_at=at, properties=props) for t, at, props in rows]


async def run_rules(
    db: AsyncSession,
    customer: Customer,
    *,
    now: datetime,
    cause: str,
    rules: dict[int, dict[str, Any]] | None = None,
    upto: Event | None = None,
) -> list[TagChange]:
    """Evaluate every enabled rule for the customer and apply the net changes. Idempotent."""
    rules = await enabled_rules(db) if rules is None else rules
    if not rules:
        return []
    snapshot = await snapshot_of(db, customer)
    events = await event_records(db, customer.id, rules, now, upto=upto)  # type: ignore[arg-type]
    changes = apply_rules(rules, snapshot, events, now)
    if not changes:
        return []
    applied: list[TagChange] = []
    by_rule: dict[Any, tuple[set[str], set[str]]] = {}
    for tag in changes.add:
        by_rule.setdefault(changes.sources.get(tag), (set(), set()))[0].add(tag)
    for tag in changes.remove:
        by_rule.setdefault(changes.sources.get(tag), (set(), set()))[1].add(tag)
    for rule_id, (add, remove) in sorted(by_rule.items(), key=lambda item: str(item[0])):
        applied += await change_tags(
            db,
            customer.id,
            add=add,
            remove=remove,
            source="rule",
            source_ref=str(rule_id),
            cause=cause,  # type: ignore[arg-type]
        )
    return applied


async def run_rules_for_event(db: AsyncSession, customer: Customer, event: Event) -> None:
    """Event-driven evaluation, called by the per-customer job for each event in order."""
    if event.type in INTERNAL:
        return  # tag changes are already followed to quiescence inside apply_rules
    await run_rules(db, customer, now=utcnow(), cause=event.event_id, upto=event)
