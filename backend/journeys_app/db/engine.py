"""The async SQLAlchemy engine, tuned for PostgreSQL (asyncpg) and the embedded SQLite file."""

from __future__ import annotations

from typing import Any

from sqlalchemy import event
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker, create_async_engine


def is_sqlite(url: str) -> bool:
    return url.startswith("sqlite")


def create_engine(url: str, *, echo: bool = False) -> AsyncEngine:
    kwargs: dict[str, Any] = {"echo": echo}
    if is_sqlite(url):
        # API and worker are separate processes writing the same file: WAL lets readers run
        # beside the writer, busy_timeout makes a writer wait instead of failing at once.
        kwargs["connect_args"] = {"timeout": 30}
        if url.rstrip("/") not in {"sqlite+aiosqlite:", "sqlite:"} and ":memory:" not in url:
            # One connection per process: sessions of this process queue for it (without
            # blocking the event loop) instead of busy-waiting inside SQLite for each other.
            kwargs.update(pool_size=1, max_overflow=0, pool_timeout=60)
    else:
        kwargs.update(pool_pre_ping=True, pool_size=10, max_overflow=10)
    engine = create_async_engine(url, **kwargs)
    if is_sqlite(url):

        @event.listens_for(engine.sync_engine, "connect")
        def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
            # We issue BEGIN ourselves (below), so the driver must not.
            dbapi_connection.isolation_level = None
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA busy_timeout=30000")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.close()

        @event.listens_for(engine.sync_engine, "begin")
        def _begin_immediate(conn: Any) -> None:
            # A deferred transaction that reads and then writes fails at once with "database is
            # locked" when another connection wrote in between (busy_timeout does not help there).
            # Taking the write lock up front makes concurrent writers queue instead of failing.
            conn.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


_SHARED: dict[tuple[str, int], AsyncEngine] = {}


def shared_engine(url: str) -> AsyncEngine:
    """The process's engine for `url` on the running event loop, created on first use.

    The API and the worker each use exactly one engine per process. For SQLite that means one
    connection per process: everything in the process queues for it (awaiting, without blocking
    the event loop) instead of two connections of one process waiting on each other's file lock.
    """
    import asyncio

    key = (url, id(asyncio.get_running_loop()))
    engine = _SHARED.get(key)
    if engine is None:
        engine = _SHARED[key] = create_engine(url)
    return engine


async def dispose_shared_engines() -> None:
    """Dispose the engines created on the running loop (each loop owns its connections)."""
    import asyncio

    loop_id = id(asyncio.get_running_loop())
    for key in [k for k in _SHARED if k[1] == loop_id]:
        await _SHARED.pop(key).dispose()


def create_session_maker(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    return async_sessionmaker(engine, expire_on_commit=False)
