"""``batch_iter`` takes at most ``2 * max_concurrency`` inputs ahead of the outcomes its caller has taken: a slow
consumer slows the calls down instead of piling every result up in memory. Both twins."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from tests.twins import TWINS, Twin, dataset_json

pytestmark = pytest.mark.parametrize("twin", TWINS, ids=lambda t: t.name)

INPUTS = 2000
CONCURRENCY = 4


def handler(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json=dataset_json(request.url.path.rsplit("/", 1)[-1]))


async def test_a_slow_consumer_holds_back_the_inputs(twin: Twin) -> None:
    module = twin.module("datasets", "get_dataset")
    client = twin.client(handler)
    pulled = 0

    def inputs() -> Iterator[Any]:
        nonlocal pulled
        for n in range(INPUTS):
            pulled += 1
            yield module.Args(dataset_name=f"ds{n}")

    outcomes = module.batch_iter(client, inputs(), max_concurrency=CONCURRENCY)
    taken = []
    try:
        for _ in range(3):
            taken.append(await anext(outcomes) if twin.is_async else next(outcomes))
            # the consumer is busy; the workers may run on, as far as the bound lets them
            if twin.is_async:
                await asyncio.sleep(0.2)
            else:
                time.sleep(0.2)
            assert pulled <= len(taken) + 2 * CONCURRENCY, f"{pulled} inputs pulled after {len(taken)} taken"
    finally:
        await outcomes.aclose() if twin.is_async else outcomes.close()
    assert all(outcome.ok for outcome in taken)
    assert pulled >= len(taken) + 1  # the workers did run ahead, within the bound
