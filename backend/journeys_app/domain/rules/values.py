"""Values of attributes and event properties: dotted paths, numbers, dates, the predicate operators.

Semantics (docs/rules.md, "Predicates"):

- a dotted path descends into objects; lists fan out at every step, so `items.product` gives the
  product of every order line and a list-valued property gives its elements. `null` is absent;
- positive operators (eq, gt/gte/lt/lte, in, contains, exists) hold when *any* value does;
  `neq`, `not_in`, `not_exists` are their exact negations (so they hold when the path is absent);
- numbers compare by value, also against numeric text (`"199.00"` eq 199), never against booleans;
  dates and date-times (objects or ISO text) compare as instants, a date meaning local midnight;
  other text compares as text;
- `eq`/`in` on text are exact; `contains` is a case-insensitive substring test after Unicode
  NFKC normalisation (and equality for non-text values).
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterator, Mapping, Sequence
from datetime import date, datetime, time, tzinfo
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .model import DEFAULT_TIME_ZONE

_NUMBER_TEXT = re.compile(r"^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$")
_DATE_TEXT = re.compile(r"^\d{4}-\d{2}-\d{2}")
_MONTH_DAY_TEXT = re.compile(r"^(?:--)?(\d{2})-(\d{2})$")
POSITIVE = {"eq", "gt", "gte", "lt", "lte", "in", "contains", "exists"}
NEGATED = {"neq": "eq", "not_in": "in", "not_exists": "exists"}


@lru_cache(maxsize=1024)
def zone_for(name: str | None) -> ZoneInfo:
    """The customer's zone; Asia/Shanghai when the name is empty or unknown."""
    try:
        return ZoneInfo(name or DEFAULT_TIME_ZONE)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo(DEFAULT_TIME_ZONE)


# -- paths -----------------------------------------------------------------------------------


def _flatten(value: Any) -> Iterator[Any]:
    if isinstance(value, list | tuple):
        for item in value:
            yield from _flatten(item)
    else:
        yield value


def resolve(root: Any, path: str) -> list[Any]:
    """Every non-null value at a dotted path (lists fan out at every step)."""
    current: list[Any] = [root]
    for segment in path.split("."):
        found: list[Any] = []
        for value in current:
            for item in _flatten(value):
                if isinstance(item, Mapping) and segment in item:
                    found.append(item[segment])
        if not found:
            return []
        current = found
    return [v for value in current for v in _flatten(value) if v is not None]


# -- numbers and dates ---------------------------------------------------------------------


def to_decimal(value: Any) -> Decimal | None:
    """A number (or numeric text) as an exact Decimal; None for anything else (booleans too)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, Decimal):
        return value if value.is_finite() else None
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        return Decimal(repr(value)) if math.isfinite(value) else None
    if isinstance(value, str) and _NUMBER_TEXT.match(value.strip()):
        try:
            return Decimal(value.strip())
        except InvalidOperation:  # pragma: no cover - the pattern only lets decimals through
            return None
    return None


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float | Decimal) and not isinstance(value, bool)


def to_instant(value: Any, zone: tzinfo) -> datetime | None:
    """A date-time (object or ISO text) as an aware datetime; a date is local midnight in `zone`."""
    if isinstance(value, datetime):
        return (
            value
            if value.tzinfo is not None and value.utcoffset() is not None
            else value.replace(tzinfo=zone)
        )
    if isinstance(value, date):
        return datetime.combine(value, time(0), tzinfo=zone)
    if isinstance(value, str) and _DATE_TEXT.match(value):
        text = value.strip()
        try:
            parsed = datetime.fromisoformat(text)
        except ValueError:
            return None
        if len(text) == 10 or parsed.tzinfo is None:
            return parsed.replace(tzinfo=zone)
        return parsed
    return None


def _is_temporal(value: Any) -> bool:
    return isinstance(value, date) or (isinstance(value, str) and _DATE_TEXT.match(value) is not None)


def month_day(value: Any, zone: tzinfo) -> tuple[int, int] | None:
    """(month, day) of a birthday-like value: a date, a date-time (in `zone`), `YYYY-MM-DD…` or `--MM-DD` / `MM-DD`."""
    if isinstance(value, datetime):
        local = value.astimezone(zone) if value.tzinfo is not None else value
        return local.month, local.day
    if isinstance(value, date):
        return value.month, value.day
    if not isinstance(value, str):
        return None
    text = value.strip()
    match = _MONTH_DAY_TEXT.match(text)
    if match:
        month, day = int(match.group(1)), int(match.group(2))
        try:
            date(2000, month, day)  # a leap year: 02-29 is a valid birthday
        except ValueError:
            return None
        return month, day
    instant = to_instant(text, zone)
    return (instant.month, instant.day) if instant is not None else None


def anniversary_in(year: int, month: int, day: int) -> date:
    """The anniversary of (month, day) in `year`; 29 February is 28 February in common years."""
    if month == 2 and day == 29:
        try:
            return date(year, 2, 29)
        except ValueError:
            return date(year, 2, 28)
    return date(year, month, day)


def days_until_anniversary(month: int, day: int, today: date) -> int:
    """Days from `today` to the next anniversary (0 when it is today)."""
    upcoming = anniversary_in(today.year, month, day)
    if upcoming < today:
        upcoming = anniversary_in(today.year + 1, month, day)
    return (upcoming - today).days


def local_midnight(day: date, zone: tzinfo) -> datetime:
    return datetime.combine(day, time(0), tzinfo=zone)


def in_daily_window(instant: datetime, window: Mapping[str, str], zone: tzinfo) -> bool:
    """Whether the local time of `instant` is in [start, end) — spanning midnight when end < start."""
    local = instant.astimezone(zone)
    minute = local.hour * 60 + local.minute
    start, end = (_minutes(window["start"]), _minutes(window["end"]))
    if start <= end:
        return start <= minute < end
    return minute >= start or minute < end


def _minutes(hhmm: str) -> int:
    hours, minutes = hhmm.split(":")
    return int(hours) * 60 + int(minutes)


# -- comparisons ---------------------------------------------------------------------------


def normalize_text(text: str) -> str:
    """NFKC then casefold: full-width and case variants compare equal."""
    return unicodedata.normalize("NFKC", text).casefold()


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def equals(a: Any, b: Any, zone: tzinfo) -> bool:
    if isinstance(a, bool) or isinstance(b, bool):
        return type(a) is bool and type(b) is bool and a == b
    if _is_number(a) or _is_number(b):
        left, right = to_decimal(a), to_decimal(b)
        return left is not None and right is not None and left == right
    if isinstance(a, date) or isinstance(b, date):
        left_t, right_t = to_instant(a, zone), to_instant(b, zone)
        return left_t is not None and right_t is not None and left_t == right_t
    if isinstance(a, str) and isinstance(b, str):
        return a == b
    return False


def ordered(a: Any, operator: str, b: Any, zone: tzinfo) -> bool:
    """a <operator> b for gt/gte/lt/lte: as numbers, else as instants, else as text; False if incomparable."""
    if isinstance(a, bool) or isinstance(b, bool):
        return False
    left: Any
    right: Any
    left, right = to_decimal(a), to_decimal(b)
    if left is None or right is None:
        if _is_temporal(a) and _is_temporal(b):
            left, right = to_instant(a, zone), to_instant(b, zone)
        elif isinstance(a, str) and isinstance(b, str):
            left, right = a, b
        else:
            return False
        if left is None or right is None:
            return False
    return compare(left, operator, right)


def compare(left: Any, operator: str, right: Any) -> bool:
    if operator == "eq":
        return left == right
    if operator == "neq":
        return left != right
    if operator == "gt":
        return left > right
    if operator == "gte":
        return left >= right
    if operator == "lt":
        return left < right
    if operator == "lte":
        return left <= right
    raise ValueError(f"not a comparison operator: {operator!r}")


def contains(candidate: Any, needle: Any, zone: tzinfo) -> bool:
    if isinstance(candidate, str):
        return normalize_text(_text(needle)) in normalize_text(candidate)
    return equals(candidate, needle, zone)


def values_match(values: Sequence[Any], operator: str, expected: Any, zone: tzinfo) -> bool:
    """The generic operators over the values a path resolved to."""
    if operator in NEGATED:
        return not values_match(values, NEGATED[operator], expected, zone)
    if operator == "exists":
        return bool(values)
    if operator == "eq":
        return any(equals(v, expected, zone) for v in values)
    if operator == "in":
        options = expected if isinstance(expected, list) else [expected]
        return any(equals(v, option, zone) for v in values for option in options)
    if operator == "contains":
        return any(contains(v, expected, zone) for v in values)
    if operator in {"gt", "gte", "lt", "lte"}:
        return any(ordered(v, operator, expected, zone) for v in values)
    raise ValueError(f"unknown operator: {operator!r}")


def predicate_matches(predicate: Mapping[str, Any], root: Any, zone: tzinfo) -> bool:
    """A `{property, operator, value}` test on an object (event properties)."""
    return values_match(
        resolve(root, predicate["property"]), predicate["operator"], predicate.get("value"), zone
    )
