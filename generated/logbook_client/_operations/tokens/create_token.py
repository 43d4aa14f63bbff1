"""Request building and response parsing for ``POST /tokens``.

Shared by ``logbook_client.api.tokens.create_token`` and its async twin; it does no I/O.
"""

import datetime
from collections.abc import Sequence
from typing import Any, Literal

import httpx
from attrs import define as _define

from ..._runtime.arguments import BodyFields as _BodyFields
from ..._runtime.decoding import loads as _loads
from ..._runtime.errors import UnexpectedStatusError
from ..._runtime.operation import Operation
from ...models.token_create import TokenCreate
from ...models.token_scope import TokenScope
from ...models.token_with_secret import TokenWithSecret
from ...types import UNSET, Unset

OPERATION = Operation(
    name="create_token",
    method="POST",
    path="/tokens",
    security=("bearerAuth",),
    accept="application/json",
)


#: The body's fields as keyword arguments (``create_token(..., field=value)``), checked before sending.
BODY_FIELDS = _BodyFields(
    function="create_token",
    model=TokenCreate,
    attributes={
        "name": "name",
        "scopes": "scopes",
        "expires_at": "expires_at",
    },
    required=(
        "name",
        "scopes",
    ),
    enums={},
    enum_lists={
        "scopes": TokenScope,
    },
)


@_define(frozen=True, kw_only=True)
class Args:
    """The arguments of one ``create_token`` call, for batches: ``batch(client, [Args(...), ...])``."""

    body: TokenCreate


def build_request(
    *,
    body: TokenCreate | dict[str, Any] | Unset = UNSET,
    name: str | Unset = UNSET,
    scopes: Sequence[TokenScope | Literal["read", "ingest", "query", "admin"]] | Unset = UNSET,
    expires_at: datetime.datetime | None | Unset = UNSET,
) -> dict[str, Any]:
    """Build the keyword arguments of ``httpx.Client.build_request`` for this operation."""
    body = BODY_FIELDS.build(
        body,
        {
            "name": name,
            "scopes": scopes,
            "expires_at": expires_at,
        },
    )
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/tokens",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> TokenWithSecret:
    """Turn a successful (2xx) response into its typed value.

    The runtime turns a ``KeyError``/``TypeError``/``ValueError`` raised here into ``ResponseDecodingError``.
    """
    if response.status_code == 201:
        response_201 = TokenWithSecret.from_dict(_loads(response.content))

        return response_201

    raise UnexpectedStatusError.from_response(response)
