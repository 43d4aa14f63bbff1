"""Asynchronous ``POST /annotations``: Create an annotation"""

import datetime
from collections.abc import AsyncIterator, Iterable
from typing import Any, Literal

from ..._client import AsyncClient
from ..._operations.annotations import create_annotation as _operation
from ..._runtime.batch import BatchResult, Err, Ok, ProgressCallback, aiter_batch, arun_batch
from ..._runtime.options import RequestOptions
from ..._runtime.response import Response
from ...models.annotation import Annotation
from ...models.annotation_category import AnnotationCategory
from ...models.annotation_input import AnnotationInput
from ...models.dataset_target import DatasetTarget
from ...models.query_target import QueryTarget
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
    body: AnnotationInput | dict[str, Any] | Unset = UNSET,
    title: str | Unset = UNSET,
    time: datetime.datetime | Unset = UNSET,
    target: DatasetTarget | dict[str, Any] | QueryTarget | Unset = UNSET,
    description: None | str | Unset = UNSET,
    category: AnnotationCategory | Literal["deploy", "incident", "maintenance", "note"] | Unset = UNSET,
    url: None | str | Unset = UNSET,
    end_time: datetime.datetime | None | Unset = UNSET,
    request_options: RequestOptions | None = None,
) -> Response[Annotation]:
    """Create an annotation

    Creates an annotation on a dataset or on a saved query.

    ``POST /annotations``; authenticated.

    Args:
        body (AnnotationInput): The writable fields of an annotation, for creating or replacing
            one.
        title (str): Required unless body is given. A short title.
        time (datetime.datetime): Required unless body is given. When the marked moment or period
            starts.
        target (DatasetTarget | dict[str, Any] | QueryTarget): Required unless body is given. What
            an annotation applies to, distinguished by `kind`.
        description (None | str): A longer explanation.
        category (AnnotationCategory or a AnnotationCategory value): What an annotation marks.
        url (None | str): A link to more information.
        end_time (datetime.datetime | None): When the marked period ends; null for a single
            moment.
        request_options: Per-call overrides (timeout, retries, headers, idempotency key).

    Raises:
        logbook_client.errors.APIStatusError: The server answered with an error status (a subclass per status,
            e.g. NotFoundError), carrying the status, headers, problem details and raw response.
        logbook_client.errors.ResponseDecodingError: The response body does not match the spec.
        logbook_client.errors.APIConnectionError: The request could not be sent or timed out.

    Returns:
        Response[Annotation]: the parsed value with the status, headers, raw response and
        the number of retries taken.
    """

    request = _operation.build_request(
        body=body,
        title=title,
        time=time,
        target=target,
        description=description,
        category=category,
        url=url,
        end_time=end_time,
    )
    return await client._execute(request, _operation.OPERATION, _operation.parse_response, request_options)


async def call(
    client: AsyncClient,
    *,
    body: AnnotationInput | dict[str, Any] | Unset = UNSET,
    title: str | Unset = UNSET,
    time: datetime.datetime | Unset = UNSET,
    target: DatasetTarget | dict[str, Any] | QueryTarget | Unset = UNSET,
    description: None | str | Unset = UNSET,
    category: AnnotationCategory | Literal["deploy", "incident", "maintenance", "note"] | Unset = UNSET,
    url: None | str | Unset = UNSET,
    end_time: datetime.datetime | None | Unset = UNSET,
    request_options: RequestOptions | None = None,
) -> Annotation:
    """Create an annotation

    Creates an annotation on a dataset or on a saved query.

    ``POST /annotations``; authenticated.

    Args:
        body (AnnotationInput): The writable fields of an annotation, for creating or replacing
            one.
        title (str): Required unless body is given. A short title.
        time (datetime.datetime): Required unless body is given. When the marked moment or period
            starts.
        target (DatasetTarget | dict[str, Any] | QueryTarget): Required unless body is given. What
            an annotation applies to, distinguished by `kind`.
        description (None | str): A longer explanation.
        category (AnnotationCategory or a AnnotationCategory value): What an annotation marks.
        url (None | str): A link to more information.
        end_time (datetime.datetime | None): When the marked period ends; null for a single
            moment.
        request_options: Per-call overrides (timeout, retries, headers, idempotency key).

    Raises:
        logbook_client.errors.APIStatusError: The server answered with an error status (a subclass per status,
            e.g. NotFoundError), carrying the status, headers, problem details and raw response.
        logbook_client.errors.ResponseDecodingError: The response body does not match the spec.
        logbook_client.errors.APIConnectionError: The request could not be sent or timed out.

    Returns:
        Annotation
    """

    response = await call_detailed(
        client,
        body=body,
        title=title,
        time=time,
        target=target,
        description=description,
        category=category,
        url=url,
        end_time=end_time,
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
) -> BatchResult[Annotation]:
    """Call ``create_annotation`` once per ``Args``, at most ``max_concurrency`` at a time.

    Inputs are consumed lazily. Returns one ``Ok(value)`` or ``Err(exception)`` per input, in input order;
    ``.values()``, ``.errors()`` and ``.raise_for_errors()`` summarise them. ``fail_fast`` stops starting new calls
    after the first error. ``on_progress(done, total, failures)`` is called after each call; ``progress=True``
    shows a tqdm bar when tqdm is installed. Retries and the client's rate limiter apply to every call.
    """

    async def one(item: Args) -> Annotation:
        return await call(
            client,
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
) -> AsyncIterator[Ok[Annotation] | Err]:
    """Like ``batch``, but yield each outcome as soon as its call completes (``.index`` is its input position)."""

    async def one(item: Args) -> Annotation:
        return await call(
            client,
            body=item.body,
            request_options=request_options,
        )

    async for outcome in aiter_batch(one, args, max_concurrency=max_concurrency, fail_fast=fail_fast):
        yield outcome
