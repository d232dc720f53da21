"""The backend serves the built SPA on the same port, with deep links falling back to index.html."""

from __future__ import annotations

import pytest
from litestar.testing import AsyncTestClient

from journeys_app.app import create_app

INDEX = "<!doctype html><html><body><div id='root'></div><script src='/assets/app.js'></script></body></html>"


@pytest.fixture
async def spa_client(settings, tmp_path):
    dist = tmp_path / "dist"
    (dist / "assets").mkdir(parents=True)
    (dist / "index.html").write_text(INDEX)
    (dist / "assets" / "app.js").write_text("console.log('journeys')")
    async with AsyncTestClient(
        app=create_app(settings.with_overrides(spa_dir=dist), configure_logs=False)
    ) as c:
        yield c


async def test_root_serves_the_spa(spa_client):
    resp = await spa_client.get("/")
    assert resp.status_code == 200
    assert "id='root'" in resp.text


async def test_assets_are_served(spa_client):
    resp = await spa_client.get("/assets/app.js")
    assert resp.status_code == 200
    assert "journeys" in resp.text


@pytest.mark.parametrize("path", ["/journeys/42", "/customers", "/journeys/42/versions/3"])
async def test_deep_links_fall_back_to_index_html(spa_client, path):
    resp = await spa_client.get(path)
    assert resp.status_code == 200
    assert resp.headers["content-type"].startswith("text/html")
    assert "id='root'" in resp.text


@pytest.mark.parametrize("path", ["/api/v1/does-not-exist", "/api/v2/health", "/assets/missing.js"])
async def test_unknown_server_paths_stay_json_404s(spa_client, path):
    resp = await spa_client.get(path)
    assert resp.status_code == 404
    assert resp.headers["content-type"].startswith("application/json")
    assert resp.json()["status_code"] == 404


async def test_api_still_answers_next_to_the_spa(spa_client):
    assert (await spa_client.get("/api/v1/health")).headers["content-type"].startswith("application/json")


async def test_without_a_built_spa_the_root_page_says_how_to_build_it(client):
    resp = await client.get("/")
    assert resp.status_code == 200
    assert "make run" in resp.text
