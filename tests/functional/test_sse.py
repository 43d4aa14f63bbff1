"""Server-Sent Events and JSON Lines from tests/specs/sequential_media.yaml (OpenAPI 3.2), in both twins.

The package is generated once; every test drives its sync and async twin over one ``httpx.MockTransport`` handler.
Every stream is bounded: a test never reads more events than ``LIMIT``, so a decoder or resume loop that runs away
fails on the bound instead of hanging.
"""

from __future__ import annotations

import importlib
import json
import sys
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

from generator import GenerationReport, generate
from tests.twins import resolve

SPEC = Path(__file__).resolve().parents[1] / "specs" / "sequential_media.yaml"
PACKAGE = "streams_client"
LIMIT = 50


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[GenerationReport]:
    out = tmp_path_factory.mktemp("sse") / "out"
    report = generate(SPEC, out, package_name=PACKAGE)
    sys.path.insert(0, str(out))
    try:
        yield report
    finally:
        sys.path.remove(str(out))
        for name in [name for name in sys.modules if name.split(".")[0] == PACKAGE]:
            del sys.modules[name]


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest, built: GenerationReport) -> str:
    return str(request.param)


class Body(httpx.SyncByteStream, httpx.AsyncByteStream):
    """An event-stream body sent in ``chunks``; raises ``httpx.ReadError`` after them when ``drop``."""

    def __init__(self, chunks: list[bytes], drop: bool = False) -> None:
        self.chunks, self.drop, self.closed, self.sent = chunks, drop, False, 0

    def _iter(self) -> Iterator[bytes]:
        for chunk in self.chunks:
            self.sent += 1
            yield chunk
        if self.drop:
            raise httpx.ReadError("connection dropped mid-stream")

    def __iter__(self) -> Iterator[bytes]:
        yield from self._iter()

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self._iter():
            yield chunk

    def close(self) -> None:
        self.closed = True

    async def aclose(self) -> None:
        self.closed = True


def sse(chunks: list[bytes], drop: bool = False, status: int = 200) -> tuple[httpx.Response, Body]:
    body = Body(chunks, drop)
    return httpx.Response(status, headers={"content-type": "text/event-stream"}, stream=body), body


def client(mode: str, handler: Callable[[httpx.Request], httpx.Response], **kwargs: Any) -> Any:
    package = importlib.import_module(PACKAGE)
    http = (httpx.AsyncClient if mode == "async" else httpx.Client)(transport=httpx.MockTransport(handler))
    cls = package.AsyncClient if mode == "async" else package.Client
    return cls(http_client=http, base_url="https://streams.example", **kwargs)


def op(mode: str, tag: str, name: str) -> ModuleType:
    return importlib.import_module(f"{PACKAGE}.{'aio' if mode == 'async' else 'api'}.{tag}.{name}")


async def take(mode: str, stream: Any, limit: int = LIMIT) -> list[Any]:
    """The events of ``stream`` inside its context manager, failing past ``limit`` events."""
    events: list[Any] = []
    if mode == "async":
        async with stream as opened:
            async for event in opened:
                events.append(event)
                assert len(events) <= limit, "the event stream did not end"
    else:
        with stream as opened:
            for event in opened:
                events.append(event)
                assert len(events) <= limit, "the event stream did not end"
    return events


TICKS = [b'id: 1\ndata: {"seq": 1, "price": 1.5}\n\n', b'id: 2\ndata: {"seq": 2, "pr', b'ice": 2.5}\n\n']


async def test_events_are_typed_and_carry_their_fields(mode: str) -> None:
    response, body = sse([b": hello\n", b"retry: 10\n", *TICKS, b"event: ping\n\n"])
    stream = op(mode, "feeds", "tail_ticks").stream(client(mode, lambda r: response), feed="btc")
    events = await take(mode, stream)
    tick = importlib.import_module(f"{PACKAGE}.models.tick").Tick
    assert [type(e.data) for e in events[:2]] == [tick, tick]
    assert [(e.data.seq, e.data.price, e.id) for e in events[:2]] == [(1, 1.5, "1"), (2, 2.5, "2")]
    assert events[0].retry == 10 and events[0].event == "message"
    assert len(events) == 2  # "event: ping" without data is a keep-alive, not an event (WHATWG)
    assert body.closed


async def test_done_sentinel_ends_the_stream(mode: str) -> None:
    response, body = sse([TICKS[0], b"data: [DONE]\n\n", b'data: {"seq": 9, "price": 0}\n\n'])
    events = await take(mode, op(mode, "feeds", "tail_ticks").stream(client(mode, lambda r: response), feed="x"))
    assert [e.data.seq for e in events] == [1]
    assert body.closed


async def test_breaking_out_closes_the_connection(mode: str) -> None:
    response, body = sse([TICKS[0], TICKS[1] + TICKS[2], b'data: {"seq": 3, "price": 0}\n\n'])
    stream = op(mode, "feeds", "tail_ticks").stream(client(mode, lambda r: response), feed="x")
    if mode == "async":
        async with stream as events:
            async for _ in events:
                break
    else:
        with stream as events:
            for _ in events:
                break
    assert body.closed and body.sent < 3


async def test_error_event_raises_the_typed_error(mode: str) -> None:
    errors = importlib.import_module(f"{PACKAGE}.errors")
    error = b'event: error\ndata: {"error": {"message": "quota exceeded", "type": "quota", "code": "q1"}}\n\n'
    response, _ = sse([TICKS[0], error])
    with pytest.raises(errors.StreamEventError) as caught:
        await take(mode, op(mode, "feeds", "tail_ticks").stream(client(mode, lambda r: response), feed="x"))
    assert str(caught.value) == "quota exceeded"
    assert (caught.value.code, caught.value.type) == ("q1", "quota")


async def test_error_event_reads_the_same_envelopes_as_status_errors(mode: str) -> None:
    errors = importlib.import_module(f"{PACKAGE}.errors")
    error = b'event: error\ndata: {"errors": [{"message": "shard lost", "code": 503}, {"message": "x"}]}\n\n'
    response, _ = sse([TICKS[0], error])
    with pytest.raises(errors.StreamEventError) as caught:
        await take(mode, op(mode, "feeds", "tail_ticks").stream(client(mode, lambda r: response), feed="x"))
    assert str(caught.value) == "shard lost (and 1 more)"
    assert caught.value.code == "503"


async def test_a_dropped_get_stream_resumes_with_last_event_id(mode: str) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if len(seen) == 1:
            return sse([b"retry: 1\n", *TICKS, b'id: 3\ndata: {"seq": 3, "pri'], drop=True)[0]
        assert len(seen) <= 3, "resumed too often"
        return sse([b'id: 3\ndata: {"seq": 3, "price": 3.5}\n\n', b"data: [DONE]\n\n"])[0]

    stream = op(mode, "feeds", "tail_ticks").stream(client(mode, handler), feed="x")
    events = await take(mode, stream)
    assert [e.data.seq for e in events] == [1, 2, 3]  # no loss, no repeat
    assert stream.resumes == 1
    assert "last-event-id" not in seen[0].headers
    assert seen[1].headers["last-event-id"] == "2"


async def test_resume_gives_up_after_max_resumes(mode: str) -> None:
    errors = importlib.import_module(f"{PACKAGE}.errors")
    calls = 0

    def handler(request: httpx.Request) -> httpx.Response:
        nonlocal calls
        calls += 1
        assert calls <= 5, "resumed past max_resumes"
        return sse([b"retry: 1\n", TICKS[0]], drop=True)[0]

    stream = op(mode, "feeds", "tail_ticks").stream(client(mode, handler), feed="x", max_resumes=2)
    with pytest.raises(errors.APIConnectionError, match="gave up after 2 resumes"):
        await take(mode, stream)
    assert calls == 3


async def test_events_without_ids_are_not_resumed(mode: str) -> None:
    errors = importlib.import_module(f"{PACKAGE}.errors")
    calls = 0

    def handler(request: httpx.Request) -> httpx.Response:
        nonlocal calls
        calls += 1
        return sse([b'retry: 1\ndata: {"seq": 1, "price": 1}\n\n'], drop=True)[0]

    with pytest.raises(errors.APIConnectionError, match="could repeat"):
        await take(mode, op(mode, "feeds", "tail_ticks").stream(client(mode, handler), feed="x"))
    assert calls == 1


async def test_post_stream_sets_the_flag_and_is_never_resent(mode: str) -> None:
    errors = importlib.import_module(f"{PACKAGE}.errors")
    models = importlib.import_module(f"{PACKAGE}.models")
    seen: list[httpx.Request] = []
    chunks = [b'data: {"type": "delta", "delta": "Hel"}\n\n', b'data: {"type": "done", "tokens": 3}\n\n']

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return sse(chunks, drop=len(seen) == 2)[0]

    chat = op(mode, "chat", "create_chat")
    c = client(mode, handler)
    events = await take(mode, chat.stream(c, body=models.ChatRequest(prompt="hi")))
    assert [type(e.data).__name__ for e in events] == ["ChatDelta", "ChatDone"]
    assert json.loads(seen[0].content) == {"prompt": "hi", "stream": True}
    with pytest.raises(errors.APIConnectionError, match="other than GET"):
        await take(mode, chat.stream(c, body=models.ChatRequest(prompt="again")))
    assert len(seen) == 2


async def test_post_stream_sets_the_flag_on_field_arguments_and_dict_bodies(mode: str) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return sse([b'data: {"type": "done", "tokens": 3}\n\n'])[0]

    chat = op(mode, "chat", "create_chat")
    c = client(mode, handler)
    await take(mode, chat.stream(c, prompt="hi"))
    await take(mode, chat.stream(c, body={"prompt": "hey"}))
    assert [json.loads(request.content) for request in seen] == [
        {"prompt": "hi", "stream": True},
        {"prompt": "hey", "stream": True},
    ]


async def test_call_keeps_the_json_answer(mode: str) -> None:
    models = importlib.import_module(f"{PACKAGE}.models")
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"text": "Hello"})

    result = await resolve(op(mode, "chat", "create_chat").call(client(mode, handler), body=models.ChatRequest("hi")))
    assert result.text == "Hello"
    assert json.loads(seen[0].content) == {"prompt": "hi", "stream": False}


async def test_untyped_events_decode_json_or_keep_text_and_named_events_their_model(mode: str) -> None:
    tick = b'event: tick\ndata: {"seq": 4, "price": 1}\n\n'
    response, _ = sse([b'data: {"a": 1}\n\n', b"data: plain text\n\n", tick])
    events = await take(mode, op(mode, "feeds", "raw_events").stream(client(mode, lambda r: response), feed="x"))
    assert [e.data for e in events[:2]] == [{"a": 1}, "plain text"]
    assert events[1].raw_data == "plain text"
    assert (type(events[2].data).__name__, events[2].data.seq) == ("Tick", 4)


@pytest.mark.parametrize(
    ("operation", "media", "body"),
    [
        ("export_ticks", "application/jsonl", b'{"seq": 1, "price": 1.0}\n{"seq": 2, "price": 2.0}\n'),
        ("export_tick_sequence", "application/json-seq", b'\x1e{"seq": 1, "price": 1.0}\n\x1e{"seq": 2, "price": 2}\n'),
    ],
)
async def test_json_lines_and_sequences_stream_typed_items(mode: str, operation: str, media: str, body: bytes) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"content-type": media}, content=body)

    stream = op(mode, "feeds", operation).stream(client(mode, handler), feed="x")
    items = [item async for item in stream] if mode == "async" else list(stream)
    assert [(type(i).__name__, i.seq) for i in items] == [("Tick", 1), ("Tick", 2)]


def test_openapi_32_features_are_set_aside_with_a_located_warning(built: GenerationReport) -> None:
    assert "#/paths/~1chat/query: the QUERY method (OpenAPI 3.2) is not supported yet: left out" in built.warnings
    assert built.spec_operations == 5 and built.operations == 5
