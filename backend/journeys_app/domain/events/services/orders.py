"""Orders from `order.paid` / `order.refunded` events, and the customer's consumption fields."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from journeys_app.db.base import utcnow
from journeys_app.domain.customers.models import Customer, Order
from journeys_app.domain.events.models import Event


def _amount(value: Any) -> Decimal | None:
    try:
        return Decimal(str(value)).quantize(Decimal("0.01"))
    except (InvalidOperation, ValueError):
        return None


async def recompute_consumption(db: AsyncSession, customer: Customer) -> None:
    """first/last order time, order count, total spend (net of refunds) from orders not wholly refunded."""
    orders = list(
        (
            await db.execute(
                select(Order).where(Order.customer_id == customer.id, Order.refunded_at.is_(None))  # type: ignore[union-attr]
            )
        ).scalars()
    )
    customer.first_order_at = min((o.paid_at for o in orders), default=None)
    customer.last_order_at = max((o.paid_at for o in orders), default=None)
    customer.order_count = len(orders)
    customer.total_spend = sum((o.amount - o.refunded_amount for o in orders), Decimal("0")).quantize(
        Decimal("0.01")
    )
    customer.updated_at = utcnow()


async def apply_order_event(db: AsyncSession, customer: Customer, event: Event) -> bool:
    """Record the order effect of an event and update the consumption fields incrementally
    (O(1) per event); returns True when they changed."""
    props = event.properties
    order_id = str(props.get("order_id", "")).strip()
    if not order_id:
        return False
    if event.type == "order.paid":
        amount = _amount(props.get("amount"))
        if amount is None:
            return False
        existing = (await db.execute(select(Order).where(Order.order_id == order_id))).scalar_one_or_none()
        if existing is not None:
            return False  # the same order reported twice (e.g. by the shop and by an import)
        db.add(
            Order(
                customer_id=customer.id,  # type: ignore[arg-type]
                order_id=order_id,
                amount=amount,
                currency=str(props.get("currency") or "CNY")[:8],
                items=list(props.get("items") or []),
                channel=(str(props["channel"])[:64] if props.get("channel") else None),
                paid_at=event.occurred_at,
                source_event_id=event.event_id,
            )
        )
        customer.order_count += 1
        customer.total_spend = (customer.total_spend + amount).quantize(Decimal("0.01"))
        if customer.first_order_at is None or event.occurred_at < customer.first_order_at:
            customer.first_order_at = event.occurred_at
        if customer.last_order_at is None or event.occurred_at > customer.last_order_at:
            customer.last_order_at = event.occurred_at
        customer.updated_at = utcnow()
        return True
    if event.type == "order.refunded":
        order = (await db.execute(select(Order).where(Order.order_id == order_id))).scalar_one_or_none()
        if order is None or order.refunded_at is not None:
            return False
        remaining = order.amount - order.refunded_amount
        refund = _amount(props.get("amount"))
        refund = remaining if refund is None or refund > remaining else refund
        order.refunded_amount += refund
        if order.refunded_amount >= order.amount:
            order.refunded_at = event.occurred_at
            # a wholly refunded order no longer counts; first/last order may change: recount
            await db.flush()
            await recompute_consumption(db, customer)
        else:
            customer.total_spend = (customer.total_spend - refund).quantize(Decimal("0.01"))
            customer.updated_at = utcnow()
        return True
    return False
