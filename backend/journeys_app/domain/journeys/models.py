"""Tables of the journeys area: a journey, its one mutable draft and its immutable versions.

- `journeys`: the journey itself (name, status, the template it came from, who/when).
- `journey_drafts`: exactly one per journey; the graph being edited (it may be invalid) and a
  revision number for optimistic concurrency (a save with a stale revision is refused).
- `journey_versions`: numbered 1, 2, 3 … per journey; written once when published (or rolled
  back to) and never changed: the mapper events below refuse any UPDATE or DELETE of a version,
  row by row or in bulk.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import JSON, Column, UniqueConstraint, event
from sqlalchemy.orm import ORMExecuteState, Session
from sqlmodel import Field

from journeys_app.db.base import UTCDateTime, utcnow
from journeys_app.db.scoping import WorkspaceOwned


class JourneyStatus(StrEnum):
    draft = "draft"  # never published
    published = "published"  # has at least one version
    archived = "archived"  # no new entries, read-only until unarchived


def _ts(index: bool = False) -> Any:
    return Field(default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False, index=index))


def _json(nullable: bool = False) -> Any:
    return Field(
        default=None if nullable else ...,
        sa_column=Column(JSON(none_as_null=True), nullable=nullable),
    )


def _user_fk() -> Any:
    return Field(default=None, foreign_key="users.id", ondelete="SET NULL")


class Journey(WorkspaceOwned, table=True):
    __tablename__ = "journeys"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=200)
    description: str = Field(default="", max_length=2000)
    status: str = Field(default=JourneyStatus.draft.value, max_length=16)
    live_version: int | None = None  # the newest version number (the one customers enter)
    # Created from a template: its key and version, and its graph at that version (the base of
    # the upgrade diff and merge; older library versions need not be kept around).
    template_key: str | None = Field(default=None, max_length=64, index=True)
    template_version: str | None = Field(default=None, max_length=32)
    template_graph: dict[str, Any] | None = _json(nullable=True)
    created_by_user_id: int | None = _user_fk()
    created_by: str = Field(max_length=320)  # email or API key prefix, kept if the user goes
    created_at: datetime = _ts()
    updated_by_user_id: int | None = _user_fk()
    updated_by: str = Field(max_length=320)
    updated_at: datetime = _ts(index=True)
    archived_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime(), nullable=True))


class JourneyDraft(WorkspaceOwned, table=True):
    __tablename__ = "journey_drafts"

    journey_id: int = Field(foreign_key="journeys.id", primary_key=True, ondelete="CASCADE")
    graph: dict[str, Any] = _json()
    checksum: str = Field(max_length=64)  # graph_checksum of the graph (layout excluded)
    revision: int = 1
    updated_by_user_id: int | None = _user_fk()
    updated_by: str = Field(max_length=320)
    updated_at: datetime = _ts()


class JourneyVersion(WorkspaceOwned, table=True):
    __tablename__ = "journey_versions"
    __table_args__ = (UniqueConstraint("journey_id", "number", name="uq_journey_versions_journey_number"),)

    id: int | None = Field(default=None, primary_key=True)
    journey_id: int = Field(foreign_key="journeys.id", ondelete="CASCADE")  # indexed by the unique key
    number: int
    graph: dict[str, Any] = _json()
    checksum: str = Field(max_length=64)
    message: str = Field(default="", max_length=2000)
    author_user_id: int | None = _user_fk()
    author: str = Field(max_length=320)
    created_at: datetime = _ts()
    rolled_back_from: int | None = None  # the version number whose graph this one restores


# -- versions are immutable ------------------------------------------------------------------


class ImmutableVersionError(RuntimeError):
    """Something tried to change or delete a published journey version."""


@event.listens_for(JourneyVersion, "before_update")
def _refuse_version_update(_mapper: Any, _connection: Any, target: JourneyVersion) -> None:
    raise ImmutableVersionError(
        f"journey version {target.journey_id}/{target.number} is immutable; publish a new version instead"
    )


@event.listens_for(JourneyVersion, "before_delete")
def _refuse_version_delete(_mapper: Any, _connection: Any, target: JourneyVersion) -> None:
    raise ImmutableVersionError(f"journey version {target.journey_id}/{target.number} cannot be deleted")


@event.listens_for(Session, "do_orm_execute")
def _refuse_bulk_version_writes(state: ORMExecuteState) -> None:
    """Bulk `update(JourneyVersion)` / `delete(JourneyVersion)` skip the mapper events: refuse them too."""
    if (state.is_update or state.is_delete) and state.bind_mapper is not None:
        if state.bind_mapper.class_ is JourneyVersion:
            raise ImmutableVersionError("journey versions are immutable; bulk UPDATE/DELETE refused")
