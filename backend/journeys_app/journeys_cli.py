"""`journeys validate`, `journeys templates import|list` and `journeys export`.

`validate` needs no database: it checks journey graph files and template files as the API does.
"""

from __future__ import annotations

import asyncio
import json
import sys
from pathlib import Path
from typing import Any

import click
from litestar.exceptions import HTTPException
from sqlalchemy import select

from journeys_app.db.engine import create_engine, create_session_maker
from journeys_app.db.scoping import scope_session
from journeys_app.preflight import PreflightError
from journeys_app.settings import Settings

IMPORTED_BY = "journeys templates import"


# -- validate --------------------------------------------------------------------------------


def _files(paths: tuple[Path, ...]) -> list[Path]:
    found: list[Path] = []
    for path in paths:
        found.extend(sorted(path.rglob("*.json")) if path.is_dir() else [path])
    return found


def is_template(doc: Any) -> bool:
    return isinstance(doc, dict) and "graph" in doc and "key" in doc


def check_file(path: Path) -> list[tuple[str, str, str, str]]:
    """(pointer, code, English message, Chinese message) of every problem of a graph or template file."""
    from journeys_app.domain.journeys.graph import validate_graph
    from journeys_app.domain.journeys.templates import validate_template

    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        return [("", "file.unreadable", f"cannot read the file: {exc}", f"无法读取文件：{exc}")]
    except ValueError as exc:
        return [("", "json.invalid", f"invalid JSON: {exc}", f"JSON 格式错误：{exc}")]
    errors = validate_template(doc, path.name) if is_template(doc) else validate_graph(doc)
    return [(e.pointer, e.code, e.message_en, e.message_zh) for e in errors]


def validate_paths(paths: tuple[Path, ...], language: str) -> int:
    files = _files(paths)
    invalid = 0
    for path in files:
        problems = check_file(path)
        if not problems:
            click.echo(f"{path}: ok")
            continue
        invalid += 1
        for pointer, code, en, zh in problems:
            click.echo(f"{path}: {pointer or '/'} {code} {zh if language == 'zh-CN' else en}")
    click.echo(
        f"journeys: {len(files)} file(s) checked, {invalid} invalid"
        if files
        else "journeys: no JSON files found",
        err=True,
    )
    return 1 if invalid or not files else 0


# -- database commands -----------------------------------------------------------------------


async def _with_db(settings: Settings, fn):  # type: ignore[no-untyped-def]
    engine = create_engine(settings.effective_database_url)
    try:
        async with create_session_maker(engine)() as db:
            return await fn(db)
    except HTTPException as exc:  # service-layer refusals (404, 409, 422 ...)
        raise PreflightError(str(exc.detail)) from None
    finally:
        await engine.dispose()


def import_templates(settings: Settings, workspace: str, locale: str) -> list[str]:
    """Create a journey from every library template the workspace has not imported yet.

    A template counts as imported when any journey of the workspace (archived ones too) was
    created from it; those are reported, with a note when the library has a newer version (take
    it with the template upgrade in the app)."""
    from journeys_app.domain.accounts.services import directory
    from journeys_app.domain.journeys.models import Journey
    from journeys_app.domain.journeys.services import templates
    from journeys_app.domain.journeys.services.journeys import Actor
    from journeys_app.domain.journeys.templates import parse_version

    async def run(db) -> list[str]:  # type: ignore[no-untyped-def]
        ws = await directory.get_workspace_by_slug(db, workspace.strip().lower())
        if ws is None:
            raise PreflightError(f"no workspace '{workspace}' (create it with `journeys create-user`)")
        scope_session(db, ws.id)
        lib = templates.library()
        rows = (
            await db.execute(
                select(Journey.template_key, Journey.id, Journey.template_version)
                .where(Journey.template_key.is_not(None))  # type: ignore[union-attr]
                .order_by(Journey.id)  # type: ignore[arg-type]
            )
        ).all()
        existing: dict[str, tuple[int, str]] = {}
        for key, journey_id, version in rows:
            existing.setdefault(key, (journey_id, version))
        lines, created = [], 0
        for template in lib.latest():
            if template.key in existing:
                journey_id, version = existing[template.key]
                note = ""
                if parse_version(template.version) > parse_version(version):
                    note = f" ({template.version} in the library: take it with the template upgrade)"
                lines.append(f"exists   #{journey_id} {template.key} {version}{note}")
                continue
            journey = await templates.instantiate(
                db, Actor(None, IMPORTED_BY), lib, template.key, locale=locale
            )
            created += 1
            lines.append(f"created  #{journey.id} {template.key} {template.version} {journey.name}")
        lines.append(
            f"journeys: workspace '{ws.slug}': {created} journey(s) created, "
            f"{len(lib) - created} template(s) already imported"
        )
        return lines

    return asyncio.run(_with_db(settings, run))


def export_graph(settings: Settings, journey_id: int, version: str | None) -> tuple[dict[str, Any], str]:
    """The graph of a journey's version (default: live; the draft before the first publish)."""
    from journeys_app.domain.journeys.models import Journey
    from journeys_app.domain.journeys.services import versions

    async def run(db) -> tuple[dict[str, Any], str]:  # type: ignore[no-untyped-def]
        journey = await db.get(Journey, journey_id)  # any workspace: this is the operator's command
        if journey is None:
            raise PreflightError(f"no journey {journey_id}")
        ref = versions.parse_ref(version, "--version")
        if ref is None and journey.live_version is None:
            ref = versions.DRAFT
        graph = await versions.graph_at(db, journey, ref)
        label = "the draft" if ref == versions.DRAFT else f"version {ref or journey.live_version}"
        return graph, f"journey {journey_id} ({journey.name}), {label}"

    return asyncio.run(_with_db(settings, run))


def register(cli: click.Group, get_settings) -> None:  # type: ignore[no-untyped-def]
    @cli.command("validate")
    @click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
    @click.option(
        "--language",
        type=click.Choice(["en", "zh-CN"]),
        default="en",
        show_default=True,
        help="Language of the error messages.",
    )
    def validate_cmd(paths: tuple[Path, ...], language: str) -> None:
        """Check journey graph files and template files (folders: every *.json in them).

        One line per problem: `FILE: POINTER CODE MESSAGE`. Exit code 1 when a file is invalid,
        0 when all are valid. Needs no database.
        """
        sys.exit(validate_paths(paths, language))

    @cli.group("templates")
    def templates_group() -> None:
        """The journey template library (journeys/templates, or JOURNEYS_TEMPLATES_DIR)."""

    @templates_group.command("list")
    def templates_list_cmd() -> None:
        """List the templates of the library: key, version, name."""
        from journeys_app.domain.journeys.templates import load_library

        for template in load_library().latest():
            click.echo(f"{template.key} {template.version} {template.name['zh-CN']} / {template.name['en']}")

    @templates_group.command("import")
    @click.option("--workspace", required=True, help="Workspace slug.")
    @click.option(
        "--locale",
        type=click.Choice(["zh-CN", "en"]),
        default="zh-CN",
        show_default=True,
        help="Language of the new journeys' names and descriptions.",
    )
    def templates_import_cmd(workspace: str, locale: str) -> None:
        """Create a journey (as a draft) from every template the workspace has not imported yet.

        Templates already imported are listed and left alone; when the library has a newer
        version, take it into the journey's draft with the template upgrade in the app.
        """
        for line in import_templates(get_settings(), workspace, locale):
            click.echo(line)

    @cli.command("export")
    @click.argument("journey_id", type=int)
    @click.option(
        "--version", "version", default=None, help="Version number or 'draft' [default: the live version]."
    )
    @click.option(
        "-o",
        "--output",
        type=click.Path(dir_okay=False, path_type=Path),
        default=None,
        help="File to write (default: stdout).",
    )
    def export_cmd(journey_id: int, version: str | None, output: Path | None) -> None:
        """Print a journey's graph as JSON (the live version; the draft if never published)."""
        graph, what = export_graph(get_settings(), journey_id, version)
        text = json.dumps(graph, indent=2, ensure_ascii=False) + "\n"
        if output:
            output.write_text(text, encoding="utf-8")
            click.echo(f"journeys: wrote {what} to {output}", err=True)
        else:
            click.echo(text, nl=False)
