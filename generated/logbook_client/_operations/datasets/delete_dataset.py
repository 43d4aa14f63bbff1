"""Request building and response parsing for ``DELETE /datasets/{dataset_name}``.

Shared by ``logbook_client.api.datasets.delete_dataset`` and its async twin; it does no I/O.
"""

from typing import Any

import httpx
from attrs import define as _define

from ..._runtime.errors import UnexpectedStatusError
from ..._runtime.operation import Operation
from ..._runtime.urls import path_segment as _path_segment

OPERATION = Operation(
    name="delete_dataset",
    method="DELETE",
    path="/datasets/{dataset_name}",
    security=("bearerAuth",),
)


@_define(frozen=True, kw_only=True)
class Args:
    """The arguments of one ``delete_dataset`` call, for batches: ``batch(client, [Args(...), ...])``."""

    dataset_name: str


def build_request(
    *,
    dataset_name: str,
) -> dict[str, Any]:
    """Build the keyword arguments of ``httpx.Client.build_request`` for this operation."""

    _kwargs: dict[str, Any] = {
        "method": "DELETE",
        "url": f"/datasets/{_path_segment(dataset_name)}",
    }

    return _kwargs


def parse_response(response: httpx.Response) -> None:
    """Turn a successful (2xx) response into its typed value.

    The runtime turns a ``KeyError``/``TypeError``/``ValueError`` raised here into ``ResponseDecodingError``.
    """
    if response.status_code == 204:
        return None
    raise UnexpectedStatusError.from_response(response)
