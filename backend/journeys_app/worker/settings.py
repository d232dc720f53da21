"""arq WorkerSettings: jobs, shared clients in ctx, heartbeats."""

from __future__ import annotations

import asyncio
import contextlib
from typing import Any, ClassVar

from arq import cron, func
from arq.connections import RedisSettings

from journeys_app.db.engine import create_session_maker, shared_engine
from journeys_app.domain.events.jobs import process_customer, sweep_unprocessed
from journeys_app.domain.imports.jobs import run_import
from journeys_app.domain.system.jobs import answer_ping, beat, heartbeat_loop, mark_stopped, new_worker_id
from journeys_app.domain.tags.jobs import backfill_rule, run_time_based_rules
from journeys_app.logging_setup import get_logger
from journeys_app.queue import redis_settings as make_redis_settings
from journeys_app.settings import Settings

log = get_logger(__name__)


async def startup(ctx: dict[str, Any]) -> None:
    settings: Settings = ctx["settings"]
    engine = shared_engine(settings.effective_database_url)
    ctx["engine"] = engine
    ctx["sessions"] = create_session_maker(engine)
    worker_id = new_worker_id()
    await beat(ctx["sessions"], worker_id)  # visible in /api/v1/health from the first moment
    ctx["heartbeat"] = asyncio.create_task(heartbeat_loop(ctx["sessions"], worker_id))
    ctx["worker_id"] = worker_id
    log.info("worker started", worker_id=ctx["worker_id"], queue=settings.queue_name)


async def shutdown(ctx: dict[str, Any]) -> None:
    task: asyncio.Task[None] | None = ctx.get("heartbeat")
    if task:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
    if "sessions" in ctx:
        with contextlib.suppress(Exception):
            await mark_stopped(ctx["sessions"], ctx["worker_id"])
    if "engine" in ctx:
        await ctx["engine"].dispose()
    log.info("worker stopped", worker_id=ctx.get("worker_id"))


def worker_settings(settings: Settings) -> type:
    """Build the WorkerSettings class arq expects, bound to these settings."""

    class WorkerSettings:
        functions: ClassVar[list[Any]] = [
            answer_ping,
            # keep_result=0: the job id `customer:<ws>:<id>` is free again as soon as a drain ends,
            # so the next event rings the bell instead of being deduplicated for an hour.
            func(process_customer, keep_result=0, max_tries=10),
            func(backfill_rule, max_tries=10, timeout=3600),
            func(run_import, max_tries=5, timeout=3600),
        ]
        cron_jobs: ClassVar[list[Any]] = [
            # unique across workers: one sweep per tick however many workers run
            cron(sweep_unprocessed, second=set(range(0, 60, 5)), run_at_startup=True, timeout=60),
            cron(run_time_based_rules, minute={0}, second={30}, timeout=3000),
        ]
        redis_settings: ClassVar[RedisSettings] = make_redis_settings(settings.effective_redis_url)
        queue_name = settings.queue_name
        ctx: ClassVar[dict[str, Any]] = {"settings": settings}
        poll_delay = 0.1
        health_check_interval = 10
        health_check_key = f"{settings.queue_name}:health-check"
        max_tries = 5
        job_timeout = 300
        keep_result = 3600
        # On SIGTERM let running jobs finish (up to 20 s) instead of cancelling them mid-write.
        job_completion_wait = 20
        on_startup = staticmethod(startup)
        on_shutdown = staticmethod(shutdown)

    return WorkerSettings
