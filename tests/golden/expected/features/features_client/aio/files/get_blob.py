"""Asynchronous ``GET /blobs/{name}``"""

from ..._client import AsyncClient
from ..._operations.files import get_blob as _operation
from ..._runtime.options import RequestOptions
from ..._runtime.response import Response
from ...types import File

__all__ = ["call", "call_detailed"]


async def call_detailed(
    client: AsyncClient,
    *,
    name: str,
    request_options: RequestOptions | None = None,
) -> Response[File]:
    """``GET /blobs/{name}``

    ``GET /blobs/{name}``.

    Args:
        name (str):
        request_options: Per-call overrides (timeout, retries, headers, idempotency key).

    Raises:
        features_client.errors.APIStatusError: The server answered with an error status (a subclass per status,
            e.g. NotFoundError), carrying the status, headers, problem details and raw response.
        features_client.errors.ResponseDecodingError: The response body does not match the spec.
        features_client.errors.APIConnectionError: The request could not be sent or timed out.

    Returns:
        Response[File]: the parsed value with the status, headers, raw response and
        the number of retries taken.
    """

    request = _operation.build_request(
        name=name,
    )
    return await client._execute(request, _operation.OPERATION, _operation.parse_response, request_options)


async def call(
    client: AsyncClient,
    *,
    name: str,
    request_options: RequestOptions | None = None,
) -> File:
    """``GET /blobs/{name}``

    ``GET /blobs/{name}``.

    Args:
        name (str):
        request_options: Per-call overrides (timeout, retries, headers, idempotency key).

    Raises:
        features_client.errors.APIStatusError: The server answered with an error status (a subclass per status,
            e.g. NotFoundError), carrying the status, headers, problem details and raw response.
        features_client.errors.ResponseDecodingError: The response body does not match the spec.
        features_client.errors.APIConnectionError: The request could not be sent or timed out.

    Returns:
        File
    """

    response = await call_detailed(
        client,
        name=name,
        request_options=request_options,
    )
    return response.parsed
