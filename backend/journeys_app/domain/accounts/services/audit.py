"""The audit log: who did what security-relevant thing, when and from where."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from journeys_app.domain.accounts.models import AuditEntry
from journeys_app.domain.accounts.principal import Principal


class Action:
    login = "login"
    login_failed = "login.failed"
    login_locked = "login.locked"
    logout = "logout"
    password_changed = "password.changed"
    workspace_switched = "workspace.switched"
    api_key_created = "api_key.created"
    api_key_revoked = "api_key.revoked"
    member_added = "member.added"
    member_role_changed = "member.role_changed"
    member_removed = "member.removed"
    user_created = "user.created"


def record(
    session: AsyncSession,
    action: str,
    *,
    workspace_id: int | None,
    actor: Principal | None = None,
    actor_label: str | None = None,
    actor_user_id: int | None = None,
    target: str | None = None,
    detail: dict[str, Any] | None = None,
    ip: str | None = None,
) -> AuditEntry:
    """Add an entry to the session (committed with the action it records)."""
    entry = AuditEntry(
        workspace_id=workspace_id,
        action=action,
        actor_user_id=actor.user_id if actor else actor_user_id,
        actor_api_key_id=actor.api_key_id if actor else None,
        actor_label=(actor.label if actor else actor_label) or "system",
        target=target,
        detail=detail or {},
        ip=ip,
    )
    session.add(entry)
    return entry


async def list_entries(
    session: AsyncSession, workspace_id: int, *, limit: int = 100, before_id: int | None = None
) -> list[AuditEntry]:
    query = select(AuditEntry).where(AuditEntry.workspace_id == workspace_id)
    if before_id is not None:
        query = query.where(AuditEntry.id < before_id)  # type: ignore[operator]
    query = query.order_by(AuditEntry.id.desc()).limit(limit)  # type: ignore[union-attr]
    return list((await session.execute(query)).scalars())
