"""A connection that drops or stalls while a streamed body is read raises the package's own errors
(``APIConnectionError``/``APITimeoutError``, never a raw httpx exception), the same in both twins and on both
async transports (httpx's and aiohttp's), against a real loopback server."""

from __future__ import annotations

import asyncio
import http.server
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from logbook_client import AsyncClient, Client, errors
from tests.loopback import send_head, serve
from tests.twins import TWINS, Twin, resolve

EVENT = b'{"id":"00000000-0000-0000-0000-000000000001","time":"2026-01-01T00:00:00Z","level":"info","message":"m"}\n'
EXPORT_ID = "7f1c0d9e-0000-4000-8000-000000000003"


def misbehave(handler: http.server.BaseHTTPRequestHandler) -> None:
    """``/exports/...``: 70 000 of 100 000 bytes, then the connection closes. ``/datasets/drop/...``: one NDJSON
    line of a chunked body, then it closes. ``/datasets/stall/...``: one line, then nothing for 1.5 s."""
    handler.close_connection = True
    if handler.path.startswith("/exports/"):
        send_head(handler, 200, {"Content-Length": "100000", "Content-Type": "application/octet-stream"})
        handler.wfile.write(b"x" * 70_000)
        handler.wfile.flush()
        return
    send_head(handler, 200, {"Content-Type": "application/x-ndjson", "Transfer-Encoding": "chunked"})
    handler.wfile.write(b"%x\r\n%s\r\n" % (len(EVENT), EVENT))
    handler.wfile.flush()
    if "/stall/" in handler.path:
        time.sleep(1.5)


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    with serve(misbehave) as url:
        yield url


CASES = [
    ("exports", "download_export", {"export_id": EXPORT_ID}, errors.APIConnectionError, httpx.RemoteProtocolError),
    ("query", "stream_events", {"dataset_name": "drop"}, errors.APIConnectionError, httpx.RemoteProtocolError),
    ("query", "stream_events", {"dataset_name": "stall"}, errors.APITimeoutError, httpx.ReadTimeout),
]
IDS = ["download-dropped", "ndjson-dropped", "ndjson-stalled"]


@pytest.mark.parametrize(("tag", "operation", "kwargs", "expected", "cause"), CASES, ids=IDS)
def test_sync_stream_failure_is_typed(
    base_url: str, tag: str, operation: str, kwargs: dict[str, Any], expected: type[Exception], cause: type[Exception]
) -> None:
    module = __import__(f"logbook_client.api.{tag}.{operation}", fromlist=["stream"])
    with Client(base_url=base_url, token="t", timeout=0.5, max_retries=0) as client:
        with pytest.raises(errors.APIConnectionError) as caught:
            list(module.stream(client, **kwargs))
    assert type(caught.value) is expected
    assert type(caught.value.__cause__) is cause


@pytest.mark.parametrize("transport", ["httpx", "aiohttp"])
@pytest.mark.parametrize(("tag", "operation", "kwargs", "expected", "cause"), CASES, ids=IDS)
async def test_async_stream_failure_is_typed_the_same_on_both_transports(
    base_url: str,
    transport: str,
    tag: str,
    operation: str,
    kwargs: dict[str, Any],
    expected: type[Exception],
    cause: type[Exception],
) -> None:
    module = __import__(f"logbook_client.aio.{tag}.{operation}", fromlist=["stream"])
    async with AsyncClient(
        base_url=base_url, token="t", timeout=0.5, max_retries=0, http_transport=transport
    ) as client:
        with pytest.raises(errors.APIConnectionError) as caught:
            await asyncio.wait_for(_drain(module.stream(client, **kwargs)), 10)
    assert type(caught.value) is expected
    assert type(caught.value.__cause__) is cause


async def _drain(stream: Any) -> list[Any]:
    return [item async for item in stream]


def corrupt_gzip(request: httpx.Request) -> httpx.Response:
    headers = {"content-encoding": "gzip", "content-type": "application/json"}
    return httpx.Response(200, headers=headers, content=b"not a gzip stream")


@pytest.mark.parametrize("twin", TWINS, ids=lambda t: t.name)
@pytest.mark.parametrize("how", ["call", "stream"])
async def test_a_body_that_does_not_decode_is_a_connection_error(twin: Twin, how: str) -> None:
    client = twin.client(corrupt_gzip, max_retries=0)
    with pytest.raises(errors.APIConnectionError) as caught:
        if how == "call":
            await twin.call("datasets", "get_dataset", client, dataset_name="web")
        else:
            stream = twin.module("exports", "download_export").stream(client, export_id=EXPORT_ID)
            await (_drain(stream) if twin.is_async else resolve(list(stream)))
    assert type(caught.value.__cause__) is httpx.DecodingError
