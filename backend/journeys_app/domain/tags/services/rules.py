"""Automatic tag rules: CRUD with validation, "matches N customers now", back-fill runs."""

from __future__ import annotations

from litestar.exceptions import HTTPException, NotFoundException
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from journeys_app.db.base import utcnow
from journeys_app.domain.customers.models import Customer
from journeys_app.domain.rules.evaluate import evaluate
from journeys_app.domain.rules.validate import validate_rule
from journeys_app.domain.tags.models import RuleBackfill, Tag, TagRule
from journeys_app.domain.tags.services.rule_runner import enabled_rules, event_records, snapshot_of


class RuleInvalid(HTTPException):
    status_code = 422

    def __init__(self, errors: list) -> None:  # type: ignore[type-arg]
        super().__init__(detail="the rule is not valid", extra={"errors": [e for e in errors]})


async def _known_tags(db: AsyncSession) -> set[str]:
    return set((await db.execute(select(Tag.key))).scalars())


async def check(db: AsyncSession, definition: dict) -> None:  # type: ignore[type-arg]
    errors = validate_rule(definition, known_tags=await _known_tags(db))
    if errors:
        import msgspec

        raise RuleInvalid([msgspec.to_builtins(e) for e in errors])


async def create(db: AsyncSession, definition: dict) -> TagRule:  # type: ignore[type-arg]
    await check(db, definition)
    rule = TagRule(
        name=str(definition["name"])[:200],
        description=definition.get("description"),
        definition=definition,
        enabled=bool(definition.get("enabled", True)),
    )
    db.add(rule)
    await db.flush()
    return rule


async def get(db: AsyncSession, rule_id: int) -> TagRule:
    rule = await db.get(TagRule, rule_id)
    if rule is None:
        raise NotFoundException("no such rule")
    return rule


async def update(db: AsyncSession, rule_id: int, definition: dict) -> TagRule:  # type: ignore[type-arg]
    rule = await get(db, rule_id)
    await check(db, definition)
    rule.definition = definition
    rule.name = str(definition["name"])[:200]
    rule.description = definition.get("description")
    rule.enabled = bool(definition.get("enabled", True))
    rule.revision += 1
    rule.updated_at = utcnow()
    await db.flush()
    return rule


async def list_rules(db: AsyncSession) -> list[TagRule]:
    return list((await db.execute(select(TagRule).order_by(TagRule.id))).scalars())


async def count_matches(db: AsyncSession, definition: dict, *, limit: int = 100_000) -> tuple[int, int]:  # type: ignore[type-arg]
    """(customers whose condition is true now, customers looked at). Reads only; changes nothing."""
    await check(db, definition)
    now = utcnow()
    rules = {0: {**definition, "enabled": True}}
    matched = seen = 0
    customers = (
        await db.execute(
            select(Customer).where(Customer.merged_into_id.is_(None)).order_by(Customer.id).limit(limit)
        )  # type: ignore[union-attr]
    ).scalars()
    for customer in customers:
        seen += 1
        snapshot = await snapshot_of(db, customer)
        events = await event_records(db, customer.id, rules, now)  # type: ignore[arg-type]
        if evaluate(definition["condition"], snapshot, events, now):
            matched += 1
    return matched, seen


async def start_backfill(db: AsyncSession, rule: TagRule) -> RuleBackfill:
    total = (
        await db.execute(select(func.count()).select_from(Customer).where(Customer.merged_into_id.is_(None)))
    ).scalar_one()  # type: ignore[union-attr]
    run = RuleBackfill(rule_id=rule.id, rule_revision=rule.revision, total=total)  # type: ignore[arg-type]
    db.add(run)
    await db.flush()
    return run


async def get_backfill(db: AsyncSession, rule_id: int, backfill_id: int) -> RuleBackfill:
    run = await db.get(RuleBackfill, backfill_id)
    if run is None or run.rule_id != rule_id:
        raise NotFoundException("no such back-fill")
    return run


__all__ = ["enabled_rules"]
