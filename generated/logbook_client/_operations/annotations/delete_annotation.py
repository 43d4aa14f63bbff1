"""Request building and response parsing for ``DELETE /annotations/{annotation_id}``.

Shared by ``logbook_client.api.annotations.delete_annotation`` and its async twin; it does no I/O.
"""

from typing import Any
from uuid import UUID

import httpx
from attrs import define as _define

from ..._runtime.errors import UnexpectedStatusError
from ..._runtime.operation import Operation
from ..._runtime.urls import path_segment as _path_segment

OPERATION = Operation(
    name="delete_annotation",
    method="DELETE",
    path="/annotations/{annotation_id}",
    security=("bearerAuth",),
)


@_define(frozen=True, kw_only=True)
class Args:
    """The arguments of one ``delete_annotation`` call, for batches: ``batch(client, [Args(...), ...])``."""

    annotation_id: UUID


def build_request(
    *,
    annotation_id: UUID,
) -> dict[str, Any]:
    """Build the keyword arguments of ``httpx.Client.build_request`` for this operation."""

    _kwargs: dict[str, Any] = {
        "method": "DELETE",
        "url": f"/annotations/{_path_segment(annotation_id)}",
    }

    return _kwargs


def parse_response(response: httpx.Response) -> None:
    """Turn a successful (2xx) response into its typed value.

    The runtime turns a ``KeyError``/``TypeError``/``ValueError`` raised here into ``ResponseDecodingError``.
    """
    if response.status_code == 204:
        return None
    raise UnexpectedStatusError.from_response(response)
