"""API keys of the current workspace (owners and admins); `db` is the workspace-scoped session."""

from __future__ import annotations

from litestar import Controller, Request, get, post
from litestar.status_codes import HTTP_200_OK, HTTP_201_CREATED
from sqlalchemy.ext.asyncio import AsyncSession

from journeys_app.domain.accounts.controllers.views import api_key_view
from journeys_app.domain.accounts.guards import requires
from journeys_app.domain.accounts.principal import Principal
from journeys_app.domain.accounts.roles import Permission
from journeys_app.domain.accounts.schemas import ApiKeyCreate, ApiKeyCreated, ApiKeyRead
from journeys_app.domain.accounts.services import api_keys


class ApiKeyController(Controller):
    path = "/api-keys"
    tags = ["api keys"]
    guards = [requires(Permission.admin)]

    @get("/", operation_id="listApiKeys", summary="The workspace's API keys (secrets are never shown again)")
    async def list_keys(self, db: AsyncSession, principal: Principal) -> list[ApiKeyRead]:
        return [api_key_view(k) for k in await api_keys.list_keys(db, principal.workspace_id)]

    @post(
        "/",
        operation_id="createApiKey",
        summary="Create an API key; the response holds the secret, shown this once",
        description="Scopes: `events:write` (ingest events), `read`, `journeys:write`, `admin`.",
        status_code=HTTP_201_CREATED,
    )
    async def create_key(
        self, request: Request, data: ApiKeyCreate, db: AsyncSession, principal: Principal
    ) -> ApiKeyCreated:
        ip = request.client.host if request.client else None
        key, secret = await api_keys.create(
            db, principal.workspace_id, data.name, data.scopes, actor=principal, ip=ip
        )
        return ApiKeyCreated(key=api_key_view(key), secret=secret)

    @post(
        "/{key_id:int}/revoke",
        operation_id="revokeApiKey",
        summary="Revoke an API key (refused from the next request on)",
        status_code=HTTP_200_OK,
    )
    async def revoke_key(
        self, request: Request, key_id: int, db: AsyncSession, principal: Principal
    ) -> ApiKeyRead:
        ip = request.client.host if request.client else None
        return api_key_view(await api_keys.revoke(db, principal.workspace_id, key_id, actor=principal, ip=ip))
