"""Login rate limiting with an exponential lock-out, per email and per client address.

Kept in the database so every API process sees the same counts.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from journeys_app.db.base import utcnow
from journeys_app.domain.accounts.models import LoginThrottle

# Per address the allowance is larger: many people may share one office or proxy address.
FREE_FAILURES = {"email": 5, "ip": 50}
FIRST_LOCK = timedelta(seconds=30)
# Failures older than this (with no lock in force) are forgotten: old typos never add up to a lock.
FAILURE_WINDOW = timedelta(hours=1)
MAX_LOCK = timedelta(hours=1)


def keys_for(email: str, ip: str | None) -> list[str]:
    keys = [f"email:{email.lower()}"]
    if ip:
        keys.append(f"ip:{ip}")
    return keys


async def locked_until(session: AsyncSession, keys: list[str]) -> datetime | None:
    now = utcnow()
    latest: datetime | None = None
    for key in keys:
        row = await session.get(LoginThrottle, key)
        if row and row.locked_until and row.locked_until > now:
            latest = max(latest, row.locked_until) if latest else row.locked_until
    return latest


def _lock_for(kind: str, failures: int) -> timedelta | None:
    over = failures - FREE_FAILURES[kind]
    if over < 0:
        return None
    return min(FIRST_LOCK * (2**over), MAX_LOCK)


async def record_failure(session: AsyncSession, keys: list[str]) -> datetime | None:
    """Count a failure; returns the lock-out end if this failure triggered one."""
    now = utcnow()
    until: datetime | None = None
    for key in keys:
        row = await session.get(LoginThrottle, key) or LoginThrottle(key=key)
        quiet_since = max(row.updated_at, row.locked_until or row.updated_at)
        if row.failures and now - quiet_since > FAILURE_WINDOW:
            row.failures = 0
            row.locked_until = None
        row.failures += 1
        row.updated_at = now
        lock = _lock_for(key.split(":", 1)[0], row.failures)
        if lock:
            row.locked_until = now + lock
            until = max(until, row.locked_until) if until else row.locked_until
        session.add(row)
    return until


async def reset(session: AsyncSession, email: str) -> None:
    row = await session.get(LoginThrottle, f"email:{email.lower()}")
    if row:
        await session.delete(row)
