"""CSV imports: header checks (at upload), row validation and application (in the job).

A row is applied whole or not at all: every cell is checked before anything is written, and a
row with any problem goes to the error report (one entry per problem) while the good rows of the
same file are kept. Empty cells mean "leave as it is".
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from litestar.exceptions import NotFoundException
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import defer

from journeys_app.db.base import utcnow
from journeys_app.domain.customers.models import IDENTITY_KINDS, Customer, Order
from journeys_app.domain.customers.services.identities import IdentityError, normalise_identity, resolve
from journeys_app.domain.events.services.orders import recompute_consumption
from journeys_app.domain.imports.models import MAX_ERRORS, Import
from journeys_app.domain.tags.models import Tag
from journeys_app.domain.tags.services.customer_tags import change_tags

TRAITS = {"name": 200, "region": 200, "gender": 16, "time_zone": 64}  # column -> max length
CUSTOMER_COLUMNS = {*IDENTITY_KINDS, *TRAITS, "birthday", "tags"}
ORDER_REQUIRED = ("order_id", "amount", "paid_at")
ORDER_COLUMNS = {*IDENTITY_KINDS, *ORDER_REQUIRED, "currency", "channel", "refunded_at"}
ATTR_PREFIX = "attr."
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


class HeaderError(ValueError):
    """The file cannot be imported at all (encoding, CSV syntax, header)."""


@dataclass
class RowError:
    row: int
    column: str | None
    message: str

    def as_dict(self) -> dict[str, Any]:
        return {"row": self.row, "column": self.column, "message": self.message}


def decode(body: bytes) -> str:
    try:
        return body.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise HeaderError(f"the file is not UTF-8 (byte {exc.start})") from exc


def check_header(kind: str, text: str) -> list[str]:
    """The (stripped) column names; HeaderError naming missing, unknown or repeated columns."""
    try:
        header = next(csv.reader(io.StringIO(text)), None)
    except csv.Error as exc:
        raise HeaderError(f"the header is not valid CSV: {exc}") from exc
    if not header or not any(c.strip() for c in header):
        raise HeaderError("the file is empty: the first line must name the columns")
    columns = [c.strip() for c in header]
    problems: list[str] = []
    repeated = sorted({c for c in columns if columns.count(c) > 1})
    if repeated:
        problems.append(f"repeated column(s): {', '.join(repeated)}")
    allowed = CUSTOMER_COLUMNS if kind == "customers" else ORDER_COLUMNS
    unknown = [
        c for c in columns if c not in allowed and not (kind == "customers" and _attr_name(c) is not None)
    ]
    if unknown:
        problems.append(f"unknown column(s): {', '.join(repr(c) for c in unknown)}")
    missing = [c for c in ORDER_REQUIRED if c not in columns] if kind == "orders" else []
    if missing:
        problems.append(f"missing column(s): {', '.join(missing)}")
    if not any(c in IDENTITY_KINDS for c in columns):
        problems.append(f"missing an identity column: at least one of {', '.join(IDENTITY_KINDS)}")
    if problems:
        raise HeaderError("; ".join(problems))
    return columns


def _attr_name(column: str) -> str | None:
    if column.startswith(ATTR_PREFIX) and re.fullmatch(r"[A-Za-z0-9_\-.]{1,64}", column[len(ATTR_PREFIX) :]):
        return column[len(ATTR_PREFIX) :]
    return None


def rows(text: str) -> Iterator[tuple[int, dict[str, str], bool]]:
    """(1-based data row number, cells by stripped column name, had extra cells). Blank lines are skipped."""
    reader = csv.reader(io.StringIO(text))
    header = [c.strip() for c in next(reader)]
    number = 0
    for raw in reader:
        if not raw or not any(cell.strip() for cell in raw):
            continue
        number += 1
        cells = {column: (raw[i].strip() if i < len(raw) else "") for i, column in enumerate(header)}
        yield number, cells, len(raw) > len(header)


def count_rows(text: str) -> int:
    try:
        return sum(1 for _ in rows(text))
    except csv.Error as exc:
        raise HeaderError(f"the file is not valid CSV: {exc}") from exc


# -- row validation ---------------------------------------------------------------------------


def _identities(number: int, cells: dict[str, str], errors: list[RowError]) -> dict[str, str]:
    found: dict[str, str] = {}
    for kind in IDENTITY_KINDS:
        if cells.get(kind):
            try:
                found[kind] = normalise_identity(kind, cells[kind])
            except IdentityError as exc:
                errors.append(RowError(number, kind, str(exc)))
    if not found and not errors:
        errors.append(
            RowError(
                number, None, f"the row names no customer: fill at least one of {', '.join(IDENTITY_KINDS)}"
            )
        )
    return found


def _instant(value: str) -> datetime | None:
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else None


@dataclass
class CustomerRow:
    number: int
    identities: dict[str, str]
    traits: dict[str, Any] = field(default_factory=dict)
    attributes: dict[str, str] = field(default_factory=dict)
    tags: set[str] = field(default_factory=set)


def parse_customer(number: int, cells: dict[str, str], known_tags: set[str]) -> CustomerRow | list[RowError]:
    errors: list[RowError] = []
    row = CustomerRow(number, _identities(number, cells, errors))
    for column, limit in TRAITS.items():
        value = cells.get(column)
        if not value:
            continue
        if len(value) > limit:
            errors.append(RowError(number, column, f"is longer than {limit} characters"))
        elif column == "time_zone" and not _is_zone(value):
            errors.append(
                RowError(number, column, f"{value!r} is not an IANA time zone (e.g. Asia/Shanghai)")
            )
        else:
            row.traits[column] = value
    if cells.get("birthday"):
        try:
            if not _DATE.fullmatch(cells["birthday"]):
                raise ValueError
            row.traits["birthday"] = date.fromisoformat(cells["birthday"])
        except ValueError:
            errors.append(RowError(number, "birthday", f"{cells['birthday']!r} is not a date (YYYY-MM-DD)"))
    if cells.get("tags"):
        row.tags = {k.strip() for k in cells["tags"].split("|") if k.strip()}
        unknown = sorted(row.tags - known_tags)
        if unknown:
            errors.append(
                RowError(number, "tags", f"unknown tag(s): {', '.join(unknown)} (create them first)")
            )
    for column, value in cells.items():
        name = _attr_name(column)
        if name is not None and value:
            row.attributes[name] = value
    return errors or row


def _is_zone(value: str) -> bool:
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


@dataclass
class OrderRow:
    number: int
    identities: dict[str, str]
    order_id: str = ""
    amount: Decimal = Decimal("0")
    paid_at: datetime | None = None
    currency: str = "CNY"
    channel: str | None = None
    refunded_at: datetime | None = None


def parse_order(number: int, cells: dict[str, str]) -> OrderRow | list[RowError]:
    errors: list[RowError] = []
    row = OrderRow(number, _identities(number, cells, errors))
    row.order_id = cells.get("order_id", "")
    if not row.order_id:
        errors.append(RowError(number, "order_id", "is required"))
    elif len(row.order_id) > 128:
        errors.append(RowError(number, "order_id", "is longer than 128 characters"))
    try:
        row.amount = Decimal(cells.get("amount", "")).quantize(Decimal("0.01"))
        if not row.amount.is_finite() or row.amount < 0 or row.amount >= Decimal("1e12"):
            raise InvalidOperation
    except (InvalidOperation, ValueError):
        errors.append(
            RowError(number, "amount", f"{cells.get('amount', '')!r} is not an amount (e.g. 199.00)")
        )
    row.paid_at = _instant(cells.get("paid_at", ""))
    if row.paid_at is None:
        errors.append(
            RowError(number, "paid_at", "needs an ISO-8601 time with a zone (e.g. 2026-11-20T21:00:00+08:00)")
        )
    if cells.get("currency"):
        row.currency = cells["currency"].upper()
        if len(row.currency) > 8:
            errors.append(RowError(number, "currency", "is longer than 8 characters"))
    if cells.get("channel"):
        row.channel = cells["channel"]
        if len(row.channel) > 64:
            errors.append(RowError(number, "channel", "is longer than 64 characters"))
    if cells.get("refunded_at"):
        row.refunded_at = _instant(cells["refunded_at"])
        if row.refunded_at is None:
            errors.append(RowError(number, "refunded_at", "needs an ISO-8601 time with a zone"))
    return errors or row


# -- applying a chunk -------------------------------------------------------------------------


@dataclass
class ChunkResult:
    imported: int = 0
    skipped: int = 0
    error_rows: int = 0
    errors: list[RowError] = field(default_factory=list)
    touched: set[int] = field(default_factory=set)


async def apply_customers(
    db: AsyncSession, import_id: int, chunk: list[tuple[int, dict[str, str], bool]]
) -> ChunkResult:
    result = ChunkResult()
    wanted = {k.strip() for _, cells, _ in chunk for k in cells.get("tags", "").split("|") if k.strip()}
    known = (
        set((await db.execute(select(Tag.key).where(Tag.key.in_(sorted(wanted))))).scalars())  # type: ignore[attr-defined]
        if wanted
        else set()
    )
    for number, cells, extra in chunk:
        parsed = parse_customer(number, cells, known)
        if extra:
            parsed = [
                *(parsed if isinstance(parsed, list) else []),
                RowError(number, None, "more cells than columns"),
            ]
        if isinstance(parsed, list):
            result.error_rows += 1
            result.errors += parsed
            continue
        customer = (await resolve(db, parsed.identities, reason=f"import:{import_id}")).customer
        changed = False
        for name, value in parsed.traits.items():
            if getattr(customer, name) != value:
                setattr(customer, name, value)
                changed = True
        if any(customer.attributes.get(k) != v for k, v in parsed.attributes.items()):
            customer.attributes = {**customer.attributes, **parsed.attributes}
            changed = True
        if changed:
            customer.updated_at = utcnow()
        if parsed.tags:
            await change_tags(
                db,
                customer.id,  # type: ignore[arg-type]
                add=parsed.tags,
                source="import",
                source_ref=f"import:{import_id}",
                cause=f"import:{import_id}:{number}",
            )
        result.imported += 1
        result.touched.add(customer.id)  # type: ignore[arg-type]
    await db.flush()
    return result


async def apply_orders(
    db: AsyncSession, import_id: int, chunk: list[tuple[int, dict[str, str], bool]]
) -> ChunkResult:
    result = ChunkResult()
    ids = sorted({cells.get("order_id", "") for _, cells, _ in chunk} - {""})
    seen = (
        set((await db.execute(select(Order.order_id).where(Order.order_id.in_(ids)))).scalars())
        if ids
        else set()
    )  # type: ignore[attr-defined]
    for number, cells, extra in chunk:
        parsed = parse_order(number, cells)
        if extra:
            parsed = [
                *(parsed if isinstance(parsed, list) else []),
                RowError(number, None, "more cells than columns"),
            ]
        if isinstance(parsed, list):
            result.error_rows += 1
            result.errors += parsed
            continue
        if parsed.order_id in seen:  # already known (an earlier import, an order.paid event, this file)
            result.skipped += 1
            continue
        seen.add(parsed.order_id)
        customer = (await resolve(db, parsed.identities, reason=f"import:{import_id}")).customer
        db.add(
            Order(
                customer_id=customer.id,  # type: ignore[arg-type]
                order_id=parsed.order_id,
                amount=parsed.amount,
                currency=parsed.currency,
                channel=parsed.channel,
                paid_at=parsed.paid_at,  # type: ignore[arg-type]
                refunded_amount=parsed.amount if parsed.refunded_at else Decimal("0"),
                refunded_at=parsed.refunded_at,
            )
        )
        result.imported += 1
        result.touched.add(customer.id)  # type: ignore[arg-type]
    await db.flush()
    for customer_id in sorted(result.touched):
        customer = await db.get(Customer, customer_id)
        if customer is not None:
            await recompute_consumption(db, customer)
    await db.flush()
    return result


def record(run: Import, result: ChunkResult, rows_in_chunk: int) -> None:
    run.processed_rows += rows_in_chunk
    run.imported_rows += result.imported
    run.skipped_rows += result.skipped
    run.error_rows += result.error_rows
    room = max(MAX_ERRORS - len(run.errors), 0)
    kept = [e.as_dict() for e in result.errors[:room]]
    if kept:
        run.errors = [*run.errors, *kept]
    run.errors_omitted += len(result.errors) - len(kept)


async def create(db: AsyncSession, kind: str, text: str, file_name: str | None, created_by: str) -> Import:
    check_header(kind, text)
    run = Import(
        kind=kind,
        content=text,
        file_name=(file_name or None) and file_name[:255],
        total_rows=count_rows(text),
        created_by=created_by[:320],
    )  # type: ignore[call-arg]
    db.add(run)
    await db.flush()
    return run


async def get(db: AsyncSession, import_id: int) -> Import:
    run = await db.get(Import, import_id)
    if run is None:
        raise NotFoundException("no such import")
    return run


async def list_imports(db: AsyncSession, limit: int = 100) -> list[Import]:
    return list(
        (
            await db.execute(
                select(Import).options(defer(Import.content)).order_by(Import.id.desc()).limit(limit)
            )
        ).scalars()
    )  # type: ignore[union-attr]
