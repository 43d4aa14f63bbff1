"""Retry-After values that cannot be slept are ignored, and a 503's error says how long the server asked for."""

from __future__ import annotations

import math

import httpx
import pytest

from logbook_client import errors
from logbook_client._runtime.retry_after import parse_retry_after
from tests.functional.test_resilience import Script, no_sleep  # noqa: F401  (no_sleep is a fixture)
from tests.twins import TWINS, Twin

twins = pytest.mark.parametrize("twin", TWINS, ids=lambda t: t.name)

NON_FINITE = [
    {"retry-after": "nan"},
    {"retry-after-ms": "NaN"},
    {"retry-after": "inf"},
    {"retry-after": "-inf"},
    {"retry-after": "1e400"},
    {"retry-after-ms": "Infinity"},
]


@pytest.mark.parametrize("headers", NON_FINITE, ids=lambda h: "=".join(next(iter(h.items()))))
def test_non_finite_retry_after_counts_as_absent(headers: dict[str, str]) -> None:
    assert parse_retry_after(httpx.Headers(headers)) is None
    assert parse_retry_after(headers) is None  # a plain dict too


def test_retry_after_header_names_are_case_insensitive_in_any_mapping() -> None:
    assert parse_retry_after({"Retry-After": "7"}) == 7.0
    assert parse_retry_after({"Retry-After-Ms": "1500"}) == 1.5
    assert parse_retry_after({"retry-after-ms": "nan", "Retry-After": "2"}) == 2.0  # falls back to Retry-After


@twins
@pytest.mark.parametrize("headers", NON_FINITE, ids=lambda h: "=".join(next(iter(h.items()))))
async def test_non_finite_retry_after_falls_back_to_backoff(
    twin: Twin,
    headers: dict[str, str],
    no_sleep: list[float],  # noqa: F811
) -> None:
    script = Script(httpx.Response(503, headers=headers, json={"detail": "busy"}))
    client = twin.client(script)
    with pytest.raises(errors.ServerError) as caught:
        await twin.call("health", "get_health", client)
    assert len(script.requests) == 3  # the first attempt and two retries
    assert len(no_sleep) == 2 and all(math.isfinite(delay) and 0 <= delay <= 8 for delay in no_sleep)
    assert caught.value.retry_after is None


@twins
@pytest.mark.parametrize("status", [503, 429])
async def test_retry_after_beyond_the_bound_is_on_the_error(twin: Twin, status: int, no_sleep: list[float]) -> None:  # noqa: F811
    script = Script(httpx.Response(status, headers={"Retry-After": "120"}))
    client = twin.client(script)
    with pytest.raises(errors.APIStatusError) as caught:
        await twin.call("health", "get_health", client)
    assert len(script.requests) == 1  # fails fast: 120 s is over max_retry_after
    assert caught.value.retry_after == 120.0  # type: ignore[attr-defined]
