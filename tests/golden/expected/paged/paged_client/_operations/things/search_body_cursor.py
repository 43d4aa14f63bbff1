"""Request building and response parsing for ``POST /search``.

Shared by ``paged_client.api.things.search_body_cursor`` and its async twin; it does no I/O.
"""

from typing import Any

import httpx
from attrs import define as _define

from ..._runtime.arguments import BodyFields as _BodyFields
from ..._runtime.decoding import loads as _loads
from ..._runtime.errors import UnexpectedStatusError
from ..._runtime.operation import Operation
from ..._runtime.pagination import ABSENT, Pagination
from ..._runtime.response import Response
from ...models.search_body_cursor_body import SearchBodyCursorBody
from ...models.search_body_cursor_response_200 import SearchBodyCursorResponse200
from ...models.thing import Thing
from ...types import UNSET, Unset

OPERATION = Operation(
    name="search_body_cursor",
    method="POST",
    path="/search",
    security=("token",),
    accept="application/json",
)


#: The body's fields as keyword arguments (``search_body_cursor(..., field=value)``), checked before sending.
BODY_FIELDS = _BodyFields(
    function="search_body_cursor",
    model=SearchBodyCursorBody,
    attributes={
        "query": "query",
        "cursor": "cursor",
        "limit": "limit",
    },
    required=("query",),
    enums={},
    enum_lists={},
)


@_define(frozen=True, kw_only=True)
class Args:
    """The arguments of one ``search_body_cursor`` call, for batches: ``batch(client, [Args(...), ...])``."""

    body: SearchBodyCursorBody


def build_request(
    *,
    body: SearchBodyCursorBody | dict[str, Any] | Unset = UNSET,
    query: str | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:
    """Build the keyword arguments of ``httpx.Client.build_request`` for this operation."""
    body = BODY_FIELDS.build(
        body,
        {
            "query": query,
            "cursor": cursor,
            "limit": limit,
        },
    )
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/search",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> SearchBodyCursorResponse200:
    """Turn a successful (2xx) response into its typed value.

    The runtime turns a ``KeyError``/``TypeError``/``ValueError`` raised here into ``ResponseDecodingError``.
    """
    if response.status_code == 200:
        response_200 = SearchBodyCursorResponse200.from_dict(_loads(response.content))

        return response_200

    raise UnexpectedStatusError.from_response(response)


#: How this operation pages (style body_cursor), read by Paginator and AsyncPaginator. Names and paths are data.
PAGINATION = Pagination(
    kind="cursor",
    items=("matches",),
    param="cursor",
    location="body",
    source=("next_cursor",),
    has_more=None,
    size_param="",
    total=None,
    first_page=1,
    rel="next",
)


def page_items(response: Response[SearchBodyCursorResponse200]) -> list[Thing]:
    """The items of one page: ``matches`` in the response body."""
    value0 = response.parsed
    if not isinstance(value0, SearchBodyCursorResponse200):
        return []
    value1 = value0.matches
    if not isinstance(value1, list):
        return []
    return value1


def page_fields(response: Response[SearchBodyCursorResponse200]) -> dict[str, Any]:
    """What the paginator reads from a page, taken from the typed page instead of decoding the body again.

    - ``source``: ``next_cursor`` in the response body.

    A value left out (the page is not the expected model) is read from the JSON body.
    """
    fields: dict[str, Any] = {}
    page = response.parsed
    if isinstance(page, SearchBodyCursorResponse200):
        fields["source"] = ABSENT if isinstance(page.next_cursor, Unset) else page.next_cursor
    return fields
