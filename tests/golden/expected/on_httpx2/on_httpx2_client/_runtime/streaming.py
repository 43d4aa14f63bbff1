"""Streaming bodies: downloads to a file with progress and resume, and NDJSON lines as typed items.

Nothing is buffered whole: a download holds one chunk in memory at a time, an NDJSON stream one line. The pure
parts (resume plan, hashing, line decoding) are shared; ``download`` and ``adownload`` are the two thin drivers.
"""

from __future__ import annotations

import hashlib
import inspect
import json
import os
import time
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from contextlib import AbstractAsyncContextManager, AbstractContextManager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol, TypeVar

import httpx2 as httpx

from .errors import APIConnectionError, ResponseDecodingError

__all__ = [
    "DownloadResult",
    "Progress",
    "TqdmProgress",
    "adownload",
    "aiter_ndjson",
    "download",
    "iter_ndjson",
]

T = TypeVar("T")
CHUNK_SIZE = 64 * 1024


class Progress:
    """Progress callbacks for a transfer; override what you need. Methods may also be ``async def`` when the
    object is used with the async twin (they are awaited)."""

    def on_start(self, total: int | None) -> Any:
        """The transfer starts; ``total`` is the byte count when known."""

    def on_progress(self, done: int, total: int | None) -> Any:
        """``done`` bytes of ``total`` so far."""

    def on_complete(self) -> Any:
        """The transfer finished."""

    def on_error(self, error: BaseException) -> Any:
        """The transfer failed with ``error`` (re-raised after this call)."""


class ProgressLike(Protocol):
    """Anything with the four callbacks of :class:`Progress`."""

    def on_start(self, total: int | None) -> Any: ...
    def on_progress(self, done: int, total: int | None) -> Any: ...
    def on_complete(self) -> Any: ...
    def on_error(self, error: BaseException) -> Any: ...


class TqdmProgress(Progress):
    """A tqdm progress bar (tqdm is optional: ``pip install tqdm``)."""

    def __init__(self, description: str = "download") -> None:
        from tqdm import tqdm  # type: ignore[import-not-found, import-untyped, unused-ignore]

        self._tqdm = tqdm
        self._description = description
        self._bar: Any = None
        self._done = 0

    def on_start(self, total: int | None) -> None:
        self._bar = self._tqdm(total=total, unit="B", unit_scale=True, desc=self._description)

    def on_progress(self, done: int, total: int | None) -> None:
        if self._bar is not None:
            self._bar.update(done - self._done)
        self._done = done

    def on_complete(self) -> None:
        if self._bar is not None:
            self._bar.close()

    def on_error(self, error: BaseException) -> None:
        self.on_complete()


@dataclass(frozen=True)
class DownloadResult:
    """A finished download: where it is, how big, its sha256, how long it took, and where it resumed from."""

    path: Path
    bytes: int
    sha256: str
    elapsed: float
    resumed_from: int = 0


class _Download:
    """The state of one download, shared by both drivers: the partial file, its hash, and the resume offset."""

    def __init__(self, path: str | os.PathLike[str], resume: bool) -> None:
        self.path = Path(path)
        self.part = self.path.with_name(self.path.name + ".part")
        self.hash = hashlib.sha256()
        self.done = 0
        self.started = time.perf_counter()
        if resume and self.part.exists():
            with self.part.open("rb") as existing:
                while chunk := existing.read(CHUNK_SIZE):
                    self.hash.update(chunk)
                    self.done += len(chunk)
        else:
            self.part.write_bytes(b"")
        self.resumed_from = self.done

    def headers(self) -> dict[str, str]:
        """The Range header asking for the rest, when part of the file is already here."""
        return {"Range": f"bytes={self.done}-"} if self.done else {}

    def accept(self, response: httpx.Response) -> int | None:
        """Check the response against what we asked; restart when the server ignored the Range. Returns the total."""
        if response.status_code == 206 and self.done:
            start = _content_range_start(response.headers.get("content-range", ""))
            if start != self.done:
                raise ResponseDecodingError(
                    f"asked for bytes from {self.done}, got Content-Range {response.headers.get('content-range')!r}",
                    response=response,
                )
        elif self.done:  # 200: the server sent the whole file again
            self.hash, self.done, self.resumed_from = hashlib.sha256(), 0, 0
            self.part.write_bytes(b"")
        length = response.headers.get("content-length")
        return self.done + int(length) if length and length.isdigit() else None

    def add(self, file: Any, chunk: bytes) -> None:
        file.write(chunk)
        self.hash.update(chunk)
        self.done += len(chunk)

    def finish(self, total: int | None, response: httpx.Response) -> DownloadResult:
        if total is not None and self.done != total:
            raise ResponseDecodingError(f"download ended at {self.done} of {total} bytes", response=response)
        os.replace(self.part, self.path)
        return DownloadResult(
            self.path, self.done, self.hash.hexdigest(), time.perf_counter() - self.started, self.resumed_from
        )


def _content_range_start(value: str) -> int | None:
    # "bytes 100-199/200"
    try:
        return int(value.split()[1].split("-")[0])
    except (IndexError, ValueError):
        return None


def download(
    open_stream: Callable[[Mapping[str, str]], AbstractContextManager[httpx.Response]],
    path: str | os.PathLike[str],
    *,
    progress: ProgressLike | None = None,
    resume: bool = True,
    max_resumes: int = 3,
    chunk_size: int = CHUNK_SIZE,
) -> DownloadResult:
    """Stream a response body into ``path`` (via ``path.part``), resuming with ``Range`` after a dropped
    connection (up to ``max_resumes`` times) and, with ``resume``, from a ``.part`` left by an earlier run."""
    state = _Download(path, resume)
    progress = progress or Progress()
    resumes = 0
    first = True
    while True:
        try:
            with open_stream(state.headers()) as response:
                total = state.accept(response)
                if first:
                    progress.on_start(total)
                    first = False
                with state.part.open("ab") as file:
                    for chunk in response.iter_bytes(chunk_size):
                        state.add(file, chunk)
                        progress.on_progress(state.done, total)
                result = state.finish(total, response)
            progress.on_complete()
            return result
        except (httpx.TransportError, APIConnectionError) as exc:
            if resumes >= max_resumes:
                progress.on_error(exc)
                raise APIConnectionError(f"download of {state.path} failed at byte {state.done}: {exc}") from exc
            resumes += 1
        except BaseException as exc:
            progress.on_error(exc)
            raise


async def _maybe_await(value: Any) -> None:
    if inspect.isawaitable(value):
        await value


async def adownload(
    open_stream: Callable[[Mapping[str, str]], AbstractAsyncContextManager[httpx.Response]],
    path: str | os.PathLike[str],
    *,
    progress: ProgressLike | None = None,
    resume: bool = True,
    max_resumes: int = 3,
    chunk_size: int = CHUNK_SIZE,
) -> DownloadResult:
    """The async twin of :func:`download`; progress callbacks may be coroutines."""
    state = _Download(path, resume)
    progress = progress or Progress()
    resumes = 0
    first = True
    while True:
        try:
            async with open_stream(state.headers()) as response:
                total = state.accept(response)
                if first:
                    await _maybe_await(progress.on_start(total))
                    first = False
                with state.part.open("ab") as file:
                    async for chunk in response.aiter_bytes(chunk_size):
                        state.add(file, chunk)
                        await _maybe_await(progress.on_progress(state.done, total))
                result = state.finish(total, response)
            await _maybe_await(progress.on_complete())
            return result
        except (httpx.TransportError, APIConnectionError) as exc:
            if resumes >= max_resumes:
                await _maybe_await(progress.on_error(exc))
                raise APIConnectionError(f"download of {state.path} failed at byte {state.done}: {exc}") from exc
            resumes += 1
        except BaseException as exc:
            await _maybe_await(progress.on_error(exc))
            raise


def _decode_line(line: str, parse: Callable[[Any], T], response: httpx.Response, number: int) -> T:
    try:
        return parse(json.loads(line.lstrip("\x1e")))  # JSON text sequences (RFC 7464) start each record with RS
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError) as exc:
        raise ResponseDecodingError(
            f"line {number} of the NDJSON stream is not a valid item ({type(exc).__name__}: {exc})", response=response
        ) from exc


def iter_ndjson(response: httpx.Response, parse: Callable[[Any], T]) -> Iterator[T]:
    """Each non-empty line of an NDJSON body, decoded with ``parse``; one line in memory at a time."""
    for number, line in enumerate(response.iter_lines(), start=1):
        if line.strip():
            yield _decode_line(line, parse, response, number)


async def aiter_ndjson(response: httpx.Response, parse: Callable[[Any], T]) -> AsyncIterator[T]:
    """The async twin of :func:`iter_ndjson`."""
    number = 0
    async for line in response.aiter_lines():
        number += 1
        if line.strip():
            yield _decode_line(line, parse, response, number)
