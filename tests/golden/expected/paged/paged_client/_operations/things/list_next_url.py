"""Request building and response parsing for ``GET /hal``.

Shared by ``paged_client.api.things.list_next_url`` and its async twin; it does no I/O.
"""

from typing import Any

import httpx
from attrs import define as _define

from ..._runtime.decoding import loads as _loads
from ..._runtime.errors import UnexpectedStatusError
from ..._runtime.operation import Operation
from ..._runtime.pagination import ABSENT, Pagination
from ..._runtime.response import Response
from ...models.list_next_url_response_200 import ListNextUrlResponse200
from ...models.list_next_url_response_200_links import ListNextUrlResponse200Links
from ...models.thing import Thing
from ...types import UNSET, Unset

OPERATION = Operation(
    name="list_next_url",
    method="GET",
    path="/hal",
    security=("token",),
    accept="application/json",
)


@_define(frozen=True, kw_only=True)
class Args:
    """The arguments of one ``list_next_url`` call, for batches: ``batch(client, [Args(...), ...])``."""

    page_size: int | Unset = 3


def build_request(
    *,
    page_size: int | Unset = 3,
) -> dict[str, Any]:
    """Build the keyword arguments of ``httpx.Client.build_request`` for this operation."""

    params: dict[str, Any] = {}

    params["page_size"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/hal",
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> ListNextUrlResponse200:
    """Turn a successful (2xx) response into its typed value.

    The runtime turns a ``KeyError``/``TypeError``/``ValueError`` raised here into ``ResponseDecodingError``.
    """
    if response.status_code == 200:
        response_200 = ListNextUrlResponse200.from_dict(_loads(response.content))

        return response_200

    raise UnexpectedStatusError.from_response(response)


#: How this operation pages (style next_url), read by Paginator and AsyncPaginator. Names and paths are data.
PAGINATION = Pagination(
    kind="url",
    items=("results",),
    param="",
    location="query",
    source=("links", "next"),
    has_more=None,
    size_param="",
    total=None,
    first_page=1,
    rel="next",
)


def page_items(response: Response[ListNextUrlResponse200]) -> list[Thing]:
    """The items of one page: ``results`` in the response body."""
    value0 = response.parsed
    if not isinstance(value0, ListNextUrlResponse200):
        return []
    value1 = value0.results
    if not isinstance(value1, list):
        return []
    return value1


def page_fields(response: Response[ListNextUrlResponse200]) -> dict[str, Any]:
    """What the paginator reads from a page, taken from the typed page instead of decoding the body again.

    - ``source``: ``links.next`` in the response body.

    A value left out (the page is not the expected model) is read from the JSON body.
    """
    fields: dict[str, Any] = {}
    page = response.parsed
    if isinstance(page, ListNextUrlResponse200) and isinstance(page.links, ListNextUrlResponse200Links):
        fields["source"] = ABSENT if isinstance(page.links.next_, Unset) else page.links.next_
    return fields
