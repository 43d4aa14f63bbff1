"""Ship Python logs to a Logbook dataset with LogbookHandler, then read them back as a typed NDJSON stream."""

from __future__ import annotations

import logging

import _setup

from logbook_client import Client
from logbook_client.api.query import stream_events
from logbook_client.lib.logging_handler import LogbookHandler
from logbook_client.models.dataset_create import DatasetCreate


def main() -> None:
    name = _setup.unique("logs")
    with Client() as client:
        client.datasets.create_dataset(body=DatasetCreate(name=name))
        handler = LogbookHandler(client, name, batch_size=50, flush_interval=0.5)
        log = logging.getLogger("example.app")
        log.setLevel(logging.INFO)
        log.addHandler(handler)
        for i in range(120):
            log.info("request %d served", i, extra={"status": 500 if i % 10 == 0 else 200})
        handler.close()  # flushes: no record is lost on a clean shutdown
        print(f"shipped {handler.sent} records, dropped {handler.dropped}")

        errors = [
            event for event in stream_events.stream(client, dataset_name=name, limit=1000) if event["status"] == 500
        ]
        print(f"read back {len(errors)} error records, e.g. {errors[0]['message']!r}")
        client.datasets.delete_dataset(dataset_name=name)


if __name__ == "__main__":
    main()
