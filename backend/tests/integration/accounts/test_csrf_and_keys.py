"""CSRF protection for cookie sessions; API keys: scopes, revocation, last use."""

from __future__ import annotations

from tests.conftest import sign_in


async def test_cookie_authenticated_post_without_the_csrf_header_is_refused(clients, tenants):
    client = await clients()
    await sign_in(client, tenants["a"].email("admin"))
    token = client.headers.pop("X-CSRF-Token")
    refused = await client.post("/api/v1/api-keys", json={"name": "csrf", "scopes": ["read"]})
    assert refused.status_code == 403
    assert "CSRF" in refused.json()["detail"]
    wrong = await client.post(
        "/api/v1/api-keys", json={"name": "csrf", "scopes": ["read"]}, headers={"X-CSRF-Token": "forged"}
    )
    assert wrong.status_code == 403
    ok = await client.post(
        "/api/v1/api-keys", json={"name": "csrf", "scopes": ["read"]}, headers={"X-CSRF-Token": token}
    )
    assert ok.status_code == 201


async def test_unsafe_methods_of_every_kind_need_the_token(clients, tenants):
    client = await clients()
    await sign_in(client, tenants["a"].email("owner"))
    client.headers.pop("X-CSRF-Token")
    user_id = tenants["a"].users["analyst"][1]
    assert (await client.patch(f"/api/v1/members/{user_id}", json={"role": "marketer"})).status_code == 403
    assert (await client.delete(f"/api/v1/members/{user_id}")).status_code == 403
    assert (await client.post("/api/v1/auth/logout")).status_code == 403


async def test_api_keys_need_no_csrf_token(clients, tenants):
    client = await clients()
    resp = await client.post("/api/v1/system/pings", headers=tenants["a"].bearer("admin"))
    assert resp.status_code == 202


async def test_a_new_key_is_shown_once_and_stored_hashed(clients, tenants, settings):
    from sqlalchemy import select

    from journeys_app.db.engine import create_session_maker, shared_engine
    from journeys_app.domain.accounts.models import ApiKey

    admin = await clients()
    await sign_in(admin, tenants["a"].email("admin"))
    created = (
        await admin.post("/api/v1/api-keys", json={"name": "shop sync", "scopes": ["events:write", "read"]})
    ).json()
    secret = created["secret"]
    assert secret.startswith(created["key"]["prefix"])
    listed = (await admin.get("/api/v1/api-keys")).text
    assert secret not in listed and created["key"]["prefix"] in listed
    engine = shared_engine(settings.effective_database_url)
    async with create_session_maker(engine)() as db:
        stored = (await db.execute(select(ApiKey).where(ApiKey.id == created["key"]["id"]))).scalar_one()
    assert secret not in stored.key_hash and len(stored.key_hash) == 64


async def test_a_revoked_key_is_refused_on_the_next_request(clients, tenants):
    admin = await clients()
    await sign_in(admin, tenants["a"].email("owner"))
    created = (await admin.post("/api/v1/api-keys", json={"name": "short-lived", "scopes": ["read"]})).json()
    integrator = await clients()
    bearer = {"Authorization": f"Bearer {created['secret']}"}
    assert (await integrator.get("/api/v1/auth/me", headers=bearer)).status_code == 200
    revoked = await admin.post(f"/api/v1/api-keys/{created['key']['id']}/revoke")
    assert revoked.status_code == 200 and revoked.json()["revokedAt"]
    refused = await integrator.get("/api/v1/auth/me", headers=bearer)
    assert refused.status_code == 401
    assert "revoked" in refused.json()["detail"]


async def test_last_used_time_is_recorded(clients, tenants):
    admin = await clients()
    await sign_in(admin, tenants["a"].email("admin"))
    created = (await admin.post("/api/v1/api-keys", json={"name": "watch me", "scopes": ["read"]})).json()
    assert created["key"]["lastUsedAt"] is None
    await (await clients()).get("/api/v1/auth/me", headers={"Authorization": f"Bearer {created['secret']}"})
    keys = {k["id"]: k for k in (await admin.get("/api/v1/api-keys")).json()}
    assert keys[created["key"]["id"]]["lastUsedAt"] is not None


async def test_a_read_key_cannot_write(clients, tenants):
    client = await clients()
    read = tenants["a"].bearer("read")
    assert (await client.get("/api/v1/auth/me", headers=read)).status_code == 200
    assert (await client.post("/api/v1/system/pings", headers=read)).status_code == 403
    assert (
        await client.post("/api/v1/api-keys", json={"name": "x", "scopes": ["admin"]}, headers=read)
    ).status_code == 403


async def test_malformed_or_unknown_keys_are_401_with_a_reason(clients):
    client = await clients()
    for header in ("Bearer", "Basic abc", "Bearer jk_nothing_here", "Bearer not-even-our-format"):
        resp = await client.get("/api/v1/auth/me", headers={"Authorization": header})
        assert resp.status_code == 401, header
        assert resp.json()["detail"]


async def test_bad_scopes_are_a_clear_400(clients, tenants):
    admin = await clients()
    await sign_in(admin, tenants["a"].email("admin"))
    resp = await admin.post("/api/v1/api-keys", json={"name": "x", "scopes": ["everything"]})
    assert resp.status_code == 400
    assert "scopes" in resp.json()["detail"] and "events:write" in resp.json()["detail"]
