"""Request building and response parsing for ``DELETE /widgets/{widget_id}``.

Shared by ``features_client.api.widgets.delete_widget`` and its async twin; it does no I/O.
"""

from typing import Any

import httpx
from attrs import define as _define

from ..._runtime.errors import UnexpectedStatusError
from ..._runtime.operation import Operation
from ..._runtime.urls import path_segment as _path_segment

OPERATION = Operation(
    name="delete_widget",
    method="DELETE",
    path="/widgets/{widget_id}",
    security=("basic",),
)


@_define(frozen=True, kw_only=True)
class Args:
    """The arguments of one ``delete_widget`` call, for batches: ``batch(client, [Args(...), ...])``."""

    widget_id: int


def build_request(
    *,
    widget_id: int,
) -> dict[str, Any]:
    """Build the keyword arguments of ``httpx.Client.build_request`` for this operation."""

    _kwargs: dict[str, Any] = {
        "method": "DELETE",
        "url": f"/widgets/{_path_segment(widget_id)}",
    }

    return _kwargs


def parse_response(response: httpx.Response) -> None:
    """Turn a successful (2xx) response into its typed value.

    The runtime turns a ``KeyError``/``TypeError``/``ValueError`` raised here into ``ResponseDecodingError``.
    """
    if response.status_code == 204:
        return None
    raise UnexpectedStatusError.from_response(response)
