"""The `journeys` command."""

from __future__ import annotations

import asyncio
import json
import sys
import time
from pathlib import Path

import click

from journeys_app import __version__, accounts_cli, journeys_cli
from journeys_app.embedded_redis import EmbeddedRedisError
from journeys_app.preflight import PreflightError, check_database, check_redis
from journeys_app.settings import Settings, SettingsError, get_settings, redact_url

USER_ERRORS = (PreflightError, SettingsError, EmbeddedRedisError)


class JourneysGroup(click.Group):
    """Turns known start-up failures into one line on stderr and exit code 2, not a traceback."""

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except USER_ERRORS as exc:
            click.echo(f"journeys: error: {exc}", err=True)
            sys.exit(2)


def _settings() -> Settings:
    return get_settings()


def _preflight(settings: Settings) -> None:
    if settings.embedded_database:
        settings.data_dir.mkdir(parents=True, exist_ok=True)
    asyncio.run(check_database(settings.effective_database_url))
    if settings.embedded_redis and not settings.embedded_redis_socket.exists():
        raise PreflightError(
            "JOURNEYS_REDIS_URL is not set and the embedded Redis is not running: "
            "use `journeys up`, or set JOURNEYS_REDIS_URL"
        )
    asyncio.run(check_redis(settings.effective_redis_url))


@click.group(cls=JourneysGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="journeys")
def cli() -> None:
    """Journeys: a visual customer-journey builder.

    \b
    Quick start (no configuration needed):
      journeys up          run everything on this machine at http://127.0.0.1:8000

    \b
    With nothing configured, data lives in ./.journeys/ (a SQLite file and an embedded
    Redis). Set JOURNEYS_DATABASE_URL and JOURNEYS_REDIS_URL to use PostgreSQL and your own
    Redis; then run `journeys migrate` once, `journeys serve` for the API and any number of
    `journeys worker` processes. Every setting is listed in .env.example.
    """


@cli.command()
@click.option("--host", default=None, help="Interface to listen on [default: JOURNEYS_HOST or 127.0.0.1].")
@click.option("--port", type=int, default=None, help="Port to listen on [default: JOURNEYS_PORT or 8000].")
def up(host: str | None, port: int | None) -> None:
    """Run everything on one machine: migrate, then the API + web app and one worker.

    Starts an embedded Redis (and uses a SQLite file) unless JOURNEYS_REDIS_URL
    (JOURNEYS_DATABASE_URL) is set. Stop with Ctrl-C.
    """
    from journeys_app.supervisor import run_everything

    settings = _settings()
    settings = settings.with_overrides(host=host or settings.host, port=port or settings.port)
    sys.exit(run_everything(settings))


@cli.command()
@click.option("--host", default=None, help="Interface to listen on [default: JOURNEYS_HOST or 127.0.0.1].")
@click.option("--port", type=int, default=None, help="Port to listen on [default: JOURNEYS_PORT or 8000].")
def serve(host: str | None, port: int | None) -> None:
    """Run the HTTP API and the web app (no worker, no migrations)."""
    import uvicorn

    from journeys_app.logging_setup import configure_logging

    settings = _settings()
    configure_logging(settings.log_format, settings.log_level)
    _preflight(settings)
    uvicorn.run(
        "journeys_app.app:create_app",
        factory=True,
        host=host or settings.host,
        port=port or settings.port,
        log_config=None,
        access_log=False,
        timeout_graceful_shutdown=10,
    )


@cli.command()
@click.option(
    "--check",
    is_flag=True,
    help="Health probe: exit 0 if a worker on this host sent a heartbeat in the last 15 s and arq's "
    "health record is fresh, 1 if not.",
)
def worker(check: bool) -> None:
    """Run a job worker (any number may run, on any machine, against one Redis)."""
    from arq.worker import check_health, run_worker

    from journeys_app.logging_setup import configure_logging
    from journeys_app.worker.settings import worker_settings

    settings = _settings()
    configure_logging(settings.log_format, settings.log_level)
    settings_cls = worker_settings(settings)
    if check:
        sys.exit(_check_worker(settings, settings_cls, check_health))
    _preflight(settings)
    asyncio.set_event_loop(asyncio.new_event_loop())
    run_worker(settings_cls)


def _check_worker(settings: Settings, settings_cls: type, arq_check) -> int:  # type: ignore[no-untyped-def]
    import socket

    from journeys_app.db.engine import create_engine, create_session_maker
    from journeys_app.domain.system.services import live_worker_on_host

    async def ours() -> bool:
        engine = create_engine(settings.effective_database_url)
        try:
            return await live_worker_on_host(create_session_maker(engine), socket.gethostname()[:255])
        finally:
            await engine.dispose()

    if not asyncio.run(ours()):
        click.echo("journeys: no live worker on this host", err=True)
        return 1
    return int(arq_check(settings_cls))


@cli.command()
@click.option("--revision", default="head", show_default=True, help="Target revision to upgrade to.")
@click.option(
    "--downgrade", "downgrade_to", default=None, help="Downgrade to this revision instead (e.g. base)."
)
@click.option(
    "--wait", default=30.0, show_default=True, help="Seconds to wait for the database to accept connections."
)
def migrate(revision: str, downgrade_to: str | None, wait: float) -> None:
    """Apply database migrations (safe to run again: it does nothing when up to date)."""
    from journeys_app.db import migrate as migrations

    settings = _settings()
    url = settings.effective_database_url
    if settings.embedded_database:
        settings.data_dir.mkdir(parents=True, exist_ok=True)
    deadline = time.monotonic() + wait
    while True:
        try:
            asyncio.run(check_database(url))
            break
        except PreflightError:
            if time.monotonic() >= deadline:
                raise
            time.sleep(1)
    if downgrade_to:
        migrations.downgrade(url, downgrade_to)
        click.echo(f"journeys: database {redact_url(url)} downgraded to {downgrade_to}")
    else:
        migrations.upgrade(url, revision)
        click.echo(f"journeys: database {redact_url(url)} is at {revision}")


@cli.command()
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="File to write (default: stdout).",
)
def openapi(output: Path | None) -> None:
    """Print the OpenAPI schema (used to generate the web app's API client)."""
    from journeys_app.openapi_export import openapi_document

    text = json.dumps(openapi_document(), indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    if output:
        output.write_text(text)
        click.echo(f"journeys: wrote {output}", err=True)
    else:
        click.echo(text, nl=False)


accounts_cli.register(cli, _settings)
journeys_cli.register(cli, _settings)


def main() -> None:
    cli()


if __name__ == "__main__":
    main()
