"""The server's fault injection, seen through the generated client (per request, with ``X-Fault``)."""

from __future__ import annotations

import time

import pytest

from logbook_client.errors import APIConnectionError, RateLimitedError, ServerError

from .conftest import Api


async def test_injected_503_and_429_with_retry_after(api: Api) -> None:
    unavailable_client = api.new_client(token=api.server.token, headers={"X-Fault": "error=1"}, max_retries=0)
    with pytest.raises(ServerError) as unavailable:
        await api.call("list_datasets", unavailable_client)
    assert unavailable.value.status_code == 503
    assert unavailable.value.headers["retry-after"] == "1"

    throttled = api.new_client(token=api.server.token, headers={"X-Fault": "throttle=1, retry-after=7"}, max_retries=0)
    with pytest.raises(RateLimitedError) as limited:
        await api.call("get_current_user", throttled)
    assert limited.value.retry_after == 7.0


async def test_times_limits_a_fault_to_the_first_requests(api: Api) -> None:
    fault = {"X-Fault": f"status=502, times=2, key={api.unique('k')}"}
    client = api.new_client(token=api.server.token, headers=fault, max_retries=0)
    for _ in range(2):
        with pytest.raises(ServerError):
            await api.call("get_health", client)
    assert (await api.call("get_health", client)).version == "1.0.0"


async def test_the_clients_retries_get_past_transient_faults(api: Api) -> None:
    """Two injected 503s, then success: the client's default retries (2) absorb them."""
    fault = {"X-Fault": f"error=1, retry-after=0, times=2, key={api.unique('k')}"}
    response = await api.detailed("get_current_user", api.new_client(token=api.server.token, headers=fault))
    assert response.parsed.id == "usr_admin"
    assert response.retries_taken == 2


async def test_dropped_connection_is_a_connection_error(api: Api) -> None:
    with pytest.raises(APIConnectionError):
        await api.call("get_health", api.new_client(headers={"X-Fault": "drop=1"}, max_retries=0))


async def test_latency_and_slow_bodies_still_deliver(api: Api) -> None:
    started = time.perf_counter()
    client = api.new_client(token=api.server.token, headers={"X-Fault": "latency=100, slow=5, chunk=64"})
    me = await api.call("get_current_user", client)
    assert me.id == "usr_admin"
    assert time.perf_counter() - started >= 0.1
