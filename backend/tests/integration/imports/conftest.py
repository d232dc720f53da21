"""The imports tests use the events area's real HTTP server and workspace helpers."""

from tests.integration.events.conftest import http, live_url, workspace_db  # noqa: F401
