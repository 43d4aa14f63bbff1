"""Request building and response parsing for ``GET /pages``.

Shared by ``paged_client.api.things.list_pages`` and its async twin; it does no I/O.
"""

from typing import Any

import httpx
from attrs import define as _define

from ..._runtime.decoding import loads as _loads
from ..._runtime.errors import UnexpectedStatusError
from ..._runtime.operation import Operation
from ..._runtime.pagination import Pagination
from ..._runtime.response import Response
from ...models.thing import Thing
from ...types import UNSET, Unset

OPERATION = Operation(
    name="list_pages",
    method="GET",
    path="/pages",
    security=("token",),
    accept="application/json",
)


@_define(frozen=True, kw_only=True)
class Args:
    """The arguments of one ``list_pages`` call, for batches: ``batch(client, [Args(...), ...])``."""

    page: int | Unset = 1
    per_page: int | Unset = 3


def build_request(
    *,
    page: int | Unset = 1,
    per_page: int | Unset = 3,
) -> dict[str, Any]:
    """Build the keyword arguments of ``httpx.Client.build_request`` for this operation."""

    params: dict[str, Any] = {}

    params["page"] = page

    params["per_page"] = per_page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/pages",
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> list[Thing]:
    """Turn a successful (2xx) response into its typed value.

    The runtime turns a ``KeyError``/``TypeError``/``ValueError`` raised here into ``ResponseDecodingError``.
    """
    if response.status_code == 200:
        response_200 = list(map(Thing.from_dict, _loads(response.content)))

        return response_200

    raise UnexpectedStatusError.from_response(response)


#: How this operation pages (style page), read by Paginator and AsyncPaginator. Names and paths are data.
PAGINATION = Pagination(
    kind="page",
    items=(),
    param="page",
    location="query",
    source=(),
    has_more=None,
    size_param="per_page",
    total=None,
    first_page=1,
    rel="next",
)


def page_items(response: Response[list[Thing]]) -> list[Thing]:
    """The items of one page: ``.`` in the response body."""
    value0 = response.parsed
    if not isinstance(value0, list):
        return []
    return value0
