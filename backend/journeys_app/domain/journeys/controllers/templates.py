"""The template library, and templates as a product-team workflow: instantiate, upgrade, export."""

from __future__ import annotations

from typing import Any

from litestar import Controller, Response, get, post
from litestar.params import HeaderParameter, Parameter, QueryParameter
from litestar.status_codes import HTTP_200_OK, HTTP_201_CREATED
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
from journeys_app.domain.journeys.schemas import (
    Bump,
    InstantiateRequest,
    JourneyRead,
    TemplateRead,
    TemplateSummary,
    TemplateUpgradeRead,
    TemplateUpgradeRequest,
    TemplateUpgradeResult,
)
from journeys_app.domain.journeys.services import drafts, journeys, templates
from journeys_app.domain.journeys.services.catalog import workspace_catalog
from journeys_app.domain.journeys.services.journeys import Actor
from journeys_app.domain.journeys.templates import dump_template


class TemplateController(Controller):
    path = "/templates"
    tags = ["templates"]
    request_max_body_size = MAX_BODY_BYTES
    exception_handlers = EXCEPTION_HANDLERS

    @get(
        "/",
        operation_id="listTemplates",
        summary="The template library (newest version of each)",
        guards=READ,
    )
    async def list_templates(self) -> list[TemplateSummary]:
        return [templates.summary(t) for t in templates.library().latest()]

    @get("/{key:str}", operation_id="getTemplate", summary="One template with its graph", guards=READ)
    async def get_template(self, key: str) -> TemplateRead:
        return templates.read(templates.library(), key)

    @post(
        "/{key:str}/instantiate",
        operation_id="instantiateTemplate",
        summary="Create a journey from a template",
        description="The new journey's draft is the template's graph; it remembers the template key and "
        "version, so it can take later versions of the template (`getTemplateUpgrade`).",
        status_code=HTTP_201_CREATED,
        guards=WRITE,
    )
    async def instantiate(
        self, key: str, db: AsyncSession, principal: Principal, data: InstantiateRequest | None = None
    ) -> JourneyRead:
        data = data or InstantiateRequest()
        lib = templates.library()
        journey = await templates.instantiate(
            db,
            Actor.of(principal),
            lib,
            key,
            name=data.name,
            description=data.description,
            locale=data.locale,
        )
        assert journey.id is not None
        return await journeys.read(db, journey.id, lib)


class JourneyTemplateController(Controller):
    path = "/journeys/{journey_id:int}"
    tags = ["templates"]
    request_max_body_size = MAX_BODY_BYTES
    exception_handlers = EXCEPTION_HANDLERS

    @get(
        "/template-upgrade",
        operation_id="getTemplateUpgrade",
        summary="Whether a newer template version exists, its changes and what merging it would do",
        description="409 when the journey was not created from a template.",
        guards=READ,
    )
    async def get_upgrade(self, journey_id: int, db: AsyncSession) -> TemplateUpgradeRead:
        return await templates.upgrade_status(db, templates.library(), journey_id)

    @post(
        "/template-upgrade",
        operation_id="applyTemplateUpgrade",
        summary="Take the newest template version into the draft",
        description="`merge` applies the template's changes to the draft (items changed on both sides keep the "
        "draft's value and are listed in `conflicts`); `replace` makes the draft the new template graph. The "
        "draft gets a new revision; publish it as usual. 409 when there is no newer version.",
        status_code=HTTP_200_OK,
        guards=WRITE,
        responses=REVISION_CONFLICT,
    )
    async def apply_upgrade(
        self,
        journey_id: int,
        db: AsyncSession,
        principal: Principal,
        data: TemplateUpgradeRequest | None = None,
        if_match: str | None = HeaderParameter(name="If-Match", default=None, description='"<revision>"'),
    ) -> TemplateUpgradeResult:
        data = data or TemplateUpgradeRequest()
        return await templates.apply_upgrade(
            db,
            Actor.of(principal),
            templates.library(),
            journey_id,
            strategy=data.strategy,
            revision=drafts.expected_revision(if_match, data.revision, required=False),
            catalog=await workspace_catalog(db),
        )

    @get(
        "/export-template",
        operation_id="exportJourneyTemplate",
        summary="The journey as a template file (bumped version, changelog entry) for review in git",
        description="The body is the file for `journeys/templates/KEY.json`. `version`: a version number or "
        "`draft` (default: the live version, the draft before the first publish). `key` defaults to the "
        "journey's template. When the library holds that key, the version is bumped from the library's "
        "newest and its changelog kept. 422 when the graph is not valid.",
        guards=READ,
        responses=GRAPH_ERRORS,
    )
    async def export_template(
        self,
        journey_id: int,
        db: AsyncSession,
        bump: Bump = Parameter(default="minor", description="which part of the version to bump"),
        version: str | None = Parameter(default=None, description="version number or `draft`"),
        key: str | None = Parameter(default=None, description="template key (default: the journey's)"),
        changes_en: str | None = QueryParameter(name="changesEn", default=None, max_length=1000),
        changes_zh: str | None = QueryParameter(name="changesZh", default=None, max_length=1000),
    ) -> Response[dict[str, Any]]:
        doc = await templates.export_template(
            db,
            templates.library(),
            journey_id,
            source=version,
            bump=bump,
            key=key,
            changes_en=changes_en,
            changes_zh=changes_zh,
        )
        return Response(
            dump_template(doc).encode(),  # type: ignore[arg-type]  # the file text, byte for byte
            media_type="application/json",
            headers={"Content-Disposition": f'attachment; filename="{doc["key"]}.json"'},
        )
