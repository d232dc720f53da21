"""Sign in, sign out, who am I, switch workspace."""

from __future__ import annotations

import math

from litestar import Controller, Request, Response, get, post
from litestar.datastructures import Cookie
from litestar.di import Provide
from litestar.exceptions import NotAuthorizedException, TooManyRequestsException
from litestar.status_codes import HTTP_200_OK, HTTP_204_NO_CONTENT
from sqlalchemy.ext.asyncio import AsyncSession

from journeys_app.db.base import utcnow
from journeys_app.domain.accounts.controllers.views import current_user_view
from journeys_app.domain.accounts.guards import (
    SESSION_COOKIE,
    provide_accounts_db,
    session_only,
)
from journeys_app.domain.accounts.principal import Principal
from journeys_app.domain.accounts.schemas import (
    ChangePasswordRequest,
    CurrentUser,
    LoginRequest,
    SwitchWorkspaceRequest,
)
from journeys_app.domain.accounts.services import sessions
from journeys_app.domain.accounts.services.sessions import SESSION_LIFETIME


def _ip(request: Request) -> str | None:
    return request.client.host if request.client else None


class AuthController(Controller):
    path = "/auth"
    tags = ["auth"]
    dependencies = {"db": Provide(provide_accounts_db)}

    @post(
        "/login",
        operation_id="login",
        summary="Sign in with email and password",
        description=(
            "Sets the HTTP-only session cookie and returns the user, workspaces and the CSRF token to send as "
            "`X-CSRF-Token` on unsafe requests. 401 on a wrong email or password; 429 with `Retry-After` "
            "after repeated failures (the lock-out doubles each time)."
        ),
        opt={"public": True, "csrf_exempt": True},
        status_code=HTTP_200_OK,
    )
    async def login(self, request: Request, data: LoginRequest, db: AsyncSession) -> Response[CurrentUser]:
        try:
            token, _session, _user = await sessions.login(
                db, data.email, data.password, ip=_ip(request), user_agent=request.headers.get("user-agent")
            )
        except sessions.LoginLocked as locked:
            retry = max(1, math.ceil((locked.until - utcnow()).total_seconds()))
            raise TooManyRequestsException(
                f"Too many failed sign-ins. Try again in {retry} seconds.",
                headers={"Retry-After": str(retry)},
            ) from None
        except sessions.LoginFailed:
            raise NotAuthorizedException("Email or password is incorrect.") from None
        principal = await sessions.resolve(db, token)
        body = await current_user_view(db, principal)  # type: ignore[arg-type]
        cookie = Cookie(
            key=SESSION_COOKIE,
            value=token,
            httponly=True,
            samesite="lax",
            secure=request.url.scheme == "https",
            path="/",
            max_age=int(SESSION_LIFETIME.total_seconds()),
        )
        return Response(body, cookies=[cookie])

    @post(
        "/logout",
        operation_id="logout",
        summary="Sign out (ends the session)",
        guards=[session_only],
        status_code=HTTP_204_NO_CONTENT,
    )
    async def logout(self, request: Request, db: AsyncSession, principal: Principal) -> Response[None]:
        await sessions.logout(db, principal, _ip(request))
        return Response(
            None,
            status_code=HTTP_204_NO_CONTENT,
            cookies=[
                Cookie(key=SESSION_COOKIE, value="", max_age=0, path="/", httponly=True, samesite="lax")
            ],
        )

    @get(
        "/me",
        operation_id="getCurrentUser",
        summary="Who is calling, in which workspace, with which permissions",
    )
    async def me(self, db: AsyncSession, principal: Principal) -> CurrentUser:
        return await current_user_view(db, principal)

    @post(
        "/workspace",
        operation_id="switchWorkspace",
        summary="Switch the session to another workspace the user belongs to",
        guards=[session_only],
        status_code=HTTP_200_OK,
    )
    async def switch(
        self, request: Request, data: SwitchWorkspaceRequest, db: AsyncSession, principal: Principal
    ) -> CurrentUser:
        await sessions.switch_workspace(db, principal, data.workspace_id, _ip(request))
        refreshed = await sessions.resolve(db, request.cookies[SESSION_COOKIE])
        if refreshed is None:
            raise NotAuthorizedException("session ended")
        return await current_user_view(db, refreshed)

    @post(
        "/password",
        operation_id="changePassword",
        summary="Change the signed-in user's password (ends their other sessions)",
        guards=[session_only],
        status_code=HTTP_204_NO_CONTENT,
    )
    async def change_password(
        self, request: Request, data: ChangePasswordRequest, db: AsyncSession, principal: Principal
    ) -> None:
        await sessions.change_password(db, principal, data.current_password, data.new_password, _ip(request))
