"""The workspace's audit log (owners and admins)."""

from __future__ import annotations

from litestar import Controller, get
from litestar.di import Provide
from litestar.params import Parameter
from sqlalchemy.ext.asyncio import AsyncSession

from journeys_app.domain.accounts.controllers.views import audit_view
from journeys_app.domain.accounts.guards import provide_accounts_db, requires
from journeys_app.domain.accounts.principal import Principal
from journeys_app.domain.accounts.roles import Permission
from journeys_app.domain.accounts.schemas import AuditEntryRead
from journeys_app.domain.accounts.services import audit


class AuditLogController(Controller):
    path = "/audit-log"
    tags = ["audit"]
    guards = [requires(Permission.admin)]
    dependencies = {"db": Provide(provide_accounts_db)}

    @get("/", operation_id="listAuditLog", summary="Security-relevant actions, newest first")
    async def list_entries(
        self,
        db: AsyncSession,
        principal: Principal,
        limit: int = Parameter(default=100, ge=1, le=500),
        before_id: int | None = Parameter(
            query="beforeId", default=None, description="page: entries older than this id"
        ),
    ) -> list[AuditEntryRead]:
        return [
            audit_view(e)
            for e in await audit.list_entries(db, principal.workspace_id, limit=limit, before_id=before_id)
        ]
