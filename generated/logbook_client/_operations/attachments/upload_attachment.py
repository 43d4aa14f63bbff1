"""Request building and response parsing for ``POST /annotations/{annotation_id}/attachments``.

Shared by ``logbook_client.api.attachments.upload_attachment`` and its async twin; it does no I/O.
"""

from typing import Any
from uuid import UUID

import httpx
from attrs import define as _define

from ..._runtime.decoding import loads as _loads
from ..._runtime.errors import UnexpectedStatusError
from ..._runtime.operation import Operation
from ..._runtime.urls import path_segment as _path_segment
from ...models.attachment import Attachment
from ...models.attachment_upload import AttachmentUpload

OPERATION = Operation(
    name="upload_attachment",
    method="POST",
    path="/annotations/{annotation_id}/attachments",
    security=("bearerAuth",),
    accept="application/json",
)


@_define(frozen=True, kw_only=True)
class Args:
    """The arguments of one ``upload_attachment`` call, for batches: ``batch(client, [Args(...), ...])``."""

    annotation_id: UUID
    body: AttachmentUpload


def build_request(
    *,
    annotation_id: UUID,
    body: AttachmentUpload,
) -> dict[str, Any]:
    """Build the keyword arguments of ``httpx.Client.build_request`` for this operation."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": f"/annotations/{_path_segment(annotation_id)}/attachments",
    }

    _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> Attachment:
    """Turn a successful (2xx) response into its typed value.

    The runtime turns a ``KeyError``/``TypeError``/``ValueError`` raised here into ``ResponseDecodingError``.
    """
    if response.status_code == 201:
        response_201 = Attachment.from_dict(_loads(response.content))

        return response_201

    raise UnexpectedStatusError.from_response(response)
