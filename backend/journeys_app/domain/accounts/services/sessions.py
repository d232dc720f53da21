"""Browser sign-in: password check with throttling, server-side sessions, workspace switching."""

from __future__ import annotations

from datetime import datetime, timedelta

from litestar.exceptions import NotAuthorizedException, NotFoundException
from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from journeys_app.db.base import utcnow
from journeys_app.domain.accounts.models import AuthSession, Membership, User, Workspace
from journeys_app.domain.accounts.principal import Principal
from journeys_app.domain.accounts.roles import ROLE_PERMISSIONS, Role
from journeys_app.domain.accounts.secrets import new_csrf_token, new_session_token, sha256, verify_password
from journeys_app.domain.accounts.services import audit, throttle
from journeys_app.domain.accounts.services.audit import Action
from journeys_app.domain.accounts.services.directory import get_user_by_email, workspaces_of

SESSION_LIFETIME = timedelta(days=14)
TOUCH_EVERY = timedelta(minutes=1)


class LoginLocked(Exception):
    def __init__(self, until: datetime) -> None:
        super().__init__(f"locked until {until.isoformat()}")
        self.until = until


class LoginFailed(Exception):
    pass


async def login(
    session: AsyncSession, email: str, password: str, *, ip: str | None, user_agent: str | None
) -> tuple[str, AuthSession, User]:
    """Check the password and open a session. Commits (failures are recorded and committed too)."""
    email = email.strip().lower()
    keys = throttle.keys_for(email, ip)
    until = await throttle.locked_until(session, keys)
    if until:
        raise LoginLocked(until)
    user = await get_user_by_email(session, email)
    memberships = await workspaces_of(session, user.id) if user and user.id else []
    if user is None or not verify_password(user.password_hash, password) or not memberships:
        locked = await throttle.record_failure(session, keys)
        reason = "no workspace" if user and not memberships else "bad credentials"
        # Recorded in every workspace of that user, so its owners and admins see attacks on it.
        for workspace_id in [ws.id for ws, _ in memberships] or [None]:
            audit.record(
                session,
                Action.login_failed,
                workspace_id=workspace_id,
                actor_label=email[:320],
                actor_user_id=user.id if user else None,
                detail={"reason": reason},
                ip=ip,
            )
            if locked:
                audit.record(
                    session,
                    Action.login_locked,
                    workspace_id=workspace_id,
                    actor_label=email[:320],
                    detail={"until": locked.isoformat()},
                    ip=ip,
                )
        await session.commit()
        if locked:
            raise LoginLocked(locked)
        raise LoginFailed()
    await throttle.reset(session, email)
    token = new_session_token()
    workspace = memberships[0][0]
    auth_session = AuthSession(
        token_hash=sha256(token),
        user_id=user.id,  # type: ignore[arg-type]
        workspace_id=workspace.id,  # type: ignore[arg-type]
        csrf_token=new_csrf_token(),
        expires_at=utcnow() + SESSION_LIFETIME,
        ip=ip,
        user_agent=(user_agent or "")[:300] or None,
    )
    user.last_login_at = utcnow()
    session.add(auth_session)
    for ws, _role in memberships:
        audit.record(
            session, Action.login, workspace_id=ws.id, actor_label=user.email, actor_user_id=user.id, ip=ip
        )
    await session.commit()
    return token, auth_session, user


async def resolve(session: AsyncSession, token: str) -> Principal | None:
    """The principal of a session cookie, or None if unknown/expired/no longer a member."""
    token_hash = sha256(token)
    row = (
        await session.execute(
            select(AuthSession, User, Membership)
            .join(User, User.id == AuthSession.user_id)  # type: ignore[arg-type]
            .join(
                Membership,
                (Membership.user_id == AuthSession.user_id)
                & (Membership.workspace_id == AuthSession.workspace_id),  # type: ignore[arg-type]
            )
            .where(AuthSession.token_hash == token_hash)
        )
    ).first()
    if row is None:
        return None
    auth_session, user, membership = row
    now = utcnow()
    if auth_session.expires_at <= now:
        return None
    if now - auth_session.last_seen_at > TOUCH_EVERY:
        auth_session.last_seen_at = now
        await session.commit()
    return Principal(
        via="session",
        workspace_id=auth_session.workspace_id,
        permissions=ROLE_PERMISSIONS[Role(membership.role)],
        user_id=user.id,
        email=user.email,
        role=membership.role,
        session_token_hash=token_hash,
        csrf_token=auth_session.csrf_token,
    )


async def logout(session: AsyncSession, principal: Principal, ip: str | None) -> None:
    await session.execute(delete(AuthSession).where(AuthSession.token_hash == principal.session_token_hash))  # type: ignore[arg-type]
    audit.record(session, Action.logout, workspace_id=principal.workspace_id, actor=principal, ip=ip)
    await session.commit()


async def switch_workspace(
    session: AsyncSession, principal: Principal, workspace_id: int, ip: str | None
) -> None:
    membership = await session.get(Membership, (workspace_id, principal.user_id))
    if membership is None:
        raise NotFoundException("no such workspace")  # not a member: indistinguishable from absent
    auth_session = await session.get(AuthSession, principal.session_token_hash)
    if auth_session is None:
        raise NotAuthorizedException("session ended")
    auth_session.workspace_id = workspace_id
    previous = await session.get(Workspace, principal.workspace_id)
    audit.record(
        session,
        Action.workspace_switched,
        workspace_id=workspace_id,
        actor=principal,
        detail={"from": principal.workspace_id, "fromSlug": previous.slug if previous else None},
        ip=ip,
    )
    await session.commit()


async def change_password(
    session: AsyncSession, principal: Principal, current: str, new: str, ip: str | None
) -> None:
    """Change the signed-in user's password; every other session of the user is ended."""
    from litestar.exceptions import ValidationException

    from journeys_app.domain.accounts.secrets import hash_password
    from journeys_app.domain.accounts.services.directory import check_password

    user = await session.get(User, principal.user_id)
    if user is None or not verify_password(user.password_hash, current):
        raise ValidationException(
            "currentPassword: the current password is not correct", extra=[{"key": "currentPassword"}]
        )
    check_password(new, field="newPassword")
    user.password_hash = hash_password(new)
    await session.execute(
        delete(AuthSession).where(
            AuthSession.user_id == user.id,  # type: ignore[arg-type]
            AuthSession.token_hash != principal.session_token_hash,  # type: ignore[arg-type]
        )
    )
    audit.record(
        session, Action.password_changed, workspace_id=principal.workspace_id, actor=principal, ip=ip
    )
    await session.commit()
