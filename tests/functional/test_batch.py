"""Batch helpers in both twins: order, partial failures, fail_fast, laziness, progress, cancellation."""

from __future__ import annotations

import asyncio
import random
import threading
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from logbook_client import errors
from logbook_client._runtime.batch import BatchResult, Err, Ok
from tests.twins import TWINS, Twin, dataset_json, resolve

twins = pytest.mark.parametrize("twin", TWINS, ids=lambda t: t.name)


def dataset(name: str) -> dict[str, Any]:
    return dataset_json(name)


class Server:
    """A transport that serves both twins with per-request latency, so calls complete out of order."""

    def __init__(self, latency: float = 0.0, jitter: float = 0.0, fail: set[str] | None = None) -> None:
        self.latency, self.jitter = latency, jitter
        self.fail = fail or set()
        self.seen: list[str] = []
        self.completed: list[str] = []
        self.cancelled = 0
        self.in_flight = 0
        self.peak = 0
        self.lock = threading.Lock()
        self.rng = random.Random(7)

    def _delay(self) -> float:
        with self.lock:
            return self.latency + self.rng.random() * self.jitter

    def _enter(self, request: httpx.Request) -> str:
        name = request.url.path.rsplit("/", 1)[-1]
        with self.lock:
            self.seen.append(name)
            self.in_flight += 1
            self.peak = max(self.peak, self.in_flight)
        return name

    def _leave(self, name: str) -> httpx.Response:
        with self.lock:
            self.in_flight -= 1
            self.completed.append(name)
        if name in self.fail:
            return httpx.Response(404, json={"title": "Not Found", "status": 404, "detail": name})
        return httpx.Response(200, json=dataset(name))

    def sync_client(self, twin: Twin, **kwargs: Any) -> Any:
        server = self

        class Transport(httpx.BaseTransport):
            def handle_request(self, request: httpx.Request) -> httpx.Response:
                name = server._enter(request)
                time.sleep(server._delay())
                return server._leave(name)

        class AsyncTransport(httpx.AsyncBaseTransport):
            async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
                name = server._enter(request)
                try:
                    await asyncio.sleep(server._delay())
                except asyncio.CancelledError:
                    server.cancelled += 1
                    raise
                return server._leave(name)

        http = httpx.AsyncClient(transport=AsyncTransport()) if twin.is_async else httpx.Client(transport=Transport())
        return twin.client_cls(base_url="http://b.test", token="t", http_client=http, **kwargs)


def args(twin: Twin, names: list[str]) -> list[Any]:
    module = twin.module("datasets", "get_dataset")
    return [module.Args(dataset_name=name) for name in names]


@twins
async def test_results_keep_input_order_under_random_latency(twin: Twin) -> None:
    server = Server(latency=0.001, jitter=0.01)
    client = server.sync_client(twin)
    names = [f"ds{i}" for i in range(60)]
    module = twin.module("datasets", "get_dataset")
    result = await resolve(module.batch(client, args(twin, names), max_concurrency=8))
    assert isinstance(result, BatchResult)
    assert [outcome.index for outcome in result] == list(range(60))
    assert [value.name for value in result.values()] == names
    assert server.completed != names  # calls really ran concurrently and finished out of order
    assert server.peak <= 8


@twins
async def test_partial_failures_are_reported_per_item(twin: Twin) -> None:
    client = Server(fail={"ds3", "ds7"}).sync_client(twin)
    module = twin.module("datasets", "get_dataset")
    result = await resolve(module.batch(client, args(twin, [f"ds{i}" for i in range(10)]), max_concurrency=4))
    assert len(result) == 10 and not result.stopped_early
    failures = result.errors()
    assert [failure.index for failure in failures] == [3, 7]
    assert all(isinstance(failure.error, errors.NotFoundError) for failure in failures)
    assert all(isinstance(outcome, Ok) for i, outcome in enumerate(result) if i not in (3, 7))
    assert len(result.values()) == 8
    with pytest.raises(ExceptionGroup) as caught:
        result.raise_for_errors()
    assert len(caught.value.exceptions) == 2


@twins
async def test_fail_fast_stops_starting_new_calls(twin: Twin) -> None:
    server = Server(latency=0.005, fail={"ds1"})
    client = server.sync_client(twin, max_retries=0)
    module = twin.module("datasets", "get_dataset")
    result = await resolve(
        module.batch(client, args(twin, [f"ds{i}" for i in range(200)]), max_concurrency=2, fail_fast=True)
    )
    assert result.stopped_early
    assert len(server.seen) < 20  # far fewer than 200 calls were started
    assert len(result) == len(server.seen)
    assert isinstance(result[1], Err)


@twins
async def test_inputs_are_consumed_lazily(twin: Twin) -> None:
    server = Server(latency=0.002)
    client = server.sync_client(twin)
    module = twin.module("datasets", "get_dataset")
    pulled = 0

    def endless() -> Iterator[Any]:
        nonlocal pulled
        while True:
            pulled += 1
            yield module.Args(dataset_name=f"ds{pulled}")

    outcomes = module.batch_iter(client, endless(), max_concurrency=4)
    taken = []
    if twin.is_async:
        async for outcome in outcomes:
            taken.append(outcome)
            if len(taken) == 10:
                break
        await outcomes.aclose()
    else:
        for outcome in outcomes:
            taken.append(outcome)
            if len(taken) == 10:
                break
        outcomes.close()
    assert len(taken) == 10
    assert pulled < 30  # an endless input: only what the workers needed was pulled


@twins
async def test_progress_callback_counts(twin: Twin) -> None:
    client = Server(fail={"ds2"}).sync_client(twin)
    module = twin.module("datasets", "get_dataset")
    calls: list[tuple[int, int | None, int]] = []
    lock = threading.Lock()

    def on_progress(done: int, total: int | None, failures: int) -> None:
        with lock:
            calls.append((done, total, failures))

    await resolve(module.batch(client, args(twin, [f"ds{i}" for i in range(5)]), on_progress=on_progress))
    assert [c[0] for c in calls] == [1, 2, 3, 4, 5]
    assert {c[1] for c in calls} == {5}
    assert calls[-1][2] == 1


@twins
async def test_resource_many_convenience(twin: Twin) -> None:
    client = Server().sync_client(twin)
    result = await resolve(client.datasets.get_dataset_many(dataset_name=["a", "b", "c"], max_concurrency=2))
    assert [value.name for value in result.values()] == ["a", "b", "c"]


@twins
async def test_bad_max_concurrency_names_the_parameter(twin: Twin) -> None:
    client = Server().sync_client(twin)
    module = twin.module("datasets", "get_dataset")
    with pytest.raises(ValueError, match="^max_concurrency: "):
        await resolve(module.batch(client, args(twin, ["a"]), max_concurrency=0))


async def test_async_caller_cancellation_cancels_calls_in_flight() -> None:
    twin = TWINS[1]
    server = Server(latency=10.0)
    client = server.sync_client(twin)
    module = twin.module("datasets", "get_dataset")
    before = {task for task in asyncio.all_tasks() if not task.done()}
    task = asyncio.ensure_future(module.batch(client, args(twin, [f"ds{i}" for i in range(50)]), max_concurrency=5))
    while len(server.seen) < 5:
        await asyncio.sleep(0.001)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    await asyncio.sleep(0)
    leftover = {t for t in asyncio.all_tasks() if not t.done()} - before - {asyncio.current_task()}
    assert leftover == set()
    assert len(server.seen) == 5  # nothing new started after the cancellation
    assert server.cancelled == 5  # every call in flight was cancelled, none ran to completion
    assert server.completed == []


def test_sync_batch_shares_one_connection_pool() -> None:
    twin = TWINS[0]
    server = Server(latency=0.005)
    client = server.sync_client(twin)
    module = twin.module("datasets", "get_dataset")
    http = client._http
    result = module.batch(client, args(twin, [f"ds{i}" for i in range(40)]), max_concurrency=10)
    assert len(result.values()) == 40
    assert client._http is http
    assert 2 <= server.peak <= 10


@twins
async def test_one_at_a_time_runs_inline_with_the_same_results(twin: Twin) -> None:
    """max_concurrency=1 skips the worker pool (bench/ part 4b); order, failures, fail_fast and laziness hold."""
    server = Server(fail={"ds2"})
    client = server.sync_client(twin, max_retries=0)
    module = twin.module("datasets", "get_dataset")
    result = await resolve(module.batch(client, args(twin, [f"ds{i}" for i in range(5)]), max_concurrency=1))
    assert [outcome.index for outcome in result] == [0, 1, 2, 3, 4] and not result.stopped_early
    assert [failure.index for failure in result.errors()] == [2]
    assert server.seen == [f"ds{i}" for i in range(5)] and server.peak == 1

    stopped = await resolve(
        module.batch(client, args(twin, [f"ds{i}" for i in range(5)]), max_concurrency=1, fail_fast=True)
    )
    assert stopped.stopped_early and len(stopped) == 3 and isinstance(stopped[2], Err)

    pulled = 0

    def endless() -> Iterator[Any]:
        nonlocal pulled
        while True:
            pulled += 1
            yield module.Args(dataset_name=f"ok{pulled}")

    outcomes = module.batch_iter(client, endless(), max_concurrency=1)
    if twin.is_async:
        first = [await outcomes.__anext__() for _ in range(3)]
        await outcomes.aclose()
    else:
        first = [next(outcomes) for _ in range(3)]
        outcomes.close()
    assert [outcome.index for outcome in first] == [0, 1, 2] and pulled == 3
