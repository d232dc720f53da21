"""Signing in and out, sessions, workspace switching, password change, lock-out, audit."""

from __future__ import annotations

import pytest

from tests.conftest import PASSWORD, sign_in


async def test_login_sets_an_http_only_same_site_cookie_and_returns_the_csrf_token(clients, tenants):
    client = await clients()
    resp = await client.post(
        "/api/v1/auth/login", json={"email": tenants["a"].email("marketer"), "password": PASSWORD}
    )
    assert resp.status_code == 200
    cookie = resp.headers["set-cookie"]
    assert (
        "journeys_session=" in cookie
        and "HttpOnly" in cookie
        and "SameSite=lax" in cookie.replace("Lax", "lax")
    )
    body = resp.json()
    assert body["workspace"]["id"] == tenants["a"].workspace_id
    assert body["role"] == "marketer"
    assert "journeys:write" in body["permissions"] and "admin" not in body["permissions"]
    assert len(body["csrfToken"]) >= 32
    me = await client.get("/api/v1/auth/me")
    assert me.status_code == 200 and me.json()["user"]["email"] == tenants["a"].email("marketer")


@pytest.mark.parametrize("password", ["wrong password!", ""])
async def test_wrong_password_is_a_clear_401(clients, tenants, password):
    client = await clients()
    resp = await client.post(
        "/api/v1/auth/login", json={"email": tenants["a"].email("analyst"), "password": password}
    )
    assert resp.status_code == 401
    assert resp.json()["detail"] == "Email or password is incorrect."


async def test_unknown_email_gets_the_same_answer_as_a_wrong_password(clients):
    client = await clients()
    resp = await client.post(
        "/api/v1/auth/login", json={"email": "nobody@nowhere.test", "password": "whatever123"}
    )
    assert resp.status_code == 401
    assert resp.json()["detail"] == "Email or password is incorrect."


async def test_repeated_failures_lock_the_account_with_growing_back_off(clients, tenants, settings):
    from datetime import timedelta

    from sqlalchemy import update

    from journeys_app.db.base import utcnow
    from journeys_app.db.engine import create_session_maker, shared_engine
    from journeys_app.domain.accounts.models import LoginThrottle

    client = await clients()
    email = tenants["b"].email("assistant")

    async def attempt(password: str = "nope-nope-nope"):
        return await client.post("/api/v1/auth/login", json={"email": email, "password": password})

    codes = [(await attempt()).status_code for _ in range(5)]
    assert codes == [401, 401, 401, 401, 429], "the fifth failure locks"
    locked = await attempt(PASSWORD)
    assert locked.status_code == 429, "even the right password waits out the lock"
    assert 1 <= int(locked.headers["retry-after"]) <= 30
    assert "Try again in" in locked.json()["detail"]

    # the lock runs out (moved into the past); the next failure locks for twice as long
    engine = shared_engine(settings.effective_database_url)
    async with create_session_maker(engine)() as db:
        await db.execute(
            update(LoginThrottle)
            .where(LoginThrottle.key == f"email:{email}")
            .values(locked_until=utcnow() - timedelta(seconds=1))
        )
        await db.commit()
    again = await attempt()
    assert again.status_code == 429
    assert 30 < int(again.headers["retry-after"]) <= 60
    # after that lock, a correct password signs in and clears the count
    async with create_session_maker(engine)() as db:
        await db.execute(
            update(LoginThrottle)
            .where(LoginThrottle.key == f"email:{email}")
            .values(locked_until=utcnow() - timedelta(seconds=1))
        )
        await db.commit()
    assert (await attempt(PASSWORD)).status_code == 200
    assert (await attempt()).status_code == 401


async def test_logout_ends_the_session_for_good(clients, tenants):
    client = await clients()
    await sign_in(client, tenants["a"].email("analyst"))
    cookie = client.cookies.get("journeys_session")
    assert (await client.post("/api/v1/auth/logout")).status_code == 204
    assert (await client.get("/api/v1/auth/me")).status_code == 401
    replay = await clients()
    replay.cookies.set("journeys_session", cookie)
    assert (await replay.get("/api/v1/auth/me")).status_code == 401


async def test_a_member_of_two_workspaces_switches_between_them(clients, tenants, settings):
    from journeys_app.db.engine import create_session_maker, shared_engine
    from journeys_app.domain.accounts.roles import Role
    from journeys_app.domain.accounts.services import directory

    engine = shared_engine(settings.effective_database_url)
    async with create_session_maker(engine)() as db:
        user = await directory.get_user_by_email(db, tenants["a"].email("analyst"))
        await directory.set_membership(db, tenants["b"].workspace_id, user.id, Role.marketer)
        await db.commit()

    client = await clients()
    body = await sign_in(client, tenants["a"].email("analyst"))
    assert {w["id"] for w in body["workspaces"]} == {tenants["a"].workspace_id, tenants["b"].workspace_id}
    switched = await client.post("/api/v1/auth/workspace", json={"workspaceId": tenants["b"].workspace_id})
    assert switched.status_code == 200
    assert switched.json()["workspace"]["id"] == tenants["b"].workspace_id
    assert switched.json()["role"] == "marketer"
    assert (await client.get("/api/v1/auth/me")).json()["workspace"]["id"] == tenants["b"].workspace_id


async def test_switching_to_a_workspace_one_does_not_belong_to_is_404(clients, tenants):
    client = await clients()
    await sign_in(client, tenants["a"].email("marketer"))
    resp = await client.post("/api/v1/auth/workspace", json={"workspaceId": tenants["b"].workspace_id})
    assert resp.status_code == 404
    assert (await client.get("/api/v1/auth/me")).json()["workspace"]["id"] == tenants["a"].workspace_id


async def test_change_password_checks_the_current_one_and_ends_other_sessions(clients, tenants):
    email = tenants["b"].email("analyst")
    first, second = await clients(), await clients()
    await sign_in(first, email)
    await sign_in(second, email)
    wrong = await first.post(
        "/api/v1/auth/password", json={"currentPassword": "nope", "newPassword": "x" * 12}
    )
    assert wrong.status_code == 400 and "currentPassword" in wrong.json()["detail"]
    short = await first.post(
        "/api/v1/auth/password", json={"currentPassword": PASSWORD, "newPassword": "short"}
    )
    assert short.status_code == 400 and "newPassword" in short.json()["detail"]
    ok = await first.post(
        "/api/v1/auth/password", json={"currentPassword": PASSWORD, "newPassword": "a new long password"}
    )
    assert ok.status_code == 204
    assert (await first.get("/api/v1/auth/me")).status_code == 200
    assert (await second.get("/api/v1/auth/me")).status_code == 401
    third = await clients()
    assert (
        await third.post("/api/v1/auth/login", json={"email": email, "password": PASSWORD})
    ).status_code == 401
    await sign_in(third, email, "a new long password")
    # put it back for other tests
    await third.post(
        "/api/v1/auth/password", json={"currentPassword": "a new long password", "newPassword": PASSWORD}
    )


async def test_security_events_land_in_the_audit_log_for_admins(clients, tenants):
    client = await clients()
    marketer = tenants["a"].email("marketer")
    await client.post("/api/v1/auth/login", json={"email": marketer, "password": "definitely wrong"})
    await sign_in(client, marketer)
    admin = await clients()
    await sign_in(admin, tenants["a"].email("admin"))
    created = await admin.post("/api/v1/api-keys", json={"name": "audit me", "scopes": ["read"]})
    await admin.post(f"/api/v1/api-keys/{created.json()['key']['id']}/revoke")
    entries = (await admin.get("/api/v1/audit-log", params={"limit": 50})).json()
    actions = [(e["action"], e["actor"]) for e in entries]
    assert ("login.failed", marketer) in actions
    assert ("login", marketer) in actions
    assert ("api_key.created", tenants["a"].email("admin")) in actions
    assert ("api_key.revoked", tenants["a"].email("admin")) in actions
    assert all(e["target"] != tenants["b"].slug for e in entries)


async def test_old_failures_are_forgotten(clients, tenants, settings):
    from datetime import timedelta

    from sqlalchemy import update

    from journeys_app.db.base import utcnow
    from journeys_app.db.engine import create_session_maker, shared_engine
    from journeys_app.domain.accounts.models import LoginThrottle

    client = await clients()
    email = tenants["b"].email("marketer")
    for _ in range(4):
        assert (
            await client.post("/api/v1/auth/login", json={"email": email, "password": "typo typo"})
        ).status_code == 401
    async with create_session_maker(shared_engine(settings.effective_database_url))() as db:
        await db.execute(
            update(LoginThrottle)
            .where(LoginThrottle.key == f"email:{email}")
            .values(updated_at=utcnow() - timedelta(hours=2))
        )
        await db.commit()
    # four old typos plus one new one do not lock the account
    assert (
        await client.post("/api/v1/auth/login", json={"email": email, "password": "typo typo"})
    ).status_code == 401
    await sign_in(client, email)
