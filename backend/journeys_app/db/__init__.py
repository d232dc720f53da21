"""Database access: one async engine per process, SQLModel tables, Alembic migrations."""

from journeys_app.db.engine import create_engine, create_session_maker

__all__ = ["create_engine", "create_session_maker"]
