"""CSV imports: upload (202 + background job), progress and the per-row error report."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from litestar import Controller, Request, get, post
from litestar.datastructures import State
from litestar.exceptions import ValidationException
from litestar.openapi.spec import OpenAPIMediaType, Operation, RequestBody, Schema
from litestar.openapi.spec.enums import OpenAPIType
from litestar.params import Parameter
from litestar.status_codes import HTTP_202_ACCEPTED
from sqlalchemy.ext.asyncio import AsyncSession

from journeys_app.domain.accounts.guards import requires
from journeys_app.domain.accounts.principal import Principal
from journeys_app.domain.accounts.roles import Permission
from journeys_app.domain.imports import services
from journeys_app.domain.imports.models import Import
from journeys_app.domain.imports.schemas import ImportRead, ImportRowError, ImportSummary
from journeys_app.queue import job_id

MAX_BODY_BYTES = 20 * 1024 * 1024


@dataclass
class CsvUpload(Operation):
    """The request body is the CSV file itself (not JSON)."""

    def __post_init__(self) -> None:
        self.request_body = RequestBody(
            content={"text/csv": OpenAPIMediaType(schema=Schema(type=OpenAPIType.STRING))},
            description="The CSV file, UTF-8 (a BOM is fine), first line = column names; at most 20 MB.",
            required=True,
        )


def _summary_fields(run: Import) -> dict:
    return {
        "id": run.id,
        "kind": run.kind,
        "status": run.status,
        "file_name": run.file_name,
        "total_rows": run.total_rows,
        "processed_rows": run.processed_rows,
        "imported_rows": run.imported_rows,
        "skipped_rows": run.skipped_rows,
        "error_rows": run.error_rows,
        "errors_omitted": run.errors_omitted,
        "error": run.error,
        "created_by": run.created_by,
        "created_at": run.created_at,
        "finished_at": run.finished_at,
    }


def import_view(run: Import) -> ImportRead:
    return ImportRead(
        **_summary_fields(run),
        errors=[
            ImportRowError(row=e["row"], column=e.get("column"), message=e["message"]) for e in run.errors
        ],
    )


class ImportController(Controller):
    path = "/imports"
    tags = ["imports"]
    request_max_body_size = MAX_BODY_BYTES

    @post(
        "/",
        operation_id="createImport",
        summary="Upload a CSV file of customers (with tags) or of historic orders",
        description=(
            "The body is the CSV file (`Content-Type: text/csv`, UTF-8, optional BOM, at most 20 MB: 413 "
            "above). The header is checked at once (400 naming missing, unknown or repeated columns); the "
            "rows are applied by a background job. 202 with the import: poll `getImport` for progress and "
            "the per-row error report. See docs/imports.md for the columns."
        ),
        guards=[requires(Permission.customers_write)],
        status_code=HTTP_202_ACCEPTED,
        operation_class=CsvUpload,
    )
    async def create_import(
        self,
        request: Request,
        db: AsyncSession,
        principal: Principal,
        state: State,
        kind: Literal["customers", "orders"],
        file_name: str | None = Parameter(query="filename", default=None, max_length=255),
    ) -> ImportRead:
        try:
            text = services.decode(await request.body())
            run = await services.create(db, kind, text, file_name, principal.label)
        except services.HeaderError as exc:
            raise ValidationException(str(exc)) from exc
        await db.commit()
        await state.arq.enqueue_job(
            "run_import",
            principal.workspace_id,
            run.id,
            _job_id=job_id(state.settings.queue_name, "import", run.id),
            _queue_name=state.settings.queue_name,
        )
        return import_view(run)

    @get(
        "/",
        operation_id="listImports",
        summary="Recent imports (newest first)",
        guards=[requires(Permission.read)],
    )
    async def list_imports(self, db: AsyncSession) -> list[ImportSummary]:
        return [ImportSummary(**_summary_fields(r)) for r in await services.list_imports(db)]

    @get(
        "/{import_id:int}",
        operation_id="getImport",
        summary="An import's progress and per-row error report",
        guards=[requires(Permission.read)],
    )
    async def get_import(self, import_id: int, db: AsyncSession) -> ImportRead:
        return import_view(await services.get(db, import_id))
