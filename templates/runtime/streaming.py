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

import httpx

from .errors import APIConnectionError, APIError, APIStatusError, ResponseDecodingError

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


class _Restart(Exception):
    """The bytes already in the ``.part`` cannot be continued by this response: start again from byte zero."""

    def __init__(self, reason: str, response: httpx.Response) -> None:
        super().__init__(reason)
        self.response = response


class _Download:
    """The state of one download, shared by both drivers: the partial file, its hash, and what a resume may ask.

    A resume sends ``Range`` with ``If-Range`` (the strong ``ETag``, else ``Last-Modified``) and only continues a
    ``206`` that starts where the ``.part`` ends and carries the same validator; anything else starts again from
    byte zero, so bytes of two versions are never spliced. Without a validator, or with a ``Content-Encoding``
    (whose byte offsets are not those of the bytes written), a dropped connection also starts again from zero.
    The validator is kept next to the ``.part`` (``<path>.part.json``) for a resume by a later run.
    """

    def __init__(self, path: str | os.PathLike[str], resume: bool, requested_range: str | None = None) -> None:
        self.path = Path(path)
        self.part = self.path.with_name(self.path.name + ".part")
        self.meta = self.path.with_name(self.path.name + ".part.json")
        self.requested = requested_range
        #: Where the entity bytes written start and end (inclusive), as the caller's ``Range`` asked; ``None`` when
        #: that is not known (a suffix or multi-part range) until a ``206`` says.
        self.span: tuple[int, int | None] | None = _byte_range(requested_range)
        self.validator: str | None = None
        self.encoded = False
        self.hash = hashlib.sha256()
        self.done = 0
        self.started = time.perf_counter()
        saved = self._saved() if resume and self.part.exists() else None
        if saved is not None:
            self.validator, self.span = saved
            with self.part.open("rb") as existing:
                while chunk := existing.read(CHUNK_SIZE):
                    self.hash.update(chunk)
                    self.done += len(chunk)
        else:
            self.restart()
        self.resumed_from = self.done

    def _saved(self) -> tuple[str, tuple[int, int | None]] | None:
        """The validator and span a ``.part`` was written with, when they fit this download."""
        try:
            saved = json.loads(self.meta.read_text(encoding="utf-8"))
            validator, first, last = saved["validator"], saved["first"], saved["last"]
        except (OSError, ValueError, TypeError, KeyError):
            return None
        if saved.get("range") != self.requested or not isinstance(validator, str) or not isinstance(first, int):
            return None
        return validator, (first, last if isinstance(last, int) else None)

    def restart(self) -> None:
        """Forget the bytes written: the next request asks for the whole body again."""
        self.hash, self.done, self.resumed_from = hashlib.sha256(), 0, 0
        self.part.write_bytes(b"")
        self.meta.unlink(missing_ok=True)

    def _restart_for(self, reason: str, response: httpx.Response) -> _Restart:
        """Forget the bytes written, and say why (raised to the driver, which sends the request again)."""
        self.restart()
        return _Restart(reason, response)

    def headers(self) -> dict[str, str]:
        """The headers of the next attempt: the raw bytes, and the rest of them when they can be continued."""
        if self.done and (self.validator is None or self.span is None or self.encoded):
            self.restart()
        headers = {"Accept-Encoding": "identity"}
        if self.done and self.validator is not None and self.span is not None:
            first, last = self.span
            headers["Range"] = f"bytes={first + self.done}-{'' if last is None else last}"
            headers["If-Range"] = self.validator
        return headers

    def accept(self, response: httpx.Response) -> int | None:
        """Check the response against what we asked; restart when it does not continue the ``.part``.

        Returns the total size in bytes when it is known.
        """
        validator = _validator(response)
        encoding = response.headers.get("content-encoding", "").strip().lower()
        encoded = encoding not in ("", "identity")
        span = _content_range(response.headers.get("content-range", ""))
        if response.status_code == 206 and self.done:
            expected = self.span[0] + self.done if self.span is not None else None
            if span is None or span[0] != expected:
                raise self._restart_for(
                    f"asked for bytes from {expected}, got Content-Range {response.headers.get('content-range')!r}",
                    response,
                )
            if validator is not None and validator != self.validator:
                raise self._restart_for(f"the file changed: validator {self.validator!r} became {validator!r}", response)
            if encoded:
                raise self._restart_for(f"a resumed body came with Content-Encoding {encoding!r}", response)
        else:  # a new body: a 200 (whole file), or the first 206 of the caller's own Range
            self.restart()
            self.validator = validator
            if response.status_code != 206:
                self.span = (0, None)
            elif span is None:  # a multipart/byteranges body: not resumable
                self.span = None
            else:  # the caller's range as asked (open-ended stays open-ended), else where the server says
                asked = _byte_range(self.requested)
                self.span = asked if asked is not None and asked[0] == span[0] else (span[0], span[1])
            self._save()
        self.encoded = encoded
        length = response.headers.get("content-length")
        if encoded:  # its Content-Length counts encoded bytes (the transport checks those); not the bytes written
            self.meta.unlink(missing_ok=True)
            return None
        return self.done + int(length) if length and length.isdigit() else None

    def _save(self) -> None:
        if self.validator is None or self.span is None:
            return
        first, last = self.span
        record = {"range": self.requested, "validator": self.validator, "first": first, "last": last}
        self.meta.write_text(json.dumps(record), encoding="utf-8")

    def add(self, file: Any, chunk: bytes) -> None:
        file.write(chunk)
        self.hash.update(chunk)
        self.done += len(chunk)

    def finish(self, total: int | None, response: httpx.Response) -> DownloadResult:
        if total is not None and self.done != total:
            raise ResponseDecodingError(f"download ended at {self.done} of {total} bytes", response=response)
        os.replace(self.part, self.path)
        self.meta.unlink(missing_ok=True)
        return DownloadResult(self.path, self.done, self.hash.hexdigest(), time.perf_counter() - self.started,
                              self.resumed_from)

    def unsatisfiable(self, error: APIStatusError) -> DownloadResult:
        """A ``416`` to a resume: the ``.part`` is complete when the size the server gives is where it ends.

        Otherwise the ``.part`` is of no use: restart. Any other error status is raised as it is.
        """
        if error.status_code != 416 or not self.done or self.span is None:
            raise error
        size = _content_range(error.response.headers.get("content-range", ""))
        first, last = self.span
        end = first + self.done
        if size is not None and size[2] is not None and end == (size[2] if last is None else last + 1):
            return self.finish(None, error.response)
        raise self._restart_for(f"the server cannot continue from byte {end} ({error})", error.response)


def _validator(response: httpx.Response) -> str | None:
    """What ``If-Range`` may carry: a strong ``ETag``, else ``Last-Modified`` (a weak ETag may not be used)."""
    etag = str(response.headers.get("etag", "")).strip()
    if etag and not etag.startswith("W/"):
        return etag
    return str(response.headers.get("last-modified", "")).strip() or None


def _byte_range(value: str | None) -> tuple[int, int | None] | None:
    """``bytes=first-`` or ``bytes=first-last`` as numbers; ``(0, None)`` for none; ``None`` for any other form."""
    if value is None:
        return 0, None
    unit, _, spec = value.strip().partition("=")
    first, dash, last = spec.strip().partition("-")
    if unit.strip().lower() != "bytes" or not dash or not first.isdigit() or not (last.isdigit() or last == ""):
        return None
    return int(first), int(last) if last else None


def _content_range(value: str) -> tuple[int, int | None, int | None] | None:
    """``bytes first-last/size`` (or ``bytes */size``) as ``(first, last, size)``; ``first`` is -1 for ``*``."""
    unit, _, spec = value.strip().partition(" ")
    span, _, size = spec.strip().partition("/")
    if unit.lower() != "bytes" or not size:
        return None
    total = int(size) if size.isdigit() else None
    if span == "*":
        return -1, None, total
    first, _, last = span.partition("-")
    if not first.isdigit() or not last.isdigit():
        return None
    return int(first), int(last), total


def attempt_request(request: Mapping[str, Any], headers: Mapping[str, str]) -> dict[str, Any]:
    """The request of one download attempt: without its own headers that ``headers`` replace (names compared
    case-insensitively, so a spec's ``range`` parameter and the resume's ``Range`` are never both sent)."""
    names = {name.lower() for name in headers}
    own = {name: value for name, value in request.get("headers", {}).items() if name.lower() not in names}
    return {**request, "headers": own}


def one_shot(request: Mapping[str, Any]) -> bool:
    """Whether the request's body can be read only once (a file object or an iterator, also inside ``files``):
    a dropped download is then not sent again, which would send an empty or partial body."""
    return _reads(request.get("content")) or _reads(request.get("files"))


def _reads(value: Any) -> bool:
    if hasattr(value, "read") or isinstance(value, Iterator | AsyncIterator):
        return True
    if isinstance(value, Mapping):
        value = list(value.values())
    return isinstance(value, tuple | list) and any(_reads(item) for item in value)


def requested_range(*header_sets: Mapping[str, Any]) -> str | None:
    """The ``Range`` a call asks for, from its headers (names are case-insensitive; later sets win)."""
    found: str | None = None
    for headers in header_sets:
        for name, value in headers.items():
            if name.lower() == "range" and value is not None:
                found = str(value)
    return found


def download(
    open_stream: Callable[[Mapping[str, str]], AbstractContextManager[httpx.Response]],
    path: str | os.PathLike[str],
    *,
    progress: ProgressLike | None = None,
    resume: bool = True,
    max_resumes: int = 3,
    chunk_size: int = CHUNK_SIZE,
    range_: str | None = None,
    one_shot_body: bool = False,
) -> DownloadResult:
    """Stream a response body into ``path`` (via ``path.part``), resuming with ``Range`` after a dropped
    connection (up to ``max_resumes`` times) and, with ``resume``, from a ``.part`` left by an earlier run.

    ``range_`` is the ``Range`` the caller's request asks for (``bytes=first-`` or ``bytes=first-last``): a resume
    continues inside it. See :class:`_Download` for when a resume starts again from byte zero instead. With
    ``one_shot_body`` (a request body that can be read only once, see :func:`one_shot`) nothing is sent twice.
    """
    max_resumes = 0 if one_shot_body else max_resumes
    state = _Download(path, resume, range_)
    progress = progress or Progress()
    resumes = 0
    first = True
    while True:
        try:
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
            except APIStatusError as exc:
                result = state.unsatisfiable(exc)
            progress.on_complete()
            return result
        except (httpx.TransportError, APIConnectionError, _Restart) as exc:
            if resumes >= max_resumes:
                error = _gave_up(state, exc)
                progress.on_error(error)
                raise error from exc
            resumes += 1
        except BaseException as exc:
            progress.on_error(exc)
            raise


def _gave_up(state: _Download, exc: Exception) -> APIError:
    """The error raised once ``max_resumes`` is used up."""
    if isinstance(exc, _Restart):
        return ResponseDecodingError(f"download of {state.path} could not be resumed: {exc}", response=exc.response)
    return APIConnectionError(f"download of {state.path} failed at byte {state.done}: {exc}")


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
    range_: str | None = None,
    one_shot_body: bool = False,
) -> DownloadResult:
    """The async twin of :func:`download`; progress callbacks may be coroutines."""
    max_resumes = 0 if one_shot_body else max_resumes
    state = _Download(path, resume, range_)
    progress = progress or Progress()
    resumes = 0
    first = True
    while True:
        try:
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
            except APIStatusError as exc:
                result = state.unsatisfiable(exc)
            await _maybe_await(progress.on_complete())
            return result
        except (httpx.TransportError, APIConnectionError, _Restart) as exc:
            if resumes >= max_resumes:
                error = _gave_up(state, exc)
                await _maybe_await(progress.on_error(error))
                raise error from exc
            resumes += 1
        except BaseException as exc:
            await _maybe_await(progress.on_error(exc))
            raise


def _decode_line(line: bytes, parse: Callable[[Any], T], response: httpx.Response, number: int) -> T:
    try:
        return parse(json.loads(line.lstrip(b"\x1e")))  # JSON text sequences (RFC 7464) start each record with RS
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError) as exc:
        raise ResponseDecodingError(
            f"line {number} of the NDJSON stream is not a valid item ({type(exc).__name__}: {exc})", response=response
        ) from exc


class _Lines:
    """Splits a byte stream into numbered lines at ``\\n`` (and ``\\r\\n``) only.

    Not at U+2028, U+2029 or U+0085 as ``str.splitlines`` and httpx's ``iter_lines`` do: JSON strings may hold
    those characters unescaped, so a break there would cut an item in two.
    """

    def __init__(self) -> None:
        self._pending: list[bytes] = []
        self._number = 0

    def feed(self, chunk: bytes) -> list[tuple[int, bytes]]:
        """The non-blank lines completed by ``chunk``, with their line numbers (counting blank ones)."""
        if b"\n" not in chunk:
            self._pending.append(chunk)
            return []
        first, *lines, rest = chunk.split(b"\n")
        self._pending.append(first)
        lines.insert(0, b"".join(self._pending))
        self._pending = [rest]
        return self._numbered(lines)

    def end(self) -> list[tuple[int, bytes]]:
        """The last line, when the body does not end with a line break."""
        return self._numbered([b"".join(self._pending)])

    def _numbered(self, lines: list[bytes]) -> list[tuple[int, bytes]]:
        numbered = []
        for line in lines:
            self._number += 1
            if line.strip():
                numbered.append((self._number, line.removesuffix(b"\r")))
        return numbered


def iter_ndjson(response: httpx.Response, parse: Callable[[Any], T]) -> Iterator[T]:
    """Each non-empty line of an NDJSON body, decoded with ``parse``; one line in memory at a time."""
    lines = _Lines()
    for chunk in response.iter_bytes():
        for number, line in lines.feed(chunk):
            yield _decode_line(line, parse, response, number)
    for number, line in lines.end():
        yield _decode_line(line, parse, response, number)


async def aiter_ndjson(response: httpx.Response, parse: Callable[[Any], T]) -> AsyncIterator[T]:
    """The async twin of :func:`iter_ndjson`."""
    lines = _Lines()
    async for chunk in response.aiter_bytes():
        for number, line in lines.feed(chunk):
            yield _decode_line(line, parse, response, number)
    for number, line in lines.end():
        yield _decode_line(line, parse, response, number)
