"""Workspace API keys for integrators: created once, stored hashed, scoped, revocable."""

from __future__ import annotations

from datetime import timedelta

from litestar.exceptions import NotFoundException, ValidationException
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from journeys_app.db.base import utcnow
from journeys_app.domain.accounts.models import ApiKey
from journeys_app.domain.accounts.principal import Principal
from journeys_app.domain.accounts.roles import Scope, permissions_for_scopes
from journeys_app.domain.accounts.secrets import API_KEY_PREFIX, new_api_key, sha256
from journeys_app.domain.accounts.services import audit
from journeys_app.domain.accounts.services.audit import Action

TOUCH_EVERY = timedelta(minutes=1)


def parse_scopes(scopes: list[str]) -> list[str]:
    if not scopes:
        raise ValidationException("scopes: give at least one scope", extra=[{"key": "scopes"}])
    allowed = {s.value for s in Scope}
    unknown = sorted(set(scopes) - allowed)
    if unknown:
        raise ValidationException(
            f"scopes: unknown {', '.join(unknown)}; allowed: {', '.join(sorted(allowed))}",
            extra=[{"key": "scopes"}],
        )
    return sorted(set(scopes))


async def create(
    session: AsyncSession,
    workspace_id: int,
    name: str,
    scopes: list[str],
    *,
    actor: Principal | None = None,
    actor_label: str | None = None,
    ip: str | None = None,
) -> tuple[ApiKey, str]:
    """Create a key; returns the row and the secret, which is never retrievable again."""
    clean_scopes = parse_scopes(scopes)
    name = name.strip()
    if not name:
        raise ValidationException("name: give the key a name", extra=[{"key": "name"}])
    secret, prefix = new_api_key()
    key = ApiKey(
        workspace_id=workspace_id,
        name=name[:200],
        prefix=prefix,
        key_hash=sha256(secret),
        scopes=clean_scopes,
        created_by_user_id=actor.user_id if actor else None,
    )
    session.add(key)
    await session.flush()
    audit.record(
        session,
        Action.api_key_created,
        workspace_id=workspace_id,
        actor=actor,
        actor_label=actor_label,
        target=prefix,
        detail={"name": key.name, "scopes": clean_scopes},
        ip=ip,
    )
    await session.commit()
    return key, secret


async def list_keys(session: AsyncSession, workspace_id: int) -> list[ApiKey]:
    query = select(ApiKey).where(ApiKey.workspace_id == workspace_id).order_by(ApiKey.id.desc())  # type: ignore[union-attr]
    return list((await session.execute(query)).scalars())


async def revoke(
    session: AsyncSession, workspace_id: int, key_id: int, *, actor: Principal, ip: str | None
) -> ApiKey:
    key = await session.get(ApiKey, key_id)
    if key is None or key.workspace_id != workspace_id:
        raise NotFoundException("no such API key")
    if key.revoked_at is None:
        key.revoked_at = utcnow()
        audit.record(
            session, Action.api_key_revoked, workspace_id=workspace_id, actor=actor, target=key.prefix, ip=ip
        )
        await session.commit()
    return key


async def resolve(session: AsyncSession, secret: str) -> Principal | None:
    if not secret.startswith(API_KEY_PREFIX):
        return None
    key = (
        await session.execute(select(ApiKey).where(ApiKey.key_hash == sha256(secret)))
    ).scalar_one_or_none()
    if key is None or key.revoked_at is not None:
        return None
    now = utcnow()
    if key.last_used_at is None or now - key.last_used_at > TOUCH_EVERY:
        key.last_used_at = now
        await session.commit()
    return Principal(
        via="api_key",
        workspace_id=key.workspace_id,
        permissions=permissions_for_scopes(key.scopes),
        api_key_id=key.id,
        api_key_prefix=key.prefix,
    )
