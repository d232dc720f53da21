"""The one mutable draft of a journey: read it with its problems, save it with optimistic concurrency.

Every save names the revision it started from; a stale revision is a 409 carrying the current
one, never a silent overwrite. A draft may be invalid: it is saved and its errors are returned.
"""

from __future__ import annotations

import copy
import re
from typing import Any

from litestar.exceptions import ClientException, ValidationException
from sqlalchemy.ext.asyncio import AsyncSession

from journeys_app.db.base import utcnow
from journeys_app.domain.journeys.graph import ReferenceCatalog, graph_checksum, validate_graph
from journeys_app.domain.journeys.models import Journey, JourneyDraft
from journeys_app.domain.journeys.schemas import DraftRead
from journeys_app.domain.journeys.services import journeys
from journeys_app.domain.journeys.services.errors import RevisionConflict
from journeys_app.domain.journeys.services.journeys import Actor

HTTP_428_PRECONDITION_REQUIRED = 428
_ETAG = re.compile(r'^\s*(?:W/)?"?(\d{1,18})"?\s*$')


def etag(revision: int) -> str:
    return f'"{revision}"'


def expected_revision(if_match: str | None, body_revision: int | None, *, required: bool) -> int | None:
    """The revision the caller edited, from `If-Match` (`3` or `"3"`) or the body; both must agree."""
    header: int | None = None
    if if_match is not None and if_match.strip() != "*":
        match = _ETAG.match(if_match)
        if match is None:
            raise ValidationException('If-Match: send the draft revision, e.g. If-Match: "3"')
        header = int(match.group(1))
    if header is not None and body_revision is not None and header != body_revision:
        raise ValidationException(f"If-Match says revision {header} but the body says {body_revision}")
    revision = header if header is not None else body_revision
    if revision is None and required:
        raise ClientException(
            'say which draft revision you edited: send If-Match: "<revision>" or "revision" in the body '
            "(GET the draft for the current one)",
            status_code=HTTP_428_PRECONDITION_REQUIRED,
        )
    return revision


def check_revision(draft: JourneyDraft, expected: int | None) -> None:
    if expected is not None and expected != draft.revision:
        raise RevisionConflict(draft.revision, draft.updated_at, draft.updated_by, expected)


def view(
    journey: Journey, draft: JourneyDraft, live: str | None, catalog: ReferenceCatalog | None
) -> DraftRead:
    errors = validate_graph(draft.graph, catalog)
    return DraftRead(
        journey_id=draft.journey_id,
        revision=draft.revision,
        graph=draft.graph,
        checksum=draft.checksum,
        valid=not errors,
        errors=errors,
        live_version=journey.live_version,
        unpublished_changes=live is None or live != draft.checksum,
        updated_at=draft.updated_at,
        updated_by=draft.updated_by,
    )


async def read(db: AsyncSession, journey_id: int, catalog: ReferenceCatalog | None) -> DraftRead:
    journey, draft = await journeys.get_with_draft(db, journey_id)
    return view(journey, draft, await journeys.live_checksum(db, journey), catalog)


def replace_graph(journey: Journey, draft: JourneyDraft, graph: dict[str, Any], actor: Actor) -> None:
    """Put a new graph in the (locked) draft: next revision, author, time; the journey is touched."""
    draft.graph = copy.deepcopy(graph)
    draft.checksum = graph_checksum(graph)
    draft.revision += 1
    draft.updated_at = utcnow()
    draft.updated_by = actor.label
    draft.updated_by_user_id = actor.user_id
    journeys.touch(journey, actor)


async def save(
    db: AsyncSession,
    actor: Actor,
    journey_id: int,
    graph: Any,
    revision: int,
    catalog: ReferenceCatalog | None,
) -> DraftRead:
    """Replace the draft's graph if `revision` is still current (409 otherwise)."""
    graph = journeys.ensure_object(graph)
    journey, draft = await journeys.lock(db, journey_id)
    journeys.ensure_writable(journey)
    check_revision(draft, revision)
    replace_graph(journey, draft, graph, actor)
    live = await journeys.live_checksum(db, journey)
    await db.commit()
    return view(journey, draft, live, catalog)
