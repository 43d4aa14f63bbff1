"""Asynchronous ``GET /stripe``"""

from collections.abc import AsyncIterator, Iterable

from ..._client import AsyncClient
from ..._operations.things import list_has_more as _operation
from ..._runtime.batch import BatchResult, Err, Ok, ProgressCallback, aiter_batch, arun_batch
from ..._runtime.options import RequestOptions
from ..._runtime.pagination import AsyncPaginator, Start
from ..._runtime.response import Response
from ...models.list_has_more_response_200 import ListHasMoreResponse200
from ...models.thing import Thing
from ...types import UNSET, Unset

__all__ = [
    "Args",
    "batch",
    "batch_iter",
    "call",
    "call_detailed",
    "iterate",
]

Args = _operation.Args


async def call_detailed(
    client: AsyncClient,
    *,
    starting_after: str | Unset = UNSET,
    limit: int | Unset = 3,
    request_options: RequestOptions | None = None,
) -> Response[ListHasMoreResponse200]:
    """``GET /stripe``

    ``GET /stripe``; authenticated.

    Args:
        starting_after (str | Unset):
        limit (int | Unset):  Default: 3.
        request_options: Per-call overrides (timeout, retries, headers, idempotency key).

    Raises:
        paged_client.errors.APIStatusError: The server answered with an error status (a subclass per status,
            e.g. NotFoundError), carrying the status, headers, problem details and raw response.
        paged_client.errors.ResponseDecodingError: The response body does not match the spec.
        paged_client.errors.APIConnectionError: The request could not be sent or timed out.

    Returns:
        Response[ListHasMoreResponse200]: the parsed value with the status, headers, raw response and
        the number of retries taken.
    """

    request = _operation.build_request(
        starting_after=starting_after,
        limit=limit,
    )
    return await client._execute(request, _operation.OPERATION, _operation.parse_response, request_options)


async def call(
    client: AsyncClient,
    *,
    starting_after: str | Unset = UNSET,
    limit: int | Unset = 3,
    request_options: RequestOptions | None = None,
) -> ListHasMoreResponse200:
    """``GET /stripe``

    ``GET /stripe``; authenticated.

    Args:
        starting_after (str | Unset):
        limit (int | Unset):  Default: 3.
        request_options: Per-call overrides (timeout, retries, headers, idempotency key).

    Raises:
        paged_client.errors.APIStatusError: The server answered with an error status (a subclass per status,
            e.g. NotFoundError), carrying the status, headers, problem details and raw response.
        paged_client.errors.ResponseDecodingError: The response body does not match the spec.
        paged_client.errors.APIConnectionError: The request could not be sent or timed out.

    Returns:
        ListHasMoreResponse200
    """

    response = await call_detailed(
        client,
        starting_after=starting_after,
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
) -> BatchResult[ListHasMoreResponse200]:
    """Call ``list_has_more`` once per ``Args``, at most ``max_concurrency`` at a time.

    Inputs are consumed lazily. Returns one ``Ok(value)`` or ``Err(exception)`` per input, in input order;
    ``.values()``, ``.errors()`` and ``.raise_for_errors()`` summarise them. ``fail_fast`` stops starting new calls
    after the first error. ``on_progress(done, total, failures)`` is called after each call; ``progress=True``
    shows a tqdm bar when tqdm is installed. Retries and the client's rate limiter apply to every call.
    """

    async def one(item: Args) -> ListHasMoreResponse200:
        return await call(
            client,
            starting_after=item.starting_after,
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
) -> AsyncIterator[Ok[ListHasMoreResponse200] | Err]:
    """Like ``batch``, but yield each outcome as soon as its call completes (``.index`` is its input position)."""

    async def one(item: Args) -> ListHasMoreResponse200:
        return await call(
            client,
            starting_after=item.starting_after,
            limit=item.limit,
            request_options=request_options,
        )

    async for outcome in aiter_batch(one, args, max_concurrency=max_concurrency, fail_fast=fail_fast):
        yield outcome


def iterate(
    client: AsyncClient,
    *,
    starting_after: str | Unset = UNSET,
    limit: int | Unset = 3,
    start: Start = None,
    max_items: int | None = None,
    request_options: RequestOptions | None = None,
) -> AsyncPaginator[Thing]:
    """``GET /stripe``

    Every item, page after page: pages are fetched lazily, one at a time (has_more pagination,
    declared).

    ``GET /stripe``; authenticated.

    Args:
        starting_after (str | Unset):
        limit (int | Unset):  Default: 3.
        start: Where to begin: a ``Position`` saved from an earlier run (or its ``as_dict()``), or
            the API's own cursor. Default: the first page.
        max_items: Stop after this many items in total. Default: every item.
        request_options: Per-call overrides (timeout, retries, headers), applied to every page's request.

    Raises:
        paged_client.errors.APIStatusError: While iterating: the server answered a page with an error status.
        paged_client.errors.ResponseDecodingError: While iterating: a page does not match the spec.
        paged_client.errors.APIConnectionError: While iterating: a page could not be fetched.
        paged_client.errors.PaginationError: While iterating: the server repeats a cursor or URL (the run stops
            instead of looping), or points to a next page on another host.

    Returns:
        AsyncPaginator[Thing]: ``async for`` gives every item; ``await`` gives the first page; ``.pages()`` gives pages;
            ``.position`` is where the run stands (pass it as ``start=`` to resume).
    """

    return AsyncPaginator(
        client,
        _operation.build_request(
            starting_after=starting_after,
            limit=limit,
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
