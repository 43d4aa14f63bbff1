"""The async client's transports against a real loopback server: httpx's own (the default) and aiohttp's (opt-in)
must behave the same: bodies both ways, streaming, cookies, error types and retries, timeouts."""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest

from logbook_client import AsyncClient, Client, errors
from logbook_client._runtime import decoding
from logbook_client._runtime.transport import AiohttpTransport, PerLoopTransport, async_transport
from logbook_client.aio.datasets import get_dataset, list_datasets
from logbook_client.aio.exports import download_export
from tests.bounds import abounded
from tests.twins import dataset_json

DATASET = dataset_json("web-logs", event_count=1, size_bytes=2)


class LoopbackServer:
    """A raw HTTP/1.1 server on 127.0.0.1 in its own thread and loop; behaviour chosen by path."""

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self.requests: list[dict[str, Any]] = []
        self.attempts: dict[str, int] = {}
        started = threading.Event()
        self.thread = threading.Thread(target=self._run, args=(started,), daemon=True)
        self.thread.start()
        started.wait(5)

    def _run(self, started: threading.Event) -> None:
        asyncio.set_event_loop(self.loop)
        server = self.loop.run_until_complete(asyncio.start_server(self._handle, "127.0.0.1", 0))
        self.port = server.sockets[0].getsockname()[1]
        started.set()
        self.loop.run_forever()

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                lines = head.decode("latin-1").split("\r\n")
                method, target, _ = lines[0].split(" ")
                headers = [tuple(line.split(": ", 1)) for line in lines[1:] if line]
                lower = {k.lower(): v for k, v in headers}
                body = b""
                if "content-length" in lower:
                    body = await reader.readexactly(int(lower["content-length"]))
                elif lower.get("transfer-encoding") == "chunked":
                    while True:
                        size = int((await reader.readline()).strip(), 16)
                        chunk = await reader.readexactly(size + 2)
                        if size == 0:
                            break
                        body += chunk[:-2]
                path = target.split("?")[0]
                self.requests.append({"method": method, "target": target, "headers": headers, "body": body})
                self.attempts[path] = self.attempts.get(path, 0) + 1
                if path == "/drop" or (path.startswith("/datasets/flaky") and self.attempts[path] == 1):
                    writer.close()  # no answer at all
                    return
                if path.startswith("/datasets/slow"):
                    await asyncio.sleep(1.0)
                if path.startswith("/exports/"):
                    payload, ctype = bytes(range(256)) * 4096, b"application/octet-stream"  # 1 MiB
                elif path == "/echo":
                    payload = json.dumps({"method": method, "body": body.decode()}).encode()
                    ctype = b"application/json"
                elif path == "/datasets":
                    payload = json.dumps({"items": [DATASET] * 3, "next_cursor": None}).encode()
                    ctype = b"application/json"
                else:
                    payload, ctype = json.dumps(DATASET).encode(), b"application/json"
                extra = b"set-cookie: session=abc; Path=/\r\n" if path.startswith("/datasets/cookie") else b""
                writer.write(
                    b"HTTP/1.1 200 OK\r\ncontent-type: " + ctype + b"\r\n" + extra
                    + b"content-length: " + str(len(payload)).encode() + b"\r\n\r\n" + payload
                )  # fmt: skip
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()

    def close(self) -> None:
        async def stop() -> None:
            tasks = [task for task in asyncio.all_tasks() if task is not asyncio.current_task()]
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            self.loop.stop()

        asyncio.run_coroutine_threadsafe(stop(), self.loop)
        self.thread.join(5)


@pytest.fixture(scope="module")
def server() -> Iterator[LoopbackServer]:
    srv = LoopbackServer()
    yield srv
    srv.close()


TRANSPORTS = ["aiohttp", "httpx"]


@pytest.fixture(params=TRANSPORTS)
async def client(request: pytest.FixtureRequest, server: LoopbackServer, monkeypatch: pytest.MonkeyPatch) -> Any:
    """An AsyncClient on httpx's transport (the default), or on aiohttp's, asked for through the environment."""
    if request.param == "aiohttp":
        monkeypatch.setenv("LOGBOOK_HTTP_TRANSPORT", "aiohttp")
    c = AsyncClient(base_url=f"http://127.0.0.1:{server.port}", token="t", max_retries=2)
    expected = AiohttpTransport if request.param == "aiohttp" else PerLoopTransport
    assert isinstance(c._http._transport, expected)
    yield c
    await c.aclose()


async def test_json_call_and_headers(client: AsyncClient, server: LoopbackServer) -> None:
    dataset = await get_dataset.call(client, dataset_name="web logs/1")
    assert dataset.name == "web-logs" and dataset.created_at.year == 2026
    sent = server.requests[-1]
    assert sent["target"] == "/datasets/web%20logs%2F1"  # sent exactly as httpx encoded it
    names = [name.lower() for name, _ in sent["headers"]]
    assert names.count("user-agent") == 1 and names.count("authorization") == 1
    page = await list_datasets.call(client, limit=3)
    assert [d.name for d in page.items] == ["web-logs"] * 3
    assert "limit=3" in server.requests[-1]["target"]


async def test_request_bodies_fixed_and_streamed(client: AsyncClient) -> None:
    http = client._http
    fixed = await http.post(f"{client.base_url}/echo", content=b'{"a": 1}')
    assert fixed.json() == {"method": "POST", "body": '{"a": 1}'}

    async def chunks() -> AsyncIterator[bytes]:
        for part in (b"x" * 10, b"y" * 5):
            yield part

    streamed = await http.post(f"{client.base_url}/echo", content=chunks())
    assert streamed.json()["body"] == "x" * 10 + "y" * 5


async def test_streaming_download(client: AsyncClient) -> None:
    received = bytearray()
    # 1 MiB in chunks of up to 64 KiB: at least 16 chunks; 10,000 means the stream does not end.
    async for chunk in abounded(download_export.stream(client, export_id="e1"), 10_000, "download_export.stream"):
        received += chunk
    assert bytes(received) == bytes(range(256)) * 4096


async def test_cookies_are_kept_by_httpx_only(client: AsyncClient, server: LoopbackServer) -> None:
    await get_dataset.call(client, dataset_name="cookie")
    await get_dataset.call(client, dataset_name="after")
    cookies = [value for name, value in server.requests[-1]["headers"] if name.lower() == "cookie"]
    assert cookies == ["session=abc"]  # once, from httpx's jar; aiohttp's jar is off


async def test_dropped_connection_is_retried_for_a_get(client: AsyncClient, server: LoopbackServer) -> None:
    name = f"flaky-{id(client)}"
    response = await get_dataset.call_detailed(client, dataset_name=name)
    assert response.parsed.name == "web-logs" and server.attempts[f"/datasets/{name}"] == 2
    # Our retry loop, or aiohttp's own single retry of an idempotent request on a reused connection.
    assert response.retries_taken in (0, 1)


async def test_dropped_connection_error_type(client: AsyncClient) -> None:
    with pytest.raises(httpx.RemoteProtocolError):
        await client._http.get(f"{client.base_url}/drop")


async def test_timeout_is_a_timeout_error(client: AsyncClient) -> None:
    from logbook_client import RequestOptions

    with pytest.raises(errors.APITimeoutError):
        await get_dataset.call(client, dataset_name="slow", request_options=RequestOptions(timeout=0.2, max_retries=0))


@pytest.mark.parametrize("transport", TRANSPORTS)
async def test_refused_connection_is_a_connection_error(transport: Any) -> None:
    async with AsyncClient(base_url="http://127.0.0.1:9", token="t", max_retries=0, http_transport=transport) as c:
        with pytest.raises(errors.APIConnectionError) as caught:
            await get_dataset.call(c, dataset_name="x")
    assert not isinstance(caught.value, errors.APITimeoutError)


async def test_own_http_client_is_used_as_given(server: LoopbackServer) -> None:
    mine = httpx.AsyncClient()
    async with AsyncClient(base_url=f"http://127.0.0.1:{server.port}", token="t", http_client=mine) as c:
        assert c._http is mine and isinstance(mine._transport, httpx.AsyncHTTPTransport)
        assert (await get_dataset.call(c, dataset_name="mine")).name == "web-logs"
    await mine.aclose()


def test_transport_choice(monkeypatch: pytest.MonkeyPatch) -> None:
    limits = httpx.Limits()
    # httpx's own by default, although aiohttp is installed here: aiohttp's is never picked implicitly
    assert isinstance(async_transport(None, "LOGBOOK", verify=True, limits=limits), PerLoopTransport)
    assert isinstance(async_transport("aiohttp", "LOGBOOK", verify=True, limits=limits), AiohttpTransport)
    monkeypatch.setenv("LOGBOOK_HTTP_TRANSPORT", "aiohttp")
    assert isinstance(async_transport(None, "LOGBOOK", verify=True, limits=limits), AiohttpTransport)
    assert isinstance(
        async_transport("httpx", "LOGBOOK", verify=True, limits=limits), PerLoopTransport
    )  # the argument wins


async def test_bad_transport_choices_name_where_they_came_from(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(ValueError, match=r"^http_transport: 'curl' is not a transport"):
        AsyncClient(base_url="http://x.test", http_transport="curl")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match=r"^http_transport: .*not with http_client="):
        AsyncClient(base_url="http://x.test", http_transport="aiohttp", http_client=httpx.AsyncClient())
    with pytest.raises(ValueError, match=r"^http_transport: 'aiohttp' is for AsyncClient"):
        Client(base_url="http://x.test", http_transport="aiohttp")
    monkeypatch.setenv("LOGBOOK_HTTP_TRANSPORT", "aio")
    with pytest.raises(ValueError, match=r"^LOGBOOK_HTTP_TRANSPORT: 'aio' is not a transport"):
        AsyncClient(base_url="http://x.test")
    monkeypatch.setattr("logbook_client._runtime.transport.aiohttp_available", lambda: False)
    with pytest.raises(ImportError, match=r"^http_transport: 'aiohttp' needs aiohttp installed"):
        AsyncClient(base_url="http://x.test", http_transport="aiohttp")


@pytest.mark.parametrize("fast", [True, False], ids=["orjson", "json"])
def test_json_decoding_with_and_without_orjson(fast: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    if not fast:
        monkeypatch.setattr(decoding, "_fast_loads", None)
    assert decoding.loads(b'{"a": [1, 2.5, null, "\\u00e9"]}') == {"a": [1, 2.5, None, "é"]}
    # Wider than 64 bits: orjson alone would return a float; the runtime must keep the exact integer.
    assert decoding.loads(b'{"big": 123456789012345678901234567890}')["big"] == 123456789012345678901234567890
    assert decoding.loads(b"[-9223372036854775809, 18446744073709551616]") == [-(2**63) - 1, 2**64]
    assert decoding.loads(b"[9223372036854775807, 1.5e300]") == [2**63 - 1, 1.5e300]
    assert decoding.loads('{"a": 1}'.encode("utf-16")) == {"a": 1}  # not UTF-8: the standard library decodes it
    with pytest.raises(ValueError):
        decoding.loads(b"{not json")


@pytest.mark.parametrize("fast", [True, False], ids=["orjson", "json"])
def test_text_decoding_gives_what_json_loads_gives(fast: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    """An event's data (text) is read with orjson when installed, with the result of ``json.loads(text)``."""
    if not fast:
        monkeypatch.setattr(decoding, "_fast_loads", None)
    for text in ['{"a": [1, 2.5, null, "é\u2028"]}', "[-9223372036854775809, 18446744073709551616]", "NaN", '"\ud800"']:
        assert repr(decoding.loads_text(text)) == repr(json.loads(text)), text
    for text in ["\ufeff{}", "{not json", "[1,]"]:  # json refuses a BOM in text (it skips one in bytes)
        with pytest.raises(ValueError):
            decoding.loads_text(text)
