"""What the journeys controllers share: the body size limit, error bodies, guards."""

from __future__ import annotations

from litestar import Request, Response
from litestar.openapi.datastructures import ResponseSpec
from litestar.status_codes import HTTP_409_CONFLICT, HTTP_422_UNPROCESSABLE_ENTITY

from journeys_app.domain.accounts.guards import requires
from journeys_app.domain.accounts.roles import Permission
from journeys_app.domain.journeys.schemas import GraphErrorsBody, RevisionConflictBody
from journeys_app.domain.journeys.services.errors import GraphRejected, RevisionConflict

# A 2,000-node journey with texts is well under 1 MB; anything above 2 MB is refused with 413.
MAX_BODY_BYTES = 2 * 1024 * 1024

READ = [requires(Permission.read)]
WRITE = [requires(Permission.journeys_write)]


def graph_rejected(_request: Request, exc: GraphRejected) -> Response[GraphErrorsBody]:
    return Response(
        GraphErrorsBody(detail=exc.short_detail, errors=exc.errors), status_code=HTTP_422_UNPROCESSABLE_ENTITY
    )


def revision_conflict(_request: Request, exc: RevisionConflict) -> Response[RevisionConflictBody]:
    return Response(
        RevisionConflictBody(
            detail=str(exc.detail),
            current_revision=exc.current_revision,
            updated_at=exc.updated_at,
            updated_by=exc.updated_by,
        ),
        status_code=HTTP_409_CONFLICT,
        headers={"ETag": f'"{exc.current_revision}"'},
    )


EXCEPTION_HANDLERS = {GraphRejected: graph_rejected, RevisionConflict: revision_conflict}

GRAPH_ERRORS = {
    HTTP_422_UNPROCESSABLE_ENTITY: ResponseSpec(
        data_container=GraphErrorsBody,
        description="The journey has problems; each error points into it",
        generate_examples=False,
    )
}
REVISION_CONFLICT = {
    HTTP_409_CONFLICT: ResponseSpec(
        data_container=RevisionConflictBody,
        description="The draft was saved by someone else since that revision; the body has the current one",
        generate_examples=False,
    )
}
