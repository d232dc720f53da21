"""HTTP routes of the system area."""

from __future__ import annotations

from arq.connections import ArqRedis
from litestar import Controller, Response, get, post
from litestar.datastructures import State
from litestar.exceptions import NotFoundException
from litestar.openapi.datastructures import ResponseSpec
from litestar.status_codes import HTTP_200_OK, HTTP_202_ACCEPTED, HTTP_503_SERVICE_UNAVAILABLE
from sqlalchemy.ext.asyncio import AsyncSession

from journeys_app.domain.accounts.guards import requires
from journeys_app.domain.accounts.roles import Permission
from journeys_app.domain.system import services
from journeys_app.domain.system.schemas import HealthReport, WorkerPingRead


class HealthController(Controller):
    path = "/health"
    tags = ["system"]

    @get(
        "/",
        operation_id="getHealth",
        summary="State of the database, Redis and the workers",
        description=(
            "200 when the database and Redis answer and at least one worker has sent a heartbeat in the "
            "last 15 seconds; 503 with the same body otherwise, naming the check that is down."
        ),
        responses={
            HTTP_503_SERVICE_UNAVAILABLE: ResponseSpec(
                data_container=HealthReport, description="A check is down; the body names it"
            )
        },
        cache=False,
        opt={"public": True},
    )
    async def get_health(self, state: State) -> Response[HealthReport]:
        report = await services.health_report(state.sessions, state.arq)
        return Response(
            report, status_code=HTTP_200_OK if report.status == "ok" else HTTP_503_SERVICE_UNAVAILABLE
        )


class WorkerPingController(Controller):
    path = "/system/pings"
    tags = ["system"]
    guards = [requires(Permission.admin)]

    @post(
        "/",
        operation_id="createWorkerPing",
        summary="Send a ping through Redis to a worker",
        description="Enqueues a job; a worker answers it by writing to the database. Poll `getWorkerPing`.",
        status_code=HTTP_202_ACCEPTED,
    )
    async def create_ping(self, db: AsyncSession, state: State) -> WorkerPingRead:
        arq: ArqRedis = state.arq
        ping = await services.create_ping(db, arq, state.settings.queue_name)
        return services.ping_view(ping)

    @get("/{ping_id:str}", operation_id="getWorkerPing", summary="A ping and whether a worker answered it")
    async def get_ping(self, ping_id: str, db: AsyncSession) -> WorkerPingRead:
        ping = await services.get_ping(db, ping_id)
        if ping is None:
            raise NotFoundException("no such ping in this workspace")
        return services.ping_view(ping)
