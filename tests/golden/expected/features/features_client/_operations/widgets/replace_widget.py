"""Request building and response parsing for ``PUT /widgets/{widget_id}``.

Shared by ``features_client.api.widgets.replace_widget`` and its async twin; it does no I/O.
"""

from typing import Any
from urllib.parse import quote as _quote

import httpx
from attrs import define as _define

from ..._runtime.decoding import loads as _loads
from ..._runtime.errors import UnexpectedStatusError
from ..._runtime.operation import Operation
from ...models.widget import Widget
from ...models.widget_input import WidgetInput

OPERATION = Operation(
    name="replace_widget",
    method="PUT",
    path="/widgets/{widget_id}",
    security=("header_key",),
    accept="application/json",
)


@_define(frozen=True, kw_only=True)
class Args:
    """The arguments of one ``replace_widget`` call, for batches: ``batch(client, [Args(...), ...])``."""

    widget_id: int
    body: WidgetInput


def build_request(
    *,
    widget_id: int,
    body: WidgetInput,
) -> dict[str, Any]:
    """Build the keyword arguments of ``httpx.Client.build_request`` for this operation."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "PUT",
        "url": "/widgets/{widget_id}".format(
            widget_id=_quote(str(widget_id), safe=""),
        ),
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
