"""First run: an empty database gets a workspace and an owner whose login is printed once."""

from __future__ import annotations

import secrets

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from journeys_app.domain.accounts.models import User
from journeys_app.domain.accounts.roles import Role
from journeys_app.domain.accounts.services import audit, directory
from journeys_app.domain.accounts.services.audit import Action

FIRST_EMAIL = "owner@journeys.local"
FIRST_WORKSPACE = "default"


async def ensure_first_owner(session: AsyncSession) -> tuple[str, str] | None:
    """Create the first workspace and owner if there are no users; returns (email, password) once."""
    if (await session.execute(select(func.count()).select_from(User))).scalar_one():
        return None
    password = secrets.token_urlsafe(12)
    workspace = await directory.get_workspace_by_slug(
        session, FIRST_WORKSPACE
    ) or await directory.create_workspace(session, FIRST_WORKSPACE, "Default workspace")
    user = await directory.create_user(session, FIRST_EMAIL, password, "Owner")
    await directory.set_membership(session, workspace.id, user.id, Role.owner)  # type: ignore[arg-type]
    audit.record(
        session, Action.user_created, workspace_id=workspace.id, actor_label="first run", target=FIRST_EMAIL
    )
    await session.commit()
    return FIRST_EMAIL, password
