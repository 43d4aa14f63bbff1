"""Request building and response parsing for ``GET /datasets/{dataset_name}/tail``.

Shared by ``logbook_client.api.query.tail_events`` and its async twin; it does no I/O.
"""

from typing import Any

import httpx
from attrs import define as _define

from ..._runtime.errors import UnexpectedStatusError
from ..._runtime.operation import Operation
from ..._runtime.urls import path_segment as _path_segment
from ...types import UNSET, Unset

OPERATION = Operation(
    name="tail_events",
    method="GET",
    path="/datasets/{dataset_name}/tail",
    security=("bearerAuth",),
    accept="text/event-stream",
)


@_define(frozen=True, kw_only=True)
class Args:
    """The arguments of one ``tail_events`` call, for batches: ``batch(client, [Args(...), ...])``."""

    dataset_name: str
    limit: int | Unset = 100
    backlog: int | Unset = 0
    last_event_id: str | Unset = UNSET


def build_request(
    *,
    dataset_name: str,
    limit: int | Unset = 100,
    backlog: int | Unset = 0,
    last_event_id: str | Unset = UNSET,
) -> dict[str, Any]:
    """Build the keyword arguments of ``httpx.Client.build_request`` for this operation."""
    headers: dict[str, Any] = {}
    if not isinstance(last_event_id, Unset):
        headers["Last-Event-ID"] = last_event_id

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["backlog"] = backlog

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": f"/datasets/{_path_segment(dataset_name)}/tail",
        "params": params,
    }

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
