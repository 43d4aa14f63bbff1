"""Asynchronous ``POST /tokens``: Create an API token"""

from ..._client import AsyncClient
from ..._operations.tokens import create_token as _operation
from ..._runtime.options import RequestOptions
from ..._runtime.response import Response
from ...models.token_create import TokenCreate
from ...models.token_with_secret import TokenWithSecret

__all__ = ["call", "call_detailed"]


async def call_detailed(
    client: AsyncClient,
    *,
    body: TokenCreate,
    request_options: RequestOptions | None = None,
) -> Response[TokenWithSecret]:
    """Create an API token

    Creates an API token. The response is the only time the token's `secret` is returned: store it
    safely.

    ``POST /tokens``; authenticated.

    Args:
        body (TokenCreate): The settings of a new API token.
        request_options: Per-call overrides (timeout, retries, headers, idempotency key).

    Raises:
        logbook_client.errors.APIStatusError: The server answered with an error status (a subclass per status,
            e.g. NotFoundError), carrying the status, headers, problem details and raw response.
        logbook_client.errors.ResponseDecodingError: The response body does not match the spec.
        logbook_client.errors.APIConnectionError: The request could not be sent or timed out.

    Returns:
        Response[TokenWithSecret]: the parsed value with the status, headers, raw response and
        the number of retries taken.
    """

    request = _operation.build_request(
        body=body,
    )
    return await client._execute(request, _operation.OPERATION, _operation.parse_response, request_options)


async def call(
    client: AsyncClient,
    *,
    body: TokenCreate,
    request_options: RequestOptions | None = None,
) -> TokenWithSecret:
    """Create an API token

    Creates an API token. The response is the only time the token's `secret` is returned: store it
    safely.

    ``POST /tokens``; authenticated.

    Args:
        body (TokenCreate): The settings of a new API token.
        request_options: Per-call overrides (timeout, retries, headers, idempotency key).

    Raises:
        logbook_client.errors.APIStatusError: The server answered with an error status (a subclass per status,
            e.g. NotFoundError), carrying the status, headers, problem details and raw response.
        logbook_client.errors.ResponseDecodingError: The response body does not match the spec.
        logbook_client.errors.APIConnectionError: The request could not be sent or timed out.

    Returns:
        TokenWithSecret
    """

    response = await call_detailed(
        client,
        body=body,
        request_options=request_options,
    )
    return response.parsed
