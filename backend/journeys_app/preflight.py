"""Start-up checks that turn a bad URL or an unreachable service into one clear line."""

from __future__ import annotations

import asyncio

from sqlalchemy import text
from sqlalchemy.exc import ArgumentError, NoSuchModuleError

from journeys_app.db.engine import create_engine
from journeys_app.settings import redact_url


class PreflightError(RuntimeError):
    """A one-line, user-facing reason why Journeys cannot start."""


def _reason(exc: BaseException) -> str:
    text_ = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    orig = getattr(exc, "orig", None)
    if orig is not None and str(orig).strip():
        text_ = str(orig).strip().splitlines()[0]
    return text_


async def check_database(url: str, timeout: float = 10.0) -> None:
    shown = redact_url(url)
    try:
        engine = create_engine(url)
    except (ArgumentError, NoSuchModuleError, ValueError) as exc:
        raise PreflightError(
            f"JOURNEYS_DATABASE_URL is not a usable database URL ({shown}): {_reason(exc)}"
        ) from None
    try:
        async with asyncio.timeout(timeout):
            async with engine.connect() as conn:
                await conn.execute(text("SELECT 1"))
    except TimeoutError:
        raise PreflightError(
            f"cannot reach the database at {shown}: no answer within {timeout:.0f}s"
        ) from None
    except Exception as exc:
        raise PreflightError(f"cannot reach the database at {shown}: {_reason(exc)}") from None
    finally:
        await engine.dispose()


async def check_redis(url: str, timeout: float = 5.0) -> None:
    from arq.connections import RedisSettings
    from redis.asyncio import Redis

    shown = redact_url(url)
    try:
        settings = RedisSettings.from_dsn(url)
    except (RuntimeError, ValueError) as exc:
        raise PreflightError(
            f"JOURNEYS_REDIS_URL is not a usable Redis URL ({shown}): {_reason(exc)}"
        ) from None
    client = Redis(
        host=settings.host,
        port=settings.port,
        db=settings.database,
        username=settings.username,
        password=settings.password,
        ssl=settings.ssl,
        unix_socket_path=settings.unix_socket_path,
        socket_connect_timeout=timeout,
        socket_timeout=timeout,
    )
    try:
        async with asyncio.timeout(timeout + 1):
            await client.ping()
            policy = (await client.config_get("maxmemory-policy")).get("maxmemory-policy")
    except TimeoutError:
        raise PreflightError(f"cannot reach Redis at {shown}: no answer within {timeout:.0f}s") from None
    except Exception as exc:
        if "config" in str(exc).lower():  # managed Redis may forbid CONFIG; that is fine
            policy = None
        else:
            raise PreflightError(f"cannot reach Redis at {shown}: {_reason(exc)}") from None
    finally:
        await client.aclose()
    if policy and policy != "noeviction":
        raise PreflightError(
            f"Redis at {shown} uses maxmemory-policy={policy}; Journeys needs 'noeviction' "
            "(an evicting Redis silently drops queued jobs)"
        )
