"""The OpenAPI document as a plain dict, without starting the app."""

from __future__ import annotations

from typing import Any


def openapi_document() -> dict[str, Any]:
    from pathlib import Path

    from journeys_app.app import create_app
    from journeys_app.settings import Settings

    # Fixed settings: the document must not depend on the caller's environment or data dir.
    settings = Settings(
        data_dir=Path("/nonexistent-journeys-data"),
        database_url="sqlite+aiosqlite://",
        redis_url="redis://localhost:6379/0",
    )
    app = create_app(settings, configure_logs=False)
    return app.openapi_schema.to_schema()
