"""Putting tags on customers and taking them off, each change recorded as an internal event.

`tag.added` / `tag.removed` events are what journeys react to (a tag moves a customer to the
matching stage). Internal events carry a deterministic id, so re-running the same change is a
no-op, never a second event.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from journeys_app.db.base import utcnow
from journeys_app.domain.events.models import Event
from journeys_app.domain.tags.models import CustomerTag, Tag


@dataclass(frozen=True)
class TagChange:
    tag_key: str
    added: bool


async def tag_keys_of(db: AsyncSession, customer_id: int) -> set[str]:
    rows = await db.execute(
        select(Tag.key)
        .join(CustomerTag, CustomerTag.tag_id == Tag.id)
        .where(CustomerTag.customer_id == customer_id)  # type: ignore[arg-type]
    )
    return set(rows.scalars())


async def tags_by_key(db: AsyncSession, keys: set[str]) -> dict[str, Tag]:
    if not keys:
        return {}
    rows = await db.execute(select(Tag).where(Tag.key.in_(sorted(keys))))  # type: ignore[attr-defined]
    return {t.key: t for t in rows.scalars()}


def _internal_event(
    customer_id: int, tag: Tag, added: bool, source: str, source_ref: str | None, cause: str
) -> Event:
    now = utcnow()
    kind = "tag.added" if added else "tag.removed"
    digest = hashlib.sha256(cause.encode()).hexdigest()[:24]
    return Event(
        event_id=f"{kind}:{customer_id}:{tag.key}:{digest}"[:128],
        type=kind,
        customer_id=customer_id,
        properties={"tag": tag.key, "source": source, "source_ref": source_ref},
        payload_hash="internal",
        source="internal",
        occurred_at=now,
        received_at=now,
        processed_at=None,
    )


async def change_tags(
    db: AsyncSession,
    customer_id: int,
    *,
    add: set[str] = frozenset(),  # type: ignore[assignment]
    remove: set[str] = frozenset(),  # type: ignore[assignment]
    source: str,
    source_ref: str | None,
    cause: str,
) -> list[TagChange]:
    """Apply the changes that are not already true; `cause` makes the internal event ids unique
    per triggering input (an event id, a manual action id), so replays add nothing."""
    current = await tag_keys_of(db, customer_id)
    wanted_add = set(add) - current
    wanted_remove = (set(remove) & current) - set(add)
    tags = await tags_by_key(db, wanted_add | wanted_remove)
    unknown = (wanted_add | wanted_remove) - set(tags)
    if unknown:
        raise LookupError(f"unknown tag(s): {', '.join(sorted(unknown))}")
    changes: list[TagChange] = []
    for key in sorted(wanted_add):
        tag = tags[key]
        db.add(CustomerTag(customer_id=customer_id, tag_id=tag.id, source=source, source_ref=source_ref))  # type: ignore[arg-type]
        db.add(_internal_event(customer_id, tag, True, source, source_ref, cause))
        changes.append(TagChange(key, True))
    for key in sorted(wanted_remove):
        tag = tags[key]
        await db.execute(
            delete(CustomerTag).where(CustomerTag.customer_id == customer_id, CustomerTag.tag_id == tag.id)
        )  # type: ignore[arg-type]
        db.add(_internal_event(customer_id, tag, False, source, source_ref, cause))
        changes.append(TagChange(key, False))
    await db.flush()
    return changes
