"""Request building and response parsing for ``PUT /widgets/{widget_id}``.

Shared by ``features_client.api.widgets.replace_widget`` and its async twin; it does no I/O.
"""

from typing import Any, Literal

import httpx
from attrs import define as _define

from ..._runtime.arguments import BodyFields as _BodyFields
from ..._runtime.decoding import loads as _loads
from ..._runtime.errors import UnexpectedStatusError
from ..._runtime.operation import Operation
from ..._runtime.urls import path_segment as _path_segment
from ...models.color import Color
from ...models.widget import Widget
from ...models.widget_input import WidgetInput
from ...types import UNSET, Unset

OPERATION = Operation(
    name="replace_widget",
    method="PUT",
    path="/widgets/{widget_id}",
    security=("header_key",),
    accept="application/json",
)


#: The body's fields as keyword arguments (``replace_widget(..., field=value)``), checked before sending.
BODY_FIELDS = _BodyFields(
    function="replace_widget",
    model=WidgetInput,
    attributes={
        "name": "name",
        "color": "color",
    },
    required=("name",),
    enums={
        "color": Color,
    },
    enum_lists={},
)


@_define(frozen=True, kw_only=True)
class Args:
    """The arguments of one ``replace_widget`` call, for batches: ``batch(client, [Args(...), ...])``."""

    widget_id: int
    body: WidgetInput


def build_request(
    *,
    widget_id: int,
    body: WidgetInput | dict[str, Any] | Unset = UNSET,
    name: str | Unset = UNSET,
    color: Color | Literal["red", "green", "blue"] | Unset = UNSET,
) -> dict[str, Any]:
    """Build the keyword arguments of ``httpx.Client.build_request`` for this operation."""
    body = BODY_FIELDS.build(
        body,
        {
            "name": name,
            "color": color,
        },
    )
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "PUT",
        "url": f"/widgets/{_path_segment(widget_id)}",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> Widget:
    """Turn a successful (2xx) response into its typed value.

    The runtime turns a ``KeyError``/``TypeError``/``ValueError`` raised here into ``ResponseDecodingError``.
    """
    if response.status_code == 200:
        response_200 = Widget.from_dict(_loads(response.content))

        return response_200

    if response.status_code == 201:
        response_201 = Widget.from_dict(_loads(response.content))

        return response_201

    raise UnexpectedStatusError.from_response(response)
