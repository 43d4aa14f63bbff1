"""Request building and response parsing for ``GET /users/me``.

Shared by ``logbook_client.api.users.get_current_user`` and its async twin; it does no I/O.
"""

from typing import Any

import httpx
from attrs import define as _define

from ..._runtime.decoding import loads as _loads
from ..._runtime.errors import UnexpectedStatusError
from ..._runtime.operation import Operation
from ...models.user import User

OPERATION = Operation(
    name="get_current_user",
    method="GET",
    path="/users/me",
    security=("bearerAuth",),
    accept="application/json",
)


@_define(frozen=True, kw_only=True)
class Args:
    """The arguments of one ``get_current_user`` call, for batches: ``batch(client, [Args(...), ...])``."""


def build_request() -> dict[str, Any]:
    """Build the keyword arguments of ``httpx.Client.build_request`` for this operation."""

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/users/me",
    }

    return _kwargs


def parse_response(response: httpx.Response) -> User:
    """Turn a successful (2xx) response into its typed value.

    The runtime turns a ``KeyError``/``TypeError``/``ValueError`` raised here into ``ResponseDecodingError``.
    """
    if response.status_code == 200:
        response_200 = User.from_dict(_loads(response.content))

        return response_200

    raise UnexpectedStatusError.from_response(response)
