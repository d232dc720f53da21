"""Built-in event types: their schemas, examples, validation with pointers; custom and internal types."""

from __future__ import annotations

import copy
import json

import pytest
from jsonschema import Draft202012Validator

from journeys_app.domain.rules import (
    BUILTIN_EVENT_TYPES,
    EVENT_TYPE_PATTERN,
    INTERNAL_EVENT_TYPES,
    event_schema,
    event_type_info,
    event_type_problem,
    is_builtin,
    is_internal,
    is_valid_event_type,
    numeric_properties,
    validate_event_properties,
)
from journeys_app.domain.rules.event_types import events_schema_dir

REQUIRED_BY_ISSUE = {
    "moment.viewed",
    "article.read",
    "product.viewed",
    "cart.added",
    "order.paid",
    "order.refunded",
    "coupon.claimed",
    "coupon.redeemed",
    "group.joined",
    "group.left",
    "friend.added",
    "friend.deleted",
    "message.received",
    "qr.scanned",
    "form.submitted",
    "task.completed",
    "tag.added",
    "tag.removed",
}
TYPES = [info.type for info in BUILTIN_EVENT_TYPES]

# One way to break each type, and where the error must point (relative to /properties).
BROKEN = {
    "moment.viewed": (lambda p: p.pop("moment_id"), "/moment_id", "schema.required"),
    "article.read": (lambda p: p.update(read_ratio=1.5), "/read_ratio", "schema.maximum"),
    "product.viewed": (lambda p: p.update(price="two hundred"), "/price", "schema.pattern"),
    "cart.added": (lambda p: p.update(quantity=0), "/quantity", "schema.minimum"),
    "order.paid": (lambda p: p["items"][1].pop("sku"), "/items/1/sku", "schema.required"),
    "order.refunded": (lambda p: p.update(amount=-5), "/amount", "schema.minimum"),
    "coupon.claimed": (lambda p: p.update(currency="rmb"), "/currency", "schema.pattern"),
    "coupon.redeemed": (lambda p: p.update(coupon=""), "/coupon", "schema.min_length"),
    "group.joined": (lambda p: p.update(group_id=42), "/group_id", "schema.type"),
    "group.left": (lambda p: p.update(removed="yes"), "/removed", "schema.type"),
    "friend.added": (lambda p: p.pop("staff_id"), "/staff_id", "schema.required"),
    "friend.deleted": (lambda p: p.update(deleted_by="robot"), "/deleted_by", "schema.enum"),
    "message.received": (lambda p: p.update(text=None), "/text", "schema.type"),
    "qr.scanned": (lambda p: p.update(points=2.5), "/points", "schema.type"),
    "form.submitted": (lambda p: p.update(fields=["budget"]), "/fields", "schema.type"),
    "task.completed": (lambda p: p.update(completed_by="system"), "/completed_by", "schema.enum"),
    "tag.added": (lambda p: p.update(source="robot"), "/source", "schema.enum"),
    "tag.removed": (lambda p: p.pop("tag"), "/tag", "schema.required"),
}


def test_every_type_the_issue_names_is_built_in():
    assert set(TYPES) == REQUIRED_BY_ISSUE
    assert len(TYPES) == len(set(TYPES))
    assert INTERNAL_EVENT_TYPES == {"tag.added", "tag.removed"}


def test_one_schema_file_per_type_and_nothing_else():
    files = {p.name for p in events_schema_dir().glob("*.json")}
    assert files == {f"{t}.schema.json" for t in TYPES} | {"common.schema.json"}


@pytest.mark.parametrize("event_type", TYPES)
def test_schema_is_documented_and_agrees_with_the_python_list(event_type):
    schema = event_schema(event_type)
    Draft202012Validator.check_schema(schema)
    info = event_type_info(event_type)
    assert schema["title"] == event_type
    assert schema["$id"].endswith(f"/events/{event_type}.schema.json")
    assert schema["description"] == info.description_en
    assert info.name_zh and info.name_en and info.description_zh and info.category
    assert schema["examples"], "every type has at least one realistic example"
    assert set(info.key_properties) <= set(schema["properties"])
    assert set(schema["required"]) <= set(schema["properties"])
    for name, prop in schema["properties"].items():
        assert prop.get("description"), f"{event_type}.{name} has no description"


def test_shared_definitions_are_described_too():
    common = json.loads((events_schema_dir() / "common.schema.json").read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(common)
    for name, definition in common["$defs"].items():
        assert definition.get("description"), name
        for prop_name, prop in definition.get("properties", {}).items():
            assert prop.get("description"), f"{name}.{prop_name}"


@pytest.mark.parametrize("event_type", TYPES)
def test_every_example_validates(event_type):
    for example in event_schema(event_type)["examples"]:
        assert validate_event_properties(event_type, example) == []


@pytest.mark.parametrize("event_type", TYPES)
def test_a_broken_example_gets_a_pointer(event_type):
    properties = copy.deepcopy(event_schema(event_type)["examples"][0])
    breaker, pointer, code = BROKEN[event_type]
    breaker(properties)
    errors = validate_event_properties(event_type, properties)
    assert [(e.pointer, e.code) for e in errors] == [(pointer, code)]
    assert errors[0].message and errors[0].message_zh


def test_order_paid_contract():
    schema = event_schema("order.paid")
    assert set(schema["required"]) == {"order_id", "amount", "items"}
    assert {"currency", "channel", "store"} <= set(schema["properties"])
    base = {"order_id": "o1", "items": [{"sku": "A", "name": "蛋糕", "quantity": 1, "price": 268}]}
    for amount in ("268.00", "268", 268, 268.5, "0.0001"):
        assert validate_event_properties("order.paid", {**base, "amount": amount}) == [], amount
    for amount in ("268.123456", "-1", "1e3", "¥268", -1, True):
        assert validate_event_properties("order.paid", {**base, "amount": amount}), amount
    errors = validate_event_properties("order.paid", {"amount": "1"})
    assert [(e.pointer, e.code) for e in errors] == [
        ("/items", "schema.required"),
        ("/order_id", "schema.required"),
    ]
    assert validate_event_properties("order.paid", {**base, "amount": 1, "items": []})[0].pointer == "/items"


def test_built_in_schemas_are_open_to_extra_properties():
    extra = {
        "order_id": "o1",
        "amount": 1,
        "items": [{"sku": "A", "name": "n", "quantity": 1, "price": 1, "colour": "蓝"}],
    }
    assert validate_event_properties("order.paid", {**extra, "occasion": "birthday", "campaign": "618"}) == []


def test_several_errors_are_ordered_by_pointer():
    errors = validate_event_properties(
        "order.paid",
        {
            "order_id": "o",
            "amount": "x",
            "items": [{"sku": "a", "name": "n", "quantity": 0, "price": 1}] * 12,
        },
    )
    pointers = [e.pointer for e in errors]
    assert pointers[0] == "/amount"
    assert pointers[1:3] == ["/items/0/quantity", "/items/1/quantity"]
    assert pointers[-1] == "/items/11/quantity"


def test_custom_types_take_any_object():
    assert not is_builtin("live.watched")
    assert (
        validate_event_properties("live.watched", {"room": "r1", "minutes": 35, "nested": {"a": [1]}}) == []
    )
    assert validate_event_properties("live.watched", {}) == []
    errors = validate_event_properties("live.watched", ["not", "an", "object"])
    assert [(e.pointer, e.code) for e in errors] == [("", "schema.type")]
    assert validate_event_properties("order.paid", "nope")[0].code == "schema.type"


@pytest.mark.parametrize(
    ("name", "valid"),
    [
        ("order.paid", True),
        ("live.watched", True),
        ("b2b.quote.requested", True),
        ("test_drive.completed", True),
        ("signup", False),
        ("Order.Paid", False),
        ("order.", False),
        (".paid", False),
        ("order..paid", False),
        ("order.1paid", False),
        ("订单.支付", False),
        ("a." + "b" * 98, True),  # 100 characters
        ("a." + "b" * 99, False),
        ("order.paid\n", False),
        (None, False),
    ],
)
def test_event_type_names(name, valid):
    assert is_valid_event_type(name) is valid
    if isinstance(name, str):
        assert (EVENT_TYPE_PATTERN.fullmatch(name) is not None) is valid
    problem = event_type_problem(name)
    assert (problem is None) is valid
    if not valid:
        assert problem.code == "event.invalid_type" and problem.message_zh
        with pytest.raises(ValueError):
            validate_event_properties(name, {})


def test_internal_types_cannot_be_sent():
    for name in ("tag.added", "tag.removed"):
        assert is_builtin(name) and is_internal(name)
        assert event_type_problem(name).code == "event.internal_type"
    assert not is_internal("order.paid")
    assert event_type_problem("order.paid") is None


def test_numeric_properties_follow_the_schemas():
    assert numeric_properties("order.paid") == ("amount", "items.quantity", "items.price", "discount_amount")
    assert "amount" in numeric_properties("order.refunded")
    assert numeric_properties("qr.scanned") == ("points",)
    assert numeric_properties("friend.deleted") == ()
    assert numeric_properties("live.watched") == ()
