"""Authentication middleware (session cookie or API key, CSRF) and permission guards."""

from __future__ import annotations

import hmac
from collections.abc import AsyncIterator

from litestar.connection import ASGIConnection
from litestar.exceptions import NotAuthorizedException, PermissionDeniedException
from litestar.handlers.base import BaseRouteHandler
from litestar.middleware import AbstractAuthenticationMiddleware, AuthenticationResult
from litestar.types import Guard
from sqlalchemy.ext.asyncio import AsyncSession

from journeys_app.db.scoping import scope_session
from journeys_app.domain.accounts.principal import Principal
from journeys_app.domain.accounts.roles import Permission
from journeys_app.domain.accounts.services import api_keys, sessions

SESSION_COOKIE = "journeys_session"
CSRF_HEADER = "x-csrf-token"
UNSAFE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})


class AuthenticationMiddleware(AbstractAuthenticationMiddleware):
    """Resolves the caller; anonymous requests pass through (guards decide), bad credentials don't."""

    async def authenticate_request(self, connection: ASGIConnection) -> AuthenticationResult:
        maker = connection.app.state.sessions
        header = connection.headers.get("authorization")
        if header:
            scheme, _, secret = header.partition(" ")
            if scheme.lower() != "bearer" or not secret.strip():
                raise NotAuthorizedException("Authorization header: use 'Bearer <API key>'")
            async with maker() as db:
                principal = await api_keys.resolve(db, secret.strip())
            if principal is None:
                raise NotAuthorizedException("invalid or revoked API key")
            return AuthenticationResult(user=principal, auth="api_key")
        token = connection.cookies.get(SESSION_COOKIE)
        if not token:
            return AuthenticationResult(user=None, auth=None)
        async with maker() as db:
            principal = await sessions.resolve(db, token)
        if principal is not None and connection.scope.get("method") in UNSAFE_METHODS:
            handler = connection.scope.get("route_handler")
            exempt = bool(handler and handler.opt.get("csrf_exempt"))
            sent = connection.headers.get(CSRF_HEADER, "")
            if not exempt and not hmac.compare_digest(sent.encode(), (principal.csrf_token or "").encode()):
                raise PermissionDeniedException(
                    "CSRF check failed: send the X-CSRF-Token header with the token from /api/v1/auth/me"
                )
        return AuthenticationResult(user=principal, auth="session" if principal else None)


def signed_in(connection: ASGIConnection, handler: BaseRouteHandler) -> None:
    """Router-wide guard: every API route needs a principal unless it is marked public."""
    if handler.opt.get("public"):
        return
    if connection.user is None:
        raise NotAuthorizedException("sign in, or send an API key as 'Authorization: Bearer <key>'")


def requires(permission: Permission) -> Guard:
    def guard(connection: ASGIConnection, _handler: BaseRouteHandler) -> None:
        principal: Principal | None = connection.user
        if principal is None:
            raise NotAuthorizedException("sign in, or send an API key as 'Authorization: Bearer <key>'")
        if not principal.can(permission):
            raise PermissionDeniedException(f"this needs the '{permission.value}' permission")

    guard.__name__ = f"requires_{permission.name}"
    return guard


def session_only(connection: ASGIConnection, _handler: BaseRouteHandler) -> None:
    principal: Principal | None = connection.user
    if principal is None:
        raise NotAuthorizedException("sign in first")
    if principal.via != "session":
        raise PermissionDeniedException("this needs a signed-in user, not an API key")


async def provide_principal(request: ASGIConnection) -> Principal:
    principal: Principal | None = request.user
    if principal is None:
        raise NotAuthorizedException("sign in, or send an API key as 'Authorization: Bearer <key>'")
    return principal


async def provide_db(request: ASGIConnection) -> AsyncIterator[AsyncSession]:
    """A database session scoped to the caller's workspace (see db/scoping.py)."""
    principal: Principal | None = request.user
    async with request.app.state.sessions() as db:
        if principal is not None:
            scope_session(db, principal.workspace_id)
        yield db


async def provide_accounts_db(request: ASGIConnection) -> AsyncIterator[AsyncSession]:
    """An unscoped session for the accounts area only (users and memberships span workspaces)."""
    async with request.app.state.sessions() as db:
        yield db
