"""Deployment and configuration files that users rely on stay valid."""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[4]


def _compose(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "JOURNEYS_SECRET_KEY": "compose-validation-only"}
    return subprocess.run(
        ["docker-compose", "-f", str(REPO / "docker" / "compose.yaml"), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def test_compose_file_is_valid():
    result = _compose("config", "-q")
    assert result.returncode == 0, result.stderr


def test_compose_stack_has_the_production_shape():
    config = yaml.safe_load(_compose("config").stdout)
    services = config["services"]
    assert {"postgres", "redis", "migrate", "api", "worker"} <= set(services)
    assert "noeviction" in " ".join(services["redis"]["command"])
    assert "container_name" not in services["worker"] and "ports" not in services["worker"], (
        "worker must scale"
    )
    assert services["api"]["depends_on"]["migrate"]["condition"] == "service_completed_successfully"
    for name in ("postgres", "redis", "api", "worker"):
        assert "healthcheck" in services[name], f"{name} needs a health check"
    assert services["worker"]["healthcheck"]["test"][-2:] == [
        "worker",
        "--check",
    ] or "worker --check" in " ".join(services["worker"]["healthcheck"]["test"])


def test_compose_refuses_to_run_without_a_secret_key():
    env = {k: v for k, v in os.environ.items() if k != "JOURNEYS_SECRET_KEY"}
    result = subprocess.run(
        ["docker-compose", "-f", str(REPO / "docker" / "compose.yaml"), "config", "-q"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode != 0
    assert "JOURNEYS_SECRET_KEY" in result.stderr


def test_every_setting_is_documented_in_env_example():
    used = set(
        re.findall(r"JOURNEYS_[A-Z_]+", (REPO / "backend" / "journeys_app" / "settings.py").read_text())
    )
    documented = set(
        re.findall(r"^#?\s*(JOURNEYS_[A-Z_]+)=", (REPO / ".env.example").read_text(), re.MULTILINE)
    )
    assert used - documented == set(), f"undocumented settings: {sorted(used - documented)}"
