"""Streamed downloads (chunks, to_file, progress, resume) and NDJSON iteration, in both twins.

Every fake server here bounds its work (``Budget``: requests, or bytes of an endless body) and every stream is
drained with a bound, so a broken loop guard fails naming the guard (``test_guard_mutation.py`` checks that).
"""

from __future__ import annotations

import hashlib
import itertools
import json
import tracemalloc
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from logbook_client import errors
from logbook_client._runtime.streaming import Progress
from logbook_client.models.event import Event
from tests.bounds import Budget, drain
from tests.twins import TWINS, Twin

pytestmark = pytest.mark.parametrize("twin", TWINS, ids=lambda t: t.name)

EXPORT_ID = "7f1c0d9e-0000-4000-8000-000000000003"
PAYLOAD = bytes(range(256)) * 4096  # 1 MiB
#: The most chunks or lines one test takes from a stream: a 1 MiB payload in chunks of at least 10,000 bytes is ~105.
MAX_ITEMS = 1000


class Body(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A response body for both twins that can fail after ``fail_after`` bytes, like a dropped connection."""

    def __init__(self, data: bytes, fail_after: int | None = None, chunk: int = 65536) -> None:
        self.data, self.fail_after, self.chunk = data, fail_after, chunk
        self.closed = False

    def _chunks(self) -> Iterator[bytes]:
        for start in range(0, len(self.data), self.chunk):
            if self.fail_after is not None and start >= self.fail_after:
                raise httpx.ReadError("connection dropped")
            yield self.data[start : start + self.chunk]

    def __iter__(self) -> Iterator[bytes]:
        yield from self._chunks()

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self._chunks():
            yield chunk

    def close(self) -> None:
        self.closed = True

    async def aclose(self) -> None:
        self.closed = True


class Exports:
    """A download endpoint honouring Range and If-Range (with an ETag), optionally dropping the first ``drops``
    responses part-way."""

    def __init__(
        self,
        data: bytes = PAYLOAD,
        drop_first_at: int | None = None,
        honour_range: bool = True,
        etag: str | None = '"v1"',
        drops: int = 1,
    ) -> None:
        self.data, self.drop_first_at, self.honour_range = data, drop_first_at, honour_range
        self.etag, self.drops = etag, drops
        self.requests: list[httpx.Request] = []
        self.bodies: list[Body] = []
        self.budget = Budget(10, "the download (guards: download resumes)")

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.budget.spend()
        self.requests.append(request)
        start = 0
        status = 200
        if_range = request.headers.get("if-range")
        if self.honour_range and (value := request.headers.get("range")) and if_range in (None, self.etag):
            start = int(value.removeprefix("bytes=").rstrip("-"))
            status = 206
        fail = self.drop_first_at if len(self.requests) <= self.drops else None
        body = Body(self.data[start:], fail_after=fail)
        self.bodies.append(body)
        headers = {"content-type": "application/octet-stream", "content-length": str(len(self.data) - start)}
        if self.etag is not None:
            headers["etag"] = self.etag
        if status == 206:
            headers["content-range"] = f"bytes {start}-{len(self.data) - 1}/{len(self.data)}"
        return httpx.Response(status, headers=headers, stream=body)


class Recording(Progress):
    def __init__(self) -> None:
        self.events: list[tuple[Any, ...]] = []

    def on_start(self, total: int | None) -> None:
        self.events.append(("start", total))

    def on_progress(self, done: int, total: int | None) -> None:
        self.events.append(("progress", done, total))

    def on_complete(self) -> None:
        self.events.append(("complete",))

    def on_error(self, error: BaseException) -> None:
        self.events.append(("error", type(error).__name__))


class AsyncRecording(Recording):
    async def on_progress(self, done: int, total: int | None) -> None:  # type: ignore[override]
        self.events.append(("progress", done, total))


async def collect(twin: Twin, iterator: Any) -> list[Any]:
    return await drain(iterator, MAX_ITEMS, f"a {twin.name} stream")


async def test_stream_yields_chunks(twin: Twin) -> None:
    server = Exports()
    module = twin.module("exports", "download_export")
    chunks = await collect(twin, module.stream(twin.client(server), export_id=EXPORT_ID, chunk_size=10_000))
    assert b"".join(chunks) == PAYLOAD
    assert max(len(chunk) for chunk in chunks) <= 10_000
    assert server.bodies[0].closed


async def test_leaving_the_stream_early_releases_the_connection(twin: Twin) -> None:
    server = Exports()
    stream = twin.module("exports", "download_export").stream(twin.client(server), export_id=EXPORT_ID)
    if twin.is_async:
        async for _ in stream:
            break
        await stream.aclose()
    else:
        for _ in stream:
            break
        stream.close()
    assert server.bodies[0].closed


async def test_stream_error_status_is_typed(twin: Twin) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(409, json={"title": "Export not ready", "status": 409})

    stream = twin.module("exports", "download_export").stream(twin.client(handler), export_id=EXPORT_ID)
    with pytest.raises(errors.ConflictError) as caught:
        await collect(twin, stream)
    assert caught.value.problem is not None and caught.value.problem.title == "Export not ready"


async def test_to_file_writes_hashes_and_reports_progress(twin: Twin, tmp_path: Path) -> None:
    progress = AsyncRecording() if twin.is_async else Recording()
    target = tmp_path / "export.bin"
    module = twin.module("exports", "download_export")
    result = await twin.call_function(
        module.to_file, twin.client(Exports()), export_id=EXPORT_ID, path=target, progress=progress
    )
    assert target.read_bytes() == PAYLOAD
    assert not target.with_name("export.bin.part").exists()
    assert result.bytes == len(PAYLOAD) and result.resumed_from == 0
    assert result.sha256 == hashlib.sha256(PAYLOAD).hexdigest()
    assert progress.events[0] == ("start", len(PAYLOAD))
    assert progress.events[-1] == ("complete",)
    done = [event[1] for event in progress.events if event[0] == "progress"]
    assert done == sorted(done) and done[-1] == len(PAYLOAD)


async def test_dropped_connection_resumes_with_range(twin: Twin, tmp_path: Path) -> None:
    server = Exports(drop_first_at=300_000)
    module = twin.module("exports", "download_export")
    result = await twin.call_function(
        module.to_file, twin.client(server), export_id=EXPORT_ID, path=tmp_path / "f.bin", progress=Recording()
    )
    assert (tmp_path / "f.bin").read_bytes() == PAYLOAD
    assert result.sha256 == hashlib.sha256(PAYLOAD).hexdigest()
    assert "range" not in server.requests[0].headers
    resumed_at = int(server.requests[1].headers["range"].removeprefix("bytes=").rstrip("-"))
    assert 0 < resumed_at < len(PAYLOAD)
    assert len(server.requests) == 2


async def test_partial_file_from_an_earlier_run_is_resumed(twin: Twin, tmp_path: Path) -> None:
    target = tmp_path / "f.bin"
    module = twin.module("exports", "download_export")
    failing = Exports(drop_first_at=65536, drops=10)  # every attempt of the first run drops after one chunk
    with pytest.raises(errors.APIConnectionError):
        await twin.call_function(module.to_file, twin.client(failing), export_id=EXPORT_ID, path=target)
    kept = target.with_name("f.bin.part").stat().st_size
    assert kept > 0 and not target.exists()
    server = Exports()
    result = await twin.call_function(module.to_file, twin.client(server), export_id=EXPORT_ID, path=target)
    assert server.requests[0].headers["range"] == f"bytes={kept}-"
    assert server.requests[0].headers["if-range"] == '"v1"'
    assert result.resumed_from == kept
    assert target.read_bytes() == PAYLOAD and result.sha256 == hashlib.sha256(PAYLOAD).hexdigest()


async def test_server_ignoring_range_restarts_cleanly(twin: Twin, tmp_path: Path) -> None:
    target = tmp_path / "f.bin"
    target.with_name("f.bin.part").write_bytes(b"stale bytes")
    module = twin.module("exports", "download_export")
    result = await twin.call_function(
        module.to_file, twin.client(Exports(honour_range=False)), export_id=EXPORT_ID, path=target
    )
    assert target.read_bytes() == PAYLOAD and result.resumed_from == 0


async def test_download_failure_reports_error_and_keeps_part(twin: Twin, tmp_path: Path) -> None:
    budget = Budget(10, "the download of a body that always drops (guards: download resumes)")

    def always_drop(request: httpx.Request) -> httpx.Response:
        budget.spend()
        return httpx.Response(200, headers={"content-length": str(len(PAYLOAD))}, stream=Body(PAYLOAD, 65536))

    progress = Recording()
    module = twin.module("exports", "download_export")
    with pytest.raises(errors.APIConnectionError):
        await twin.call_function(
            module.to_file, twin.client(always_drop), export_id=EXPORT_ID, path=tmp_path / "f.bin", progress=progress
        )
    assert progress.events[-1] == ("error", "APIConnectionError")
    assert (tmp_path / "f.bin.part").exists() and not (tmp_path / "f.bin").exists()
    assert budget.spent == 4, f"download resumes: {budget.spent} requests, not 1 + max_resumes (3)"


async def test_ndjson_stream_yields_typed_items(twin: Twin) -> None:
    lines = [{"_time": "2026-11-22T10:00:00+00:00", "service": "api", "status": 200 + i} for i in range(50)]
    body = ("\n".join(json.dumps(line) for line in lines) + "\n\n").encode()

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"content-type": "application/x-ndjson"}, stream=Body(body, chunk=7))

    module = twin.module("query", "stream_events")
    events = await collect(twin, module.stream(twin.client(handler), dataset_name="web"))
    assert len(events) == 50 and all(isinstance(event, Event) for event in events)
    assert events[3]["status"] == 203 and events[0].field_time is not None


async def test_an_endless_ndjson_stream_is_read_one_line_at_a_time(twin: Twin) -> None:
    line = b'{"_time": "2026-11-22T10:00:00+00:00", "service": "api", "status": 200}\n'
    # The first ten items need ten lines, and httpx reads ahead at most a chunk: 64 KiB is far more than enough.
    budget = Budget(64 * 1024, "the NDJSON stream of an endless body (guards: one line at a time)", unit="bytes")

    class Endless(httpx.SyncByteStream, httpx.AsyncByteStream):
        def __iter__(self) -> Iterator[bytes]:
            while True:
                budget.spend(len(line))
                yield line

        async def __aiter__(self) -> AsyncIterator[bytes]:
            for chunk in self:
                yield chunk

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"content-type": "application/x-ndjson"}, stream=Endless())

    stream = twin.module("query", "stream_events").stream(twin.client(handler), dataset_name="web")
    if twin.is_async:
        events = []
        async for event in stream:  # the bound: ten items, then break (islice in the sync twin)
            events.append(event)
            if len(events) == 10:
                break
        await stream.aclose()
    else:
        events = list(itertools.islice(stream, 10))
        stream.close()
    assert len(events) == 10 and all(event["status"] == 200 for event in events)
    assert budget.spent <= 16 * len(line), f"one line at a time: {budget.spent} bytes read for 10 lines"


async def test_ndjson_bad_line_is_a_decoding_error(twin: Twin) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=b'{"a": 1}\n{"b": \n', headers={"content-type": "application/x-ndjson"})

    module = twin.module("query", "stream_events")
    with pytest.raises(errors.ResponseDecodingError, match="line 2"):
        await collect(twin, module.stream(twin.client(handler), dataset_name="web"))


async def test_download_memory_stays_flat(twin: Twin, tmp_path: Path) -> None:
    size = 64 * 1024 * 1024

    class Zeros(httpx.SyncByteStream, httpx.AsyncByteStream):
        def __iter__(self) -> Iterator[bytes]:
            chunk = bytes(65536)
            for _ in range(size // 65536):
                yield chunk

        async def __aiter__(self) -> AsyncIterator[bytes]:
            for chunk in self:
                yield chunk

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"content-length": str(size)}, stream=Zeros())

    module = twin.module("exports", "download_export")
    tracemalloc.start()
    try:
        result = await twin.call_function(
            module.to_file, twin.client(handler), export_id=EXPORT_ID, path=tmp_path / "z"
        )
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert result.bytes == size
    assert peak < 4 * 1024 * 1024, f"peak {peak / 1e6:.1f} MB for a {size / 1e6:.0f} MB download"
