"""Wire formats of the journeys area (camelCase JSON).

Journey graphs themselves travel as they are (snake_case, the format of
`journeys/schema/journey.schema.json`); only the envelopes around them are camelCase.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

import msgspec

from journeys_app.domain.journeys.graph import GraphDiff, GraphError, GraphReferences

JourneyStatusName = Literal["draft", "published", "archived"]
Locale = Literal["zh-CN", "en"]
Bump = Literal["major", "minor", "patch"]


# -- journeys --------------------------------------------------------------------------------


class JourneyCreate(msgspec.Struct, rename="camel"):
    """A new journey. Without `graph` its draft is a minimal valid journey (manual entry → exit)."""

    name: str
    description: str = ""
    graph: Any = None


class JourneyUpdate(msgspec.Struct, rename="camel"):
    name: str | None = None
    description: str | None = None


class JourneyRead(msgspec.Struct, rename="camel"):
    id: int
    name: str
    description: str
    status: JourneyStatusName
    live_version: int | None  # the newest version (the one customers enter); null until published
    draft_revision: int
    unpublished_changes: bool  # the draft differs semantically from the live version (or none yet)
    template_key: str | None
    template_version: str | None
    template_latest_version: str | None  # newest version of that template in the library
    template_upgrade_available: bool
    created_at: datetime
    created_by: str
    updated_at: datetime
    updated_by: str
    archived_at: datetime | None


class JourneyPage(msgspec.Struct, rename="camel"):
    items: list[JourneyRead]
    total: int
    limit: int
    offset: int


# -- drafts ----------------------------------------------------------------------------------


class DraftRead(msgspec.Struct, rename="camel"):
    """The draft with its problems: `errors` is empty when it could be published as it is."""

    journey_id: int
    revision: int
    graph: dict[str, Any]
    checksum: str
    valid: bool
    errors: list[GraphError]
    live_version: int | None
    unpublished_changes: bool
    updated_at: datetime
    updated_by: str


class DraftUpdate(msgspec.Struct, rename="camel"):
    """The whole graph; `revision` is the one the edit started from (or send `If-Match`)."""

    graph: Any
    revision: int | None = None


class RevisionConflictBody(msgspec.Struct, rename="camel"):
    """409: the draft was saved by someone else since `revision` was read."""

    detail: str
    current_revision: int
    updated_at: datetime
    updated_by: str


class GraphErrorsBody(msgspec.Struct, rename="camel"):
    """422: the journey has problems; each error points into the submitted graph."""

    detail: str
    errors: list[GraphError]


class ValidationResult(msgspec.Struct, rename="camel"):
    """200 from `validateJourney`: the graph is valid (an invalid one is a 422 with its errors)."""

    valid: bool
    checksum: str
    node_count: int
    edge_count: int
    references: GraphReferences


# -- versions --------------------------------------------------------------------------------


class PublishRequest(msgspec.Struct, rename="camel"):
    """`revision` (or `If-Match`), when given, must be the draft's current revision."""

    message: str = ""
    revision: int | None = None


class VersionSummary(msgspec.Struct, rename="camel"):
    journey_id: int
    number: int
    checksum: str
    message: str
    author: str
    created_at: datetime
    rolled_back_from: int | None
    live: bool


class VersionRead(msgspec.Struct, rename="camel"):
    journey_id: int
    number: int
    checksum: str
    message: str
    author: str
    created_at: datetime
    rolled_back_from: int | None
    live: bool
    graph: dict[str, Any]


class RollbackRequest(msgspec.Struct, rename="camel"):
    """Publish a new version whose graph equals version `version`."""

    version: int
    message: str = ""


class RollbackResult(msgspec.Struct, rename="camel"):
    """`draftReset`: the draft had no unpublished changes and now holds the restored graph too."""

    version: VersionRead
    draft_reset: bool
    draft_revision: int


# -- templates -------------------------------------------------------------------------------


class ChangelogEntry(msgspec.Struct):
    version: str
    date: str
    changes: dict[str, str]


class TemplateSummary(msgspec.Struct, rename="camel"):
    key: str
    version: str
    name: dict[str, str]
    description: dict[str, str]
    industry: str
    operating_model: str
    node_count: int
    stage_count: int
    changelog: list[ChangelogEntry]


class TemplateRead(msgspec.Struct, rename="camel"):
    key: str
    version: str
    name: dict[str, str]
    description: dict[str, str]
    industry: str
    operating_model: str
    node_count: int
    stage_count: int
    changelog: list[ChangelogEntry]
    versions: list[str]  # every version the library holds, oldest first
    graph: dict[str, Any]


class InstantiateRequest(msgspec.Struct, rename="camel"):
    """Name and description default to the template's, in `locale`."""

    name: str | None = None
    description: str | None = None
    locale: Locale = "zh-CN"


class MergeConflict(msgspec.Struct, rename="camel"):
    """Changed both in the draft and in the template: `area` node/edge (by id), settings (by key)
    or document (a top-level field)."""

    area: Literal["node", "edge", "settings", "document"]
    key: str


class TemplateUpgradeRead(msgspec.Struct, rename="camel"):
    """What upgrading the journey to the newest template version would do.

    `templateDiff`: what the template changed between the two versions; `draftDiff`: what
    merging it would change in the current draft; `conflicts`: items changed on both sides
    (a merge keeps the draft's value for those)."""

    template_key: str
    current_version: str
    latest_version: str | None
    available: bool
    changelog: list[ChangelogEntry]  # entries newer than the current version, newest first
    template_diff: GraphDiff | None
    draft_diff: GraphDiff | None
    conflicts: list[MergeConflict]


class TemplateUpgradeRequest(msgspec.Struct, rename="camel"):
    """`merge` applies the template's changes to the draft (conflicts keep the draft's value);
    `replace` makes the draft the new template graph."""

    strategy: Literal["merge", "replace"] = "merge"
    revision: int | None = None


class TemplateUpgradeResult(msgspec.Struct, rename="camel"):
    from_version: str
    to_version: str
    strategy: Literal["merge", "replace"]
    conflicts: list[MergeConflict]
    draft: DraftRead
