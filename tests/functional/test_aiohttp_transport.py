"""The aiohttp transport sends what httpx's would: no header httpx does not send, bodies intact, and it honours
the write timeout (both transports are checked, so they cannot drift)."""

from __future__ import annotations

import asyncio
import json
import socket
import threading
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from logbook_client import AsyncClient, errors
from logbook_client._runtime.transport import AiohttpTransport
from logbook_client.aio.ingest import ingest_events
from logbook_client.models.event import Event
from tests.functional.test_transport import LoopbackServer

TRANSPORTS = ["httpx", "aiohttp"]


@pytest.fixture(scope="module")
def server() -> Iterator[LoopbackServer]:
    srv = LoopbackServer()
    yield srv
    srv.close()


def transport_of(name: str) -> httpx.AsyncBaseTransport | None:
    return AiohttpTransport() if name == "aiohttp" else None


@pytest.mark.parametrize("transport", TRANSPORTS)
async def test_body_less_post_has_no_content_type(server: LoopbackServer, transport: str) -> None:
    async with httpx.AsyncClient(transport=transport_of(transport)) as http:
        await http.post(f"http://127.0.0.1:{server.port}/echo", content=b"")
    headers = {key.lower(): value for key, value in server.requests[-1]["headers"]}
    assert "content-type" not in headers
    assert headers.get("content-length") == "0"


@pytest.mark.parametrize("transport", TRANSPORTS)
async def test_large_body_arrives_whole_with_its_length(server: LoopbackServer, transport: str) -> None:
    body = bytes(range(256)) * 1024  # 256 KiB: sent in chunks under the write deadline
    async with httpx.AsyncClient(transport=transport_of(transport), timeout=5) as http:
        response = await http.post(f"http://127.0.0.1:{server.port}/echo", content=body.hex().encode())
    assert json.loads(response.content)["body"] == body.hex()
    headers = {key.lower(): value for key, value in server.requests[-1]["headers"]}
    assert headers.get("content-length") == str(len(body) * 2) and "transfer-encoding" not in headers


class NeverReads:
    """A loopback server that accepts connections and never reads from them (an upload stalls)."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.port = self.sock.getsockname()[1]
        self.held: list[socket.socket] = []
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            conn.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
            self.held.append(conn)

    def close(self) -> None:
        self.sock.close()
        for conn in self.held:
            conn.close()


@pytest.mark.parametrize("transport", TRANSPORTS)
async def test_stalled_upload_raises_the_write_timeout(transport: Any) -> None:
    stalled = NeverReads()
    started = time.perf_counter()
    try:
        async with AsyncClient(
            base_url=f"http://127.0.0.1:{stalled.port}", token="t", timeout=0.5, max_retries=0, http_transport=transport
        ) as client:
            with pytest.raises(errors.APITimeoutError):
                await asyncio.wait_for(client.ingest.ingest_events(dataset_name="d", body="x" * (32 * 1024 * 1024)), 5)
    finally:
        stalled.close()
    assert time.perf_counter() - started < 4.0


@pytest.mark.parametrize("transport", TRANSPORTS)
async def test_slow_body_producer_is_not_a_write_timeout(server: LoopbackServer, transport: str) -> None:
    async def body() -> Any:
        for part in (b"a" * 10, b"b" * 10, b"c" * 10):
            await asyncio.sleep(0.3)  # longer than the write timeout, but no write is waiting
            yield part

    timeout = httpx.Timeout(5, write=0.2)
    async with httpx.AsyncClient(transport=transport_of(transport), timeout=timeout) as http:
        response = await asyncio.wait_for(http.post(f"http://127.0.0.1:{server.port}/echo", content=body()), 5)
    assert json.loads(response.content)["body"] == "a" * 10 + "b" * 10 + "c" * 10


@pytest.mark.parametrize("transport", TRANSPORTS)
async def test_streamed_ndjson_body_arrives_chunked_one_line_per_item(server: LoopbackServer, transport: str) -> None:
    pulled: list[int] = []

    def events() -> Iterator[Event]:  # a sync generator: the async client streams it as an async one
        for n in range(3):
            pulled.append(n)
            yield Event.from_dict({"n": n})

    async with AsyncClient(
        base_url=f"http://127.0.0.1:{server.port}", token="t", http_transport=transport, timeout=5
    ) as client:
        with pytest.raises(errors.ResponseDecodingError):  # the loopback server answers a dataset, not a result
            await ingest_events.call(client, dataset_name="d", body=events())
    request = server.requests[-1]
    headers = {key.lower(): value for key, value in request["headers"]}
    assert headers.get("transfer-encoding") == "chunked" and "content-length" not in headers
    assert headers.get("content-type") == "application/x-ndjson"
    assert request["body"] == b'{"n":0}\n{"n":1}\n{"n":2}\n' and pulled == [0, 1, 2]
