"""LogbookHandler / AsyncLogbookHandler: batching, flush on size, interval and close, bounded queue, no loss."""

from __future__ import annotations

import asyncio
import json
import logging
import threading
import time
from collections.abc import Iterator

import httpx
import pytest

import logbook_client
from logbook_client.lib.logging_handler import AsyncLogbookHandler, LogbookHandler


class Ingest:
    """An ingest endpoint that records the events it got, and can be switched down."""

    def __init__(self) -> None:
        self.batches: list[list[dict[str, object]]] = []
        self.down = False
        self.lock = threading.Lock()

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if self.down:
            return httpx.Response(400, json={"title": "down", "status": 400})
        events = json.loads(request.read())
        with self.lock:
            self.batches.append(events)
        return httpx.Response(200, json={"ingested": len(events), "failed": 0, "failures": []})

    @property
    def messages(self) -> list[object]:
        return [event["message"] for batch in self.batches for event in batch]


@pytest.fixture
def logger() -> Iterator[logging.Logger]:
    log = logging.getLogger("app.test.handler")
    log.setLevel(logging.INFO)
    log.propagate = False
    yield log
    log.handlers.clear()


def sync_client(ingest: Ingest) -> logbook_client.Client:
    http = httpx.Client(transport=httpx.MockTransport(ingest))
    return logbook_client.Client(base_url="http://l.test", token="t", http_client=http, max_retries=0)


def async_client(ingest: Ingest) -> logbook_client.AsyncClient:
    http = httpx.AsyncClient(transport=httpx.MockTransport(ingest))
    return logbook_client.AsyncClient(base_url="http://l.test", token="t", http_client=http, max_retries=0)


def test_sync_handler_batches_and_loses_nothing_on_close(logger: logging.Logger) -> None:
    ingest = Ingest()
    handler = LogbookHandler(sync_client(ingest), "app-logs", batch_size=10, flush_interval=30)
    logger.addHandler(handler)
    for i in range(25):
        logger.info("event %d", i, extra={"request_id": f"r{i}"})
    deadline = time.monotonic() + 5
    while not ingest.batches and time.monotonic() < deadline:  # a size-triggered flush, long before 30 s
        time.sleep(0.01)
    assert len(ingest.batches[0]) == 10
    handler.close()
    assert all(len(batch) <= 10 for batch in ingest.batches)
    assert ingest.messages == [f"event {i}" for i in range(25)]
    first = ingest.batches[0][0]
    assert first["level"] == "INFO" and first["logger"] == "app.test.handler" and first["request_id"] == "r0"
    assert "_time" in first and handler.sent == 25 and handler.dropped == 0


def test_sync_handler_flushes_on_interval(logger: logging.Logger) -> None:
    ingest = Ingest()
    handler = LogbookHandler(sync_client(ingest), "app-logs", batch_size=1000, flush_interval=0.05)
    logger.addHandler(handler)
    logger.warning("lonely")
    deadline = time.monotonic() + 5
    while not ingest.batches and time.monotonic() < deadline:
        time.sleep(0.01)
    assert ingest.messages == ["lonely"]
    handler.close()


def test_sync_handler_bounded_queue_counts_drops_and_recovers(logger: logging.Logger) -> None:
    ingest = Ingest()
    ingest.down = True
    handler = LogbookHandler(sync_client(ingest), "app-logs", batch_size=5, flush_interval=0.02, max_queue=20)
    logger.addHandler(handler)
    for i in range(50):
        logger.info("m%d", i)
    time.sleep(0.1)
    assert handler.dropped >= 30 and handler.failures >= 1
    ingest.down = False
    handler.close()
    assert len(ingest.messages) == 50 - handler.dropped
    assert ingest.messages == sorted(ingest.messages, key=lambda m: int(str(m)[1:]))  # order kept


def test_handler_ignores_the_clients_own_logs(logger: logging.Logger) -> None:
    ingest = Ingest()
    handler = LogbookHandler(sync_client(ingest), "app-logs", batch_size=1, flush_interval=0.01)
    logging.getLogger("logbook_client").addHandler(handler)
    try:
        logging.getLogger("logbook_client").warning("about a request")
        handler.close()
    finally:
        logging.getLogger("logbook_client").removeHandler(handler)
    assert ingest.messages == []


async def test_async_handler_emit_only_enqueues_and_aclose_flushes(logger: logging.Logger) -> None:
    ingest = Ingest()
    handler = AsyncLogbookHandler(async_client(ingest), "app-logs", batch_size=10, flush_interval=30)
    logger.addHandler(handler)
    started = time.perf_counter()
    for i in range(25):
        logger.info("a%d", i)
    assert time.perf_counter() - started < 0.5  # emit never waited for the network
    for _ in range(500):
        if ingest.batches:
            break
        await asyncio.sleep(0.01)
    assert len(ingest.batches[0]) == 10  # a size-triggered flush, long before 30 s
    await handler.aclose()
    assert all(len(batch) <= 10 for batch in ingest.batches)
    assert ingest.messages == [f"a{i}" for i in range(25)]


async def test_async_handler_accepts_records_from_other_threads(logger: logging.Logger) -> None:
    ingest = Ingest()
    handler = AsyncLogbookHandler(async_client(ingest), "app-logs", batch_size=5, flush_interval=0.05)
    logger.addHandler(handler)
    threads = [threading.Thread(target=lambda n=n: logger.info("t%d", n)) for n in range(10)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    await handler.aclose()
    assert sorted(ingest.messages) == sorted(f"t{n}" for n in range(10))


def test_bad_max_queue_names_the_parameter() -> None:
    with pytest.raises(ValueError, match="^max_queue: "):
        LogbookHandler(sync_client(Ingest()), "x", max_queue=0)
