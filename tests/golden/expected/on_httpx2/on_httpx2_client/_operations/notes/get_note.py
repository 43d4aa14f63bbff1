"""Request building and response parsing for ``GET /notes/{note_id}``.

Shared by ``on_httpx2_client.api.notes.get_note`` and its async twin; it does no I/O.
"""

from typing import Any

import httpx2 as httpx
from attrs import define as _define

from ..._runtime.decoding import loads as _loads
from ..._runtime.errors import UnexpectedStatusError
from ..._runtime.operation import Operation
from ..._runtime.urls import path_segment as _path_segment
from ...models.note import Note

OPERATION = Operation(
    name="get_note",
    method="GET",
    path="/notes/{note_id}",
    security=("bearer",),
    accept="application/json",
)


@_define(frozen=True, kw_only=True)
class Args:
    """The arguments of one ``get_note`` call, for batches: ``batch(client, [Args(...), ...])``."""

    note_id: int


def build_request(
    *,
    note_id: int,
) -> dict[str, Any]:
    """Build the keyword arguments of ``httpx.Client.build_request`` for this operation."""

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": f"/notes/{_path_segment(note_id)}",
    }

    return _kwargs


def parse_response(response: httpx.Response) -> Note:
    """Turn a successful (2xx) response into its typed value.

    The runtime turns a ``KeyError``/``TypeError``/``ValueError`` raised here into ``ResponseDecodingError``.
    """
    if response.status_code == 200:
        response_200 = Note.from_dict(_loads(response.content))

        return response_200

    raise UnexpectedStatusError.from_response(response)
