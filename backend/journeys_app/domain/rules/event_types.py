"""Event types: the built-in ones (documented property schemas) and the rules for custom ones.

The property schemas are `journeys/schema/events/<type>.schema.json` (JSON Schema 2020-12, with
shared definitions in `common.schema.json`). They are open: properties they do not describe are
kept as sent. A custom type is any other name matching `EVENT_TYPE_PATTERN` (two or more
dot-separated lower-case words); its properties are free-form (any JSON object).

`tag.added` / `tag.removed` are internal: Journeys records them for every tag change. The
ingestion API must refuse them from integrators and tag rules cannot use them.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import msgspec
from referencing import Registry, Resource

from journeys_app.domain.journeys.graph.schema import JourneysValidator, convert_error, schema_dir

#: A well-formed event type name, length limit included (so `fullmatch` alone is the whole check).
EVENT_TYPE_PATTERN = re.compile(r"^(?=.{3,100}\Z)[a-z][a-z0-9_]*(?:\.[a-z][a-z0-9_]*)+\Z")
MAX_EVENT_TYPE_LENGTH = 100
MAX_PROPERTY_ERRORS = 50
COMMON_SCHEMA = "common.schema.json"


@dataclass(frozen=True, slots=True)
class EventTypeInfo:
    """A built-in event type: names and meaning in both languages, UI category, key properties."""

    type: str
    name_zh: str
    name_en: str
    description_zh: str
    description_en: str
    category: str
    key_properties: tuple[str, ...]
    internal: bool = False


def _info(
    type_: str, name_zh: str, name_en: str, zh: str, en: str, category: str, keys: str, internal: bool = False
) -> EventTypeInfo:
    return EventTypeInfo(type_, name_zh, name_en, zh, en, category, tuple(keys.split()), internal)


#: Every built-in type, in the order of docs/rules.md. `description_en` is the schema's description.
BUILTIN_EVENT_TYPES: tuple[EventTypeInfo, ...] = (
    _info(
        "moment.viewed", "浏览朋友圈", "Moments post viewed",
        "客户点开了员工的一条朋友圈（例如半夜点开看了几次）。",
        "The customer opened a Moments (朋友圈) post of a staff member — e.g. at midnight, several times.",
        "content", "moment_id staff_id product product_name duration_seconds",
    ),
    _info(
        "article.read", "阅读文章", "Article read",
        "客户阅读了一篇文章（公众号推文、内容页），例如介绍商品A的文章。",
        "The customer read an article (official account post, content page) — e.g. one about product A.",
        "content", "article_id title product channel read_seconds read_ratio",
    ),
    _info(
        "product.viewed", "浏览商品", "Product viewed",
        "客户浏览了商品详情页（小程序商城、网店）。",
        "The customer viewed a product page (mini-program shop, online store).",
        "commerce", "product product_name sku category price channel",
    ),
    _info(
        "cart.added", "加入购物车", "Added to cart",
        "客户把商品加入了购物车（例如深夜加购但未下单）。",
        "The customer added a product to the shopping cart (e.g. late at night, without buying).",
        "commerce", "product product_name sku quantity price channel",
    ),
    _info(
        "order.paid", "订单支付", "Order paid",
        "客户支付了一笔订单（小程序商城、天猫/京东/有赞或门店收银），按手机号等身份匹配到客户；用于计算消费字段（订单数、累计消费、首次/最近下单时间）。",
        "The customer paid an order (mini-program shop, Tmall/JD/Youzan, or a store's till) — matched to the customer by identity such as phone number. Feeds the consumption fields (order count, total spend, first/last order time).",
        "commerce", "order_id amount currency items channel store staff_id",
    ),
    _info(
        "order.refunded", "订单退款", "Order refunded",
        "一笔订单全部或部分退款。",
        "An order was refunded, fully or in part.",
        "commerce", "order_id refund_id amount currency items reason",
    ),
    _info(
        "coupon.claimed", "领取优惠券", "Coupon claimed",
        "客户领取了一张优惠券。",
        "The customer claimed (received) a coupon.",
        "coupon", "coupon coupon_code coupon_name value threshold expires_at",
    ),
    _info(
        "coupon.redeemed", "核销优惠券", "Coupon redeemed",
        "客户在订单中使用了优惠券。",
        "The customer used a coupon on an order.",
        "coupon", "coupon coupon_code order_id discount_amount",
    ),
    _info(
        "group.joined", "加入社群", "Group joined",
        "客户加入了企业微信客户群（例如 VIP 群）。",
        "The customer joined a WeCom customer group (e.g. the VIP group).",
        "social", "group_id group_name group_type staff_id join_scene",
    ),
    _info(
        "group.left", "退出社群", "Group left",
        "客户退出了企业微信客户群，或被移出群。",
        "The customer left a WeCom customer group, or was removed from it.",
        "social", "group_id group_name group_type removed",
    ),
    _info(
        "friend.added", "添加好友", "Friend added",
        "客户成为员工的企业微信好友（外部联系人）。",
        "The customer became a WeCom friend (external contact) of a staff member.",
        "social", "staff_id source state store",
    ),
    _info(
        "friend.deleted", "删除好友", "Friend deleted",
        "企业微信好友关系结束：客户删除了员工，或员工删除了客户。",
        "The WeCom friendship ended: the customer deleted the staff member, or the staff member deleted the customer.",
        "social", "staff_id deleted_by",
    ),
    _info(
        "message.received", "收到消息", "Message received",
        "客户发来一条消息（私聊或群聊）；关键词规则搜索其中的 text。",
        "The customer sent a message (1:1 chat or in a group). `text` is what keyword rules search.",
        "conversation", "text msg_type channel staff_id group_id",
    ),
    _info(
        "qr.scanned", "扫码", "QR code scanned",
        "客户扫描了二维码：商品上的（一物一码，如瓶盖）、门店海报、员工名片或活动码。",
        "The customer scanned a QR code: on a product (一物一码, e.g. a bottle cap), a store poster, a staff card or an event.",
        "interaction", "code purpose product batch store points",
    ),
    _info(
        "form.submitted", "提交表单", "Form submitted",
        "客户提交了表单（问卷、留资、预约、试驾申请）。",
        "The customer submitted a form (survey, lead form, booking, test-drive request).",
        "interaction", "form_id form_name fields channel",
    ),
    _info(
        "task.completed", "完成任务", "Task completed",
        "与客户相关的任务已完成：客户任务（签到、分享、邀请好友、问卷，常得积分）或员工任务（旅程中的导购任务，如生日回访）。",
        "A task about the customer was completed: a customer task (check-in, share, invite a friend, survey — often for points) or a staff task (a journey's staff_task, e.g. the birthday call).",
        "interaction", "task_id task_type completed_by staff_id points",
    ),
    _info(
        "tag.added", "添加标签", "Tag added",
        "内部事件：客户被添加了一个标签。每次标签变更都会记录，供旅程响应；集成方不能发送，标签规则也不能使用。",
        "Internal: a tag was added to the customer. Recorded by Journeys for every tag change so journeys can react; integrators cannot send it and tag rules cannot use it.",
        "internal", "tag source source_id", internal=True,
    ),
    _info(
        "tag.removed", "移除标签", "Tag removed",
        "内部事件：客户被移除了一个标签。每次标签变更都会记录，供旅程响应；集成方不能发送，标签规则也不能使用。",
        "Internal: a tag was removed from the customer. Recorded by Journeys for every tag change so journeys can react; integrators cannot send it and tag rules cannot use it.",
        "internal", "tag source source_id", internal=True,
    ),
)  # fmt: skip

_BY_TYPE = {info.type: info for info in BUILTIN_EVENT_TYPES}
INTERNAL_EVENT_TYPES = frozenset(info.type for info in BUILTIN_EVENT_TYPES if info.internal)


class EventPropertyError(msgspec.Struct, frozen=True, kw_only=True, rename="camel"):
    """One problem in an event's properties.

    `pointer` is an RFC 6901 pointer relative to the event's `properties` (`/items/0/price`; ""
    is the properties object itself); `code` is a stable `schema.*` code as in journey
    validation; `message` is English, `message_zh` Chinese.
    """

    pointer: str
    message: str
    code: str = "schema.invalid"
    message_zh: str = ""


# -- type names ------------------------------------------------------------------------------


def is_valid_event_type(event_type: Any) -> bool:
    """A well-formed event type name: `object.action` words, at most 100 characters."""
    return isinstance(event_type, str) and EVENT_TYPE_PATTERN.fullmatch(event_type) is not None


def is_builtin(event_type: str) -> bool:
    """True for the documented types, the internal tag.added / tag.removed included."""
    return event_type in _BY_TYPE


def is_internal(event_type: str) -> bool:
    """tag.added / tag.removed: written by Journeys only."""
    return event_type in INTERNAL_EVENT_TYPES


def event_type_info(event_type: str) -> EventTypeInfo | None:
    return _BY_TYPE.get(event_type)


def event_type_problem(event_type: Any) -> EventPropertyError | None:
    """Why an integrator may not send this type (pointer "" = the `type` field itself), or None."""
    if not is_valid_event_type(event_type):
        shown = event_type if isinstance(event_type, str) else json.dumps(event_type)
        return EventPropertyError(
            pointer="",
            code="event.invalid_type",
            message=f"“{shown[:100]}” is not a valid event type: use two or more dot-separated lower-case words, such as order.paid.",
            message_zh=f"“{shown[:100]}”不是有效的事件类型：应为以点分隔的两个或以上小写单词，例如 order.paid。",
        )
    if is_internal(event_type):
        return EventPropertyError(
            pointer="",
            code="event.internal_type",
            message=f"{event_type} is recorded by Journeys itself and cannot be sent.",
            message_zh=f"{event_type} 由系统自动记录，不能通过接口发送。",
        )
    return None


# -- property schemas ------------------------------------------------------------------------


def events_schema_dir() -> Path:
    return schema_dir() / "events"


@lru_cache(maxsize=64)
def _load(directory: Path, name: str) -> dict[str, Any]:
    with (directory / name).open(encoding="utf-8") as fh:
        return json.load(fh)


@lru_cache(maxsize=64)
def _validator(directory: Path, event_type: str) -> Any:
    resources = [
        (doc["$id"], Resource.from_contents(doc))
        for doc in (_load(directory, COMMON_SCHEMA), _load(directory, f"{event_type}.schema.json"))
    ]
    schema = _load(directory, f"{event_type}.schema.json")
    return JourneysValidator(schema, registry=Registry().with_resources(resources))


def event_schema(event_type: str) -> dict[str, Any] | None:
    """The property schema of a built-in type (cached; do not mutate), None for a custom type."""
    if not is_builtin(event_type):
        return None
    return _load(events_schema_dir(), f"{event_type}.schema.json")


def _deref(node: dict[str, Any], directory: Path) -> dict[str, Any]:
    target = node.get("$ref")
    if not target:
        return node
    file, _, fragment = target.partition("#")
    doc = _load(directory, file or COMMON_SCHEMA)
    for token in fragment.strip("/").split("/"):
        doc = doc[token]
    return {**_deref(doc, directory), **{k: v for k, v in node.items() if k != "$ref"}}


@lru_cache(maxsize=64)
def _numeric_paths(directory: Path, event_type: str) -> tuple[str, ...]:
    found: list[str] = []

    def walk(node: dict[str, Any], prefix: str) -> None:
        node = _deref(node, directory)
        types = node.get("type")
        types = types if isinstance(types, list) else [types]
        if prefix and ("number" in types or "integer" in types):
            found.append(prefix)
        if "array" in types and isinstance(node.get("items"), dict):
            walk(node["items"], prefix)
        for name, sub in node.get("properties", {}).items():
            walk(sub, f"{prefix}.{name}" if prefix else name)

    walk(_load(directory, f"{event_type}.schema.json"), "")
    return tuple(found)


def numeric_properties(event_type: str) -> tuple[str, ...]:
    """Dotted paths of the numeric properties of a built-in type (`amount`, `items.price` …); () for custom types."""
    if not is_builtin(event_type):
        return ()
    return _numeric_paths(events_schema_dir(), event_type)


def validate_event_properties(event_type: str, properties: Any) -> list[EventPropertyError]:
    """Every problem of an event's properties; [] when they are fine.

    Built-in types are checked against their schema (documented properties must be right,
    others are kept); custom types only need a JSON object. Raises ValueError for a type name
    that is not valid (check `event_type_problem` first).
    """
    if not is_valid_event_type(event_type):
        raise ValueError(f"not a valid event type: {event_type!r}")
    if not isinstance(properties, Mapping):
        return [
            EventPropertyError(
                pointer="",
                code="schema.type",
                message="Wrong type: expected object.",
                message_zh="类型错误：应为对象。",
            )
        ]
    if not is_builtin(event_type):
        return []
    validator = _validator(events_schema_dir(), event_type)
    errors: list[EventPropertyError] = []
    for error in sorted(validator.iter_errors(properties), key=_path_key):
        converted = convert_error(error)
        errors.append(
            EventPropertyError(
                pointer=converted.pointer,
                code=converted.code,
                message=converted.message_en,
                message_zh=converted.message_zh,
            )
        )
        if len(errors) >= MAX_PROPERTY_ERRORS:
            break
    return errors


def _path_key(error: Any) -> list[tuple[int, Any]]:
    return [(0, token) if isinstance(token, int) else (1, str(token)) for token in error.absolute_path]


def clear_caches() -> None:
    _load.cache_clear()
    _validator.cache_clear()
    _numeric_paths.cache_clear()
