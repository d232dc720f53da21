"""Serving the built SPA on the API's port, with deep links falling back to index.html."""

from __future__ import annotations

from pathlib import Path

from litestar import MediaType, Request, Response
from litestar.exceptions import NotFoundException
from litestar.handlers import get
from litestar.static_files import create_static_files_router
from litestar.types import ControllerRouterHandler

# Paths that belong to the server, never to the SPA: unknown ones stay JSON 404s.
SERVER_PREFIXES = ("/api/", "/schema", "/assets/")

SPA_MISSING_HTML = """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Journeys</title></head>
<body style="font-family: sans-serif; max-width: 40rem; margin: 4rem auto">
<h1>Journeys API is running</h1>
<p>The web app has not been built. Run <code>make run</code> (or <code>npm ci &amp;&amp; npm run build</code>)
and reload. The API is at <a href="/api/v1/health">/api/v1/health</a>, its docs at <a href="/schema">/schema</a>.</p>
</body></html>"""


def spa_route_handlers(spa_dir: Path) -> list[ControllerRouterHandler]:
    if (spa_dir / "index.html").is_file():
        return [
            create_static_files_router(
                path="/", directories=[spa_dir], html_mode=True, include_in_schema=False
            )
        ]

    @get("/", include_in_schema=False, media_type=MediaType.HTML, sync_to_thread=False)
    def spa_missing() -> str:
        return SPA_MISSING_HTML

    return [spa_missing]


def is_spa_path(path: str) -> bool:
    return not any(path == p.rstrip("/") or path.startswith(p) for p in SERVER_PREFIXES)


def make_not_found_handler(spa_dir: Path):  # type: ignore[no-untyped-def]
    index = spa_dir / "index.html"

    def handle_not_found(request: Request, exc: NotFoundException) -> Response:  # type: ignore[type-arg]
        if request.method == "GET" and is_spa_path(request.url.path):
            if index.is_file():
                return Response(index.read_bytes(), media_type=MediaType.HTML, status_code=200)
            return Response(SPA_MISSING_HTML, media_type=MediaType.HTML, status_code=200)
        return Response(
            {"status_code": 404, "detail": exc.detail or "Not Found"},
            media_type=MediaType.JSON,
            status_code=404,
        )

    return handle_not_found
