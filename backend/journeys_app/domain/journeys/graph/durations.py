"""The ISO-8601 durations of the format: weeks, or days plus hours/minutes/seconds."""

from __future__ import annotations

import re
from datetime import timedelta

_DURATION = re.compile(r"^P(?:(\d+)W|(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?)$")

MINUTE = timedelta(minutes=1)
HOUR = timedelta(hours=1)
DAY = timedelta(days=1)


def parse_duration(text: str) -> timedelta | None:
    """`P1DT12H` → 1 day 12 hours; None for anything the format does not allow (`P`, `P1M`, `PT`)."""
    match = _DURATION.match(text) if isinstance(text, str) else None
    if match is None or text in {"P", "PT"} or text.endswith("T"):
        return None
    weeks, days, hours, minutes, seconds = (int(g) if g else 0 for g in match.groups())
    return timedelta(weeks=weeks, days=days, hours=hours, minutes=minutes, seconds=seconds)


def format_duration(value: timedelta) -> str:
    """The shortest form of a duration: 90 minutes → `PT1H30M`, 14 days → `P14D`."""
    total = int(value.total_seconds())
    days, rest = divmod(total, 86400)
    hours, rest = divmod(rest, 3600)
    minutes, seconds = divmod(rest, 60)
    out = "P" + (f"{days}D" if days else "")
    time = (
        (f"{hours}H" if hours else "")
        + (f"{minutes}M" if minutes else "")
        + (f"{seconds}S" if seconds else "")
    )
    if time:
        out += "T" + time
    return out if out != "P" else "PT0S"
