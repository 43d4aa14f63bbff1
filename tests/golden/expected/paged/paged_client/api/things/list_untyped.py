"""Synchronous ``GET /untyped``: The items are not in the response model, so they are read from the JSON and..."""

from typing import Any

from ..._client import Client
from ..._operations.things import list_untyped as _operation
from ..._runtime.pagination import Paginator, Start
from ..._runtime.response import Response
from ...models.list_untyped_response_200 import ListUntypedResponse200
from ...types import UNSET, Unset

__all__ = ["call", "call_detailed", "iterate"]


def call_detailed(
    client: Client,
    *,
    cursor: str | Unset = UNSET,
) -> Response[ListUntypedResponse200]:
    """The items are not in the response model, so they are read from the JSON and typed Any.

    ``GET /untyped``.

    Args:
        cursor (str | Unset):

    Raises:
        paged_client.errors.APIStatusError: The server answered with an error status (a subclass per status,
            e.g. NotFoundError), carrying the status, headers, problem details and raw response.
        paged_client.errors.ResponseDecodingError: The response body does not match the spec.
        paged_client.errors.APIConnectionError: The request could not be sent or timed out.

    Returns:
        Response[ListUntypedResponse200]: the parsed value with the status, headers and raw response.
    """

    request = _operation.build_request(
        cursor=cursor,
    )
    return client._execute(request, _operation.OPERATION, _operation.parse_response)


def call(
    client: Client,
    *,
    cursor: str | Unset = UNSET,
) -> ListUntypedResponse200:
    """The items are not in the response model, so they are read from the JSON and typed Any.

    ``GET /untyped``.

    Args:
        cursor (str | Unset):

    Raises:
        paged_client.errors.APIStatusError: The server answered with an error status (a subclass per status,
            e.g. NotFoundError), carrying the status, headers, problem details and raw response.
        paged_client.errors.ResponseDecodingError: The response body does not match the spec.
        paged_client.errors.APIConnectionError: The request could not be sent or timed out.

    Returns:
        ListUntypedResponse200
    """

    response = call_detailed(
        client,
        cursor=cursor,
    )
    return response.parsed


def iterate(
    client: Client,
    *,
    cursor: str | Unset = UNSET,
    start: Start = None,
    max_items: int | None = None,
) -> Paginator[Any]:
    """The items are not in the response model, so they are read from the JSON and typed Any.

    Every item, page after page: pages are fetched lazily, one at a time (cursor pagination,
    declared).

    ``GET /untyped``.

    Args:
        cursor (str | Unset):
        start: Where to begin: a ``Position`` saved from an earlier run (or its ``as_dict()``), or
            the API's own cursor. Default: the first page.
        max_items: Stop after this many items in total. Default: every item.

    Raises:
        paged_client.errors.APIStatusError: While iterating: the server answered a page with an error status.
        paged_client.errors.ResponseDecodingError: While iterating: a page does not match the spec.
        paged_client.errors.APIConnectionError: While iterating: a page could not be fetched.
        paged_client.errors.PaginationError: While iterating: the server repeats a cursor or URL (the run stops
            instead of looping), or points to a next page on another host.

    Returns:
        Paginator[Any]: iterating gives every item; ``.pages()`` gives pages;
            ``.position`` is where the run stands (pass it as ``start=`` to resume).
    """

    return Paginator(
        client,
        _operation.build_request(
            cursor=cursor,
        ),
        _operation.OPERATION,
        _operation.parse_response,
        _operation.PAGINATION,
        _operation.page_items,
        start=start,
        max_items=max_items,
    )
