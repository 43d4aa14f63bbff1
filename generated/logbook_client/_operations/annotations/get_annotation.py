"""Request building and response parsing for ``GET /annotations/{annotation_id}``.

Shared by ``logbook_client.api.annotations.get_annotation`` and its async twin; it does no I/O.
"""

from typing import Any
from uuid import UUID

import httpx
from attrs import define as _define

from ..._runtime.decoding import loads as _loads
from ..._runtime.errors import UnexpectedStatusError
from ..._runtime.operation import Operation
from ..._runtime.urls import path_segment as _path_segment
from ...models.annotation import Annotation

OPERATION = Operation(
    name="get_annotation",
    method="GET",
    path="/annotations/{annotation_id}",
    security=("bearerAuth",),
    accept="application/json",
)


@_define(frozen=True, kw_only=True)
class Args:
    """The arguments of one ``get_annotation`` call, for batches: ``batch(client, [Args(...), ...])``."""

    annotation_id: UUID


def build_request(
    *,
    annotation_id: UUID,
) -> dict[str, Any]:
    """Build the keyword arguments of ``httpx.Client.build_request`` for this operation."""

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": f"/annotations/{_path_segment(annotation_id)}",
    }

    return _kwargs


def parse_response(response: httpx.Response) -> Annotation:
    """Turn a successful (2xx) response into its typed value.

    The runtime turns a ``KeyError``/``TypeError``/``ValueError`` raised here into ``ResponseDecodingError``.
    """
    if response.status_code == 200:
        response_200 = Annotation.from_dict(_loads(response.content))

        return response_200

    raise UnexpectedStatusError.from_response(response)
