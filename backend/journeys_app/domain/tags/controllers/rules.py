"""Automatic tag rules: CRUD, "matches N customers now", back-fill with progress."""

from __future__ import annotations

from litestar import Controller, get, post, put
from litestar.datastructures import State
from litestar.status_codes import HTTP_200_OK, HTTP_201_CREATED, HTTP_202_ACCEPTED
from sqlalchemy.ext.asyncio import AsyncSession

from journeys_app.domain.accounts.guards import requires
from journeys_app.domain.accounts.principal import Principal
from journeys_app.domain.accounts.roles import Permission
from journeys_app.domain.rules.evaluate import is_time_based
from journeys_app.domain.tags.models import RuleBackfill, TagRule
from journeys_app.domain.tags.schemas import BackfillRead, RuleMatchCount, RuleRead, RuleWrite
from journeys_app.domain.tags.services import rules
from journeys_app.queue import job_id


def rule_view(rule: TagRule) -> RuleRead:
    return RuleRead(
        id=rule.id,  # type: ignore[arg-type]
        name=rule.name,
        enabled=rule.enabled,
        revision=rule.revision,
        definition=rule.definition,
        time_based=is_time_based(rule.definition["condition"]),
        created_at=rule.created_at,
        updated_at=rule.updated_at,
    )


def backfill_view(run: RuleBackfill) -> BackfillRead:
    return BackfillRead(
        id=run.id,  # type: ignore[arg-type]
        rule_id=run.rule_id,
        rule_revision=run.rule_revision,
        status=run.status,
        total=run.total,
        processed=run.processed,
        changed=run.changed,
        error=run.error,
        created_at=run.created_at,
        finished_at=run.finished_at,
    )


class RuleController(Controller):
    path = "/rules"
    tags = ["rules"]

    @get("/", operation_id="listRules", summary="Automatic tag rules", guards=[requires(Permission.read)])
    async def list_rules(self, db: AsyncSession) -> list[RuleRead]:
        return [rule_view(r) for r in await rules.list_rules(db)]

    @post(
        "/",
        operation_id="createRule",
        summary="Create a rule (condition -> add/remove tags); 422 with pointers when invalid",
        guards=[requires(Permission.customers_write)],
        status_code=HTTP_201_CREATED,
    )
    async def create_rule(self, data: RuleWrite, db: AsyncSession) -> RuleRead:
        rule = await rules.create(db, data.definition)
        await db.commit()
        return rule_view(rule)

    @get("/{rule_id:int}", operation_id="getRule", summary="One rule", guards=[requires(Permission.read)])
    async def get_rule(self, rule_id: int, db: AsyncSession) -> RuleRead:
        return rule_view(await rules.get(db, rule_id))

    @put(
        "/{rule_id:int}",
        operation_id="updateRule",
        summary="Replace a rule's definition",
        guards=[requires(Permission.customers_write)],
    )
    async def update_rule(self, rule_id: int, data: RuleWrite, db: AsyncSession) -> RuleRead:
        rule = await rules.update(db, rule_id, data.definition)
        await db.commit()
        return rule_view(rule)

    @post(
        "/dry-run",
        operation_id="countRuleMatches",
        summary="How many customers a rule's condition matches now (changes nothing)",
        guards=[requires(Permission.read)],
        status_code=HTTP_200_OK,
    )
    async def dry_run(self, data: RuleWrite, db: AsyncSession) -> RuleMatchCount:
        matched, seen = await rules.count_matches(db, data.definition)
        return RuleMatchCount(matched=matched, customers=seen)

    @post(
        "/{rule_id:int}/backfills",
        operation_id="startRuleBackfill",
        summary="Apply the rule to every existing customer in the background",
        guards=[requires(Permission.customers_write)],
        status_code=HTTP_202_ACCEPTED,
    )
    async def start_backfill(
        self, rule_id: int, db: AsyncSession, principal: Principal, state: State
    ) -> BackfillRead:
        rule = await rules.get(db, rule_id)
        run = await rules.start_backfill(db, rule)
        await db.commit()
        await state.arq.enqueue_job(
            "backfill_rule",
            principal.workspace_id,
            run.id,
            _job_id=job_id(state.settings.queue_name, "backfill", run.id),
        )
        return backfill_view(run)

    @get(
        "/{rule_id:int}/backfills/{backfill_id:int}",
        operation_id="getRuleBackfill",
        summary="Progress of a back-fill",
        guards=[requires(Permission.read)],
    )
    async def get_backfill(self, rule_id: int, backfill_id: int, db: AsyncSession) -> BackfillRead:
        return backfill_view(await rules.get_backfill(db, rule_id, backfill_id))
