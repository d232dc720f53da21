"""`validate_rule`: the JSON Schema (journeys/schema/rule.schema.json), then semantic checks.

Errors look like the journey format's: a stable `code`, an RFC 6901 `pointer` into the rule
document, messages in English and Chinese and the `params` they mention. The schema errors
(`schema.*`) are produced exactly as for journeys; docs/rules.md lists every other code.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any

import msgspec

from journeys_app.domain.journeys.graph.durations import DAY, MINUTE, format_duration, parse_duration
from journeys_app.domain.journeys.graph.pointers import join
from journeys_app.domain.journeys.graph.schema import schema_errors

from .evaluate import EVENT_KINDS, JOURNEY_ONLY_WINDOWS, children
from .event_types import is_builtin, is_internal, numeric_properties

RULE_SCHEMA = "rule.schema.json"
MAX_CONDITION_DEPTH = 8
MAX_CONDITIONS = 200
MAX_BIRTHDAY_DAYS = 365
WINDOW_RANGE = (MINUTE, 1830 * DAY)

MESSAGES: dict[str, tuple[str, str]] = {
    "rule.too_deep": ("The rule is nested too deeply to be checked.", "规则嵌套层级过深，无法校验。"),
    "rule.no_tags": ("The rule neither adds nor removes a tag.", "规则既没有添加标签，也没有移除标签。"),
    "rule.tag_added_and_removed": (
        "Tag “{tag}” is both added and removed by this rule.",
        "标签“{tag}”在本规则中同时被添加和移除。",
    ),
    "condition.too_deep": (
        "Conditions may be nested at most {limit} levels deep.",
        "条件最多嵌套 {limit} 层。",
    ),
    "condition.too_many": (
        "A rule may have at most {limit} conditions; this one has {count}.",
        "一条规则最多包含 {limit} 个条件，当前有 {count} 个。",
    ),
    "condition.window_not_available": (
        "Window “{window}” exists only in journeys; rules use a duration such as P30D, or all_time.",
        "时间范围“{window}”仅用于旅程；规则请使用 P30D 这样的时长或 all_time。",
    ),
    "condition.internal_event": (
        "Rules cannot use {event_type}: a tag change is not behaviour. Use has_tag / lacks_tag.",
        "规则不能使用 {event_type}：标签变更不是客户行为，请使用“有标签/无标签”条件。",
    ),
    "condition.property_not_numeric": (
        "“{property}” is not a numeric property of {event_type}; its numeric properties: {allowed}.",
        "“{property}”不是 {event_type} 的数值属性，可用的数值属性：{allowed_zh}。",
    ),
    "condition.blank_keyword": ("A keyword must contain more than spaces.", "关键词不能只包含空格。"),
    "predicate.invalid_value": (
        "Operator “{operator}” needs {expected}.",
        "运算符“{operator}”需要{expected_zh}。",
    ),
    "duration.too_short": (
        "Duration {value} is shorter than the minimum {min}.",
        "时长 {value} 短于最小值 {min}。",
    ),
    "duration.too_long": (
        "Duration {value} is longer than the maximum {max}.",
        "时长 {value} 超过最大值 {max}。",
    ),
    "time_window.empty": (
        "The time window starts and ends at the same time.",
        "时间段的开始与结束时间相同。",
    ),
    "reference.unknown_tag": ("Tag “{key}” does not exist in this workspace.", "工作区中不存在标签“{key}”。"),
}

_EXPECTED = {
    "nothing": ("no value", "不填写值"),
    "a list": ("a non-empty list of values", "非空的取值列表"),
    "a scalar": ("a single text, number or true/false value", "单个文本、数字或布尔值"),
    "a number or text": ("a number or a text (such as a date)", "数字或文本（如日期）"),
    "days": ("a whole number of days from 0 to 365", "0 到 365 之间的整数天数"),
    "a duration": ("a duration such as P30D", "时长，例如 P30D"),
}


class RuleError(msgspec.Struct, frozen=True, kw_only=True, rename="camel"):
    """One problem in a rule document.

    On the wire (camelCase): code, pointer, messageEn, messageZh, params.
    """

    code: str
    pointer: str
    message_en: str
    message_zh: str
    params: dict[str, Any] = msgspec.field(default_factory=dict)


class RuleInvalid(Exception):
    """Raised by `ensure_valid_rule` (a 422 at the API), carrying the errors."""

    def __init__(self, errors: list[RuleError]) -> None:
        self.errors = errors
        first = errors[0] if errors else None
        summary = f"{first.pointer or '/'}: {first.message_en}" if first else "invalid rule"
        more = f" (+{len(errors) - 1} more)" if len(errors) > 1 else ""
        super().__init__(summary + more)


def _show(value: Any) -> str:
    if isinstance(value, list | tuple | set | frozenset):
        return ", ".join(_show(v) for v in value)
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def make_error(code: str, pointer: str, **params: Any) -> RuleError:
    en, zh = MESSAGES[code]
    fields = {k: _show(v) for k, v in params.items()}
    if "expected" in params:
        fields["expected"], fields["expected_zh"] = _EXPECTED[params["expected"]]
    if "allowed" in params:
        fields["allowed"] = fields["allowed"] or "none"
        fields["allowed_zh"] = _show(params["allowed"]) or "无"
    return RuleError(
        code=code,
        pointer=pointer,
        message_en=en.format(**fields),
        message_zh=zh.format(**fields),
        params=params,
    )


def validate_rule(doc: Any, *, known_tags: Collection[str] | None = None) -> list[RuleError]:
    """Every problem of a rule document (parsed JSON); [] when it is valid. Never raises.

    The JSON Schema first; the semantic checks run only on a schema-valid document. With
    `known_tags` (the workspace's tag keys), every tag the rule adds, removes or tests must be
    one of them.
    """
    try:
        found = schema_errors(doc, RULE_SCHEMA)
        if found:
            return [
                RuleError(
                    code=e.code,
                    pointer=e.pointer,
                    message_en=e.message_en,
                    message_zh=e.message_zh,
                    params=e.params,
                )
                for e in found
            ]
        return _Checker(known_tags).run(doc)
    except RecursionError:
        return [make_error("rule.too_deep", "")]


def is_valid_rule(doc: Any, *, known_tags: Collection[str] | None = None) -> bool:
    return not validate_rule(doc, known_tags=known_tags)


def ensure_valid_rule(doc: Any, *, known_tags: Collection[str] | None = None) -> None:
    errors = validate_rule(doc, known_tags=known_tags)
    if errors:
        raise RuleInvalid(errors)


class _Checker:
    def __init__(self, known_tags: Collection[str] | None) -> None:
        self.known_tags = None if known_tags is None else frozenset(known_tags)
        self.errors: list[RuleError] = []
        self.count = 0

    def error(self, code: str, pointer: str, **params: Any) -> None:
        self.errors.append(make_error(code, pointer, **params))

    def run(self, doc: Mapping[str, Any]) -> list[RuleError]:
        add, remove = doc["add_tags"], doc["remove_tags"]
        if not add and not remove:
            self.error("rule.no_tags", "/add_tags")
        for k, tag in enumerate(remove):
            if tag in add:
                self.error("rule.tag_added_and_removed", join("/remove_tags", k), tag=tag)
        for field in ("add_tags", "remove_tags"):
            for k, tag in enumerate(doc[field]):
                self.tag(tag, join("", field, k))
        self.condition(doc["condition"], "/condition", 1)
        if self.count > MAX_CONDITIONS:
            self.error("condition.too_many", "/condition", limit=MAX_CONDITIONS, count=self.count)
        return self.errors

    def tag(self, tag: str, here: str) -> None:
        if self.known_tags is not None and tag not in self.known_tags:
            self.error("reference.unknown_tag", here, key=tag)

    def condition(self, condition: Mapping[str, Any], here: str, depth: int) -> None:
        self.count += 1
        if depth > MAX_CONDITION_DEPTH:
            self.error("condition.too_deep", here, limit=MAX_CONDITION_DEPTH)
            return
        kind = condition["kind"]
        if kind in {"all", "any"}:
            for k, sub in enumerate(children(condition)):
                self.condition(sub, join(here, "conditions", k), depth + 1)
        elif kind == "not":
            self.condition(condition["condition"], here + "/condition", depth + 1)
        elif kind in {"has_tag", "lacks_tag"}:
            self.tag(condition["tag"], here + "/tag")
        elif kind == "attribute":
            self.predicate(condition, here)
        elif kind in EVENT_KINDS:
            self.event(condition, here)

    def event(self, condition: Mapping[str, Any], here: str) -> None:
        kind = condition["kind"]
        event_type = condition.get("event_type")
        if event_type is not None and is_internal(event_type):
            self.error("condition.internal_event", here + "/event_type", event_type=event_type)
        for k, predicate in enumerate(condition.get("filter", ())):
            self.predicate(predicate, join(here, "filter", k))
        window = condition.get("window")
        if window in JOURNEY_ONLY_WINDOWS:
            self.error("condition.window_not_available", here + "/window", window=window)
        elif isinstance(window, str) and window.startswith("P"):
            self.duration(window, here + "/window")
        if kind == "recency":
            self.duration(condition["duration"], here + "/duration")
        during = condition.get("during")
        if during is not None and during["start"] == during["end"]:
            self.error("time_window.empty", here + "/during/end")
        if kind in {"event_sum", "aggregate"} and is_builtin(event_type) and not is_internal(event_type):
            allowed = numeric_properties(event_type)
            if condition["property"] not in allowed:
                self.error(
                    "condition.property_not_numeric",
                    here + "/property",
                    property=condition["property"],
                    event_type=event_type,
                    allowed=list(allowed),
                )
        if kind == "keyword":
            for k, keyword in enumerate(condition["keywords"]):
                if not keyword.strip():
                    self.error("condition.blank_keyword", join(here, "keywords", k))

    def predicate(self, predicate: Mapping[str, Any], here: str) -> None:
        operator = predicate["operator"]
        has_value = "value" in predicate
        value = predicate.get("value")
        if operator == "birthday_within":
            ok = type(value) is int and 0 <= value <= MAX_BIRTHDAY_DAYS
            if not ok:
                self.error("predicate.invalid_value", here + "/value", operator=operator, expected="days")
            return
        if operator in {"within_last", "older_than"}:
            if not isinstance(value, str) or parse_duration(value) is None:
                self.error(
                    "predicate.invalid_value", here + "/value", operator=operator, expected="a duration"
                )
            else:
                self.duration(value, here + "/value")
            return
        if operator in {"exists", "not_exists"}:
            expected, ok = "nothing", not has_value
        elif operator in {"in", "not_in"}:
            expected, ok = "a list", isinstance(value, list) and len(value) > 0
        elif operator in {"gt", "gte", "lt", "lte"}:
            expected, ok = "a number or text", has_value and type(value) in (int, float, str)
        else:
            expected, ok = "a scalar", has_value and not isinstance(value, list)
        if not ok:
            self.error("predicate.invalid_value", here + "/value", operator=operator, expected=expected)

    def duration(self, text: str, here: str) -> None:
        value = parse_duration(text)
        low, high = WINDOW_RANGE
        if value is None or value < low:
            self.error("duration.too_short", here, value=text, min=format_duration(low))
        elif value > high:
            self.error("duration.too_long", here, value=text, max=format_duration(high))
