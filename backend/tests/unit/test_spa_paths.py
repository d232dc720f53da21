import pytest

from journeys_app.spa import is_spa_path


@pytest.mark.parametrize("path", ["/", "/journeys", "/journeys/42", "/customers/7/events", "/apiary"])
def test_client_routes_belong_to_the_spa(path):
    assert is_spa_path(path)


@pytest.mark.parametrize("path", ["/api/v1/nope", "/api/", "/schema", "/schema/openapi.json", "/assets/x.js"])
def test_server_paths_never_fall_back_to_the_spa(path):
    assert not is_spa_path(path)
