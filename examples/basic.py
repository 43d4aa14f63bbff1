"""Basic use: create, read, update with an ETag, and handle typed errors (sync)."""

from __future__ import annotations

import _setup

from logbook_client import Client, errors
from logbook_client.api.datasets import get_dataset, update_dataset
from logbook_client.models.dataset_create import DatasetCreate
from logbook_client.models.dataset_update import DatasetUpdate


def main() -> None:
    name = _setup.unique("basic")
    with Client() as client:  # LOGBOOK_BASE_URL / LOGBOOK_TOKEN
        created = client.datasets.create_dataset(body=DatasetCreate(name=name, retention_days=7))
        print(f"created {created.name} (retention {created.retention_days} days)")

        current = get_dataset.call_detailed(client, dataset_name=name)
        etag = current.headers["etag"]
        body = DatasetUpdate(retention_days=30)
        updated = update_dataset.call(client, dataset_name=name, body=body, if_match=etag)
        print(f"updated retention to {updated.retention_days} days with If-Match {etag}")

        try:
            update_dataset.call(client, dataset_name=name, body=DatasetUpdate(retention_days=1), if_match=etag)
        except errors.PreconditionFailedError as error:
            print(f"stale ETag refused: {error.status_code}")

        try:
            client.datasets.get_dataset(dataset_name=_setup.unique("missing"))
        except errors.NotFoundError as error:
            print(f"missing dataset: {error.status_code}")

        client.datasets.delete_dataset(dataset_name=name)
        print("deleted")


if __name__ == "__main__":
    main()
