"""Shared fixtures. The backend suite runs once per database: `pytest --db sqlite|postgres`.

PostgreSQL: a fresh database is created on JOURNEYS_TEST_POSTGRES_URL's server (default
postgresql://postgres@127.0.0.1:5432/postgres) and dropped afterwards.
Redis: the real server at 127.0.0.1:6379, database 14 for the SQLite pass and 15 for the
PostgreSQL pass (override with JOURNEYS_TEST_REDIS_URL), with a queue name unique to the run so
parallel runs never steal each other's jobs. A pass owns its Redis database: tests may flush it.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import threading
import uuid
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import asyncpg
import pytest
from arq.worker import Worker
from litestar.testing import AsyncTestClient
from redis.asyncio import Redis

from journeys_app.app import create_app
from journeys_app.db import migrate
from journeys_app.settings import Settings
from journeys_app.worker.settings import worker_settings

PG_ADMIN_URL = os.environ.get("JOURNEYS_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/postgres")
REDIS_URL = os.environ.get("JOURNEYS_TEST_REDIS_URL", "redis://127.0.0.1:6379/0")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--db",
        choices=["sqlite", "postgres"],
        default="sqlite",
        help="database the backend suite runs against",
    )


def pytest_report_header(config: pytest.Config) -> str:
    return f"journeys database backend: {config.getoption('--db')}"


@pytest.fixture(scope="session")
def db_kind(pytestconfig: pytest.Config) -> str:
    return pytestconfig.getoption("--db")


async def _pg_admin(sql: str) -> None:
    conn = await asyncpg.connect(PG_ADMIN_URL)
    try:
        await conn.execute(sql)
    finally:
        await conn.close()


def _pg_url(name: str) -> str:
    base = PG_ADMIN_URL.rsplit("/", 1)[0]
    return f"{base.replace('postgresql://', 'postgresql+asyncpg://', 1)}/{name}"


@contextlib.contextmanager
def fresh_database_url(db_kind: str, directory: Path) -> Iterator[str]:
    """A new, empty database of the requested kind; dropped afterwards."""
    if db_kind == "sqlite":
        yield f"sqlite+aiosqlite:///{directory / f'test-{uuid.uuid4().hex[:8]}.db'}"
        return
    name = f"journeys_test_{uuid.uuid4().hex[:12]}"
    asyncio.run(_pg_admin(f'CREATE DATABASE "{name}"'))
    try:
        yield _pg_url(name)
    finally:
        asyncio.run(_pg_admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


@pytest.fixture(scope="session")
def database_url(db_kind: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with fresh_database_url(db_kind, tmp_path_factory.mktemp("db")) as url:
        migrate.upgrade(url)
        yield url


def pass_redis_url(db_kind: str) -> str:
    return (
        os.environ.get("JOURNEYS_TEST_REDIS_URL")
        or f"redis://127.0.0.1:6379/{14 if db_kind == 'sqlite' else 15}"
    )


@pytest.fixture(scope="session")
def settings(database_url: str, db_kind: str, tmp_path_factory: pytest.TempPathFactory) -> Settings:
    return Settings(
        data_dir=tmp_path_factory.mktemp("data"),
        database_url=database_url,
        redis_url=pass_redis_url(db_kind),
        secret_key="test-secret-key",
        queue_name=f"journeys-test-{uuid.uuid4().hex[:8]}:queue",
        spa_dir=tmp_path_factory.mktemp("spa-not-built"),
    )


@pytest.fixture(scope="session", autouse=True)
async def _clean_redis_keys(settings: Settings) -> AsyncIterator[None]:
    yield
    from journeys_app.db.engine import dispose_shared_engines

    await dispose_shared_engines()
    redis = Redis.from_url(settings.effective_redis_url)
    try:
        keys = [k async for k in redis.scan_iter(match=f"{settings.queue_name}*")]
        for prefix in ("arq:job:", "arq:result:", "arq:in-progress:", "arq:retry:"):
            keys += [k async for k in redis.scan_iter(match=f"{prefix}{settings.queue_name}*")]
        if keys:
            await redis.delete(*keys)
    finally:
        await redis.aclose()


@pytest.fixture
async def client(settings: Settings) -> AsyncIterator[AsyncTestClient]:
    app = create_app(settings, configure_logs=False)
    async with AsyncTestClient(app=app) as test_client:
        yield test_client


@contextlib.asynccontextmanager
async def start_worker(settings: Settings) -> AsyncIterator[Worker]:
    """A real arq worker consuming this run's queue, until the block ends.

    It runs on its own thread and event loop, as a worker process would: Litestar's test client
    blocks the test's loop while a request is handled, so a worker on that loop would freeze.
    """
    from journeys_app.db.engine import dispose_shared_engines

    cls = worker_settings(settings)
    ready = threading.Event()
    box: dict[str, Any] = {}

    async def main() -> None:
        worker = Worker(
            functions=cls.functions,
            redis_settings=cls.redis_settings,
            queue_name=cls.queue_name,
            ctx=dict(cls.ctx),
            on_startup=cls.on_startup,
            on_shutdown=cls.on_shutdown,
            poll_delay=cls.poll_delay,
            health_check_interval=cls.health_check_interval,
            health_check_key=cls.health_check_key,
            cron_jobs=cls.cron_jobs,
            handle_signals=False,
        )
        stop = asyncio.Event()
        box.update(worker=worker, loop=asyncio.get_running_loop(), stop=stop)
        task = asyncio.create_task(worker.async_run())
        while "worker_id" not in worker.ctx and not task.done():  # noqa: ASYNC110 (arq has no startup event)
            await asyncio.sleep(0.02)
        ready.set()
        await stop.wait()
        # Like a SIGTERM in production (job_completion_wait): let running jobs finish first.
        pending = [t for t in worker.tasks.values() if not t.done()]
        if pending:
            await asyncio.wait(pending, timeout=cls.job_completion_wait)
        await worker.close()
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError, Exception):
            await task
        await dispose_shared_engines()

    thread = threading.Thread(target=lambda: asyncio.run(main()), name="test-worker", daemon=True)
    thread.start()
    assert await asyncio.to_thread(ready.wait, 20), "the worker did not start"
    try:
        yield box["worker"]
    finally:
        box["loop"].call_soon_threadsafe(box["stop"].set)
        await asyncio.to_thread(thread.join, 40)


@pytest.fixture
async def running_worker(settings: Settings) -> AsyncIterator[Worker]:
    async with start_worker(settings) as worker:
        yield worker


# -- accounts: two workspaces with a member of every role and a key of every scope -------------

PASSWORD = "correct horse battery"


@dataclass
class Tenant:
    slug: str
    workspace_id: int
    users: dict[str, tuple[str, int]] = field(default_factory=dict)  # role -> (email, user id)
    keys: dict[str, str] = field(default_factory=dict)  # scope -> secret

    def email(self, role: str) -> str:
        return self.users[role][0]

    def bearer(self, scope: str) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.keys[scope]}"}


@pytest.fixture(scope="session")
async def tenants(settings: Settings) -> dict[str, Tenant]:
    from journeys_app.db.engine import create_session_maker, shared_engine
    from journeys_app.domain.accounts.roles import Role, Scope
    from journeys_app.domain.accounts.services import api_keys, directory

    engine = shared_engine(settings.effective_database_url)
    made: dict[str, Tenant] = {}
    async with create_session_maker(engine)() as db:
        for name in ("a", "b"):
            ws = await directory.create_workspace(
                db, f"brand-{name}-{uuid.uuid4().hex[:6]}", f"Brand {name.upper()}"
            )
            tenant = Tenant(slug=ws.slug, workspace_id=ws.id)  # type: ignore[arg-type]
            for role in Role:
                user = await directory.create_user(
                    db, f"{role.value}@{ws.slug}.test", PASSWORD, f"{role.value} {name}"
                )
                await directory.set_membership(db, ws.id, user.id, role)  # type: ignore[arg-type]
                tenant.users[role.value] = (user.email, user.id)  # type: ignore[assignment]
            await db.commit()
            for scope in Scope:
                _key, secret = await api_keys.create(
                    db, ws.id, f"{scope.value} key", [scope.value], actor_label="tests"
                )  # type: ignore[arg-type]
                tenant.keys[scope.value] = secret
            made[name] = tenant
    return made


async def sign_in(client: AsyncTestClient, email: str, password: str = PASSWORD) -> dict:
    """Sign the client in; returns the /auth/login body and sets the CSRF header for later calls."""
    resp = await client.post("/api/v1/auth/login", json={"email": email, "password": password})
    assert resp.status_code == 200, resp.text
    body = resp.json()
    client.headers["X-CSRF-Token"] = body["csrfToken"]
    return body


@pytest.fixture
async def clients(settings: Settings) -> AsyncIterator:
    async with contextlib.AsyncExitStack() as stack:

        async def make() -> AsyncTestClient:
            return await stack.enter_async_context(
                AsyncTestClient(app=create_app(settings, configure_logs=False))
            )

        yield make
