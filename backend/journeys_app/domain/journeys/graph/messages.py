"""Messages of every error code, in English and Simplified Chinese.

Templates use `str.format` fields named after the error's params; lists are shown comma-separated.
The table is the list of codes documented in docs/journey-format.md (a test keeps them in step).
"""

from __future__ import annotations

from typing import Any

MESSAGES: dict[str, tuple[str, str]] = {
    # -- the JSON Schema ---------------------------------------------------------------------
    "schema.required": ("Required field “{property}” is missing.", "缺少必填字段“{property}”。"),
    "schema.additional_property": ("Unknown field “{property}”.", "不支持的字段“{property}”。"),
    "schema.type": ("Wrong type: expected {expected}.", "类型错误：应为{expected_zh}。"),
    "schema.enum": ("Must be one of: {allowed}.", "取值必须是以下之一：{allowed}。"),
    "schema.const": ("Must be {expected}.", "取值必须为 {expected}。"),
    "schema.pattern": (
        "“{value}” is not in the expected format (for example: {examples}).",
        "“{value}”格式不正确（示例：{examples}）。",
    ),
    "schema.min_length": ("Must be at least {limit} characters long.", "至少需要 {limit} 个字符。"),
    "schema.max_length": ("Must be at most {limit} characters long.", "不能超过 {limit} 个字符。"),
    "schema.minimum": ("Must be at least {limit}.", "不能小于 {limit}。"),
    "schema.maximum": ("Must be at most {limit}.", "不能大于 {limit}。"),
    "schema.min_items": ("Needs at least {limit} item(s).", "至少需要 {limit} 项。"),
    "schema.max_items": ("Allows at most {limit} item(s).", "最多允许 {limit} 项。"),
    "schema.unique_items": ("Items must not repeat.", "列表项不能重复。"),
    "schema.min_properties": ("Needs at least {limit} entry(ies).", "至少需要填写 {limit} 项。"),
    "schema.max_properties": ("Allows at most {limit} entries.", "最多允许 {limit} 项。"),
    "schema.unknown_variant": (
        "Unknown {property} “{value}”; expected one of: {allowed}.",
        "未知的 {property}“{value}”，可选值：{allowed}。",
    ),
    "schema.no_match": ("This value has none of the allowed forms.", "取值不符合任何允许的形式。"),
    "schema.invalid_key": ("“{key}” is not a valid node id.", "“{key}”不是有效的节点 ID。"),
    "schema.invalid": ("Invalid value: {detail}", "取值无效：{detail}"),
    # -- limits and document shape -----------------------------------------------------------
    "graph.too_many_nodes": (
        "The journey has {count} nodes; at most {limit} are allowed.",
        "旅程共有 {count} 个节点，最多允许 {limit} 个。",
    ),
    "graph.too_many_edges": (
        "The journey has {count} edges; at most {limit} are allowed.",
        "旅程共有 {count} 条连线，最多允许 {limit} 条。",
    ),
    "graph.too_deep": ("The document is nested too deeply to be checked.", "文档嵌套层级过深，无法校验。"),
    # -- graph structure ---------------------------------------------------------------------
    "graph.no_entry": ("The journey has no entry trigger.", "旅程缺少入口触发器。"),
    "graph.multiple_entries": (
        "The journey may have only one entry trigger; “{first}” is already one.",
        "旅程只能有一个入口触发器，“{first}”已是入口。",
    ),
    "graph.instant_cycle": (
        "These nodes form a loop with no wait or stage transition in it: {nodes}.",
        "以下节点构成了没有等待或阶段流转的循环：{nodes}。",
    ),
    "node.duplicate_id": ("Node id “{id}” is used more than once.", "节点 ID“{id}”重复。"),
    "edge.duplicate_id": ("Edge id “{id}” is used more than once.", "连线 ID“{id}”重复。"),
    "edge.unknown_source": ("The edge leaves “{id}”, which is not a node.", "连线的起点“{id}”不是已有节点。"),
    "edge.unknown_target": ("The edge enters “{id}”, which is not a node.", "连线的终点“{id}”不是已有节点。"),
    "edge.invalid_handle": (
        "A {node_type} node has no outcome “{handle}”; its outcomes are: {allowed}.",
        "{node_type_zh}节点没有出口“{handle}”，可用出口：{allowed}。",
    ),
    "edge.duplicate_handle": (
        "Outcome “{handle}” is already connected by edge “{other_edge}”.",
        "出口“{handle}”已由连线“{other_edge}”连接。",
    ),
    "edge.self_loop": (
        "The edge returns to its own node; only stage transitions may do that.",
        "连线指回了自身节点，只有阶段流转可以这样做。",
    ),
    "edge.target_is_trigger": (
        "No edge may enter the entry trigger.",
        "连线不能指向入口触发器。",
    ),
    "edge.transition_missing": (
        "A transition edge leaving a stage needs a transition (event, tag, condition or time in stage).",
        "从阶段流出的流转连线必须设置流转条件（事件、标签、条件或停留时长）。",
    ),
    "edge.transition_not_allowed": (
        "Only transition edges leaving a stage may carry a transition.",
        "只有从阶段流出的流转连线才能设置流转条件。",
    ),
    "node.unreachable": (
        "No path leads from the entry trigger to this node.",
        "从入口触发器无法到达此节点。",
    ),
    "node.outcome_not_connected": (
        "Outcome “{handle}” is not connected.",
        "出口“{handle}”尚未连接。",
    ),
    # -- node and settings contents ----------------------------------------------------------
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
    "settings.unknown_time_zone": ("Unknown time zone “{value}”.", "未知的时区“{value}”。"),
    "settings.min_interval_not_allowed": (
        "A minimum re-entry interval needs re-entry “after_exit” or “always”.",
        "只有重新进入策略为“after_exit”或“always”时才能设置最短间隔。",
    ),
    "condition.too_deep": (
        "Conditions may be nested at most {limit} levels deep.",
        "条件最多嵌套 {limit} 层。",
    ),
    "condition.window_not_available": (
        "Window “{window}” cannot be used before the customer has entered the journey.",
        "客户进入旅程前无法使用时间范围“{window}”。",
    ),
    "predicate.invalid_value": (
        "Operator “{operator}” needs {expected}.",
        "运算符“{operator}”需要{expected_zh}。",
    ),
    "branch.duplicate_outcome": ("Outcome key “{key}” is used more than once.", "分支出口“{key}”重复。"),
    "branch.reserved_outcome": (
        "“{key}” is reserved for the branch's default outcome.",
        "“{key}”是分支默认出口的保留名称。",
    ),
    "split.duplicate_arm": ("Arm key “{key}” is used more than once.", "分流臂“{key}”重复。"),
    "stage.duplicate_tag": (
        "Tag “{tag}” is already bound to stage “{other}”.",
        "标签“{tag}”已绑定到阶段“{other}”。",
    ),
    "stage.duplicate_name": (
        "Another stage is already called “{name}”.",
        "已有阶段名为“{name}”。",
    ),
    "goal.duplicate_key": ("Goal key “{key}” is used more than once.", "目标标识“{key}”重复。"),
    "action.message_content_missing": (
        "A message needs a template or a text.",
        "消息需要选择模板或填写内容。",
    ),
    "action.message_content_conflict": (
        "A message has either a template or a text, not both.",
        "消息只能选择模板或填写内容之一，不能同时设置。",
    ),
    "action.value_required": ("Operation “{operation}” needs a value.", "操作“{operation}”需要填写值。"),
    "action.invalid_value": (
        "Operation “{operation}” needs {expected}.",
        "操作“{operation}”需要{expected_zh}。",
    ),
    "text.malformed_placeholder": (
        "A placeholder is not closed or is malformed; write {{{{customer.nickname}}}}.",
        "占位符未闭合或格式错误，正确写法如 {{{{customer.nickname}}}}。",
    ),
    "text.unknown_variable": (
        "Unknown placeholder “{variable}”; placeholders start with: {allowed}.",
        "未知占位符“{variable}”，占位符须以以下之一开头：{allowed}。",
    ),
    "text.unknown_journey_variable": (
        "{{{{journey.{variable}}}}} is not a journey variable; declare it in settings.variables.",
        "{{{{journey.{variable}}}}} 不是旅程变量，请先在 settings.variables 中声明。",
    ),
    "transition.own_tag": (
        "Customers in this stage already carry tag “{tag}”, so this transition can never fire.",
        "处于此阶段的客户已带有标签“{tag}”，该流转永远不会触发。",
    ),
    "layout.unknown_node": (
        "The layout places “{id}”, which is not a node.",
        "画布布局中的“{id}”不是已有节点。",
    ),
    # -- workspace references ------------------------------------------------------------------
    "reference.unknown_tag": ("Tag “{key}” does not exist in this workspace.", "工作区中不存在标签“{key}”。"),
    "reference.unknown_channel": (
        "Channel “{key}” does not exist in this workspace.",
        "工作区中不存在渠道“{key}”。",
    ),
    "reference.unknown_template": (
        "Message template “{key}” does not exist in this workspace.",
        "工作区中不存在消息模板“{key}”。",
    ),
    "reference.unknown_coupon": (
        "Coupon “{key}” does not exist in this workspace.",
        "工作区中不存在优惠券“{key}”。",
    ),
    # -- template files --------------------------------------------------------------------------
    "template.changelog_mismatch": (
        "The newest changelog entry is for {changelog_version}, but the template is version {version}.",
        "最新的变更记录对应版本 {changelog_version}，但模板版本为 {version}。",
    ),
    "template.changelog_order": (
        "Changelog entries must be newest first, one per version; {version} is out of order.",
        "变更记录须按版本从新到旧排列且每个版本一条，{version} 顺序有误。",
    ),
    "template.file_name_mismatch": (
        "The file is named “{file}” but holds template “{key}”.",
        "文件名为“{file}”，但其中的模板标识为“{key}”。",
    ),
}

_TYPE_ZH = {
    "object": "对象",
    "array": "数组",
    "string": "字符串",
    "integer": "整数",
    "number": "数字",
    "boolean": "布尔值",
    "null": "空值",
}
_NODE_TYPE_ZH = {
    "trigger": "触发器",
    "stage": "阶段",
    "wait": "等待",
    "branch": "条件分支",
    "split": "随机分流",
    "action": "动作",
    "goal": "目标",
    "exit": "退出",
}
_EXPECTED = {
    "nothing": ("no value", "不填写值"),
    "a list": ("a non-empty list of values", "非空的取值列表"),
    "a scalar": ("a single text, number or true/false value", "单个文本、数字或布尔值"),
    "a number or text": ("a number or a text (such as a date)", "数字或文本（如日期）"),
    "a number": ("a number", "数字"),
}


class _Fields(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def _show(value: Any) -> str:
    if isinstance(value, list | tuple | set | frozenset):
        return ", ".join(_show(v) for v in value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "null"
    return str(value)


def render(code: str, params: dict[str, Any]) -> tuple[str, str]:
    """(English, Chinese) message for a code and its params."""
    en, zh = MESSAGES.get(code, ("{code}", "{code}"))
    fields = _Fields({k: _show(v) for k, v in params.items()})
    fields.setdefault("code", code)
    expected = params.get("expected")
    if code == "schema.type":
        names = expected if isinstance(expected, list) else [expected]
        fields["expected"] = " or ".join(str(n) for n in names)
        fields["expected_zh"] = "或".join(_TYPE_ZH.get(str(n), str(n)) for n in names)
    elif isinstance(expected, str) and expected in _EXPECTED:
        fields["expected"], fields["expected_zh"] = _EXPECTED[expected]
    if "node_type" in params:
        fields["node_type_zh"] = _NODE_TYPE_ZH.get(str(params["node_type"]), str(params["node_type"]))
    return en.format_map(fields), zh.format_map(fields)
