"""Tables of the system area."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Column
from sqlmodel import Field, SQLModel

from journeys_app.db.base import UTCDateTime, utcnow
from journeys_app.db.scoping import WorkspaceOwned


class WorkerHeartbeat(SQLModel, table=True):
    """One row per worker process; `last_seen_at` is refreshed every few seconds while it lives."""

    __tablename__ = "worker_heartbeats"

    worker_id: str = Field(primary_key=True, max_length=64)
    hostname: str = Field(max_length=255)
    pid: int
    started_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
    last_seen_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False, index=True))
    stopped_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime(), nullable=True))


class WorkerPing(WorkspaceOwned, table=True):
    """A round trip API -> Redis -> worker -> database, used to prove the job pipeline works."""

    __tablename__ = "worker_pings"

    id: str = Field(primary_key=True, max_length=64)
    requested_at: datetime = Field(default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False))
    processed_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime(), nullable=True))
    processed_by: str | None = Field(default=None, max_length=64)
