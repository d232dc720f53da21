"""The `journeys` command as a user runs it: real processes, real ports, real services."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid
from pathlib import Path

import pytest

from tests.conftest import REDIS_URL, fresh_database_url

JOURNEYS = [sys.executable, "-m", "journeys_app.cli"]


def _env(**overrides: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("JOURNEYS_")}
    env.update(overrides)
    return env


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _health(port: int) -> tuple[int, dict] | None:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/v1/health", timeout=2) as resp:
            return resp.status, json.loads(resp.read())
    except urllib.error.HTTPError as err:
        return err.code, json.loads(err.read())
    except OSError:
        return None


def _wait_healthy(port: int, proc: subprocess.Popen, timeout: float = 15.0) -> float:
    """Seconds until /api/v1/health said 200 with every check ok; fails after `timeout`."""
    started = time.monotonic()
    last = None
    while time.monotonic() - started < timeout:
        assert proc.poll() is None, f"journeys up exited early: {proc.stderr.read() if proc.stderr else ''}"
        last = _health(port)
        if last and last[0] == 200:
            assert all(c["status"] == "ok" for c in last[1]["checks"].values())
            return time.monotonic() - started
        time.sleep(0.25)
    pytest.fail(f"not healthy within {timeout}s; last answer: {last}")


def _stop(proc: subprocess.Popen) -> tuple[int, str]:
    proc.send_signal(signal.SIGINT)
    try:
        _, err = proc.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        proc.kill()
        _, err = proc.communicate()
        pytest.fail(f"journeys up did not stop on Ctrl-C: {err}")
    return proc.returncode, err


def test_help_explains_the_commands():
    out = subprocess.run([*JOURNEYS, "--help"], capture_output=True, text=True, check=True).stdout
    for command in ("up", "serve", "worker", "migrate"):
        assert f"  {command} " in out
    assert "journeys up" in out and ".env.example" in out
    up_help = subprocess.run([*JOURNEYS, "up", "--help"], capture_output=True, text=True, check=True).stdout
    assert "embedded Redis" in up_help


@pytest.mark.parametrize("command", [["serve"], ["worker"], ["up"], ["migrate", "--wait", "0"]])
@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("nonsense://what", "JOURNEYS_DATABASE_URL is not a usable database URL"),
        (
            "postgresql://postgres:pw@127.0.0.1:1/nothing",
            "cannot reach the database at postgresql+asyncpg://postgres:***@127.0.0.1:1/nothing",
        ),
    ],
)
def test_bad_database_url_is_one_clear_line_not_a_traceback(tmp_path, command, url, expected):
    env = _env(JOURNEYS_DATA_DIR=str(tmp_path), JOURNEYS_DATABASE_URL=url, JOURNEYS_REDIS_URL=REDIS_URL)
    result = subprocess.run([*JOURNEYS, *command], capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("journeys: error: ")
    assert expected in lines[0]
    assert "pw" not in lines[0].replace("postgres:***", "")


@pytest.mark.parametrize("command", [["serve"], ["worker"], ["up"]])
def test_unreachable_redis_is_one_clear_line(tmp_path, command):
    env = _env(JOURNEYS_DATA_DIR=str(tmp_path), JOURNEYS_REDIS_URL="redis://127.0.0.1:1/0")
    result = subprocess.run([*JOURNEYS, *command], capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert lines == [lines[-1]], result.stderr
    assert lines[0].startswith("journeys: error: cannot reach Redis at redis://127.0.0.1:1/0")


def test_serve_without_redis_configured_or_embedded_says_what_to_do(tmp_path):
    result = subprocess.run(
        [*JOURNEYS, "serve"],
        capture_output=True,
        text=True,
        env=_env(JOURNEYS_DATA_DIR=str(tmp_path)),
        timeout=60,
    )
    assert result.returncode == 2
    assert "use `journeys up`, or set JOURNEYS_REDIS_URL" in result.stderr


def test_up_with_no_configuration_runs_everything_embedded(tmp_path):
    port = _free_port()
    data = tmp_path / "data"
    proc = subprocess.Popen(
        [*JOURNEYS, "up", "--port", str(port)],
        env=_env(JOURNEYS_DATA_DIR=str(data)),
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        seconds = _wait_healthy(port, proc)
        print(f"embedded `journeys up` healthy after {seconds:.1f}s")
        assert (data / "journeys.db").exists()
        assert (data / "redis.sock").exists()
        check = subprocess.run(
            [*JOURNEYS, "worker", "--check"],
            env=_env(JOURNEYS_DATA_DIR=str(data)),
            capture_output=True,
            text=True,
            timeout=30,
        )
        assert check.returncode == 0, check.stderr
    finally:
        code, err = _stop(proc)
    assert code == 0, err
    assert "ready: open http://127.0.0.1:" in err
    assert "Traceback" not in err
    assert not (data / "redis.sock").exists(), "the embedded Redis must stop with `journeys up`"
    # no worker any more: the probe says so
    check = subprocess.run(
        [*JOURNEYS, "worker", "--check"],
        env=_env(JOURNEYS_DATA_DIR=str(data)),
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert check.returncode != 0


def test_up_with_configured_urls_uses_them_and_starts_nothing(db_kind, tmp_path):
    """A fresh database of this pass's kind (SQLite file or PostgreSQL) and the machine's Redis."""
    with fresh_database_url(db_kind, tmp_path) as database_url:
        _run_up_with(database_url, tmp_path)


def _run_up_with(database_url: str, tmp_path: Path) -> None:
    port = _free_port()
    data = tmp_path / "data"
    env = _env(
        JOURNEYS_DATA_DIR=str(data),
        JOURNEYS_DATABASE_URL=database_url,
        JOURNEYS_REDIS_URL=REDIS_URL,
        JOURNEYS_QUEUE_NAME=f"journeys-cli-{uuid.uuid4().hex[:8]}:queue",
    )
    proc = subprocess.Popen(
        [*JOURNEYS, "up", "--port", str(port)], env=env, stderr=subprocess.PIPE, text=True
    )
    try:
        _wait_healthy(port, proc)
        assert not Path(data / "redis.sock").exists()
        assert not Path(data / "journeys.db").exists()
        assert _health(port)[1]["checks"]["worker"]["liveWorkers"] >= 1
    finally:
        code, err = _stop(proc)
    assert code == 0, err
    assert "embedded Redis" not in err
