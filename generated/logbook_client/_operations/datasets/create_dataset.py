"""Request building and response parsing for ``POST /datasets``.

Shared by ``logbook_client.api.datasets.create_dataset`` and its async twin; it does no I/O.
"""

from typing import Any

import httpx
from attrs import define as _define

from ..._runtime.arguments import BodyFields as _BodyFields
from ..._runtime.decoding import loads as _loads
from ..._runtime.errors import UnexpectedStatusError
from ..._runtime.operation import Operation
from ...models.dataset import Dataset
from ...models.dataset_create import DatasetCreate
from ...types import UNSET, Unset

OPERATION = Operation(
    name="create_dataset",
    method="POST",
    path="/datasets",
    security=("bearerAuth",),
    idempotency_header="Idempotency-Key",
    accept="application/json",
)


#: The body's fields as keyword arguments (``create_dataset(..., field=value)``), checked before sending.
BODY_FIELDS = _BodyFields(
    function="create_dataset",
    model=DatasetCreate,
    attributes={
        "name": "name",
        "description": "description",
        "retention_days": "retention_days",
    },
    required=("name",),
    enums={},
    enum_lists={},
)


@_define(frozen=True, kw_only=True)
class Args:
    """The arguments of one ``create_dataset`` call, for batches: ``batch(client, [Args(...), ...])``."""

    body: DatasetCreate
    idempotency_key: str | Unset = UNSET


def build_request(
    *,
    body: DatasetCreate | dict[str, Any] | Unset = UNSET,
    name: str | Unset = UNSET,
    description: None | str | Unset = UNSET,
    retention_days: int | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    """Build the keyword arguments of ``httpx.Client.build_request`` for this operation."""
    body = BODY_FIELDS.build(
        body,
        {
            "name": name,
            "description": description,
            "retention_days": retention_days,
        },
    )
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/datasets",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> Dataset:
    """Turn a successful (2xx) response into its typed value.

    The runtime turns a ``KeyError``/``TypeError``/``ValueError`` raised here into ``ResponseDecodingError``.
    """
    if response.status_code == 201:
        response_201 = Dataset.from_dict(_loads(response.content))

        return response_201

    raise UnexpectedStatusError.from_response(response)
