"""Customers: list and search, lookup by identity, profile with tags, event timeline, merge."""

from __future__ import annotations

from litestar import Controller, get, post
from litestar.exceptions import ClientException, NotFoundException, ValidationException
from litestar.params import Parameter
from litestar.status_codes import HTTP_200_OK
from sqlalchemy.ext.asyncio import AsyncSession

from journeys_app.domain.accounts.guards import requires
from journeys_app.domain.accounts.roles import Permission
from journeys_app.domain.customers.models import Customer
from journeys_app.domain.customers.schemas import CustomerPage, CustomerRead, EventPage, MergeRequest
from journeys_app.domain.customers.services import queries
from journeys_app.domain.customers.services.identities import (
    IdentityError,
    merge_customers,
    normalise_identity,
)
from journeys_app.domain.events.schemas import EventRead
from journeys_app.domain.tags.schemas import CustomerTagRead


async def customer_view(
    db: AsyncSession, customer: Customer, *, with_tags: bool, identities: dict | None = None
) -> CustomerRead:  # type: ignore[type-arg]
    idents = (
        identities
        if identities is not None
        else (await queries.identities_of(db, [customer.id]))[customer.id]
    )  # type: ignore[list-item, index]
    tags = []
    if with_tags:
        tags = [
            CustomerTagRead(
                key=t.key,
                name_zh=t.name_zh,
                name_en=t.name_en,
                family=g.family if g else None,
                source=ct.source,
                source_ref=ct.source_ref,
                added_at=ct.added_at,
            )
            for ct, t, g in await queries.tags_of(db, customer.id)  # type: ignore[arg-type]
        ]
    return CustomerRead(
        id=customer.id,  # type: ignore[arg-type]
        identities=idents,
        name=customer.name,
        region=customer.region,
        birthday=customer.birthday,
        gender=customer.gender,
        time_zone=customer.time_zone,
        assistant_user_id=customer.assistant_user_id,
        attributes=customer.attributes,
        first_order_at=customer.first_order_at,
        last_order_at=customer.last_order_at,
        order_count=customer.order_count,
        total_spend=customer.total_spend,
        average_order_value=customer.average_order_value,
        created_at=customer.created_at,
        updated_at=customer.updated_at,
        tags=tags,
        merged_into_id=customer.merged_into_id,
    )


class CustomerController(Controller):
    path = "/customers"
    tags = ["customers"]
    guards = [requires(Permission.read)]

    @get("/", operation_id="listCustomers", summary="Customers, filtered by tag, region or a search text")
    async def list_customers(
        self,
        db: AsyncSession,
        tag: str | None = Parameter(default=None, description="only customers with this tag key"),
        search: str | None = Parameter(default=None, description="part of a name or of any identity"),
        region: str | None = None,
        attribute: list[str] | None = Parameter(
            default=None,
            description="name=value, repeatable: gender, time_zone or a custom attribute, e.g. attribute=vip_level=gold",
        ),
        limit: int = Parameter(default=50, ge=1, le=500),
        offset: int = Parameter(default=0, ge=0),
    ) -> CustomerPage:
        filters: dict[str, str] = {}
        for item in attribute or []:
            name, sep, value = item.partition("=")
            if not sep or not name.strip():
                raise ValidationException(f"attribute: use name=value, got {item!r}")
            filters[name.strip()] = value
        customers, total = await queries.list_customers(
            db, tag=tag, search=search, region=region, limit=limit, offset=offset, attributes=filters
        )
        idents = await queries.identities_of(db, [c.id for c in customers])  # type: ignore[misc]
        items = [await customer_view(db, c, with_tags=False, identities=idents[c.id]) for c in customers]  # type: ignore[index]
        return CustomerPage(items=items, total=total, limit=limit, offset=offset)

    @get(
        "/lookup",
        operation_id="lookupCustomer",
        summary="Find a customer by one identity (?external_id=, ?phone=, ?wecom_external_userid=, ?unionid=, ?email=)",
    )
    async def lookup(
        self,
        db: AsyncSession,
        external_id: str | None = None,
        phone: str | None = None,
        wecom_external_userid: str | None = None,
        unionid: str | None = None,
        email: str | None = None,
    ) -> CustomerRead:
        given = {
            k: v
            for k, v in {
                "external_id": external_id,
                "phone": phone,
                "wecom_external_userid": wecom_external_userid,
                "unionid": unionid,
                "email": email,
            }.items()
            if v
        }
        if len(given) != 1:
            raise ValidationException("give exactly one identity query parameter")
        kind, raw = next(iter(given.items()))
        try:
            value = normalise_identity(kind, raw)
        except IdentityError as exc:
            raise ValidationException(f"{kind}: {exc}") from None
        customer = await queries.lookup(db, kind, value)
        if customer is None:
            raise NotFoundException(f"no customer with that {kind}")
        return await customer_view(db, customer, with_tags=True)

    @get(
        "/{customer_id:int}",
        operation_id="getCustomer",
        summary="A customer's profile, identities, tags with their sources",
    )
    async def get_customer(self, customer_id: int, db: AsyncSession) -> CustomerRead:
        customer = await db.get(Customer, customer_id)
        if customer is None:
            raise NotFoundException("no such customer")
        return await customer_view(db, customer, with_tags=True)

    @get(
        "/{customer_id:int}/events",
        operation_id="listCustomerEvents",
        summary="The customer's events, newest first",
    )
    async def list_events(
        self,
        customer_id: int,
        db: AsyncSession,
        limit: int = Parameter(default=50, ge=1, le=500),
        before_id: int | None = Parameter(query="beforeId", default=None),
    ) -> EventPage:
        if await db.get(Customer, customer_id) is None:
            raise NotFoundException("no such customer")
        events = await queries.events_of(db, customer_id, limit=limit, before_id=before_id)
        return EventPage(
            items=[
                EventRead(
                    id=e.event_id,
                    type=e.type,
                    customer_id=e.customer_id,
                    properties=e.properties,
                    source=e.source,
                    occurred_at=e.occurred_at,
                    received_at=e.received_at,
                    processed_at=e.processed_at,
                )
                for e in events
            ],
            next_before_id=events[-1].id if len(events) == limit else None,
        )

    @post(
        "/{customer_id:int}/merge",
        operation_id="mergeCustomers",
        summary="Merge another profile into this one (identities, tags, events, orders move; recorded)",
        guards=[requires(Permission.customers_write)],
        status_code=HTTP_200_OK,
    )
    async def merge(self, customer_id: int, data: MergeRequest, db: AsyncSession) -> CustomerRead:
        try:
            survivor = await merge_customers(db, customer_id, data.other_customer_id, data.reason[:200])
        except LookupError:
            raise NotFoundException("no such customers") from None
        except ValueError as exc:
            raise ClientException(str(exc), status_code=409) from None
        await db.commit()
        return await customer_view(db, survivor, with_tags=True)
