"""No code path changes a published version: the ORM refuses updates and deletes, one by one or in bulk."""

from __future__ import annotations

import pytest
from sqlalchemy import delete, select, update

from journeys_app.db.engine import create_session_maker, shared_engine
from journeys_app.db.scoping import scope_session
from journeys_app.domain.journeys.models import ImmutableVersionError, JourneyVersion
from tests.integration.journeys.conftest import create_journey, publish, sample_graph


async def _version(db, journey_id: int) -> JourneyVersion:
    query = select(JourneyVersion).where(JourneyVersion.journey_id == journey_id)
    return (await db.execute(query.execution_options(populate_existing=True))).scalar_one()


async def test_the_mapper_refuses_to_update_or_delete_a_version(marketer, settings, tenants):
    journey = await create_journey(marketer, graph=sample_graph())
    published = await publish(marketer, journey["id"], "original message")
    sessions = create_session_maker(shared_engine(settings.effective_database_url))

    async with sessions() as db:
        scope_session(db, tenants["a"].workspace_id)
        version = await _version(db, journey["id"])
        version.message = "rewritten history"
        with pytest.raises(ImmutableVersionError, match="immutable"):
            await db.commit()
        await db.rollback()

    async with sessions() as db:
        version = await _version(db, journey["id"])
        version.graph = {"nodes": [], "edges": []}
        with pytest.raises(ImmutableVersionError):
            await db.flush()
        await db.rollback()

    async with sessions() as db:
        version = await _version(db, journey["id"])
        await db.delete(version)
        with pytest.raises(ImmutableVersionError, match="cannot be deleted"):
            await db.flush()
        await db.rollback()

    async with sessions() as db:
        with pytest.raises(ImmutableVersionError, match="bulk"):
            await db.execute(
                update(JourneyVersion).where(JourneyVersion.journey_id == journey["id"]).values(message="x")
            )
        await db.rollback()
        with pytest.raises(ImmutableVersionError, match="bulk"):
            await db.execute(delete(JourneyVersion).where(JourneyVersion.journey_id == journey["id"]))
        await db.rollback()

    after = (await marketer.get(f"/api/v1/journeys/{journey['id']}/versions/1")).json()
    assert after == published
