"""Workspace scoping by construction.

Every table that belongs to a brand inherits `WorkspaceOwned`. A database session opened for a
workspace (`scope_session(session, workspace_id)`) then:

- adds `workspace_id = :wid` to every ORM SELECT, UPDATE and DELETE of such tables
  (`with_loader_criteria`), including `session.get()`, so another workspace's rows are simply
  not found (the API answers 404);
- stamps new rows with the workspace id on flush and refuses to flush a row of another workspace.

Forgetting a filter in a query is therefore harmless; reading across workspaces needs an
unscoped session, which only the accounts area and system jobs use.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import ORMExecuteState, Session, with_loader_criteria
from sqlmodel import Field, SQLModel

WORKSPACE_KEY = "workspace_id"


class CrossWorkspaceWrite(RuntimeError):
    """A row of one workspace was about to be written through another workspace's session."""


class WorkspaceOwned(SQLModel):
    """Mixin: the row belongs to one workspace."""

    workspace_id: int = Field(foreign_key="workspaces.id", index=True, ondelete="CASCADE")


def scope_session(session: AsyncSession | Session, workspace_id: int) -> None:
    target = session.sync_session if isinstance(session, AsyncSession) else session
    target.info[WORKSPACE_KEY] = workspace_id


def session_workspace(session: AsyncSession | Session) -> int | None:
    target = session.sync_session if isinstance(session, AsyncSession) else session
    return target.info.get(WORKSPACE_KEY)


@event.listens_for(Session, "do_orm_execute")
def _add_workspace_criteria(state: ORMExecuteState) -> None:
    workspace_id = state.session.info.get(WORKSPACE_KEY)
    if workspace_id is None or state.is_column_load or state.is_relationship_load:
        return
    if state.is_select or state.is_update or state.is_delete:
        state.statement = state.statement.options(
            *(
                with_loader_criteria(cls, cls.workspace_id == workspace_id, include_aliases=True)
                for cls in _owned_classes()
            )
        )


def _owned_classes() -> list[type[WorkspaceOwned]]:
    """Every mapped table class that belongs to a workspace (cached once all are mapped)."""
    global _OWNED
    if _OWNED is None or len(_OWNED[0]) != len(SQLModel._sa_registry.mappers):
        mappers = tuple(SQLModel._sa_registry.mappers)
        _OWNED = (mappers, [m.class_ for m in mappers if issubclass(m.class_, WorkspaceOwned)])
    return _OWNED[1]


_OWNED: tuple[tuple[object, ...], list[type[WorkspaceOwned]]] | None = None


@event.listens_for(Session, "before_flush")
def _stamp_workspace(session: Session, _flush_context: Any, _instances: Any) -> None:
    workspace_id = session.info.get(WORKSPACE_KEY)
    if workspace_id is None:
        return
    for obj in (*session.new, *session.dirty):
        if not isinstance(obj, WorkspaceOwned):
            continue
        if obj.workspace_id is None:
            obj.workspace_id = workspace_id
        elif obj.workspace_id != workspace_id:
            raise CrossWorkspaceWrite(
                f"{type(obj).__name__} of workspace {obj.workspace_id} written through workspace {workspace_id}"
            )
