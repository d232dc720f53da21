"""The template library as a product-team workflow: list, instantiate, upgrade, export.

A journey created from a template remembers its key, version and graph. When the library holds a
newer version, the upgrade merges the template's changes into the draft (three-way, see
merge.py) or replaces the draft. Any journey can be exported as a template file with a bumped
version and a changelog entry, for review in git.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any, Literal

from litestar.exceptions import NotFoundException, ValidationException
from sqlalchemy.ext.asyncio import AsyncSession

from journeys_app.domain.journeys.graph import ReferenceCatalog, diff_graphs
from journeys_app.domain.journeys.models import Journey
from journeys_app.domain.journeys.schemas import (
    ChangelogEntry,
    DraftRead,
    MergeConflict,
    TemplateRead,
    TemplateSummary,
    TemplateUpgradeRead,
    TemplateUpgradeResult,
)
from journeys_app.domain.journeys.services import drafts, journeys, versions
from journeys_app.domain.journeys.services.errors import Conflict, GraphRejected
from journeys_app.domain.journeys.services.journeys import Actor
from journeys_app.domain.journeys.services.merge import merge_graphs
from journeys_app.domain.journeys.templates import (
    JourneyTemplate,
    TemplateError,
    TemplateLibrary,
    TemplateNotFound,
    bump_version,
    load_library,
    parse_version,
    validate_template,
)
from journeys_app.logging_setup import get_logger

log = get_logger(__name__)
_KEY = re.compile(r"^[a-z][a-z0-9_]{1,63}$")


def library() -> TemplateLibrary:
    return load_library()


def library_for_reads() -> TemplateLibrary:
    """The library, or an empty one when it cannot be loaded: a broken template file must not
    take journey pages down (they just show no upgrade); the template routes still fail loudly."""
    try:
        return load_library()
    except TemplateError as exc:
        log.error("template library cannot be loaded", error=str(exc))
        return TemplateLibrary([])


def get_template(lib: TemplateLibrary, key: str) -> JourneyTemplate:
    try:
        return lib.get(key)
    except TemplateNotFound:
        raise NotFoundException(f"no template '{key}' in the library") from None


def _changelog(entries: list[dict[str, Any]]) -> list[ChangelogEntry]:
    return [ChangelogEntry(version=e["version"], date=e["date"], changes=dict(e["changes"])) for e in entries]


def _counts(template: JourneyTemplate) -> tuple[int, int]:
    nodes = template.graph.get("nodes", [])
    return len(nodes), sum(1 for n in nodes if n.get("type") == "stage")


def summary(template: JourneyTemplate) -> TemplateSummary:
    node_count, stage_count = _counts(template)
    return TemplateSummary(
        key=template.key,
        version=template.version,
        name=dict(template.name),
        description=dict(template.description),
        industry=template.industry,
        operating_model=template.operating_model,
        node_count=node_count,
        stage_count=stage_count,
        changelog=_changelog(template.changelog),
    )


def read(lib: TemplateLibrary, key: str) -> TemplateRead:
    template = get_template(lib, key)
    node_count, stage_count = _counts(template)
    return TemplateRead(
        key=template.key,
        version=template.version,
        name=dict(template.name),
        description=dict(template.description),
        industry=template.industry,
        operating_model=template.operating_model,
        node_count=node_count,
        stage_count=stage_count,
        changelog=_changelog(template.changelog),
        versions=[t.version for t in lib.versions(key)],
        graph=template.graph_copy(),
    )


async def instantiate(
    db: AsyncSession,
    actor: Actor,
    lib: TemplateLibrary,
    key: str,
    *,
    name: str | None = None,
    description: str | None = None,
    locale: str = "zh-CN",
) -> Journey:
    """A new journey whose draft is the template's graph; it remembers key, version and graph."""
    template = get_template(lib, key)
    return await journeys.create(
        db,
        actor,
        name=name if name and name.strip() else template.name[locale][: journeys.NAME_MAX],
        description=description if description is not None else template.description[locale],
        template=template,
    )


# -- upgrade ---------------------------------------------------------------------------------


def _upstream(lib: TemplateLibrary, journey: Journey) -> JourneyTemplate | None:
    if journey.template_key is None:
        raise Conflict(f"journey {journey.id} was not created from a template")
    try:
        return lib.get(journey.template_key)
    except TemplateNotFound:
        return None


def _newer(latest: JourneyTemplate | None, journey: Journey) -> bool:
    return latest is not None and latest.version_tuple > parse_version(journey.template_version or "0.0.0")


def _conflicts(found: list[Any]) -> list[MergeConflict]:
    return [MergeConflict(area=c.area, key=c.key) for c in found]


async def upgrade_status(db: AsyncSession, lib: TemplateLibrary, journey_id: int) -> TemplateUpgradeRead:
    journey, draft = await journeys.get_with_draft(db, journey_id)
    latest = _upstream(lib, journey)
    current = journey.template_version or "0.0.0"
    if not _newer(latest, journey):
        return TemplateUpgradeRead(
            template_key=journey.template_key or "",
            current_version=current,
            latest_version=latest.version if latest else None,
            available=False,
            changelog=[],
            template_diff=None,
            draft_diff=None,
            conflicts=[],
        )
    assert latest is not None
    base = journey.template_graph or {}
    merged, conflicts = merge_graphs(base, latest.graph, draft.graph)
    newer = [e for e in latest.changelog if parse_version(e["version"]) > parse_version(current)]
    return TemplateUpgradeRead(
        template_key=latest.key,
        current_version=current,
        latest_version=latest.version,
        available=True,
        changelog=_changelog(newer),
        template_diff=diff_graphs(base, latest.graph),
        draft_diff=diff_graphs(draft.graph, merged),
        conflicts=_conflicts(conflicts),
    )


async def apply_upgrade(
    db: AsyncSession,
    actor: Actor,
    lib: TemplateLibrary,
    journey_id: int,
    *,
    strategy: Literal["merge", "replace"],
    revision: int | None,
    catalog: ReferenceCatalog | None,
) -> TemplateUpgradeResult:
    """Take the newest template version into the draft; the journey then remembers that version."""
    journey, draft = await journeys.lock(db, journey_id)
    journeys.ensure_writable(journey)
    drafts.check_revision(draft, revision)
    latest = _upstream(lib, journey)
    if latest is None:
        raise Conflict(f"template '{journey.template_key}' is no longer in the library")
    if not _newer(latest, journey):
        raise Conflict(f"journey {journey_id} is already on the newest version {latest.version}")
    from_version = journey.template_version or "0.0.0"
    if strategy == "replace":
        graph, conflicts = latest.graph_copy(), []
    else:
        graph, conflicts = merge_graphs(journey.template_graph or {}, latest.graph, draft.graph)
    drafts.replace_graph(journey, draft, graph, actor)
    journey.template_version = latest.version
    journey.template_graph = latest.graph_copy()
    live = await journeys.live_checksum(db, journey)
    await db.commit()
    draft_view: DraftRead = drafts.view(journey, draft, live, catalog)
    return TemplateUpgradeResult(
        from_version=from_version,
        to_version=latest.version,
        strategy=strategy,
        conflicts=_conflicts(conflicts),
        draft=draft_view,
    )


# -- export ----------------------------------------------------------------------------------


def _slug(name: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_")
    if slug and not slug[0].isalpha():
        slug = f"journey_{slug}"
    return slug[:64]


async def export_template(
    db: AsyncSession,
    lib: TemplateLibrary,
    journey_id: int,
    *,
    source: str | None,
    bump: Literal["major", "minor", "patch"],
    key: str | None,
    changes_en: str | None,
    changes_zh: str | None,
) -> dict[str, Any]:
    """The template file (as in journeys/templates/KEY.json) of a journey's live version, another
    version or the draft (`source`), with a bumped version and a new changelog entry on top.

    The key defaults to the journey's template (or a slug of its name). When the library already
    holds that key, the version is bumped from the library's newest version and its changelog is
    kept below the new entry, so the file replaces KEY.json in a reviewable commit."""
    journey = await journeys.get(db, journey_id)
    ref = versions.parse_ref(source, "version")
    if ref is None and journey.live_version is None:
        ref = versions.DRAFT
    graph = await versions.graph_at(db, journey, ref)
    label = "draft" if ref == versions.DRAFT else f"version {ref or journey.live_version}"

    if key is not None and key.strip():
        key = key.strip()
        if not _KEY.match(key):
            raise ValidationException(f"key: lower-case letters, digits and _, 2-64 characters, not {key!r}")
    else:
        slug = _slug(journey.name)
        key = journey.template_key or (slug if _KEY.match(slug) else f"journey_{journey_id}")
    existing: JourneyTemplate | None
    try:
        existing = lib.get(key)
    except TemplateNotFound:
        existing = None
    if existing is not None:
        version = bump_version(existing.version, bump)
        older = existing.changelog
        name, description = existing.name, existing.description
        industry, operating_model = existing.industry, existing.operating_model
    else:
        base = journey.template_version if journey.template_key == key and journey.template_version else None
        version = bump_version(base, bump) if base else "1.0.0"
        older = []
        name = {"zh-CN": journey.name, "en": journey.name}
        text = (journey.description or journey.name)[:1000]
        description = {"zh-CN": text, "en": text}
        industry, operating_model = "general", "any"
    entry = {
        "version": version,
        "date": datetime.now(UTC).date().isoformat(),
        "changes": {
            "zh-CN": (changes_zh or "").strip() or f"由旅程“{journey.name}”（{_zh_label(label)}）导出。",
            "en": (changes_en or "").strip() or f"Exported from journey “{journey.name}” ({label}).",
        },
    }
    doc = {
        "key": key,
        "version": version,
        "changelog": [entry, *older],
        "name": dict(name),
        "description": dict(description),
        "industry": industry,
        "operating_model": operating_model,
        "graph": graph,
    }
    errors = validate_template(doc, f"{key}.json")
    if errors:
        raise GraphRejected(errors, f"the journey's {label} cannot be saved as a template")
    return doc


def _zh_label(label: str) -> str:
    return "草稿" if label == "draft" else label.replace("version ", "版本 ")
