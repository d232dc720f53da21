"""The Litestar application factory."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from arq import create_pool
from litestar import Litestar, Router
from litestar.datastructures import State
from litestar.di import Provide
from litestar.exceptions import HTTPException, NotFoundException
from litestar.openapi import OpenAPIConfig
from litestar.openapi.plugins import ScalarRenderPlugin
from litestar.types import Scope

from journeys_app import __version__
from journeys_app.db.engine import create_session_maker, shared_engine
from journeys_app.db.metadata import load_metadata
from journeys_app.domain.accounts.controllers import (
    ApiKeyController,
    AuditLogController,
    AuthController,
    MemberController,
)
from journeys_app.domain.accounts.guards import (
    AuthenticationMiddleware,
    provide_db,
    provide_principal,
    signed_in,
)
from journeys_app.domain.customers.controllers import CustomerController
from journeys_app.domain.events.controllers import EventIngestController
from journeys_app.domain.imports.controllers import ImportController
from journeys_app.domain.journeys.controllers import (
    DraftController,
    JourneyController,
    JourneyTemplateController,
    TemplateController,
    VersionController,
)
from journeys_app.domain.system.controllers import HealthController, WorkerPingController
from journeys_app.domain.tags.controllers import RuleController, TagController, TagGroupController
from journeys_app.logging_setup import configure_logging, get_logger
from journeys_app.queue import redis_settings
from journeys_app.settings import Settings, get_settings
from journeys_app.spa import make_not_found_handler, spa_route_handlers

log = get_logger(__name__)

API_PREFIX = "/api/v1"


def api_router() -> Router:
    """Everything under /api/v1: authenticated by default (handlers opt out with opt={"public": True})."""
    return Router(
        path=API_PREFIX,
        route_handlers=[
            HealthController,
            WorkerPingController,
            AuthController,
            ApiKeyController,
            MemberController,
            AuditLogController,
            JourneyController,
            DraftController,
            VersionController,
            TemplateController,
            JourneyTemplateController,
            EventIngestController,
            CustomerController,
            TagGroupController,
            TagController,
            RuleController,
            ImportController,
        ],
        middleware=[AuthenticationMiddleware],
        guards=[signed_in],
        dependencies={"db": Provide(provide_db), "principal": Provide(provide_principal)},
    )


async def log_exception(exception: BaseException, scope: Scope) -> None:
    """Every unhandled error reaches the log with its traceback (the client gets a plain 500)."""
    if isinstance(exception, HTTPException) and exception.status_code < 500:
        return
    log.error("unhandled error", path=scope.get("path"), method=scope.get("method"), exc_info=exception)


def create_app(settings: Settings | None = None, *, configure_logs: bool = True) -> Litestar:
    settings = settings or get_settings()
    if configure_logs:
        configure_logging(settings.log_format, settings.log_level)
    load_metadata()  # every table mapped before the first query

    @asynccontextmanager
    async def connections(app: Litestar) -> AsyncIterator[None]:
        engine = shared_engine(settings.effective_database_url)
        app.state.sessions = create_session_maker(engine)
        pool = await create_pool(
            redis_settings(settings.effective_redis_url), default_queue_name=settings.queue_name
        )
        app.state.arq = pool
        try:
            yield
        finally:
            await pool.aclose()
            await engine.dispose()

    return Litestar(
        route_handlers=[api_router(), *spa_route_handlers(settings.spa_dir)],
        lifespan=[connections],
        exception_handlers={NotFoundException: make_not_found_handler(settings.spa_dir)},
        openapi_config=OpenAPIConfig(
            title="Journeys API",
            version=__version__,
            description=(
                "Visual customer-journey builder: behaviour -> tag -> stage -> push. "
                "All routes live under /api/v1."
            ),
            path="/schema",
            render_plugins=[ScalarRenderPlugin()],
        ),
        state=State({"settings": settings}),
        after_exception=[log_exception],
        logging_config=None,  # configure_logging() owns the root logger
        debug=False,
    )
