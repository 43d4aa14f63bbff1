"""Request building and response parsing for ``GET /widgets/{widget_id}``.

Shared by ``features_client.api.widgets.get_widget`` and its async twin; it does no I/O.
"""

import datetime
from typing import Any, Literal

import httpx
from attrs import define as _define

from ..._runtime.arguments import enum_argument as _enum_argument
from ..._runtime.decoding import loads as _loads
from ..._runtime.errors import UnexpectedStatusError
from ..._runtime.operation import Operation
from ..._runtime.urls import path_segment as _path_segment
from ...models.color import Color
from ...models.widget import Widget
from ...types import UNSET, Unset

OPERATION = Operation(
    name="get_widget",
    method="GET",
    path="/widgets/{widget_id}",
    security=("bearer",),
    accept="application/json",
)


@_define(frozen=True, kw_only=True)
class Args:
    """The arguments of one ``get_widget`` call, for batches: ``batch(client, [Args(...), ...])``."""

    widget_id: int
    fields: list[str] | Unset = UNSET
    color: Color | Unset = UNSET
    since: datetime.date | Unset = UNSET
    x_trace: str | Unset = UNSET
    prefs: str | Unset = UNSET


def build_request(
    *,
    widget_id: int,
    fields: list[str] | Unset = UNSET,
    color: Color | Literal["red", "green", "blue"] | Unset = UNSET,
    since: datetime.date | Unset = UNSET,
    x_trace: str | Unset = UNSET,
    prefs: str | Unset = UNSET,
) -> dict[str, Any]:
    """Build the keyword arguments of ``httpx.Client.build_request`` for this operation."""
    color = _enum_argument("get_widget", "color", color, Color)
    headers: dict[str, Any] = {}
    if not isinstance(x_trace, Unset):
        headers["X-Trace"] = x_trace

    cookies = {}
    if prefs is not UNSET:
        cookies["prefs"] = prefs

    params: dict[str, Any] = {}

    json_fields: list[str] | Unset = UNSET
    if not isinstance(fields, Unset):
        json_fields = fields

    params["fields"] = json_fields

    json_color: str | Unset = UNSET
    if not isinstance(color, Unset):
        json_color = color.value

    params["color"] = json_color

    json_since: str | Unset = UNSET
    if not isinstance(since, Unset):
        json_since = since.isoformat()
    params["since"] = json_since

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": f"/widgets/{_path_segment(widget_id)}",
        "params": params,
        "cookies": cookies,
    }

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> Widget:
    """Turn a successful (2xx) response into its typed value.

    The runtime turns a ``KeyError``/``TypeError``/``ValueError`` raised here into ``ResponseDecodingError``.
    """
    if response.status_code == 200:
        response_200 = Widget.from_dict(_loads(response.content))

        return response_200

    raise UnexpectedStatusError.from_response(response)
