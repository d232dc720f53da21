"""POST /api/v1/events: the ingestion contract for integrators."""

from __future__ import annotations

from litestar import Controller, Request, Response, post
from litestar.datastructures import State
from litestar.exceptions import ValidationException
from litestar.status_codes import HTTP_202_ACCEPTED
from sqlalchemy.ext.asyncio import AsyncSession

from journeys_app.domain.accounts.guards import requires
from journeys_app.domain.accounts.principal import Principal
from journeys_app.domain.accounts.roles import Permission
from journeys_app.domain.events.jobs import enqueue_customers
from journeys_app.domain.events.schemas import EventBatch, EventBatchResult, EventItemResult, ItemErrorRead
from journeys_app.domain.events.services.ingest import MAX_BATCH, ingest
from journeys_app.logging_setup import get_logger

log = get_logger(__name__)
MAX_BODY_BYTES = 2 * 1024 * 1024
CODES = {"accepted": 202, "duplicate": 200, "conflict": 409, "invalid": 422}


class EventIngestController(Controller):
    path = "/events"
    tags = ["events"]
    guards = [requires(Permission.events_write)]
    request_max_body_size = MAX_BODY_BYTES

    @post(
        "/",
        operation_id="ingestEvents",
        summary="Send a batch of up to 1,000 behaviour events",
        description=(
            "Idempotent by event `id` per workspace: a repeated id with the same payload is reported as "
            "`duplicate` (stored once, applied once); the same id with a different payload is a `conflict` "
            "(409) for that item. Each item is checked on its own: invalid items come back with their index "
            "and JSON pointers, valid items of the same batch are stored. The answer (202) is sent only after "
            "the events are committed. 400 for invalid JSON, 413 above 2 MB."
        ),
        status_code=HTTP_202_ACCEPTED,
    )
    async def ingest_events(
        self, request: Request, data: EventBatch, db: AsyncSession, principal: Principal, state: State
    ) -> Response[EventBatchResult]:
        if len(data.events) > MAX_BATCH:
            raise ValidationException(
                f"events: at most {MAX_BATCH} per batch, got {len(data.events)}",
                extra=[{"pointer": "/events", "message": f"at most {MAX_BATCH} items"}],
            )
        result = await ingest(db, data.events)
        try:
            await enqueue_customers(
                state.arq, state.settings.queue_name, principal.workspace_id, result.customers_to_process
            )
        except Exception as exc:  # committed already: the sweeper will ring again
            log.warning("enqueue failed; the sweeper will pick these customers up", error=str(exc))
        body = EventBatchResult(
            accepted=result.count("accepted"),
            duplicates=result.count("duplicate"),
            conflicts=result.count("conflict"),
            invalid=result.count("invalid"),
            results=[
                EventItemResult(
                    index=item.index,
                    status=item.status,
                    code=CODES[item.status],
                    event_id=item.event_id,
                    customer_id=item.customer_id,
                    errors=[ItemErrorRead(pointer=e.pointer, message=e.message) for e in item.errors],
                )
                for item in result.items
            ],
        )
        return Response(body, status_code=HTTP_202_ACCEPTED)
