"""Workspaces, users and memberships."""

from __future__ import annotations

import re

from litestar.exceptions import (
    ClientException,
    NotFoundException,
    PermissionDeniedException,
    ValidationException,
)
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from journeys_app.domain.accounts.models import Membership, User, Workspace
from journeys_app.domain.accounts.roles import Role
from journeys_app.domain.accounts.secrets import MIN_PASSWORD_LENGTH, hash_password

EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+$")
SLUG_RE = re.compile(r"^[a-z0-9][a-z0-9-]{0,62}$")


class Conflict(ClientException):
    status_code = 409


def normalise_email(email: str) -> str:
    email = email.strip().lower()
    if not EMAIL_RE.match(email) or len(email) > 320:
        raise ValidationException(
            "email: not a valid email address", extra=[{"key": "email", "message": "invalid"}]
        )
    return email


def check_password(password: str, field: str = "password") -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationException(
            f"{field}: at least {MIN_PASSWORD_LENGTH} characters",
            extra=[{"key": field, "message": f"at least {MIN_PASSWORD_LENGTH} characters"}],
        )


def parse_role(role: str) -> Role:
    try:
        return Role(role)
    except ValueError:
        allowed = ", ".join(r.value for r in Role)
        raise ValidationException(f"role: must be one of {allowed}", extra=[{"key": "role"}]) from None


async def get_workspace_by_slug(session: AsyncSession, slug: str) -> Workspace | None:
    return (await session.execute(select(Workspace).where(Workspace.slug == slug))).scalar_one_or_none()


async def create_workspace(session: AsyncSession, slug: str, name: str | None = None) -> Workspace:
    slug = slug.strip().lower()
    if not SLUG_RE.match(slug):
        raise ValidationException("workspace: lower-case letters, digits and '-', up to 63 characters")
    if await get_workspace_by_slug(session, slug):
        raise Conflict(f"workspace {slug!r} already exists")
    workspace = Workspace(slug=slug, name=(name or slug).strip()[:200])
    session.add(workspace)
    await session.flush()
    return workspace


async def get_user_by_email(session: AsyncSession, email: str) -> User | None:
    return (
        await session.execute(select(User).where(User.email == email.strip().lower()))
    ).scalar_one_or_none()


async def create_user(
    session: AsyncSession, email: str, password: str, display_name: str | None = None
) -> User:
    email = normalise_email(email)
    check_password(password)
    if await get_user_by_email(session, email):
        raise Conflict(f"a user with email {email} already exists")
    user = User(
        email=email,
        display_name=(display_name or email.split("@")[0])[:200],
        password_hash=hash_password(password),
    )
    session.add(user)
    await session.flush()
    return user


async def get_membership(session: AsyncSession, workspace_id: int, user_id: int) -> Membership | None:
    return await session.get(Membership, (workspace_id, user_id))


async def set_membership(session: AsyncSession, workspace_id: int, user_id: int, role: Role) -> Membership:
    membership = await get_membership(session, workspace_id, user_id)
    if membership is None:
        membership = Membership(workspace_id=workspace_id, user_id=user_id, role=role.value)
    else:
        membership.role = role.value
    session.add(membership)
    await session.flush()
    return membership


async def workspaces_of(session: AsyncSession, user_id: int) -> list[tuple[Workspace, str]]:
    rows = await session.execute(
        select(Workspace, Membership.role)
        .join(Membership, Membership.workspace_id == Workspace.id)  # type: ignore[arg-type]
        .where(Membership.user_id == user_id)
        .order_by(Workspace.name)
    )
    return [(ws, role) for ws, role in rows.all()]


async def members_of(session: AsyncSession, workspace_id: int) -> list[tuple[User, Membership]]:
    rows = await session.execute(
        select(User, Membership)
        .join(Membership, Membership.user_id == User.id)  # type: ignore[arg-type]
        .where(Membership.workspace_id == workspace_id)
        .order_by(User.email)
    )
    return [(u, m) for u, m in rows.all()]


async def count_owners(session: AsyncSession, workspace_id: int) -> int:
    return (
        await session.execute(
            select(func.count()).where(
                Membership.workspace_id == workspace_id, Membership.role == Role.owner.value
            )
        )
    ).scalar_one()


async def require_membership(session: AsyncSession, workspace_id: int, user_id: int) -> Membership:
    membership = await get_membership(session, workspace_id, user_id)
    if membership is None:
        raise NotFoundException("no such member in this workspace")
    return membership


def check_can_grant(actor_role: str | None, old_role: str | None, new_role: Role | None) -> None:
    """Only owners grant or take away the owner role; the API-key admin scope cannot either."""
    touches_owner = Role.owner.value in {old_role, new_role.value if new_role else None}
    if touches_owner and actor_role != Role.owner.value:
        raise PermissionDeniedException("only an owner can grant or remove the owner role")
