"""Synchronous ``GET /users/me``: Get the current user"""

from ..._client import Client
from ..._operations.users import get_current_user as _operation
from ..._runtime.options import RequestOptions
from ..._runtime.response import Response
from ...models.user import User

__all__ = ["call", "call_detailed"]


def call_detailed(
    client: Client,
    *,
    request_options: RequestOptions | None = None,
) -> Response[User]:
    """Get the current user

    Returns the user that owns the token used to authenticate the request.

    ``GET /users/me``; authenticated.

    Args:
        request_options: Per-call overrides (timeout, retries, headers, idempotency key).

    Raises:
        logbook_client.errors.APIStatusError: The server answered with an error status (a subclass per status,
            e.g. NotFoundError), carrying the status, headers, problem details and raw response.
        logbook_client.errors.ResponseDecodingError: The response body does not match the spec.
        logbook_client.errors.APIConnectionError: The request could not be sent or timed out.

    Returns:
        Response[User]: the parsed value with the status, headers, raw response and
        the number of retries taken.
    """

    request = _operation.build_request()
    return client._execute(request, _operation.OPERATION, _operation.parse_response, request_options)


def call(
    client: Client,
    *,
    request_options: RequestOptions | None = None,
) -> User:
    """Get the current user

    Returns the user that owns the token used to authenticate the request.

    ``GET /users/me``; authenticated.

    Args:
        request_options: Per-call overrides (timeout, retries, headers, idempotency key).

    Raises:
        logbook_client.errors.APIStatusError: The server answered with an error status (a subclass per status,
            e.g. NotFoundError), carrying the status, headers, problem details and raw response.
        logbook_client.errors.ResponseDecodingError: The response body does not match the spec.
        logbook_client.errors.APIConnectionError: The request could not be sent or timed out.

    Returns:
        User
    """

    response = call_detailed(
        client,
        request_options=request_options,
    )
    return response.parsed
