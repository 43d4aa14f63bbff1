"""Synchronous ``GET /health``: Check service health"""

from ..._client import Client
from ..._operations.health import get_health as _operation
from ..._runtime.options import RequestOptions
from ..._runtime.response import Response
from ...models.health import Health

__all__ = ["call", "call_detailed"]


def call_detailed(
    client: Client,
    *,
    request_options: RequestOptions | None = None,
) -> Response[Health]:
    """Check service health

    Reports whether the service is up. This operation needs no authentication and is suitable for load-
    balancer probes.

    ``GET /health``.

    Args:
        request_options: Per-call overrides (timeout, retries, headers, idempotency key).

    Raises:
        logbook_client.errors.APIStatusError: The server answered with an error status (a subclass per status,
            e.g. NotFoundError), carrying the status, headers, problem details and raw response.
        logbook_client.errors.ResponseDecodingError: The response body does not match the spec.
        logbook_client.errors.APIConnectionError: The request could not be sent or timed out.

    Returns:
        Response[Health]: the parsed value with the status, headers, raw response and
        the number of retries taken.
    """

    request = _operation.build_request()
    return client._execute(request, _operation.OPERATION, _operation.parse_response, request_options)


def call(
    client: Client,
    *,
    request_options: RequestOptions | None = None,
) -> Health:
    """Check service health

    Reports whether the service is up. This operation needs no authentication and is suitable for load-
    balancer probes.

    ``GET /health``.

    Args:
        request_options: Per-call overrides (timeout, retries, headers, idempotency key).

    Raises:
        logbook_client.errors.APIStatusError: The server answered with an error status (a subclass per status,
            e.g. NotFoundError), carrying the status, headers, problem details and raw response.
        logbook_client.errors.ResponseDecodingError: The response body does not match the spec.
        logbook_client.errors.APIConnectionError: The request could not be sent or timed out.

    Returns:
        Health
    """

    response = call_detailed(
        client,
        request_options=request_options,
    )
    return response.parsed
