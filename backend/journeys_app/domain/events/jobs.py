"""Worker side of the events area: drain one customer's events; sweep for stragglers.

PostgreSQL is the source of truth and Redis only the doorbell: ingestion commits events, then
enqueues one job per customer (job id `<queue>:customer:<workspace>:<customer>`, so a burst of events
rings once). The job drains that customer's unprocessed events in `occurred_at` order under a
per-customer lock, to quiescence (rules may add tags, whose internal events are drained too),
with a step limit. The sweeper re-enqueues customers whose events have waited too long, so a
lost Redis or a killed worker delays work but never loses it.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from arq.connections import ArqRedis
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from journeys_app.db.base import utcnow
from journeys_app.db.scoping import scope_session
from journeys_app.domain.customers.models import Customer
from journeys_app.domain.events.models import Event
from journeys_app.domain.events.services.orders import apply_order_event
from journeys_app.logging_setup import get_logger
from journeys_app.queue import job_id

log = get_logger(__name__)

BATCH = 500
MAX_ROUNDS = 20  # quiescence step limit: rules reacting to their own tag changes stop here
SWEEP_AFTER = timedelta(seconds=5)
ORDER_TYPES = {"order.paid", "order.refunded"}


async def enqueue_customers(
    arq: ArqRedis, queue_name: str, workspace_id: int, customer_ids: set[int] | list[int]
) -> None:
    """Ring once per customer: the job id dedupes while a drain for that customer is queued."""
    for customer_id in sorted(customer_ids):
        await arq.enqueue_job(
            "process_customer",
            workspace_id,
            customer_id,
            _job_id=job_id(queue_name, "customer", workspace_id, customer_id),
            _queue_name=queue_name,
        )


async def _lock_customer(db: AsyncSession, customer_id: int) -> Customer | None:
    """The live profile (following merges), locked for this transaction."""
    seen = set()
    while customer_id not in seen:
        seen.add(customer_id)
        query = select(Customer).where(Customer.id == customer_id)
        if db.bind.dialect.name == "postgresql":  # type: ignore[union-attr]
            query = query.with_for_update()
        customer = (await db.execute(query)).scalar_one_or_none()
        if customer is None or customer.merged_into_id is None:
            return customer
        customer_id = customer.merged_into_id
    return None


async def drain_customer(
    sessions: async_sessionmaker[AsyncSession], workspace_id: int, customer_id: int, *, on_event=None
) -> int:  # type: ignore[no-untyped-def]
    """Process every pending event of the customer; returns how many were processed."""
    processed = 0
    for _round in range(MAX_ROUNDS):
        async with sessions() as db:
            scope_session(db, workspace_id)
            customer = await _lock_customer(db, customer_id)
            if customer is None:
                return processed
            customer_id = customer.id  # type: ignore[assignment]
            events = list(
                (
                    await db.execute(
                        select(Event)
                        .where(Event.customer_id == customer.id, Event.processed_at.is_(None))  # type: ignore[union-attr]
                        .order_by(Event.occurred_at, Event.id)
                        .limit(BATCH)
                    )
                ).scalars()
            )
            if not events:
                await db.commit()
                return processed
            for event in events:
                if event.type in ORDER_TYPES:
                    await apply_order_event(db, customer, event)
                if on_event is not None:
                    await on_event(db, customer, event)
                event.processed_at = utcnow()
            await db.commit()
            processed += len(events)
    log.warning("customer not quiescent after step limit", workspace_id=workspace_id, customer_id=customer_id)
    return processed


async def process_customer(ctx: dict[str, Any], workspace_id: int, customer_id: int) -> int:
    from journeys_app.domain.tags.services.rule_runner import run_rules_for_event

    return await drain_customer(ctx["sessions"], workspace_id, customer_id, on_event=run_rules_for_event)


async def sweep_unprocessed(ctx: dict[str, Any]) -> int:
    """Re-ring the doorbell for customers whose events have waited longer than SWEEP_AFTER."""
    sessions: async_sessionmaker[AsyncSession] = ctx["sessions"]
    async with sessions() as db:  # unscoped: the sweeper serves every workspace
        rows = (
            await db.execute(
                select(Event.workspace_id, Event.customer_id)
                .where(Event.processed_at.is_(None), Event.received_at < utcnow() - SWEEP_AFTER)  # type: ignore[union-attr]
                .group_by(Event.workspace_id, Event.customer_id)
                .limit(5000)
            )
        ).all()
    arq: ArqRedis = ctx["redis"]
    queue_name = ctx["settings"].queue_name
    # Its own job ids (one per customer per 30 s): a drain that died with its worker still holds
    # the regular job id until arq's in-progress key expires; this one does not wait for that.
    # Two drains of one customer are safe: they serialise on the customer lock, and the second
    # finds nothing left to do.
    window = int(utcnow().timestamp()) // 30
    for workspace_id, customer_id in rows:
        await arq.enqueue_job(
            "process_customer",
            workspace_id,
            customer_id,
            _job_id=job_id(queue_name, "sweep", workspace_id, customer_id, window),
            _queue_name=queue_name,
        )
    if rows:
        log.info("sweeper re-enqueued customers", count=len(rows))
    return len(rows)
