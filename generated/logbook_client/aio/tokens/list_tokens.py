"""Asynchronous ``GET /tokens``: List API tokens"""

from ..._client import AsyncClient
from ..._operations.tokens import list_tokens as _operation
from ..._runtime.options import RequestOptions
from ..._runtime.response import Response
from ...models.token import Token
from ...types import Unset

__all__ = ["call", "call_detailed"]


async def call_detailed(
    client: AsyncClient,
    *,
    page: int | Unset = 1,
    per_page: int | Unset = 30,
    request_options: RequestOptions | None = None,
) -> Response[list[Token]]:
    """List API tokens

    Lists the API tokens of the organisation, newest first. The body is a plain JSON array; the URL of
    the next page, if any, is given in the `Link` response header with `rel="next"`. Token secrets are
    never included.

    ``GET /tokens``; authenticated.

    Args:
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 30.
        request_options: Per-call overrides (timeout, retries, headers, idempotency key).

    Raises:
        logbook_client.errors.APIStatusError: The server answered with an error status (a subclass per status,
            e.g. NotFoundError), carrying the status, headers, problem details and raw response.
        logbook_client.errors.ResponseDecodingError: The response body does not match the spec.
        logbook_client.errors.APIConnectionError: The request could not be sent or timed out.

    Returns:
        Response[list[Token]]: the parsed value with the status, headers, raw response and
        the number of retries taken.
    """

    request = _operation.build_request(
        page=page,
        per_page=per_page,
    )
    return await client._execute(request, _operation.OPERATION, _operation.parse_response, request_options)


async def call(
    client: AsyncClient,
    *,
    page: int | Unset = 1,
    per_page: int | Unset = 30,
    request_options: RequestOptions | None = None,
) -> list[Token]:
    """List API tokens

    Lists the API tokens of the organisation, newest first. The body is a plain JSON array; the URL of
    the next page, if any, is given in the `Link` response header with `rel="next"`. Token secrets are
    never included.

    ``GET /tokens``; authenticated.

    Args:
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 30.
        request_options: Per-call overrides (timeout, retries, headers, idempotency key).

    Raises:
        logbook_client.errors.APIStatusError: The server answered with an error status (a subclass per status,
            e.g. NotFoundError), carrying the status, headers, problem details and raw response.
        logbook_client.errors.ResponseDecodingError: The response body does not match the spec.
        logbook_client.errors.APIConnectionError: The request could not be sent or timed out.

    Returns:
        list[Token]
    """

    response = await call_detailed(
        client,
        page=page,
        per_page=per_page,
        request_options=request_options,
    )
    return response.parsed
