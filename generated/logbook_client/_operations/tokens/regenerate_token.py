"""Request building and response parsing for ``POST /tokens/{token_id}/regenerate``.

Shared by ``logbook_client.api.tokens.regenerate_token`` and its async twin; it does no I/O.
"""

from typing import Any
from uuid import UUID

import httpx
from attrs import define as _define

from ..._runtime.decoding import loads as _loads
from ..._runtime.errors import UnexpectedStatusError
from ..._runtime.operation import Operation
from ..._runtime.urls import path_segment as _path_segment
from ...models.token_with_secret import TokenWithSecret

OPERATION = Operation(
    name="regenerate_token",
    method="POST",
    path="/tokens/{token_id}/regenerate",
    security=("bearerAuth",),
    accept="application/json",
)


@_define(frozen=True, kw_only=True)
class Args:
    """The arguments of one ``regenerate_token`` call, for batches: ``batch(client, [Args(...), ...])``."""

    token_id: UUID


def build_request(
    *,
    token_id: UUID,
) -> dict[str, Any]:
    """Build the keyword arguments of ``httpx.Client.build_request`` for this operation."""

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": f"/tokens/{_path_segment(token_id)}/regenerate",
    }

    return _kwargs


def parse_response(response: httpx.Response) -> TokenWithSecret:
    """Turn a successful (2xx) response into its typed value.

    The runtime turns a ``KeyError``/``TypeError``/``ValueError`` raised here into ``ResponseDecodingError``.
    """
    if response.status_code == 200:
        response_200 = TokenWithSecret.from_dict(_loads(response.content))

        return response_200

    raise UnexpectedStatusError.from_response(response)
