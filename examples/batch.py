"""Batch helpers: many calls at once, bounded, in input order, with per-item errors."""

from __future__ import annotations

import asyncio

import _setup

from logbook_client import AsyncClient, Client, errors
from logbook_client.aio.datasets import get_dataset as aget_dataset
from logbook_client.api.datasets import create_dataset
from logbook_client.models.dataset_create import DatasetCreate


def report(done: int, total: int | None, failed: int) -> None:
    """Called after every call of the batch."""
    if done == total:
        print(f"sync: {done}/{total}, {failed} failed")


def main() -> None:
    names = [_setup.unique("batch") for _ in range(30)]
    with Client() as client:
        created = create_dataset.batch(
            client,
            [create_dataset.Args(body=DatasetCreate(name=n)) for n in names],
            max_concurrency=8,
            on_progress=report,
        )
        created.raise_for_errors()

    async def fetch() -> None:
        async with AsyncClient() as client:
            wanted = [*names[:5], _setup.unique("missing"), *names[5:10]]
            args = [aget_dataset.Args(dataset_name=n) for n in wanted]
            result = await aget_dataset.batch(client, args, max_concurrency=16)
            print(f"async: {len(result.values())} found, {len(result.errors())} failed")
            for failure in result.errors():
                assert isinstance(failure.error, errors.NotFoundError)
                print(f"  input {failure.index} ({wanted[failure.index]!r}): {failure.error.status_code}")

    asyncio.run(fetch())
    with Client() as client:
        deleted = client.datasets.delete_dataset_many(dataset_name=names, max_concurrency=8)
        print(f"deleted {len(deleted.values())} datasets")


if __name__ == "__main__":
    main()
