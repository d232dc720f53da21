"""Run Alembic from code, so `journeys migrate` works from an installed package."""

from __future__ import annotations

import asyncio
from pathlib import Path

from alembic import command
from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).parent / "migrations"


def alembic_config(database_url: str) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", database_url.replace("%", "%%"))
    return cfg


def _in_thread(fn, *args: object) -> None:  # type: ignore[no-untyped-def]
    # env.py calls asyncio.run(); when we are already inside a loop run Alembic in a thread.
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        fn(*args)
        return
    import concurrent.futures

    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        pool.submit(fn, *args).result()


def upgrade(database_url: str, revision: str = "head") -> None:
    _in_thread(command.upgrade, alembic_config(database_url), revision)


def downgrade(database_url: str, revision: str) -> None:
    _in_thread(command.downgrade, alembic_config(database_url), revision)


def revision(database_url: str, message: str, autogenerate: bool = True) -> None:
    _in_thread(command.revision, alembic_config(database_url), message, autogenerate)
