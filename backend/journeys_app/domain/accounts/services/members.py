"""Managing a workspace's members and their roles (owners and admins)."""

from __future__ import annotations

from litestar.exceptions import ClientException
from sqlalchemy.ext.asyncio import AsyncSession

from journeys_app.domain.accounts.models import Membership, User
from journeys_app.domain.accounts.principal import Principal
from journeys_app.domain.accounts.services import audit, directory
from journeys_app.domain.accounts.services.audit import Action


async def add(
    session: AsyncSession,
    principal: Principal,
    *,
    email: str,
    role: str,
    password: str | None,
    display_name: str | None,
    ip: str | None,
) -> tuple[User, Membership]:
    """Add a user to the workspace; a new user needs an initial password."""
    new_role = directory.parse_role(role)
    directory.check_can_grant(principal.role, None, new_role)
    email = directory.normalise_email(email)
    user = await directory.get_user_by_email(session, email)
    if user is None:
        if not password:
            raise ClientException("password: required to create a new user", extra=[{"key": "password"}])
        user = await directory.create_user(session, email, password, display_name)
        audit.record(
            session,
            Action.user_created,
            workspace_id=principal.workspace_id,
            actor=principal,
            target=email,
            ip=ip,
        )
    elif await directory.get_membership(session, principal.workspace_id, user.id):  # type: ignore[arg-type]
        raise directory.Conflict(f"{email} is already a member")
    membership = await directory.set_membership(session, principal.workspace_id, user.id, new_role)  # type: ignore[arg-type]
    audit.record(
        session,
        Action.member_added,
        workspace_id=principal.workspace_id,
        actor=principal,
        target=email,
        detail={"role": new_role.value},
        ip=ip,
    )
    await session.commit()
    return user, membership


async def change_role(
    session: AsyncSession, principal: Principal, user_id: int, role: str, ip: str | None
) -> tuple[User, Membership]:
    new_role = directory.parse_role(role)
    membership = await directory.require_membership(session, principal.workspace_id, user_id)
    directory.check_can_grant(principal.role, membership.role, new_role)
    if membership.role == "owner" and new_role.value != "owner":
        if await directory.count_owners(session, principal.workspace_id) <= 1:
            raise directory.Conflict("a workspace keeps at least one owner")
    old = membership.role
    membership.role = new_role.value
    user = await session.get(User, user_id)
    audit.record(
        session,
        Action.member_role_changed,
        workspace_id=principal.workspace_id,
        actor=principal,
        target=user.email if user else str(user_id),
        detail={"from": old, "to": new_role.value},
        ip=ip,
    )
    await session.commit()
    return user, membership  # type: ignore[return-value]


async def remove(session: AsyncSession, principal: Principal, user_id: int, ip: str | None) -> None:
    membership = await directory.require_membership(session, principal.workspace_id, user_id)
    directory.check_can_grant(principal.role, membership.role, None)
    if membership.role == "owner" and await directory.count_owners(session, principal.workspace_id) <= 1:
        raise directory.Conflict("a workspace keeps at least one owner")
    user = await session.get(User, user_id)
    await session.delete(membership)
    audit.record(
        session,
        Action.member_removed,
        workspace_id=principal.workspace_id,
        actor=principal,
        target=user.email if user else str(user_id),
        ip=ip,
    )
    await session.commit()
