"""Worker-side code of the system area: heartbeats and the ping job."""

from __future__ import annotations

import asyncio
import os
import socket
import uuid
from typing import Any

from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from journeys_app.db.base import utcnow
from journeys_app.db.scoping import scope_session
from journeys_app.domain.system.models import WorkerHeartbeat, WorkerPing
from journeys_app.domain.system.services import HEARTBEAT_INTERVAL_S
from journeys_app.logging_setup import get_logger

log = get_logger(__name__)


def new_worker_id() -> str:
    return f"{socket.gethostname()[:40]}-{os.getpid()}-{uuid.uuid4().hex[:8]}"


async def beat(sessions: async_sessionmaker[AsyncSession], worker_id: str) -> None:
    now = utcnow()
    async with sessions() as session:
        row = await session.get(WorkerHeartbeat, worker_id)
        if row is None:
            session.add(
                WorkerHeartbeat(
                    worker_id=worker_id,
                    hostname=socket.gethostname()[:255],
                    pid=os.getpid(),
                    started_at=now,
                    last_seen_at=now,
                )
            )
        else:
            row.last_seen_at = now
        await session.commit()


async def mark_stopped(sessions: async_sessionmaker[AsyncSession], worker_id: str) -> None:
    async with sessions() as session:
        await session.execute(
            update(WorkerHeartbeat).where(WorkerHeartbeat.worker_id == worker_id).values(stopped_at=utcnow())  # type: ignore[arg-type]
        )
        await session.commit()


async def heartbeat_loop(sessions: async_sessionmaker[AsyncSession], worker_id: str) -> None:
    """Beat every few seconds for as long as the worker lives; a failed beat is logged, not fatal."""
    while True:
        await asyncio.sleep(HEARTBEAT_INTERVAL_S)
        try:
            await beat(sessions, worker_id)
        except Exception as exc:
            log.warning("heartbeat failed", worker_id=worker_id, error=str(exc))


async def answer_ping(ctx: dict[str, Any], workspace_id: int, ping_id: str) -> str:
    """Mark a ping as answered. Idempotent: a retried job keeps the first answer."""
    sessions: async_sessionmaker[AsyncSession] = ctx["sessions"]
    async with sessions() as session:
        scope_session(session, workspace_id)
        ping = await session.get(WorkerPing, ping_id)
        if ping is None:
            log.warning("ping not found", ping_id=ping_id)
            return "missing"
        if ping.processed_at is None:
            ping.processed_at = utcnow()
            ping.processed_by = ctx["worker_id"]
            await session.commit()
    return "done"
