"""Downloads: an export streamed to a file with progress (sync), and chunk by chunk (async)."""

from __future__ import annotations

import asyncio
import hashlib
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

import _setup

from logbook_client import AsyncClient, Client
from logbook_client._runtime.streaming import Progress
from logbook_client.aio.exports import download_export as adownload_export
from logbook_client.api.exports import download_export
from logbook_client.models.dataset_create import DatasetCreate
from logbook_client.models.event import Event
from logbook_client.models.export_request import ExportRequest
from logbook_client.models.export_status import ExportStatus


class PrintProgress(Progress):
    """Prints a line at start, every quarter, and at the end."""

    def on_start(self, total: int | None) -> None:
        self.total, self.next_mark = total, 0.25
        print(f"download started: {total} bytes")

    def on_progress(self, done: int, total: int | None) -> None:
        while total and done / total >= self.next_mark:
            print(f"  {self.next_mark:.0%}")
            self.next_mark += 0.25

    def on_complete(self) -> None:
        print("download complete")


def main() -> None:
    name = _setup.unique("dl")
    with Client() as client:
        client.datasets.create_dataset(body=DatasetCreate(name=name))
        now = datetime.now(UTC).isoformat()
        events = [Event.from_dict({"_time": now, "n": i, "text": "x" * 200}) for i in range(2000)]
        client.ingest.ingest_events(dataset_name=name, body=events)
        export = client.exports.create_export(dataset_name=name, body=ExportRequest())
        while export.status in (ExportStatus.PENDING, ExportStatus.RUNNING):
            time.sleep(0.05)
            export = client.exports.get_export(export_id=export.id)

        with tempfile.TemporaryDirectory() as folder:
            target = Path(folder) / "export.ndjson"
            result = download_export.to_file(client, export_id=export.id, path=target, progress=PrintProgress())
            assert result.sha256 == hashlib.sha256(target.read_bytes()).hexdigest()
            print(f"sync: {result.bytes} bytes, sha256 {result.sha256[:12]}..., {result.elapsed:.3f}s")

    async def chunks() -> None:
        async with AsyncClient() as aclient:
            total = 0
            async for chunk in adownload_export.stream(aclient, export_id=export.id, chunk_size=16384):
                total += len(chunk)
            print(f"async: streamed {total} bytes in chunks of at most 16 KiB")
            await aclient.datasets.delete_dataset(dataset_name=name)

    asyncio.run(chunks())


if __name__ == "__main__":
    main()
