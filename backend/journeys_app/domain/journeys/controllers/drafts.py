"""The draft of a journey: read it (with its problems and an ETag), save it (If-Match / revision)."""

from __future__ import annotations

from litestar import Controller, Response, get, put
from litestar.params import HeaderParameter
from sqlalchemy.ext.asyncio import AsyncSession

from journeys_app.domain.accounts.principal import Principal
from journeys_app.domain.journeys.controllers.common import (
    EXCEPTION_HANDLERS,
    GRAPH_ERRORS,
    MAX_BODY_BYTES,
    READ,
    REVISION_CONFLICT,
    WRITE,
)
from journeys_app.domain.journeys.schemas import DraftRead, DraftUpdate
from journeys_app.domain.journeys.services import drafts
from journeys_app.domain.journeys.services.catalog import workspace_catalog
from journeys_app.domain.journeys.services.journeys import Actor


class DraftController(Controller):
    path = "/journeys/{journey_id:int}/draft"
    tags = ["journeys"]
    request_max_body_size = MAX_BODY_BYTES
    exception_handlers = EXCEPTION_HANDLERS

    @get(
        "/",
        operation_id="getJourneyDraft",
        summary="The draft: graph, revision (also the ETag) and its validation errors",
        guards=READ,
    )
    async def get_draft(self, journey_id: int, db: AsyncSession) -> Response[DraftRead]:
        draft = await drafts.read(db, journey_id, await workspace_catalog(db))
        return Response(draft, headers={"ETag": drafts.etag(draft.revision)})

    @put(
        "/",
        operation_id="saveJourneyDraft",
        summary="Save the draft (it may be invalid; its errors are returned)",
        description='Send the revision the edit started from as `If-Match: "<revision>"` or `revision` in the '
        "body (428 without either). A stale revision is a 409 with the current revision: nothing is "
        "overwritten. A graph that is not a JSON object is a 422; an archived journey is a 409.",
        guards=WRITE,
        responses={**REVISION_CONFLICT, **GRAPH_ERRORS},
    )
    async def save_draft(
        self,
        journey_id: int,
        data: DraftUpdate,
        db: AsyncSession,
        principal: Principal,
        if_match: str | None = HeaderParameter(name="If-Match", default=None, description='"<revision>"'),
    ) -> Response[DraftRead]:
        revision = drafts.expected_revision(if_match, data.revision, required=True)
        assert revision is not None
        draft = await drafts.save(
            db, Actor.of(principal), journey_id, data.graph, revision, await workspace_catalog(db)
        )
        return Response(draft, headers={"ETag": drafts.etag(draft.revision)})
