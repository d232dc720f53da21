"""Wire formats of the accounts area (camelCase JSON)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import msgspec


class LoginRequest(msgspec.Struct, rename="camel"):
    email: str
    password: str


class WorkspaceRead(msgspec.Struct, rename="camel"):
    id: int
    slug: str
    name: str
    role: str | None = None


class UserRead(msgspec.Struct, rename="camel"):
    id: int
    email: str
    display_name: str


class CurrentUser(msgspec.Struct, rename="camel"):
    """Who is calling, in which workspace, with which permissions, and the CSRF token to send."""

    via: str
    workspace: WorkspaceRead
    permissions: list[str]
    user: UserRead | None = None
    role: str | None = None
    workspaces: list[WorkspaceRead] = msgspec.field(default_factory=list)
    csrf_token: str | None = None


class ChangePasswordRequest(msgspec.Struct, rename="camel"):
    current_password: str
    new_password: str


class SwitchWorkspaceRequest(msgspec.Struct, rename="camel"):
    workspace_id: int


class ApiKeyCreate(msgspec.Struct, rename="camel"):
    name: str
    scopes: list[str]


class ApiKeyRead(msgspec.Struct, rename="camel"):
    id: int
    name: str
    prefix: str
    scopes: list[str]
    created_at: datetime
    last_used_at: datetime | None
    revoked_at: datetime | None


class ApiKeyCreated(msgspec.Struct, rename="camel"):
    """The new key; `secret` is shown this once and cannot be retrieved again."""

    key: ApiKeyRead
    secret: str


class MemberRead(msgspec.Struct, rename="camel"):
    user_id: int
    email: str
    display_name: str
    role: str
    joined_at: datetime
    last_login_at: datetime | None


class MemberCreate(msgspec.Struct, rename="camel"):
    email: str
    role: str
    password: str | None = None  # needed only when the email has no account yet
    display_name: str | None = None


class MemberUpdate(msgspec.Struct, rename="camel"):
    role: str


class AuditEntryRead(msgspec.Struct, rename="camel"):
    id: int
    action: str
    actor: str
    target: str | None
    detail: dict[str, Any]
    ip: str | None
    created_at: datetime
