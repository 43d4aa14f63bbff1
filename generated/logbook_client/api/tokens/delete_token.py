"""Synchronous ``DELETE /tokens/{token_id}``: Delete an API token"""

from uuid import UUID

from ..._client import Client
from ..._operations.tokens import delete_token as _operation
from ..._runtime.options import RequestOptions
from ..._runtime.response import Response

__all__ = ["call", "call_detailed"]


def call_detailed(
    client: Client,
    *,
    token_id: UUID,
    request_options: RequestOptions | None = None,
) -> Response[None]:
    """Delete an API token

    Revokes and deletes an API token. Requests using it fail from then on.

    ``DELETE /tokens/{token_id}``; authenticated.

    Args:
        token_id (UUID):
        request_options: Per-call overrides (timeout, retries, headers, idempotency key).

    Raises:
        logbook_client.errors.APIStatusError: The server answered with an error status (a subclass per status,
            e.g. NotFoundError), carrying the status, headers, problem details and raw response.
        logbook_client.errors.ResponseDecodingError: The response body does not match the spec.
        logbook_client.errors.APIConnectionError: The request could not be sent or timed out.

    Returns:
        Response[None]: the parsed value with the status, headers, raw response and
        the number of retries taken.
    """

    request = _operation.build_request(
        token_id=token_id,
    )
    return client._execute(request, _operation.OPERATION, _operation.parse_response, request_options)


def call(
    client: Client,
    *,
    token_id: UUID,
    request_options: RequestOptions | None = None,
) -> None:
    """Delete an API token

    Revokes and deletes an API token. Requests using it fail from then on.

    ``DELETE /tokens/{token_id}``; authenticated.

    Args:
        token_id (UUID):
        request_options: Per-call overrides (timeout, retries, headers, idempotency key).

    Raises:
        logbook_client.errors.APIStatusError: The server answered with an error status (a subclass per status,
            e.g. NotFoundError), carrying the status, headers, problem details and raw response.
        logbook_client.errors.ResponseDecodingError: The response body does not match the spec.
        logbook_client.errors.APIConnectionError: The request could not be sent or timed out.

    Returns:
        None
    """

    response = call_detailed(
        client,
        token_id=token_id,
        request_options=request_options,
    )
    return response.parsed
