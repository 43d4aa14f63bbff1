"""Synchronous ``GET /hal``"""

from ..._client import Client
from ..._operations.things import list_next_url as _operation
from ..._runtime.pagination import Paginator, Start
from ..._runtime.response import Response
from ...models.list_next_url_response_200 import ListNextUrlResponse200
from ...models.thing import Thing
from ...types import Unset

__all__ = ["call", "call_detailed", "iterate"]


def call_detailed(
    client: Client,
    *,
    page_size: int | Unset = 3,
) -> Response[ListNextUrlResponse200]:
    """``GET /hal``

    ``GET /hal``.

    Args:
        page_size (int | Unset):  Default: 3.

    Raises:
        paged_client.errors.APIStatusError: The server answered with an error status (a subclass per status,
            e.g. NotFoundError), carrying the status, headers, problem details and raw response.
        paged_client.errors.ResponseDecodingError: The response body does not match the spec.
        paged_client.errors.APIConnectionError: The request could not be sent or timed out.

    Returns:
        Response[ListNextUrlResponse200]: the parsed value with the status, headers and raw response.
    """

    request = _operation.build_request(
        page_size=page_size,
    )
    return client._execute(request, _operation.OPERATION, _operation.parse_response)


def call(
    client: Client,
    *,
    page_size: int | Unset = 3,
) -> ListNextUrlResponse200:
    """``GET /hal``

    ``GET /hal``.

    Args:
        page_size (int | Unset):  Default: 3.

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
    )
    return response.parsed


def iterate(
    client: Client,
    *,
    page_size: int | Unset = 3,
    start: Start = None,
    max_items: int | None = None,
) -> Paginator[Thing]:
    """``GET /hal``

    Every item, page after page: pages are fetched lazily, one at a time (next_url pagination,
    declared).

    ``GET /hal``.

    Args:
        page_size (int | Unset):  Default: 3.
        start: Where to begin: a ``Position`` saved from an earlier run (or its ``as_dict()``), or
            the API's own next-page URL. Default: the first page.
        max_items: Stop after this many items in total. Default: every item.

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
        start=start,
        max_items=max_items,
    )
