"""Rules on the contents of nodes, edges and settings that the JSON Schema cannot express.

Durations within their ranges, non-empty time windows, known time zone, condition nesting and
operator/value agreement, unique outcome/arm/goal keys, stages with distinct tags and names,
messages with exactly one of template/text, well-formed placeholders, transitions that can fire,
layout entries for existing nodes.
"""

from __future__ import annotations

import re
from datetime import timedelta
from functools import lru_cache
from typing import Any
from zoneinfo import available_timezones

from .durations import DAY, HOUR, MINUTE, format_duration, parse_duration
from .errors import GraphError, make_error
from .handles import DEFAULT
from .pointers import join

MAX_CONDITION_DEPTH = 8
PLACEHOLDER_ROOTS = ("customer", "staff", "store", "coupon", "event", "journey", "stage")

WAIT_RANGE = (MINUTE, 366 * DAY)
WINDOW_RANGE = (MINUTE, 1830 * DAY)
CAP_RANGE = (HOUR, 366 * DAY)

_PLACEHOLDER = re.compile(r"\{\{(.*?)\}\}", re.S)
_PLACEHOLDER_PATH = re.compile(r"[a-z_][a-z0-9_]*(?:\.[a-z0-9_]+)*")
_BEFORE_ENTRY = {"since_journey_entry", "since_stage_entry"}


@lru_cache(maxsize=1)
def _time_zones() -> frozenset[str]:
    return frozenset(available_timezones())


def check_content(doc: dict[str, Any], max_condition_depth: int = MAX_CONDITION_DEPTH) -> list[GraphError]:
    return _Checker(max_condition_depth).run(doc)


class _Checker:
    def __init__(self, max_condition_depth: int) -> None:
        self.max_depth = max_condition_depth
        self.errors: list[GraphError] = []
        self.variables: set[str] = set()

    def error(self, code: str, pointer: str, **params: Any) -> None:
        self.errors.append(make_error(code, pointer, **params))

    def run(self, doc: dict[str, Any]) -> list[GraphError]:
        self.variables = set(doc["settings"].get("variables", {}))
        self.settings(doc["settings"])
        stage_tags: dict[str, dict[str, Any]] = {}
        stage_names: dict[tuple[str, str], str] = {}
        goal_keys: set[str] = set()
        nodes_by_id: dict[str, dict[str, Any]] = {}
        for i, node in enumerate(doc["nodes"]):
            nodes_by_id.setdefault(node["id"], node)
            here = join("/nodes", i, "data")
            data = node["data"]
            kind = node["type"]
            if kind == "trigger":
                self.trigger(data, here)
            elif kind == "stage":
                self.stage(data, here, stage_tags, stage_names)
            elif kind == "wait":
                self.wait(data, here)
            elif kind == "branch":
                self.keyed(data["outcomes"], here + "/outcomes", "branch.duplicate_outcome", reserved=DEFAULT)
                for k, outcome in enumerate(data["outcomes"]):
                    self.condition(outcome["condition"], join(here, "outcomes", k, "condition"))
            elif kind == "split":
                self.keyed(data["arms"], here + "/arms", "split.duplicate_arm")
            elif kind == "action":
                self.action(data, here)
            elif kind == "goal":
                if data["key"] in goal_keys:
                    self.error("goal.duplicate_key", here + "/key", key=data["key"])
                goal_keys.add(data["key"])
        for j, edge in enumerate(doc["edges"]):
            if "transition" in edge:
                self.transition(
                    edge["transition"], join("/edges", j, "transition"), nodes_by_id.get(edge["source"])
                )
        for node_id in doc.get("layout", {}):
            if node_id not in nodes_by_id:
                self.error("layout.unknown_node", join("/layout", node_id), id=node_id)
        return self.errors

    # -- settings ----------------------------------------------------------------------------
    def settings(self, settings: dict[str, Any]) -> None:
        zones = _time_zones()
        zone = settings["time_zone"]
        if zones and zone not in zones and zone != "UTC":
            self.error("settings.unknown_time_zone", "/settings/time_zone", value=zone)
        entry = settings["entry"]
        if "min_interval" in entry:
            if entry["reentry"] == "once":
                self.error("settings.min_interval_not_allowed", "/settings/entry/min_interval")
            else:
                self.duration(entry["min_interval"], "/settings/entry/min_interval", WINDOW_RANGE)
        if "quiet_hours" in settings:
            self.time_window(settings["quiet_hours"], "/settings/quiet_hours")
        for k, cap in enumerate(settings.get("frequency_caps", [])):
            self.duration(cap["per"], join("/settings/frequency_caps", k, "per"), CAP_RANGE)
        if "audience" in settings:
            self.condition(settings["audience"], "/settings/audience", before_entry=True)
        if "goal" in settings:
            goal = settings["goal"]
            if "within" in goal:
                self.duration(goal["within"], "/settings/goal/within", CAP_RANGE)
            self.criterion(goal["criterion"], "/settings/goal/criterion")

    # -- nodes -------------------------------------------------------------------------------
    def trigger(self, data: dict[str, Any], here: str) -> None:
        if data["kind"] == "event":
            self.filter(data.get("filter", []), here + "/filter")
            if "during" in data:
                self.time_window(data["during"], here + "/during")

    def stage(
        self,
        data: dict[str, Any],
        here: str,
        tags: dict[str, dict[str, Any]],
        names: dict[tuple[str, str], str],
    ) -> None:
        other = tags.get(data["tag"])
        if other is not None:
            self.error(
                "stage.duplicate_tag",
                here + "/tag",
                tag=data["tag"],
                other=other["name"]["en"],
                other_zh=other["name"]["zh-CN"],
            )
        else:
            tags[data["tag"]] = data
        for locale in ("zh-CN", "en"):
            name = data["name"][locale].strip().casefold()
            if (locale, name) in names:
                self.error(
                    "stage.duplicate_name",
                    join(here, "name", locale),
                    name=data["name"][locale],
                    locale=locale,
                )
            names.setdefault((locale, name), here)

    def wait(self, data: dict[str, Any], here: str) -> None:
        if data["kind"] == "duration":
            self.duration(data["duration"], here + "/duration", WAIT_RANGE)
        elif data["kind"] == "event":
            self.filter(data.get("filter", []), here + "/filter")
            self.duration(data["timeout"], here + "/timeout", WAIT_RANGE)

    def keyed(self, items: list[dict[str, Any]], here: str, code: str, reserved: str | None = None) -> None:
        seen: set[str] = set()
        for k, item in enumerate(items):
            key = item["key"]
            if key == reserved:
                self.error("branch.reserved_outcome", join(here, k, "key"), key=key)
            elif key in seen:
                self.error(code, join(here, k, "key"), key=key)
            seen.add(key)

    def action(self, data: dict[str, Any], here: str) -> None:
        kind = data["kind"]
        if kind == "message":
            if "template" in data and "text" in data:
                self.error("action.message_content_conflict", here + "/text")
            elif "template" not in data and "text" not in data:
                self.error("action.message_content_missing", here)
            if "text" in data:
                self.texts(data["text"], here + "/text")
        elif kind == "set_attribute":
            operation, value = data["operation"], data.get("value")
            if operation == "unset" and "value" in data:
                self.error("action.invalid_value", here + "/value", operation=operation, expected="nothing")
            elif operation != "unset" and "value" not in data:
                self.error("action.value_required", here + "/value", operation=operation)
            elif operation == "increment" and (type(value) is bool or not isinstance(value, int | float)):
                self.error("action.invalid_value", here + "/value", operation=operation, expected="a number")
        elif kind == "staff_task":
            self.texts(data["title"], here + "/title")
            if "script" in data:
                self.texts(data["script"], here + "/script")
            if "due_in" in data:
                self.duration(data["due_in"], here + "/due_in", WAIT_RANGE)

    # -- edges -------------------------------------------------------------------------------
    def transition(self, transition: dict[str, Any], here: str, source: dict[str, Any] | None) -> None:
        self.criterion(transition, here)
        if (
            transition["kind"] == "tag_added"
            and source is not None
            and source["type"] == "stage"
            and source["data"]["tag"] == transition["tag"]
        ):
            self.error("transition.own_tag", here + "/tag", tag=transition["tag"])

    def criterion(self, criterion: dict[str, Any], here: str) -> None:
        kind = criterion["kind"]
        if kind == "event":
            self.filter(criterion.get("filter", []), here + "/filter")
        elif kind == "condition":
            self.condition(criterion["condition"], here + "/condition")
        elif kind == "time_in_stage":
            self.duration(criterion["duration"], here + "/duration", WAIT_RANGE)

    # -- conditions --------------------------------------------------------------------------
    def condition(
        self, condition: dict[str, Any], here: str, depth: int = 1, before_entry: bool = False
    ) -> None:
        if depth > self.max_depth:
            self.error("condition.too_deep", here, limit=self.max_depth)
            return
        kind = condition["kind"]
        if kind in {"all", "any"}:
            for k, sub in enumerate(condition["conditions"]):
                self.condition(sub, join(here, "conditions", k), depth + 1, before_entry)
        elif kind == "not":
            self.condition(condition["condition"], here + "/condition", depth + 1, before_entry)
        elif kind == "attribute":
            self.predicate(condition, here)
        elif kind in {"event_count", "aggregate"}:
            self.filter(condition.get("filter", []), here + "/filter")
            window = condition["window"]
            if before_entry and window in _BEFORE_ENTRY:
                self.error("condition.window_not_available", here + "/window", window=window)
            elif window.startswith("P"):
                self.duration(window, here + "/window", WINDOW_RANGE)

    def filter(self, predicates: list[dict[str, Any]], here: str) -> None:
        for k, predicate in enumerate(predicates):
            self.predicate(predicate, join(here, k))

    def predicate(self, predicate: dict[str, Any], here: str) -> None:
        operator = predicate["operator"]
        has_value = "value" in predicate
        value = predicate.get("value")
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

    # -- small values ------------------------------------------------------------------------
    def duration(self, text: str, here: str, bounds: tuple[timedelta, timedelta]) -> None:
        value = parse_duration(text)
        low, high = bounds
        if value is None or value < low:
            self.error("duration.too_short", here, value=text, min=format_duration(low))
        elif value > high:
            self.error("duration.too_long", here, value=text, max=format_duration(high))

    def time_window(self, window: dict[str, str], here: str) -> None:
        if window["start"] == window["end"]:
            self.error("time_window.empty", here + "/end")

    def texts(self, texts: dict[str, str], here: str) -> None:
        for locale, text in texts.items():
            self.placeholders(text, join(here, locale))

    def placeholders(self, text: str, here: str) -> None:
        for match in _PLACEHOLDER.finditer(text):
            inner = match.group(1).strip()
            if not _PLACEHOLDER_PATH.fullmatch(inner):
                self.error("text.malformed_placeholder", here)
                return
            root, _, rest = inner.partition(".")
            if root not in PLACEHOLDER_ROOTS:
                self.error("text.unknown_variable", here, variable=inner, allowed=list(PLACEHOLDER_ROOTS))
                return
            if root == "journey" and rest not in self.variables:
                self.error("text.unknown_journey_variable", here, variable=rest)
                return
        rest = _PLACEHOLDER.sub("", text)
        if "{{" in rest or "}}" in rest:
            self.error("text.malformed_placeholder", here)
