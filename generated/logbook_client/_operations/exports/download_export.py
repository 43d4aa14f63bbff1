"""Request building and response parsing for ``GET /exports/{export_id}/download``.

Shared by ``logbook_client.api.exports.download_export`` and its async twin; it does no I/O.
"""

from io import BytesIO
from typing import Any
from uuid import UUID

import httpx
from attrs import define as _define

from ..._runtime.errors import UnexpectedStatusError
from ..._runtime.operation import Operation
from ..._runtime.urls import path_segment as _path_segment
from ...types import UNSET, File, Unset

OPERATION = Operation(
    name="download_export",
    method="GET",
    path="/exports/{export_id}/download",
    security=("bearerAuth",),
    accept="application/octet-stream",
)


@_define(frozen=True, kw_only=True)
class Args:
    """The arguments of one ``download_export`` call, for batches: ``batch(client, [Args(...), ...])``."""

    export_id: UUID
    range_: str | Unset = UNSET


def build_request(
    *,
    export_id: UUID,
    range_: str | Unset = UNSET,
) -> dict[str, Any]:
    """Build the keyword arguments of ``httpx.Client.build_request`` for this operation."""
    headers: dict[str, Any] = {}
    if not isinstance(range_, Unset):
        headers["Range"] = range_

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": f"/exports/{_path_segment(export_id)}/download",
    }

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> File:
    """Turn a successful (2xx) response into its typed value.

    The runtime turns a ``KeyError``/``TypeError``/``ValueError`` raised here into ``ResponseDecodingError``.
    """
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    if response.status_code == 206:
        response_206 = File(payload=BytesIO(response.content))

        return response_206

    raise UnexpectedStatusError.from_response(response)
