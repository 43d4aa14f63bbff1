"""Request building and response parsing for ``POST /uploads``.

Shared by ``features_client.api.files.upload`` and its async twin; it does no I/O.
"""

from typing import Any

import httpx
from attrs import define as _define

from ..._runtime.errors import UnexpectedStatusError
from ..._runtime.operation import Operation
from ...models.upload import Upload

OPERATION = Operation(
    name="upload",
    method="POST",
    path="/uploads",
    security=("bearer",),
    accept="text/plain",
)


@_define(frozen=True, kw_only=True)
class Args:
    """The arguments of one ``upload`` call, for batches: ``batch(client, [Args(...), ...])``."""

    body: Upload


def build_request(
    *,
    body: Upload,
) -> dict[str, Any]:
    """Build the keyword arguments of ``httpx.Client.build_request`` for this operation."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/uploads",
    }

    _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> str:
    """Turn a successful (2xx) response into its typed value.

    The runtime turns a ``KeyError``/``TypeError``/``ValueError`` raised here into ``ResponseDecodingError``.
    """
    if response.status_code == 200:
        response_200 = response.text
        return response_200

    raise UnexpectedStatusError.from_response(response)
