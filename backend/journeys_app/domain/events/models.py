"""Tables of the events area."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Column, Index, UniqueConstraint
from sqlmodel import Field

from journeys_app.db.base import UTCDateTime, utcnow
from journeys_app.db.scoping import WorkspaceOwned


class Event(WorkspaceOwned, table=True):
    """One behaviour event. Stored before it is acknowledged; processed later, exactly once.

    `event_id` is the sender's id: unique per workspace, so a repeat is a duplicate, not a new
    event. `payload_hash` tells a true repeat from a conflicting reuse of the same id (409).
    """

    __tablename__ = "events"
    __table_args__ = (
        UniqueConstraint("workspace_id", "event_id", name="uq_event_id"),
        # the per-customer job drains unprocessed events in occurred_at order
        Index("ix_events_customer_unprocessed", "customer_id", "processed_at", "occurred_at"),
        # the sweeper finds customers whose events wait too long
        Index("ix_events_unprocessed_received", "processed_at", "received_at"),
    )

    id: int | None = Field(default=None, primary_key=True)
    event_id: str = Field(max_length=128)
    type: str = Field(max_length=64, index=True)
    customer_id: int = Field(foreign_key="customers.id", ondelete="CASCADE")
    properties: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    payload_hash: str = Field(max_length=64)
    source: str = Field(default="api", max_length=16)  # api | import | internal
    occurred_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
    received_at: datetime = Field(default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False))
    processed_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime(), nullable=True))
