"""Request building and response parsing for ``GET /untyped``.

Shared by ``paged_client.api.things.list_untyped`` and its async twin; it does no I/O.
"""

from typing import Any

import httpx
from attrs import define as _define

from ..._runtime.decoding import loads as _loads
from ..._runtime.errors import UnexpectedStatusError
from ..._runtime.operation import Operation
from ..._runtime.pagination import Pagination, raw_items
from ..._runtime.response import Response
from ...models.list_untyped_response_200 import ListUntypedResponse200
from ...types import UNSET, Unset

OPERATION = Operation(
    name="list_untyped",
    method="GET",
    path="/untyped",
    security=("token",),
    accept="application/json",
)


@_define(frozen=True, kw_only=True)
class Args:
    """The arguments of one ``list_untyped`` call, for batches: ``batch(client, [Args(...), ...])``."""

    cursor: str | Unset = UNSET


def build_request(
    *,
    cursor: str | Unset = UNSET,
) -> dict[str, Any]:
    """Build the keyword arguments of ``httpx.Client.build_request`` for this operation."""

    params: dict[str, Any] = {}

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/untyped",
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> ListUntypedResponse200:
    """Turn a successful (2xx) response into its typed value.

    The runtime turns a ``KeyError``/``TypeError``/``ValueError`` raised here into ``ResponseDecodingError``.
    """
    if response.status_code == 200:
        response_200 = ListUntypedResponse200.from_dict(_loads(response.content))

        return response_200

    raise UnexpectedStatusError.from_response(response)


#: How this operation pages (style cursor), read by Paginator and AsyncPaginator. Names and paths are data.
PAGINATION = Pagination(
    kind="cursor",
    items=("rows",),
    param="cursor",
    location="query",
    source=("next",),
    has_more=None,
    size_param="",
    total=None,
    first_page=1,
    rel="next",
)


def page_items(response: Response[ListUntypedResponse200]) -> list[Any]:
    """The items of one page: ``rows`` in the response body."""
    return raw_items(response, PAGINATION.items)
