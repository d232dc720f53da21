"""Who is calling: a signed-in user in their current workspace, or a workspace API key."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from journeys_app.domain.accounts.roles import Permission


@dataclass(frozen=True)
class Principal:
    via: Literal["session", "api_key"]
    workspace_id: int
    permissions: frozenset[Permission]
    user_id: int | None = None
    email: str | None = None
    role: str | None = None
    api_key_id: int | None = None
    api_key_prefix: str | None = None
    session_token_hash: str | None = None
    csrf_token: str | None = None

    @property
    def label(self) -> str:
        return self.email or self.api_key_prefix or "unknown"

    def can(self, permission: Permission) -> bool:
        return permission in self.permissions
