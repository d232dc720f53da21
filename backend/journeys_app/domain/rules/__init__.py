"""Automatic tag rules and event types — the pure core (no database, no I/O but the schema files).

    errors = validate_rule(doc, known_tags=...)            # [] when valid; RuleError(code, pointer, ...)
    holds = evaluate(doc["condition"], customer, events, now)
    changes = apply_rules({rule_id: doc, ...}, customer, events, now)   # TagChanges(add, remove, sources)
    required_event_types(cond) / max_window(cond)          # which events to load, how far back
    is_time_based(cond) / next_change_at(cond, ...)        # periodic evaluation and when
    validate_event_properties("order.paid", props)         # EventPropertyError(pointer, message)

The rule format is `journeys/schema/rule.schema.json`, the built-in event types are
`journeys/schema/events/<type>.schema.json`; docs/rules.md explains both and the semantics.
"""

from .evaluate import (
    Condition,
    Rule,
    RuleEvaluationError,
    RuleSet,
    apply_rule,
    apply_rules,
    evaluate,
    is_time_based,
    iter_conditions,
    max_window,
    next_change_at,
    ordered_rules,
    referenced_attributes,
    referenced_tags,
    required_event_types,
)
from .event_types import (
    BUILTIN_EVENT_TYPES,
    EVENT_TYPE_PATTERN,
    INTERNAL_EVENT_TYPES,
    EventPropertyError,
    EventTypeInfo,
    event_schema,
    event_type_info,
    event_type_problem,
    is_builtin,
    is_internal,
    is_valid_event_type,
    numeric_properties,
    validate_event_properties,
)
from .model import COMPUTED_FIELDS, DEFAULT_TIME_ZONE, CustomerSnapshot, EventRecord, RuleId, TagChanges
from .validate import MESSAGES, RuleError, RuleInvalid, ensure_valid_rule, is_valid_rule, validate_rule

__all__ = [
    "BUILTIN_EVENT_TYPES",
    "COMPUTED_FIELDS",
    "DEFAULT_TIME_ZONE",
    "EVENT_TYPE_PATTERN",
    "INTERNAL_EVENT_TYPES",
    "MESSAGES",
    "Condition",
    "CustomerSnapshot",
    "EventPropertyError",
    "EventRecord",
    "EventTypeInfo",
    "Rule",
    "RuleError",
    "RuleEvaluationError",
    "RuleId",
    "RuleInvalid",
    "RuleSet",
    "TagChanges",
    "apply_rule",
    "apply_rules",
    "ensure_valid_rule",
    "evaluate",
    "event_schema",
    "event_type_info",
    "event_type_problem",
    "is_builtin",
    "is_internal",
    "is_time_based",
    "is_valid_event_type",
    "is_valid_rule",
    "iter_conditions",
    "max_window",
    "next_change_at",
    "numeric_properties",
    "ordered_rules",
    "referenced_attributes",
    "referenced_tags",
    "required_event_types",
    "validate_event_properties",
    "validate_rule",
]
