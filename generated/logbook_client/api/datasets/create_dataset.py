"""Synchronous ``POST /datasets``: Create a dataset"""

from collections.abc import Iterable, Iterator
from typing import Any

from ..._client import Client
from ..._operations.datasets import create_dataset as _operation
from ..._runtime.batch import BatchResult, Err, Ok, ProgressCallback, iter_batch, run_batch
from ..._runtime.options import RequestOptions
from ..._runtime.response import Response
from ...models.dataset import Dataset
from ...models.dataset_create import DatasetCreate
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
    body: DatasetCreate | dict[str, Any] | Unset = UNSET,
    name: str | Unset = UNSET,
    description: None | str | Unset = UNSET,
    retention_days: int | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    request_options: RequestOptions | None = None,
) -> Response[Dataset]:
    """Create a dataset

    Creates an empty dataset. Fails with 409 if a dataset with the same name exists. Retrying with the
    same `Idempotency-Key` returns the original result instead of a conflict.

    ``POST /datasets``; authenticated.

    Args:
        idempotency_key (str | Unset):
        body (DatasetCreate): The settings of a new dataset.
        name (str): Required unless body is given. A dataset name: lower-case letters, digits, `_`
            and `-`, starting with a letter or digit, at most 63 characters.
        description (None | str): What the dataset contains.
        retention_days (int): How many days events are kept before being deleted. Default: 30.
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
        body=body,
        name=name,
        description=description,
        retention_days=retention_days,
        idempotency_key=idempotency_key,
    )
    return client._execute(request, _operation.OPERATION, _operation.parse_response, request_options)


def call(
    client: Client,
    *,
    body: DatasetCreate | dict[str, Any] | Unset = UNSET,
    name: str | Unset = UNSET,
    description: None | str | Unset = UNSET,
    retention_days: int | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    request_options: RequestOptions | None = None,
) -> Dataset:
    """Create a dataset

    Creates an empty dataset. Fails with 409 if a dataset with the same name exists. Retrying with the
    same `Idempotency-Key` returns the original result instead of a conflict.

    ``POST /datasets``; authenticated.

    Args:
        idempotency_key (str | Unset):
        body (DatasetCreate): The settings of a new dataset.
        name (str): Required unless body is given. A dataset name: lower-case letters, digits, `_`
            and `-`, starting with a letter or digit, at most 63 characters.
        description (None | str): What the dataset contains.
        retention_days (int): How many days events are kept before being deleted. Default: 30.
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
        body=body,
        name=name,
        description=description,
        retention_days=retention_days,
        idempotency_key=idempotency_key,
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
    """Call ``create_dataset`` once per ``Args``, at most ``max_concurrency`` at a time (threads sharing the
    client's connection pool).

    Inputs are consumed lazily. Returns one ``Ok(value)`` or ``Err(exception)`` per input, in input order;
    ``.values()``, ``.errors()`` and ``.raise_for_errors()`` summarise them. ``fail_fast`` stops starting new calls
    after the first error. ``on_progress(done, total, failures)`` is called after each call; ``progress=True``
    shows a tqdm bar when tqdm is installed. Retries and the client's rate limiter apply to every call.
    """

    def one(item: Args) -> Dataset:
        return call(
            client,
            body=item.body,
            idempotency_key=item.idempotency_key,
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
            body=item.body,
            idempotency_key=item.idempotency_key,
            request_options=request_options,
        )

    yield from iter_batch(one, args, max_concurrency=max_concurrency, fail_fast=fail_fast)
