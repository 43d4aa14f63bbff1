"""Pagination: every item page after page, sync and async, and resuming from a saved position."""

from __future__ import annotations

import asyncio
import json

import _setup

from logbook_client import AsyncClient, Client
from logbook_client.api.datasets import list_datasets
from logbook_client.api.users import list_users
from logbook_client.models.dataset_create import DatasetCreate


def sync_part(prefix: str) -> None:
    with Client() as client:
        users = list(list_users.iterate(client, limit=10))  # has_more + starting_after, 10 per request
        print(f"sync: {len(users)} users over several pages")

        mine = [d.name for d in list_datasets.iterate(client, limit=3) if d.name.startswith(prefix)]
        print(f"sync: {len(mine)} of our datasets (cursor pagination, 3 per page)")

        paginator = list_datasets.iterate(client, limit=2, max_items=3)
        first = [d.name for d in paginator]
        saved = json.dumps(paginator.position.as_dict())  # e.g. written to disk by an interrupted job
        rest = [d.name for d in list_datasets.iterate(client, limit=2, start=json.loads(saved))]
        everything = [d.name for d in list_datasets.iterate(client, limit=2)]
        assert first + rest == everything, "resume must give no duplicates and no gaps"
        print(f"sync: stopped after {len(first)}, resumed from {saved} for the other {len(rest)}")


async def async_part(prefix: str) -> None:
    async with AsyncClient() as client:
        page = await client.datasets.list_datasets(limit=5)  # awaiting a paginator gives the first page
        print(f"async: first page has {len(page)} datasets")
        count = 0
        async for dataset in client.datasets.list_datasets(limit=4):  # every item
            count += dataset.name.startswith(prefix)
        print(f"async: {count} of our datasets")


def main() -> None:
    prefix = _setup.unique("page")
    with Client() as client:
        for i in range(7):
            client.datasets.create_dataset(body=DatasetCreate(name=f"{prefix}-{i}"))
    sync_part(prefix)
    asyncio.run(async_part(prefix))
    with Client() as client:
        client.datasets.delete_dataset_many(dataset_name=[f"{prefix}-{i}" for i in range(7)]).raise_for_errors()


if __name__ == "__main__":
    main()
