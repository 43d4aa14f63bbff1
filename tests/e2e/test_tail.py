"""The live tail (``GET /datasets/{name}/tail``, Server-Sent Events) against the real server, both twins.

Every stream is bounded by the server's ``limit`` and by the client's read timeout, so a regression fails in
seconds instead of waiting for events that never come.
"""

from __future__ import annotations

import asyncio
import threading
import time
from typing import Any

import httpx

from logbook_client.models.dataset_create import DatasetCreate
from logbook_client.models.event import Event

from .conftest import CALLED, Api

TIMEOUT = httpx.Timeout(10.0, connect=5.0)


async def _dataset(api: Api) -> str:
    name = api.unique("tail")
    await api.call("create_dataset", body=DatasetCreate(name=name, description="tail", retention_days=7))
    return name


def _events(*numbers: int) -> list[Event]:
    return [Event.from_dict({"n": n, "service": "tail"}) for n in numbers]


async def _collect(api: Api, client: Any, count: int, resumes: int = 0, **kwargs: Any) -> list[Any]:
    """The first ``count`` events of a tail (a live tail does not end by itself: the reader stops), checking that
    the stream was reopened ``resumes`` times."""
    CALLED.add((api.name, "tail_events"))
    stream = api.twin.module("query", "tail_events").stream(client, **kwargs)
    got: list[Any] = []
    if api.twin.is_async:
        async with stream as events:
            async for event in events:
                got.append(event)
                if len(got) == count:
                    break
    else:
        with stream as events:
            for event in events:
                got.append(event)
                if len(got) == count:
                    break
    assert stream.resumes == resumes
    return got


async def test_events_arrive_as_they_are_ingested(api: Api) -> None:
    name = await _dataset(api)
    await api.call("ingest_events", dataset_name=name, body=_events(0))  # the marker: the tail is open once seen
    reader = api.new_client(token=api.server.token, timeout=TIMEOUT)
    writer = api.new_client(token=api.server.token)
    ingest = api.twin.module("ingest", "ingest_events")
    received: list[Any] = []

    if api.twin.is_async:

        async def write_after_marker() -> None:
            while not received:
                await asyncio.sleep(0.01)
            for n in (1, 2, 3):
                await ingest.call(writer, dataset_name=name, body=_events(n))

        async def read() -> None:
            stream = api.twin.module("query", "tail_events").stream(reader, dataset_name=name, backlog=1, limit=4)
            async with stream as events:
                async for event in events:
                    received.append(event)

        CALLED.add((api.name, "tail_events"))
        await asyncio.gather(read(), write_after_marker())
    else:

        def write_after_marker() -> None:
            deadline = time.monotonic() + 10
            while not received and time.monotonic() < deadline:
                time.sleep(0.01)
            for n in (1, 2, 3):
                ingest.call(writer, dataset_name=name, body=_events(n))

        thread = threading.Thread(target=write_after_marker)
        thread.start()
        try:
            CALLED.add((api.name, "tail_events"))
            stream = api.twin.module("query", "tail_events").stream(reader, dataset_name=name, backlog=1, limit=4)
            with stream as events:
                for event in events:
                    received.append(event)
        finally:
            thread.join(timeout=15)

    assert [event.data.additional_properties["n"] for event in received] == [0, 1, 2, 3]
    assert all(isinstance(event.data, Event) for event in received)
    ids = [int(event.id) for event in received]
    assert ids == sorted(ids) and len(set(ids)) == 4


async def test_a_dropped_tail_resumes_without_loss_or_repeat(api: Api) -> None:
    name = await _dataset(api)
    await api.call("ingest_events", dataset_name=name, body=_events(*range(6)))
    # The first request is cut after 3 body messages (the retry line and two events); the resume, carrying the
    # same header, is past the fault's `times` and streams the rest after Last-Event-ID.
    fault = f"cut=3, times=1, key={api.unique('cut')}"
    client = api.new_client(token=api.server.token, timeout=TIMEOUT, headers={"X-Fault": fault})
    events = await _collect(api, client, 6, resumes=1, dataset_name=name, backlog=6)
    assert [event.data.additional_properties["n"] for event in events] == [0, 1, 2, 3, 4, 5]


async def test_tail_of_a_missing_dataset_is_a_typed_404(api: Api) -> None:
    from logbook_client.errors import NotFoundError

    client = api.new_client(token=api.server.token, timeout=TIMEOUT)
    try:
        await _collect(api, client, 1, dataset_name=api.unique("missing"))
    except NotFoundError as error:
        assert error.status_code == 404
    else:
        raise AssertionError("a tail of a missing dataset did not raise NotFoundError")
