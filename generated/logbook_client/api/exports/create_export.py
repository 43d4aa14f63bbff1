"""Synchronous ``POST /datasets/{dataset_name}/exports``: Start an export"""

import datetime
from collections.abc import Iterable, Iterator
from typing import Any, Literal

from ..._client import Client
from ..._operations.exports import create_export as _operation
from ..._runtime.batch import BatchResult, Err, Ok, ProgressCallback, iter_batch, run_batch
from ..._runtime.options import RequestOptions
from ..._runtime.response import Response
from ...models.export import Export
from ...models.export_format import ExportFormat
from ...models.export_request import ExportRequest
from ...types import UNSET, Unset

__all__ = [
    "Args",
    "batch",
    "batch_iter",
    "call",
    "call_detailed",
]

Args = _operation.Args


def call_detailed(
    client: Client,
    *,
    dataset_name: str,
    body: ExportRequest | dict[str, Any] | Unset = UNSET,
    format_: ExportFormat | Literal["ndjson", "csv", "parquet"] | Unset = UNSET,
    filter_: None | str | Unset = UNSET,
    start_time: datetime.datetime | None | Unset = UNSET,
    end_time: datetime.datetime | None | Unset = UNSET,
    request_options: RequestOptions | None = None,
) -> Response[Export]:
    """Start an export

    Starts exporting the events of a dataset in the background. Poll `get_export` until its `status` is
    `done`, then download the file.

    ``POST /datasets/{dataset_name}/exports``; authenticated.

    Args:
        dataset_name (str): A dataset name: lower-case letters, digits, `_` and `-`, starting with
            a letter or digit, at most 63 characters.
        body (ExportRequest): What to export from a dataset.
        format_ (ExportFormat or a ExportFormat value): The file format of an export.
        filter_ (None | str): A filter expression events must match; null exports every event.
        start_time (datetime.datetime | None): Only export events at or after this instant; null
            for the oldest event.
        end_time (datetime.datetime | None): Only export events strictly before this instant; null
            for now.
        request_options: Per-call overrides (timeout, retries, headers, idempotency key).

    Raises:
        logbook_client.errors.APIStatusError: The server answered with an error status (a subclass per status,
            e.g. NotFoundError), carrying the status, headers, problem details and raw response.
        logbook_client.errors.ResponseDecodingError: The response body does not match the spec.
        logbook_client.errors.APIConnectionError: The request could not be sent or timed out.

    Returns:
        Response[Export]: the parsed value with the status, headers, raw response and
        the number of retries taken.
    """

    request = _operation.build_request(
        dataset_name=dataset_name,
        body=body,
        format_=format_,
        filter_=filter_,
        start_time=start_time,
        end_time=end_time,
    )
    return client._execute(request, _operation.OPERATION, _operation.parse_response, request_options)


def call(
    client: Client,
    *,
    dataset_name: str,
    body: ExportRequest | dict[str, Any] | Unset = UNSET,
    format_: ExportFormat | Literal["ndjson", "csv", "parquet"] | Unset = UNSET,
    filter_: None | str | Unset = UNSET,
    start_time: datetime.datetime | None | Unset = UNSET,
    end_time: datetime.datetime | None | Unset = UNSET,
    request_options: RequestOptions | None = None,
) -> Export:
    """Start an export

    Starts exporting the events of a dataset in the background. Poll `get_export` until its `status` is
    `done`, then download the file.

    ``POST /datasets/{dataset_name}/exports``; authenticated.

    Args:
        dataset_name (str): A dataset name: lower-case letters, digits, `_` and `-`, starting with
            a letter or digit, at most 63 characters.
        body (ExportRequest): What to export from a dataset.
        format_ (ExportFormat or a ExportFormat value): The file format of an export.
        filter_ (None | str): A filter expression events must match; null exports every event.
        start_time (datetime.datetime | None): Only export events at or after this instant; null
            for the oldest event.
        end_time (datetime.datetime | None): Only export events strictly before this instant; null
            for now.
        request_options: Per-call overrides (timeout, retries, headers, idempotency key).

    Raises:
        logbook_client.errors.APIStatusError: The server answered with an error status (a subclass per status,
            e.g. NotFoundError), carrying the status, headers, problem details and raw response.
        logbook_client.errors.ResponseDecodingError: The response body does not match the spec.
        logbook_client.errors.APIConnectionError: The request could not be sent or timed out.

    Returns:
        Export
    """

    response = call_detailed(
        client,
        dataset_name=dataset_name,
        body=body,
        format_=format_,
        filter_=filter_,
        start_time=start_time,
        end_time=end_time,
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
) -> BatchResult[Export]:
    """Call ``create_export`` once per ``Args``, at most ``max_concurrency`` at a time (threads sharing the
    client's connection pool).

    Inputs are consumed lazily. Returns one ``Ok(value)`` or ``Err(exception)`` per input, in input order;
    ``.values()``, ``.errors()`` and ``.raise_for_errors()`` summarise them. ``fail_fast`` stops starting new calls
    after the first error. ``on_progress(done, total, failures)`` is called after each call; ``progress=True``
    shows a tqdm bar when tqdm is installed. Retries and the client's rate limiter apply to every call.
    """

    def one(item: Args) -> Export:
        return call(
            client,
            dataset_name=item.dataset_name,
            body=item.body,
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
) -> Iterator[Ok[Export] | Err]:
    """Like ``batch``, but yield each outcome as soon as its call completes (``.index`` is its input position)."""

    def one(item: Args) -> Export:
        return call(
            client,
            dataset_name=item.dataset_name,
            body=item.body,
            request_options=request_options,
        )

    yield from iter_batch(one, args, max_concurrency=max_concurrency, fail_fast=fail_fast)
