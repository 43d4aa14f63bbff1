"""Request building and response parsing for ``POST /datasets/{dataset_name}/query``.

Shared by ``logbook_client.api.query.query_dataset`` and its async twin; it does no I/O.
"""

import datetime
from typing import Any, Literal

import httpx
from attrs import define as _define

from ..._runtime.arguments import BodyFields as _BodyFields
from ..._runtime.decoding import loads as _loads
from ..._runtime.errors import UnexpectedStatusError
from ..._runtime.operation import Operation
from ..._runtime.pagination import ABSENT, Pagination
from ..._runtime.response import Response
from ..._runtime.urls import path_segment as _path_segment
from ...models.event import Event
from ...models.query_request import QueryRequest
from ...models.query_result import QueryResult
from ...models.sort_order import SortOrder
from ...types import UNSET, Unset

OPERATION = Operation(
    name="query_dataset",
    method="POST",
    path="/datasets/{dataset_name}/query",
    security=("bearerAuth",),
    accept="application/json",
)


#: The body's fields as keyword arguments (``query_dataset(..., field=value)``), checked before sending.
BODY_FIELDS = _BodyFields(
    function="query_dataset",
    model=QueryRequest,
    attributes={
        "filter_": "filter_",
        "start_time": "start_time",
        "end_time": "end_time",
        "order": "order",
        "limit": "limit",
        "cursor": "cursor",
    },
    required=(),
    enums={
        "order": SortOrder,
    },
    enum_lists={},
)


@_define(frozen=True, kw_only=True)
class Args:
    """The arguments of one ``query_dataset`` call, for batches: ``batch(client, [Args(...), ...])``."""

    dataset_name: str
    body: QueryRequest


def build_request(
    *,
    dataset_name: str,
    body: QueryRequest | dict[str, Any] | Unset = UNSET,
    filter_: None | str | Unset = UNSET,
    start_time: datetime.datetime | None | Unset = UNSET,
    end_time: datetime.datetime | None | Unset = UNSET,
    order: SortOrder | Literal["asc", "desc"] | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:
    """Build the keyword arguments of ``httpx.Client.build_request`` for this operation."""
    body = BODY_FIELDS.build(
        body,
        {
            "filter_": filter_,
            "start_time": start_time,
            "end_time": end_time,
            "order": order,
            "limit": limit,
            "cursor": cursor,
        },
    )
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": f"/datasets/{_path_segment(dataset_name)}/query",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> QueryResult:
    """Turn a successful (2xx) response into its typed value.

    The runtime turns a ``KeyError``/``TypeError``/``ValueError`` raised here into ``ResponseDecodingError``.
    """
    if response.status_code == 200:
        response_200 = QueryResult.from_dict(_loads(response.content))

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


def page_items(response: Response[QueryResult]) -> list[Event]:
    """The items of one page: ``matches`` in the response body."""
    value0 = response.parsed
    if not isinstance(value0, QueryResult):
        return []
    value1 = value0.matches
    if not isinstance(value1, list):
        return []
    return value1


def page_fields(response: Response[QueryResult]) -> dict[str, Any]:
    """What the paginator reads from a page, taken from the typed page instead of decoding the body again.

    - ``source``: ``next_cursor`` in the response body.

    A value left out (the page is not the expected model) is read from the JSON body.
    """
    fields: dict[str, Any] = {}
    page = response.parsed
    if isinstance(page, QueryResult):
        fields["source"] = ABSENT if isinstance(page.next_cursor, Unset) else page.next_cursor
    return fields
