"""The workspace's reference catalog: which tags, channels, message templates and coupons exist.

A graph's references are checked only for the kinds the workspace has tables for. None exist yet
(tags arrive with issue 5; channels, message templates and coupons later), so every kind is left
unchecked (`None`). When a kind's table lands, fill its set here: validate, publish, rollback and
the template upgrade all take the catalog from this one function.
"""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from journeys_app.domain.journeys.graph import ReferenceCatalog


async def workspace_catalog(db: AsyncSession) -> ReferenceCatalog | None:
    del db  # queried once the tag/channel/template/coupon tables exist
    return None
