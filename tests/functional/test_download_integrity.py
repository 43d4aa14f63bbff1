"""to_file never writes a file the server never had: resumes are validated (If-Range), offsets follow the caller's
own Range, encoded bodies are asked for as identity, and a 416 to a resume is understood. Both twins."""

from __future__ import annotations

import gzip
import hashlib
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from logbook_client import errors
from tests.twins import TWINS, Twin

pytestmark = pytest.mark.parametrize("twin", TWINS, ids=lambda t: t.name)

EXPORT_ID = "7f1c0d9e-0000-4000-8000-000000000003"
OLD = b"A" * 200_000  # version 1 of the export
NEW = b"B" * 200_000  # version 2, the same size
DROP_AT = 65_536  # one whole chunk of to_file's reads


class Dropping(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body that fails with a dropped connection after ``keep`` bytes (all of it when ``keep`` is None)."""

    def __init__(self, data: bytes, keep: int | None = None) -> None:
        self.data, self.keep = data, keep

    def __iter__(self) -> Iterator[bytes]:
        yield self.data[: self.keep] if self.keep is not None else self.data
        if self.keep is not None:
            raise httpx.RemoteProtocolError("peer closed connection without sending complete message body")

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self:
            yield chunk


def start_of(request: httpx.Request) -> int | None:
    value = request.headers.get("range")
    return int(value.removeprefix("bytes=").split("-")[0]) if value else None


class ChangingExport:
    """The export is replaced by a new version right after the first response, which drops part-way.

    ``validator`` is the header naming the version (``etag``, ``last-modified`` or none); ``honours_if_range``
    says whether a stale ``If-Range`` gets the whole new version (200) or, like a careless server, a 206 anyway.
    """

    def __init__(self, validator: str | None = "etag", honours_if_range: bool = True) -> None:
        self.validator, self.honours_if_range = validator, honours_if_range
        self.requests: list[httpx.Request] = []

    def tag(self, version: int) -> dict[str, str]:
        if self.validator == "etag":
            return {"etag": f'"v{version}"'}
        if self.validator == "last-modified":
            return {"last-modified": f"Sat, 0{version} Dec 2026 10:00:00 GMT"}
        return {}

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if len(self.requests) == 1:
            headers = {"content-length": str(len(OLD)), **self.tag(1)}
            return httpx.Response(200, headers=headers, stream=Dropping(OLD, DROP_AT))
        start = start_of(request)
        current = next(iter(self.tag(2).values()), None)
        stale = request.headers.get("if-range") not in (None, current)
        if start is None or (stale and self.honours_if_range):
            return httpx.Response(200, headers={"content-length": str(len(NEW)), **self.tag(2)}, content=NEW)
        headers = {"content-range": f"bytes {start}-{len(NEW) - 1}/{len(NEW)}", **self.tag(2)}
        return httpx.Response(206, headers=headers, content=NEW[start:])


async def to_file(twin: Twin, handler: Any, path: Path, **kwargs: Any) -> Any:
    module = twin.module("exports", "download_export")
    return await twin.call_function(module.to_file, twin.client(handler), export_id=EXPORT_ID, path=path, **kwargs)


@pytest.mark.parametrize("honours_if_range", [True, False], ids=["server-honours-if-range", "server-ignores-it"])
async def test_a_file_changed_between_attempts_is_never_spliced(
    twin: Twin, tmp_path: Path, honours_if_range: bool
) -> None:
    server = ChangingExport(honours_if_range=honours_if_range)
    result = await to_file(twin, server, tmp_path / "export.bin")
    data = (tmp_path / "export.bin").read_bytes()
    assert data == NEW, f"{data.count(b'A')} bytes of version 1 + {data.count(b'B')} of version 2"
    assert result.sha256 == hashlib.sha256(NEW).hexdigest() and result.resumed_from == 0
    assert server.requests[1].headers.get("if-range") == '"v1"'
    assert not (tmp_path / "export.bin.part").exists() and not (tmp_path / "export.bin.part.json").exists()


async def test_last_modified_is_the_validator_without_an_etag(twin: Twin, tmp_path: Path) -> None:
    server = ChangingExport(validator="last-modified", honours_if_range=False)
    await to_file(twin, server, tmp_path / "export.bin")
    assert server.requests[1].headers.get("if-range") == "Sat, 01 Dec 2026 10:00:00 GMT"
    assert (tmp_path / "export.bin").read_bytes() == NEW


async def test_without_a_validator_a_dropped_download_starts_again(twin: Twin, tmp_path: Path) -> None:
    server = ChangingExport(validator=None)
    result = await to_file(twin, server, tmp_path / "export.bin")
    assert "range" not in server.requests[1].headers  # nothing proves the bytes kept are of the same file
    assert (tmp_path / "export.bin").read_bytes() == NEW and result.resumed_from == 0


async def test_resume_continues_inside_the_callers_range(twin: Twin, tmp_path: Path) -> None:
    data = bytes(range(256)) * 1000
    requests: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        start = start_of(request) or 0
        headers = {"content-range": f"bytes {start}-{len(data) - 1}/{len(data)}", "etag": '"same"'}
        keep = DROP_AT if len(requests) == 1 else None
        headers["content-length"] = str(len(data) - start)
        return httpx.Response(206, headers=headers, stream=Dropping(data[start:], keep))

    result = await to_file(twin, handler, tmp_path / "tail.bin", range_="bytes=1000-")
    assert [r.headers["range"] for r in requests] == ["bytes=1000-", f"bytes={1000 + DROP_AT}-"]
    assert (tmp_path / "tail.bin").read_bytes() == data[1000:]
    assert result.bytes == len(data) - 1000


class GzipExport:
    """Serves the export gzip-encoded whenever the request allows it (``always``: even when it does not)."""

    plain = b"ts,level,message\n" + b"2026-01-01T00:00:00Z,info,hello world\n" * 20_000

    def __init__(self, always: bool = False) -> None:
        self.always = always
        self.encoded = gzip.compress(self.plain)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if not self.always and "gzip" not in request.headers.get("accept-encoding", ""):
            return httpx.Response(200, headers={"content-length": str(len(self.plain))}, content=self.plain)
        start = start_of(request)
        if start is not None and start >= len(self.encoded):
            return httpx.Response(416, headers={"content-range": f"bytes */{len(self.encoded)}"})
        headers = {"content-encoding": "gzip", "content-length": str(len(self.encoded)), "etag": '"gz"'}
        return httpx.Response(200, headers=headers, content=self.encoded)


@pytest.mark.parametrize("always", [False, True], ids=["gzip-when-allowed", "gzip-always"])
async def test_gzip_encoded_download_succeeds_and_again(twin: Twin, tmp_path: Path, always: bool) -> None:
    server = GzipExport(always=always)
    for _ in range(2):
        result = await to_file(twin, server, tmp_path / "export.csv")
        assert (tmp_path / "export.csv").read_bytes() == GzipExport.plain
        assert result.bytes == len(GzipExport.plain)
        assert not (tmp_path / "export.csv.part").exists()
    assert all(request.headers["accept-encoding"] == "identity" for request in server.requests)


async def test_unsatisfiable_range_for_a_complete_part_finishes(twin: Twin, tmp_path: Path) -> None:
    data = bytes(range(256)) * 512  # two whole chunks of to_file's reads
    requests: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        start = start_of(request)
        if start is not None and start >= len(data):
            return httpx.Response(416, headers={"content-range": f"bytes */{len(data)}"})
        if len(requests) == 1:  # the whole body, but the connection drops before the last byte is confirmed
            headers = {"content-length": str(len(data) + 10), "etag": '"v1"'}
            return httpx.Response(200, headers=headers, stream=Dropping(data, len(data)))
        return httpx.Response(500)

    result = await to_file(twin, handler, tmp_path / "f.bin")
    assert requests[1].headers["range"] == f"bytes={len(data)}-"
    assert (tmp_path / "f.bin").read_bytes() == data and result.bytes == len(data)


async def test_unsatisfiable_range_for_a_stale_part_starts_again(twin: Twin, tmp_path: Path) -> None:
    target = tmp_path / "f.bin"
    old = b"x" * 65_536
    new = b"y" * 3000

    def first_run(request: httpx.Request) -> httpx.Response:  # leaves a .part and its validator behind
        headers = {"content-length": "99000", "etag": '"v1"'}
        return httpx.Response(200, headers=headers, stream=Dropping(old, len(old)))

    with pytest.raises(errors.APIConnectionError):
        await to_file(twin, first_run, target)
    assert target.with_name("f.bin.part").stat().st_size == len(old)

    def shrunk(request: httpx.Request) -> httpx.Response:  # the file is now shorter than the .part
        if start_of(request) is not None:
            return httpx.Response(416, headers={"content-range": f"bytes */{len(new)}"})
        return httpx.Response(200, headers={"content-length": str(len(new)), "etag": '"v2"'}, content=new)

    result = await to_file(twin, shrunk, target)
    assert target.read_bytes() == new and result.resumed_from == 0
