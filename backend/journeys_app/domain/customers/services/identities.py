"""Identity resolution: find or create the customer an event or order names, merging as needed.

An event may name several identities (external id, phone, WeCom external user id, union id,
email). They are normalised, looked up, and:
- none known: a new customer is created with all of them;
- all on one customer: that customer, with any new identities attached (the seeds' "order in
  the mall matched to the WeCom friend by phone");
- on several customers: they are the same person; the oldest profile survives, the others are
  merged into it (identities, tags, events and orders move; the merge is recorded).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import delete, select, tuple_, update
from sqlalchemy.ext.asyncio import AsyncSession

from journeys_app.db.base import utcnow
from journeys_app.domain.customers.models import IDENTITY_KINDS, Customer, CustomerIdentity, CustomerMerge

_PHONE_CLEAN = re.compile(r"[\s\-().]")


class IdentityError(ValueError):
    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind


def normalise_identity(kind: str, value: object) -> str:
    if kind not in IDENTITY_KINDS:
        raise IdentityError(kind, f"unknown identity kind {kind!r}; use one of {', '.join(IDENTITY_KINDS)}")
    if not isinstance(value, str | int) or isinstance(value, bool):
        raise IdentityError(kind, "must be a string")
    text = str(value).strip()
    if not text:
        raise IdentityError(kind, "must not be empty")
    if kind == "phone":
        text = _PHONE_CLEAN.sub("", text)
        if text.startswith("00"):
            text = "+" + text[2:]
        if re.fullmatch(r"1\d{10}", text):  # mainland China mobile without country code
            text = "+86" + text
        elif re.fullmatch(r"86(1\d{10})", text):
            text = "+" + text
        if not re.fullmatch(r"\+?\d{5,20}", text):
            raise IdentityError(kind, "is not a phone number")
    elif kind == "email":
        text = text.lower()
        if "@" not in text:
            raise IdentityError(kind, "is not an email address")
    if len(text) > 320:
        raise IdentityError(kind, "is longer than 320 characters")
    return text


@dataclass(frozen=True)
class Resolution:
    customer: Customer
    created: bool
    merged_ids: tuple[int, ...] = ()


async def _merge(db: AsyncSession, survivor: Customer, other: Customer, reason: str, detail: dict) -> None:
    """Fold `other` into `survivor`: every row that points at `other` moves; the merge is recorded."""
    for table, column in _tables_pointing_at_customers():
        key = [c for c in table.primary_key.columns if c is not column]
        if column.primary_key and key:
            # e.g. customer_tags (customer_id, tag_id): drop the other's rows the survivor already has
            mine = select(*key).where(column == survivor.id)
            await db.execute(delete(table).where(column == other.id, tuple_(*key).in_(mine)))
        await db.execute(update(table).where(column == other.id).values({column.name: survivor.id}))
    if other.first_order_at and (
        survivor.first_order_at is None or other.first_order_at < survivor.first_order_at
    ):
        survivor.first_order_at = other.first_order_at
    if other.last_order_at and (
        survivor.last_order_at is None or other.last_order_at > survivor.last_order_at
    ):
        survivor.last_order_at = other.last_order_at
    survivor.order_count += other.order_count
    survivor.total_spend += other.total_spend
    for field in ("name", "region", "birthday", "gender", "assistant_user_id"):
        if getattr(survivor, field) is None and getattr(other, field) is not None:
            setattr(survivor, field, getattr(other, field))
    survivor.attributes = {**other.attributes, **survivor.attributes}
    survivor.updated_at = utcnow()
    other.merged_into_id = survivor.id
    other.order_count = 0
    other.total_spend = other.total_spend * 0
    db.add(CustomerMerge(survivor_id=survivor.id, merged_id=other.id, reason=reason, detail=detail))  # type: ignore[arg-type]


def _tables_pointing_at_customers():  # type: ignore[no-untyped-def]
    """Every (table, column) with a foreign key to customers.id, found in the metadata.

    Discovery rather than a hand-kept list: a new table that references customers is carried
    along by merges without touching this module.
    """
    from journeys_app.db.metadata import load_metadata

    found = []
    for table in load_metadata().sorted_tables:
        if table.name in {"customers", "customer_merges"}:
            continue
        for fk in table.foreign_keys:
            if fk.column.table.name == "customers" and fk.column.name == "id":
                found.append((table, fk.parent))
    return found


async def merge_customers(db: AsyncSession, survivor_id: int, other_id: int, reason: str) -> Customer:
    survivor = await db.get(Customer, survivor_id)
    other = await db.get(Customer, other_id)
    if survivor is None or other is None or survivor.id == other.id:
        raise LookupError("no such customers to merge")
    if survivor.merged_into_id or other.merged_into_id:
        raise ValueError("a customer that was merged already cannot be merged again")
    await _merge(db, survivor, other, reason, {})
    await db.flush()
    return survivor


async def resolve(
    db: AsyncSession, identities: dict[str, str], *, reason: str = "identity link", now=None
) -> Resolution:  # type: ignore[no-untyped-def]
    """The customer these (normalised) identities name; creates, attaches and merges as needed."""
    if not identities:
        raise IdentityError("customer", "give at least one identity")
    rows = (
        await db.execute(
            select(CustomerIdentity).where(
                CustomerIdentity.kind.in_(list(identities)),  # type: ignore[attr-defined]
                CustomerIdentity.value.in_(list(identities.values())),  # type: ignore[attr-defined]
            )
        )
    ).scalars()
    known = {(r.kind, r.value): r for r in rows if identities.get(r.kind) == r.value}
    customer_ids = sorted({r.customer_id for r in known.values()})
    customers = [await db.get(Customer, cid) for cid in customer_ids]
    # follow merges (an identity may still point at a merged-away profile in a race)
    live: dict[int, Customer] = {}
    for c in customers:
        while c is not None and c.merged_into_id:
            c = await db.get(Customer, c.merged_into_id)
        if c is not None:
            live[c.id] = c  # type: ignore[index]
    created = False
    merged: list[int] = []
    if not live:
        customer = Customer()
        db.add(customer)
        await db.flush()
        created = True
    else:
        ordered = sorted(live.values(), key=lambda c: c.id)  # type: ignore[arg-type, return-value]
        customer = ordered[0]
        for other in ordered[1:]:
            await _merge(db, customer, other, reason, {"identities": identities})
            merged.append(other.id)  # type: ignore[arg-type]
    for kind, value in identities.items():
        if (kind, value) in known:
            row = known[(kind, value)]
            if row.customer_id != customer.id:
                row.customer_id = customer.id  # type: ignore[assignment]
        else:
            db.add(CustomerIdentity(customer_id=customer.id, kind=kind, value=value))  # type: ignore[arg-type]
    await db.flush()
    return Resolution(customer=customer, created=created, merged_ids=tuple(merged))
