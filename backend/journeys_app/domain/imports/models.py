"""Tables of the imports area."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Column, Text
from sqlmodel import Field

from journeys_app.db.base import UTCDateTime, utcnow
from journeys_app.db.scoping import WorkspaceOwned

IMPORT_KINDS = ("customers", "orders")
MAX_ERRORS = 1000  # entries kept in `errors`; the rest are only counted (`errors_omitted`)


class Import(WorkspaceOwned, table=True):
    """One uploaded CSV file and the progress of the background job that applies it.

    The raw text is kept so a retried job can resume after `processed_rows` (rows are applied
    and counted in the same transaction, CHUNK at a time).
    """

    __tablename__ = "imports"

    id: int | None = Field(default=None, primary_key=True)
    kind: str = Field(max_length=16)  # customers | orders
    status: str = Field(default="queued", max_length=16)  # queued | running | done | failed
    file_name: str | None = Field(default=None, max_length=255)
    content: str = Field(sa_column=Column(Text, nullable=False))
    total_rows: int = 0
    processed_rows: int = 0
    imported_rows: int = 0
    skipped_rows: int = 0  # orders already known (by order_id): not an error, nothing changed
    error_rows: int = 0
    # [{row, column, message}], at most MAX_ERRORS entries
    errors: list[dict[str, Any]] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    errors_omitted: int = 0
    error: str | None = Field(default=None, max_length=2000)  # why the whole import failed
    created_by: str = Field(max_length=320)
    created_at: datetime = Field(default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False))
    finished_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime(), nullable=True))
