"""Tag groups, tags, and putting tags on customers by hand or by API."""

from __future__ import annotations

import uuid

from litestar import Controller, get, post
from litestar.datastructures import State
from litestar.exceptions import NotFoundException, ValidationException
from litestar.status_codes import HTTP_200_OK, HTTP_201_CREATED
from sqlalchemy.ext.asyncio import AsyncSession

from journeys_app.domain.accounts.guards import requires
from journeys_app.domain.accounts.principal import Principal
from journeys_app.domain.accounts.roles import Permission
from journeys_app.domain.customers.models import Customer
from journeys_app.domain.events.jobs import enqueue_customers
from journeys_app.domain.tags.schemas import (
    TagChangeRequest,
    TagChangeResult,
    TagGroupRead,
    TagGroupWrite,
    TagRead,
    TagWrite,
)
from journeys_app.domain.tags.services import catalog
from journeys_app.domain.tags.services.customer_tags import change_tags

MAX_CUSTOMERS_PER_CHANGE = 1000


class TagGroupController(Controller):
    path = "/tag-groups"
    tags = ["tags"]

    @get(
        "/", operation_id="listTagGroups", summary="Tag groups by family", guards=[requires(Permission.read)]
    )
    async def list_groups(self, db: AsyncSession) -> list[TagGroupRead]:
        return [
            TagGroupRead(id=g.id, key=g.key, family=g.family, name_zh=g.name_zh, name_en=g.name_en)  # type: ignore[arg-type]
            for g in await catalog.list_groups(db)
        ]

    @post(
        "/",
        operation_id="createTagGroup",
        summary="Create a tag group (families: static, consumption, behaviour, tier, stage)",
        guards=[requires(Permission.customers_write)],
        status_code=HTTP_201_CREATED,
    )
    async def create_group(self, data: TagGroupWrite, db: AsyncSession) -> TagGroupRead:
        group = await catalog.create_group(db, data.key, data.family, data.name_zh, data.name_en)
        await db.commit()
        return TagGroupRead(
            id=group.id, key=group.key, family=group.family, name_zh=group.name_zh, name_en=group.name_en
        )  # type: ignore[arg-type]


class TagController(Controller):
    path = "/tags"
    tags = ["tags"]

    @get(
        "/",
        operation_id="listTags",
        summary="Tags with their group and customer count",
        guards=[requires(Permission.read)],
    )
    async def list_tags(self, db: AsyncSession) -> list[TagRead]:
        return [
            TagRead(
                id=t.id,  # type: ignore[arg-type]
                key=t.key,
                name_zh=t.name_zh,
                name_en=t.name_en,
                group_key=g.key if g else None,
                family=g.family if g else None,
                customer_count=n,
            )
            for t, g, n in await catalog.list_tags(db)
        ]

    @post(
        "/",
        operation_id="createTag",
        summary="Create a tag",
        guards=[requires(Permission.customers_write)],
        status_code=HTTP_201_CREATED,
    )
    async def create_tag(self, data: TagWrite, db: AsyncSession) -> TagRead:
        tag = await catalog.create_tag(db, data.key, data.name_zh, data.name_en, data.group_key)
        await db.commit()
        return TagRead(
            id=tag.id,
            key=tag.key,
            name_zh=tag.name_zh,
            name_en=tag.name_en,
            group_key=data.group_key,
            family=None,
        )  # type: ignore[arg-type]

    @post(
        "/apply",
        operation_id="applyTags",
        summary="Add and/or remove tags on up to 1,000 customers",
        description="Manual changes are recorded with the acting user (or API key) as source; each change is "
        "also an internal `tag.added`/`tag.removed` event that journeys react to.",
        guards=[requires(Permission.customers_write)],
        status_code=HTTP_200_OK,
    )
    async def apply_tags(
        self, data: TagChangeRequest, db: AsyncSession, principal: Principal, state: State
    ) -> TagChangeResult:
        if not data.customer_ids or len(data.customer_ids) > MAX_CUSTOMERS_PER_CHANGE:
            raise ValidationException(
                f"customerIds: 1 to {MAX_CUSTOMERS_PER_CHANGE} customers", extra=[{"pointer": "/customerIds"}]
            )
        await catalog.require_tags(db, set(data.add), "/add")
        await catalog.require_tags(db, set(data.remove), "/remove")
        cause = f"manual:{uuid.uuid4().hex}"
        added = removed = 0
        for customer_id in sorted(set(data.customer_ids)):
            customer = await db.get(Customer, customer_id)
            if customer is None or customer.merged_into_id is not None:
                raise NotFoundException(f"no customer {customer_id}")
            changes = await change_tags(
                db,
                customer_id,
                add=set(data.add),
                remove=set(data.remove),
                source="manual" if principal.via == "session" else "api",
                source_ref=principal.label,
                cause=cause,
            )
            added += sum(1 for c in changes if c.added)
            removed += sum(1 for c in changes if not c.added)
        await db.commit()
        # the internal tag events are processed like any other (rules and journeys react to them)
        await enqueue_customers(
            state.arq, state.settings.queue_name, principal.workspace_id, set(data.customer_ids)
        )
        return TagChangeResult(customers=len(set(data.customer_ids)), added=added, removed=removed)
