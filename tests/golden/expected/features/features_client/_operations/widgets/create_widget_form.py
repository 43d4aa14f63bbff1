"""Request building and response parsing for ``POST /widgets``.

Shared by ``features_client.api.widgets.create_widget_form`` and its async twin; it does no I/O.
"""

from typing import Any

import httpx
from attrs import define as _define

from ..._runtime import forms as _forms
from ..._runtime.decoding import loads as _loads
from ..._runtime.errors import UnexpectedStatusError
from ..._runtime.operation import Operation
from ...models.widget import Widget
from ...models.widget_input import WidgetInput
from ...types import UNSET, Unset

OPERATION = Operation(
    name="create_widget_form",
    method="POST",
    path="/widgets",
    security=("query_key",),
    accept="application/json",
)

#: The form body's fields written in another style than the default (``form``, exploded): (style, explode).
FORM_ENCODING: dict[str, tuple[str, bool]] = {}


@_define(frozen=True, kw_only=True)
class Args:
    """The arguments of one ``create_widget_form`` call, for batches: ``batch(client, [Args(...), ...])``."""

    body: WidgetInput | Unset = UNSET


def build_request(
    *,
    body: WidgetInput | Unset = UNSET,
) -> dict[str, Any]:
    """Build the keyword arguments of ``httpx.Client.build_request`` for this operation."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/widgets",
    }

    if not isinstance(body, Unset):
        _kwargs["data"] = body.to_dict()

    headers["Content-Type"] = "application/x-www-form-urlencoded"
    _kwargs["headers"] = headers
    if isinstance(_kwargs.get("data"), dict):
        _kwargs["data"] = _forms.flatten(_kwargs["data"], FORM_ENCODING)
    return _kwargs


def parse_response(response: httpx.Response) -> Widget:
    """Turn a successful (2xx) response into its typed value.

    The runtime turns a ``KeyError``/``TypeError``/``ValueError`` raised here into ``ResponseDecodingError``.
    """
    if response.status_code == 201:
        response_201 = Widget.from_dict(_loads(response.content))

        return response_201

    raise UnexpectedStatusError.from_response(response)
