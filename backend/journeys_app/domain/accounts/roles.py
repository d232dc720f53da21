"""Roles of a workspace member, API key scopes, and the permissions they grant."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    owner = "owner"
    admin = "admin"
    marketer = "marketer"
    analyst = "analyst"
    assistant = "assistant"


class Permission(StrEnum):
    read = "read"  # see journeys, customers, tags, analytics
    journeys_write = "journeys:write"  # build, publish and roll back journeys
    customers_write = "customers:write"  # edit customers and tags, move customers between stages
    events_write = "events:write"  # ingest events and orders
    admin = "admin"  # members, API keys, audit log
    tasks_own = "tasks:own"  # see and complete the staff tasks assigned to oneself


class Scope(StrEnum):
    """What an API key may do."""

    events_write = "events:write"
    read = "read"
    journeys_write = "journeys:write"
    admin = "admin"


_ALL = frozenset(Permission)

ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.owner: _ALL,
    Role.admin: _ALL,
    Role.marketer: frozenset({Permission.read, Permission.journeys_write, Permission.customers_write}),
    Role.analyst: frozenset({Permission.read}),
    Role.assistant: frozenset({Permission.tasks_own}),
}

SCOPE_PERMISSIONS: dict[Scope, frozenset[Permission]] = {
    Scope.events_write: frozenset({Permission.events_write}),
    Scope.read: frozenset({Permission.read}),
    Scope.journeys_write: frozenset({Permission.read, Permission.journeys_write}),
    Scope.admin: _ALL - {Permission.tasks_own},
}


def permissions_for_scopes(scopes: list[str]) -> frozenset[Permission]:
    granted: set[Permission] = set()
    for scope in scopes:
        granted |= SCOPE_PERMISSIONS.get(Scope(scope), frozenset())
    return frozenset(granted)
