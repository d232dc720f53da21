"""Worker side of the imports area: apply an uploaded CSV file, CHUNK rows per transaction."""

from __future__ import annotations

from itertools import islice
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from journeys_app.db.base import utcnow
from journeys_app.db.scoping import scope_session
from journeys_app.domain.events.jobs import enqueue_customers
from journeys_app.domain.imports.models import Import
from journeys_app.domain.imports.services import apply_customers, apply_orders, record, rows
from journeys_app.logging_setup import get_logger

log = get_logger(__name__)
CHUNK = 500
MAX_TRIES = 5


async def run_import(ctx: dict[str, Any], workspace_id: int, import_id: int) -> str:
    """Apply an import. Each chunk commits its rows' effects together with the progress counters,
    so `GET /imports/{id}` shows progress and a retry resumes after `processed_rows` exactly.
    Row effects are idempotent (identities, traits, tags, orders by order_id), so even a replayed
    chunk changes nothing twice."""
    sessions: async_sessionmaker[AsyncSession] = ctx["sessions"]
    async with sessions() as db:
        scope_session(db, workspace_id)
        run = await db.get(Import, import_id)
        if run is None or run.status in ("done", "failed"):
            return "nothing to do"
        run.status = "running"
        kind, text, start = run.kind, run.content, run.processed_rows
        await db.commit()
    apply = apply_customers if kind == "customers" else apply_orders
    remaining = islice(rows(text), start, None)
    try:
        while chunk := list(islice(remaining, CHUNK)):
            async with sessions() as db:
                scope_session(db, workspace_id)
                run = await db.get(Import, import_id)
                result = await apply(db, import_id, chunk)
                record(run, result, len(chunk))  # type: ignore[arg-type]
                await db.commit()
            if kind == "customers" and result.touched:
                # tag changes are internal events: let the rules (and later journeys) react to them
                await enqueue_customers(
                    ctx["redis"], ctx["settings"].queue_name, workspace_id, result.touched
                )
    except Exception as exc:
        if ctx.get("job_try", 1) < MAX_TRIES:
            raise  # arq retries; the next try resumes after the last committed chunk
        log.exception("import failed", import_id=import_id)
        async with sessions() as db:
            scope_session(db, workspace_id)
            run = await db.get(Import, import_id)
            run.status, run.error, run.finished_at = "failed", str(exc)[:2000], utcnow()  # type: ignore[union-attr]
            await db.commit()
        return "failed"
    async with sessions() as db:
        scope_session(db, workspace_id)
        run = await db.get(Import, import_id)
        run.status, run.finished_at = "done", utcnow()  # type: ignore[union-attr]
        await db.commit()
    log.info("import done", import_id=import_id, rows=run.processed_rows)  # type: ignore[union-attr]
    return "done"
