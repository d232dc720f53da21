"""Checking one incoming event: its envelope, its customer identities and traits, its properties."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from journeys_app.domain.customers.models import IDENTITY_KINDS
from journeys_app.domain.customers.services.identities import IdentityError, normalise_identity
from journeys_app.domain.rules.event_types import EVENT_TYPE_PATTERN, validate_event_properties

MAX_ID_LENGTH = 128
TRAIT_FIELDS = ("name", "region", "birthday", "gender", "time_zone", "attributes")
INTERNAL_TYPES = {"tag.added", "tag.removed"}


@dataclass
class ItemError:
    pointer: str
    message: str


@dataclass
class CheckedEvent:
    event_id: str
    type: str
    identities: dict[str, str]
    traits: dict[str, Any]
    properties: dict[str, Any]
    occurred_at: datetime
    payload_hash: str
    errors: list[ItemError] = field(default_factory=list)


def _parse_time(value: Any) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    if parsed.tzinfo is None:
        return None
    return parsed.astimezone(UTC)


def payload_hash(item: dict[str, Any]) -> str:
    """Hash of what makes an event this event (id repeats with another hash are conflicts)."""
    canonical = {k: item.get(k) for k in ("id", "type", "customer", "properties", "occurred_at")}
    return hashlib.sha256(
        json.dumps(canonical, sort_keys=True, ensure_ascii=False, default=str).encode()
    ).hexdigest()


def _check_traits(traits: Any, base: str, errors: list[ItemError]) -> dict[str, Any]:
    if traits is None:
        return {}
    if not isinstance(traits, dict):
        errors.append(ItemError(base, "must be an object"))
        return {}
    clean: dict[str, Any] = {}
    for key, value in traits.items():
        pointer = f"{base}/{key}"
        if key not in TRAIT_FIELDS:
            errors.append(
                ItemError(
                    pointer,
                    f"unknown trait; use one of {', '.join(TRAIT_FIELDS)} (custom ones go in attributes)",
                )
            )
        elif key == "birthday":
            try:
                clean[key] = date.fromisoformat(value) if value is not None else None
            except (TypeError, ValueError):
                errors.append(ItemError(pointer, "must be a date like 1990-05-17"))
        elif key == "time_zone":
            try:
                ZoneInfo(str(value))
                clean[key] = str(value)
            except (ZoneInfoNotFoundError, ValueError):
                errors.append(ItemError(pointer, "must be an IANA time zone such as Asia/Shanghai"))
        elif key == "attributes":
            if not isinstance(value, dict):
                errors.append(ItemError(pointer, "must be an object"))
            else:
                clean[key] = value
        else:
            if value is not None and not isinstance(value, str):
                errors.append(ItemError(pointer, "must be a string"))
            else:
                clean[key] = value[:200] if isinstance(value, str) else None
    return clean


def check_item(item: Any, index: int) -> CheckedEvent:
    base = f"/events/{index}"
    errors: list[ItemError] = []
    if not isinstance(item, dict):
        return CheckedEvent("", "", {}, {}, {}, datetime.now(UTC), "", [ItemError(base, "must be an object")])
    for key in item:
        if key not in {"id", "type", "customer", "properties", "occurred_at"}:
            errors.append(ItemError(f"{base}/{key}", "unknown field"))
    event_id = item.get("id")
    if not isinstance(event_id, str) or not event_id.strip() or len(event_id) > MAX_ID_LENGTH:
        errors.append(ItemError(f"{base}/id", f"required: a string of 1 to {MAX_ID_LENGTH} characters"))
        event_id = ""
    event_type = item.get("type")
    if not isinstance(event_type, str) or not EVENT_TYPE_PATTERN.fullmatch(event_type):
        errors.append(ItemError(f"{base}/type", "required: an event type such as cart.added"))
        event_type = ""
    elif event_type in INTERNAL_TYPES:
        errors.append(
            ItemError(f"{base}/type", f"{event_type} is recorded by Journeys itself and cannot be sent")
        )
    occurred_at = _parse_time(item.get("occurred_at"))
    if occurred_at is None:
        errors.append(
            ItemError(
                f"{base}/occurred_at",
                "required: an ISO-8601 time with a zone, e.g. 2026-11-23T21:05:00+08:00",
            )
        )
    properties = item.get("properties", {})
    if not isinstance(properties, dict):
        errors.append(ItemError(f"{base}/properties", "must be an object"))
        properties = {}
    elif event_type and not errors:
        for problem in validate_event_properties(event_type, properties):
            errors.append(ItemError(f"{base}/properties{problem.pointer}", problem.message))
    identities: dict[str, str] = {}
    traits: dict[str, Any] = {}
    customer = item.get("customer")
    if not isinstance(customer, dict):
        errors.append(ItemError(f"{base}/customer", "required: an object with at least one identity"))
    else:
        for key, value in customer.items():
            if key == "traits":
                traits = _check_traits(value, f"{base}/customer/traits", errors)
            elif key in IDENTITY_KINDS:
                if value is None:
                    continue
                try:
                    identities[key] = normalise_identity(key, value)
                except IdentityError as exc:
                    errors.append(ItemError(f"{base}/customer/{key}", str(exc)))
            else:
                errors.append(
                    ItemError(
                        f"{base}/customer/{key}",
                        f"unknown field; identities are {', '.join(IDENTITY_KINDS)}, plus traits",
                    )
                )
        if not identities and not any(e.pointer.startswith(f"{base}/customer/") for e in errors):
            errors.append(
                ItemError(f"{base}/customer", f"give at least one identity: {', '.join(IDENTITY_KINDS)}")
            )
    return CheckedEvent(
        event_id=event_id,
        type=event_type,
        identities=identities,
        traits=traits,
        properties=properties,
        occurred_at=occurred_at or datetime.now(UTC),
        payload_hash=payload_hash(item),
        errors=errors,
    )
