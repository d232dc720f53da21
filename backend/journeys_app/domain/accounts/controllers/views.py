"""Table rows -> wire structs."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from journeys_app.domain.accounts.models import ApiKey, AuditEntry, Membership, User, Workspace
from journeys_app.domain.accounts.principal import Principal
from journeys_app.domain.accounts.schemas import (
    ApiKeyRead,
    AuditEntryRead,
    CurrentUser,
    MemberRead,
    UserRead,
    WorkspaceRead,
)
from journeys_app.domain.accounts.services.directory import workspaces_of


def api_key_view(key: ApiKey) -> ApiKeyRead:
    return ApiKeyRead(
        id=key.id,  # type: ignore[arg-type]
        name=key.name,
        prefix=key.prefix,
        scopes=list(key.scopes),
        created_at=key.created_at,
        last_used_at=key.last_used_at,
        revoked_at=key.revoked_at,
    )


def member_view(user: User, membership: Membership) -> MemberRead:
    return MemberRead(
        user_id=user.id,  # type: ignore[arg-type]
        email=user.email,
        display_name=user.display_name,
        role=membership.role,
        joined_at=membership.created_at,
        last_login_at=user.last_login_at,
    )


def audit_view(entry: AuditEntry) -> AuditEntryRead:
    return AuditEntryRead(
        id=entry.id,  # type: ignore[arg-type]
        action=entry.action,
        actor=entry.actor_label,
        target=entry.target,
        detail=entry.detail,
        ip=entry.ip,
        created_at=entry.created_at,
    )


async def current_user_view(db: AsyncSession, principal: Principal) -> CurrentUser:
    permissions = sorted(p.value for p in principal.permissions)
    if principal.via == "api_key":
        ws = await db.get(Workspace, principal.workspace_id)
        return CurrentUser(
            via="api_key",
            workspace=WorkspaceRead(id=ws.id, slug=ws.slug, name=ws.name),  # type: ignore[union-attr,arg-type]
            permissions=permissions,
        )
    user = await db.get(User, principal.user_id)
    workspaces = [
        WorkspaceRead(id=w.id, slug=w.slug, name=w.name, role=role)
        for w, role in await workspaces_of(db, principal.user_id)
    ]  # type: ignore[arg-type]
    current = next(w for w in workspaces if w.id == principal.workspace_id)
    return CurrentUser(
        via="session",
        workspace=current,
        permissions=permissions,
        user=UserRead(id=user.id, email=user.email, display_name=user.display_name),  # type: ignore[union-attr,arg-type]
        role=principal.role,
        workspaces=workspaces,
        csrf_token=principal.csrf_token,
    )
