"""`journeys create-user` and `journeys create-api-key`: accounts for scripts and tests."""

from __future__ import annotations

import asyncio

import click
from litestar.exceptions import HTTPException
from sqlalchemy import select

from journeys_app.db.engine import create_engine, create_session_maker
from journeys_app.domain.accounts.roles import Role, Scope
from journeys_app.domain.accounts.services import api_keys, audit, directory
from journeys_app.domain.accounts.services.audit import Action
from journeys_app.preflight import PreflightError
from journeys_app.settings import Settings


async def _with_db(settings: Settings, fn):  # type: ignore[no-untyped-def]
    engine = create_engine(settings.effective_database_url)
    try:
        async with create_session_maker(engine)() as db:
            return await fn(db)
    except HTTPException as exc:  # service-layer validation errors
        raise PreflightError(str(exc.detail)) from None
    finally:
        await engine.dispose()


def create_user(
    settings: Settings, email: str, password: str, workspace: str, role: str, name: str | None
) -> str:
    async def run(db) -> str:  # type: ignore[no-untyped-def]
        ws = await directory.get_workspace_by_slug(db, workspace.strip().lower())
        created_ws = ws is None
        if ws is None:
            ws = await directory.create_workspace(db, workspace, name)
        user = await directory.get_user_by_email(db, email)
        created_user = user is None
        if user is None:
            user = await directory.create_user(db, email, password, None)
        await directory.set_membership(db, ws.id, user.id, Role(role))
        audit.record(
            db,
            Action.member_added,
            workspace_id=ws.id,
            actor_label="journeys create-user",
            target=user.email,
            detail={"role": role},
        )
        await db.commit()
        parts = [f"user {user.email} is {role} of workspace '{ws.slug}'"]
        if created_ws:
            parts.append("(workspace created)")
        if not created_user:
            parts.append("(existing user; password unchanged)")
        return " ".join(parts)

    return asyncio.run(_with_db(settings, run))


def create_api_key(settings: Settings, workspace: str, scopes: list[str], name: str) -> str:
    async def run(db) -> str:  # type: ignore[no-untyped-def]
        ws = await directory.get_workspace_by_slug(db, workspace.strip().lower())
        if ws is None:
            raise PreflightError(f"no workspace '{workspace}' (create it with `journeys create-user`)")
        _key, secret = await api_keys.create(db, ws.id, name, scopes, actor_label="journeys create-api-key")
        return secret

    return asyncio.run(_with_db(settings, run))


def set_password(settings: Settings, email: str, password: str) -> str:
    async def run(db) -> str:  # type: ignore[no-untyped-def]
        from sqlalchemy import delete

        from journeys_app.domain.accounts.models import AuthSession, Membership
        from journeys_app.domain.accounts.secrets import hash_password

        user = await directory.get_user_by_email(db, email)
        if user is None:
            raise PreflightError(f"no user with email {email.strip().lower()}")
        directory.check_password(password)
        user.password_hash = hash_password(password)
        await db.execute(delete(AuthSession).where(AuthSession.user_id == user.id))
        for membership in (
            await db.execute(select(Membership).where(Membership.user_id == user.id))
        ).scalars():
            audit.record(
                db,
                Action.password_changed,
                workspace_id=membership.workspace_id,
                actor_label="journeys set-password",
                target=user.email,
            )
        await db.commit()
        return f"password of {user.email} changed; their sessions were ended"

    return asyncio.run(_with_db(settings, run))


def register(cli: click.Group, get_settings) -> None:  # type: ignore[no-untyped-def]
    @cli.command("create-user")
    @click.option("--email", required=True, help="Sign-in email (created if new).")
    @click.option("--password", required=True, help="Password for a new user (at least 10 characters).")
    @click.option("--workspace", required=True, help="Workspace slug, e.g. acme (created if new).")
    @click.option(
        "--role", required=True, type=click.Choice([r.value for r in Role]), help="Role in that workspace."
    )
    @click.option("--workspace-name", default=None, help="Display name when the workspace is created.")
    def create_user_cmd(
        email: str, password: str, workspace: str, role: str, workspace_name: str | None
    ) -> None:
        """Create a user (and workspace) or give an existing user a role in a workspace."""
        click.echo(
            f"journeys: {create_user(get_settings(), email, password, workspace, role, workspace_name)}"
        )

    @cli.command("set-password")
    @click.option("--email", required=True, help="The user's sign-in email.")
    @click.option(
        "--password", prompt=True, hide_input=True, confirmation_prompt=True, help="The new password."
    )
    def set_password_cmd(email: str, password: str) -> None:
        """Reset a user's password (for a forgotten password; ends the user's sessions)."""
        click.echo(f"journeys: {set_password(get_settings(), email, password)}")

    @cli.command("create-api-key")
    @click.option("--workspace", required=True, help="Workspace slug.")
    @click.option(
        "--scopes",
        "scopes",
        required=True,
        multiple=True,
        type=click.Choice([s.value for s in Scope]),
        help="Repeat for several: --scopes events:write --scopes read.",
    )
    @click.option("--name", default="created from the command line", help="A name to tell the key apart.")
    def create_api_key_cmd(workspace: str, scopes: tuple[str, ...], name: str) -> None:
        """Create an API key and print it once (only a hash is stored)."""
        secret = create_api_key(get_settings(), workspace, list(scopes), name)
        click.echo("journeys: this key is shown once; store it now", err=True)
        click.echo(secret)
