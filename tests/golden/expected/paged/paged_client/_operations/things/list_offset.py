"""Request building and response parsing for ``GET /offset``.

Shared by ``paged_client.api.things.list_offset`` and its async twin; it does no I/O.
"""

from typing import Any

import httpx
from attrs import define as _define

from ..._runtime.decoding import loads as _loads
from ..._runtime.errors import UnexpectedStatusError
from ..._runtime.operation import Operation
from ..._runtime.pagination import ABSENT, Pagination
from ..._runtime.response import Response
from ...models.list_offset_response_200 import ListOffsetResponse200
from ...models.thing import Thing
from ...types import UNSET, Unset

OPERATION = Operation(
    name="list_offset",
    method="GET",
    path="/offset",
    security=("token",),
    accept="application/json",
)


@_define(frozen=True, kw_only=True)
class Args:
    """The arguments of one ``list_offset`` call, for batches: ``batch(client, [Args(...), ...])``."""

    offset: int | Unset = 0
    limit: int | Unset = 3


def build_request(
    *,
    offset: int | Unset = 0,
    limit: int | Unset = 3,
) -> dict[str, Any]:
    """Build the keyword arguments of ``httpx.Client.build_request`` for this operation."""

    params: dict[str, Any] = {}

    params["offset"] = offset

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/offset",
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> ListOffsetResponse200:
    """Turn a successful (2xx) response into its typed value.

    The runtime turns a ``KeyError``/``TypeError``/``ValueError`` raised here into ``ResponseDecodingError``.
    """
    if response.status_code == 200:
        response_200 = ListOffsetResponse200.from_dict(_loads(response.content))

        return response_200

    raise UnexpectedStatusError.from_response(response)


#: How this operation pages (style offset), read by Paginator and AsyncPaginator. Names and paths are data.
PAGINATION = Pagination(
    kind="offset",
    items=("results",),
    param="offset",
    location="query",
    source=(),
    has_more=None,
    size_param="limit",
    total=("total",),
    first_page=1,
    rel="next",
)


def page_items(response: Response[ListOffsetResponse200]) -> list[Thing]:
    """The items of one page: ``results`` in the response body."""
    value0 = response.parsed
    if not isinstance(value0, ListOffsetResponse200):
        return []
    value1 = value0.results
    if not isinstance(value1, list):
        return []
    return value1


def page_fields(response: Response[ListOffsetResponse200]) -> dict[str, Any]:
    """What the paginator reads from a page, taken from the typed page instead of decoding the body again.

    - ``total``: ``total`` in the response body.

    A value left out (the page is not the expected model) is read from the JSON body.
    """
    fields: dict[str, Any] = {}
    page = response.parsed
    if isinstance(page, ListOffsetResponse200):
        fields["total"] = ABSENT if isinstance(page.total, Unset) else page.total
    return fields
