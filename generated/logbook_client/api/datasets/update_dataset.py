"""Synchronous ``PATCH /datasets/{dataset_name}``: Update a dataset"""

from collections.abc import Iterable, Iterator
from typing import Any

from ..._client import Client
from ..._operations.datasets import update_dataset as _operation
from ..._runtime.batch import BatchResult, Err, Ok, ProgressCallback, iter_batch, run_batch
from ..._runtime.options import RequestOptions
from ..._runtime.response import Response
from ...models.dataset import Dataset
from ...models.dataset_update import DatasetUpdate
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
    body: DatasetUpdate | dict[str, Any] | Unset = UNSET,
    description: None | str | Unset = UNSET,
    retention_days: int | Unset = UNSET,
    if_match: str,
    request_options: RequestOptions | None = None,
) -> Response[Dataset]:
    """Update a dataset

    Changes some settings of a dataset; absent fields are left unchanged. The `If-Match` header must
    carry the dataset's current `ETag`, otherwise the update is refused with 412.

    ``PATCH /datasets/{dataset_name}``; authenticated.

    Args:
        dataset_name (str): A dataset name: lower-case letters, digits, `_` and `-`, starting with
            a letter or digit, at most 63 characters.
        if_match (str):
        body (DatasetUpdate): Changes to a dataset's settings; absent fields are left unchanged.
        description (None | str): What the dataset contains; null clears it.
        retention_days (int): How many days events are kept before being deleted.
        request_options: Per-call overrides (timeout, retries, headers, idempotency key).

    Raises:
        logbook_client.errors.APIStatusError: The server answered with an error status (a subclass per status,
            e.g. NotFoundError), carrying the status, headers, problem details and raw response.
        logbook_client.errors.ResponseDecodingError: The response body does not match the spec.
        logbook_client.errors.APIConnectionError: The request could not be sent or timed out.

    Returns:
        Response[Dataset]: the parsed value with the status, headers, raw response and
        the number of retries taken.
    """

    request = _operation.build_request(
        dataset_name=dataset_name,
        body=body,
        description=description,
        retention_days=retention_days,
        if_match=if_match,
    )
    return client._execute(request, _operation.OPERATION, _operation.parse_response, request_options)


def call(
    client: Client,
    *,
    dataset_name: str,
    body: DatasetUpdate | dict[str, Any] | Unset = UNSET,
    description: None | str | Unset = UNSET,
    retention_days: int | Unset = UNSET,
    if_match: str,
    request_options: RequestOptions | None = None,
) -> Dataset:
    """Update a dataset

    Changes some settings of a dataset; absent fields are left unchanged. The `If-Match` header must
    carry the dataset's current `ETag`, otherwise the update is refused with 412.

    ``PATCH /datasets/{dataset_name}``; authenticated.

    Args:
        dataset_name (str): A dataset name: lower-case letters, digits, `_` and `-`, starting with
            a letter or digit, at most 63 characters.
        if_match (str):
        body (DatasetUpdate): Changes to a dataset's settings; absent fields are left unchanged.
        description (None | str): What the dataset contains; null clears it.
        retention_days (int): How many days events are kept before being deleted.
        request_options: Per-call overrides (timeout, retries, headers, idempotency key).

    Raises:
        logbook_client.errors.APIStatusError: The server answered with an error status (a subclass per status,
            e.g. NotFoundError), carrying the status, headers, problem details and raw response.
        logbook_client.errors.ResponseDecodingError: The response body does not match the spec.
        logbook_client.errors.APIConnectionError: The request could not be sent or timed out.

    Returns:
        Dataset
    """

    response = call_detailed(
        client,
        dataset_name=dataset_name,
        body=body,
        description=description,
        retention_days=retention_days,
        if_match=if_match,
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
) -> BatchResult[Dataset]:
    """Call ``update_dataset`` once per ``Args``, at most ``max_concurrency`` at a time (threads sharing the
    client's connection pool).

    Inputs are consumed lazily. Returns one ``Ok(value)`` or ``Err(exception)`` per input, in input order;
    ``.values()``, ``.errors()`` and ``.raise_for_errors()`` summarise them. ``fail_fast`` stops starting new calls
    after the first error. ``on_progress(done, total, failures)`` is called after each call; ``progress=True``
    shows a tqdm bar when tqdm is installed. Retries and the client's rate limiter apply to every call.
    """

    def one(item: Args) -> Dataset:
        return call(
            client,
            dataset_name=item.dataset_name,
            body=item.body,
            if_match=item.if_match,
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
) -> Iterator[Ok[Dataset] | Err]:
    """Like ``batch``, but yield each outcome as soon as its call completes (``.index`` is its input position)."""

    def one(item: Args) -> Dataset:
        return call(
            client,
            dataset_name=item.dataset_name,
            body=item.body,
            if_match=item.if_match,
            request_options=request_options,
        )

    yield from iter_batch(one, args, max_concurrency=max_concurrency, fail_fast=fail_fast)
