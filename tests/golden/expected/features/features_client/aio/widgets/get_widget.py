"""Asynchronous ``GET /widgets/{widget_id}``: Get a widget"""

import datetime
from collections.abc import AsyncIterator, Iterable
from typing import Literal

from ..._client import AsyncClient
from ..._operations.widgets import get_widget as _operation
from ..._runtime.batch import BatchResult, Err, Ok, ProgressCallback, aiter_batch, arun_batch
from ..._runtime.options import RequestOptions
from ..._runtime.response import Response
from ...models.color import Color
from ...models.widget import Widget
from ...types import UNSET, Unset

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
    widget_id: int,
    fields: list[str] | Unset = UNSET,
    color: Color | Literal["red", "green", "blue"] | Unset = UNSET,
    since: datetime.date | Unset = UNSET,
    x_trace: str | Unset = UNSET,
    prefs: str | Unset = UNSET,
    request_options: RequestOptions | None = None,
) -> Response[Widget]:
    """Get a widget

    ``GET /widgets/{widget_id}``; authenticated.

    Args:
        widget_id (int):
        fields (list[str] | Unset):
        color (Color | Unset):
        since (datetime.date | Unset):
        x_trace (str | Unset):
        prefs (str | Unset):
        request_options: Per-call overrides (timeout, retries, headers, idempotency key).

    Raises:
        features_client.errors.APIStatusError: The server answered with an error status (a subclass per status,
            e.g. NotFoundError), carrying the status, headers, problem details and raw response.
        features_client.errors.ResponseDecodingError: The response body does not match the spec.
        features_client.errors.APIConnectionError: The request could not be sent or timed out.

    Returns:
        Response[Widget]: the parsed value with the status, headers, raw response and
        the number of retries taken.
    """

    request = _operation.build_request(
        widget_id=widget_id,
        fields=fields,
        color=color,
        since=since,
        x_trace=x_trace,
        prefs=prefs,
    )
    return await client._execute(request, _operation.OPERATION, _operation.parse_response, request_options)


async def call(
    client: AsyncClient,
    *,
    widget_id: int,
    fields: list[str] | Unset = UNSET,
    color: Color | Literal["red", "green", "blue"] | Unset = UNSET,
    since: datetime.date | Unset = UNSET,
    x_trace: str | Unset = UNSET,
    prefs: str | Unset = UNSET,
    request_options: RequestOptions | None = None,
) -> Widget:
    """Get a widget

    ``GET /widgets/{widget_id}``; authenticated.

    Args:
        widget_id (int):
        fields (list[str] | Unset):
        color (Color | Unset):
        since (datetime.date | Unset):
        x_trace (str | Unset):
        prefs (str | Unset):
        request_options: Per-call overrides (timeout, retries, headers, idempotency key).

    Raises:
        features_client.errors.APIStatusError: The server answered with an error status (a subclass per status,
            e.g. NotFoundError), carrying the status, headers, problem details and raw response.
        features_client.errors.ResponseDecodingError: The response body does not match the spec.
        features_client.errors.APIConnectionError: The request could not be sent or timed out.

    Returns:
        Widget
    """

    response = await call_detailed(
        client,
        widget_id=widget_id,
        fields=fields,
        color=color,
        since=since,
        x_trace=x_trace,
        prefs=prefs,
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
) -> BatchResult[Widget]:
    """Call ``get_widget`` once per ``Args``, at most ``max_concurrency`` at a time.

    Inputs are consumed lazily. Returns one ``Ok(value)`` or ``Err(exception)`` per input, in input order;
    ``.values()``, ``.errors()`` and ``.raise_for_errors()`` summarise them. ``fail_fast`` stops starting new calls
    after the first error. ``on_progress(done, total, failures)`` is called after each call; ``progress=True``
    shows a tqdm bar when tqdm is installed. Retries and the client's rate limiter apply to every call.
    """

    async def one(item: Args) -> Widget:
        return await call(
            client,
            widget_id=item.widget_id,
            fields=item.fields,
            color=item.color,
            since=item.since,
            x_trace=item.x_trace,
            prefs=item.prefs,
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
) -> AsyncIterator[Ok[Widget] | Err]:
    """Like ``batch``, but yield each outcome as soon as its call completes (``.index`` is its input position)."""

    async def one(item: Args) -> Widget:
        return await call(
            client,
            widget_id=item.widget_id,
            fields=item.fields,
            color=item.color,
            since=item.since,
            x_trace=item.x_trace,
            prefs=item.prefs,
            request_options=request_options,
        )

    async for outcome in aiter_batch(one, args, max_concurrency=max_concurrency, fail_fast=fail_fast):
        yield outcome
