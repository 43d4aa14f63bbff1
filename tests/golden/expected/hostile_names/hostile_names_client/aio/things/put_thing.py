"""Asynchronous ``PUT /things/{id}``"""

from ..._client import AsyncClient
from ..._operations.things import put_thing as _operation
from ..._runtime.options import RequestOptions
from ..._runtime.response import Response
from ...models.client_model import ClientModel

__all__ = ["call", "call_detailed"]


async def call_detailed(
    client: AsyncClient,
    *,
    id: str,
    body: ClientModel,
    request_options: RequestOptions | None = None,
) -> Response[ClientModel]:
    """``PUT /things/{id}``

    ``PUT /things/{id}``.

    Args:
        id (str):
        body (ClientModel):
        request_options: Per-call overrides (timeout, retries, headers, idempotency key).

    Raises:
        hostile_names_client.errors.APIStatusError: The server answered with an error status (a subclass per status,
            e.g. NotFoundError), carrying the status, headers, problem details and raw response.
        hostile_names_client.errors.ResponseDecodingError: The response body does not match the spec.
        hostile_names_client.errors.APIConnectionError: The request could not be sent or timed out.

    Returns:
        Response[ClientModel]: the parsed value with the status, headers, raw response and
        the number of retries taken.
    """

    request = _operation.build_request(
        id=id,
        body=body,
    )
    return await client._execute(request, _operation.OPERATION, _operation.parse_response, request_options)


async def call(
    client: AsyncClient,
    *,
    id: str,
    body: ClientModel,
    request_options: RequestOptions | None = None,
) -> ClientModel:
    """``PUT /things/{id}``

    ``PUT /things/{id}``.

    Args:
        id (str):
        body (ClientModel):
        request_options: Per-call overrides (timeout, retries, headers, idempotency key).

    Raises:
        hostile_names_client.errors.APIStatusError: The server answered with an error status (a subclass per status,
            e.g. NotFoundError), carrying the status, headers, problem details and raw response.
        hostile_names_client.errors.ResponseDecodingError: The response body does not match the spec.
        hostile_names_client.errors.APIConnectionError: The request could not be sent or timed out.

    Returns:
        ClientModel
    """

    response = await call_detailed(
        client,
        id=id,
        body=body,
        request_options=request_options,
    )
    return response.parsed
