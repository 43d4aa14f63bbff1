"""Request building and response parsing for ``POST /datasets/{dataset_name}/exports``.

Shared by ``logbook_client.api.exports.create_export`` and its async twin; it does no I/O.
"""

import datetime
from typing import Any, Literal

import httpx
from attrs import define as _define

from ..._runtime.arguments import BodyFields as _BodyFields
from ..._runtime.decoding import loads as _loads
from ..._runtime.errors import UnexpectedStatusError
from ..._runtime.operation import Operation
from ..._runtime.urls import path_segment as _path_segment
from ...models.export import Export
from ...models.export_format import ExportFormat
from ...models.export_request import ExportRequest
from ...types import UNSET, Unset

OPERATION = Operation(
    name="create_export",
    method="POST",
    path="/datasets/{dataset_name}/exports",
    security=("bearerAuth",),
    accept="application/json",
)


#: The body's fields as keyword arguments (``create_export(..., field=value)``), checked before sending.
BODY_FIELDS = _BodyFields(
    function="create_export",
    model=ExportRequest,
    attributes={
        "format_": "format_",
        "filter_": "filter_",
        "start_time": "start_time",
        "end_time": "end_time",
    },
    required=(),
    enums={
        "format_": ExportFormat,
    },
    enum_lists={},
)


@_define(frozen=True, kw_only=True)
class Args:
    """The arguments of one ``create_export`` call, for batches: ``batch(client, [Args(...), ...])``."""

    dataset_name: str
    body: ExportRequest


def build_request(
    *,
    dataset_name: str,
    body: ExportRequest | dict[str, Any] | Unset = UNSET,
    format_: ExportFormat | Literal["ndjson", "csv", "parquet"] | Unset = UNSET,
    filter_: None | str | Unset = UNSET,
    start_time: datetime.datetime | None | Unset = UNSET,
    end_time: datetime.datetime | None | Unset = UNSET,
) -> dict[str, Any]:
    """Build the keyword arguments of ``httpx.Client.build_request`` for this operation."""
    body = BODY_FIELDS.build(
        body,
        {
            "format_": format_,
            "filter_": filter_,
            "start_time": start_time,
            "end_time": end_time,
        },
    )
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": f"/datasets/{_path_segment(dataset_name)}/exports",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> Export:
    """Turn a successful (2xx) response into its typed value.

    The runtime turns a ``KeyError``/``TypeError``/``ValueError`` raised here into ``ResponseDecodingError``.
    """
    if response.status_code == 202:
        response_202 = Export.from_dict(_loads(response.content))

        return response_202

    raise UnexpectedStatusError.from_response(response)
