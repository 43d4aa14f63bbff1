"""Asynchronous ``GET /datasets/{dataset_name}/events``: Stream events from a dataset"""

import datetime
from collections.abc import AsyncIterator, Iterable

from ..._client import AsyncClient
from ..._operations.query import stream_events as _operation
from ..._runtime.batch import BatchResult, Err, Ok, ProgressCallback, aiter_batch, arun_batch
from ..._runtime.options import RequestOptions
from ..._runtime.response import Response
from ..._runtime.streaming import aiter_ndjson
from ...models.event import Event
from ...types import UNSET, Unset

__all__ = [
    "Args",
    "batch",
    "batch_iter",
    "call",
    "call_detailed",
    "stream",
]

Args = _operation.Args


async def call_detailed(
    client: AsyncClient,
    *,
    dataset_name: str,
    since: datetime.datetime | Unset = UNSET,
    until: datetime.datetime | Unset = UNSET,
    limit: int | Unset = 100,
    request_options: RequestOptions | None = None,
) -> Response[str]:
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
        Response[str]: the parsed value with the status, headers, raw response and
        the number of retries taken.
    """

    request = _operation.build_request(
        dataset_name=dataset_name,
        since=since,
        until=until,
        limit=limit,
    )
    return await client._execute(request, _operation.OPERATION, _operation.parse_response, request_options)


async def call(
    client: AsyncClient,
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

    response = await call_detailed(
        client,
        dataset_name=dataset_name,
        since=since,
        until=until,
        limit=limit,
        request_options=request_options,
    )
    return response.parsed


async def batch(
    client: AsyncClient,
    args: Iterable[Args],
    *,
    max_concurrency: int = 32,
    fail_fast: bool = False,
    on_progress: ProgressCallback | None = None,
    progress: bool = False,
    request_options: RequestOptions | None = None,
) -> BatchResult[str]:
    """Call ``stream_events`` once per ``Args``, at most ``max_concurrency`` at a time.

    Inputs are consumed lazily. Returns one ``Ok(value)`` or ``Err(exception)`` per input, in input order;
    ``.values()``, ``.errors()`` and ``.raise_for_errors()`` summarise them. ``fail_fast`` stops starting new calls
    after the first error. ``on_progress(done, total, failures)`` is called after each call; ``progress=True``
    shows a tqdm bar when tqdm is installed. Retries and the client's rate limiter apply to every call.
    """

    async def one(item: Args) -> str:
        return await call(
            client,
            dataset_name=item.dataset_name,
            since=item.since,
            until=item.until,
            limit=item.limit,
            request_options=request_options,
        )

    return await arun_batch(
        one, args, max_concurrency=max_concurrency, fail_fast=fail_fast, on_progress=on_progress, progress=progress
    )


async def batch_iter(
    client: AsyncClient,
    args: Iterable[Args],
    *,
    max_concurrency: int = 32,
    fail_fast: bool = False,
    request_options: RequestOptions | None = None,
) -> AsyncIterator[Ok[str] | Err]:
    """Like ``batch``, but yield each outcome as soon as its call completes (``.index`` is its input position)."""

    async def one(item: Args) -> str:
        return await call(
            client,
            dataset_name=item.dataset_name,
            since=item.since,
            until=item.until,
            limit=item.limit,
            request_options=request_options,
        )

    async for outcome in aiter_batch(one, args, max_concurrency=max_concurrency, fail_fast=fail_fast):
        yield outcome


async def stream(
    client: AsyncClient,
    *,
    dataset_name: str,
    since: datetime.datetime | Unset = UNSET,
    until: datetime.datetime | Unset = UNSET,
    limit: int | Unset = 100,
    request_options: RequestOptions | None = None,
) -> AsyncIterator[Event]:
    """Iterate the newline-delimited JSON body one ``Event`` at a time, never buffering it whole.

    Leaving the loop early releases the connection. A line that does not decode raises ``ResponseDecodingError``.
    """
    request = _operation.build_request(
        dataset_name=dataset_name,
        since=since,
        until=until,
        limit=limit,
    )
    request = {**request, "headers": {"Accept": "application/x-ndjson", **request.get("headers", {})}}
    async with client._stream(request, _operation.OPERATION, request_options) as response:
        async for item in aiter_ndjson(response, Event.from_dict):
            yield item
