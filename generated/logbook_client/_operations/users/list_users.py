"""Request building and response parsing for ``GET /users``.

Shared by ``logbook_client.api.users.list_users`` and its async twin; it does no I/O.
"""

from typing import Any

import httpx
from attrs import define as _define

from ..._runtime.errors import UnexpectedStatusError
from ..._runtime.operation import Operation
from ...models.user_list import UserList
from ...types import UNSET, Unset

OPERATION = Operation(
    name="list_users",
    method="GET",
    path="/users",
    security=("bearerAuth",),
)


@_define(frozen=True, kw_only=True)
class Args:
    """The arguments of one ``list_users`` call, for batches: ``batch(client, [Args(...), ...])``."""

    limit: int | Unset = 100
    starting_after: str | Unset = UNSET


def build_request(
    *,
    limit: int | Unset = 100,
    starting_after: str | Unset = UNSET,
) -> dict[str, Any]:
    """Build the keyword arguments of ``httpx.Client.build_request`` for this operation."""

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["starting_after"] = starting_after

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/users",
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> UserList:
    """Turn a successful (2xx) response into its typed value.

    The runtime turns a ``KeyError``/``TypeError``/``ValueError`` raised here into ``ResponseDecodingError``.
    """
    if response.status_code == 200:
        response_200 = UserList.from_dict(response.json())

        return response_200

    raise UnexpectedStatusError.from_response(response)
