"""The committed logbook_client's paginators, used as the README shows, through one MockTransport for both twins."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx
import pytest

import logbook_client
from logbook_client.models.query_request import QueryRequest
from tests.bounds import Budget
from tests.bounds import drain as bounded_drain
from tests.twins import NOW, TWINS, Twin, dataset_json

pytestmark = pytest.mark.parametrize("twin", TWINS, ids=lambda t: t.name)


def dataset(name: str) -> dict[str, Any]:
    return dataset_json(name, event_count=1, size_bytes=2)


def token(number: int) -> dict[str, Any]:
    return {
        "id": f"00000000-0000-0000-0000-{number:012d}",
        "name": f"t{number}",
        "scopes": ["read"],
        "prefix": "lb_",
        "created_at": NOW,
        "expires_at": None,
        "last_used_at": None,
    }


async def drain(twin: Twin, paginator: Any) -> list[Any]:
    """Every item; more than 100 (the tests serve at most 5) fails, naming the paginator."""
    return await bounded_drain(paginator, 100, f"{paginator!r} ({twin.name})")


async def test_list_datasets_every_item_and_first_page(twin: Twin) -> None:
    names = [f"ds{i}" for i in range(5)]
    requests: list[httpx.Request] = []
    budget = Budget(10, "list_datasets over 3 pages")

    def serve(request: httpx.Request) -> httpx.Response:
        budget.spend()
        requests.append(request)
        start = int(request.url.params.get("cursor", "0"))
        end = min(start + int(request.url.params["limit"]), len(names))
        following = str(end) if end < len(names) else None
        return httpx.Response(200, json={"items": [dataset(n) for n in names[start:end]], "next_cursor": following})

    client = twin.client(serve)
    paginator = client.datasets.list_datasets(limit=2)
    assert isinstance(paginator, logbook_client.AsyncPaginator if twin.is_async else logbook_client.Paginator)
    assert [ds.name for ds in await drain(twin, paginator)] == names
    assert [r.url.params.get("cursor") for r in requests] == [None, "2", "4"]
    assert all(r.headers["authorization"] == "Bearer secret-token" for r in requests)

    page = (
        (await client.datasets.list_datasets(limit=50))
        if twin.is_async
        else client.datasets.list_datasets(limit=50).first_page()
    )
    assert isinstance(page, logbook_client.Page)
    assert [ds.name for ds in page.items] == names and not page.has_next_page
    assert page.parsed.next_cursor is None
    await twin.close(client)


async def test_query_dataset_sends_the_cursor_in_the_body(twin: Twin) -> None:
    bodies: list[dict[str, Any]] = []
    budget = Budget(10, "query_dataset over 2 pages")

    def serve(request: httpx.Request) -> httpx.Response:
        budget.spend()
        body = json.loads(request.content)
        bodies.append(body)
        last = body.get("cursor") == "p2"
        return httpx.Response(
            200,
            json={
                "matches": [{"_time": NOW, "status": 500 + len(bodies)}],
                "next_cursor": None if last else "p2",
                "stats": {"rows_examined": 10, "rows_matched": 2, "elapsed_ms": 1.5},
            },
        )

    client = twin.client(serve)
    events = await drain(
        twin, client.query.query_dataset(dataset_name="web", body=QueryRequest(filter_="status >= 500"))
    )
    assert [event.additional_properties["status"] for event in events] == [501, 502]
    assert bodies == [
        {"filter": "status >= 500", "limit": 100},
        {"filter": "status >= 500", "limit": 100, "cursor": "p2"},
    ]
    await twin.close(client)


async def test_list_tokens_follows_the_link_header(twin: Twin) -> None:
    budget = Budget(10, "list_tokens over 3 pages")

    def serve(request: httpx.Request) -> httpx.Response:
        budget.spend()
        page = int(request.url.params.get("page", "1"))
        headers = {"Link": f'<http://logbook.test/tokens?page={page + 1}&per_page=2>; rel="next"'} if page < 3 else {}
        return httpx.Response(200, json=[token(2 * page - 1), token(2 * page)], headers=headers)

    client = twin.client(serve)
    paginator = client.tokens.list_tokens(per_page=2, max_items=5)
    assert [t.id.int for t in await drain(twin, paginator)] == [1, 2, 3, 4, 5]
    assert paginator.position == logbook_client.Position(start="http://logbook.test/tokens?page=3&per_page=2", skip=1)
    await twin.close(client)


async def test_a_transient_failure_mid_run_is_retried_with_the_call_options(
    twin: Twin, monkeypatch: pytest.MonkeyPatch
) -> None:
    from logbook_client import RequestOptions
    from logbook_client._runtime import client as client_module

    slept: list[float] = []

    async def fake_async_sleep(delay: float) -> None:
        slept.append(delay)

    monkeypatch.setattr(client_module.time, "sleep", slept.append)
    monkeypatch.setattr(asyncio, "sleep", fake_async_sleep)  # the runtime imports asyncio where it sleeps
    requests: list[httpx.Request] = []
    budget = Budget(10, "list_datasets over 2 pages with a retry")

    def serve(request: httpx.Request) -> httpx.Response:
        budget.spend()
        requests.append(request)
        cursor = request.url.params.get("cursor")
        if cursor == "1" and sum(r.url.params.get("cursor") == "1" for r in requests) == 1:
            return httpx.Response(503, json={"title": "busy", "status": 503})
        following = "1" if cursor is None else None
        return httpx.Response(200, json={"items": [dataset(f"ds{cursor or 0}")], "next_cursor": following})

    client = twin.client(serve)
    options = RequestOptions(headers={"X-Trace": "run-7"})
    paginator = client.datasets.list_datasets(request_options=options)
    assert [ds.name for ds in await drain(twin, paginator)] == ["ds0", "ds1"]
    assert len(requests) == 3 and len(slept) == 1  # page 2 failed once and was retried by the client
    assert all(r.headers["x-trace"] == "run-7" for r in requests)
    await twin.close(client)
