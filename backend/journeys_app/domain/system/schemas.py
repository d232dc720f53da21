"""Wire formats of the system area (camelCase JSON)."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

import msgspec

CheckStatus = Literal["ok", "down"]


class CheckResult(msgspec.Struct, rename="camel"):
    status: CheckStatus
    detail: str | None = None
    latency_ms: float | None = None


class WorkerCheckResult(msgspec.Struct, rename="camel"):
    status: CheckStatus
    detail: str | None = None
    latency_ms: float | None = None
    last_heartbeat_at: datetime | None = None
    live_workers: int = 0


class HealthChecks(msgspec.Struct, rename="camel"):
    database: CheckResult
    redis: CheckResult
    worker: WorkerCheckResult


class HealthReport(msgspec.Struct, rename="camel"):
    status: Literal["ok", "degraded"]
    version: str
    checks: HealthChecks


class WorkerPingRead(msgspec.Struct, rename="camel"):
    id: str
    status: Literal["queued", "done"]
    requested_at: datetime
    processed_at: datetime | None = None
    processed_by: str | None = None
    round_trip_ms: float | None = None
