"""Every condition kind and the predicate operators, on a fixed clock."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from journeys_app.domain.rules import CustomerSnapshot, EventRecord, RuleEvaluationError, evaluate

from .support import NOW, ago, customer, ev, holds, paid

ARTICLE_A = {
    "kind": "event",
    "event_type": "article.read",
    "filter": [{"property": "product", "operator": "eq", "value": "product_a"}],
}


# -- event: "has done" ------------------------------------------------------------------------


def test_event_with_a_property_filter():
    assert holds(ARTICLE_A, [ev("article.read", ago(3), article_id="a1", product="product_a")])
    assert not holds(ARTICLE_A, [ev("article.read", ago(3), article_id="a2", product="product_b")])
    assert not holds(ARTICLE_A, [ev("product.viewed", ago(3), product="product_a")])
    assert not holds(ARTICLE_A, [])


def test_event_within_a_window():
    recent = {**ARTICLE_A, "window": "P7D"}
    assert holds(recent, [ev("article.read", ago(6), product="product_a")])
    assert not holds(recent, [ev("article.read", ago(8), product="product_a")])
    assert holds({**ARTICLE_A, "window": "all_time"}, [ev("article.read", ago(800), product="product_a")])


def test_events_after_now_are_ignored():
    future = [ev("article.read", NOW + dt.timedelta(seconds=1), product="product_a")]
    assert not holds(ARTICLE_A, future)
    assert holds(ARTICLE_A, [ev("article.read", NOW, product="product_a")])


def test_filters_on_dotted_paths_fan_out_over_lists():
    bought_a = {
        "kind": "event",
        "event_type": "order.paid",
        "filter": [{"property": "items.product", "operator": "eq", "value": "product_a"}],
    }
    order = paid(ago(1), items=[{"sku": "1", "product": "product_b"}, {"sku": "2", "product": "product_a"}])
    assert holds(bought_a, [order])
    assert not holds(bought_a, [paid(ago(1), items=[{"sku": "1", "product": "product_b"}])])
    form = {
        "kind": "event",
        "event_type": "form.submitted",
        "filter": [{"property": "fields.budget", "operator": "gte", "value": 200000}],
    }
    assert holds(form, [ev("form.submitted", ago(1), form_id="f", fields={"budget": 300000})])
    assert not holds(form, [ev("form.submitted", ago(1), form_id="f", fields={"budget": "unknown"})])


def test_all_filters_must_pass():
    cond = {
        "kind": "event",
        "event_type": "cart.added",
        "filter": [
            {"property": "channel", "operator": "eq", "value": "mini_program"},
            {"property": "price", "operator": "gte", "value": 300},
        ],
    }
    assert holds(cond, [ev("cart.added", ago(1), product="p", channel="mini_program", price="359.00")])
    assert not holds(cond, [ev("cart.added", ago(1), product="p", channel="tmall", price="359.00")])
    assert not holds(cond, [ev("cart.added", ago(1), product="p", channel="mini_program", price="99")])


def test_during_a_night_window_in_the_customer_time_zone():
    night = {
        "kind": "event",
        "event_type": "cart.added",
        "window": "P1D",
        "during": {"start": "22:00", "end": "06:00"},
    }
    # 16:30 UTC = 00:30 in Shanghai (night) = 09:30 in Los Angeles (day).
    at = dt.datetime(2024, 6, 9, 16, 30, tzinfo=dt.UTC)
    events = [ev("cart.added", at, product="dress")]
    assert holds(night, events, customer(tz="Asia/Shanghai"))
    assert not holds(night, events, customer(tz="America/Los_Angeles"))
    # The edges: start is inside, end is outside.
    shanghai = dt.timezone(dt.timedelta(hours=8))
    for local, inside in [((21, 59), False), ((22, 0), True), ((5, 59), True), ((6, 0), False)]:
        when = dt.datetime(2024, 6, 10, *local, tzinfo=shanghai)
        if when > NOW:
            when -= dt.timedelta(days=1)
        assert holds(night, [ev("cart.added", when, product="x")]) is inside, local
    daytime = {"kind": "event", "event_type": "cart.added", "during": {"start": "09:00", "end": "18:00"}}
    assert holds(daytime, [ev("cart.added", dt.datetime(2024, 6, 10, 9, 0, tzinfo=shanghai), product="x")])
    assert not holds(
        daytime, [ev("cart.added", dt.datetime(2024, 6, 10, 18, 0, tzinfo=shanghai), product="x")]
    )


# -- counts, sums, aggregates -------------------------------------------------------------------

TWO_ORDERS_90D = {
    "kind": "event_count",
    "event_type": "order.paid",
    "window": "P90D",
    "operator": "gte",
    "value": 2,
}


def test_event_count_in_a_window():
    assert holds(TWO_ORDERS_90D, [paid(ago(10)), paid(ago(89))])
    assert not holds(TWO_ORDERS_90D, [paid(ago(10)), paid(ago(91))])
    assert not holds(TWO_ORDERS_90D, [paid(ago(10)), ev("order.refunded", ago(5), order_id="x", amount=1)])
    none = {**TWO_ORDERS_90D, "operator": "eq", "value": 0}
    assert holds(none, []) and not holds(none, [paid(ago(1))])


@pytest.mark.parametrize(
    ("operator", "value", "expected"),
    [
        ("eq", 3, True),
        ("neq", 3, False),
        ("gt", 2, True),
        ("gt", 3, False),
        ("gte", 3, True),
        ("lt", 4, True),
        ("lte", 2, False),
    ],
)
def test_count_operators(operator, value, expected):
    cond = {
        "kind": "event_count",
        "event_type": "qr.scanned",
        "window": "all_time",
        "operator": operator,
        "value": value,
    }
    assert holds(cond, [ev("qr.scanned", ago(d), code=str(d)) for d in (1, 2, 3)]) is expected


def test_event_sum_of_amounts_is_exact():
    spend = {
        "kind": "event_sum",
        "event_type": "order.paid",
        "property": "amount",
        "window": "P365D",
        "operator": "gte",
        "value": 5000,
    }
    assert holds(spend, [paid(ago(1), "2500.50"), paid(ago(100), 2499.5)])
    assert not holds(spend, [paid(ago(1), "2500.50"), paid(ago(100), "2499.49")])
    assert not holds(spend, [paid(ago(1), "2500.50"), paid(ago(366), "2499.50")])
    # 0.1 + 0.2 == 0.3 exactly, unlike floats.
    exact = {**spend, "operator": "eq", "value": 0.3}
    assert holds(exact, [paid(ago(1), 0.1), paid(ago(2), 0.2)])
    assert holds({**spend, "operator": "eq", "value": 0}, [])


def test_event_sum_over_order_lines_and_ignores_non_numbers():
    units = {
        "kind": "event_sum",
        "event_type": "order.paid",
        "property": "items.quantity",
        "window": "P30D",
        "operator": "gte",
        "value": 5,
    }
    lines = [{"sku": "a", "quantity": 2}, {"sku": "b", "quantity": 3}]
    assert holds(units, [paid(ago(1), items=lines)])
    assert not holds(units, [paid(ago(1), items=lines[:1]), ev("order.paid", ago(2), amount="x", items="?")])
    custom = {
        "kind": "event_sum",
        "event_type": "live.watched",
        "property": "minutes",
        "window": "P7D",
        "operator": "gt",
        "value": 60,
    }
    assert holds(
        custom,
        [
            ev("live.watched", ago(1), minutes=45),
            ev("live.watched", ago(2), minutes="30"),
            ev("live.watched", ago(3), minutes=True),
        ],
    )


@pytest.mark.parametrize(
    ("function", "operator", "value", "expected", "empty"),
    [
        ("sum", "eq", 600, True, False),
        ("avg", "eq", 200, True, False),
        ("min", "lt", 150, True, False),
        ("max", "gte", 300, True, False),
        ("sum", "eq", 0, False, True),
    ],
)
def test_aggregate_is_the_journey_condition(function, operator, value, expected, empty):
    cond = {
        "kind": "aggregate",
        "event_type": "order.paid",
        "property": "amount",
        "function": function,
        "window": "P30D",
        "operator": operator,
        "value": value,
    }
    assert holds(cond, [paid(ago(1), 100), paid(ago(2), "200"), paid(ago(3), 300)]) is expected
    # An empty window: sum is 0, the others match nothing.
    assert holds(cond, []) is empty


# -- recency ----------------------------------------------------------------------------------

DORMANT = {"kind": "recency", "event_type": "order.paid", "duration": "P30D"}


def test_recency():
    assert holds(DORMANT, [paid(ago(31))])
    assert holds(DORMANT, [paid(ago(30))]), "exactly 30 days ago is 'for at least 30 days'"
    assert not holds(DORMANT, [paid(ago(29, hours=23))])
    assert not holds(DORMANT, [paid(ago(45)), paid(ago(2))])


def test_recency_for_customers_who_never_had_the_event():
    assert holds(DORMANT, []), "include_never defaults to true"
    assert holds({**DORMANT, "include_never": True}, [])
    strict = {**DORMANT, "include_never": False}
    assert not holds(strict, [])
    assert holds(strict, [paid(ago(31))])
    assert not holds(strict, [paid(ago(3))])
    assert not holds(strict, [paid(NOW + dt.timedelta(days=1))]), "a future event is not a past one"


def test_recency_with_a_filter():
    no_vip_group = {
        "kind": "recency",
        "event_type": "group.joined",
        "duration": "P7D",
        "filter": [{"property": "group_type", "operator": "eq", "value": "vip"}],
    }
    assert holds(no_vip_group, [ev("group.joined", ago(1), group_id="g", group_type="store")])
    assert not holds(no_vip_group, [ev("group.joined", ago(1), group_id="g", group_type="vip")])


# -- keywords -----------------------------------------------------------------------------------

PRICE = {"kind": "keyword", "keywords": ["价格", "多少钱", "优惠"]}


def msg(text, when=None, **extra):
    return ev("message.received", when or ago(hours=1), text=text, **extra)


def test_keywords_in_chinese_text_match_as_substrings():
    assert holds(PRICE, [msg("这款裙子价格能便宜点吗")])
    assert holds(PRICE, [msg("多少钱呀")])
    assert holds(PRICE, [msg("有优惠券吗？")])
    assert not holds(PRICE, [msg("什么时候发货")])
    assert not holds(PRICE, [ev("article.read", ago(1), article_id="a", text="价格")])


def test_keywords_ignore_case_and_width():
    vip = {"kind": "keyword", "keywords": ["VIP", "Coupon"]}
    assert holds(vip, [msg("我想加入vip群")])
    assert holds(vip, [msg("ＶＩＰ 有什么权益")]), "full-width letters"
    assert holds(vip, [msg("any COUPONS?")])
    assert not holds(vip, [msg("v i p")])


def test_keywords_with_window_and_filter():
    cond = {
        **PRICE,
        "window": "P3D",
        "filter": [{"property": "channel", "operator": "eq", "value": "wecom_private"}],
    }
    assert holds(cond, [msg("价格？", ago(2), channel="wecom_private")])
    assert not holds(cond, [msg("价格？", ago(4), channel="wecom_private")])
    assert not holds(cond, [msg("价格？", ago(2), channel="wecom_group")])
    assert not holds(cond, [ev("message.received", ago(1), msg_type="image")]), "no text"


# -- attributes and tags ---------------------------------------------------------------------------


def test_attribute_comparisons():
    who = customer(
        region="浙江", gender="female", points=1200, interests=["烘焙", "咖啡"], address={"city": "杭州"}
    )
    assert holds({"kind": "attribute", "attribute": "region", "operator": "eq", "value": "浙江"}, who=who)
    assert holds(
        {"kind": "attribute", "attribute": "region", "operator": "in", "value": ["上海", "浙江"]}, who=who
    )
    assert not holds(
        {"kind": "attribute", "attribute": "region", "operator": "not_in", "value": ["浙江"]}, who=who
    )
    assert holds({"kind": "attribute", "attribute": "gender", "operator": "neq", "value": "male"}, who=who)
    assert holds({"kind": "attribute", "attribute": "points", "operator": "gte", "value": 1000}, who=who)
    assert holds(
        {"kind": "attribute", "attribute": "interests", "operator": "contains", "value": "咖啡"}, who=who
    )
    assert holds(
        {"kind": "attribute", "attribute": "address.city", "operator": "eq", "value": "杭州"}, who=who
    )
    assert holds({"kind": "attribute", "attribute": "nickname", "operator": "not_exists"}, who=who)
    assert not holds({"kind": "attribute", "attribute": "nickname", "operator": "exists"}, who=who)
    assert holds(
        {"kind": "attribute", "attribute": "time_zone", "operator": "eq", "value": "Asia/Shanghai"}, who=who
    )


def test_negated_operators_hold_when_the_attribute_is_missing():
    nobody = customer()
    for operator, value in (("neq", "female"), ("not_in", ["female"]), ("not_exists", None)):
        cond = {"kind": "attribute", "attribute": "gender", "operator": operator}
        if value is not None:
            cond["value"] = value
        assert holds(cond, who=nobody), operator
    for operator, value in (
        ("eq", "female"),
        ("in", ["female"]),
        ("contains", "f"),
        ("gt", 1),
        ("exists", None),
    ):
        cond = {"kind": "attribute", "attribute": "gender", "operator": operator}
        if value is not None:
            cond["value"] = value
        assert not holds(cond, who=nobody), operator


def test_consumption_fields():
    who = CustomerSnapshot(
        order_count=4,
        total_spend=Decimal("5200.00"),
        first_order_at=ago(400),
        last_order_at=ago(3),
        attributes={"total_spend": "shadowed"},
    )

    def attr(attribute, operator, value):
        return holds(
            {"kind": "attribute", "attribute": attribute, "operator": operator, "value": value}, who=who
        )

    assert attr("total_spend", "gte", 5000)
    assert attr("order_count", "eq", 4)
    assert attr("avg_order_value", "eq", 1300), "derived from total / count when not given"
    assert attr("last_order_at", "gt", "2024-06-01")
    assert attr("first_order_at", "lt", "2023-06-01T00:00:00+08:00")
    assert holds(
        {"kind": "attribute", "attribute": "avg_order_value", "operator": "not_exists"}, who=customer()
    )
    assert holds(
        {"kind": "attribute", "attribute": "total_spend", "operator": "eq", "value": 0}, who=customer()
    )


def test_within_last_and_older_than():
    who = CustomerSnapshot(
        first_order_at=ago(20), last_order_at=ago(45), attributes={"member_since": "2024-05-01"}
    )

    def attr(attribute, operator, value):
        return holds(
            {"kind": "attribute", "attribute": attribute, "operator": operator, "value": value}, who=who
        )

    assert attr("first_order_at", "within_last", "P30D")
    assert not attr("first_order_at", "within_last", "P14D")
    assert attr("last_order_at", "older_than", "P30D")
    assert not attr("last_order_at", "older_than", "P60D")
    assert attr("member_since", "within_last", "P60D")
    assert not attr("missing", "older_than", "P1D") and not attr("missing", "within_last", "P1D")


def test_has_tag_and_lacks_tag():
    who = customer("vip", "stage_purchased")
    assert holds({"kind": "has_tag", "tag": "vip"}, who=who)
    assert not holds({"kind": "has_tag", "tag": "dormant"}, who=who)
    assert holds({"kind": "lacks_tag", "tag": "dormant"}, who=who)
    assert not holds({"kind": "lacks_tag", "tag": "vip"}, who=who)


# -- nesting --------------------------------------------------------------------------------------


def test_all_any_not_nest():
    # High-value customers who are not dormant: (spend ≥ 5000 or ≥ 2 orders in 90 days) and not (no order for 30 days).
    cond = {
        "kind": "all",
        "conditions": [
            {
                "kind": "any",
                "conditions": [
                    {"kind": "attribute", "attribute": "total_spend", "operator": "gte", "value": 5000},
                    TWO_ORDERS_90D,
                ],
            },
            {"kind": "not", "condition": DORMANT},
            {"kind": "lacks_tag", "tag": "do_not_disturb"},
        ],
    }
    rich = CustomerSnapshot(total_spend=Decimal(6000))
    assert holds(cond, [paid(ago(5))], rich)
    assert not holds(cond, [paid(ago(35))], rich), "dormant"
    assert holds(cond, [paid(ago(5)), paid(ago(60))]), "frequent"
    assert not holds(cond, [paid(ago(5))]), "neither rich nor frequent"
    assert not holds(
        cond, [paid(ago(5))], CustomerSnapshot(total_spend=Decimal(6000), tags=frozenset({"do_not_disturb"}))
    )
    assert holds(
        {"kind": "not", "condition": {"kind": "not", "condition": {"kind": "has_tag", "tag": "a"}}},
        who=customer("a"),
    )


# -- predicate values -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("actual", "operator", "expected", "result"),
    [
        ("199.00", "eq", 199, True),
        (199, "eq", "199.00", True),
        ("199.00", "eq", "199", False),  # text compares as text
        (True, "eq", 1, False),
        (True, "eq", True, True),
        ("Product_A", "eq", "product_a", False),  # eq is exact
        ("Product_A", "contains", "product_a", True),  # contains is not
        (10, "gt", "9", True),
        ("10", "gt", "9", True),  # numeric text compares as numbers
        ("b", "gt", "a", True),
        ("2024-06-01", "lt", "2024-06-01T00:00:00+08:00", False),  # a date is local midnight: same instant
        ("2024-06-01", "lt", "2024-06-01T00:00:00Z", True),  # Shanghai midnight is 16:00 UTC the day before
        ("2024-05-31T23:59:00+08:00", "lt", "2024-06-01", True),
        (dt.date(2024, 6, 1), "eq", "2024-06-01", True),
        ("abc", "gt", 1, False),  # incomparable
        (5, "contains", 5, True),
        (5, "in", [1, 5], True),
        ("x", "in", ["a"], False),
    ],
)
def test_value_semantics(actual, operator, expected, result):
    cond = {"kind": "attribute", "attribute": "v", "operator": operator, "value": expected}
    assert holds(cond, who=customer(v=actual)) is result


def test_an_invalid_condition_raises():
    with pytest.raises(RuleEvaluationError):
        evaluate({"kind": "sometimes"}, customer(), [], NOW)
    with pytest.raises(RuleEvaluationError):
        evaluate({**TWO_ORDERS_90D, "window": "since_journey_entry"}, customer(), [], NOW)


def test_naive_datetimes_are_refused():
    with pytest.raises(ValueError):
        EventRecord("order.paid", dt.datetime(2024, 1, 1), {})
    with pytest.raises(ValueError):
        evaluate(DORMANT, customer(), [], dt.datetime(2024, 1, 1))
    with pytest.raises(ValueError):
        CustomerSnapshot(last_order_at=dt.datetime(2024, 1, 1))
