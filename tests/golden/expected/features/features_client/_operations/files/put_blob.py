"""Request building and response parsing for ``PUT /blobs/{name}``.

Shared by ``features_client.api.files.put_blob`` and its async twin; it does no I/O.
"""

from typing import Any

import httpx
from attrs import define as _define

from ..._runtime.errors import UnexpectedStatusError
from ..._runtime.operation import Operation
from ..._runtime.urls import path_segment as _path_segment
from ...types import File

OPERATION = Operation(
    name="put_blob",
    method="PUT",
    path="/blobs/{name}",
    security=("bearer",),
)


@_define(frozen=True, kw_only=True)
class Args:
    """The arguments of one ``put_blob`` call, for batches: ``batch(client, [Args(...), ...])``."""

    name: str
    body: File


def build_request(
    *,
    name: str,
    body: File,
) -> dict[str, Any]:
    """Build the keyword arguments of ``httpx.Client.build_request`` for this operation."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "PUT",
        "url": f"/blobs/{_path_segment(name)}",
    }

    _kwargs["content"] = body.payload

    headers["Content-Type"] = "application/octet-stream"
    _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> None:
    """Turn a successful (2xx) response into its typed value.

    The runtime turns a ``KeyError``/``TypeError``/``ValueError`` raised here into ``ResponseDecodingError``.
    """
    if response.status_code == 204:
        return None
    raise UnexpectedStatusError.from_response(response)
