"""validate_rule: the schema, every semantic error code, tag references, and parity with the
journey format's condition language."""

from __future__ import annotations

import json

import pytest

from journeys_app.domain.journeys.graph import load_schema
from journeys_app.domain.journeys.templates import templates_dir
from journeys_app.domain.rules import (
    MESSAGES,
    RuleError,
    RuleInvalid,
    ensure_valid_rule,
    is_valid_rule,
    validate_rule,
)
from journeys_app.domain.rules.validate import RULE_SCHEMA

from .support import rule

ORDERS = {"kind": "event_count", "event_type": "order.paid", "window": "P90D", "operator": "gte", "value": 2}


def codes(doc, **kw):
    return [(e.code, e.pointer) for e in validate_rule(doc, **kw)]


def test_a_valid_rule_has_no_errors():
    assert validate_rule(rule(ORDERS, add=["repeat_buyer"])) == []
    assert is_valid_rule(rule(ORDERS, add=["repeat_buyer"], description="90天内下单≥2次", schema_version=1))
    ensure_valid_rule(rule(ORDERS, remove=["first_time_buyer"]))


@pytest.mark.parametrize("doc", [None, [], "rule", 3, True, {}])
def test_any_json_value_gets_errors_not_an_exception(doc):
    errors = validate_rule(doc)
    assert errors and all(isinstance(e, RuleError) for e in errors)


@pytest.mark.parametrize(
    ("mutate", "expected"),
    [
        (lambda d: d.pop("name"), ("schema.required", "/name")),
        (lambda d: d.pop("enabled"), ("schema.required", "/enabled")),
        (lambda d: d.update(colour="red"), ("schema.additional_property", "/colour")),
        (lambda d: d.update(add_tags=["ok", "bad tag"]), ("schema.pattern", "/add_tags/1")),
        (lambda d: d.update(add_tags=["a", "a"]), ("schema.unique_items", "/add_tags")),
        (lambda d: d["condition"].update(kind="sometimes"), ("schema.unknown_variant", "/condition/kind")),
        (lambda d: d["condition"].update(window="30 days"), ("schema.pattern", "/condition/window")),
        (lambda d: d["condition"].update(window="P1M"), ("schema.pattern", "/condition/window")),
        (lambda d: d["condition"].update(event_type="signup"), ("schema.pattern", "/condition/event_type")),
        (lambda d: d["condition"].update(operator="ne"), ("schema.enum", "/condition/operator")),
        (lambda d: d["condition"].pop("operator"), ("schema.required", "/condition/operator")),
        (lambda d: d["condition"].update(value=1.5), ("schema.type", "/condition/value")),
    ],
)
def test_schema_errors_point_at_the_field(mutate, expected):
    doc = rule(dict(ORDERS), add=["repeat_buyer"])
    mutate(doc)
    assert expected in codes(doc)


def test_schema_errors_have_both_languages():
    [error] = validate_rule({**rule(ORDERS, add=["x"]), "enabled": "yes"})
    assert error.code == "schema.type" and error.message_en and error.message_zh
    assert json.loads(__import__("msgspec").json.encode(error))["messageZh"] == error.message_zh


SEMANTIC = [
    (rule(ORDERS), ("rule.no_tags", "/add_tags")),
    (rule(ORDERS, add=["vip", "x"], remove=["x"]), ("rule.tag_added_and_removed", "/remove_tags/0")),
    (
        rule(
            {
                "kind": "not",
                "condition": {
                    "kind": "not",
                    "condition": {
                        "kind": "not",
                        "condition": {
                            "kind": "not",
                            "condition": {
                                "kind": "not",
                                "condition": {
                                    "kind": "not",
                                    "condition": {
                                        "kind": "not",
                                        "condition": {
                                            "kind": "not",
                                            "condition": {"kind": "has_tag", "tag": "a"},
                                        },
                                    },
                                },
                            },
                        },
                    },
                },
            },
            add=["b"],
        ),
        ("condition.too_deep", "/condition" + "/condition" * 8),
    ),
    (
        rule({**ORDERS, "window": "since_stage_entry"}, add=["x"]),
        ("condition.window_not_available", "/condition/window"),
    ),
    (
        rule({"kind": "event", "event_type": "tag.added"}, add=["x"]),
        ("condition.internal_event", "/condition/event_type"),
    ),
    (
        rule(
            {
                "kind": "event_sum",
                "event_type": "order.paid",
                "property": "order_id",
                "window": "P1D",
                "operator": "gt",
                "value": 1,
            },
            add=["x"],
        ),
        ("condition.property_not_numeric", "/condition/property"),
    ),
    (
        rule(
            {
                "kind": "aggregate",
                "event_type": "friend.deleted",
                "property": "staff_id",
                "function": "max",
                "window": "P1D",
                "operator": "gt",
                "value": 1,
            },
            add=["x"],
        ),
        ("condition.property_not_numeric", "/condition/property"),
    ),
    (
        rule({"kind": "keyword", "keywords": ["价格", "  "]}, add=["x"]),
        ("condition.blank_keyword", "/condition/keywords/1"),
    ),
    (
        rule(
            {
                "kind": "event",
                "event_type": "cart.added",
                "filter": [{"property": "price", "operator": "gt", "value": [1]}],
            },
            add=["x"],
        ),
        ("predicate.invalid_value", "/condition/filter/0/value"),
    ),
    (
        rule({"kind": "attribute", "attribute": "region", "operator": "in", "value": []}, add=["x"]),
        ("predicate.invalid_value", "/condition/value"),
    ),
    (
        rule({"kind": "attribute", "attribute": "region", "operator": "exists", "value": "x"}, add=["x"]),
        ("predicate.invalid_value", "/condition/value"),
    ),
    (
        rule({"kind": "attribute", "attribute": "region", "operator": "eq"}, add=["x"]),
        ("predicate.invalid_value", "/condition/value"),
    ),
    (
        rule(
            {"kind": "attribute", "attribute": "birthday", "operator": "birthday_within", "value": 400},
            add=["x"],
        ),
        ("predicate.invalid_value", "/condition/value"),
    ),
    (
        rule(
            {"kind": "attribute", "attribute": "birthday", "operator": "birthday_within", "value": "7"},
            add=["x"],
        ),
        ("predicate.invalid_value", "/condition/value"),
    ),
    (
        rule(
            {"kind": "attribute", "attribute": "last_order_at", "operator": "older_than", "value": "30 days"},
            add=["x"],
        ),
        ("predicate.invalid_value", "/condition/value"),
    ),
    (
        rule(
            {"kind": "attribute", "attribute": "last_order_at", "operator": "older_than", "value": "PT0S"},
            add=["x"],
        ),
        ("duration.too_short", "/condition/value"),
    ),
    (rule({**ORDERS, "window": "PT30S"}, add=["x"]), ("duration.too_short", "/condition/window")),
    (rule({**ORDERS, "window": "P2000D"}, add=["x"]), ("duration.too_long", "/condition/window")),
    (
        rule({"kind": "recency", "event_type": "order.paid", "duration": "PT0S"}, add=["x"]),
        ("duration.too_short", "/condition/duration"),
    ),
    (
        rule(
            {"kind": "event", "event_type": "cart.added", "during": {"start": "22:00", "end": "22:00"}},
            add=["x"],
        ),
        ("time_window.empty", "/condition/during/end"),
    ),
]


@pytest.mark.parametrize(("doc", "expected"), SEMANTIC, ids=[e[1][0] + e[1][1] for e in SEMANTIC])
def test_semantic_errors(doc, expected):
    found = validate_rule(doc)
    assert [(e.code, e.pointer) for e in found] == [expected]
    assert (
        found[0].message_en and found[0].message_zh and "{" not in found[0].message_en + found[0].message_zh
    )


def test_too_many_conditions():
    leaves = [{"kind": "has_tag", "tag": f"t{k}"} for k in range(20)]
    cond = {"kind": "any", "conditions": [{"kind": "all", "conditions": leaves} for _ in range(11)]}
    assert codes(rule(cond, add=["x"])) == [("condition.too_many", "/condition")]


def test_absurd_nesting_gets_one_error():
    cond = {"kind": "has_tag", "tag": "a"}
    for _ in range(5000):
        cond = {"kind": "not", "condition": cond}
    assert codes(rule(cond, add=["x"])) == [("rule.too_deep", "")]


def test_numeric_properties_of_custom_types_are_not_checked():
    doc = rule(
        {
            "kind": "event_sum",
            "event_type": "live.watched",
            "property": "minutes",
            "window": "P7D",
            "operator": "gte",
            "value": 60,
        },
        add=["fan"],
    )
    assert validate_rule(doc) == []


def test_known_tags():
    doc = rule(
        {
            "kind": "any",
            "conditions": [{"kind": "has_tag", "tag": "vip"}, {"kind": "lacks_tag", "tag": "ghost"}],
        },
        add=["a"],
        remove=["b"],
    )
    assert codes(doc, known_tags={"vip", "ghost", "a", "b"}) == []
    assert codes(doc, known_tags={"vip"}) == [
        ("reference.unknown_tag", "/add_tags/0"),
        ("reference.unknown_tag", "/remove_tags/0"),
        ("reference.unknown_tag", "/condition/conditions/1/tag"),
    ]
    assert codes(doc) == [], "no catalog, no check"


def test_ensure_valid_rule_raises_with_the_errors():
    with pytest.raises(RuleInvalid) as caught:
        ensure_valid_rule(rule(ORDERS))
    assert [e.code for e in caught.value.errors] == ["rule.no_tags"]
    assert "/add_tags" in str(caught.value)


def test_every_code_has_messages_in_both_languages():
    for code, (en, zh) in MESSAGES.items():
        assert en and zh, code


# -- one language with journeys --------------------------------------------------------------------


def test_shared_definitions_are_the_journey_format_ones():
    journey = load_schema()["$defs"]
    ours = load_schema(RULE_SCHEMA)["$defs"]
    for name in (
        "Key",
        "AttributePath",
        "Duration",
        "LocalTime",
        "Window",
        "Scalar",
        "TimeWindow",
        "PropertyPredicate",
        "EventFilter",
        "AllCondition",
        "AnyCondition",
        "NotCondition",
        "HasTagCondition",
    ):
        assert ours[name] == journey[name], f"{name} differs from journey.schema.json"
    assert set(journey["Condition"]["discriminator"]["mapping"]) < set(
        ours["Condition"]["discriminator"]["mapping"]
    )
    journey_ops = journey["AttributeCondition"]["properties"]["operator"]["enum"]
    assert ours["AttributeCondition"]["properties"]["operator"]["enum"][: len(journey_ops)] == journey_ops


def _journey_conditions():
    def walk(node):
        if isinstance(node, dict):
            if node.get("kind") in {
                "all",
                "any",
                "not",
                "has_tag",
                "attribute",
                "event_count",
                "aggregate",
            } and ("conditions" in node or "condition" in node or "tag" in node or "operator" in node):
                yield node
                return
            for value in node.values():
                yield from walk(value)
        elif isinstance(node, list):
            for value in node:
                yield from walk(value)

    found = []
    for path in sorted(templates_dir().glob("*.json")):
        for cond in walk(json.loads(path.read_text(encoding="utf-8"))["graph"]):
            if "since_" not in json.dumps(cond):
                found.append((path.name, cond))
    return found


def test_journey_conditions_are_rule_conditions():
    conditions = _journey_conditions()
    assert len(conditions) >= 3
    for name, cond in conditions:
        assert validate_rule(rule(cond, add=["x"])) == [], (name, cond)
