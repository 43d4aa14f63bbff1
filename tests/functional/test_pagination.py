"""Paginators of all seven styles, sync and async in ONE parametrised suite, against a respx-mocked API.

The golden spec ``paged.yaml`` (one operation per style, declared with x-pagination) is generated into a temporary
folder as ``paged_client`` and imported (the ``paged`` fixture, conftest.py); ``FakeAPI`` serves a list of things in
each style, and can misbehave on purpose (fail a request, repeat a cursor, ignore the position). Every run is bounded
(``FakeAPI.max_requests``, ``MAX_ITEMS``): a paginator whose loop guard regressed fails in milliseconds, naming the
guard, instead of looping forever (``test_guard_mutation.py`` disables each guard and checks that).
"""

from __future__ import annotations

import importlib
import inspect
import json
import tracemalloc
from collections.abc import Iterator
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any

import httpx
import pytest
import respx

from tests.bounds import Budget, abounded, bounded, drain
from tests.twins import resolve

BASE = "http://api.test/v1"
SIZE = 3
#: The most items one run of a test takes: the tests page through at most 10 things, so a run past this is looping.
MAX_ITEMS = 100


# ---------------------------------------------------------------------------------------------- the fake API


def thing(index: int) -> dict[str, Any]:
    return {"id": f"t{index:06d}", "n": index}


@dataclass
class FakeAPI:
    """Serves ``total`` things in one style. ``fail_on``: answer that request (1-based) with a 500, once.

    ``stuck``: the next cursor/URL/link never moves past the second page (the items do), a server bug that
    would make a naive client loop forever. ``frozen``: every request gets the first page (the position is ignored).

    ``max_requests`` bounds a run: one request more fails the test with an ``AssertionError`` naming the style and
    ``guards`` (the paginator's loop guards the test relies on), instead of serving pages forever.
    """

    style: str
    total: int
    fail_on: int | None = None
    stuck: bool = False
    frozen: bool = False
    guards: str = "run complete"
    max_requests: int = 20
    requests: list[httpx.Request] = field(default_factory=list)
    responses: list[httpx.Response] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.budget = Budget(self.max_requests, self.what)

    @property
    def what(self) -> str:
        """What loops if this API is served forever, for the bounds' failure messages."""
        return f"the {self.style} paginator (guards: {self.guards})"

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.budget.spend()
        self.requests.append(request)
        if self.fail_on == len(self.requests):
            self.fail_on = None
            response = httpx.Response(500, json={"title": "boom", "status": 500})
        else:
            response = self.page(request)
        self.responses.append(response)
        return response

    def window(self, start: int, size: int) -> tuple[list[dict[str, Any]], int]:
        if self.frozen:
            start = 0
        end = min(start + size, self.total)
        return [thing(i) for i in range(start, end)], end

    def pointer(self, end: int) -> int:
        """Where the server says the next page starts (``stuck``: never past the second page)."""
        return min(end, SIZE) if self.stuck else end

    def page(self, request: httpx.Request) -> httpx.Response:
        query = request.url.params
        if self.style == "cursor":
            items, end = self.window(int(query.get("cursor", "c0")[1:]), int(query["limit"]))
            following = self.pointer(end)
            return httpx.Response(
                200, json={"items": items, "next_cursor": f"c{following}" if end < self.total else None}
            )
        if self.style == "body_cursor":
            body = json.loads(request.content)
            items, end = self.window(int((body.get("cursor") or "c0")[1:]), int(body["limit"]))
            following = self.pointer(end)
            cursor = f"c{following}" if end < self.total else None
            return httpx.Response(200, json={"matches": items, "next_cursor": cursor})
        if self.style == "offset":
            items, _ = self.window(int(query.get("offset", 0)), int(query["limit"]))
            return httpx.Response(200, json={"results": items, "total": self.total})
        if self.style in ("page", "link"):
            number, per_page = int(query.get("page", 1)), int(query["per_page"])
            items, end = self.window((number - 1) * per_page, per_page)
            headers = {}
            if self.style == "link" and end < self.total:
                following = self.pointer(end) // per_page + 1
                headers["Link"] = (
                    f'<{BASE}/linked?page=1&per_page={per_page}>; rel="first", '
                    f'<{BASE}/linked?page={following}&per_page={per_page}>; rel="next"'
                )
            return httpx.Response(200, json=items, headers=headers)
        if self.style == "has_more":
            after = query.get("starting_after")
            items, end = self.window(int(after[1:]) + 1 if after else 0, int(query["limit"]))
            return httpx.Response(200, json={"data": items, "has_more": end < self.total})
        if self.style == "next_url":
            items, end = self.window(int(query.get("from", 0)), int(query["page_size"]))
            following = self.pointer(end)
            # A relative reference with an opaque token the spec does not declare: resolved against this page.
            link = f"hal?from={following}&page_size={query['page_size']}&token=x%2By" if end < self.total else None
            return httpx.Response(200, json={"results": items, "links": {"next": link}})
        raise AssertionError(self.style)


ROUTES = {
    "cursor": ("GET", "/cursor"),
    "body_cursor": ("POST", "/search"),
    "offset": ("GET", "/offset"),
    "page": ("GET", "/pages"),
    "link": ("GET", "/linked"),
    "has_more": ("GET", "/stripe"),
    "next_url": ("GET", "/hal"),
}
STYLES = list(ROUTES)
CURSOR_LIKE = ["cursor", "body_cursor", "link", "next_url"]  # the server chooses the next position


@dataclass
class Run:
    """One twin and one style: builds the client and the paginator, and drains it the twin's way."""

    paged: ModuleType
    twin: str
    style: str
    api: FakeAPI

    @property
    def is_async(self) -> bool:
        return self.twin == "async"

    def client(self) -> Any:
        cls = self.paged.AsyncClient if self.is_async else self.paged.Client
        kwargs: dict[str, Any] = {"base_url": BASE}
        if "max_retries" in inspect.signature(cls).parameters:  # the error tests want the first failure
            kwargs["max_retries"] = 0
        return cls(**kwargs)

    def paginator(self, client: Any, **kwargs: Any) -> Any:
        things = client.things
        if self.style == "cursor":
            return things.list_cursor(limit=SIZE, **kwargs)
        if self.style == "body_cursor":
            body = self.paged.models.SearchBodyCursorBody(query="q", limit=SIZE)
            return things.search_body_cursor(body=body, **kwargs)
        if self.style == "offset":
            return things.list_offset(limit=SIZE, **kwargs)
        if self.style == "page":
            return things.list_pages(per_page=SIZE, **kwargs)
        if self.style == "link":
            return things.list_linked(per_page=SIZE, **kwargs)
        if self.style == "has_more":
            return things.list_has_more(limit=SIZE, **kwargs)
        return things.list_next_url(page_size=SIZE, **kwargs)

    async def take(self, paginator: Any, limit: int | None = None) -> list[int]:
        """The ``n`` of the items, stopping (``break``) after ``limit`` of them; more than ``MAX_ITEMS`` fails."""
        seen: list[int] = []
        if self.is_async:
            async for item in abounded(paginator, MAX_ITEMS, self.api.what):
                seen.append(item.n)
                if limit is not None and len(seen) >= limit:
                    break
        else:
            for item in bounded(paginator, MAX_ITEMS, self.api.what):
                seen.append(item.n)
                if limit is not None and len(seen) >= limit:
                    break
        return seen

    async def take_until_error(self, paginator: Any) -> tuple[list[int], Exception | None]:
        seen: list[int] = []
        try:
            if self.is_async:
                async for item in abounded(paginator, MAX_ITEMS, self.api.what):
                    seen.append(item.n)
            else:
                for item in bounded(paginator, MAX_ITEMS, self.api.what):
                    seen.append(item.n)
        except self.paged.APIError as exc:
            return seen, exc
        return seen, None

    async def pages(self, paginator: Any) -> list[list[int]]:
        pages = await drain(paginator.pages(), MAX_ITEMS // SIZE, self.api.what)
        return [[item.n for item in page.items] for page in pages]


@pytest.fixture(params=["sync", "async"])
def twin(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def mocked() -> Iterator[respx.MockRouter]:
    # respx's default mode (it patches httpcore): the async client's default transport is httpx's own, so it is seen.
    with respx.mock(base_url=BASE, assert_all_called=False) as router:
        yield router


def run_for(paged: ModuleType, twin: str, style: str, router: respx.MockRouter, api: FakeAPI) -> Run:
    method, path = ROUTES[style]
    router.route(method=method, path=path).mock(side_effect=api)
    return Run(paged, twin, style, api)


# --------------------------------------------------------------------------------------------------- tests


@pytest.mark.parametrize("style", STYLES)
async def test_every_item_across_pages_in_order(paged: ModuleType, twin: str, style: str, mocked: Any) -> None:
    run = run_for(paged, twin, style, mocked, FakeAPI(style, total=10))
    client = run.client()
    paginator = run.paginator(client)
    assert isinstance(paginator, paged.AsyncPaginator if run.is_async else paged.Paginator)
    assert await run.take(paginator) == list(range(10))
    # 4 pages of 3, 3, 3, 1. Page numbers stop on the short page after full ones; offset stops at total.
    assert len(run.api.requests) == 4
    assert paginator.position.done
    assert paginator.next_request is None


@pytest.mark.parametrize("style", STYLES)
async def test_pages_gives_each_page_once(paged: ModuleType, twin: str, style: str, mocked: Any) -> None:
    run = run_for(paged, twin, style, mocked, FakeAPI(style, total=7))
    assert await run.pages(run.paginator(run.client())) == [[0, 1, 2], [3, 4, 5], [6]]


@pytest.mark.parametrize("style", STYLES)
async def test_empty_first_page(paged: ModuleType, twin: str, style: str, mocked: Any) -> None:
    run = run_for(paged, twin, style, mocked, FakeAPI(style, total=0))
    paginator = run.paginator(run.client())
    assert await run.take(paginator) == []
    assert len(run.api.requests) == 1
    assert paginator.position.done


@pytest.mark.parametrize("style", STYLES)
async def test_last_page_exactly_full(paged: ModuleType, twin: str, style: str, mocked: Any) -> None:
    run = run_for(paged, twin, style, mocked, FakeAPI(style, total=6))
    assert await run.take(run.paginator(run.client())) == list(range(6))
    # Only page numbers without a total or a link need to see the empty third page to know they are done.
    assert len(run.api.requests) == (3 if style == "page" else 2)


@pytest.mark.parametrize("style", CURSOR_LIKE)
async def test_repeated_cursor_raises_instead_of_looping(paged: ModuleType, twin: str, style: str, mocked: Any) -> None:
    guards = "repeated cursor, resume at end"
    run = run_for(paged, twin, style, mocked, FakeAPI(style, total=10, stuck=True, guards=guards))
    paginator = run.paginator(run.client())
    seen, error = await run.take_until_error(paginator)
    assert isinstance(error, paged.PaginationError), f"repeated cursor: no PaginationError after {seen}, {error!r}"
    assert "second time" in str(error) and "looping forever" in str(error)
    assert seen == list(range(6)), f"repeated cursor: items handed out again: {seen}"  # both pages' items, once
    assert len(run.api.requests) == 2
    # Resuming from where it stopped repeats nothing and stops at the same place.
    again = run.paginator(run.client(), start=paginator.position)
    seen_again, error_again = await run.take_until_error(again)
    assert seen_again == [], f"resume at end: the resumed run handed out {seen_again} again"
    assert isinstance(error_again, paged.PaginationError), f"resume at end: the resumed run ended with {error_again!r}"


@pytest.mark.parametrize("style", STYLES)
async def test_a_server_that_ignores_the_position_is_caught(
    paged: ModuleType, twin: str, style: str, mocked: Any
) -> None:
    run = run_for(paged, twin, style, mocked, FakeAPI(style, total=10, frozen=True, guards="same page twice"))
    seen, error = await run.take_until_error(run.paginator(run.client()))
    assert seen == [0, 1, 2], f"same page twice: the repeated page was handed out again: {seen}"
    assert isinstance(error, paged.PaginationError) and "same page twice" in str(error), f"same page twice: {error!r}"
    assert len(run.api.requests) == 2


@pytest.mark.parametrize("style", STYLES)
async def test_a_finished_run_fetches_nothing_more(paged: ModuleType, twin: str, style: str, mocked: Any) -> None:
    run = run_for(paged, twin, style, mocked, FakeAPI(style, total=7))
    paginator = run.paginator(run.client())
    seen, error = await run.take_until_error(paginator)
    assert (seen, error) == (list(range(7)), None), f"run complete: the first run ended with {seen}, {error!r}"
    fetched = len(run.api.requests)
    # Iterating a finished paginator again gives nothing and sends nothing; its first page is an error.
    again, error = await run.take_until_error(paginator)
    assert (again, error, len(run.api.requests)) == ([], None, fetched), f"run complete: fetched again: {again}"
    with pytest.raises(paged.PaginationError, match="the run is complete"):
        await resolve(paginator.first_page())


@pytest.mark.parametrize("style", STYLES)
async def test_error_on_page_three_then_resume_from_saved_position(
    paged: ModuleType, twin: str, style: str, mocked: Any
) -> None:
    run = run_for(paged, twin, style, mocked, FakeAPI(style, total=10, fail_on=3))
    paginator = run.paginator(run.client())
    seen, error = await run.take_until_error(paginator)
    assert isinstance(error, paged.ServerError)
    assert seen == list(range(6))
    saved = json.dumps(paginator.position.as_dict())  # the position survives a process boundary
    resumed = run.paginator(run.client(), start=json.loads(saved))
    rest = await run.take(resumed)
    assert seen + rest == list(range(10))


@pytest.mark.parametrize("style", STYLES)
async def test_break_after_first_item_releases_the_connection(
    paged: ModuleType, twin: str, style: str, mocked: Any
) -> None:
    run = run_for(paged, twin, style, mocked, FakeAPI(style, total=10))
    paginator = run.paginator(run.client())
    assert await run.take(paginator, limit=1) == [0]
    assert len(run.api.requests) == 1  # lazy: nothing fetched ahead
    assert all(response.is_closed for response in run.api.responses)
    assert paginator.position == paged.Position(start=None, skip=1)
    # Iterating again continues after the item handed out.
    assert await run.take(paginator) == list(range(1, 10))


@pytest.mark.parametrize("style", STYLES)
async def test_max_items_then_resume(paged: ModuleType, twin: str, style: str, mocked: Any) -> None:
    run = run_for(paged, twin, style, mocked, FakeAPI(style, total=10))
    paginator = run.paginator(run.client(), max_items=4)
    assert paginator.max_items == 4
    assert await run.take(paginator) == [0, 1, 2, 3]
    assert len(run.api.requests) == 2  # no third page fetched
    assert paginator.position.skip == 1 and not paginator.position.done
    rest = await run.take(run.paginator(run.client(), start=paginator.position))
    assert rest == list(range(4, 10))


@pytest.mark.parametrize("style", STYLES)
async def test_first_page_does_not_move_the_position(paged: ModuleType, twin: str, style: str, mocked: Any) -> None:
    run = run_for(paged, twin, style, mocked, FakeAPI(style, total=10))
    paginator = run.paginator(run.client())
    # ``await paginator`` in the async twin, ``first_page()`` in both.
    page = await paginator if run.is_async else paginator.first_page()
    assert [item.n for item in page.items] == [0, 1, 2]
    assert page.has_next_page and page.response.status_code == 200
    assert paginator.position == paged.Position()
    # The page says where the next one starts.
    rest = await run.take(run.paginator(run.client(), start=page.next_position))
    assert rest == list(range(3, 10))


async def test_iterate_function_and_next_request(paged: ModuleType, twin: str, mocked: Any) -> None:
    run = run_for(paged, twin, "cursor", mocked, FakeAPI("cursor", total=5))
    client = run.client()
    package = "aio" if run.is_async else "api"
    module = importlib.import_module(f"paged_client.{package}.things.list_cursor")
    paginator = module.iterate(client, limit=2)
    assert paginator.next_request == {"method": "GET", "url": "/cursor", "params": {"limit": 2}}
    assert await run.take(paginator, limit=2) == [0, 1]
    assert paginator.next_request["params"] == {"limit": 2, "cursor": "c2"}
    await resolve(client.aclose() if run.is_async else client.close())


async def test_hostile_names_stay_data(paged: ModuleType, twin: str, mocked: Any) -> None:
    key = 'next"); import os; os._exit(3) #'
    budget = Budget(5, "the list_hostile paginator")

    def serve(request: httpx.Request) -> httpx.Response:
        budget.spend()
        cursor = request.url.params.get('cur"sor')
        if cursor is None:
            return httpx.Response(200, json={'it"ems': [thing(0)], key: "two"})
        return httpx.Response(200, json={'it"ems': [thing(1)], key: None})

    mocked.get("/hostile").mock(side_effect=serve)
    run = Run(paged, twin, "hostile", FakeAPI("hostile", 0))
    assert await run.take(run.client().things.list_hostile()) == [0, 1]
    operation = importlib.import_module("paged_client._operations.things.list_hostile")
    assert operation.PAGINATION.source == (key,)


async def test_items_without_a_model_are_read_from_the_json(paged: ModuleType, twin: str, mocked: Any) -> None:
    budget = Budget(5, "the list_untyped paginator")

    def serve(request: httpx.Request) -> httpx.Response:
        budget.spend()
        if request.url.params.get("cursor") is None:
            return httpx.Response(200, json={"rows": [{"a": 1}, {"a": 2}], "next": "n2"})
        return httpx.Response(200, json={"rows": [{"a": 3}], "next": None})

    mocked.get("/untyped").mock(side_effect=serve)
    run = Run(paged, twin, "untyped", FakeAPI("untyped", 0))
    rows = await drain(run.client().things.list_untyped(), MAX_ITEMS, "the list_untyped paginator")
    assert rows == [{"a": 1}, {"a": 2}, {"a": 3}]


@pytest.mark.parametrize(
    ("link", "problem"),
    [
        ('<http://elsewhere.test/v1/linked?page=2>; rel="next"', "is not on"),
        ('<http://api.test/other/linked?page=2>; rel="next"', "is outside"),
    ],
)
async def test_next_link_to_another_place_is_refused(
    paged: ModuleType, twin: str, mocked: Any, link: str, problem: str
) -> None:
    mocked.get("/linked").mock(return_value=httpx.Response(200, json=[thing(0)], headers={"Link": link}))
    run = Run(paged, twin, "link", FakeAPI("link", 0, guards="next page elsewhere"))
    seen, error = await run.take_until_error(run.client().things.list_linked())
    assert seen == [0]
    assert isinstance(error, paged.PaginationError) and problem in str(error), f"next page elsewhere: {error!r}"


def test_bad_start_and_max_items_are_clear(paged: ModuleType, mocked: Any) -> None:
    client = paged.Client(base_url=BASE)
    with pytest.raises(ValueError, match="max_items"):
        client.things.list_cursor(max_items=-1)
    with pytest.raises(TypeError, match="start"):
        client.things.list_cursor(start=1.5)
    with pytest.raises(ValueError, match="unknown keys"):
        client.things.list_cursor(start={"cursor": "c3"})


@pytest.mark.parametrize("twin_name", ["sync", "async"])
async def test_memory_stays_near_one_page(paged: ModuleType, twin_name: str) -> None:
    """100,000 items over 1,000 pages: peak traced memory stays far below what holding them all would take."""
    per_page, pages = 100, 1000
    item = b'{"id":"t%06d","n":%d}'
    # The bound is the page count (each page holds 100 items): a per-item bound would cost 2.5 s under tracemalloc.
    budget = Budget(pages, "the list_cursor paginator over 1,000 pages")

    def serve(request: httpx.Request) -> httpx.Response:
        budget.spend()
        start = int(request.url.params.get("cursor", "0"))
        end = start + per_page
        items = b",".join(item % (i, i) for i in range(start, end))
        following = b'"%d"' % end if end < per_page * pages else b"null"
        body = b'{"items":[' + items + b'],"next_cursor":' + following + b"}"
        return httpx.Response(200, content=body, headers={"content-type": "application/json"})

    transport = httpx.MockTransport(serve)
    if twin_name == "async":
        client = paged.AsyncClient(base_url=BASE, http_client=httpx.AsyncClient(transport=transport))
    else:
        client = paged.Client(base_url=BASE, http_client=httpx.Client(transport=transport))
    paginator = client.things.list_cursor(limit=per_page)
    tracemalloc.start()
    try:
        count = total = 0
        if twin_name == "async":
            async for thing_ in paginator:
                count += 1
                total += thing_.n
        else:
            for thing_ in paginator:
                count += 1
                total += thing_.n
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count == per_page * pages and total == sum(range(per_page * pages))
    # One page of 100 parsed items is ~0.1 MB; all 100,000 would be ~100 MB. 5 MB is a generous bound.
    assert peak < 5 * 1024 * 1024, f"peak {peak / 1e6:.1f} MB"


# ------------------------------------------------------------------------- values read from the typed page

# Bodies for the operations whose generated module has ``page_fields``: each is parsed, then every value the
# paginator reads must be the same from the typed page as from the raw JSON (None, a missing key, an empty list).
FIELD_BODIES: dict[str, list[dict[str, Any]]] = {
    "list_cursor": [
        {"items": [thing(0)], "next_cursor": "c1"},
        {"items": [thing(0)], "next_cursor": None},
        {"items": [], "next_cursor": "c9"},
    ],
    "search_body_cursor": [{"matches": [thing(0)], "next_cursor": "c1"}, {"matches": [], "next_cursor": None}],
    "list_offset": [{"results": [thing(0)], "total": 7}, {"results": [], "total": 0}],
    "list_has_more": [
        {"data": [thing(0), thing(1)], "has_more": True},
        {"data": [thing(2)], "has_more": False},
        {"data": [], "has_more": False},
    ],
    "list_next_url": [
        {"results": [thing(0)], "links": {"next": "hal?from=1"}},
        {"results": [thing(0)], "links": {"next": None}},
        {"results": [thing(0)], "links": {}},
        {"results": [thing(0)]},
    ],
    "list_hostile": [
        {'it"ems': [thing(0)], 'next"); import os; os._exit(3) #': "two"},
        {'it"ems': [thing(0)]},
    ],
}


@pytest.mark.parametrize("name", list(FIELD_BODIES))
def test_values_read_from_the_typed_page_match_the_json(paged: ModuleType, name: str) -> None:
    from paged_client._runtime.pagination import ABSENT, _lookup
    from paged_client._runtime.response import Response

    operation = importlib.import_module(f"paged_client._operations.things.{name}")
    pagination = operation.PAGINATION
    paths = {"source": pagination.source, "has_more": pagination.has_more, "total": pagination.total}
    compared = 0
    for body in FIELD_BODIES[name]:
        raw = httpx.Response(200, json=body)
        response = Response(200, raw.headers, operation.parse_response(raw), raw)
        # What page_fields leaves out (a missing object on the way) the paginator reads from the body.
        for role, value in operation.page_fields(response).items():
            expected = _lookup(body, paths[role])
            assert value is expected if expected is ABSENT else value == expected, (role, body)
            compared += 1
    assert compared >= len(FIELD_BODIES[name]) - 1
    # A body that is not the expected model (a parse function that returned something else) reads nothing.
    assert operation.page_fields(Response(200, httpx.Headers(), None, httpx.Response(200))) == {}


@pytest.mark.parametrize("style", ["cursor", "body_cursor", "offset", "has_more"])
async def test_each_page_is_decoded_once(
    paged: ModuleType, twin: str, style: str, mocked: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Where the paginator's values are plain properties of the page model, it reads them there, not in the body."""
    from paged_client._runtime import pagination

    def no_second_decode(content: bytes) -> Any:
        raise AssertionError("the paginator decoded a page body a second time")

    monkeypatch.setattr(pagination, "loads", no_second_decode)
    run = run_for(paged, twin, style, mocked, FakeAPI(style, total=10))
    assert await run.take(run.paginator(run.client())) == list(range(10))
