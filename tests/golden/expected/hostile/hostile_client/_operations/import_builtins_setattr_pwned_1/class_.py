"""Request building and response parsing for ``POST /items2``.

Shared by ``hostile_client.api.import_builtins_setattr_pwned_1.class_`` and its async twin; it does no I/O.
"""

from typing import Any

import httpx
from attrs import define as _define

from ..._runtime.arguments import BodyFields as _BodyFields
from ..._runtime.errors import UnexpectedStatusError
from ..._runtime.operation import Operation
from ...models.class_body import ClassBody
from ...types import UNSET, Unset

OPERATION = Operation(
    name="class_",
    method="POST",
    path="/items2",
    security=("token",),
)


#: The body's fields as keyword arguments (``class_(..., field=value)``), checked before sending.
BODY_FIELDS = _BodyFields(
    function="class_",
    model=ClassBody,
    attributes={
        "def_": "def_",
    },
    required=(),
    enums={},
    enum_lists={},
)


@_define(frozen=True, kw_only=True)
class Args:
    """The arguments of one ``class_`` call, for batches: ``batch(client, [Args(...), ...])``."""

    body: ClassBody | Unset = UNSET


def build_request(
    *,
    body: ClassBody | dict[str, Any] | Unset = UNSET,
    def_: str | Unset = UNSET,
) -> dict[str, Any]:
    """Build the keyword arguments of ``httpx.Client.build_request`` for this operation."""
    body = BODY_FIELDS.build_optional(
        body,
        {
            "def_": def_,
        },
    )
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/items2",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> None:
    """Turn a successful (2xx) response into its typed value.

    The runtime turns a ``KeyError``/``TypeError``/``ValueError`` raised here into ``ResponseDecodingError``.
    """
    if response.status_code == 204:
        return None
    raise UnexpectedStatusError.from_response(response)
