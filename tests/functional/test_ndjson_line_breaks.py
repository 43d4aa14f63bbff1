"""NDJSON items are split at ``\n`` (and ``\r\n``) only: U+2028, U+2029 and U+0085 are legal unescaped inside
JSON strings, so a stream holding them yields every item whole. Both twins."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest

from tests.twins import TWINS, Twin

pytestmark = pytest.mark.parametrize("twin", TWINS, ids=lambda t: t.name)

MESSAGES = ["plain", "copied from a web page:\u2028second line", "para\u2029graph", "NEL\u0085inside", "tab\tand \r"]


class Chunks(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body sent in chunks of ``size`` bytes, so that lines and UTF-8 sequences straddle chunk boundaries."""

    def __init__(self, data: bytes, size: int) -> None:
        self.data, self.size = data, size

    def __iter__(self) -> Iterator[bytes]:
        for start in range(0, len(self.data), self.size):
            yield self.data[start : start + self.size]

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self:
            yield chunk


def body(line_end: str) -> bytes:
    lines = [json.dumps({"message": text, "status": n}, ensure_ascii=False) for n, text in enumerate(MESSAGES)]
    return (line_end.join(lines) + line_end + line_end).encode()


async def collect(twin: Twin, data: bytes, size: int) -> list[Any]:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"content-type": "application/x-ndjson"}, stream=Chunks(data, size))

    stream = twin.module("query", "stream_events").stream(twin.client(handler), dataset_name="web")
    if twin.is_async:
        return [event async for event in stream]
    return list(stream)


@pytest.mark.parametrize("line_end", ["\n", "\r\n"], ids=["lf", "crlf"])
@pytest.mark.parametrize("size", [3, 65536])
async def test_unicode_line_separators_inside_strings_keep_items_whole(twin: Twin, line_end: str, size: int) -> None:
    events = await collect(twin, body(line_end), size)
    assert [event["message"] for event in events] == MESSAGES
    assert [event["status"] for event in events] == list(range(len(MESSAGES)))


async def test_last_line_without_a_line_break_is_an_item(twin: Twin) -> None:
    events = await collect(twin, body("\n").rstrip(b"\n"), 5)
    assert [event["message"] for event in events] == MESSAGES
