"""Tag groups and tags of a workspace."""

from __future__ import annotations

import re

from litestar.exceptions import NotFoundException, ValidationException
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from journeys_app.domain.accounts.services.directory import Conflict
from journeys_app.domain.tags.models import CustomerTag, Tag, TagGroup

KEY_RE = re.compile(r"^[a-z0-9][a-z0-9_.:-]{0,63}$")


def check_key(key: str, field: str = "key") -> str:
    key = key.strip()
    if not KEY_RE.match(key):
        raise ValidationException(
            f"{field}: lower-case letters, digits and _ . : - (up to 64), e.g. interest:product_a",
            extra=[{"pointer": f"/{field}"}],
        )
    return key


async def create_group(db: AsyncSession, key: str, family: str, name_zh: str, name_en: str) -> TagGroup:
    key = check_key(key)
    if (await db.execute(select(TagGroup).where(TagGroup.key == key))).scalar_one_or_none():
        raise Conflict(f"tag group {key!r} already exists")
    group = TagGroup(key=key, family=family, name_zh=name_zh.strip()[:100], name_en=name_en.strip()[:100])
    db.add(group)
    await db.flush()
    return group


async def list_groups(db: AsyncSession) -> list[TagGroup]:
    return list((await db.execute(select(TagGroup).order_by(TagGroup.family, TagGroup.key))).scalars())


async def create_tag(db: AsyncSession, key: str, name_zh: str, name_en: str, group_key: str | None) -> Tag:
    key = check_key(key)
    if (await db.execute(select(Tag).where(Tag.key == key))).scalar_one_or_none():
        raise Conflict(f"tag {key!r} already exists")
    group_id = None
    if group_key:
        group = (await db.execute(select(TagGroup).where(TagGroup.key == group_key))).scalar_one_or_none()
        if group is None:
            raise ValidationException(
                f"groupKey: no tag group {group_key!r}", extra=[{"pointer": "/groupKey"}]
            )
        group_id = group.id
    tag = Tag(key=key, name_zh=name_zh.strip()[:100], name_en=name_en.strip()[:100], group_id=group_id)
    db.add(tag)
    await db.flush()
    return tag


async def list_tags(db: AsyncSession) -> list[tuple[Tag, TagGroup | None, int]]:
    counts = select(CustomerTag.tag_id, func.count().label("n")).group_by(CustomerTag.tag_id).subquery()
    rows = await db.execute(
        select(Tag, TagGroup, func.coalesce(counts.c.n, 0))
        .outerjoin(TagGroup, TagGroup.id == Tag.group_id)  # type: ignore[arg-type]
        .outerjoin(counts, counts.c.tag_id == Tag.id)
        .order_by(Tag.key)
    )
    return [(t, g, int(n)) for t, g, n in rows.all()]


async def existing_keys(db: AsyncSession, keys: set[str]) -> set[str]:
    if not keys:
        return set()
    return set((await db.execute(select(Tag.key).where(Tag.key.in_(sorted(keys))))).scalars())  # type: ignore[attr-defined]


async def require_tags(db: AsyncSession, keys: set[str], pointer: str) -> None:
    missing = keys - await existing_keys(db, keys)
    if missing:
        raise ValidationException(
            f"{pointer}: unknown tag(s) {', '.join(sorted(missing))}: create them first",
            extra=[{"pointer": pointer, "missing": sorted(missing)}],
        )


async def get_tag(db: AsyncSession, key: str) -> Tag:
    tag = (await db.execute(select(Tag).where(Tag.key == key))).scalar_one_or_none()
    if tag is None:
        raise NotFoundException(f"no tag {key!r}")
    return tag
