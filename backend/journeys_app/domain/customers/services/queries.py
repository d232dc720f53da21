"""Reading customers: list with filters, lookup by identity, one profile with tags, events."""

from __future__ import annotations

from sqlalchemy import func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from journeys_app.domain.customers.models import Customer, CustomerIdentity
from journeys_app.domain.events.models import Event
from journeys_app.domain.tags.models import CustomerTag, Tag, TagGroup


async def identities_of(db: AsyncSession, customer_ids: list[int]) -> dict[int, dict[str, list[str]]]:
    found: dict[int, dict[str, list[str]]] = {cid: {} for cid in customer_ids}
    if customer_ids:
        rows = await db.execute(
            select(CustomerIdentity)
            .where(CustomerIdentity.customer_id.in_(customer_ids))
            .order_by(CustomerIdentity.id)  # type: ignore[attr-defined]
        )
        for ident in rows.scalars():
            found[ident.customer_id].setdefault(ident.kind, []).append(ident.value)
    return found


async def tags_of(db: AsyncSession, customer_id: int) -> list[tuple[CustomerTag, Tag, TagGroup | None]]:
    rows = await db.execute(
        select(CustomerTag, Tag, TagGroup)
        .join(Tag, Tag.id == CustomerTag.tag_id)  # type: ignore[arg-type]
        .outerjoin(TagGroup, TagGroup.id == Tag.group_id)  # type: ignore[arg-type]
        .where(CustomerTag.customer_id == customer_id)
        .order_by(Tag.key)
    )
    return [(ct, t, g) for ct, t, g in rows.all()]


PROFILE_FILTERS = ("region", "gender", "time_zone")


async def list_customers(
    db: AsyncSession,
    *,
    tag: str | None,
    search: str | None,
    region: str | None,
    limit: int,
    offset: int,
    attributes: dict[str, str] | None = None,
) -> tuple[list[Customer], int]:
    query = select(Customer).where(Customer.merged_into_id.is_(None))  # type: ignore[union-attr]
    for name, value in (attributes or {}).items():
        if name in PROFILE_FILTERS:
            query = query.where(getattr(Customer, name) == value)
        else:  # a custom attribute, compared as text
            query = query.where(Customer.attributes[name].as_string() == value)  # type: ignore[index]
    if tag:
        query = query.where(
            Customer.id.in_(  # type: ignore[union-attr]
                select(CustomerTag.customer_id).join(Tag, Tag.id == CustomerTag.tag_id).where(Tag.key == tag)  # type: ignore[arg-type]
            )
        )
    if region:
        query = query.where(Customer.region == region)
    if search:
        needle = f"%{search.strip().lower()}%"
        query = query.where(
            or_(
                func.lower(Customer.name).like(needle),
                Customer.id.in_(
                    select(CustomerIdentity.customer_id).where(
                        func.lower(CustomerIdentity.value).like(needle)
                    )
                ),  # type: ignore[union-attr]
            )
        )
    total = (await db.execute(select(func.count()).select_from(query.subquery()))).scalar_one()
    rows = await db.execute(query.order_by(Customer.id.desc()).limit(limit).offset(offset))  # type: ignore[union-attr]
    return list(rows.scalars()), total


async def lookup(db: AsyncSession, kind: str, value: str) -> Customer | None:
    ident = (
        await db.execute(
            select(CustomerIdentity).where(CustomerIdentity.kind == kind, CustomerIdentity.value == value)
        )
    ).scalar_one_or_none()
    if ident is None:
        return None
    customer = await db.get(Customer, ident.customer_id)
    while customer is not None and customer.merged_into_id:
        customer = await db.get(Customer, customer.merged_into_id)
    return customer


async def events_of(db: AsyncSession, customer_id: int, *, limit: int, before_id: int | None) -> list[Event]:
    query = select(Event).where(Event.customer_id == customer_id)
    if before_id is not None:
        query = query.where(Event.id < before_id)  # type: ignore[operator]
    rows = await db.execute(query.order_by(Event.id.desc()).limit(limit))  # type: ignore[union-attr]
    return list(rows.scalars())
