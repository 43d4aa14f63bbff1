"""Request building and response parsing for ``PUT /things/{id}``.

Shared by ``hostile_names_client.api.things.put_thing`` and its async twin; it does no I/O.
"""

from typing import Any

import httpx
from attrs import define as _define

from ..._runtime.arguments import BodyFields as _BodyFields
from ..._runtime.decoding import loads as _loads
from ..._runtime.errors import UnexpectedStatusError
from ..._runtime.operation import Operation
from ..._runtime.urls import path_segment as _path_segment
from ...models.client_model import ClientModel
from ...types import UNSET, Unset

OPERATION = Operation(
    name="put_thing",
    method="PUT",
    path="/things/{id}",
    security=("token",),
    accept="application/json",
)


#: The body's fields as keyword arguments (``put_thing(..., field=value)``), checked before sending.
BODY_FIELDS = _BodyFields(
    function="put_thing",
    model=ClientModel,
    attributes={
        "name": "name",
        "files_": "files_",
        "src_dict_": "src_dict_",
    },
    required=(),
    enums={},
    enum_lists={},
)


@_define(frozen=True, kw_only=True)
class Args:
    """The arguments of one ``put_thing`` call, for batches: ``batch(client, [Args(...), ...])``."""

    id: str
    body: ClientModel


def build_request(
    *,
    id: str,
    body: ClientModel | dict[str, Any] | Unset = UNSET,
    name: str | Unset = UNSET,
    files_: str | Unset = UNSET,
    src_dict_: str | Unset = UNSET,
) -> dict[str, Any]:
    """Build the keyword arguments of ``httpx.Client.build_request`` for this operation."""
    body = BODY_FIELDS.build(
        body,
        {
            "name": name,
            "files_": files_,
            "src_dict_": src_dict_,
        },
    )
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "PUT",
        "url": f"/things/{_path_segment(id)}",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> ClientModel:
    """Turn a successful (2xx) response into its typed value.

    The runtime turns a ``KeyError``/``TypeError``/``ValueError`` raised here into ``ResponseDecodingError``.
    """
    if response.status_code == 200:
        response_200 = ClientModel.from_dict(_loads(response.content))

        return response_200

    raise UnexpectedStatusError.from_response(response)
