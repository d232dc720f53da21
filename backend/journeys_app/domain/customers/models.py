"""Tables of the customers area (all workspace-owned)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import JSON, Column, Numeric, UniqueConstraint
from sqlmodel import Field

from journeys_app.db.base import UTCDateTime, utcnow
from journeys_app.db.scoping import WorkspaceOwned

IDENTITY_KINDS = ("external_id", "phone", "wecom_external_userid", "unionid", "email")
DEFAULT_TIME_ZONE = "Asia/Shanghai"


def _ts(nullable: bool = False, index: bool = False) -> Any:
    if nullable:
        return Field(default=None, sa_column=Column(UTCDateTime(), nullable=True, index=index))
    return Field(default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False, index=index))


class Customer(WorkspaceOwned, table=True):
    """One person as the brand knows them. Identities live in `customer_identities`."""

    __tablename__ = "customers"

    id: int | None = Field(default=None, primary_key=True)
    name: str | None = Field(default=None, max_length=200)
    region: str | None = Field(default=None, max_length=200)
    birthday: date | None = None
    gender: str | None = Field(default=None, max_length=16)
    time_zone: str = Field(default=DEFAULT_TIME_ZONE, max_length=64)
    assistant_user_id: int | None = Field(default=None, foreign_key="users.id", ondelete="SET NULL")
    attributes: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    # consumption fields, maintained from orders
    first_order_at: datetime | None = _ts(nullable=True)
    last_order_at: datetime | None = _ts(nullable=True)
    order_count: int = 0
    total_spend: Decimal = Field(
        default=Decimal("0"), sa_column=Column(Numeric(14, 2), nullable=False, default=0)
    )
    # set when this profile was merged into another one; the survivor holds the history
    merged_into_id: int | None = Field(
        default=None, foreign_key="customers.id", ondelete="SET NULL", index=True
    )
    created_at: datetime = _ts()
    updated_at: datetime = _ts()

    @property
    def average_order_value(self) -> Decimal:
        return (
            (self.total_spend / self.order_count).quantize(Decimal("0.01"))
            if self.order_count
            else Decimal("0")
        )


class CustomerIdentity(WorkspaceOwned, table=True):
    """An identifier of a customer: one value of one kind belongs to one customer per workspace."""

    __tablename__ = "customer_identities"
    __table_args__ = (UniqueConstraint("workspace_id", "kind", "value", name="uq_identity_value"),)

    id: int | None = Field(default=None, primary_key=True)
    customer_id: int = Field(foreign_key="customers.id", index=True, ondelete="CASCADE")
    kind: str = Field(max_length=32)
    value: str = Field(max_length=320)
    created_at: datetime = _ts()


class CustomerMerge(WorkspaceOwned, table=True):
    """A record that `merged_id` was folded into `survivor_id`, and why."""

    __tablename__ = "customer_merges"

    id: int | None = Field(default=None, primary_key=True)
    survivor_id: int = Field(foreign_key="customers.id", index=True, ondelete="CASCADE")
    merged_id: int = Field(foreign_key="customers.id", ondelete="CASCADE")
    reason: str = Field(max_length=200)
    detail: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    created_at: datetime = _ts()


class Order(WorkspaceOwned, table=True):
    """A paid order (from `order.paid` events); refunds (partial or whole) are recorded, never deleted."""

    __tablename__ = "orders"
    __table_args__ = (UniqueConstraint("workspace_id", "order_id", name="uq_order_id"),)

    id: int | None = Field(default=None, primary_key=True)
    customer_id: int = Field(foreign_key="customers.id", index=True, ondelete="CASCADE")
    order_id: str = Field(max_length=128)
    amount: Decimal = Field(sa_column=Column(Numeric(14, 2), nullable=False))
    currency: str = Field(default="CNY", max_length=8)
    items: list[dict[str, Any]] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    channel: str | None = Field(default=None, max_length=64)
    paid_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False, index=True))
    refunded_amount: Decimal = Field(
        default=Decimal("0"), sa_column=Column(Numeric(14, 2), nullable=False, default=0)
    )
    refunded_at: datetime | None = _ts(nullable=True)  # set once the whole amount is refunded
    source_event_id: str | None = Field(default=None, max_length=128)
