"""Refusals of the journeys area. Litestar HTTP exceptions, so the CLI and the API share them;
the controllers render the two with a structured body (422 errors, 409 revision)."""

from __future__ import annotations

from datetime import datetime

from litestar.exceptions import ClientException, NotFoundException
from litestar.status_codes import HTTP_409_CONFLICT, HTTP_422_UNPROCESSABLE_ENTITY

from journeys_app.domain.journeys.graph import GraphError


class GraphRejected(ClientException):
    """422: the graph has problems (every error points into it)."""

    status_code = HTTP_422_UNPROCESSABLE_ENTITY

    def __init__(self, errors: list[GraphError], detail: str = "the journey has problems") -> None:
        self.errors = errors
        first = errors[0] if errors else None
        summary = f"{detail}: {first.pointer or '/'}: {first.message_en}" if first else detail
        more = f" (+{len(errors) - 1} more)" if len(errors) > 1 else ""
        super().__init__(detail=summary + more)
        self.short_detail = detail


class RevisionConflict(ClientException):
    """409: the draft's revision is not the one the caller edited."""

    status_code = HTTP_409_CONFLICT

    def __init__(self, current_revision: int, updated_at: datetime, updated_by: str, sent: int) -> None:
        self.current_revision = current_revision
        self.updated_at = updated_at
        self.updated_by = updated_by
        super().__init__(
            detail=f"the draft was saved by {updated_by} since revision {sent}; it is now at revision "
            f"{current_revision}: reload it, re-apply your change and save again"
        )


class Conflict(ClientException):
    """409 with a plain message (archived journey, nothing to publish, ...)."""

    status_code = HTTP_409_CONFLICT


def journey_not_found(journey_id: int) -> NotFoundException:
    return NotFoundException(f"no journey {journey_id} in this workspace")
