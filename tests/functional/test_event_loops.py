"""An ``AsyncClient`` used from several event loops (one ``asyncio.run`` per command or per test): its rate limiter,
its connection pools (httpx's and aiohttp's) and its OAuth2 lock work in each loop, and no loop's connections leak."""

from __future__ import annotations

import asyncio
import gc
import warnings
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from logbook_client import AsyncClient, RateLimit
from logbook_client._runtime.auth import OAuth2ClientCredentials
from tests.functional.test_transport import LoopbackServer
from tests.twins import dataset_json


@pytest.fixture(scope="module")
def server() -> Iterator[LoopbackServer]:
    srv = LoopbackServer()
    yield srv
    srv.close()


async def fan_out(client: AsyncClient, calls: int = 5) -> list[str]:
    results = await asyncio.gather(
        *(client.datasets.get_dataset(dataset_name="web") for _ in range(calls)), return_exceptions=True
    )
    return [f"{type(r).__name__}: {r}" if isinstance(r, BaseException) else "ok" for r in results]


def run(coroutine: Any) -> Any:
    """One event loop, as a CLI command or a sync test would have: bounded in time."""
    return asyncio.run(asyncio.wait_for(coroutine, 10))


def test_rate_limited_client_works_in_a_second_event_loop() -> None:
    async def handler(request: httpx.Request) -> httpx.Response:
        await asyncio.sleep(0.02)  # slow enough that callers wait for a concurrency slot
        return httpx.Response(200, json=dataset_json())

    client = AsyncClient(
        base_url="http://x.test",
        token="t",
        rate_limit=RateLimit(max_concurrency=2),
        http_client=httpx.AsyncClient(transport=httpx.MockTransport(handler)),
    )
    for _ in range(3):
        assert run(fan_out(client)) == ["ok"] * 5


@pytest.mark.parametrize("transport", ["httpx", "aiohttp"])
@pytest.mark.parametrize("rate_limit", [None, RateLimit(max_concurrency=2)], ids=["unlimited", "max_concurrency=2"])
def test_client_works_in_a_second_event_loop_on_both_transports(
    server: LoopbackServer, transport: Any, rate_limit: RateLimit | None
) -> None:
    client = AsyncClient(
        base_url=f"http://127.0.0.1:{server.port}", token="t", http_transport=transport, rate_limit=rate_limit
    )
    assert run(fan_out(client)) == ["ok"] * 5
    assert run(fan_out(client)) == ["ok"] * 5
    run(client.aclose())


def open_connections(pool: Any) -> int:
    """Connections still open in a loop's pool: httpx's transport (httpcore) or an aiohttp session."""
    if isinstance(pool, httpx.AsyncHTTPTransport):
        return len(pool._pool.connections)
    return sum(len(held) for held in pool.connector._conns.values()) if pool.connector is not None else 0


@pytest.mark.parametrize("transport", ["httpx", "aiohttp"])
def test_each_loop_connections_are_closed_and_none_leak(server: LoopbackServer, transport: Any) -> None:
    client = AsyncClient(base_url=f"http://127.0.0.1:{server.port}", token="t", http_transport=transport)
    pools: list[Any] = []

    async def use() -> None:
        assert await fan_out(client, 3) == ["ok"] * 3
        current = client._http._transport
        pools.append(current._transports.current if transport == "httpx" else current._session)
        assert open_connections(pools[-1]) > 0  # kept alive while the loop runs

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        run(use())
        run(use())
        assert pools[0] is not pools[1]  # one pool per loop
        assert open_connections(pools[0]) == 0  # closed as its loop shut down, not left to the garbage collector
        run(client.aclose())
        assert [open_connections(pool) for pool in pools] == [0, 0]
        if transport == "aiohttp":
            assert all(session.closed for session in pools)
        pools.clear()
        gc.collect()
    ours = f"'127.0.0.1', {server.port})"  # other tests' leftovers may be collected here too: only ours count
    assert [str(w.message) for w in caught if ours in str(w.message)] == []


def test_oauth2_client_credentials_work_in_a_second_event_loop() -> None:
    issued = 0

    async def handler(request: httpx.Request) -> httpx.Response:
        nonlocal issued
        if request.url.path == "/oauth/token":
            issued += 1
            await asyncio.sleep(0.02)  # concurrent callers wait on the fetch lock
            return httpx.Response(200, json={"access_token": f"at{issued}", "expires_in": 0.001})
        return httpx.Response(200, json=dataset_json())

    auth = OAuth2ClientCredentials("http://x.test/oauth/token", "id", "secret")
    client = AsyncClient(
        base_url="http://x.test", auth=auth, http_client=httpx.AsyncClient(transport=httpx.MockTransport(handler))
    )
    for _ in range(2):
        assert run(fan_out(client)) == ["ok"] * 5
