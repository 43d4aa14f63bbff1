"""Request building and response parsing for ``GET /cursor``.

Shared by ``paged_client.api.things.list_cursor`` and its async twin; it does no I/O.
"""

from typing import Any

import httpx
from attrs import define as _define

from ..._runtime.decoding import loads as _loads
from ..._runtime.errors import UnexpectedStatusError
from ..._runtime.operation import Operation
from ..._runtime.pagination import ABSENT, Pagination
from ..._runtime.response import Response
from ...models.list_cursor_response_200 import ListCursorResponse200
from ...models.thing import Thing
from ...types import UNSET, Unset

OPERATION = Operation(
    name="list_cursor",
    method="GET",
    path="/cursor",
    security=("token",),
    accept="application/json",
)


@_define(frozen=True, kw_only=True)
class Args:
    """The arguments of one ``list_cursor`` call, for batches: ``batch(client, [Args(...), ...])``."""

    cursor: str | Unset = UNSET
    limit: int | Unset = 3


def build_request(
    *,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 3,
) -> dict[str, Any]:
    """Build the keyword arguments of ``httpx.Client.build_request`` for this operation."""

    params: dict[str, Any] = {}

    params["cursor"] = cursor

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/cursor",
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> ListCursorResponse200:
    """Turn a successful (2xx) response into its typed value.

    The runtime turns a ``KeyError``/``TypeError``/``ValueError`` raised here into ``ResponseDecodingError``.
    """
    if response.status_code == 200:
        response_200 = ListCursorResponse200.from_dict(_loads(response.content))

        return response_200

    raise UnexpectedStatusError.from_response(response)


#: How this operation pages (style cursor), read by Paginator and AsyncPaginator. Names and paths are data.
PAGINATION = Pagination(
    kind="cursor",
    items=("items",),
    param="cursor",
    location="query",
    source=("next_cursor",),
    has_more=None,
    size_param="",
    total=None,
    first_page=1,
    rel="next",
)


def page_items(response: Response[ListCursorResponse200]) -> list[Thing]:
    """The items of one page: ``items`` in the response body."""
    value0 = response.parsed
    if not isinstance(value0, ListCursorResponse200):
        return []
    value1 = value0.items
    if not isinstance(value1, list):
        return []
    return value1


def page_fields(response: Response[ListCursorResponse200]) -> dict[str, Any]:
    """What the paginator reads from a page, taken from the typed page instead of decoding the body again.

    - ``source``: ``next_cursor`` in the response body.

    A value left out (the page is not the expected model) is read from the JSON body.
    """
    fields: dict[str, Any] = {}
    page = response.parsed
    if isinstance(page, ListCursorResponse200):
        fields["source"] = ABSENT if isinstance(page.next_cursor, Unset) else page.next_cursor
    return fields
