"""Worker side of the tags area: rule back-fills and the periodic run of time-based rules."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from journeys_app.db.base import utcnow
from journeys_app.db.scoping import scope_session
from journeys_app.domain.customers.models import Customer
from journeys_app.domain.rules.evaluate import is_time_based
from journeys_app.domain.tags.models import RuleBackfill, TagRule
from journeys_app.domain.tags.services.rule_runner import run_rules
from journeys_app.logging_setup import get_logger

log = get_logger(__name__)
CHUNK = 200


async def _customer_ids(db: AsyncSession, after: int) -> list[int]:
    rows = await db.execute(
        select(Customer.id)
        .where(Customer.merged_into_id.is_(None), Customer.id > after)
        .order_by(Customer.id)
        .limit(CHUNK)  # type: ignore[union-attr, operator]
    )
    return list(rows.scalars())


async def backfill_rule(ctx: dict[str, Any], workspace_id: int, backfill_id: int) -> str:
    """Apply one rule to every existing customer, CHUNK at a time, recording progress.

    Restartable: each chunk commits its tag changes and the progress together, and a retry
    resumes after the last customer done (`processed` counts them). Idempotent per customer.
    """
    sessions: async_sessionmaker[AsyncSession] = ctx["sessions"]
    async with sessions() as db:
        scope_session(db, workspace_id)
        run = await db.get(RuleBackfill, backfill_id)
        if run is None or run.status == "done":
            return "nothing to do"
        rule = await db.get(TagRule, run.rule_id)
        if rule is None:
            run.status, run.error = "failed", "the rule was deleted"
            await db.commit()
            return "failed"
        run.status = "running"
        await db.commit()
    last_id = 0
    while True:
        async with sessions() as db:
            scope_session(db, workspace_id)
            run = await db.get(RuleBackfill, backfill_id)
            rule = await db.get(TagRule, run.rule_id)  # type: ignore[union-attr]
            rules = {rule.id: {**rule.definition, "enabled": True}}  # type: ignore[union-attr, dict-item]
            ids = await _customer_ids(db, last_id)
            if not ids:
                run.status, run.finished_at = "done", utcnow()  # type: ignore[union-attr]
                await db.commit()
                return "done"
            for customer_id in ids:
                customer = await db.get(Customer, customer_id)
                changes = await run_rules(
                    db, customer, now=utcnow(), cause=f"backfill:{backfill_id}", rules=rules
                )  # type: ignore[arg-type]
                run.changed += 1 if changes else 0  # type: ignore[union-attr]
            run.processed += len(ids)  # type: ignore[union-attr]
            last_id = ids[-1]
            await db.commit()


async def run_time_based_rules(ctx: dict[str, Any]) -> int:
    """Hourly: re-evaluate rules whose truth changes with time alone (recency, birthdays, windows)."""
    sessions: async_sessionmaker[AsyncSession] = ctx["sessions"]
    async with sessions() as db:  # unscoped: find the workspaces that have such rules
        rules = list((await db.execute(select(TagRule).where(TagRule.enabled.is_(True)))).scalars())  # type: ignore[attr-defined]
    by_workspace: dict[int, dict[int, dict[str, Any]]] = {}
    for rule in rules:
        if is_time_based(rule.definition["condition"]):
            by_workspace.setdefault(rule.workspace_id, {})[rule.id] = {**rule.definition, "enabled": True}  # type: ignore[index]
    stamp = utcnow().strftime("%Y%m%d%H")
    customers = 0
    for workspace_id, workspace_rules in by_workspace.items():
        last_id = 0
        while True:
            async with sessions() as db:
                scope_session(db, workspace_id)
                ids = await _customer_ids(db, last_id)
                if not ids:
                    break
                for customer_id in ids:
                    customer = await db.get(Customer, customer_id)
                    await run_rules(
                        db, customer, now=utcnow(), cause=f"schedule:{stamp}", rules=workspace_rules
                    )  # type: ignore[arg-type]
                await db.commit()
                customers += len(ids)
                last_id = ids[-1]
    return customers
