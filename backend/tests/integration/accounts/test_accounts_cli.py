"""`journeys create-user`, `create-api-key` and `set-password` as scripts and tests use them."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.conftest import fresh_database_url

JOURNEYS = [sys.executable, "-m", "journeys_app.cli"]


def _run(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*JOURNEYS, *args], capture_output=True, text=True, env=env, timeout=120)


def test_create_user_key_and_reset_password(db_kind, tmp_path):
    with fresh_database_url(db_kind, tmp_path) as url:
        env = {k: v for k, v in os.environ.items() if not k.startswith("JOURNEYS_")}
        env.update(JOURNEYS_DATA_DIR=str(tmp_path), JOURNEYS_DATABASE_URL=url)
        assert _run(env, "migrate").returncode == 0
        made = _run(
            env,
            "create-user",
            "--email",
            "Lin@Shop.test",
            "--password",
            "first-password",
            "--workspace",
            "shop",
            "--role",
            "owner",
        )
        assert made.returncode == 0, made.stderr
        assert "lin@shop.test is owner of workspace 'shop' (workspace created)" in made.stdout
        key = _run(
            env, "create-api-key", "--workspace", "shop", "--scopes", "events:write", "--scopes", "read"
        )
        assert key.returncode == 0 and key.stdout.strip().startswith("jk_")
        assert "shown once" in key.stderr
        bad = _run(
            env,
            "create-user",
            "--email",
            "x@y.z",
            "--password",
            "short",
            "--workspace",
            "shop",
            "--role",
            "owner",
        )
        assert (
            bad.returncode == 2 and bad.stderr.strip() == "journeys: error: password: at least 10 characters"
        )
        missing = _run(env, "create-api-key", "--workspace", "nope", "--scopes", "read")
        assert missing.returncode == 2 and "no workspace 'nope'" in missing.stderr
        reset = _run(env, "set-password", "--email", "lin@shop.test", "--password", "second-password")
        assert reset.returncode == 0, reset.stderr
        unknown = _run(env, "set-password", "--email", "who@shop.test", "--password", "second-password")
        assert unknown.returncode == 2 and "no user with email who@shop.test" in unknown.stderr
