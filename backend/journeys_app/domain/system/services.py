"""Health checks and worker pings."""

from __future__ import annotations

import asyncio
import time
import uuid
from datetime import timedelta

from arq.connections import ArqRedis
from sqlalchemy import func, select, text
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from journeys_app import __version__
from journeys_app.db.base import utcnow
from journeys_app.domain.system.models import WorkerHeartbeat, WorkerPing
from journeys_app.domain.system.schemas import (
    CheckResult,
    HealthChecks,
    HealthReport,
    WorkerCheckResult,
    WorkerPingRead,
)
from journeys_app.queue import job_id

CHECK_TIMEOUT_S = 2.0
# A worker beats every HEARTBEAT_INTERVAL_S; three missed beats and it counts as gone.
HEARTBEAT_INTERVAL_S = 5.0
HEARTBEAT_STALE_AFTER = timedelta(seconds=3 * HEARTBEAT_INTERVAL_S)


async def _within(coro, seconds: float):  # type: ignore[no-untyped-def]
    """Wait at most `seconds` for `coro` without cancelling it.

    Cancelling a database call half-way can leave its connection holding a lock (SQLite) or a
    half-finished transaction; the shielded task finishes and cleans up on its own instead.
    """
    task = asyncio.ensure_future(coro)
    _BACKGROUND.add(task)
    task.add_done_callback(_BACKGROUND.discard)
    return await asyncio.wait_for(asyncio.shield(task), seconds)


_BACKGROUND: set[asyncio.Task] = set()  # type: ignore[type-arg]


def _short(exc: BaseException) -> str:
    message = str(getattr(exc, "orig", None) or exc).strip()
    return (message.splitlines()[0] if message else type(exc).__name__)[:300]


async def check_database(sessions: async_sessionmaker[AsyncSession]) -> CheckResult:
    started = time.perf_counter()

    async def probe() -> None:
        async with sessions() as session:
            await session.execute(text("SELECT 1"))

    try:
        await _within(probe(), CHECK_TIMEOUT_S)
    except TimeoutError:
        return CheckResult(status="down", detail=f"no answer within {CHECK_TIMEOUT_S:.0f}s")
    except Exception as exc:
        return CheckResult(status="down", detail=_short(exc))
    return CheckResult(status="ok", latency_ms=round((time.perf_counter() - started) * 1000, 2))


async def check_redis(arq: ArqRedis) -> CheckResult:
    started = time.perf_counter()
    try:
        await _within(arq.ping(), CHECK_TIMEOUT_S)
    except TimeoutError:
        return CheckResult(status="down", detail=f"no answer within {CHECK_TIMEOUT_S:.0f}s")
    except Exception as exc:
        return CheckResult(status="down", detail=_short(exc))
    return CheckResult(status="ok", latency_ms=round((time.perf_counter() - started) * 1000, 2))


async def check_workers(sessions: async_sessionmaker[AsyncSession]) -> WorkerCheckResult:
    started = time.perf_counter()
    since = utcnow() - HEARTBEAT_STALE_AFTER

    async def probe():  # type: ignore[no-untyped-def]
        async with sessions() as session:
            live, last = (
                await session.execute(
                    select(func.count(), func.max(WorkerHeartbeat.last_seen_at)).where(
                        WorkerHeartbeat.last_seen_at >= since,  # type: ignore[arg-type]
                        WorkerHeartbeat.stopped_at.is_(None),  # type: ignore[union-attr]
                    )
                )
            ).one()
            if not live:
                last = (await session.execute(select(func.max(WorkerHeartbeat.last_seen_at)))).scalar()
            return live, last

    try:
        live, last = await _within(probe(), CHECK_TIMEOUT_S)
    except TimeoutError:
        return WorkerCheckResult(
            status="down", detail=f"cannot read heartbeats: no answer within {CHECK_TIMEOUT_S:.0f}s"
        )
    except Exception as exc:
        return WorkerCheckResult(status="down", detail=f"cannot read heartbeats: {_short(exc)}")
    latency = round((time.perf_counter() - started) * 1000, 2)
    if live:
        return WorkerCheckResult(status="ok", latency_ms=latency, last_heartbeat_at=last, live_workers=live)
    detail = (
        "no worker has ever reported; start one with `journeys worker`"
        if last is None
        else f"no heartbeat for more than {HEARTBEAT_STALE_AFTER.seconds}s"
    )
    return WorkerCheckResult(status="down", detail=detail, latency_ms=latency, last_heartbeat_at=last)


async def health_report(sessions: async_sessionmaker[AsyncSession], arq: ArqRedis) -> HealthReport:
    database, redis_, worker = await asyncio.gather(
        check_database(sessions), check_redis(arq), check_workers(sessions)
    )
    ok = database.status == redis_.status == worker.status == "ok"
    return HealthReport(
        status="ok" if ok else "degraded",
        version=__version__,
        checks=HealthChecks(database=database, redis=redis_, worker=worker),
    )


def ping_view(ping: WorkerPing) -> WorkerPingRead:
    round_trip = None
    if ping.processed_at is not None:
        round_trip = round((ping.processed_at - ping.requested_at).total_seconds() * 1000, 2)
    return WorkerPingRead(
        id=ping.id,
        status="done" if ping.processed_at else "queued",
        requested_at=ping.requested_at,
        processed_at=ping.processed_at,
        processed_by=ping.processed_by,
        round_trip_ms=round_trip,
    )


async def create_ping(session: AsyncSession, arq: ArqRedis, queue_name: str) -> WorkerPing:
    """Record a ping and enqueue the job that answers it; committed before enqueueing."""
    ping = WorkerPing(id=uuid.uuid4().hex, requested_at=utcnow())  # workspace stamped by the scoped session
    session.add(ping)
    await session.commit()
    await arq.enqueue_job(
        "answer_ping", ping.workspace_id, ping.id, _job_id=job_id(queue_name, "ping", ping.id)
    )
    return ping


async def get_ping(session: AsyncSession, ping_id: str) -> WorkerPing | None:
    return await session.get(WorkerPing, ping_id)


async def live_worker_on_host(sessions: async_sessionmaker[AsyncSession], hostname: str) -> bool:
    """Whether a worker process on this host has beaten recently (the per-container probe)."""
    since = utcnow() - HEARTBEAT_STALE_AFTER
    async with sessions() as session:
        count = (
            await session.execute(
                select(func.count()).where(
                    WorkerHeartbeat.hostname == hostname,  # type: ignore[arg-type]
                    WorkerHeartbeat.last_seen_at >= since,  # type: ignore[arg-type]
                    WorkerHeartbeat.stopped_at.is_(None),  # type: ignore[union-attr]
                )
            )
        ).scalar_one()
    return bool(count)
