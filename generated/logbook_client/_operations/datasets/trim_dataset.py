"""Request building and response parsing for ``POST /datasets/{dataset_name}/trim``.

Shared by ``logbook_client.api.datasets.trim_dataset`` and its async twin; it does no I/O.
"""

import datetime
from typing import Any

import httpx
from attrs import define as _define

from ..._runtime.arguments import BodyFields as _BodyFields
from ..._runtime.decoding import loads as _loads
from ..._runtime.errors import UnexpectedStatusError
from ..._runtime.operation import Operation
from ..._runtime.urls import path_segment as _path_segment
from ...models.trim_request import TrimRequest
from ...models.trim_result import TrimResult
from ...types import UNSET, Unset

OPERATION = Operation(
    name="trim_dataset",
    method="POST",
    path="/datasets/{dataset_name}/trim",
    security=("bearerAuth",),
    accept="application/json",
)


#: The body's fields as keyword arguments (``trim_dataset(..., field=value)``), checked before sending.
BODY_FIELDS = _BodyFields(
    function="trim_dataset",
    model=TrimRequest,
    attributes={
        "max_age": "max_age",
        "before": "before",
    },
    required=(),
    enums={},
    enum_lists={},
)


@_define(frozen=True, kw_only=True)
class Args:
    """The arguments of one ``trim_dataset`` call, for batches: ``batch(client, [Args(...), ...])``."""

    dataset_name: str
    body: TrimRequest


def build_request(
    *,
    dataset_name: str,
    body: TrimRequest | dict[str, Any] | Unset = UNSET,
    max_age: str | Unset = UNSET,
    before: datetime.datetime | Unset = UNSET,
) -> dict[str, Any]:
    """Build the keyword arguments of ``httpx.Client.build_request`` for this operation."""
    body = BODY_FIELDS.build(
        body,
        {
            "max_age": max_age,
            "before": before,
        },
    )
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": f"/datasets/{_path_segment(dataset_name)}/trim",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> TrimResult:
    """Turn a successful (2xx) response into its typed value.

    The runtime turns a ``KeyError``/``TypeError``/``ValueError`` raised here into ``ResponseDecodingError``.
    """
    if response.status_code == 200:
        response_200 = TrimResult.from_dict(_loads(response.content))

        return response_200

    raise UnexpectedStatusError.from_response(response)
