"""Request building and response parsing for ``POST /annotations``.

Shared by ``logbook_client.api.annotations.create_annotation`` and its async twin; it does no I/O.
"""

from typing import Any

import httpx
from attrs import define as _define

from ..._runtime.decoding import loads as _loads
from ..._runtime.errors import UnexpectedStatusError
from ..._runtime.operation import Operation
from ...models.annotation import Annotation
from ...models.annotation_input import AnnotationInput

OPERATION = Operation(
    name="create_annotation",
    method="POST",
    path="/annotations",
    security=("bearerAuth",),
    accept="application/json",
)


@_define(frozen=True, kw_only=True)
class Args:
    """The arguments of one ``create_annotation`` call, for batches: ``batch(client, [Args(...), ...])``."""

    body: AnnotationInput


def build_request(
    *,
    body: AnnotationInput,
) -> dict[str, Any]:
    """Build the keyword arguments of ``httpx.Client.build_request`` for this operation."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/annotations",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> Annotation:
    """Turn a successful (2xx) response into its typed value.

    The runtime turns a ``KeyError``/``TypeError``/``ValueError`` raised here into ``ResponseDecodingError``.
    """
    if response.status_code == 201:
        response_201 = Annotation.from_dict(_loads(response.content))

        return response_201

    raise UnexpectedStatusError.from_response(response)
