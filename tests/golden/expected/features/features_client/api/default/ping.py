"""Synchronous ``GET /ping``"""

from ..._client import Client
from ..._operations.default import ping as _operation
from ..._runtime.options import RequestOptions
from ..._runtime.response import Response
from ...models.ping_response_200 import PingResponse200

__all__ = ["call", "call_detailed"]


def call_detailed(
    client: Client,
    *,
    request_options: RequestOptions | None = None,
) -> Response[PingResponse200]:
    """``GET /ping``

    ``GET /ping``.

    Args:
        request_options: Per-call overrides (timeout, retries, headers, idempotency key).

    Raises:
        features_client.errors.APIStatusError: The server answered with an error status (a subclass per status,
            e.g. NotFoundError), carrying the status, headers, problem details and raw response.
        features_client.errors.ResponseDecodingError: The response body does not match the spec.
        features_client.errors.APIConnectionError: The request could not be sent or timed out.

    Returns:
        Response[PingResponse200]: the parsed value with the status, headers, raw response and
        the number of retries taken.
    """

    request = _operation.build_request()
    return client._execute(request, _operation.OPERATION, _operation.parse_response, request_options)


def call(
    client: Client,
    *,
    request_options: RequestOptions | None = None,
) -> PingResponse200:
    """``GET /ping``

    ``GET /ping``.

    Args:
        request_options: Per-call overrides (timeout, retries, headers, idempotency key).

    Raises:
        features_client.errors.APIStatusError: The server answered with an error status (a subclass per status,
            e.g. NotFoundError), carrying the status, headers, problem details and raw response.
        features_client.errors.ResponseDecodingError: The response body does not match the spec.
        features_client.errors.APIConnectionError: The request could not be sent or timed out.

    Returns:
        PingResponse200
    """

    response = call_detailed(
        client,
        request_options=request_options,
    )
    return response.parsed
