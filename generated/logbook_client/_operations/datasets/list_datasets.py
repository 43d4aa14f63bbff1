"""Request building and response parsing for ``GET /datasets``.

Shared by ``logbook_client.api.datasets.list_datasets`` and its async twin; it does no I/O.
"""

from typing import Any

import httpx
from attrs import define as _define

from ..._runtime.errors import UnexpectedStatusError
from ..._runtime.operation import Operation
from ...models.dataset_list import DatasetList
from ...types import UNSET, Unset

OPERATION = Operation(
    name="list_datasets",
    method="GET",
    path="/datasets",
    security=("bearerAuth",),
)


@_define(frozen=True, kw_only=True)
class Args:
    """The arguments of one ``list_datasets`` call, for batches: ``batch(client, [Args(...), ...])``."""

    cursor: str | Unset = UNSET
    limit: int | Unset = 100


def build_request(
    *,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 100,
) -> dict[str, Any]:
    """Build the keyword arguments of ``httpx.Client.build_request`` for this operation."""

    params: dict[str, Any] = {}

    params["cursor"] = cursor

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/datasets",
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> DatasetList:
    """Turn a successful (2xx) response into its typed value.

    The runtime turns a ``KeyError``/``TypeError``/``ValueError`` raised here into ``ResponseDecodingError``.
    """
    if response.status_code == 200:
        response_200 = DatasetList.from_dict(response.json())

        return response_200

    raise UnexpectedStatusError.from_response(response)
