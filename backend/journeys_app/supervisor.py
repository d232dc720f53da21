"""`journeys up`: one command that runs the whole product on this machine."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request

from journeys_app.db import migrate as migrations
from journeys_app.embedded_redis import EmbeddedRedis
from journeys_app.preflight import check_database, check_redis
from journeys_app.settings import Settings, redact_url

STOP_TIMEOUT_S = 15.0


def _say(message: str) -> None:
    print(f"journeys: {message}", file=sys.stderr, flush=True)


def _child(command: str, env: dict[str, str]) -> subprocess.Popen[bytes]:
    # A new session so Ctrl-C reaches only us; we stop the children in order.
    return subprocess.Popen(
        [sys.executable, "-m", "journeys_app.cli", command], env=env, start_new_session=True
    )


def _stop(children: list[subprocess.Popen[bytes]]) -> None:
    for proc in children:
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
    deadline = time.monotonic() + STOP_TIMEOUT_S
    for proc in children:
        try:
            proc.wait(timeout=max(0.1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def _wait_until_serving(url: str, api: subprocess.Popen[bytes], timeout: float = 60.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and api.poll() is None:
        try:
            with urllib.request.urlopen(url, timeout=2):
                return True
        except urllib.error.HTTPError:
            return True  # answering (503 until the worker's first heartbeat)
        except OSError:
            time.sleep(0.2)
    return False


async def _first_owner(db_url: str) -> tuple[str, str] | None:
    from journeys_app.db.engine import create_engine, create_session_maker
    from journeys_app.domain.accounts.services.bootstrap import ensure_first_owner

    engine = create_engine(db_url)
    try:
        async with create_session_maker(engine)() as db:
            return await ensure_first_owner(db)
    finally:
        await engine.dispose()


def _say_first_login(email: str, password: str) -> None:
    lines = [
        "First run: a workspace and its owner were created. Sign in with",
        f"  email:    {email}",
        f"  password: {password}",
        "This password is shown only now: change it under your account menu after signing in.",
    ]
    width = max(len(line) for line in lines)
    print(
        "\n".join(
            [
                "",
                "+" + "-" * (width + 2) + "+",
                *[f"| {line.ljust(width)} |" for line in lines],
                "+" + "-" * (width + 2) + "+",
                "",
            ]
        ),
        file=sys.stderr,
        flush=True,
    )


def run_everything(settings: Settings) -> int:
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ)
    env["JOURNEYS_DATA_DIR"] = str(settings.data_dir)
    env["JOURNEYS_HOST"] = settings.host
    env["JOURNEYS_PORT"] = str(settings.port)
    env["JOURNEYS_SECRET_KEY"] = settings.effective_secret_key()

    redis_server: EmbeddedRedis | None = None
    if settings.embedded_redis:
        redis_server = EmbeddedRedis(settings.data_dir)
        env["JOURNEYS_REDIS_URL"] = redis_server.start()
        _say(f"embedded Redis on {redis_server.socket}")
    redis_url = env.get("JOURNEYS_REDIS_URL") or settings.effective_redis_url
    db_url = settings.effective_database_url
    env["JOURNEYS_DATABASE_URL"] = db_url

    children: list[subprocess.Popen[bytes]] = []
    stopping = False

    def on_signal(signum: int, _frame: object) -> None:
        nonlocal stopping
        stopping = True

    previous = {s: signal.signal(s, on_signal) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        asyncio.run(check_database(db_url))
        asyncio.run(check_redis(redis_url))
        _say(f"database {redact_url(db_url)}")
        migrations.upgrade(db_url)
        _say("migrations applied")
        first = asyncio.run(_first_owner(db_url))
        children.append(_child("worker", env))
        api = _child("serve", env)
        children.append(api)
        base = f"http://{settings.host}:{settings.port}"
        if _wait_until_serving(f"{base}/api/v1/health", api):
            _say(f"ready: open {base}  (API docs {base}/schema; stop with Ctrl-C)")
            if first:
                _say_first_login(*first)
        while not stopping:
            for proc in children:
                if proc.poll() is not None:
                    name = "worker" if proc is children[0] else "API server"
                    _say(f"the {name} exited with code {proc.returncode}; stopping everything")
                    return 1
            time.sleep(0.2)
        _say("stopping")
        return 0
    finally:
        _stop(children)
        if redis_server:
            redis_server.stop()
        for s, handler in previous.items():
            signal.signal(s, handler)
