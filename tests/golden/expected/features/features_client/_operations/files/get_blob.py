"""Request building and response parsing for ``GET /blobs/{name}``.

Shared by ``features_client.api.files.get_blob`` and its async twin; it does no I/O.
"""

from io import BytesIO
from typing import Any

import httpx
from attrs import define as _define

from ..._runtime.errors import UnexpectedStatusError
from ..._runtime.operation import Operation
from ..._runtime.urls import path_segment as _path_segment
from ...types import File

OPERATION = Operation(
    name="get_blob",
    method="GET",
    path="/blobs/{name}",
    security=(),
    accept="application/octet-stream",
)


@_define(frozen=True, kw_only=True)
class Args:
    """The arguments of one ``get_blob`` call, for batches: ``batch(client, [Args(...), ...])``."""

    name: str


def build_request(
    *,
    name: str,
) -> dict[str, Any]:
    """Build the keyword arguments of ``httpx.Client.build_request`` for this operation."""

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": f"/blobs/{_path_segment(name)}",
    }

    return _kwargs


def parse_response(response: httpx.Response) -> File:
    """Turn a successful (2xx) response into its typed value.

    The runtime turns a ``KeyError``/``TypeError``/``ValueError`` raised here into ``ResponseDecodingError``.
    """
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    raise UnexpectedStatusError.from_response(response)
