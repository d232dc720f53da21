"""Immutable numbered versions: publish the draft, list and fetch versions, diff, roll back.

A version is written once and never changed (see models.py). Publishing and rolling back lock the
journey, so two publishers cannot both take number N; the unique (journey, number) key backs it.
"""

from __future__ import annotations

import copy
from typing import Any

from litestar.exceptions import NotFoundException, ValidationException
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from journeys_app.db.base import utcnow
from journeys_app.domain.journeys.graph import GraphDiff, ReferenceCatalog, diff_graphs, validate_graph
from journeys_app.domain.journeys.models import Journey, JourneyStatus, JourneyVersion
from journeys_app.domain.journeys.schemas import RollbackResult, VersionRead, VersionSummary
from journeys_app.domain.journeys.services import drafts, journeys
from journeys_app.domain.journeys.services.errors import Conflict, GraphRejected
from journeys_app.domain.journeys.services.journeys import TEXT_MAX, Actor

DRAFT = "draft"
EMPTY_GRAPH: dict[str, Any] = {"nodes": [], "edges": []}


def summary(version: JourneyVersion, journey: Journey) -> VersionSummary:
    return VersionSummary(
        journey_id=version.journey_id,
        number=version.number,
        checksum=version.checksum,
        message=version.message,
        author=version.author,
        created_at=version.created_at,
        rolled_back_from=version.rolled_back_from,
        live=version.number == journey.live_version,
    )


def view(version: JourneyVersion, journey: Journey) -> VersionRead:
    return VersionRead(
        journey_id=version.journey_id,
        number=version.number,
        checksum=version.checksum,
        message=version.message,
        author=version.author,
        created_at=version.created_at,
        rolled_back_from=version.rolled_back_from,
        live=version.number == journey.live_version,
        graph=version.graph,
    )


async def _find(db: AsyncSession, journey_id: int, number: int) -> JourneyVersion | None:
    return (
        await db.execute(
            select(JourneyVersion).where(
                JourneyVersion.journey_id == journey_id,  # type: ignore[arg-type]
                JourneyVersion.number == number,  # type: ignore[arg-type]
            )
        )
    ).scalar_one_or_none()


async def get(db: AsyncSession, journey_id: int, number: int) -> tuple[Journey, JourneyVersion]:
    journey = await journeys.get(db, journey_id)
    version = await _find(db, journey_id, number)
    if version is None:
        raise NotFoundException(f"journey {journey_id} has no version {number}")
    return journey, version


async def list_versions(
    db: AsyncSession, journey_id: int, *, limit: int = 100, before: int | None = None
) -> list[VersionSummary]:
    """Newest first; `before` pages on (versions numbered below it)."""
    journey = await journeys.get(db, journey_id)
    query = select(JourneyVersion).where(JourneyVersion.journey_id == journey_id)  # type: ignore[arg-type]
    if before is not None:
        query = query.where(JourneyVersion.number < before)  # type: ignore[arg-type]
    query = query.order_by(JourneyVersion.number.desc()).limit(limit)  # type: ignore[attr-defined]
    return [summary(v, journey) for v in (await db.execute(query)).scalars()]


async def _append(
    db: AsyncSession,
    actor: Actor,
    journey: Journey,
    graph: dict[str, Any],
    checksum: str,
    message: str,
    rolled_back_from: int | None = None,
) -> JourneyVersion:
    """Add the next version to a locked journey and make it live (not committed)."""
    newest = (
        await db.execute(
            select(func.max(JourneyVersion.number)).where(JourneyVersion.journey_id == journey.id)  # type: ignore[arg-type]
        )
    ).scalar_one()
    assert journey.id is not None
    version = JourneyVersion(
        journey_id=journey.id,
        number=(newest or 0) + 1,
        graph=copy.deepcopy(graph),
        checksum=checksum,
        message=message,
        author_user_id=actor.user_id,
        author=actor.label,
        created_at=utcnow(),
        rolled_back_from=rolled_back_from,
    )
    db.add(version)
    journey.live_version = version.number
    journey.status = JourneyStatus.published.value
    journeys.touch(journey, actor)
    return version


async def _commit(db: AsyncSession) -> None:
    try:
        await db.commit()
    except IntegrityError:  # another publish took the number first (the row lock makes this rare)
        await db.rollback()
        raise Conflict("another version was published at the same moment; reload and try again") from None


def _validate(graph: Any, catalog: ReferenceCatalog | None, detail: str) -> None:
    errors = validate_graph(graph, catalog)
    if errors:
        raise GraphRejected(errors, detail)


async def publish(
    db: AsyncSession,
    actor: Actor,
    journey_id: int,
    *,
    message: str,
    revision: int | None,
    catalog: ReferenceCatalog | None,
) -> VersionRead:
    """Validate the draft and store it as the next version (422 with the errors if invalid)."""
    message = journeys.clean_text("message", message, TEXT_MAX)
    journey, draft = await journeys.lock(db, journey_id)
    journeys.ensure_writable(journey)
    drafts.check_revision(draft, revision)
    _validate(draft.graph, catalog, "the draft cannot be published")
    if journey.live_version is not None and draft.checksum == await journeys.live_checksum(db, journey):
        raise Conflict(
            f"nothing to publish: the draft has no semantic changes since version {journey.live_version} "
            "(layout moves stay in the draft and go out with the next change)"
        )
    version = await _append(db, actor, journey, draft.graph, draft.checksum, message)
    await _commit(db)
    return view(version, journey)


async def rollback(
    db: AsyncSession,
    actor: Actor,
    journey_id: int,
    *,
    number: int,
    message: str,
    catalog: ReferenceCatalog | None,
) -> RollbackResult:
    """Publish a new version whose graph equals version `number`'s; history only grows.

    The draft follows when it had no unpublished changes (it held the live graph); otherwise it
    is kept as it is, so no one's unpublished work is overwritten."""
    message = journeys.clean_text("message", message, TEXT_MAX) or f"Rollback to version {number}"
    journey, draft = await journeys.lock(db, journey_id)
    journeys.ensure_writable(journey)
    target = await _find(db, journey_id, number)
    if target is None:
        raise NotFoundException(f"journey {journey_id} has no version {number}")
    live = await journeys.live_checksum(db, journey)
    if live == target.checksum:
        raise Conflict(f"the live version {journey.live_version} already has the graph of version {number}")
    _validate(target.graph, catalog, f"version {number} is no longer valid and cannot be restored")
    draft_reset = draft.checksum == live
    version = await _append(
        db, actor, journey, target.graph, target.checksum, message, rolled_back_from=number
    )
    if draft_reset:
        drafts.replace_graph(journey, draft, target.graph, actor)
    await _commit(db)
    return RollbackResult(
        version=view(version, journey), draft_reset=draft_reset, draft_revision=draft.revision
    )


def parse_ref(value: str | None, name: str) -> int | str | None:
    if value is None or value.strip() == "":
        return None
    value = value.strip()
    if value == DRAFT:
        return DRAFT
    if value.isdigit() and int(value) >= 1:
        return int(value)
    raise ValidationException(f"{name}: a version number (1, 2, …) or 'draft', not {value!r}")


async def graph_at(db: AsyncSession, journey: Journey, ref: int | str | None) -> dict[str, Any]:
    """The graph of a version number, of the draft, or (None) of the live version."""
    assert journey.id is not None
    if ref == DRAFT:
        _, draft = await journeys.get_with_draft(db, journey.id)
        return draft.graph
    number = journey.live_version if ref is None else ref
    if number is None:
        return EMPTY_GRAPH
    version = await _find(db, journey.id, int(number))
    if version is None:
        raise NotFoundException(f"journey {journey.id} has no version {number}")
    return version.graph


async def diff(db: AsyncSession, journey_id: int, from_ref: str | None, to_ref: str | None) -> GraphDiff:
    """`from` defaults to the live version (an empty journey before the first publish), `to` to the draft."""
    journey = await journeys.get(db, journey_id)
    before = await graph_at(db, journey, parse_ref(from_ref, "from"))
    after = await graph_at(db, journey, parse_ref(to_ref, "to") or DRAFT)
    return diff_graphs(before, after)
