"""Asynchronous ``POST /datasets/{dataset_name}/trim``: Trim old events from a dataset"""

import datetime
from collections.abc import AsyncIterator, Iterable
from typing import Any

from ..._client import AsyncClient
from ..._operations.datasets import trim_dataset as _operation
from ..._runtime.batch import BatchResult, Err, Ok, ProgressCallback, aiter_batch, arun_batch
from ..._runtime.options import RequestOptions
from ..._runtime.response import Response
from ...models.trim_request import TrimRequest
from ...models.trim_result import TrimResult
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
    dataset_name: str,
    body: TrimRequest | dict[str, Any] | Unset = UNSET,
    max_age: str | Unset = UNSET,
    before: datetime.datetime | Unset = UNSET,
    request_options: RequestOptions | None = None,
) -> Response[TrimResult]:
    """Trim old events from a dataset

    Deletes the events older than a cutoff, given either as an age (`max_age`) or as an instant
    (`before`). Returns how many events were deleted.

    ``POST /datasets/{dataset_name}/trim``; authenticated.

    Args:
        dataset_name (str): A dataset name: lower-case letters, digits, `_` and `-`, starting with
            a letter or digit, at most 63 characters.
        body (TrimRequest): The cutoff of a trim: give exactly one of `max_age` and `before`.
            Events older than the cutoff are deleted.
        max_age (str): Delete events older than this ISO 8601 duration, counted back from now.
        before (datetime.datetime): Delete events before this instant.
        request_options: Per-call overrides (timeout, retries, headers, idempotency key).

    Raises:
        logbook_client.errors.APIStatusError: The server answered with an error status (a subclass per status,
            e.g. NotFoundError), carrying the status, headers, problem details and raw response.
        logbook_client.errors.ResponseDecodingError: The response body does not match the spec.
        logbook_client.errors.APIConnectionError: The request could not be sent or timed out.

    Returns:
        Response[TrimResult]: the parsed value with the status, headers, raw response and
        the number of retries taken.
    """

    request = _operation.build_request(
        dataset_name=dataset_name,
        body=body,
        max_age=max_age,
        before=before,
    )
    return await client._execute(request, _operation.OPERATION, _operation.parse_response, request_options)


async def call(
    client: AsyncClient,
    *,
    dataset_name: str,
    body: TrimRequest | dict[str, Any] | Unset = UNSET,
    max_age: str | Unset = UNSET,
    before: datetime.datetime | Unset = UNSET,
    request_options: RequestOptions | None = None,
) -> TrimResult:
    """Trim old events from a dataset

    Deletes the events older than a cutoff, given either as an age (`max_age`) or as an instant
    (`before`). Returns how many events were deleted.

    ``POST /datasets/{dataset_name}/trim``; authenticated.

    Args:
        dataset_name (str): A dataset name: lower-case letters, digits, `_` and `-`, starting with
            a letter or digit, at most 63 characters.
        body (TrimRequest): The cutoff of a trim: give exactly one of `max_age` and `before`.
            Events older than the cutoff are deleted.
        max_age (str): Delete events older than this ISO 8601 duration, counted back from now.
        before (datetime.datetime): Delete events before this instant.
        request_options: Per-call overrides (timeout, retries, headers, idempotency key).

    Raises:
        logbook_client.errors.APIStatusError: The server answered with an error status (a subclass per status,
            e.g. NotFoundError), carrying the status, headers, problem details and raw response.
        logbook_client.errors.ResponseDecodingError: The response body does not match the spec.
        logbook_client.errors.APIConnectionError: The request could not be sent or timed out.

    Returns:
        TrimResult
    """

    response = await call_detailed(
        client,
        dataset_name=dataset_name,
        body=body,
        max_age=max_age,
        before=before,
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
) -> BatchResult[TrimResult]:
    """Call ``trim_dataset`` once per ``Args``, at most ``max_concurrency`` at a time.

    Inputs are consumed lazily. Returns one ``Ok(value)`` or ``Err(exception)`` per input, in input order;
    ``.values()``, ``.errors()`` and ``.raise_for_errors()`` summarise them. ``fail_fast`` stops starting new calls
    after the first error. ``on_progress(done, total, failures)`` is called after each call; ``progress=True``
    shows a tqdm bar when tqdm is installed. Retries and the client's rate limiter apply to every call.
    """

    async def one(item: Args) -> TrimResult:
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
) -> AsyncIterator[Ok[TrimResult] | Err]:
    """Like ``batch``, but yield each outcome as soon as its call completes (``.index`` is its input position)."""

    async def one(item: Args) -> TrimResult:
        return await call(
            client,
            dataset_name=item.dataset_name,
            body=item.body,
            request_options=request_options,
        )

    async for outcome in aiter_batch(one, args, max_concurrency=max_concurrency, fail_fast=fail_fast):
        yield outcome
