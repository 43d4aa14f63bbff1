"""Request building and response parsing for ``GET /ping``.

Shared by ``features_client.api.default.ping`` and its async twin; it does no I/O.
"""

from typing import Any

import httpx
from attrs import define as _define

from ..._runtime.decoding import loads as _loads
from ..._runtime.errors import UnexpectedStatusError
from ..._runtime.operation import Operation
from ...models.ping_response_200 import PingResponse200

OPERATION = Operation(
    name="ping",
    method="GET",
    path="/ping",
    security=(),
    accept="application/json",
)


@_define(frozen=True, kw_only=True)
class Args:
    """The arguments of one ``ping`` call, for batches: ``batch(client, [Args(...), ...])``."""


def build_request() -> dict[str, Any]:
    """Build the keyword arguments of ``httpx.Client.build_request`` for this operation."""

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/ping",
    }

    return _kwargs


def parse_response(response: httpx.Response) -> PingResponse200:
    """Turn a successful (2xx) response into its typed value.

    The runtime turns a ``KeyError``/``TypeError``/``ValueError`` raised here into ``ResponseDecodingError``.
    """
    if response.status_code == 200:
        response_200 = PingResponse200.from_dict(_loads(response.content))

        return response_200

    raise UnexpectedStatusError.from_response(response)
