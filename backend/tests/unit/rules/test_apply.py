"""Applying rules: changes, precedence, chains, loops, provenance, determinism, idempotence."""

from __future__ import annotations

import pytest

from journeys_app.domain.rules import TagChanges, apply_rule, apply_rules, ordered_rules

from .support import NOW, ago, customer, ev, paid, rule

DORMANT = {"kind": "recency", "event_type": "order.paid", "duration": "P30D"}
BOUGHT_30D = {"kind": "event", "event_type": "order.paid", "window": "P30D"}


def tags(*names):
    return frozenset(names)


def test_apply_rule_returns_only_real_changes():
    r = rule(DORMANT, add=["dormant"], remove=["active"])
    changes = apply_rule(r, customer("active"), [paid(ago(40))], NOW)
    assert changes == TagChanges(add=tags("dormant"), remove=tags("active"))
    assert apply_rule(r, customer("dormant"), [paid(ago(40))], NOW) == TagChanges()
    assert not apply_rule(r, customer("active"), [paid(ago(3))], NOW), "condition false: nothing at all"


def test_a_rule_does_nothing_when_its_condition_is_false_or_it_is_disabled():
    r = rule(BOUGHT_30D, add=["buyer"])
    assert not apply_rule(r, customer(), [], NOW)
    assert not apply_rule({**r, "enabled": False}, customer(), [paid(ago(1))], NOW)
    assert apply_rule(r, customer(), [paid(ago(1))], NOW).add == {"buyer"}


def test_applying_a_rule_twice_changes_nothing_the_second_time():
    r = rule({"kind": "has_tag", "tag": "a"}, add=["b"], remove=["a"])
    who = customer("a")
    first = apply_rule(r, who, [], NOW)
    assert first.add == {"b"} and first.remove == {"a"}
    assert not apply_rule(r, who.with_changes(first), [], NOW)


def test_the_seed_purchase_journey_tags_move_by_themselves():
    # 未购买 → 已购买 on an order; 30 days without one → 沉睡; buying again wakes them.
    rules = {
        "r1_purchased": rule(BOUGHT_30D, add=["stage_purchased"], remove=["stage_not_purchased", "dormant"]),
        "r2_dormant": rule(
            {"kind": "all", "conditions": [DORMANT, {"kind": "has_tag", "tag": "stage_purchased"}]},
            add=["dormant"],
        ),
    }
    who = customer("stage_not_purchased")
    order = paid(ago(2))
    after_order = apply_rules(rules, who, [order], NOW)
    assert after_order.add == {"stage_purchased"} and after_order.remove == {"stage_not_purchased"}
    assert after_order.sources == {"stage_purchased": "r1_purchased", "stage_not_purchased": "r1_purchased"}
    who = who.with_changes(after_order)
    later = NOW.replace(month=8)
    dormant = apply_rules(rules, who, [order], later)
    assert dormant.add == {"dormant"} and dormant.sources == {"dormant": "r2_dormant"}
    who = who.with_changes(dormant)
    woken = apply_rules(rules, who, [order, paid(ago(1, now=later))], later)
    assert woken.remove == {"dormant"} and not woken.add


def test_remove_wins_over_add_in_the_same_pass():
    rules = {
        "vip": rule(
            {
                "kind": "event_sum",
                "event_type": "order.paid",
                "property": "amount",
                "window": "all_time",
                "operator": "gte",
                "value": 5000,
            },
            add=["vip"],
        ),
        "blacklist": rule({"kind": "has_tag", "tag": "blacklisted"}, remove=["vip"]),
    }
    events = [paid(ago(1), "6000")]
    assert not apply_rules(rules, customer("blacklisted"), events, NOW)
    assert apply_rules(rules, customer("blacklisted", "vip"), events, NOW).remove == {"vip"}
    assert apply_rules(rules, customer(), events, NOW).add == {"vip"}


def test_chains_are_followed_until_nothing_changes():
    rules = {
        1: rule({"kind": "event", "event_type": "article.read"}, add=["reader"]),
        2: rule({"kind": "has_tag", "tag": "reader"}, add=["interested"]),
        3: rule(
            {
                "kind": "all",
                "conditions": [
                    {"kind": "has_tag", "tag": "interested"},
                    {"kind": "lacks_tag", "tag": "buyer"},
                ],
            },
            add=["prospect"],
        ),
    }
    changes = apply_rules(rules, customer(), [ev("article.read", ago(1), article_id="a")], NOW)
    assert changes.add == {"reader", "interested", "prospect"}
    assert changes.sources == {"reader": 1, "interested": 2, "prospect": 3}
    assert changes.converged and changes.passes == 4
    assert not apply_rules(
        rules, customer().with_changes(changes), [ev("article.read", ago(1), article_id="a")], NOW
    )


def test_rules_that_undo_each_other_stop_and_stay_idempotent():
    rules = {
        "a": rule({"kind": "has_tag", "tag": "x"}, add=["y"], remove=["x"]),
        "b": rule({"kind": "has_tag", "tag": "y"}, add=["x"], remove=["y"]),
    }
    changes = apply_rules(rules, customer("x"), [], NOW)
    assert not changes.converged
    assert not changes, "stops at the state the loop returns to: the start"
    flipper = {
        "on": rule({"kind": "lacks_tag", "tag": "x"}, add=["x"]),
        "off": rule({"kind": "has_tag", "tag": "x"}, remove=["x"], add=["seen"]),
    }
    first = apply_rules(flipper, customer(), [], NOW)
    assert not first.converged
    again = apply_rules(flipper, customer().with_changes(first), [], NOW)
    assert not again, "re-applying after a stopped loop changes nothing"


def test_max_passes_bounds_long_chains():
    rules = {k: rule({"kind": "has_tag", "tag": f"t{k}"}, add=[f"t{k + 1}"]) for k in range(10)}
    full = apply_rules(rules, customer("t0"), [], NOW)
    assert full.converged and full.add == {f"t{k}" for k in range(1, 11)}
    cut = apply_rules(rules, customer("t0"), [], NOW, max_passes=3)
    assert not cut.converged and cut.add == {"t1", "t2", "t3"}


def test_the_lowest_rule_id_is_named_when_several_make_the_same_change():
    rules = {
        "b": rule(BOUGHT_30D, add=["buyer"]),
        "a": rule(BOUGHT_30D, add=["buyer"]),
        10: rule(BOUGHT_30D, add=["buyer"]),
        9: rule(BOUGHT_30D, add=["buyer"]),
    }
    assert apply_rules(rules, customer(), [paid(ago(1))], NOW).sources == {"buyer": 9}
    assert [rule_id for rule_id, _ in ordered_rules(rules)] == [9, 10, "a", "b"]


@pytest.mark.parametrize("order", [[0, 1, 2, 3], [3, 2, 1, 0], [2, 0, 3, 1]])
def test_results_do_not_depend_on_rule_order(order):
    base = [
        ("r1", rule(BOUGHT_30D, add=["buyer", "active"], remove=["dormant"])),
        ("r2", rule(DORMANT, add=["dormant"], remove=["active"])),
        ("r3", rule({"kind": "has_tag", "tag": "buyer"}, add=["vip_candidate"])),
        (
            "r4",
            rule(
                {"kind": "keyword", "keywords": ["价格"]}, add=["price_sensitive"], remove=["vip_candidate"]
            ),
        ),
    ]
    events = [paid(ago(3)), ev("message.received", ago(1), text="价格能再低点吗")]
    expected = apply_rules(dict(base), customer("dormant"), events, NOW)
    assert apply_rules([base[k] for k in order], customer("dormant"), events, NOW) == expected
    assert expected.add == {"buyer", "active", "price_sensitive"} and expected.remove == {"dormant"}


def test_disabled_rules_are_skipped():
    rules = {"on": rule(BOUGHT_30D, add=["buyer"]), "off": rule(BOUGHT_30D, add=["other"], enabled=False)}
    assert apply_rules(rules, customer(), [paid(ago(1))], NOW).add == {"buyer"}
    assert not apply_rules({}, customer("x"), [], NOW)
