"""Tables of the tags area."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Column, UniqueConstraint
from sqlmodel import Field

from journeys_app.db.base import UTCDateTime, utcnow
from journeys_app.db.scoping import WorkspaceOwned

TAG_FAMILIES = ("static", "consumption", "behaviour", "tier", "stage")
TAG_SOURCES = ("manual", "rule", "journey", "import", "api")


class TagGroup(WorkspaceOwned, table=True):
    __tablename__ = "tag_groups"
    __table_args__ = (UniqueConstraint("workspace_id", "key", name="uq_tag_group_key"),)

    id: int | None = Field(default=None, primary_key=True)
    key: str = Field(max_length=64)
    family: str = Field(max_length=16)
    name_zh: str = Field(max_length=100)
    name_en: str = Field(max_length=100)
    created_at: datetime = Field(default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False))


class Tag(WorkspaceOwned, table=True):
    __tablename__ = "tags"
    __table_args__ = (UniqueConstraint("workspace_id", "key", name="uq_tag_key"),)

    id: int | None = Field(default=None, primary_key=True)
    key: str = Field(max_length=64)
    group_id: int | None = Field(default=None, foreign_key="tag_groups.id", ondelete="SET NULL", index=True)
    name_zh: str = Field(max_length=100)
    name_en: str = Field(max_length=100)
    created_at: datetime = Field(default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False))


class CustomerTag(WorkspaceOwned, table=True):
    """A tag on a customer, with where it came from (manual by user X, rule R, journey J, import)."""

    __tablename__ = "customer_tags"

    customer_id: int = Field(foreign_key="customers.id", primary_key=True, ondelete="CASCADE")
    tag_id: int = Field(foreign_key="tags.id", primary_key=True, index=True, ondelete="CASCADE")
    source: str = Field(max_length=16)
    source_ref: str | None = Field(default=None, max_length=200)  # user email, rule id, journey id, import id
    added_at: datetime = Field(default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False))


class TagRule(WorkspaceOwned, table=True):
    """An automatic tag rule: condition -> add and/or remove tags (format: journeys/schema/rule.schema.json)."""

    __tablename__ = "tag_rules"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=200)
    description: str | None = Field(default=None, max_length=2000)
    definition: dict[str, Any] = Field(sa_column=Column(JSON, nullable=False))
    enabled: bool = True
    revision: int = 1
    created_at: datetime = Field(default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False))
    updated_at: datetime = Field(default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False))


class RuleBackfill(WorkspaceOwned, table=True):
    """A background run of one rule over every existing customer, with progress."""

    __tablename__ = "rule_backfills"

    id: int | None = Field(default=None, primary_key=True)
    rule_id: int = Field(foreign_key="tag_rules.id", index=True, ondelete="CASCADE")
    rule_revision: int
    status: str = Field(default="queued", max_length=16)  # queued | running | done | failed
    total: int = 0
    processed: int = 0
    changed: int = 0
    error: str | None = Field(default=None, max_length=2000)
    created_at: datetime = Field(default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False))
    finished_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime(), nullable=True))
