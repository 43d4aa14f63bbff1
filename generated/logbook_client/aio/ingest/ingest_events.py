"""Asynchronous ``POST /datasets/{dataset_name}/ingest``: Ingest events into a dataset"""

from collections.abc import AsyncIterator, Iterable

from ..._client import AsyncClient
from ..._operations.ingest import ingest_events as _operation
from ..._runtime.batch import BatchResult, Err, Ok, ProgressCallback, aiter_batch, arun_batch
from ..._runtime.options import RequestOptions
from ..._runtime.response import Response
from ..._runtime.sequences import AsyncItemStream
from ...models.event import Event
from ...models.ingest_result import IngestResult

__all__ = [
    "Args",
    "batch",
    "batch_iter",
    "call",
    "call_detailed",
]

Args = _operation.Args


async def call_detailed(
    client: AsyncClient,
    *,
    dataset_name: str,
    body: list[Event] | AsyncItemStream[Event],
    request_options: RequestOptions | None = None,
) -> Response[IngestResult]:
    """Ingest events into a dataset

    Adds events to a dataset, sent either as a JSON array or as newline-delimited JSON. Events are
    accepted or rejected one by one: the response counts both and explains each rejection by the event's
    zero-based position in the request.

    ``POST /datasets/{dataset_name}/ingest``; authenticated.

    Args:
        dataset_name (str): A dataset name: lower-case letters, digits, `_` and `-`, starting with
            a letter or digit, at most 63 characters.
        body (list[Event]): The events to ingest.
        body: Newline-delimited JSON: each line is one event, a JSON object in the shape of
            `Event`. The items to send, ``Event`` models or dicts, from an iterable or an async
            iterable: each is encoded as one JSON text when it is taken, and the body is streamed
            (chunked); or the body already serialised (``str`` or ``bytes``), sent as it is. A
            streamed body is sent once: a call that fails is not retried.
        request_options: Per-call overrides (timeout, retries, headers, idempotency key).

    Raises:
        logbook_client.errors.APIStatusError: The server answered with an error status (a subclass per status,
            e.g. NotFoundError), carrying the status, headers, problem details and raw response.
        logbook_client.errors.ResponseDecodingError: The response body does not match the spec.
        logbook_client.errors.APIConnectionError: The request could not be sent or timed out.

    Returns:
        Response[IngestResult]: the parsed value with the status, headers, raw response and
        the number of retries taken.
    """

    request = _operation.build_request(
        dataset_name=dataset_name,
        body=body,
    )
    return await client._execute(request, _operation.OPERATION, _operation.parse_response, request_options)


async def call(
    client: AsyncClient,
    *,
    dataset_name: str,
    body: list[Event] | AsyncItemStream[Event],
    request_options: RequestOptions | None = None,
) -> IngestResult:
    """Ingest events into a dataset

    Adds events to a dataset, sent either as a JSON array or as newline-delimited JSON. Events are
    accepted or rejected one by one: the response counts both and explains each rejection by the event's
    zero-based position in the request.

    ``POST /datasets/{dataset_name}/ingest``; authenticated.

    Args:
        dataset_name (str): A dataset name: lower-case letters, digits, `_` and `-`, starting with
            a letter or digit, at most 63 characters.
        body (list[Event]): The events to ingest.
        body: Newline-delimited JSON: each line is one event, a JSON object in the shape of
            `Event`. The items to send, ``Event`` models or dicts, from an iterable or an async
            iterable: each is encoded as one JSON text when it is taken, and the body is streamed
            (chunked); or the body already serialised (``str`` or ``bytes``), sent as it is. A
            streamed body is sent once: a call that fails is not retried.
        request_options: Per-call overrides (timeout, retries, headers, idempotency key).

    Raises:
        logbook_client.errors.APIStatusError: The server answered with an error status (a subclass per status,
            e.g. NotFoundError), carrying the status, headers, problem details and raw response.
        logbook_client.errors.ResponseDecodingError: The response body does not match the spec.
        logbook_client.errors.APIConnectionError: The request could not be sent or timed out.

    Returns:
        IngestResult
    """

    response = await call_detailed(
        client,
        dataset_name=dataset_name,
        body=body,
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
) -> BatchResult[IngestResult]:
    """Call ``ingest_events`` once per ``Args``, at most ``max_concurrency`` at a time.

    Inputs are consumed lazily. Returns one ``Ok(value)`` or ``Err(exception)`` per input, in input order;
    ``.values()``, ``.errors()`` and ``.raise_for_errors()`` summarise them. ``fail_fast`` stops starting new calls
    after the first error. ``on_progress(done, total, failures)`` is called after each call; ``progress=True``
    shows a tqdm bar when tqdm is installed. Retries and the client's rate limiter apply to every call.
    """

    async def one(item: Args) -> IngestResult:
        return await call(
            client,
            dataset_name=item.dataset_name,
            body=item.body,
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
) -> AsyncIterator[Ok[IngestResult] | Err]:
    """Like ``batch``, but yield each outcome as soon as its call completes (``.index`` is its input position)."""

    async def one(item: Args) -> IngestResult:
        return await call(
            client,
            dataset_name=item.dataset_name,
            body=item.body,
            request_options=request_options,
        )

    async for outcome in aiter_batch(one, args, max_concurrency=max_concurrency, fail_fast=fail_fast):
        yield outcome
