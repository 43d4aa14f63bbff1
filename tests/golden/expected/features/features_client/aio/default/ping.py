"""Asynchronous ``GET /ping``"""

from ..._client import AsyncClient
from ..._operations.default import ping as _operation
from ..._runtime.response import Response
from ...models.ping_response_200 import PingResponse200

__all__ = ["call", "call_detailed"]


async def call_detailed(
    client: AsyncClient,
) -> Response[PingResponse200]:
    """``GET /ping``

    ``GET /ping``.

    Raises:
        features_client.errors.APIStatusError: The server answered with an error status (a subclass per status,
            e.g. NotFoundError), carrying the status, headers, problem details and raw response.
        features_client.errors.ResponseDecodingError: The response body does not match the spec.
        features_client.errors.APIConnectionError: The request could not be sent or timed out.

    Returns:
        Response[PingResponse200]: the parsed value with the status, headers and raw response.
    """

    request = _operation.build_request()
    return await client._execute(request, _operation.OPERATION, _operation.parse_response)


async def call(
    client: AsyncClient,
) -> PingResponse200:
    """``GET /ping``

    ``GET /ping``.

    Raises:
        features_client.errors.APIStatusError: The server answered with an error status (a subclass per status,
            e.g. NotFoundError), carrying the status, headers, problem details and raw response.
        features_client.errors.ResponseDecodingError: The response body does not match the spec.
        features_client.errors.APIConnectionError: The request could not be sent or timed out.

    Returns:
        PingResponse200
    """

    response = await call_detailed(
        client,
    )
    return response.parsed
