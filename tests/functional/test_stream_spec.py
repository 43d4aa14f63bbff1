"""Byte-range downloads and NDJSON streams of any spec, not only Logbook's: a synthetic spec whose download
declares its range header in lower case (``range``) and whose NDJSON lines are untyped. The generated ``to_file``
resumes inside the caller's range with ``If-Range``, and ``stream`` keeps U+2028 inside strings. Both twins."""

from __future__ import annotations

import importlib
import io
import json
import sys
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

from generator import generate
from tests.twins import resolve

SPEC = """
openapi: 3.0.3
info: {title: Streams, version: "1.0"}
servers: [{url: "http://streams.test"}]
paths:
  /blobs/{name}:
    get:
      operationId: get_blob
      parameters:
        - {name: name, in: path, required: true, schema: {type: string}}
        - {name: range, in: header, required: false, schema: {type: string}}
      responses:
        "200":
          description: The blob.
          content: {application/octet-stream: {schema: {type: string, format: binary}}}
        "206":
          description: Part of the blob.
          content: {application/octet-stream: {schema: {type: string, format: binary}}}
  /render:
    post:
      operationId: render
      requestBody:
        required: true
        content: {application/octet-stream: {schema: {type: string, format: binary}}}
      responses:
        "200":
          description: The rendered document.
          content: {application/octet-stream: {schema: {type: string, format: binary}}}
  /lines:
    get:
      operationId: get_lines
      responses:
        "200":
          description: One JSON value per line.
          content: {application/x-ndjson: {schema: {type: string}}}
"""

DATA = bytes(range(256)) * 1024  # 256 KiB
DROP_AT = 65_536


@pytest.fixture(scope="module")
def streams(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    root = tmp_path_factory.mktemp("streams")
    (root / "streams.yaml").write_text(SPEC)
    generate(root / "streams.yaml", root / "out", package_name="streams_client")
    sys.path.insert(0, str(root / "out"))
    try:
        yield importlib.import_module("streams_client")
    finally:
        sys.path.remove(str(root / "out"))
        for name in [name for name in sys.modules if name.split(".")[0] == "streams_client"]:
            del sys.modules[name]


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


class Body(httpx.SyncByteStream, httpx.AsyncByteStream):
    def __init__(self, data: bytes, drop: bool) -> None:
        self.data, self.drop = data, drop

    def __iter__(self) -> Iterator[bytes]:
        yield self.data[:DROP_AT] if self.drop else self.data
        if self.drop:
            raise httpx.RemoteProtocolError("peer closed connection without sending complete message body")

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self:
            yield chunk


def client(streams: ModuleType, mode: str, handler: Any) -> Any:
    http = (httpx.AsyncClient if mode == "async" else httpx.Client)(transport=httpx.MockTransport(handler))
    return (streams.AsyncClient if mode == "async" else streams.Client)(http_client=http, max_retries=0)


def operation(mode: str, name: str) -> Any:
    return importlib.import_module(f"streams_client.{'aio' if mode == 'async' else 'api'}.default.{name}")


async def test_download_resumes_inside_a_lower_case_range_header(
    streams: ModuleType, mode: str, tmp_path: Path
) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        start = int(request.headers["range"].removeprefix("bytes=").split("-")[0])
        headers = {"etag": '"b1"', "content-length": str(len(DATA) - start)}
        headers["content-range"] = f"bytes {start}-{len(DATA) - 1}/{len(DATA)}"
        return httpx.Response(206, headers=headers, stream=Body(DATA[start:], drop=len(seen) == 1))

    target = tmp_path / "blob.bin"
    call = operation(mode, "get_blob").to_file(
        client(streams, mode, handler), name="b", range_="bytes=1000-", path=target
    )
    result = await resolve(call)
    assert [request.headers.get_list("range") for request in seen] == [["bytes=1000-"], [f"bytes={1000 + DROP_AT}-"]]
    assert seen[1].headers["if-range"] == '"b1"'
    assert target.read_bytes() == DATA[1000:] and result.bytes == len(DATA) - 1000


async def test_untyped_ndjson_keeps_unicode_line_separators(streams: ModuleType, mode: str) -> None:
    values = [{"text": "a\u2028b"}, {"text": "c\u0085d"}, [1, "\u2029"]]
    body = "\r\n".join(json.dumps(value, ensure_ascii=False) for value in values).encode()

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"content-type": "application/x-ndjson"}, content=body)

    stream = operation(mode, "get_lines").stream(client(streams, mode, handler))
    got = [value async for value in stream] if mode == "async" else list(stream)
    assert got == values


async def test_download_with_a_file_body_is_not_sent_twice(streams: ModuleType, mode: str, tmp_path: Path) -> None:
    bodies: list[bytes] = []

    def handler(request: httpx.Request) -> httpx.Response:
        bodies.append(request.read())
        headers = {"etag": '"r1"', "content-length": str(len(DATA))}
        return httpx.Response(200, headers=headers, stream=Body(DATA, drop=True))

    from streams_client.types import File

    document = File(payload=io.BytesIO(b"%PDF source"))
    render = operation(mode, "render")
    with pytest.raises(streams.APIConnectionError, match="failed at byte"):
        await resolve(render.to_file(client(streams, mode, handler), body=document, path=tmp_path / "out.pdf"))
    assert bodies == [b"%PDF source"]  # a second attempt would have sent an empty body
