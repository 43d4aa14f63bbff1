"""Request building and response parsing for ``POST /notes``.

Shared by ``on_httpx2_client.api.notes.create_note`` and its async twin; it does no I/O.
"""

from typing import Any

import httpx2 as httpx
from attrs import define as _define

from ..._runtime.arguments import BodyFields as _BodyFields
from ..._runtime.decoding import loads as _loads
from ..._runtime.errors import UnexpectedStatusError
from ..._runtime.operation import Operation
from ...models.new_note import NewNote
from ...models.note import Note
from ...types import UNSET, Unset

OPERATION = Operation(
    name="create_note",
    method="POST",
    path="/notes",
    security=("bearer",),
    accept="application/json",
)


#: The body's fields as keyword arguments (``create_note(..., field=value)``), checked before sending.
BODY_FIELDS = _BodyFields(
    function="create_note",
    model=NewNote,
    attributes={
        "text": "text",
    },
    required=("text",),
    enums={},
    enum_lists={},
)


@_define(frozen=True, kw_only=True)
class Args:
    """The arguments of one ``create_note`` call, for batches: ``batch(client, [Args(...), ...])``."""

    body: NewNote


def build_request(
    *,
    body: NewNote | dict[str, Any] | Unset = UNSET,
    text: str | Unset = UNSET,
) -> dict[str, Any]:
    """Build the keyword arguments of ``httpx.Client.build_request`` for this operation."""
    body = BODY_FIELDS.build(
        body,
        {
            "text": text,
        },
    )
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/notes",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> Note:
    """Turn a successful (2xx) response into its typed value.

    The runtime turns a ``KeyError``/``TypeError``/``ValueError`` raised here into ``ResponseDecodingError``.
    """
    if response.status_code == 201:
        response_201 = Note.from_dict(_loads(response.content))

        return response_201

    raise UnexpectedStatusError.from_response(response)
