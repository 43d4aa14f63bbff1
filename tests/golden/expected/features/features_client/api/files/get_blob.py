"""Synchronous ``GET /blobs/{name}``"""

import os
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from ..._client import Client
from ..._operations.files import get_blob as _operation
from ..._runtime.batch import BatchResult, Err, Ok, ProgressCallback, iter_batch, run_batch
from ..._runtime.options import RequestOptions, with_headers
from ..._runtime.response import Response
from ..._runtime.streaming import (
    DownloadResult,
    ProgressLike,
    attempt_request,
    download,
    one_shot,
    requested_range,
)
from ...types import File

__all__ = [
    "Args",
    "batch",
    "batch_iter",
    "call",
    "call_detailed",
    "stream",
    "to_file",
]

Args = _operation.Args


def call_detailed(
    client: Client,
    *,
    name: str,
    request_options: RequestOptions | None = None,
) -> Response[File]:
    """``GET /blobs/{name}``

    ``GET /blobs/{name}``.

    Args:
        name (str):
        request_options: Per-call overrides (timeout, retries, headers, idempotency key).

    Raises:
        features_client.errors.APIStatusError: The server answered with an error status (a subclass per status,
            e.g. NotFoundError), carrying the status, headers, problem details and raw response.
        features_client.errors.ResponseDecodingError: The response body does not match the spec.
        features_client.errors.APIConnectionError: The request could not be sent or timed out.

    Returns:
        Response[File]: the parsed value with the status, headers, raw response and
        the number of retries taken.
    """

    request = _operation.build_request(
        name=name,
    )
    return client._execute(request, _operation.OPERATION, _operation.parse_response, request_options)


def call(
    client: Client,
    *,
    name: str,
    request_options: RequestOptions | None = None,
) -> File:
    """``GET /blobs/{name}``

    ``GET /blobs/{name}``.

    Args:
        name (str):
        request_options: Per-call overrides (timeout, retries, headers, idempotency key).

    Raises:
        features_client.errors.APIStatusError: The server answered with an error status (a subclass per status,
            e.g. NotFoundError), carrying the status, headers, problem details and raw response.
        features_client.errors.ResponseDecodingError: The response body does not match the spec.
        features_client.errors.APIConnectionError: The request could not be sent or timed out.

    Returns:
        File
    """

    response = call_detailed(
        client,
        name=name,
        request_options=request_options,
    )
    return response.parsed


def batch(
    client: Client,
    args: Iterable[Args],
    *,
    max_concurrency: int = 32,
    fail_fast: bool = False,
    on_progress: ProgressCallback | None = None,
    progress: bool = False,
    request_options: RequestOptions | None = None,
) -> BatchResult[File]:
    """Call ``get_blob`` once per ``Args``, at most ``max_concurrency`` at a time (threads sharing the
    client's connection pool).

    Inputs are consumed lazily. Returns one ``Ok(value)`` or ``Err(exception)`` per input, in input order;
    ``.values()``, ``.errors()`` and ``.raise_for_errors()`` summarise them. ``fail_fast`` stops starting new calls
    after the first error. ``on_progress(done, total, failures)`` is called after each call; ``progress=True``
    shows a tqdm bar when tqdm is installed. Retries and the client's rate limiter apply to every call.
    """

    def one(item: Args) -> File:
        return call(
            client,
            name=item.name,
            request_options=request_options,
        )

    return run_batch(
        one, args, max_concurrency=max_concurrency, fail_fast=fail_fast, on_progress=on_progress, progress=progress
    )


def batch_iter(
    client: Client,
    args: Iterable[Args],
    *,
    max_concurrency: int = 32,
    fail_fast: bool = False,
    request_options: RequestOptions | None = None,
) -> Iterator[Ok[File] | Err]:
    """Like ``batch``, but yield each outcome as soon as its call completes (``.index`` is its input position)."""

    def one(item: Args) -> File:
        return call(
            client,
            name=item.name,
            request_options=request_options,
        )

    yield from iter_batch(one, args, max_concurrency=max_concurrency, fail_fast=fail_fast)


def stream(
    client: Client,
    *,
    name: str,
    chunk_size: int = 65536,
    request_options: RequestOptions | None = None,
) -> Iterator[bytes]:
    """Stream the response body in chunks of up to ``chunk_size`` bytes, never holding it whole in memory.

    Leaving the loop early releases the connection. Errors are raised as by ``call``.
    """
    request = _operation.build_request(
        name=name,
    )
    request = {**request, "headers": {"Accept": "application/octet-stream", **request.get("headers", {})}}
    with client._stream(request, _operation.OPERATION, request_options) as response:
        yield from response.iter_bytes(chunk_size)


def to_file(
    client: Client,
    *,
    name: str,
    path: str | os.PathLike[str],
    progress: ProgressLike | None = None,
    resume: bool = True,
    request_options: RequestOptions | None = None,
) -> DownloadResult:
    """Download the response body to ``path``, returning its size, sha256 and timing.

    The body goes to ``<path>.part`` one chunk at a time and is renamed when complete. A dropped connection is
    resumed with ``Range`` and ``If-Range`` (the ETag, else Last-Modified); with ``resume`` (default), so is a
    ``.part`` left by an earlier run. A changed file, or one with no validator, is downloaded again from byte zero.
    ``progress`` receives ``on_start(total)``, ``on_progress(done, total)``, ``on_complete()``, ``on_error(exc)``.
    """
    request = _operation.build_request(
        name=name,
    )
    request = {**request, "headers": {"Accept": "application/octet-stream", **request.get("headers", {})}}

    def open_stream(headers: Mapping[str, str]) -> Any:
        return client._stream(
            attempt_request(request, headers), _operation.OPERATION, with_headers(request_options, headers)
        )

    requested = requested_range(request.get("headers", {}), request_options.headers if request_options else {})
    return download(
        open_stream, path, progress=progress, resume=resume, range_=requested, one_shot_body=one_shot(request)
    )
