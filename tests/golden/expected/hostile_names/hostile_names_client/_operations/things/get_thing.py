"""Request building and response parsing for ``GET /things/{id}``.

Shared by ``hostile_names_client.api.things.get_thing`` and its async twin; it does no I/O.
"""

import datetime
from typing import Any

import httpx
from attrs import define as _define

from ..._runtime.decoding import loads as _loads
from ..._runtime.errors import UnexpectedStatusError
from ..._runtime.operation import Operation
from ..._runtime.urls import path_segment as _path_segment
from ...models.response_model import ResponseModel
from ...types import UNSET, Unset

OPERATION = Operation(
    name="get_thing",
    method="GET",
    path="/things/{id}",
    security=("token",),
    accept="application/json",
)


@_define(frozen=True, kw_only=True)
class Args:
    """The arguments of one ``get_thing`` call, for batches: ``batch(client, [Args(...), ...])``."""

    id: str
    headers_query: str | Unset = UNSET
    cookies_query: int | Unset = UNSET
    body_query: str | Unset = UNSET
    request_options_query: str | Unset = UNSET
    client_query: str | Unset = UNSET
    cast_query: str | Unset = UNSET
    since: datetime.datetime | Unset = UNSET
    json_since_: str | Unset = UNSET
    params_header: str | Unset = UNSET
    session: str | Unset = UNSET


def build_request(
    *,
    id: str,
    headers_query: str | Unset = UNSET,
    cookies_query: int | Unset = UNSET,
    body_query: str | Unset = UNSET,
    request_options_query: str | Unset = UNSET,
    client_query: str | Unset = UNSET,
    cast_query: str | Unset = UNSET,
    since: datetime.datetime | Unset = UNSET,
    json_since_: str | Unset = UNSET,
    params_header: str | Unset = UNSET,
    session: str | Unset = UNSET,
) -> dict[str, Any]:
    """Build the keyword arguments of ``httpx.Client.build_request`` for this operation."""
    headers: dict[str, Any] = {}
    if not isinstance(params_header, Unset):
        headers["params"] = params_header

    cookies = {}
    if session is not UNSET:
        cookies["session"] = session

    params: dict[str, Any] = {}

    params["headers"] = headers_query

    params["cookies"] = cookies_query

    params["body"] = body_query

    params["request_options"] = request_options_query

    params["client"] = client_query

    params["cast"] = cast_query

    json_since: str | Unset = UNSET
    if not isinstance(since, Unset):
        json_since = since.isoformat()
    params["since"] = json_since

    params["json_since"] = json_since_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": f"/things/{_path_segment(id)}",
        "params": params,
        "cookies": cookies,
    }

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> ResponseModel:
    """Turn a successful (2xx) response into its typed value.

    The runtime turns a ``KeyError``/``TypeError``/``ValueError`` raised here into ``ResponseDecodingError``.
    """
    if response.status_code == 200:
        response_200 = ResponseModel.from_dict(_loads(response.content))

        return response_200

    raise UnexpectedStatusError.from_response(response)
