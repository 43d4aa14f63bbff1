"""Request building and response parsing for ``POST /datasets/{dataset_name}/ingest``.

Shared by ``logbook_client.api.ingest.ingest_events`` and its async twin; it does no I/O.
"""

from typing import Any

import httpx
from attrs import define as _define

from ..._runtime.decoding import loads as _loads
from ..._runtime.errors import UnexpectedStatusError
from ..._runtime.operation import Operation
from ..._runtime.sequences import AsyncItemStream, ItemStream, encode_sequence, is_item_stream
from ..._runtime.urls import path_segment as _path_segment
from ...models.event import Event
from ...models.ingest_result import IngestResult

OPERATION = Operation(
    name="ingest_events",
    method="POST",
    path="/datasets/{dataset_name}/ingest",
    security=("bearerAuth",),
    accept="application/json",
)


@_define(frozen=True, kw_only=True)
class Args:
    """The arguments of one ``ingest_events`` call, for batches: ``batch(client, [Args(...), ...])``."""

    dataset_name: str
    body: list[Event] | ItemStream[Event]


def build_request(
    *,
    dataset_name: str,
    body: list[Event] | AsyncItemStream[Event],
) -> dict[str, Any]:
    """Build the keyword arguments of ``httpx.Client.build_request`` for this operation."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": f"/datasets/{_path_segment(dataset_name)}/ingest",
    }

    if isinstance(body, list):
        _kwargs["json"] = []
        for body_item_data in body:
            body_item = body_item_data.to_dict()
            _kwargs["json"].append(body_item)

        headers["Content-Type"] = "application/json"
    elif is_item_stream(body):
        _kwargs["content"] = encode_sequence(body, "application/x-ndjson")

        headers["Content-Type"] = "application/x-ndjson"
    _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> IngestResult:
    """Turn a successful (2xx) response into its typed value.

    The runtime turns a ``KeyError``/``TypeError``/``ValueError`` raised here into ``ResponseDecodingError``.
    """
    if response.status_code == 200:
        response_200 = IngestResult.from_dict(_loads(response.content))

        return response_200

    raise UnexpectedStatusError.from_response(response)
