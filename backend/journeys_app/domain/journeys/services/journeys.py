"""Journeys: create, find, list, rename, archive. `db` is always a workspace-scoped session."""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any

from litestar.exceptions import ValidationException
from sqlalchemy import and_, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from journeys_app.db.base import utcnow
from journeys_app.domain.accounts.principal import Principal
from journeys_app.domain.journeys.graph import graph_checksum, validate_graph
from journeys_app.domain.journeys.models import Journey, JourneyDraft, JourneyStatus, JourneyVersion
from journeys_app.domain.journeys.schemas import JourneyRead
from journeys_app.domain.journeys.services.errors import Conflict, GraphRejected, journey_not_found
from journeys_app.domain.journeys.templates import (
    JourneyTemplate,
    TemplateLibrary,
    TemplateNotFound,
    parse_version,
)

NAME_MAX = 200
TEXT_MAX = 2000


@dataclass(frozen=True)
class Actor:
    """Who changes something: a user (id + email), an API key (its prefix) or a command."""

    user_id: int | None
    label: str

    @classmethod
    def of(cls, principal: Principal) -> Actor:
        return cls(user_id=principal.user_id, label=principal.label)


def starter_graph() -> dict[str, Any]:
    """The draft of a new blank journey: the smallest valid journey (manual entry, then exit)."""
    return {
        "schema_version": 1,
        "settings": {"entry": {"reentry": "once"}, "time_zone": "Asia/Shanghai"},
        "nodes": [
            {"id": "trigger", "type": "trigger", "data": {"kind": "manual"}},
            {"id": "exit", "type": "exit", "data": {}},
        ],
        "edges": [{"id": "e1", "source": "trigger", "source_handle": "next", "target": "exit"}],
        "layout": {"trigger": {"x": 0, "y": 0}, "exit": {"x": 280, "y": 0}},
    }


def clean_text(field: str, value: str, limit: int, *, required: bool = False) -> str:
    value = value.strip()
    if required and not value:
        raise ValidationException(f"{field}: must not be empty", extra=[{"key": field}])
    if len(value) > limit:
        raise ValidationException(f"{field}: at most {limit} characters", extra=[{"key": field}])
    return value


def ensure_object(graph: Any) -> dict[str, Any]:
    """A draft may be invalid, but it must at least be a JSON object (422 otherwise)."""
    if not isinstance(graph, dict):
        raise GraphRejected(validate_graph(graph), "a journey graph is a JSON object")
    return graph


def touch(journey: Journey, actor: Actor) -> None:
    journey.updated_at = utcnow()
    journey.updated_by = actor.label
    journey.updated_by_user_id = actor.user_id


def ensure_writable(journey: Journey) -> None:
    if journey.status == JourneyStatus.archived:
        raise Conflict(f"journey {journey.id} is archived; unarchive it to change it")


async def create(
    db: AsyncSession,
    actor: Actor,
    *,
    name: str,
    description: str = "",
    graph: Any = None,
    template: JourneyTemplate | None = None,
) -> Journey:
    """A new journey with its draft (revision 1). The draft may be invalid; it is not checked here."""
    name = clean_text("name", name, NAME_MAX, required=True)
    description = clean_text("description", description, TEXT_MAX)
    if template is not None:
        graph = template.graph_copy()
    graph = starter_graph() if graph is None else copy.deepcopy(ensure_object(graph))
    now = utcnow()
    journey = Journey(
        name=name,
        description=description,
        status=JourneyStatus.draft.value,
        template_key=template.key if template else None,
        template_version=template.version if template else None,
        template_graph=template.graph_copy() if template else None,
        created_by_user_id=actor.user_id,
        created_by=actor.label,
        created_at=now,
        updated_by_user_id=actor.user_id,
        updated_by=actor.label,
        updated_at=now,
    )
    db.add(journey)
    await db.flush()
    assert journey.id is not None
    db.add(
        JourneyDraft(
            journey_id=journey.id,
            graph=graph,
            checksum=graph_checksum(graph),
            revision=1,
            updated_by_user_id=actor.user_id,
            updated_by=actor.label,
            updated_at=now,
        )
    )
    await db.commit()
    return journey


async def get(db: AsyncSession, journey_id: int) -> Journey:
    journey = await db.get(Journey, journey_id)
    if journey is None:
        raise journey_not_found(journey_id)
    return journey


async def lock(db: AsyncSession, journey_id: int) -> tuple[Journey, JourneyDraft]:
    """The journey and its draft, locked for this transaction (PostgreSQL `FOR UPDATE`; SQLite
    transactions already hold the write lock from their start). Always journey first, then draft."""
    journey = (
        await db.execute(
            select(Journey)
            .where(Journey.id == journey_id)  # type: ignore[arg-type]
            .with_for_update()
            .execution_options(populate_existing=True)
        )
    ).scalar_one_or_none()
    if journey is None:
        raise journey_not_found(journey_id)
    draft = (
        await db.execute(
            select(JourneyDraft)
            .where(JourneyDraft.journey_id == journey_id)  # type: ignore[arg-type]
            .with_for_update()
            .execution_options(populate_existing=True)
        )
    ).scalar_one()
    return journey, draft


async def get_with_draft(db: AsyncSession, journey_id: int) -> tuple[Journey, JourneyDraft]:
    journey = await get(db, journey_id)
    draft = await db.get(JourneyDraft, journey_id)
    assert draft is not None, "every journey has a draft"
    return journey, draft


async def live_checksum(db: AsyncSession, journey: Journey) -> str | None:
    if journey.live_version is None:
        return None
    return (
        await db.execute(
            select(JourneyVersion.checksum).where(
                JourneyVersion.journey_id == journey.id,  # type: ignore[arg-type]
                JourneyVersion.number == journey.live_version,  # type: ignore[arg-type]
            )
        )
    ).scalar_one_or_none()


def template_latest(library: TemplateLibrary, journey: Journey) -> str | None:
    if journey.template_key is None:
        return None
    try:
        return library.get(journey.template_key).version
    except TemplateNotFound:
        return None


def view(
    journey: Journey,
    draft_revision: int,
    draft_checksum: str,
    live: str | None,
    library: TemplateLibrary,
) -> JourneyRead:
    assert journey.id is not None
    latest = template_latest(library, journey)
    upgrade = (
        latest is not None
        and journey.template_version is not None
        and parse_version(latest) > parse_version(journey.template_version)
    )
    return JourneyRead(
        id=journey.id,
        name=journey.name,
        description=journey.description,
        status=journey.status,  # type: ignore[arg-type]
        live_version=journey.live_version,
        draft_revision=draft_revision,
        unpublished_changes=live is None or live != draft_checksum,
        template_key=journey.template_key,
        template_version=journey.template_version,
        template_latest_version=latest,
        template_upgrade_available=upgrade,
        created_at=journey.created_at,
        created_by=journey.created_by,
        updated_at=journey.updated_at,
        updated_by=journey.updated_by,
        archived_at=journey.archived_at,
    )


async def read(db: AsyncSession, journey_id: int, library: TemplateLibrary) -> JourneyRead:
    journey, draft = await get_with_draft(db, journey_id)
    return view(journey, draft.revision, draft.checksum, await live_checksum(db, journey), library)


async def list_page(
    db: AsyncSession,
    workspace_id: int,
    library: TemplateLibrary,
    *,
    search: str | None,
    status: str | None,
    template_key: str | None = None,
    limit: int = 50,
    offset: int = 0,
) -> tuple[list[JourneyRead], int]:
    """Newest change first. Without `status`, archived journeys are left out."""
    filters: list[Any] = [Journey.workspace_id == workspace_id]
    if status is not None:
        filters.append(Journey.status == status)
    else:
        filters.append(Journey.status != JourneyStatus.archived.value)
    if search and search.strip():
        needle = search.strip().lower()
        filters.append(
            or_(
                func.lower(Journey.name).contains(needle, autoescape=True),
                func.lower(Journey.description).contains(needle, autoescape=True),
            )
        )
    if template_key is not None:
        filters.append(Journey.template_key == template_key)
    total = (await db.execute(select(func.count()).select_from(Journey).where(*filters))).scalar_one()
    rows = (
        await db.execute(
            select(Journey, JourneyDraft.revision, JourneyDraft.checksum, JourneyVersion.checksum)
            .join(JourneyDraft, JourneyDraft.journey_id == Journey.id)  # type: ignore[arg-type]
            .outerjoin(
                JourneyVersion,
                and_(
                    JourneyVersion.journey_id == Journey.id,  # type: ignore[arg-type]
                    JourneyVersion.number == Journey.live_version,  # type: ignore[arg-type]
                ),
            )
            .where(*filters)
            .order_by(Journey.updated_at.desc(), Journey.id.desc())  # type: ignore[attr-defined,union-attr]
            .limit(limit)
            .offset(offset)
        )
    ).all()
    return [view(j, rev, draft_sum, live_sum, library) for j, rev, draft_sum, live_sum in rows], total


async def update(
    db: AsyncSession, actor: Actor, journey_id: int, *, name: str | None, description: str | None
) -> Journey:
    journey, _draft = await lock(db, journey_id)
    ensure_writable(journey)
    if name is not None:
        journey.name = clean_text("name", name, NAME_MAX, required=True)
    if description is not None:
        journey.description = clean_text("description", description, TEXT_MAX)
    touch(journey, actor)
    await db.commit()
    return journey


async def archive(db: AsyncSession, actor: Actor, journey_id: int) -> Journey:
    """No new entries; the journey becomes read-only. Archiving twice changes nothing."""
    journey, _draft = await lock(db, journey_id)
    if journey.status != JourneyStatus.archived:
        journey.status = JourneyStatus.archived.value
        journey.archived_at = utcnow()
        touch(journey, actor)
    await db.commit()
    return journey


async def unarchive(db: AsyncSession, actor: Actor, journey_id: int) -> Journey:
    journey, _draft = await lock(db, journey_id)
    if journey.status == JourneyStatus.archived:
        journey.status = (
            JourneyStatus.published.value if journey.live_version is not None else JourneyStatus.draft.value
        )
        journey.archived_at = None
        touch(journey, actor)
    await db.commit()
    return journey
