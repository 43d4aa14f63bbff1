"""health, users and tokens against the real server: Stripe-style and Link-header pagination, 401/403/404."""

from __future__ import annotations

import re
from typing import Any

import pytest

from logbook_client.errors import ForbiddenError, NotFoundError, UnauthorizedError, UnprocessableEntityError
from logbook_client.models.health_status import HealthStatus
from logbook_client.models.token_create import TokenCreate
from logbook_client.models.token_scope import TokenScope
from logbook_client.models.user_role import UserRole

from .conftest import Api

SEEDED_USERS = 26  # the admin plus the server's default 25


async def test_health_needs_no_token(api: Api) -> None:
    anonymous = api.new_client(token=None)
    health = await api.call("get_health", anonymous)
    assert health.status is HealthStatus.OK
    assert health.version == "1.0.0"


async def test_current_user_is_the_tokens_owner(api: Api) -> None:
    me = await api.call("get_current_user")
    assert me.id == "usr_admin"
    assert me.role is UserRole.OWNER


async def test_list_users_pages_with_starting_after(api: Api) -> None:
    seen: list[str] = []
    pages = 0
    starting_after: Any = None
    while True:
        kwargs = {"limit": 10} if starting_after is None else {"limit": 10, "starting_after": starting_after}
        page = await api.call("list_users", **kwargs)
        pages += 1
        seen += [user.id for user in page.data]
        if not page.has_more:
            break
        assert len(page.data) == 10
        starting_after = page.data[-1].id
    assert pages == 3
    assert len(seen) == SEEDED_USERS == len(set(seen))
    assert seen == sorted(seen)


async def test_list_users_rejects_a_bad_limit(api: Api) -> None:
    with pytest.raises(UnprocessableEntityError) as caught:
        await api.call("list_users", limit=5000)
    assert caught.value.problem is not None
    assert [(e.field, e.message) for e in caught.value.problem.errors] == [("limit", "must be at most 1000")]


async def test_missing_and_invalid_tokens_are_401(api: Api) -> None:
    with pytest.raises(UnauthorizedError) as caught:
        await api.call("get_current_user", api.new_client(token=None))
    assert caught.value.headers["www-authenticate"] == "Bearer"
    assert caught.value.headers["content-type"] == "application/problem+json"
    with pytest.raises(UnauthorizedError):
        await api.call("list_datasets", api.new_client(token="lbk_not_a_real_token"))


def _next_page(link: str | None) -> int | None:
    match = re.search(r'<[^>]*[?&]page=(\d+)[^>]*>;\s*rel="next"', link or "")
    return int(match.group(1)) if match else None


async def test_token_lifecycle_and_link_header_pages(api: Api) -> None:
    created = []
    for i in range(5):
        token = await api.call(
            "create_token", body=TokenCreate(name=f"{api.name}-reader-{i}", scopes=[TokenScope.READ])
        )
        assert token.secret.startswith(token.prefix)
        created.append(token)

    # Link-header pagination: follow rel="next" until it is absent.
    seen: list[str] = []
    page: int | None = 1
    pages = 0
    while page is not None:
        response = await api.detailed("list_tokens", page=page, per_page=2)
        assert response.status_code == 200
        assert len(response.parsed) <= 2
        seen += [str(token.id) for token in response.parsed]
        pages += 1
        # The session's server holds the tokens of every e2e test (a few dozen): 1,000 pages of 2 means a loop.
        assert pages <= 1000, f"list_tokens: {pages} pages and the Link-header loop does not end"
        page = _next_page(response.headers.get("link"))
    assert pages >= 3
    assert len(seen) == len(set(seen))
    assert {str(token.id) for token in created} <= set(seen)
    assert seen.index(str(created[-1].id)) < seen.index(str(created[0].id))  # newest first

    fetched = await api.call("get_token", token_id=created[0].id)
    assert fetched.name == created[0].name and fetched.scopes == [TokenScope.READ]
    assert not hasattr(fetched, "secret")

    # A read-only token may read but not administer: 403.
    reader = api.new_client(token=created[0].secret)
    assert (await api.call("get_current_user", reader)).id == "usr_admin"
    with pytest.raises(ForbiddenError) as caught:
        await api.call("list_tokens", reader)
    assert caught.value.status_code == 403

    # Regenerating replaces the secret at once.
    regenerated = await api.call("regenerate_token", token_id=created[0].id)
    assert regenerated.secret != created[0].secret
    with pytest.raises(UnauthorizedError):
        await api.call("get_current_user", reader)
    await api.call("get_current_user", api.new_client(token=regenerated.secret))

    # Deleting revokes: 404 for the id, 401 for the secret.
    await api.call("delete_token", token_id=created[1].id)
    with pytest.raises(NotFoundError):
        await api.call("get_token", token_id=created[1].id)
    with pytest.raises(NotFoundError):
        await api.call("delete_token", token_id=created[1].id)
    with pytest.raises(UnauthorizedError):
        await api.call("get_current_user", api.new_client(token=created[1].secret))


async def test_resource_style_calls(api: Api) -> None:
    """``client.<tag>.<operation>(...)`` reaches the same server."""
    from tests.twins import resolve

    me = await resolve(api.client.users.get_current_user())
    assert me.id == "usr_admin"
    health = await resolve(api.client.health.get_health())
    assert health.status is HealthStatus.OK
