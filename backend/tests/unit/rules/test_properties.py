"""Property tests (hypothesis) over random customers, event histories and conditions.

- the order of events never matters, nor the order of rules;
- applying a rule's (or a rule set's) changes and evaluating again changes nothing;
- nothing changes before `next_change_at`, and conditions that are not time-based never change
  with time alone;
- the events `required_event_types` and `max_window` say to load give the same results as all of them.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journeys_app.domain.rules import (
    CustomerSnapshot,
    EventRecord,
    apply_rule,
    apply_rules,
    evaluate,
    is_time_based,
    max_window,
    next_change_at,
    required_event_types,
)

from .support import NOW

SETTINGS = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
TAGS = ["a", "b", "c", "vip"]
ZONES = ["Asia/Shanghai", "America/Los_Angeles", "UTC", "Pacific/Kiritimati"]
TYPES = ["order.paid", "article.read", "message.received", "cart.added", "live.watched"]
TEXTS = ["价格多少", "有优惠吗", "什么时候发货", "VIP 群", "ｖｉｐ", ""]
WINDOWS = ["PT1H", "P1D", "P7D", "P30D", "P90D", "P365D", "all_time"]

offsets = st.integers(min_value=-2 * 86400, max_value=400 * 86400)  # seconds before NOW (negative: future)


@st.composite
def events(draw):
    type_ = draw(st.sampled_from(TYPES))
    props = {}
    if draw(st.booleans()):
        props["amount"] = draw(
            st.one_of(
                st.decimals(min_value=0, max_value=10000, places=2).map(str),
                st.integers(min_value=0, max_value=10000),
                st.just("n/a"),
            )
        )
    if draw(st.booleans()):
        props["product"] = draw(st.sampled_from(["product_a", "product_b"]))
    if draw(st.booleans()):
        props["items"] = [
            {"product": p, "quantity": q}
            for p, q in draw(
                st.lists(
                    st.tuples(st.sampled_from(["product_a", "product_b"]), st.integers(1, 3)), max_size=3
                )
            )
        ]
    if type_ == "message.received" or draw(st.booleans()):
        props["text"] = draw(st.sampled_from(TEXTS))
    when = NOW - dt.timedelta(seconds=draw(offsets))
    return EventRecord(type=type_, occurred_at=when, properties=props)


histories = st.lists(events(), max_size=12)

filters = st.lists(
    st.sampled_from(
        [
            {"property": "product", "operator": "eq", "value": "product_a"},
            {"property": "items.product", "operator": "in", "value": ["product_a"]},
            {"property": "amount", "operator": "gte", "value": 100},
            {"property": "product", "operator": "not_exists"},
            {"property": "text", "operator": "contains", "value": "vip"},
        ]
    ),
    max_size=2,
)
windows = st.sampled_from(WINDOWS)
comparisons = st.sampled_from(["eq", "neq", "gt", "gte", "lt", "lte"])
during = st.sampled_from([None, {"start": "22:00", "end": "06:00"}, {"start": "09:00", "end": "18:00"}])


def _with(cond, key, value):
    if value is not None:
        cond[key] = value
    return cond


@st.composite
def leaves(draw):
    kind = draw(
        st.sampled_from(
            [
                "event",
                "event_count",
                "event_sum",
                "recency",
                "keyword",
                "attribute",
                "birthday",
                "has_tag",
                "lacks_tag",
                "within_last",
            ]
        )
    )
    type_ = draw(st.sampled_from(TYPES))
    if kind == "event":
        cond = {"kind": "event", "event_type": type_, "filter": draw(filters)}
        if draw(st.booleans()):
            cond["window"] = draw(windows)
        return _with(cond, "during", draw(during))
    if kind == "event_count":
        cond = {
            "kind": "event_count",
            "event_type": type_,
            "filter": draw(filters),
            "window": draw(windows),
            "operator": draw(comparisons),
            "value": draw(st.integers(0, 4)),
        }
        return _with(cond, "during", draw(during))
    if kind == "event_sum":
        return {
            "kind": "event_sum",
            "event_type": type_,
            "property": draw(st.sampled_from(["amount", "items.quantity"])),
            "window": draw(windows),
            "operator": draw(comparisons),
            "value": draw(st.integers(0, 3000)),
        }
    if kind == "recency":
        cond = {
            "kind": "recency",
            "event_type": type_,
            "duration": draw(st.sampled_from(WINDOWS[:-1])),
            "filter": draw(filters),
        }
        return _with(cond, "include_never", draw(st.sampled_from([None, True, False])))
    if kind == "keyword":
        cond = {
            "kind": "keyword",
            "keywords": draw(
                st.lists(
                    st.sampled_from(["价格", "优惠", "VIP", "发货"]), min_size=1, max_size=2, unique=True
                )
            ),
        }
        return _with(cond, "window", draw(st.sampled_from([None, *WINDOWS])))
    if kind == "attribute":
        return {
            "kind": "attribute",
            "attribute": "total_spend",
            "operator": draw(comparisons),
            "value": draw(st.integers(0, 5000)),
        }
    if kind == "birthday":
        return {
            "kind": "attribute",
            "attribute": "birthday",
            "operator": "birthday_within",
            "value": draw(st.integers(0, 30)),
        }
    if kind == "within_last":
        operator = draw(st.sampled_from(["within_last", "older_than"]))
        return {
            "kind": "attribute",
            "attribute": "last_order_at",
            "operator": operator,
            "value": draw(st.sampled_from(WINDOWS[:-1])),
        }
    return {"kind": kind, "tag": draw(st.sampled_from(TAGS))}


conditions = st.recursive(
    leaves(),
    lambda inner: st.one_of(
        st.builds(lambda cs: {"kind": "all", "conditions": cs}, st.lists(inner, min_size=1, max_size=3)),
        st.builds(lambda cs: {"kind": "any", "conditions": cs}, st.lists(inner, min_size=1, max_size=3)),
        st.builds(lambda c: {"kind": "not", "condition": c}, inner),
    ),
    max_leaves=6,
)


@st.composite
def customers(draw):
    birthday = draw(
        st.one_of(
            st.none(),
            st.dates(dt.date(1950, 1, 1), dt.date(2010, 12, 31)),
            st.just("1992-02-29"),
            st.just("--12-31"),
        )
    )
    last_order = draw(st.one_of(st.none(), offsets.map(lambda s: NOW - dt.timedelta(seconds=s))))
    return CustomerSnapshot(
        attributes={} if birthday is None else {"birthday": birthday},
        tags=frozenset(draw(st.sets(st.sampled_from(TAGS)))),
        time_zone=draw(st.sampled_from(ZONES)),
        total_spend=Decimal(draw(st.integers(0, 6000))),
        order_count=draw(st.integers(0, 5)),
        last_order_at=last_order,
    )


@st.composite
def rule_docs(draw):
    tags = st.lists(st.sampled_from(TAGS), max_size=2, unique=True)
    add, remove = draw(tags), draw(tags)
    return {
        "name": "r",
        "condition": draw(conditions),
        "add_tags": add,
        "remove_tags": [t for t in remove if t not in add],
        "enabled": draw(st.sampled_from([True, True, False])),
    }


@SETTINGS
@given(conditions, customers(), histories, st.randoms(use_true_random=False))
def test_the_order_of_events_does_not_matter(condition, who, history, rnd):
    shuffled = list(history)
    rnd.shuffle(shuffled)
    assert evaluate(condition, who, history, NOW) == evaluate(condition, who, shuffled, NOW)


@SETTINGS
@given(rule_docs(), customers(), histories)
def test_applying_a_rule_then_evaluating_again_changes_nothing(rule, who, history):
    changes = apply_rule(rule, who, history, NOW)
    assert not (changes.add & who.tags) and changes.remove <= who.tags and not (changes.add & changes.remove)
    assert not apply_rule(rule, who.with_changes(changes), history, NOW)


@SETTINGS
@given(st.lists(rule_docs(), max_size=5), customers(), histories, st.randoms(use_true_random=False))
def test_rule_sets_are_idempotent_and_order_free(rules, who, history, rnd):
    keyed = list(enumerate(rules))
    changes = apply_rules(keyed, who, history, NOW)
    again = apply_rules(keyed, who.with_changes(changes), history, NOW)
    assert not again, (changes, again)
    rnd.shuffle(keyed)
    assert apply_rules(keyed, who, history, NOW) == changes


@SETTINGS
@given(conditions, customers(), histories, st.floats(min_value=0, max_value=1))
def test_nothing_changes_before_next_change_at(condition, who, history, fraction):
    now_value = evaluate(condition, who, history, NOW)
    when = next_change_at(condition, who, history, NOW)
    horizon = when if when is not None else NOW + dt.timedelta(days=800)
    assert horizon > NOW
    probe = NOW + (horizon - NOW) * fraction
    if probe >= horizon:
        probe = horizon - dt.timedelta(microseconds=1)
    assert evaluate(condition, who, history, probe) == now_value


@SETTINGS
@given(conditions, customers(), histories, st.integers(min_value=1, max_value=800 * 86400))
def test_conditions_that_are_not_time_based_do_not_change_with_time(condition, who, history, later):
    past = [e for e in history if e.occurred_at <= NOW]
    if not is_time_based(condition):
        future = NOW + dt.timedelta(seconds=later)
        assert evaluate(condition, who, past, future) == evaluate(condition, who, past, NOW)


@SETTINGS
@given(conditions, customers(), histories)
def test_loading_only_the_needed_events_gives_the_same_result(condition, who, history):
    types = required_event_types(condition)
    window = max_window(condition)
    needed = [
        e
        for e in history
        if e.type in types and e.occurred_at <= NOW and (window is None or e.occurred_at > NOW - window)
    ]
    assert evaluate(condition, who, needed, NOW) == evaluate(condition, who, history, NOW)
