"""Request building and response parsing for ``GET /annotations``.

Shared by ``logbook_client.api.annotations.list_annotations`` and its async twin; it does no I/O.
"""

import datetime
from typing import Any

import httpx
from attrs import define as _define

from ..._runtime.decoding import loads as _loads
from ..._runtime.errors import UnexpectedStatusError
from ..._runtime.operation import Operation
from ..._runtime.pagination import ABSENT, Pagination
from ..._runtime.response import Response
from ...models.annotation import Annotation
from ...models.annotation_list import AnnotationList
from ...types import UNSET, Unset

OPERATION = Operation(
    name="list_annotations",
    method="GET",
    path="/annotations",
    security=("bearerAuth",),
    accept="application/json",
)


@_define(frozen=True, kw_only=True)
class Args:
    """The arguments of one ``list_annotations`` call, for batches: ``batch(client, [Args(...), ...])``."""

    dataset: str | Unset = UNSET
    since: datetime.datetime | Unset = UNSET
    until: datetime.datetime | Unset = UNSET
    offset: int | Unset = 0
    limit: int | Unset = 100


def build_request(
    *,
    dataset: str | Unset = UNSET,
    since: datetime.datetime | Unset = UNSET,
    until: datetime.datetime | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
) -> dict[str, Any]:
    """Build the keyword arguments of ``httpx.Client.build_request`` for this operation."""

    params: dict[str, Any] = {}

    params["dataset"] = dataset

    json_since: str | Unset = UNSET
    if not isinstance(since, Unset):
        json_since = since.isoformat()
    params["since"] = json_since

    json_until: str | Unset = UNSET
    if not isinstance(until, Unset):
        json_until = until.isoformat()
    params["until"] = json_until

    params["offset"] = offset

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/annotations",
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> AnnotationList:
    """Turn a successful (2xx) response into its typed value.

    The runtime turns a ``KeyError``/``TypeError``/``ValueError`` raised here into ``ResponseDecodingError``.
    """
    if response.status_code == 200:
        response_200 = AnnotationList.from_dict(_loads(response.content))

        return response_200

    raise UnexpectedStatusError.from_response(response)


#: How this operation pages (style offset), read by Paginator and AsyncPaginator. Names and paths are data.
PAGINATION = Pagination(
    kind="offset",
    items=("annotations",),
    param="offset",
    location="query",
    source=(),
    has_more=None,
    size_param="limit",
    total=("total",),
    first_page=1,
    rel="next",
)


def page_items(response: Response[AnnotationList]) -> list[Annotation]:
    """The items of one page: ``annotations`` in the response body."""
    value0 = response.parsed
    if not isinstance(value0, AnnotationList):
        return []
    value1 = value0.annotations
    if not isinstance(value1, list):
        return []
    return value1


def page_fields(response: Response[AnnotationList]) -> dict[str, Any]:
    """What the paginator reads from a page, taken from the typed page instead of decoding the body again.

    - ``total``: ``total`` in the response body.

    A value left out (the page is not the expected model) is read from the JSON body.
    """
    fields: dict[str, Any] = {}
    page = response.parsed
    if isinstance(page, AnnotationList):
        fields["total"] = ABSENT if isinstance(page.total, Unset) else page.total
    return fields
