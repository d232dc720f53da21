"""Versions of a journey: publish, list, fetch, diff, roll back. No route changes a version."""

from __future__ import annotations

from litestar import Controller, get, post
from litestar.params import HeaderParameter, Parameter, QueryParameter
from litestar.status_codes import HTTP_201_CREATED
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
from journeys_app.domain.journeys.graph import GraphDiff
from journeys_app.domain.journeys.schemas import (
    PublishRequest,
    RollbackRequest,
    RollbackResult,
    VersionRead,
    VersionSummary,
)
from journeys_app.domain.journeys.services import drafts, versions
from journeys_app.domain.journeys.services.catalog import workspace_catalog
from journeys_app.domain.journeys.services.journeys import Actor


class VersionController(Controller):
    path = "/journeys/{journey_id:int}"
    tags = ["journey versions"]
    request_max_body_size = MAX_BODY_BYTES
    exception_handlers = EXCEPTION_HANDLERS

    @post(
        "/publish",
        operation_id="publishJourney",
        summary="Publish the draft as the next immutable version",
        description="Validates the draft first: 422 with its errors if it is not valid. With `revision` (or "
        "`If-Match`), the draft must still be at that revision (409 otherwise). 409 also when the journey is "
        "archived or the draft has no semantic change since the live version.",
        status_code=HTTP_201_CREATED,
        guards=WRITE,
        responses={**REVISION_CONFLICT, **GRAPH_ERRORS},
    )
    async def publish(
        self,
        journey_id: int,
        db: AsyncSession,
        principal: Principal,
        data: PublishRequest | None = None,
        if_match: str | None = HeaderParameter(name="If-Match", default=None, description='"<revision>"'),
    ) -> VersionRead:
        data = data or PublishRequest()
        revision = drafts.expected_revision(if_match, data.revision, required=False)
        return await versions.publish(
            db,
            Actor.of(principal),
            journey_id,
            message=data.message,
            revision=revision,
            catalog=await workspace_catalog(db),
        )

    @get(
        "/versions",
        operation_id="listJourneyVersions",
        summary="Published versions, newest first (without their graphs)",
        guards=READ,
    )
    async def list_versions(
        self,
        journey_id: int,
        db: AsyncSession,
        limit: int = Parameter(default=100, ge=1, le=500),
        before: int | None = Parameter(default=None, ge=1, description="page: versions numbered below this"),
    ) -> list[VersionSummary]:
        return await versions.list_versions(db, journey_id, limit=limit, before=before)

    @get(
        "/versions/{n:int}",
        operation_id="getJourneyVersion",
        summary="One version with its graph",
        guards=READ,
    )
    async def get_version(self, journey_id: int, n: int, db: AsyncSession) -> VersionRead:
        journey, version = await versions.get(db, journey_id, n)
        return versions.view(version, journey)

    @get(
        "/diff",
        operation_id="diffJourney",
        summary="Semantic diff between two versions, or a version and the draft",
        description="`from` and `to` are version numbers or `draft`; `from` defaults to the live version (an "
        "empty journey before the first publish), `to` to the draft. Layout moves are listed apart "
        "(`semanticChanged` is false when only boxes moved).",
        guards=READ,
    )
    async def diff(
        self,
        journey_id: int,
        db: AsyncSession,
        from_: str | None = QueryParameter(
            name="from", default=None, description="version number or `draft`"
        ),
        to: str | None = Parameter(default=None, description="version number or `draft`"),
    ) -> GraphDiff:
        return await versions.diff(db, journey_id, from_, to)

    @post(
        "/rollback",
        operation_id="rollbackJourney",
        summary="Publish a new version equal to an older one",
        description="History only grows: version N+1 gets the graph (and checksum) of `version`. The draft "
        "follows when it had no unpublished changes (`draftReset`). 409 when that graph is already live.",
        status_code=HTTP_201_CREATED,
        guards=WRITE,
        responses=GRAPH_ERRORS,
    )
    async def rollback(
        self, journey_id: int, data: RollbackRequest, db: AsyncSession, principal: Principal
    ) -> RollbackResult:
        return await versions.rollback(
            db,
            Actor.of(principal),
            journey_id,
            number=data.version,
            message=data.message,
            catalog=await workspace_catalog(db),
        )
