"""The loop guards of the event-stream driver (``_runtime/sse.py``), on the flagship's ``tail_events``, both twins.

Each test is bounded (``tests/bounds.py``): with its guard disabled it fails naming the guard in milliseconds,
which ``test_guard_mutation.py`` checks.

- *max resumes*: a stream that drops every time is reopened at most ``max_resumes`` times, then raises;
- *done sentinel*: ``data: [DONE]`` ends a stream even when the server keeps sending;
- *no repeat on resume*: after an event without an id, a drop raises instead of reopening (it could repeat it).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest

from logbook_client import errors
from tests.bounds import Budget, drain
from tests.twins import TWINS, Twin

pytestmark = pytest.mark.parametrize("twin", TWINS, ids=lambda t: t.name)

EVENT = b'id: %d\ndata: {"_time": "2026-11-22T10:00:00+00:00", "n": %d}\n\n'


class Body(httpx.SyncByteStream, httpx.AsyncByteStream):
    """An event-stream body: ``chunks``, then a dropped connection when ``drop``, or more events when ``endless``."""

    def __init__(self, chunks: list[bytes], *, drop: bool = False, budget: Budget | None = None) -> None:
        self.chunks, self.drop, self.budget = chunks, drop, budget

    def __iter__(self) -> Iterator[bytes]:
        yield from self.chunks
        if self.drop:
            raise httpx.ReadError("connection dropped mid-stream")
        n = 1000
        while self.budget is not None:  # endless: each event spends the budget
            self.budget.spend()
            n += 1
            yield EVENT % (n, n)

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self:
            yield chunk


def sse(body: Body) -> httpx.Response:
    return httpx.Response(200, headers={"content-type": "text/event-stream"}, stream=body)


async def events_of(twin: Twin, client: Any, limit: int, what: str, **kwargs: Any) -> list[Any]:
    stream = twin.module("query", "tail_events").stream(client, dataset_name="web", **kwargs)
    if twin.is_async:
        async with stream as events:
            return await drain(events, limit, what)
    with stream as events:
        return await drain(events, limit, what)


async def test_a_stream_that_always_drops_gives_up_after_max_resumes(twin: Twin) -> None:
    budget = Budget(4, "reconnections of an event stream that always drops (guards: max resumes)")

    def handler(request: httpx.Request) -> httpx.Response:
        budget.spend()
        return sse(Body([b"retry: 1\n\n", EVENT % (1, 1)], drop=True))

    client = twin.client(handler)
    with pytest.raises(errors.APIConnectionError, match="gave up after 2 resumes"):
        await events_of(twin, client, 10, "events (guards: max resumes)", max_resumes=2)
    assert budget.spent == 3


async def test_done_ends_a_stream_the_server_keeps_sending(twin: Twin) -> None:
    budget = Budget(20, "events after [DONE] (guards: done sentinel)", unit="events")

    def handler(request: httpx.Request) -> httpx.Response:
        return sse(Body([EVENT % (1, 1), b"data: [DONE]\n\n"], budget=budget))

    try:
        events = await events_of(twin, twin.client(handler), 5, "events after [DONE] (guards: done sentinel)")
    except errors.ResponseDecodingError as exc:  # [DONE] handed to the decoder as if it were an event
        raise AssertionError(f"[DONE] was decoded as an event (guards: done sentinel): {exc}") from exc
    assert [event.data.additional_properties["n"] for event in events] == [1]


async def test_a_drop_after_an_event_without_id_is_not_resumed(twin: Twin) -> None:
    budget = Budget(1, "requests of a stream whose events have no id (guards: no repeat on resume)")
    no_id = b'data: {"_time": "2026-11-22T10:00:00+00:00", "n": 7}\n\n'

    def handler(request: httpx.Request) -> httpx.Response:
        budget.spend()
        return sse(Body([b"retry: 1\n\n", no_id], drop=True))

    with pytest.raises(errors.APIConnectionError, match="could repeat"):
        await events_of(twin, twin.client(handler), 10, "events (guards: no repeat on resume)")
