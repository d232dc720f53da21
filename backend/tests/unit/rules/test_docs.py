"""docs/rules.md shows every condition kind, error code and event type, and its examples are valid."""

from __future__ import annotations

import json
import re

from journeys_app.domain.journeys.graph import load_schema
from journeys_app.domain.rules import (
    BUILTIN_EVENT_TYPES,
    MESSAGES,
    validate_event_properties,
    validate_rule,
)
from journeys_app.domain.rules.validate import RULE_SCHEMA
from journeys_app.settings import REPO_ROOT

DOC = (REPO_ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
BLOCKS = [json.loads(block) for block in re.findall(r"```json\n(.*?)```", DOC, re.S)]


def test_every_error_code_and_message_is_documented():
    for code, (en, zh) in MESSAGES.items():
        assert f"| `{code}` | {en} | {zh} |" in DOC, f"docs/rules.md is missing or outdated for {code}"


def test_every_condition_kind_is_documented():
    kinds = load_schema(RULE_SCHEMA)["$defs"]["Condition"]["discriminator"]["mapping"]
    missing = [kind for kind in kinds if f"`{kind}`" not in DOC]
    assert not missing


def test_every_event_type_is_in_the_table():
    for info in BUILTIN_EVENT_TYPES:
        assert re.search(rf"^\| `{re.escape(info.type)}` \| {info.name_zh} \|", DOC, re.M), info.type


def test_the_rule_examples_are_valid():
    rules = [b for b in BLOCKS if "condition" in b]
    assert len(rules) >= 10
    for doc in rules:
        assert validate_rule(doc) == [], doc["name"]
    names = " ".join(doc["name"] for doc in rules)
    for seed in (
        "夜里加购",
        "读了产品A的文章",
        "90天内下单≥2次",
        "30天未购 → 沉睡",
        "生日7天内",
        "关键词「价格」",
    ):
        assert seed in names


def test_the_event_example_is_valid():
    events = [b for b in BLOCKS if "occurred_at" in b]
    assert events
    for event in events:
        assert validate_event_properties(event["type"], event["properties"]) == []
