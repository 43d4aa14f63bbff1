"""Request bodies of sequential JSON media types (tests/specs/sequential_request_bodies.yaml), both twins.

An iterable of models or dicts (and, async, an async iterable) is encoded one JSON text per item (JSON Lines:
``item\\n``; JSON-seq, RFC 7464: ``\\x1e item\\n``), under the declared Content-Type, and streamed: the transport
receives one chunk per item, each pulled from the caller's iterable only when the transport asks for it. A str or
bytes body is sent as it is. A streamed body is sent once: a failure that would be retried is raised instead.
"""

from __future__ import annotations

import importlib
import json
import math
import sys
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

from generator import generate
from tests.twins import resolve

SPEC = Path(__file__).resolve().parents[1] / "specs" / "sequential_request_bodies.yaml"
PACKAGE = "uploads_client"
OPERATIONS = {  # operation -> (media type, what starts each item)
    "replace_ticks": ("application/jsonl", b""),
    "append_ticks": ("application/x-ndjson", b""),
    "append_tick_sequence": ("application/json-seq", b"\x1e"),
}
STORED = httpx.Response(200, json={"count": 2})


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    out = tmp_path_factory.mktemp("uploads") / "out"
    generate(SPEC, out, package_name=PACKAGE)
    sys.path.insert(0, str(out))
    try:
        yield importlib.import_module(PACKAGE)
    finally:
        sys.path.remove(str(out))
        for name in [name for name in sys.modules if name.split(".")[0] == PACKAGE]:
            del sys.modules[name]


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest, package: ModuleType) -> str:
    return str(request.param)


def tick(seq: int, price: float) -> Any:
    return importlib.import_module(f"{PACKAGE}.models.tick").Tick(seq=seq, price=price)


def op(mode: str, name: str) -> ModuleType:
    return importlib.import_module(f"{PACKAGE}.{'aio' if mode == 'async' else 'api'}.feeds.{name}")


def client(mode: str, transport: httpx.BaseTransport | httpx.AsyncBaseTransport, **kwargs: Any) -> Any:
    package = importlib.import_module(PACKAGE)
    http = httpx.AsyncClient(transport=transport) if mode == "async" else httpx.Client(transport=transport)
    cls = package.AsyncClient if mode == "async" else package.Client
    return cls(http_client=http, base_url="https://uploads.example", **kwargs)


class Recorder(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Reads each request body chunk by chunk, noting how many items the caller's iterable had handed out when the
    request arrived and after each chunk; answers with ``responses`` in turn (the last one repeats)."""

    def __init__(self, pulled: Callable[[], int] = lambda: 0, *responses: httpx.Response) -> None:
        self.pulled, self.responses = pulled, list(responses) or [STORED]
        self.requests: list[httpx.Request] = []
        self.bodies: list[bytes] = []
        self.chunks: list[list[bytes]] = []
        self.at_start: list[int] = []
        self.after_chunk: list[list[int]] = []

    def _start(self, request: httpx.Request) -> None:
        self.requests.append(request)
        self.at_start.append(self.pulled())
        self.chunks.append([])
        self.after_chunk.append([])

    def _chunk(self, chunk: bytes) -> None:
        self.chunks[-1].append(chunk)
        self.after_chunk[-1].append(self.pulled())

    def _answer(self) -> httpx.Response:
        self.bodies.append(b"".join(self.chunks[-1]))
        response = self.responses[min(len(self.requests), len(self.responses)) - 1]
        return httpx.Response(response.status_code, headers=response.headers, content=response.content)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self._start(request)
        for chunk in request.stream:
            self._chunk(chunk)
        return self._answer()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self._start(request)
        async for chunk in request.stream:
            self._chunk(chunk)
        return self._answer()


class Items:
    """A generator of items that counts how many it has handed out."""

    def __init__(self, items: list[Any]) -> None:
        self.items, self.pulled = items, 0

    def __iter__(self) -> Iterator[Any]:
        for item in self.items:
            self.pulled += 1
            yield item

    async def aiter(self) -> AsyncIterator[Any]:
        for item in self.items:
            self.pulled += 1
            yield item


async def send(mode: str, name: str, body: Any, transport: Recorder, **kwargs: Any) -> Any:
    api = client(mode, transport, **kwargs)
    try:
        return await resolve(op(mode, name).call(api, feed="btc", body=body))
    finally:
        await resolve(api.aclose() if mode == "async" else api.close())


@pytest.mark.parametrize("name", list(OPERATIONS))
async def test_items_are_sent_one_json_text_each_under_the_declared_media_type(mode: str, name: str) -> None:
    media_type, start = OPERATIONS[name]
    transport = Recorder()
    stored = await send(mode, name, iter([tick(1, 1.5), {"seq": 2, "price": 2.5, "note": "é\u2028"}]), transport)
    assert stored.count == 2
    request = transport.requests[0]
    assert request.headers["Content-Type"] == media_type
    assert request.headers["Transfer-Encoding"] == "chunked" and "Content-Length" not in request.headers
    lines = [b'{"seq":1,"price":1.5}', '{"seq":2,"price":2.5,"note":"é\u2028"}'.encode()]
    assert transport.bodies == [b"".join(start + line + b"\n" for line in lines)]


async def test_the_body_is_streamed_item_by_item_not_built_first(mode: str) -> None:
    items = Items([tick(n, n / 2) for n in range(5)])
    transport = Recorder(lambda: items.pulled)
    await send(mode, "replace_ticks", iter(items), transport)
    assert transport.at_start == [0]  # building the request encoded nothing
    assert transport.after_chunk == [[1, 2, 3, 4, 5]]  # each item pulled when the transport took its chunk
    assert [json.loads(chunk) for chunk in transport.chunks[0]] == [{"seq": n, "price": n / 2} for n in range(5)]


async def test_the_async_twin_streams_an_async_iterable() -> None:
    items = Items([tick(1, 1.0), {"seq": 2, "price": 2.0}])
    transport = Recorder(lambda: items.pulled)
    await send("async", "append_tick_sequence", items.aiter(), transport)
    assert transport.at_start == [0] and transport.after_chunk == [[1, 2]]
    assert transport.bodies == [b'\x1e{"seq":1,"price":1.0}\n\x1e{"seq":2,"price":2.0}\n']


async def test_the_sync_twin_refuses_an_async_iterable_by_name(package: ModuleType) -> None:
    with pytest.raises(TypeError, match="body: an async iterable is sent by the async client"):
        await send("sync", "append_ticks", Items([tick(1, 1.0)]).aiter(), Recorder())


@pytest.mark.parametrize("body", ['{"seq":1,"price":1.5}\n', b'{"seq":1,"price":1.5}\n'])
async def test_text_and_bytes_are_sent_as_they_are(mode: str, body: str | bytes) -> None:
    transport = Recorder()
    await send(mode, "append_ticks", body, transport)
    assert transport.bodies == [b'{"seq":1,"price":1.5}\n']
    assert transport.requests[0].headers["Content-Length"] == "22"
    assert transport.requests[0].headers["Content-Type"] == "application/x-ndjson"


async def test_a_streamed_body_is_not_sent_again(mode: str) -> None:
    unavailable = httpx.Response(503, headers={"Retry-After": "0"}, json={"title": "Try again"})
    errors = importlib.import_module(f"{PACKAGE}.errors")
    # The PUT is retried on a 503 when its body can be sent again (the same text, twice)...
    text = Recorder(lambda: 0, unavailable, STORED)
    assert (await send(mode, "replace_ticks", '{"seq":1,"price":1.0}\n', text, max_retries=2)).count == 2
    assert text.bodies == [b'{"seq":1,"price":1.0}\n'] * 2
    # ...a streamed body was consumed by the first attempt: the 503 is raised, nothing is sent again.
    streamed = Recorder(lambda: 0, unavailable, STORED)
    with pytest.raises(errors.APIStatusError) as caught:
        await send(mode, "replace_ticks", iter([tick(1, 1.0)]), streamed, max_retries=2)
    assert caught.value.status_code == 503
    assert streamed.bodies == [b'{"seq":1,"price":1.0}\n']


async def test_an_item_that_is_not_json_is_named_by_its_position(mode: str) -> None:
    with pytest.raises(ValueError, match="body item 1: Out of range float values are not JSON compliant"):
        await send(mode, "append_ticks", iter([tick(1, 1.0), {"seq": 2, "price": math.nan}]), Recorder())
    with pytest.raises(TypeError, match="body item 0: Object of type object is not JSON serializable"):
        await send(mode, "append_ticks", [{"seq": object()}], Recorder())


async def test_a_mapping_is_one_item_not_a_body(mode: str) -> None:
    with pytest.raises(TypeError, match=r"body: application/x-ndjson takes str, bytes or an iterable.*in a list"):
        await send(mode, "append_ticks", {"seq": 1, "price": 1.0}, Recorder())
