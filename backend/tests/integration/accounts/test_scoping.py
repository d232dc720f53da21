"""A session opened for one workspace cannot read or write another workspace's rows."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import delete, select, update

from journeys_app.db.base import utcnow
from journeys_app.db.engine import create_session_maker, shared_engine
from journeys_app.db.scoping import CrossWorkspaceWrite, scope_session
from journeys_app.domain.system.models import WorkerPing


@pytest.fixture
async def maker(settings):
    engine = shared_engine(settings.effective_database_url)
    yield create_session_maker(engine)


@pytest.fixture
async def pings(maker, tenants):
    """One ping per workspace, written through each workspace's own scoped session."""
    ids = {}
    for name, tenant in tenants.items():
        async with maker() as db:
            scope_session(db, tenant.workspace_id)
            ping = WorkerPing(id=uuid.uuid4().hex, requested_at=utcnow())
            db.add(ping)
            await db.commit()
            assert ping.workspace_id == tenant.workspace_id  # stamped on flush
            ids[name] = ping.id
    return ids


async def test_select_and_get_only_see_the_own_workspace(maker, tenants, pings):
    async with maker() as db:
        scope_session(db, tenants["a"].workspace_id)
        seen = set((await db.execute(select(WorkerPing.id))).scalars())
        assert pings["a"] in seen and pings["b"] not in seen
        assert await db.get(WorkerPing, pings["b"]) is None
        assert await db.get(WorkerPing, pings["a"]) is not None


async def test_update_and_delete_cannot_touch_another_workspace(maker, tenants, pings):
    async with maker() as db:
        scope_session(db, tenants["a"].workspace_id)
        await db.execute(
            update(WorkerPing).where(WorkerPing.id == pings["b"]).values(processed_by="intruder")
        )
        await db.execute(delete(WorkerPing).where(WorkerPing.id == pings["b"]))
        await db.commit()
    async with maker() as db:  # unscoped: the row is intact
        row = await db.get(WorkerPing, pings["b"])
        assert row is not None and row.processed_by is None


async def test_writing_a_row_of_another_workspace_is_refused(maker, tenants):
    async with maker() as db:
        scope_session(db, tenants["a"].workspace_id)
        db.add(WorkerPing(id=uuid.uuid4().hex, requested_at=utcnow(), workspace_id=tenants["b"].workspace_id))
        with pytest.raises(CrossWorkspaceWrite):
            await db.flush()
