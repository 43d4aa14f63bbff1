"""Request building and response parsing for ``PATCH /datasets/{dataset_name}``.

Shared by ``logbook_client.api.datasets.update_dataset`` and its async twin; it does no I/O.
"""

from typing import Any

import httpx
from attrs import define as _define

from ..._runtime.arguments import BodyFields as _BodyFields
from ..._runtime.decoding import loads as _loads
from ..._runtime.errors import UnexpectedStatusError
from ..._runtime.operation import Operation
from ..._runtime.urls import path_segment as _path_segment
from ...models.dataset import Dataset
from ...models.dataset_update import DatasetUpdate
from ...types import UNSET, Unset

OPERATION = Operation(
    name="update_dataset",
    method="PATCH",
    path="/datasets/{dataset_name}",
    security=("bearerAuth",),
    accept="application/json",
)


#: The body's fields as keyword arguments (``update_dataset(..., field=value)``), checked before sending.
BODY_FIELDS = _BodyFields(
    function="update_dataset",
    model=DatasetUpdate,
    attributes={
        "description": "description",
        "retention_days": "retention_days",
    },
    required=(),
    enums={},
    enum_lists={},
)


@_define(frozen=True, kw_only=True)
class Args:
    """The arguments of one ``update_dataset`` call, for batches: ``batch(client, [Args(...), ...])``."""

    dataset_name: str
    body: DatasetUpdate
    if_match: str


def build_request(
    *,
    dataset_name: str,
    body: DatasetUpdate | dict[str, Any] | Unset = UNSET,
    description: None | str | Unset = UNSET,
    retention_days: int | Unset = UNSET,
    if_match: str,
) -> dict[str, Any]:
    """Build the keyword arguments of ``httpx.Client.build_request`` for this operation."""
    body = BODY_FIELDS.build(
        body,
        {
            "description": description,
            "retention_days": retention_days,
        },
    )
    headers: dict[str, Any] = {}
    headers["If-Match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "PATCH",
        "url": f"/datasets/{_path_segment(dataset_name)}",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> Dataset:
    """Turn a successful (2xx) response into its typed value.

    The runtime turns a ``KeyError``/``TypeError``/``ValueError`` raised here into ``ResponseDecodingError``.
    """
    if response.status_code == 200:
        response_200 = Dataset.from_dict(_loads(response.content))

        return response_200

    raise UnexpectedStatusError.from_response(response)
