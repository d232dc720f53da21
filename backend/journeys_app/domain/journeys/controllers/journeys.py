"""Journeys: list, create, validate, read, rename, archive."""

from __future__ import annotations

from typing import Any

from litestar import Controller, get, patch, post
from litestar.params import Parameter
from litestar.status_codes import HTTP_200_OK, HTTP_201_CREATED
from sqlalchemy.ext.asyncio import AsyncSession

from journeys_app.domain.accounts.principal import Principal
from journeys_app.domain.journeys.controllers.common import (
    EXCEPTION_HANDLERS,
    GRAPH_ERRORS,
    MAX_BODY_BYTES,
    READ,
    WRITE,
)
from journeys_app.domain.journeys.graph import collect_references, graph_checksum, validate_graph
from journeys_app.domain.journeys.schemas import (
    JourneyCreate,
    JourneyPage,
    JourneyRead,
    JourneyStatusName,
    JourneyUpdate,
    ValidationResult,
)
from journeys_app.domain.journeys.services import journeys
from journeys_app.domain.journeys.services.catalog import workspace_catalog
from journeys_app.domain.journeys.services.errors import GraphRejected
from journeys_app.domain.journeys.services.journeys import Actor
from journeys_app.domain.journeys.services.templates import library_for_reads as library


class JourneyController(Controller):
    path = "/journeys"
    tags = ["journeys"]
    request_max_body_size = MAX_BODY_BYTES
    exception_handlers = EXCEPTION_HANDLERS

    @get(
        "/",
        operation_id="listJourneys",
        summary="Journeys of the workspace, most recently changed first",
        description="`q` searches names and descriptions; without `status`, archived journeys are left out.",
        guards=READ,
    )
    async def list_journeys(
        self,
        db: AsyncSession,
        principal: Principal,
        q: str | None = Parameter(default=None, max_length=200, description="search in name and description"),
        status: JourneyStatusName | None = Parameter(
            default=None, description="only journeys in this status"
        ),
        limit: int = Parameter(default=50, ge=1, le=200),
        offset: int = Parameter(default=0, ge=0),
    ) -> JourneyPage:
        items, total = await journeys.list_page(
            db, principal.workspace_id, library(), search=q, status=status, limit=limit, offset=offset
        )
        return JourneyPage(items=items, total=total, limit=limit, offset=offset)

    @post(
        "/",
        operation_id="createJourney",
        summary="Create a journey (blank, or with a graph as its draft)",
        description="The draft may be invalid (`getJourneyDraft` lists its problems); a graph that is not a "
        "JSON object is a 422. To start from a template use `instantiateTemplate`.",
        status_code=HTTP_201_CREATED,
        guards=WRITE,
        responses=GRAPH_ERRORS,
    )
    async def create_journey(
        self, data: JourneyCreate, db: AsyncSession, principal: Principal
    ) -> JourneyRead:
        journey = await journeys.create(
            db, Actor.of(principal), name=data.name, description=data.description, graph=data.graph
        )
        assert journey.id is not None
        return await journeys.read(db, journey.id, library())

    @post(
        "/validate",
        operation_id="validateJourney",
        summary="Check a journey graph without saving it",
        description="The body is the graph. 200 when it is valid (with its checksum and the workspace objects it "
        "refers to); 422 with every error (code, JSON pointer, node/edge id, zh-CN and en message) when not; "
        "400 for invalid JSON; 413 above 2 MB.",
        status_code=HTTP_200_OK,
        guards=READ,
        responses=GRAPH_ERRORS,
    )
    async def validate_journey(self, data: Any, db: AsyncSession) -> ValidationResult:
        errors = validate_graph(data, await workspace_catalog(db))
        if errors:
            raise GraphRejected(errors, "the journey is not valid")
        return ValidationResult(
            valid=True,
            checksum=graph_checksum(data),
            node_count=len(data["nodes"]),
            edge_count=len(data["edges"]),
            references=collect_references(data),
        )

    @get(
        "/{journey_id:int}",
        operation_id="getJourney",
        summary="A journey: status, live version, draft revision, template upgrade available",
        guards=READ,
    )
    async def get_journey(self, journey_id: int, db: AsyncSession) -> JourneyRead:
        return await journeys.read(db, journey_id, library())

    @patch(
        "/{journey_id:int}",
        operation_id="updateJourney",
        summary="Rename a journey or change its description",
        guards=WRITE,
    )
    async def update_journey(
        self, journey_id: int, data: JourneyUpdate, db: AsyncSession, principal: Principal
    ) -> JourneyRead:
        await journeys.update(
            db, Actor.of(principal), journey_id, name=data.name, description=data.description
        )
        return await journeys.read(db, journey_id, library())

    @post(
        "/{journey_id:int}/archive",
        operation_id="archiveJourney",
        summary="Archive a journey: no new entries; read-only until unarchived",
        status_code=HTTP_200_OK,
        guards=WRITE,
    )
    async def archive_journey(self, journey_id: int, db: AsyncSession, principal: Principal) -> JourneyRead:
        await journeys.archive(db, Actor.of(principal), journey_id)
        return await journeys.read(db, journey_id, library())

    @post(
        "/{journey_id:int}/unarchive",
        operation_id="unarchiveJourney",
        summary="Bring an archived journey back (published if it has versions, draft otherwise)",
        status_code=HTTP_200_OK,
        guards=WRITE,
    )
    async def unarchive_journey(self, journey_id: int, db: AsyncSession, principal: Principal) -> JourneyRead:
        await journeys.unarchive(db, Actor.of(principal), journey_id)
        return await journeys.read(db, journey_id, library())
