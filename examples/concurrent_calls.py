"""Concurrency with AsyncClient: many calls in flight on one event loop, one connection pool."""

from __future__ import annotations

import asyncio
import time

import _setup

from logbook_client import AsyncClient, RateLimit
from logbook_client.models.dataset_create import DatasetCreate


async def main() -> None:
    names = [_setup.unique("conc") for _ in range(20)]
    # At most 8 requests in flight and 200 per second, shared by everything using this client.
    async with AsyncClient(rate_limit=RateLimit(requests_per_second=200, max_concurrency=8)) as client:
        started = time.perf_counter()
        created = await asyncio.gather(*(client.datasets.create_dataset(body=DatasetCreate(name=n)) for n in names))
        fetched = await asyncio.gather(*(client.datasets.get_dataset(dataset_name=n) for n in names))
        print(f"created and fetched {len(created)} datasets concurrently in {time.perf_counter() - started:.2f}s")
        assert [d.name for d in fetched] == names
        await asyncio.gather(*(client.datasets.delete_dataset(dataset_name=n) for n in names))
        print("cleaned up")


if __name__ == "__main__":
    asyncio.run(main())
