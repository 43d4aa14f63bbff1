"""Synchronous ``POST /datasets/{dataset_name}/query``: Query a dataset"""

import datetime
from collections.abc import Iterable, Iterator
from typing import Any, Literal

from ..._client import Client
from ..._operations.query import query_dataset as _operation
from ..._runtime.batch import BatchResult, Err, Ok, ProgressCallback, iter_batch, run_batch
from ..._runtime.options import RequestOptions
from ..._runtime.pagination import Paginator, Start
from ..._runtime.response import Response
from ...models.event import Event
from ...models.query_request import QueryRequest
from ...models.query_result import QueryResult
from ...models.sort_order import SortOrder
from ...types import UNSET, Unset

__all__ = [
    "Args",
    "batch",
    "batch_iter",
    "call",
    "call_detailed",
    "iterate",
]

Args = _operation.Args


def call_detailed(
    client: Client,
    *,
    dataset_name: str,
    body: QueryRequest | dict[str, Any] | Unset = UNSET,
    filter_: None | str | Unset = UNSET,
    start_time: datetime.datetime | None | Unset = UNSET,
    end_time: datetime.datetime | None | Unset = UNSET,
    order: SortOrder | Literal["asc", "desc"] | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    request_options: RequestOptions | None = None,
) -> Response[QueryResult]:
    """Query a dataset

    Returns the events of a dataset that match a filter within a time range. To get the next page,
    repeat the request with the response's `next_cursor` as the body's `cursor`; `next_cursor` is null
    on the last page.

    ``POST /datasets/{dataset_name}/query``; authenticated.

    Args:
        dataset_name (str): A dataset name: lower-case letters, digits, `_` and `-`, starting with
            a letter or digit, at most 63 characters.
        body (QueryRequest): A query over the events of a dataset.
        filter_ (None | str): A filter expression events must match; null matches every event.
        start_time (datetime.datetime | None): Only match events at or after this instant; null
            for one hour before `end_time`.
        end_time (datetime.datetime | None): Only match events strictly before this instant; null
            for now.
        order (SortOrder or a SortOrder value): The order of results by time: `asc` (oldest first)
            or `desc` (newest first).
        limit (int): The maximum number of events to return. Default: 100.
        cursor (None | str): The `next_cursor` of the previous page, or null for the first page.
        request_options: Per-call overrides (timeout, retries, headers, idempotency key).

    Raises:
        logbook_client.errors.APIStatusError: The server answered with an error status (a subclass per status,
            e.g. NotFoundError), carrying the status, headers, problem details and raw response.
        logbook_client.errors.ResponseDecodingError: The response body does not match the spec.
        logbook_client.errors.APIConnectionError: The request could not be sent or timed out.

    Returns:
        Response[QueryResult]: the parsed value with the status, headers, raw response and
        the number of retries taken.
    """

    request = _operation.build_request(
        dataset_name=dataset_name,
        body=body,
        filter_=filter_,
        start_time=start_time,
        end_time=end_time,
        order=order,
        limit=limit,
        cursor=cursor,
    )
    return client._execute(request, _operation.OPERATION, _operation.parse_response, request_options)


def call(
    client: Client,
    *,
    dataset_name: str,
    body: QueryRequest | dict[str, Any] | Unset = UNSET,
    filter_: None | str | Unset = UNSET,
    start_time: datetime.datetime | None | Unset = UNSET,
    end_time: datetime.datetime | None | Unset = UNSET,
    order: SortOrder | Literal["asc", "desc"] | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    request_options: RequestOptions | None = None,
) -> QueryResult:
    """Query a dataset

    Returns the events of a dataset that match a filter within a time range. To get the next page,
    repeat the request with the response's `next_cursor` as the body's `cursor`; `next_cursor` is null
    on the last page.

    ``POST /datasets/{dataset_name}/query``; authenticated.

    Args:
        dataset_name (str): A dataset name: lower-case letters, digits, `_` and `-`, starting with
            a letter or digit, at most 63 characters.
        body (QueryRequest): A query over the events of a dataset.
        filter_ (None | str): A filter expression events must match; null matches every event.
        start_time (datetime.datetime | None): Only match events at or after this instant; null
            for one hour before `end_time`.
        end_time (datetime.datetime | None): Only match events strictly before this instant; null
            for now.
        order (SortOrder or a SortOrder value): The order of results by time: `asc` (oldest first)
            or `desc` (newest first).
        limit (int): The maximum number of events to return. Default: 100.
        cursor (None | str): The `next_cursor` of the previous page, or null for the first page.
        request_options: Per-call overrides (timeout, retries, headers, idempotency key).

    Raises:
        logbook_client.errors.APIStatusError: The server answered with an error status (a subclass per status,
            e.g. NotFoundError), carrying the status, headers, problem details and raw response.
        logbook_client.errors.ResponseDecodingError: The response body does not match the spec.
        logbook_client.errors.APIConnectionError: The request could not be sent or timed out.

    Returns:
        QueryResult
    """

    response = call_detailed(
        client,
        dataset_name=dataset_name,
        body=body,
        filter_=filter_,
        start_time=start_time,
        end_time=end_time,
        order=order,
        limit=limit,
        cursor=cursor,
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
) -> BatchResult[QueryResult]:
    """Call ``query_dataset`` once per ``Args``, at most ``max_concurrency`` at a time (threads sharing the
    client's connection pool).

    Inputs are consumed lazily. Returns one ``Ok(value)`` or ``Err(exception)`` per input, in input order;
    ``.values()``, ``.errors()`` and ``.raise_for_errors()`` summarise them. ``fail_fast`` stops starting new calls
    after the first error. ``on_progress(done, total, failures)`` is called after each call; ``progress=True``
    shows a tqdm bar when tqdm is installed. Retries and the client's rate limiter apply to every call.
    """

    def one(item: Args) -> QueryResult:
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
) -> Iterator[Ok[QueryResult] | Err]:
    """Like ``batch``, but yield each outcome as soon as its call completes (``.index`` is its input position)."""

    def one(item: Args) -> QueryResult:
        return call(
            client,
            dataset_name=item.dataset_name,
            body=item.body,
            request_options=request_options,
        )

    yield from iter_batch(one, args, max_concurrency=max_concurrency, fail_fast=fail_fast)


def iterate(
    client: Client,
    *,
    dataset_name: str,
    body: QueryRequest | dict[str, Any] | Unset = UNSET,
    filter_: None | str | Unset = UNSET,
    start_time: datetime.datetime | None | Unset = UNSET,
    end_time: datetime.datetime | None | Unset = UNSET,
    order: SortOrder | Literal["asc", "desc"] | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    start: Start = None,
    max_items: int | None = None,
    request_options: RequestOptions | None = None,
) -> Paginator[Event]:
    """Query a dataset

    Every item, page after page: pages are fetched lazily, one at a time (body_cursor pagination,
    declared).

    Returns the events of a dataset that match a filter within a time range. To get the next page,
    repeat the request with the response's `next_cursor` as the body's `cursor`; `next_cursor` is null
    on the last page.

    ``POST /datasets/{dataset_name}/query``; authenticated.

    Args:
        dataset_name (str): A dataset name: lower-case letters, digits, `_` and `-`, starting with
            a letter or digit, at most 63 characters.
        body (QueryRequest): A query over the events of a dataset.
        filter_ (None | str): A filter expression events must match; null matches every event.
        start_time (datetime.datetime | None): Only match events at or after this instant; null
            for one hour before `end_time`.
        end_time (datetime.datetime | None): Only match events strictly before this instant; null
            for now.
        order (SortOrder or a SortOrder value): The order of results by time: `asc` (oldest first)
            or `desc` (newest first).
        limit (int): The maximum number of events to return. Default: 100.
        cursor (None | str): The `next_cursor` of the previous page, or null for the first page.
        start: Where to begin: a ``Position`` saved from an earlier run (or its ``as_dict()``), or
            the API's own cursor. Default: the first page.
        max_items: Stop after this many items in total. Default: every item.
        request_options: Per-call overrides (timeout, retries, headers), applied to every page's request.

    Raises:
        logbook_client.errors.APIStatusError: While iterating: the server answered a page with an error status.
        logbook_client.errors.ResponseDecodingError: While iterating: a page does not match the spec.
        logbook_client.errors.APIConnectionError: While iterating: a page could not be fetched.
        logbook_client.errors.PaginationError: While iterating: the server repeats a cursor or URL (the run stops
            instead of looping), or points to a next page on another host.

    Returns:
        Paginator[Event]: iterating gives every item; ``.pages()`` gives pages;
            ``.position`` is where the run stands (pass it as ``start=`` to resume).
    """

    return Paginator(
        client,
        _operation.build_request(
            dataset_name=dataset_name,
            body=body,
            filter_=filter_,
            start_time=start_time,
            end_time=end_time,
            order=order,
            limit=limit,
            cursor=cursor,
        ),
        _operation.OPERATION,
        _operation.parse_response,
        _operation.PAGINATION,
        _operation.page_items,
        fields=_operation.page_fields,
        start=start,
        max_items=max_items,
        request_options=request_options,
    )
