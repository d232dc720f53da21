"""Evaluating rule conditions and applying rules: pure functions of (rule, customer, events, now).

Nothing here reads a clock, a database or a file: the caller passes the customer snapshot, the
customer's events and `now` (timezone-aware), so evaluation is deterministic and repeatable.
Events after `now` are ignored, whatever the window. Conditions must be valid (`validate_rule`);
an invalid one raises RuleEvaluationError. Semantics are described in docs/rules.md.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from functools import lru_cache
from typing import Any

from journeys_app.domain.journeys.graph.durations import parse_duration

from .model import CustomerSnapshot, EventRecord, RuleId, TagChanges
from .values import (
    compare,
    days_until_anniversary,
    in_daily_window,
    local_midnight,
    month_day,
    normalize_text,
    predicate_matches,
    resolve,
    to_decimal,
    to_instant,
    values_match,
    zone_for,
)

Condition = Mapping[str, Any]
Rule = Mapping[str, Any]
RuleSet = Mapping[RuleId, Rule] | Iterable[tuple[RuleId, Rule]]

ALL_TIME = "all_time"
JOURNEY_ONLY_WINDOWS = frozenset({"since_journey_entry", "since_stage_entry"})
KEYWORD_EVENT_TYPE = "message.received"
TIME_OPERATORS = frozenset({"birthday_within", "within_last", "older_than"})
EVENT_KINDS = frozenset({"event", "event_count", "event_sum", "aggregate", "recency", "keyword"})
MAX_PASSES = 32
NO_EVENTS = timedelta(0)


class RuleEvaluationError(ValueError):
    """The condition is not one `validate_rule` accepts."""


def _require_aware(now: datetime) -> None:
    if not isinstance(now, datetime) or now.tzinfo is None or now.utcoffset() is None:
        raise ValueError(f"now must be a timezone-aware datetime, got {now!r}")


@lru_cache(maxsize=512)
def window_length(window: str | None) -> timedelta | None:
    """`P30D` → 30 days; None for no window or `all_time`."""
    if window is None or window == ALL_TIME:
        return None
    length = parse_duration(window)
    if length is None or length <= timedelta(0):
        raise RuleEvaluationError(f"not a window rules can use: {window!r}")
    return length


class _Context:
    """One customer at one instant: events indexed by type, attributes resolved once."""

    __slots__ = ("_attributes", "by_type", "now", "subject", "tags", "zone")

    def __init__(self, subject: CustomerSnapshot, events: Iterable[EventRecord], now: datetime) -> None:
        _require_aware(now)
        self.subject = subject
        self.tags = subject.tags
        self.now = now
        self.zone = zone_for(subject.time_zone)
        self.by_type: dict[str, list[EventRecord]] = defaultdict(list)
        for event in events:
            self.by_type[event.type].append(event)
        self._attributes: dict[str, Any] | None = None

    @property
    def attributes(self) -> dict[str, Any]:
        if self._attributes is None:
            self._attributes = self.subject.attribute_view()
        return self._attributes


# -- evaluation ------------------------------------------------------------------------------


def evaluate(
    condition: Condition, subject: CustomerSnapshot, events: Sequence[EventRecord], now: datetime
) -> bool:
    """Whether the condition holds for the customer at `now`, given the customer's events."""
    return _eval(condition, _Context(subject, events, now))


def _event_type(condition: Condition) -> str:
    return KEYWORD_EVENT_TYPE if condition["kind"] == "keyword" else condition["event_type"]


def _matches(condition: Condition, event: EventRecord, ctx: _Context) -> bool:
    """Filter, daily window and keywords; not the type and not the look-back window."""
    during = condition.get("during")
    if during is not None and not in_daily_window(event.occurred_at, during, ctx.zone):
        return False
    for predicate in condition.get("filter", ()):
        if not predicate_matches(predicate, event.properties, ctx.zone):
            return False
    if condition["kind"] == "keyword":
        texts = [normalize_text(t) for t in resolve(event.properties, "text") if isinstance(t, str)]
        needles = [normalize_text(k) for k in condition["keywords"]]
        return any(needle and needle in text for text in texts for needle in needles)
    return True


def _selected(condition: Condition, ctx: _Context, length: timedelta | None) -> Iterator[EventRecord]:
    """Matching events in (now − length, now] (or up to now without a length)."""
    start = ctx.now - length if length is not None else None
    for event in ctx.by_type.get(_event_type(condition), ()):
        when = event.occurred_at
        if when <= ctx.now and (start is None or when > start) and _matches(condition, event, ctx):
            yield event


def _numbers(events: Iterable[EventRecord], path: str) -> list[Decimal]:
    out = []
    for event in events:
        for value in resolve(event.properties, path):
            number = to_decimal(value)
            if number is not None:
                out.append(number)
    return out


def _number(value: Any) -> Decimal:
    number = to_decimal(value)
    if number is None:
        raise RuleEvaluationError(f"not a number: {value!r}")
    return number


def _eval(condition: Condition, ctx: _Context) -> bool:
    kind = condition.get("kind")
    if kind == "all":
        return all(_eval(sub, ctx) for sub in condition["conditions"])
    if kind == "any":
        return any(_eval(sub, ctx) for sub in condition["conditions"])
    if kind == "not":
        return not _eval(condition["condition"], ctx)
    if kind == "has_tag":
        return condition["tag"] in ctx.tags
    if kind == "lacks_tag":
        return condition["tag"] not in ctx.tags
    if kind == "attribute":
        return _attribute(condition, ctx)
    if kind in {"event", "keyword"}:
        return next(_selected(condition, ctx, window_length(condition.get("window"))), None) is not None
    if kind == "event_count":
        count = sum(1 for _ in _selected(condition, ctx, window_length(condition["window"])))
        return compare(Decimal(count), condition["operator"], _number(condition["value"]))
    if kind == "event_sum":
        events = _selected(condition, ctx, window_length(condition["window"]))
        total = sum(_numbers(events, condition["property"]), Decimal(0))
        return compare(total, condition["operator"], _number(condition["value"]))
    if kind == "aggregate":
        events = _selected(condition, ctx, window_length(condition["window"]))
        return _aggregate(condition, _numbers(events, condition["property"]))
    if kind == "recency":
        length = _duration(condition["duration"])
        if next(_selected(condition, ctx, length), None) is not None:
            return False
        if condition.get("include_never", True):
            return True
        return next(_selected(condition, ctx, None), None) is not None
    raise RuleEvaluationError(f"unknown condition kind: {kind!r}")


def _duration(text: str) -> timedelta:
    length = window_length(text)
    if length is None:
        raise RuleEvaluationError(f"not a duration: {text!r}")
    return length


def _aggregate(condition: Condition, numbers: list[Decimal]) -> bool:
    function = condition["function"]
    if function == "sum":
        result = sum(numbers, Decimal(0))
    elif not numbers:
        return False  # avg/min/max of nothing: no match
    elif function == "avg":
        result = sum(numbers, Decimal(0)) / len(numbers)
    elif function == "min":
        result = min(numbers)
    elif function == "max":
        result = max(numbers)
    else:
        raise RuleEvaluationError(f"unknown aggregate function: {function!r}")
    return compare(result, condition["operator"], _number(condition["value"]))


def _attribute(condition: Condition, ctx: _Context) -> bool:
    values = resolve(ctx.attributes, condition["attribute"])
    operator = condition["operator"]
    if operator == "birthday_within":
        today = ctx.now.astimezone(ctx.zone).date()
        return _birthday_within(values, int(condition["value"]), today, ctx)
    if operator in {"within_last", "older_than"}:
        length = _duration(condition["value"])
        for value in values:
            instant = to_instant(value, ctx.zone)
            if instant is None:
                continue
            if operator == "within_last" and ctx.now - length < instant <= ctx.now:
                return True
            if operator == "older_than" and instant <= ctx.now - length:
                return True
        return False
    return values_match(values, operator, condition.get("value"), ctx.zone)


def _birthday_within(values: list[Any], days: int, today: date, ctx: _Context) -> bool:
    for value in values:
        found = month_day(value, ctx.zone)
        if found is not None and days_until_anniversary(found[0], found[1], today) <= days:
            return True
    return False


# -- applying rules --------------------------------------------------------------------------


def _is_enabled(rule: Rule) -> bool:
    return rule.get("enabled", True) is not False


def _rule_changes(
    rule: Rule, ctx: _Context, holds: bool | None = None
) -> tuple[frozenset[str], frozenset[str]]:
    if holds is None:
        holds = _is_enabled(rule) and _eval(rule["condition"], ctx)
    if not holds:
        return frozenset(), frozenset()
    remove_tags = frozenset(rule.get("remove_tags", ()))
    return frozenset(rule.get("add_tags", ())) - remove_tags, remove_tags


def apply_rule(
    rule: Rule, subject: CustomerSnapshot, events: Sequence[EventRecord], now: datetime
) -> TagChanges:
    """The tag changes one rule makes now: none when disabled or its condition is false.

    Only real changes are returned (tags to add that the customer lacks, tags to remove that it
    has), so applying them and evaluating again yields no changes.
    """
    add, remove = _rule_changes(rule, _Context(subject, events, now))
    return TagChanges(add=add - subject.tags, remove=remove & subject.tags)


def _id_key(rule_id: RuleId) -> tuple[int, Any]:
    if isinstance(rule_id, int) and not isinstance(rule_id, bool):
        return (0, rule_id)
    return (1, str(rule_id))


def ordered_rules(rules: RuleSet) -> list[tuple[RuleId, Rule]]:
    """Enabled rules by id (integers numerically, before any other id, others as text)."""
    items = list(rules.items()) if isinstance(rules, Mapping) else list(rules)
    return sorted(((i, r) for i, r in items if _is_enabled(r)), key=lambda item: _id_key(item[0]))


def apply_rules(
    rules: RuleSet,
    subject: CustomerSnapshot,
    events: Sequence[EventRecord],
    now: datetime,
    *,
    max_passes: int = MAX_PASSES,
) -> TagChanges:
    """The net tag changes of a rule set, followed until nothing changes.

    A pass evaluates every enabled rule against the same tags; a tag both added and removed in
    one pass is removed (removal wins). Passes repeat while tags change, so a rule reading a
    tag that another rule sets sees it. If the tags come back to an earlier state (rules that
    undo each other) the evaluation stops at that state with `converged=False`, which is still
    idempotent: applying the result and running again changes nothing. `sources` names the rule
    behind each change (the lowest id when several rules made it in the same pass).
    """
    ordered = ordered_rules(rules)
    ctx = _Context(subject, events, now)
    # A condition that tests no tag has the same value in every pass: evaluate it once.
    fixed: dict[int, bool] = {}
    for index, (_, rule) in enumerate(ordered):
        if not referenced_tags(rule["condition"]):
            fixed[index] = _eval(rule["condition"], ctx)
    original = subject.tags
    state = original
    sources: dict[str, RuleId] = {}
    history: list[tuple[frozenset[str], dict[str, RuleId]]] = [(state, sources)]
    seen = {state: 0}
    converged = False
    passes = 0
    while passes < max_passes:
        passes += 1
        ctx.tags = state
        adds: dict[str, RuleId] = {}
        removes: dict[str, RuleId] = {}
        for index, (rule_id, rule) in enumerate(ordered):
            add, remove = _rule_changes(rule, ctx, fixed.get(index))
            for tag in sorted(add):
                adds.setdefault(tag, rule_id)
            for tag in sorted(remove):
                removes.setdefault(tag, rule_id)
        new_state = (state | frozenset(adds)) - frozenset(removes)
        if new_state == state:
            converged = True
            break
        new_sources = dict(sources)
        new_sources.update({tag: adds[tag] for tag in new_state - state})
        new_sources.update({tag: removes[tag] for tag in state - new_state})
        if new_state in seen:  # the rules undo each other: stop where the loop starts again
            state, sources = history[seen[new_state]]
            break
        seen[new_state] = len(history)
        history.append((new_state, new_sources))
        state, sources = new_state, new_sources
    add, remove = state - original, original - state
    return TagChanges(
        add=add,
        remove=remove,
        sources={tag: sources[tag] for tag in sorted(add | remove)},
        converged=converged,
        passes=passes,
    )


# -- what a condition needs ------------------------------------------------------------------


def children(condition: Condition) -> list[Condition]:
    kind = condition.get("kind")
    if kind in {"all", "any"}:
        return list(condition["conditions"])
    if kind == "not":
        return [condition["condition"]]
    return []


def iter_conditions(condition: Condition) -> Iterator[Condition]:
    """The condition and every condition nested in it, depth first."""
    stack = [condition]
    while stack:
        current = stack.pop()
        yield current
        stack.extend(reversed(children(current)))


def required_event_types(condition: Condition) -> frozenset[str]:
    """Event types the condition reads (message.received for keywords); load these events."""
    return frozenset(_event_type(c) for c in iter_conditions(condition) if c.get("kind") in EVENT_KINDS)


def referenced_tags(condition: Condition) -> frozenset[str]:
    """Tags the condition reads (has_tag / lacks_tag)."""
    return frozenset(
        c["tag"] for c in iter_conditions(condition) if c.get("kind") in {"has_tag", "lacks_tag"}
    )


def referenced_attributes(condition: Condition) -> frozenset[str]:
    """Attribute paths the condition reads (computed fields included)."""
    return frozenset(c["attribute"] for c in iter_conditions(condition) if c.get("kind") == "attribute")


def _leaf_is_time_based(condition: Condition) -> bool:
    kind = condition.get("kind")
    if kind == "recency":
        return True
    if kind == "attribute":
        return condition["operator"] in TIME_OPERATORS
    if kind in EVENT_KINDS:
        return window_length(condition.get("window")) is not None
    return False


def is_time_based(condition: Condition) -> bool:
    """True when the condition can change with time alone (windows, recency, birthdays, within_last/older_than).

    Such rules also need periodic evaluation (see `next_change_at`); the others change only
    when events, attributes or tags do.
    """
    return any(_leaf_is_time_based(c) for c in iter_conditions(condition))


def _leaf_window(condition: Condition) -> timedelta | None:
    kind = condition.get("kind")
    if kind == "recency":
        return _duration(condition["duration"]) if condition.get("include_never", True) else None
    if kind in EVENT_KINDS:
        return window_length(condition.get("window"))
    return NO_EVENTS


def max_window(condition: Condition) -> timedelta | None:
    """How far back before `now` events must be loaded: None = all of them; timedelta(0) = none needed.

    A window (or a recency duration) of D needs the events after now − D. Events without a
    window, and recency with include_never false (it must know whether there ever was one),
    need the whole history.
    """
    longest = NO_EVENTS
    for current in iter_conditions(condition):
        if current.get("kind") in {"all", "any", "not"}:
            continue
        window = _leaf_window(current)
        if window is None:
            return None
        longest = max(longest, window)
    return longest


def next_change_at(
    condition: Condition, subject: CustomerSnapshot, events: Sequence[EventRecord], now: datetime
) -> datetime | None:
    """The earliest instant (UTC) after `now` at which the condition may change by time alone, or None.

    Assumes no new events and no attribute or tag changes (those trigger event-driven
    evaluation anyway). Never later than the real change, possibly earlier (evaluating again
    then finds nothing to do and asks again): use it to schedule the next periodic check.
    """
    ctx = _Context(subject, events, now)
    found = [t for c in iter_conditions(condition) for t in _leaf_changes(c, ctx)]
    return min(found).astimezone(UTC) if found else None


def _leaf_changes(condition: Condition, ctx: _Context) -> Iterator[datetime]:
    kind = condition.get("kind")
    if kind == "attribute":
        yield from _attribute_changes(condition, ctx)
        return
    if kind not in EVENT_KINDS:
        return
    length = _duration(condition["duration"]) if kind == "recency" else window_length(condition.get("window"))
    for event in ctx.by_type.get(_event_type(condition), ()):
        if not _matches(condition, event, ctx):
            continue
        if event.occurred_at > ctx.now:
            yield event.occurred_at  # counted once it is no longer in the future
        elif length is not None and event.occurred_at + length > ctx.now:
            yield event.occurred_at + length  # leaves the window


def _attribute_changes(condition: Condition, ctx: _Context) -> Iterator[datetime]:
    operator = condition["operator"]
    if operator not in TIME_OPERATORS:
        return
    values = resolve(ctx.attributes, condition["attribute"])
    if operator == "birthday_within":
        days = int(condition["value"])
        today = ctx.now.astimezone(ctx.zone).date()
        current = _birthday_within(values, days, today, ctx)
        for offset in range(1, 368):
            day = today + timedelta(days=offset)
            if _birthday_within(values, days, day, ctx) != current:
                yield local_midnight(day, ctx.zone)
                return
        return
    length = _duration(condition["value"])
    for value in values:
        instant = to_instant(value, ctx.zone)
        if instant is None:
            continue
        for moment in (instant, instant + length):
            if moment > ctx.now:
                yield moment


__all__ = [
    "Condition",
    "Rule",
    "RuleEvaluationError",
    "RuleSet",
    "apply_rule",
    "apply_rules",
    "children",
    "evaluate",
    "is_time_based",
    "iter_conditions",
    "max_window",
    "next_change_at",
    "ordered_rules",
    "referenced_attributes",
    "referenced_tags",
    "required_event_types",
]
