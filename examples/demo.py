"""The generated Logbook client, sync and async, against the bundled reference server.

``make demo`` runs this after regenerating the client. It starts the server on a free loopback port, then:
creates a dataset, ingests events, pages through a query, annotates, exports and downloads with progress, first
with ``Client`` (module functions, paging by hand) and then with ``AsyncClient`` (resource methods, whose list
operations are paginators); finally it stops the server.

``logbook_client`` is imported from ./generated (put on ``sys.path`` below, as tests/conftest.py does), so the demo
always runs the client that ``make generate`` just wrote.
"""

from __future__ import annotations

import asyncio
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "generated"), str(ROOT)]

from logbook_client import AsyncClient, Client  # noqa: E402
from logbook_client.aio.query import tail_events as atail_events  # noqa: E402
from logbook_client.api.annotations import create_annotation  # noqa: E402
from logbook_client.api.datasets import create_dataset  # noqa: E402
from logbook_client.api.exports import create_export, download_export, get_export  # noqa: E402
from logbook_client.api.ingest import ingest_events  # noqa: E402
from logbook_client.api.query import query_dataset  # noqa: E402
from logbook_client.models.annotation_category import AnnotationCategory  # noqa: E402
from logbook_client.models.annotation_input import AnnotationInput  # noqa: E402
from logbook_client.models.dataset_target import DatasetTarget  # noqa: E402
from logbook_client.models.event import Event  # noqa: E402
from logbook_client.models.export_status import ExportStatus  # noqa: E402
from logbook_client.models.query_request import QueryRequest  # noqa: E402
from server import run_server  # noqa: E402

EVENTS = 250
PAGE = 100
CHUNK = 4096


def make_events(now: datetime) -> list[Event]:
    """Web requests spread over the last 50 minutes; every 7th one failed."""
    return [
        Event.from_dict(
            {
                "_time": (now - timedelta(seconds=12 * i)).isoformat(),
                "service": "api" if i % 2 else "web",
                "status": 500 if i % 7 == 0 else 200,
                "duration_ms": 5 + i % 40,
            }
        )
        for i in range(EVENTS)
    ]


def progress(name: str, done: int, total: int) -> None:
    width = 30
    filled = width * done // max(total, 1)
    print(f"\r    {name}: [{'#' * filled}{'.' * (width - filled)}] {done}/{total} bytes", end="", flush=True)


def sync_demo(url: str, token: str) -> None:
    print("== sync: logbook_client.Client")
    with Client(base_url=url, token=token) as client:
        print(
            f"  server {client.health.get_health().status.value}, signed in as {client.users.get_current_user().name}"
        )

        # A body's fields are keyword arguments (body=DatasetCreate(...) or a dict work too).
        dataset = create_dataset.call(
            client, name="demo-web", description="Demo web logs", idempotency_key="demo-web-1"
        )
        print(f"  created dataset {dataset.name!r} (retention {dataset.retention_days} days)")

        result = ingest_events.call(client, dataset_name=dataset.name, body=make_events(datetime.now(UTC)))
        print(f"  ingested {result.ingested} events ({result.failed} rejected)")

        # Manual paging: repeat the query with the previous page's next_cursor in the body.
        cursor: str | None = None
        pages, matched = 0, 0
        while True:
            request = QueryRequest(filter_="status >= 500", limit=10)
            if cursor is not None:
                request.cursor = cursor
            page = query_dataset.call(client, dataset_name=dataset.name, body=request)
            pages += 1
            matched += len(page.matches)
            cursor = page.next_cursor
            if cursor is None:
                break
        print(f"  query 'status >= 500': {matched} events in {pages} pages (server counted {page.stats.rows_matched})")

        note = create_annotation.call(
            client,
            title="Deploy v2.3.1",
            time=datetime.now(UTC) - timedelta(minutes=20),
            target=DatasetTarget(kind="dataset", dataset=dataset.name),
            category="deploy",  # an enum argument takes its plain value
        )
        print(f"  annotated: {note.title!r} ({note.category.value}) at {note.time:%H:%M}")

        export = create_export.call(client, dataset_name=dataset.name)
        while export.status in (ExportStatus.PENDING, ExportStatus.RUNNING):
            time.sleep(0.05)
            export = get_export.call(client, export_id=export.id)
        size = export.size_bytes or 0
        data = bytearray()
        while len(data) < size:  # download in ranges, so progress can be shown
            end = min(len(data) + CHUNK, size) - 1
            part = download_export.call(client, export_id=export.id, range_=f"bytes={len(data)}-{end}")
            data += part.payload.read()
            progress(f"export {export.format_.value}", len(data), size)
        lines = data.count(b"\n")
        print(f"\n  downloaded {len(data)} bytes, {lines} events")


async def async_demo(url: str, token: str) -> None:
    print("== async: logbook_client.AsyncClient")
    async with AsyncClient(base_url=url, token=token) as client:
        dataset = await client.datasets.create_dataset(name="demo-api")
        print(f"  created dataset {dataset.name!r}")

        events = make_events(datetime.now(UTC))
        batches = [events[i : i + 50] for i in range(0, len(events), 50)]
        results = await asyncio.gather(
            *(client.ingest.ingest_events(dataset_name=dataset.name, body=batch) for batch in batches)
        )
        print(f"  ingested {sum(r.ingested for r in results)} events in {len(batches)} concurrent requests")

        # The resource method is a paginator: it follows next_cursor in the body by itself.
        pages, seen = 0, 0
        query = client.query.query_dataset(dataset_name=dataset.name, filter_='service == "api"', limit=PAGE)
        async for page in query.pages():
            pages += 1
            seen += len(page)
        print(f"  query 'service == \"api\"': {seen} events in {pages} pages")

        await client.annotations.create_annotation(
            body=AnnotationInput(
                title="Incident: slow database",
                time=datetime.now(UTC) - timedelta(minutes=10),
                target=DatasetTarget(kind="dataset", dataset=dataset.name),
                category=AnnotationCategory.INCIDENT,
            )
        )
        titles = [note.title async for note in client.annotations.list_annotations(limit=10)]
        print(f"  {len(titles)} annotations in total: {', '.join(titles)}")

        export = await client.exports.create_export(dataset_name=dataset.name)
        while export.status in (ExportStatus.PENDING, ExportStatus.RUNNING):
            await asyncio.sleep(0.05)
            export = await client.exports.get_export(export_id=export.id)
        size = export.size_bytes or 0
        data = bytearray()
        while len(data) < size:
            end = min(len(data) + CHUNK, size) - 1
            part = await client.exports.download_export(export_id=export.id, range_=f"bytes={len(data)}-{end}")
            data += part.payload.read()
            progress(f"export {export.format_.value}", len(data), size)
        lines = data.count(b"\n")
        print(f"\n  downloaded {len(data)} bytes, {lines} events")

        await live_tail(client, dataset.name)


async def live_tail(client: AsyncClient, dataset: str) -> None:
    """Server-Sent Events: tail the dataset while another task ingests; each event arrives typed, with its id."""
    received: list[str] = []

    async def ingest_slowly() -> None:
        while not received:  # the tail is open once it has handed out the newest stored event
            await asyncio.sleep(0.01)
        for status in (200, 503, 200):
            body = [Event.from_dict({"service": "tail", "status": status})]
            await client.ingest.ingest_events(dataset_name=dataset, body=body)
            await asyncio.sleep(0.05)

    async def tail() -> None:
        async with atail_events.stream(client, dataset_name=dataset, backlog=1, limit=4) as events:
            async for event in events:
                received.append(f"#{event.id} status {event.data.additional_properties.get('status')}")

    await asyncio.wait_for(asyncio.gather(tail(), ingest_slowly()), timeout=30)
    print(f"  live tail (SSE): {', '.join(received)}")


def main() -> int:
    print("Starting the Logbook reference server on 127.0.0.1 ...")
    with run_server() as server:
        print(f"  listening on {server.url}")
        sync_demo(server.url, server.token)
        asyncio.run(async_demo(server.url, server.token))
    print("Server stopped. Done.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
