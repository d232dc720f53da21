"""Wire formats of the imports area (camelCase JSON)."""

from __future__ import annotations

from datetime import datetime

import msgspec


class ImportRowError(msgspec.Struct, rename="camel"):
    row: int  # 1-based data row (the header is not counted)
    column: str | None
    message: str


class ImportSummary(msgspec.Struct, rename="camel"):
    id: int
    kind: str
    status: str
    file_name: str | None
    total_rows: int
    processed_rows: int
    imported_rows: int
    skipped_rows: int
    error_rows: int
    errors_omitted: int
    error: str | None
    created_by: str
    created_at: datetime
    finished_at: datetime | None


class ImportRead(ImportSummary):
    errors: list[ImportRowError] = msgspec.field(default_factory=list)
