"""Synchronous resource for the ``query`` operations: ``client.query.<operation>(...)``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from ..._runtime.unset import UNSET

if TYPE_CHECKING:
    import datetime
    from collections.abc import Iterable

    from ..._client import Client
    from ..._runtime.batch import BatchResult, ProgressCallback
    from ..._runtime.options import RequestOptions
    from ..._runtime.pagination import Paginator, Start
    from ...models.event import Event
    from ...models.query_request import QueryRequest
    from ...models.sort_order import SortOrder
    from ...types import Unset

__all__ = ["QueryResource"]


class QueryResource:
    """The ``query`` operations, bound to one Client."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def query_dataset(
        self,
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

        from . import query_dataset as _query_dataset

        return _query_dataset.iterate(
            self._client,
            dataset_name=dataset_name,
            body=body,
            filter_=filter_,
            start_time=start_time,
            end_time=end_time,
            order=order,
            limit=limit,
            cursor=cursor,
            start=start,
            max_items=max_items,
            request_options=request_options,
        )

    def stream_events(
        self,
        *,
        dataset_name: str,
        since: datetime.datetime | Unset = UNSET,
        until: datetime.datetime | Unset = UNSET,
        limit: int | Unset = 100,
        request_options: RequestOptions | None = None,
    ) -> str:
        """Stream events from a dataset

        Streams the events of a dataset in time order as newline-delimited JSON, one event per line, without
        buffering the whole result.

        ``GET /datasets/{dataset_name}/events``; authenticated.

        Args:
            dataset_name (str): A dataset name: lower-case letters, digits, `_` and `-`, starting with
                a letter or digit, at most 63 characters.
            since (datetime.datetime | Unset):
            until (datetime.datetime | Unset):
            limit (int | Unset):  Default: 100.
            request_options: Per-call overrides (timeout, retries, headers, idempotency key).

        Raises:
            logbook_client.errors.APIStatusError: The server answered with an error status (a subclass per status,
                e.g. NotFoundError), carrying the status, headers, problem details and raw response.
            logbook_client.errors.ResponseDecodingError: The response body does not match the spec.
            logbook_client.errors.APIConnectionError: The request could not be sent or timed out.

        Returns:
            str
        """

        from . import stream_events as _stream_events

        return _stream_events.call(
            self._client,
            dataset_name=dataset_name,
            since=since,
            until=until,
            limit=limit,
            request_options=request_options,
        )

    def stream_events_many(
        self,
        *,
        dataset_name: Iterable[str],
        max_concurrency: int = 32,
        fail_fast: bool = False,
        on_progress: ProgressCallback | None = None,
        request_options: RequestOptions | None = None,
    ) -> BatchResult[str]:
        """``stream_events`` once per ``dataset_name``, concurrently; outcomes in input order (see ``batch``)."""
        from . import stream_events as _stream_events

        return _stream_events.batch(
            self._client,
            (_stream_events.Args(dataset_name=value) for value in dataset_name),
            max_concurrency=max_concurrency,
            fail_fast=fail_fast,
            on_progress=on_progress,
            request_options=request_options,
        )

    def tail_events(
        self,
        *,
        dataset_name: str,
        limit: int | Unset = 100,
        backlog: int | Unset = 0,
        last_event_id: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> str:
        """Tail a dataset live

        Streams the events of a dataset as Server-Sent Events while they are ingested. Each event's `id` is
        its position in the dataset: a client that lost the connection reconnects with `Last-Event-ID` and
        gets the events after that one, none lost and none repeated. Without it, the tail starts with the
        `backlog` most recent events. The stream ends after `limit` events.

        ``GET /datasets/{dataset_name}/tail``; authenticated.

        Args:
            dataset_name (str): A dataset name: lower-case letters, digits, `_` and `-`, starting with
                a letter or digit, at most 63 characters.
            limit (int | Unset):  Default: 100.
            backlog (int | Unset):  Default: 0.
            last_event_id (str | Unset):
            request_options: Per-call overrides (timeout, retries, headers, idempotency key).

        Raises:
            logbook_client.errors.APIStatusError: The server answered with an error status (a subclass per status,
                e.g. NotFoundError), carrying the status, headers, problem details and raw response.
            logbook_client.errors.ResponseDecodingError: The response body does not match the spec.
            logbook_client.errors.APIConnectionError: The request could not be sent or timed out.

        Returns:
            str
        """

        from . import tail_events as _tail_events

        return _tail_events.call(
            self._client,
            dataset_name=dataset_name,
            limit=limit,
            backlog=backlog,
            last_event_id=last_event_id,
            request_options=request_options,
        )

    def tail_events_many(
        self,
        *,
        dataset_name: Iterable[str],
        max_concurrency: int = 32,
        fail_fast: bool = False,
        on_progress: ProgressCallback | None = None,
        request_options: RequestOptions | None = None,
    ) -> BatchResult[str]:
        """``tail_events`` once per ``dataset_name``, concurrently; outcomes in input order (see ``batch``)."""
        from . import tail_events as _tail_events

        return _tail_events.batch(
            self._client,
            (_tail_events.Args(dataset_name=value) for value in dataset_name),
            max_concurrency=max_concurrency,
            fail_fast=fail_fast,
            on_progress=on_progress,
            request_options=request_options,
        )
