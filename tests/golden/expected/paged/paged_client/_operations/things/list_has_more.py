"""Request building and response parsing for ``GET /stripe``.

Shared by ``paged_client.api.things.list_has_more`` and its async twin; it does no I/O.
"""

from typing import Any

import httpx
from attrs import define as _define

from ..._runtime.decoding import loads as _loads
from ..._runtime.errors import UnexpectedStatusError
from ..._runtime.operation import Operation
from ..._runtime.pagination import ABSENT, Pagination
from ..._runtime.response import Response
from ...models.list_has_more_response_200 import ListHasMoreResponse200
from ...models.thing import Thing
from ...types import UNSET, Unset

OPERATION = Operation(
    name="list_has_more",
    method="GET",
    path="/stripe",
    security=("token",),
    accept="application/json",
)


@_define(frozen=True, kw_only=True)
class Args:
    """The arguments of one ``list_has_more`` call, for batches: ``batch(client, [Args(...), ...])``."""

    starting_after: str | Unset = UNSET
    limit: int | Unset = 3


def build_request(
    *,
    starting_after: str | Unset = UNSET,
    limit: int | Unset = 3,
) -> dict[str, Any]:
    """Build the keyword arguments of ``httpx.Client.build_request`` for this operation."""

    params: dict[str, Any] = {}

    params["starting_after"] = starting_after

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/stripe",
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> ListHasMoreResponse200:
    """Turn a successful (2xx) response into its typed value.

    The runtime turns a ``KeyError``/``TypeError``/``ValueError`` raised here into ``ResponseDecodingError``.
    """
    if response.status_code == 200:
        response_200 = ListHasMoreResponse200.from_dict(_loads(response.content))

        return response_200

    raise UnexpectedStatusError.from_response(response)


#: How this operation pages (style has_more), read by Paginator and AsyncPaginator. Names and paths are data.
PAGINATION = Pagination(
    kind="cursor",
    items=("data",),
    param="starting_after",
    location="query",
    source=("data", -1, "id"),
    has_more=("has_more",),
    size_param="",
    total=None,
    first_page=1,
    rel="next",
)


def page_items(response: Response[ListHasMoreResponse200]) -> list[Thing]:
    """The items of one page: ``data`` in the response body."""
    value0 = response.parsed
    if not isinstance(value0, ListHasMoreResponse200):
        return []
    value1 = value0.data
    if not isinstance(value1, list):
        return []
    return value1


def page_fields(response: Response[ListHasMoreResponse200]) -> dict[str, Any]:
    """What the paginator reads from a page, taken from the typed page instead of decoding the body again.

    - ``source``: ``data[-1].id`` in the response body.
    - ``has_more``: ``has_more`` in the response body.

    A value left out (the page is not the expected model) is read from the JSON body.
    """
    fields: dict[str, Any] = {}
    page = response.parsed
    if (
        isinstance(page, ListHasMoreResponse200)
        and isinstance(page.data, list)
        and len(page.data) >= 1
        and isinstance(page.data[-1], Thing)
    ):
        fields["source"] = ABSENT if isinstance(page.data[-1].id, Unset) else page.data[-1].id
    if isinstance(page, ListHasMoreResponse200):
        fields["has_more"] = ABSENT if isinstance(page.has_more, Unset) else page.has_more
    return fields
