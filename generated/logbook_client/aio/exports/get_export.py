"""Asynchronous ``GET /exports/{export_id}``: Get an export"""

from uuid import UUID

from ..._client import AsyncClient
from ..._operations.exports import get_export as _operation
from ..._runtime.options import RequestOptions
from ..._runtime.response import Response
from ...models.export import Export

__all__ = ["call", "call_detailed"]


async def call_detailed(
    client: AsyncClient,
    *,
    export_id: UUID,
    request_options: RequestOptions | None = None,
) -> Response[Export]:
    """Get an export

    Returns an export and its current status.

    ``GET /exports/{export_id}``; authenticated.

    Args:
        export_id (UUID):
        request_options: Per-call overrides (timeout, retries, headers, idempotency key).

    Raises:
        logbook_client.errors.APIStatusError: The server answered with an error status (a subclass per status,
            e.g. NotFoundError), carrying the status, headers, problem details and raw response.
        logbook_client.errors.ResponseDecodingError: The response body does not match the spec.
        logbook_client.errors.APIConnectionError: The request could not be sent or timed out.

    Returns:
        Response[Export]: the parsed value with the status, headers, raw response and
        the number of retries taken.
    """

    request = _operation.build_request(
        export_id=export_id,
    )
    return await client._execute(request, _operation.OPERATION, _operation.parse_response, request_options)


async def call(
    client: AsyncClient,
    *,
    export_id: UUID,
    request_options: RequestOptions | None = None,
) -> Export:
    """Get an export

    Returns an export and its current status.

    ``GET /exports/{export_id}``; authenticated.

    Args:
        export_id (UUID):
        request_options: Per-call overrides (timeout, retries, headers, idempotency key).

    Raises:
        logbook_client.errors.APIStatusError: The server answered with an error status (a subclass per status,
            e.g. NotFoundError), carrying the status, headers, problem details and raw response.
        logbook_client.errors.ResponseDecodingError: The response body does not match the spec.
        logbook_client.errors.APIConnectionError: The request could not be sent or timed out.

    Returns:
        Export
    """

    response = await call_detailed(
        client,
        export_id=export_id,
        request_options=request_options,
    )
    return response.parsed
