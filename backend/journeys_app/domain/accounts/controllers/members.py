"""Members of the current workspace and their roles (owners and admins)."""

from __future__ import annotations

from litestar import Controller, Request, delete, get, patch, post
from litestar.di import Provide
from litestar.status_codes import HTTP_201_CREATED
from sqlalchemy.ext.asyncio import AsyncSession

from journeys_app.domain.accounts.controllers.views import member_view
from journeys_app.domain.accounts.guards import provide_accounts_db, requires
from journeys_app.domain.accounts.principal import Principal
from journeys_app.domain.accounts.roles import Permission
from journeys_app.domain.accounts.schemas import MemberCreate, MemberRead, MemberUpdate
from journeys_app.domain.accounts.services import directory, members


def _ip(request: Request) -> str | None:
    return request.client.host if request.client else None


class MemberController(Controller):
    path = "/members"
    tags = ["members"]
    guards = [requires(Permission.admin)]
    dependencies = {"db": Provide(provide_accounts_db)}

    @get("/", operation_id="listMembers", summary="Members of the workspace with their roles")
    async def list_members(self, db: AsyncSession, principal: Principal) -> list[MemberRead]:
        return [member_view(u, m) for u, m in await directory.members_of(db, principal.workspace_id)]

    @post(
        "/",
        operation_id="addMember",
        summary="Add a user to the workspace with a role",
        description="Roles: owner, admin, marketer, analyst, assistant. A new email needs an initial `password`. "
        "Only owners grant the owner role.",
        status_code=HTTP_201_CREATED,
    )
    async def add_member(
        self, request: Request, data: MemberCreate, db: AsyncSession, principal: Principal
    ) -> MemberRead:
        user, membership = await members.add(
            db,
            principal,
            email=data.email,
            role=data.role,
            password=data.password,
            display_name=data.display_name,
            ip=_ip(request),
        )
        return member_view(user, membership)

    @patch("/{user_id:int}", operation_id="changeMemberRole", summary="Change a member's role")
    async def change_role(
        self, request: Request, user_id: int, data: MemberUpdate, db: AsyncSession, principal: Principal
    ) -> MemberRead:
        user, membership = await members.change_role(db, principal, user_id, data.role, _ip(request))
        return member_view(user, membership)

    @delete("/{user_id:int}", operation_id="removeMember", summary="Remove a member from the workspace")
    async def remove_member(
        self, request: Request, user_id: int, db: AsyncSession, principal: Principal
    ) -> None:
        await members.remove(db, principal, user_id, _ip(request))
