"""Synchronous ``GET /datasets/{dataset_name}/tail``: Tail a dataset live"""

from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from ..._client import Client
from ..._operations.query import tail_events as _operation
from ..._runtime.batch import BatchResult, Err, Ok, ProgressCallback, iter_batch, run_batch
from ..._runtime.options import RequestOptions, with_headers
from ..._runtime.response import Response
from ..._runtime.sse import EventStream, json_data
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


def call_detailed(
    client: Client,
    *,
    dataset_name: str,
    limit: int | Unset = 100,
    backlog: int | Unset = 0,
    last_event_id: str | Unset = UNSET,
    request_options: RequestOptions | None = None,
) -> Response[str]:
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
        Response[str]: the parsed value with the status, headers, raw response and
        the number of retries taken.
    """

    request = _operation.build_request(
        dataset_name=dataset_name,
        limit=limit,
        backlog=backlog,
        last_event_id=last_event_id,
    )
    return client._execute(request, _operation.OPERATION, _operation.parse_response, request_options)


def call(
    client: Client,
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

    response = call_detailed(
        client,
        dataset_name=dataset_name,
        limit=limit,
        backlog=backlog,
        last_event_id=last_event_id,
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
) -> BatchResult[str]:
    """Call ``tail_events`` once per ``Args``, at most ``max_concurrency`` at a time (threads sharing the
    client's connection pool).

    Inputs are consumed lazily. Returns one ``Ok(value)`` or ``Err(exception)`` per input, in input order;
    ``.values()``, ``.errors()`` and ``.raise_for_errors()`` summarise them. ``fail_fast`` stops starting new calls
    after the first error. ``on_progress(done, total, failures)`` is called after each call; ``progress=True``
    shows a tqdm bar when tqdm is installed. Retries and the client's rate limiter apply to every call.
    """

    def one(item: Args) -> str:
        return call(
            client,
            dataset_name=item.dataset_name,
            limit=item.limit,
            backlog=item.backlog,
            last_event_id=item.last_event_id,
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
) -> Iterator[Ok[str] | Err]:
    """Like ``batch``, but yield each outcome as soon as its call completes (``.index`` is its input position)."""

    def one(item: Args) -> str:
        return call(
            client,
            dataset_name=item.dataset_name,
            limit=item.limit,
            backlog=item.backlog,
            last_event_id=item.last_event_id,
            request_options=request_options,
        )

    yield from iter_batch(one, args, max_concurrency=max_concurrency, fail_fast=fail_fast)


def stream(
    client: Client,
    *,
    dataset_name: str,
    limit: int | Unset = 100,
    backlog: int | Unset = 0,
    last_event_id: str | Unset = UNSET,
    max_resumes: int | None = None,
    request_options: RequestOptions | None = None,
) -> EventStream[Event]:
    """Open the ``text/event-stream`` response as typed events, one ``ServerSentEvent`` each.

    Use it as ``with stream(...) as events: for event in events``.
    Each event has ``event``, ``id``, ``retry`` and ``data`` (decoded as ``Event``).
    The connection opens on the first iteration and closes when the block is left, early or not. An event whose
    data is ``[DONE]`` ends the stream; an ``event: error`` raises ``StreamEventError``.
    A dropped connection is reopened with ``Last-Event-ID``, after the server's ``retry`` delay, up to
    ``max_resumes`` times (default: the client's ``max_retries``).
    """
    request = _operation.build_request(
        dataset_name=dataset_name,
        limit=limit,
        backlog=backlog,
        last_event_id=last_event_id,
    )
    request = {**request, "headers": {"Accept": "text/event-stream", **request.get("headers", {})}}

    def open_stream(headers: Mapping[str, str]) -> Any:
        return client._stream(request, _operation.OPERATION, with_headers(request_options, headers))

    return EventStream(
        open_stream,
        _decode_event,
        resumable=True,
        max_resumes=client.retry_policy.max_retries if max_resumes is None else max_resumes,
        description=f"{_operation.OPERATION.method} {_operation.OPERATION.path}",
    )


def _decode_event(event: str, data: str) -> Event:
    return Event.from_dict(json_data(data))
