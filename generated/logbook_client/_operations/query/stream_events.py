"""Request building and response parsing for ``GET /datasets/{dataset_name}/events``.

Shared by ``logbook_client.api.query.stream_events`` and its async twin; it does no I/O.
"""

import datetime
from typing import Any

import httpx
from attrs import define as _define

from ..._runtime.errors import UnexpectedStatusError
from ..._runtime.operation import Operation
from ..._runtime.urls import path_segment as _path_segment
from ...types import UNSET, Unset

OPERATION = Operation(
    name="stream_events",
    method="GET",
    path="/datasets/{dataset_name}/events",
    security=("bearerAuth",),
    accept="text/plain, application/x-ndjson",
)


@_define(frozen=True, kw_only=True)
class Args:
    """The arguments of one ``stream_events`` call, for batches: ``batch(client, [Args(...), ...])``."""

    dataset_name: str
    since: datetime.datetime | Unset = UNSET
    until: datetime.datetime | Unset = UNSET
    limit: int | Unset = 100


def build_request(
    *,
    dataset_name: str,
    since: datetime.datetime | Unset = UNSET,
    until: datetime.datetime | Unset = UNSET,
    limit: int | Unset = 100,
) -> dict[str, Any]:
    """Build the keyword arguments of ``httpx.Client.build_request`` for this operation."""

    params: dict[str, Any] = {}

    json_since: str | Unset = UNSET
    if not isinstance(since, Unset):
        json_since = since.isoformat()
    params["since"] = json_since

    json_until: str | Unset = UNSET
    if not isinstance(until, Unset):
        json_until = until.isoformat()
    params["until"] = json_until

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": f"/datasets/{_path_segment(dataset_name)}/events",
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> str:
    """Turn a successful (2xx) response into its typed value.

    The runtime turns a ``KeyError``/``TypeError``/``ValueError`` raised here into ``ResponseDecodingError``.
    """
    if response.status_code == 200:
        response_200 = response.text
        return response_200

    raise UnexpectedStatusError.from_response(response)
