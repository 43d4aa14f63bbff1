"""Synchronous ``GET /hal``"""

from collections.abc import Iterable, Iterator

from ..._client import Client
from ..._operations.things import list_next_url as _operation
from ..._runtime.batch import BatchResult, Err, Ok, ProgressCallback, iter_batch, run_batch
from ..._runtime.options import RequestOptions
from ..._runtime.pagination import Paginator, Start
from ..._runtime.response import Response
from ...models.list_next_url_response_200 import ListNextUrlResponse200
from ...models.thing import Thing
from ...types import Unset

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
    page_size: int | Unset = 3,
    request_options: RequestOptions | None = None,
) -> Response[ListNextUrlResponse200]:
    """``GET /hal``

    ``GET /hal``; authenticated.

    Args:
        page_size (int | Unset):  Default: 3.
        request_options: Per-call overrides (timeout, retries, headers, idempotency key).

    Raises:
        paged_client.errors.APIStatusError: The server answered with an error status (a subclass per status,
            e.g. NotFoundError), carrying the status, headers, problem details and raw response.
        paged_client.errors.ResponseDecodingError: The response body does not match the spec.
        paged_client.errors.APIConnectionError: The request could not be sent or timed out.

    Returns:
        Response[ListNextUrlResponse200]: the parsed value with the status, headers, raw response and
        the number of retries taken.
    """

    request = _operation.build_request(
        page_size=page_size,
    )
    return client._execute(request, _operation.OPERATION, _operation.parse_response, request_options)


def call(
    client: Client,
    *,
    page_size: int | Unset = 3,
    request_options: RequestOptions | None = None,
) -> ListNextUrlResponse200:
    """``GET /hal``

    ``GET /hal``; authenticated.

    Args:
        page_size (int | Unset):  Default: 3.
        request_options: Per-call overrides (timeout, retries, headers, idempotency key).

    Raises:
        paged_client.errors.APIStatusError: The server answered with an error status (a subclass per status,
            e.g. NotFoundError), carrying the status, headers, problem details and raw response.
        paged_client.errors.ResponseDecodingError: The response body does not match the spec.
        paged_client.errors.APIConnectionError: The request could not be sent or timed out.

    Returns:
        ListNextUrlResponse200
    """

    response = call_detailed(
        client,
        page_size=page_size,
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
) -> BatchResult[ListNextUrlResponse200]:
    """Call ``list_next_url`` once per ``Args``, at most ``max_concurrency`` at a time (threads sharing the
    client's connection pool).

    Inputs are consumed lazily. Returns one ``Ok(value)`` or ``Err(exception)`` per input, in input order;
    ``.values()``, ``.errors()`` and ``.raise_for_errors()`` summarise them. ``fail_fast`` stops starting new calls
    after the first error. ``on_progress(done, total, failures)`` is called after each call; ``progress=True``
    shows a tqdm bar when tqdm is installed. Retries and the client's rate limiter apply to every call.
    """

    def one(item: Args) -> ListNextUrlResponse200:
        return call(
            client,
            page_size=item.page_size,
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
) -> Iterator[Ok[ListNextUrlResponse200] | Err]:
    """Like ``batch``, but yield each outcome as soon as its call completes (``.index`` is its input position)."""

    def one(item: Args) -> ListNextUrlResponse200:
        return call(
            client,
            page_size=item.page_size,
            request_options=request_options,
        )

    yield from iter_batch(one, args, max_concurrency=max_concurrency, fail_fast=fail_fast)


def iterate(
    client: Client,
    *,
    page_size: int | Unset = 3,
    start: Start = None,
    max_items: int | None = None,
    request_options: RequestOptions | None = None,
) -> Paginator[Thing]:
    """``GET /hal``

    Every item, page after page: pages are fetched lazily, one at a time (next_url pagination,
    declared).

    ``GET /hal``; authenticated.

    Args:
        page_size (int | Unset):  Default: 3.
        start: Where to begin: a ``Position`` saved from an earlier run (or its ``as_dict()``), or
            the API's own next-page URL. Default: the first page.
        max_items: Stop after this many items in total. Default: every item.
        request_options: Per-call overrides (timeout, retries, headers), applied to every page's request.

    Raises:
        paged_client.errors.APIStatusError: While iterating: the server answered a page with an error status.
        paged_client.errors.ResponseDecodingError: While iterating: a page does not match the spec.
        paged_client.errors.APIConnectionError: While iterating: a page could not be fetched.
        paged_client.errors.PaginationError: While iterating: the server repeats a cursor or URL (the run stops
            instead of looping), or points to a next page on another host.

    Returns:
        Paginator[Thing]: iterating gives every item; ``.pages()`` gives pages;
            ``.position`` is where the run stands (pass it as ``start=`` to resume).
    """

    return Paginator(
        client,
        _operation.build_request(
            page_size=page_size,
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
