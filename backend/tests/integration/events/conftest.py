"""Fixtures for the events area: a real HTTP server (true concurrency) and workspace helpers."""

from __future__ import annotations

import asyncio
import socket
import threading
import time
from collections.abc import AsyncIterator, Iterator

import httpx
import pytest
import uvicorn

from journeys_app.app import create_app
from journeys_app.db.engine import create_session_maker, shared_engine
from journeys_app.db.scoping import scope_session


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def live_url(settings) -> Iterator[str]:
    """The real app behind uvicorn on its own thread and loop: requests really run concurrently."""
    port = _free_port()
    server = uvicorn.Server(
        uvicorn.Config(
            create_app(settings, configure_logs=False),
            host="127.0.0.1",
            port=port,
            log_config=None,
            lifespan="on",
        )
    )
    thread = threading.Thread(target=server.run, name="test-api", daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert time.monotonic() < deadline, "test server did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(20)


@pytest.fixture
async def http(live_url) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(base_url=live_url, timeout=60) as client:
        yield client


@pytest.fixture
def workspace_db(settings):
    """Open a session scoped to a workspace: `async with workspace_db(ws_id) as db`."""

    def open_(workspace_id: int):
        session = create_session_maker(shared_engine(settings.effective_database_url))()
        scope_session(session, workspace_id)
        return session

    return open_


async def wait_until(predicate, timeout: float = 20.0, interval: float = 0.1):  # type: ignore[no-untyped-def]
    deadline = asyncio.get_running_loop().time() + timeout
    while True:
        value = await predicate()
        if value:
            return value
        if asyncio.get_running_loop().time() > deadline:
            return value
        await asyncio.sleep(interval)
