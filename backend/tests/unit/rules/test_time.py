"""Time: window edges, birthdays (29 February, year wrap, time zones near midnight), and the
helpers that tell the database side what to load and when to evaluate again."""

from __future__ import annotations

import datetime as dt

import pytest

from journeys_app.domain.rules import (
    CustomerSnapshot,
    is_time_based,
    max_window,
    next_change_at,
    required_event_types,
)

from .support import NOW, ago, customer, ev, holds, paid

UTC = dt.UTC
SHANGHAI = dt.timezone(dt.timedelta(hours=8))


def birthday_within(days):
    return {"kind": "attribute", "attribute": "birthday", "operator": "birthday_within", "value": days}


def local_noon(year, month, day):
    """Noon in Shanghai on that date, as the evaluation instant."""
    return dt.datetime(year, month, day, 12, tzinfo=SHANGHAI)


# -- windows --------------------------------------------------------------------------------------


def test_a_window_is_after_now_minus_its_length_up_to_now():
    cond = {
        "kind": "event_count",
        "event_type": "order.paid",
        "window": "PT1H",
        "operator": "gte",
        "value": 1,
    }
    assert holds(cond, [paid(ago(minutes=59))])
    assert not holds(cond, [paid(ago(minutes=60))]), "exactly one hour ago has left a one-hour window"
    assert holds(cond, [paid(NOW)])
    assert not holds(cond, [paid(NOW + dt.timedelta(microseconds=1))])


def test_recency_is_the_complement_of_has_done_within():
    has_done = {"kind": "event", "event_type": "order.paid", "window": "P30D"}
    recency = {"kind": "recency", "event_type": "order.paid", "duration": "P30D"}
    for days in (0, 1, 29, 30, 31, 400):
        events = [paid(ago(days))]
        assert holds(recency, events) is (not holds(has_done, events)), days


def test_moving_the_clock_moves_the_windows():
    dormant = {"kind": "recency", "event_type": "order.paid", "duration": "P30D"}
    events = [paid(dt.datetime(2024, 5, 1, 10, tzinfo=UTC))]
    assert not holds(dormant, events, now=dt.datetime(2024, 5, 31, 9, 59, tzinfo=UTC))
    assert holds(dormant, events, now=dt.datetime(2024, 5, 31, 10, 0, tzinfo=UTC))


# -- birthdays ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("today", "days", "expected"),
    [
        ((2024, 6, 10), 7, True),  # 5 days ahead
        ((2024, 6, 10), 5, True),
        ((2024, 6, 10), 4, False),
        ((2024, 6, 15), 0, True),  # today
        ((2024, 6, 16), 7, False),  # just passed: next year's is 364 days away
        ((2024, 6, 16), 365, True),
    ],
)
def test_birthday_within(today, days, expected):
    assert (
        holds(birthday_within(days), who=customer(birthday="1990-06-15"), now=local_noon(*today)) is expected
    )


@pytest.mark.parametrize(
    ("today", "days", "expected"),
    [
        ((2025, 2, 21), 7, True),  # common year: celebrated on 28 February, 7 days ahead
        ((2025, 2, 20), 7, False),
        ((2025, 2, 28), 0, True),
        ((2025, 3, 1), 7, False),
        ((2024, 2, 22), 7, True),  # leap year: 29 February itself
        ((2024, 2, 28), 0, False),
        ((2024, 2, 29), 0, True),
        ((2027, 12, 30), 61, True),  # wraps into the leap year 2028: 29 February 2028 is 61 days ahead
        ((2027, 12, 30), 60, False),
        ((2028, 12, 30), 60, True),  # wraps into the common year 2029: 28 February is 60 days ahead
    ],
)
def test_birthday_on_29_february(today, days, expected):
    assert (
        holds(birthday_within(days), who=customer(birthday="1992-02-29"), now=local_noon(*today)) is expected
    )


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        ((2024, 12, 26), False),
        ((2024, 12, 27), True),
        ((2024, 12, 31), True),
        ((2025, 1, 3), True),
        ((2025, 1, 4), False),
    ],
)
def test_birthday_wraps_from_december_to_january(today, expected):
    assert holds(birthday_within(7), who=customer(birthday="2001-01-03"), now=local_noon(*today)) is expected


def test_birthday_in_the_customer_time_zone_near_midnight():
    # 2024-06-10 16:30 UTC is 00:30 on 11 June in Shanghai but 09:30 on 10 June in Los Angeles.
    now = dt.datetime(2024, 6, 10, 16, 30, tzinfo=UTC)
    on_11_june = {"birthday": "1995-06-11"}
    assert holds(birthday_within(0), who=customer(tz="Asia/Shanghai", **on_11_june), now=now)
    assert not holds(birthday_within(0), who=customer(tz="America/Los_Angeles", **on_11_june), now=now)
    assert holds(birthday_within(1), who=customer(tz="America/Los_Angeles", **on_11_june), now=now)
    on_10_june = {"birthday": "1995-06-10"}
    assert holds(birthday_within(0), who=customer(tz="America/Los_Angeles", **on_10_june), now=now)
    assert not holds(birthday_within(7), who=customer(tz="Asia/Shanghai", **on_10_june), now=now), (
        "passed in Shanghai"
    )
    # Unknown or missing zones fall back to Asia/Shanghai.
    assert holds(birthday_within(0), who=customer(tz="Mars/Olympus", **on_11_june), now=now)
    assert holds(birthday_within(0), who=customer(tz=None, **on_11_june), now=now)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (dt.date(1990, 6, 15), True),
        (dt.datetime(1990, 6, 15, 0, 0, tzinfo=SHANGHAI), True),
        (dt.datetime(1990, 6, 14, 20, 0, tzinfo=UTC), True),  # 04:00 on 15 June in Shanghai
        ("--06-15", True),
        ("06-15", True),
        ("1990-06-15T00:00:00+08:00", True),
        ("--02-30", False),
        ("13-45", False),
        ("someday", False),
        (19900615, False),
        (None, False),
    ],
)
def test_birthday_formats(value, expected):
    assert holds(birthday_within(7), who=customer(birthday=value), now=local_noon(2024, 6, 10)) is expected


def test_birthday_works_on_any_date_attribute():
    anniversary = {
        "kind": "attribute",
        "attribute": "member_since",
        "operator": "birthday_within",
        "value": 3,
    }
    assert holds(anniversary, who=customer(member_since="2021-06-12"), now=local_noon(2024, 6, 10))


# -- what a condition needs ------------------------------------------------------------------------

ARTICLE = {"kind": "event", "event_type": "article.read"}
ORDERS_90D = {
    "kind": "event_count",
    "event_type": "order.paid",
    "window": "P90D",
    "operator": "gte",
    "value": 2,
}
SPEND = {
    "kind": "event_sum",
    "event_type": "order.paid",
    "property": "amount",
    "window": "P365D",
    "operator": "gte",
    "value": 5000,
}
DORMANT = {"kind": "recency", "event_type": "order.paid", "duration": "P30D"}
PRICE = {"kind": "keyword", "keywords": ["价格"], "window": "P7D"}
VIP = {"kind": "has_tag", "tag": "vip"}
REGION = {"kind": "attribute", "attribute": "region", "operator": "eq", "value": "浙江"}


def test_required_event_types():
    cond = {"kind": "any", "conditions": [ARTICLE, {"kind": "not", "condition": SPEND}, PRICE, VIP]}
    assert required_event_types(cond) == {"article.read", "order.paid", "message.received"}
    assert required_event_types({"kind": "all", "conditions": [VIP, REGION]}) == frozenset()


@pytest.mark.parametrize(
    ("cond", "window"),
    [
        (VIP, dt.timedelta(0)),
        (REGION, dt.timedelta(0)),
        (birthday_within(7), dt.timedelta(0)),
        (ORDERS_90D, dt.timedelta(days=90)),
        (DORMANT, dt.timedelta(days=30)),
        ({**DORMANT, "include_never": False}, None),
        (ARTICLE, None),
        ({**ARTICLE, "window": "all_time"}, None),
        (PRICE, dt.timedelta(days=7)),
        ({"kind": "all", "conditions": [ORDERS_90D, SPEND, VIP]}, dt.timedelta(days=365)),
        ({"kind": "any", "conditions": [ORDERS_90D, {"kind": "not", "condition": ARTICLE}]}, None),
    ],
)
def test_max_window(cond, window):
    assert max_window(cond) == window


@pytest.mark.parametrize(
    ("cond", "time_based"),
    [
        (VIP, False),
        (REGION, False),
        (ARTICLE, False),
        ({**ARTICLE, "window": "all_time"}, False),
        ({**ARTICLE, "window": "P1D"}, True),
        (ORDERS_90D, True),
        (DORMANT, True),
        (PRICE, True),
        (birthday_within(7), True),
        (
            {"kind": "attribute", "attribute": "last_order_at", "operator": "older_than", "value": "P30D"},
            True,
        ),
        ({"kind": "attribute", "attribute": "last_order_at", "operator": "lt", "value": "2024-01-01"}, False),
        ({"kind": "not", "condition": {"kind": "all", "conditions": [VIP, DORMANT]}}, True),
    ],
)
def test_is_time_based(cond, time_based):
    assert is_time_based(cond) is time_based


def test_next_change_at_for_windows_and_recency():
    last = ago(10)
    events = [paid(last), paid(ago(50))]
    assert next_change_at(DORMANT, customer(), events, NOW) == last + dt.timedelta(days=30)
    assert next_change_at(ORDERS_90D, customer(), events, NOW) == ago(50) + dt.timedelta(days=90)
    assert next_change_at(ARTICLE, customer(), [ev("article.read", ago(3), article_id="a")], NOW) is None
    future = NOW + dt.timedelta(hours=2)
    assert next_change_at(ARTICLE, customer(), [ev("article.read", future, article_id="a")], NOW) == future
    assert next_change_at({"kind": "all", "conditions": [VIP, REGION]}, customer(), events, NOW) is None
    assert next_change_at(DORMANT, customer(), [], NOW) is None, "never ordered: stays dormant"


def test_next_change_at_for_birthdays_is_a_local_midnight():
    now = local_noon(2024, 6, 10)
    # In the window now: it closes when 16 June starts in Shanghai.
    assert next_change_at(birthday_within(7), customer(birthday="1990-06-15"), [], now) == dt.datetime(
        2024, 6, 15, 16, tzinfo=UTC
    )
    # Not yet: it opens 7 days before 1 July, at midnight in Los Angeles.
    la = customer(tz="America/Los_Angeles", birthday="1990-07-01")
    assert next_change_at(birthday_within(7), la, [], now) == dt.datetime(2024, 6, 24, 7, tzinfo=UTC)
    assert next_change_at(birthday_within(7), customer(), [], now) is None
    # 29 February in a common year: the window opens on 21 February.
    leapling = customer(birthday="2000-02-29")
    assert next_change_at(birthday_within(7), leapling, [], local_noon(2025, 2, 1)) == dt.datetime(
        2025, 2, 20, 16, tzinfo=UTC
    )


def test_next_change_at_for_within_last():
    who = CustomerSnapshot(first_order_at=ago(20))
    cond = {"kind": "attribute", "attribute": "first_order_at", "operator": "within_last", "value": "P30D"}
    assert next_change_at(cond, who, [], NOW) == ago(20) + dt.timedelta(days=30)


def test_nothing_changes_before_next_change_at():
    events = [paid(ago(10), 3000), paid(ago(50), 2500), ev("message.received", ago(2), text="价格多少")]
    cond = {"kind": "any", "conditions": [{"kind": "all", "conditions": [ORDERS_90D, SPEND]}, PRICE, DORMANT]}
    who = customer(birthday="1990-07-01")
    now = NOW
    for _ in range(6):
        when = next_change_at(cond, who, events, now)
        assert when is not None and when > now
        assert holds(cond, events, who, now=when - dt.timedelta(microseconds=1)) is holds(
            cond, events, who, now=now
        )
        now = when
