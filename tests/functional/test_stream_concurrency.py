"""``RateLimit(max_concurrency=n)`` counts a streamed call until its body is closed, not until its headers
arrive: n downloads transfer at once, never more, and leaving a stream early gives its slot back. Both twins, and
both async transports, against a real loopback server."""

from __future__ import annotations

import asyncio
import http.server
import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from logbook_client import AsyncClient, Client, RateLimit
from logbook_client.aio.exports import download_export as adownload_export
from logbook_client.api.exports import download_export
from tests.loopback import send_head, serve

DOWNLOADS = 6
EXPORT_ID = "7f1c0d9e-0000-4000-8000-000000000003"


class Transfers:
    """Serves a 10 kB body in ten slow pieces and records how many bodies were being sent at once."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.active = 0
        self.peak = 0
        self.started = 0

    def __call__(self, handler: http.server.BaseHTTPRequestHandler) -> None:
        with self.lock:
            self.active += 1
            self.started += 1
            self.peak = max(self.peak, self.active)
        try:
            send_head(handler, 200, {"Content-Length": "10000", "Content-Type": "application/octet-stream"})
            for _ in range(10):
                time.sleep(0.02)
                handler.wfile.write(b"x" * 1000)
                handler.wfile.flush()
        except OSError:  # the client left early
            handler.close_connection = True
        finally:
            with self.lock:
                self.active -= 1


@pytest.fixture
def server() -> Iterator[tuple[str, Transfers]]:
    transfers = Transfers()
    with serve(transfers) as url:
        yield url, transfers


def test_sync_downloads_hold_their_slot_until_the_body_is_read(server: tuple[str, Transfers], tmp_path: Path) -> None:
    url, transfers = server
    with Client(base_url=url, token="t", rate_limit=RateLimit(max_concurrency=2)) as client:
        threads = [
            threading.Thread(
                target=download_export.to_file,
                kwargs={"client": client, "export_id": EXPORT_ID, "path": os.path.join(tmp_path, f"{n}.bin")},
            )
            for n in range(DOWNLOADS)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(20)
    assert transfers.started == DOWNLOADS and len(list(tmp_path.glob("*.bin"))) == DOWNLOADS
    assert transfers.peak == 2


@pytest.mark.parametrize("transport", ["httpx", "aiohttp"])
async def test_async_downloads_hold_their_slot_until_the_body_is_read(
    server: tuple[str, Transfers], tmp_path: Path, transport: str
) -> None:
    url, transfers = server
    limit = RateLimit(max_concurrency=2)
    async with AsyncClient(base_url=url, token="t", rate_limit=limit, http_transport=transport) as client:
        downloads = [
            adownload_export.to_file(client, export_id=EXPORT_ID, path=tmp_path / f"{n}.bin") for n in range(DOWNLOADS)
        ]
        await asyncio.wait_for(asyncio.gather(*downloads), 20)
    assert transfers.started == DOWNLOADS
    assert transfers.peak == 2


def test_sync_leaving_a_stream_early_gives_its_slot_back(server: tuple[str, Transfers]) -> None:
    url, _ = server
    with Client(base_url=url, token="t", rate_limit=RateLimit(max_concurrency=1)) as client:
        for _ in download_export.stream(client, export_id=EXPORT_ID, chunk_size=1000):
            break  # the generator is closed here
        done = threading.Event()

        def second() -> None:
            b"".join(download_export.stream(client, export_id=EXPORT_ID))
            done.set()

        thread = threading.Thread(target=second, daemon=True)
        thread.start()
        thread.join(10)
        assert done.is_set(), "the slot of the abandoned stream was never released"


@pytest.mark.parametrize("transport", ["httpx", "aiohttp"])
async def test_async_leaving_a_stream_early_gives_its_slot_back(server: tuple[str, Transfers], transport: str) -> None:
    url, _ = server
    async with AsyncClient(
        base_url=url,
        token="t",
        rate_limit=RateLimit(max_concurrency=1),
        http_transport=transport,
    ) as client:
        stream = adownload_export.stream(client, export_id=EXPORT_ID, chunk_size=1000)
        async for _ in stream:
            break
        await stream.aclose()

        async def second() -> bytes:
            return b"".join([chunk async for chunk in adownload_export.stream(client, export_id=EXPORT_ID)])

        assert len(await asyncio.wait_for(second(), 10)) == 10_000  # a kept slot would block this forever
