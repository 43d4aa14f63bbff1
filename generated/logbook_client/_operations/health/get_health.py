"""Request building and response parsing for ``GET /health``.

Shared by ``logbook_client.api.health.get_health`` and its async twin; it does no I/O.
"""

from typing import Any

import httpx
from attrs import define as _define

from ..._runtime.decoding import loads as _loads
from ..._runtime.errors import UnexpectedStatusError
from ..._runtime.operation import Operation
from ...models.health import Health

OPERATION = Operation(
    name="get_health",
    method="GET",
    path="/health",
    security=(),
    accept="application/json",
)


@_define(frozen=True, kw_only=True)
class Args:
    """The arguments of one ``get_health`` call, for batches: ``batch(client, [Args(...), ...])``."""


def build_request() -> dict[str, Any]:
    """Build the keyword arguments of ``httpx.Client.build_request`` for this operation."""

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/health",
    }

    return _kwargs


def parse_response(response: httpx.Response) -> Health:
    """Turn a successful (2xx) response into its typed value.

    The runtime turns a ``KeyError``/``TypeError``/``ValueError`` raised here into ``ResponseDecodingError``.
    """
    if response.status_code == 200:
        response_200 = Health.from_dict(_loads(response.content))

        return response_200

    raise UnexpectedStatusError.from_response(response)
