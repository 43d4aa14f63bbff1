"""Synchronous ``GET /things/{id}``"""

import datetime

from ..._client import Client
from ..._operations.things import get_thing as _operation
from ..._runtime.options import RequestOptions
from ..._runtime.response import Response
from ...models.response_model import ResponseModel
from ...types import UNSET, Unset

__all__ = ["call", "call_detailed"]


def call_detailed(
    client: Client,
    *,
    id: str,
    headers_: str | Unset = UNSET,
    cookies_: int | Unset = UNSET,
    body_: str | Unset = UNSET,
    request_options_: str | Unset = UNSET,
    client_query: str | Unset = UNSET,
    cast_: str | Unset = UNSET,
    since: datetime.datetime | Unset = UNSET,
    json_since_: str | Unset = UNSET,
    params_: str | Unset = UNSET,
    session: str | Unset = UNSET,
    request_options: RequestOptions | None = None,
) -> Response[ResponseModel]:
    """``GET /things/{id}``

    ``GET /things/{id}``.

    Args:
        id (str):
        headers_ (str | Unset):
        cookies_ (int | Unset):
        body_ (str | Unset):
        request_options_ (str | Unset):
        client_query (str | Unset):
        cast_ (str | Unset):
        since (datetime.datetime | Unset):
        json_since_ (str | Unset):
        params_ (str | Unset):
        session (str | Unset):
        request_options: Per-call overrides (timeout, retries, headers, idempotency key).

    Raises:
        hostile_names_client.errors.APIStatusError: The server answered with an error status (a subclass per status,
            e.g. NotFoundError), carrying the status, headers, problem details and raw response.
        hostile_names_client.errors.ResponseDecodingError: The response body does not match the spec.
        hostile_names_client.errors.APIConnectionError: The request could not be sent or timed out.

    Returns:
        Response[ResponseModel]: the parsed value with the status, headers, raw response and
        the number of retries taken.
    """

    request = _operation.build_request(
        id=id,
        headers_=headers_,
        cookies_=cookies_,
        body_=body_,
        request_options_=request_options_,
        client_query=client_query,
        cast_=cast_,
        since=since,
        json_since_=json_since_,
        params_=params_,
        session=session,
    )
    return client._execute(request, _operation.OPERATION, _operation.parse_response, request_options)


def call(
    client: Client,
    *,
    id: str,
    headers_: str | Unset = UNSET,
    cookies_: int | Unset = UNSET,
    body_: str | Unset = UNSET,
    request_options_: str | Unset = UNSET,
    client_query: str | Unset = UNSET,
    cast_: str | Unset = UNSET,
    since: datetime.datetime | Unset = UNSET,
    json_since_: str | Unset = UNSET,
    params_: str | Unset = UNSET,
    session: str | Unset = UNSET,
    request_options: RequestOptions | None = None,
) -> ResponseModel:
    """``GET /things/{id}``

    ``GET /things/{id}``.

    Args:
        id (str):
        headers_ (str | Unset):
        cookies_ (int | Unset):
        body_ (str | Unset):
        request_options_ (str | Unset):
        client_query (str | Unset):
        cast_ (str | Unset):
        since (datetime.datetime | Unset):
        json_since_ (str | Unset):
        params_ (str | Unset):
        session (str | Unset):
        request_options: Per-call overrides (timeout, retries, headers, idempotency key).

    Raises:
        hostile_names_client.errors.APIStatusError: The server answered with an error status (a subclass per status,
            e.g. NotFoundError), carrying the status, headers, problem details and raw response.
        hostile_names_client.errors.ResponseDecodingError: The response body does not match the spec.
        hostile_names_client.errors.APIConnectionError: The request could not be sent or timed out.

    Returns:
        ResponseModel
    """

    response = call_detailed(
        client,
        id=id,
        headers_=headers_,
        cookies_=cookies_,
        body_=body_,
        request_options_=request_options_,
        client_query=client_query,
        cast_=cast_,
        since=since,
        json_since_=json_since_,
        params_=params_,
        session=session,
        request_options=request_options,
    )
    return response.parsed
