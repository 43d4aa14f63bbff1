"""Reliability against the reference server's fault injection, in both twins (issue 5's figures).

- 2,000 GETs per twin with 5% injected 503s and 5% dropped connections: every call succeeds.
- 500 creates per twin whose connection drops AFTER the server committed (10%): each row exists exactly once,
  because the retry carries the same Idempotency-Key and the server replays the first response.
- A 429 with ``Retry-After: 1`` makes the client wait about one second, then succeed.

Each test prints its counts (calls, requests sent, faults absorbed); run with ``-s`` to see them.
"""

from __future__ import annotations

import threading
import time
import uuid
from typing import Any

import httpx
import pytest

from logbook_client.models.dataset_create import DatasetCreate
from tests.server_fixture import RunningServer, logbook_server
from tests.twins import TWINS, Twin

__all__ = ["logbook_server"]

twins = pytest.mark.parametrize("twin", TWINS, ids=lambda t: t.name)


class Counter:
    """Counts the HTTP requests a client really sends (first attempts and retries)."""

    def __init__(self) -> None:
        self.sent = 0
        self.lock = threading.Lock()

    def hook(self, request: httpx.Request) -> None:
        with self.lock:
            self.sent += 1

    async def ahook(self, request: httpx.Request) -> None:
        self.hook(request)


def make_client(twin: Twin, server: RunningServer, counter: Counter, fault: str, **kwargs: Any) -> Any:
    if twin.is_async:
        http: Any = httpx.AsyncClient(event_hooks={"request": [counter.ahook]}, timeout=30)
    else:
        http = httpx.Client(event_hooks={"request": [counter.hook]}, timeout=30)
    return twin.client_cls(
        base_url=server.url, token=server.token, http_client=http, headers={"X-Fault": fault}, **kwargs
    )


def create_dataset(server: RunningServer, name: str) -> None:
    response = httpx.post(
        f"{server.url}/datasets", json={"name": name}, headers={"Authorization": f"Bearer {server.token}"}
    )
    assert response.status_code == 201, response.text


# 4,000 requests over loopback: measured 6.8 s in a full run (load 4-8 on 2 shared cores), 19.2 s at load 13.
@pytest.mark.timeout(120)
@twins
async def test_transient_faults_are_absorbed_by_retries(twin: Twin, logbook_server: RunningServer) -> None:
    name = f"rel-{twin.name}-{uuid.uuid4().hex[:8]}"
    create_dataset(logbook_server, name)
    counter = Counter()
    # retry-after=none: the 503s carry no Retry-After, so the client's own backoff applies.
    client = make_client(twin, logbook_server, counter, "error=0.05, drop=0.05, retry-after=none", max_retries=8)
    module = twin.module("datasets", "get_dataset")
    calls = 2000
    started = time.perf_counter()
    result = await twin.call_function(
        module.batch, client, args=[module.Args(dataset_name=name)] * calls, max_concurrency=50
    )
    elapsed = time.perf_counter() - started
    await twin.close(client)
    assert result.errors() == []
    assert len(result.values()) == calls and all(value.name == name for value in result.values())
    retries = counter.sent - calls
    print(
        f"\n[{twin.name}] {calls} calls, {counter.sent} requests, {retries} faults retried, 0 failures, {elapsed:.1f}s"
    )
    assert 0.05 * calls < retries < 0.2 * calls  # about 10% of attempts were faulted, and all were absorbed


# 500 creates and their retries: measured 4.5 s in a full run (load 4-8), 8.0 s at load 13.
@pytest.mark.timeout(60)
@twins
async def test_creates_dropped_after_commit_happen_exactly_once(twin: Twin, logbook_server: RunningServer) -> None:
    counter = Counter()
    client = make_client(twin, logbook_server, counter, "drop-after=0.1", max_retries=8)
    module = twin.module("datasets", "create_dataset")
    prefix = f"idem-{twin.name}-{uuid.uuid4().hex[:6]}"
    names = [f"{prefix}-{i}" for i in range(500)]
    result = await twin.call_function(
        module.batch, client, args=[module.Args(body=DatasetCreate(name=n)) for n in names], max_concurrency=20
    )
    await twin.close(client)
    assert result.errors() == []  # no ConflictError: a retried create was replayed, not run twice
    assert [dataset.name for dataset in result.values()] == names
    retries = counter.sent - len(names)
    assert retries > 20  # connections really were dropped after the server committed

    listed: list[str] = []
    cursor: str | None = None
    with httpx.Client(base_url=logbook_server.url, headers={"Authorization": f"Bearer {logbook_server.token}"}) as raw:
        while True:
            params: dict[str, Any] = {"limit": 200, **({"cursor": cursor} if cursor else {})}
            page = raw.get("/datasets", params=params).json()
            listed += [item["name"] for item in page["items"] if item["name"].startswith(prefix + "-")]
            cursor = page.get("next_cursor")
            if not cursor:
                break
    duplicates = len(listed) - len(set(listed))
    print(
        f"\n[{twin.name}] {len(names)} creates, {counter.sent} requests, {retries} dropped after commit, "
        f"{len(set(listed))} rows, {duplicates} duplicates"
    )
    assert sorted(listed) == sorted(names) and duplicates == 0


@twins
async def test_retry_after_is_waited_for(twin: Twin, logbook_server: RunningServer) -> None:
    counter = Counter()
    fault = f"status=429, retry-after=1, times=1, key={uuid.uuid4().hex}"
    client = make_client(twin, logbook_server, counter, fault)
    started = time.perf_counter()
    response = await twin.call("users", "get_current_user", client, detailed=True)
    waited = time.perf_counter() - started
    await twin.close(client)
    assert response.status_code == 200 and response.retries_taken == 1 and counter.sent == 2
    assert 0.95 <= waited < 3.0, f"waited {waited:.2f}s for Retry-After: 1"
