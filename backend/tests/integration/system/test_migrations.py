"""Migrations upgrade and downgrade cleanly on this run's database (SQLite or PostgreSQL)."""

from __future__ import annotations

import asyncio

from sqlalchemy import inspect

from journeys_app.db import migrate
from journeys_app.db.engine import create_engine
from journeys_app.db.metadata import load_metadata
from tests.conftest import fresh_database_url


async def _tables(url: str) -> set[str]:
    engine = create_engine(url)
    try:
        async with engine.connect() as conn:
            return set(await conn.run_sync(lambda c: inspect(c).get_table_names()))
    finally:
        await engine.dispose()


def test_upgrade_downgrade_upgrade_round_trip(db_kind, tmp_path):
    expected = set(load_metadata().tables)
    with fresh_database_url(db_kind, tmp_path) as url:
        migrate.upgrade(url)
        assert expected <= asyncio.run(_tables(url))
        migrate.upgrade(url)  # running again is a no-op
        migrate.downgrade(url, "base")
        assert asyncio.run(_tables(url)) - {"alembic_version"} == set()
        migrate.upgrade(url)
        assert expected <= asyncio.run(_tables(url))


async def test_models_and_migrations_agree(database_url):
    """Autogenerate finds nothing to do: every model change has its Alembic revision."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    engine = create_engine(database_url)
    try:
        async with engine.connect() as conn:
            diff = await conn.run_sync(
                lambda c: compare_metadata(
                    MigrationContext.configure(c, opts={"compare_type": True}), load_metadata()
                )
            )
    finally:
        await engine.dispose()
    assert diff == [], f"models differ from migrations; add a revision: {diff}"
