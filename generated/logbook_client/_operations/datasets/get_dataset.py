"""Request building and response parsing for ``GET /datasets/{dataset_name}``.

Shared by ``logbook_client.api.datasets.get_dataset`` and its async twin; it does no I/O.
"""

from typing import Any

import httpx
from attrs import define as _define

from ..._runtime.decoding import loads as _loads
from ..._runtime.errors import UnexpectedStatusError
from ..._runtime.operation import Operation
from ..._runtime.urls import path_segment as _path_segment
from ...models.dataset import Dataset

OPERATION = Operation(
    name="get_dataset",
    method="GET",
    path="/datasets/{dataset_name}",
    security=("bearerAuth",),
    accept="application/json",
)


@_define(frozen=True, kw_only=True)
class Args:
    """The arguments of one ``get_dataset`` call, for batches: ``batch(client, [Args(...), ...])``."""

    dataset_name: str


def build_request(
    *,
    dataset_name: str,
) -> dict[str, Any]:
    """Build the keyword arguments of ``httpx.Client.build_request`` for this operation."""

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": f"/datasets/{_path_segment(dataset_name)}",
    }

    return _kwargs


def parse_response(response: httpx.Response) -> Dataset:
    """Turn a successful (2xx) response into its typed value.

    The runtime turns a ``KeyError``/``TypeError``/``ValueError`` raised here into ``ResponseDecodingError``.
    """
    if response.status_code == 200:
        response_200 = Dataset.from_dict(_loads(response.content))

        return response_200

    raise UnexpectedStatusError.from_response(response)
