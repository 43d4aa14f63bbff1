"""Synchronous ``GET /users``: List users"""

from ..._client import Client
from ..._operations.users import list_users as _operation
from ..._runtime.options import RequestOptions
from ..._runtime.response import Response
from ...models.user_list import UserList
from ...types import UNSET, Unset

__all__ = ["call", "call_detailed"]


def call_detailed(
    client: Client,
    *,
    limit: int | Unset = 100,
    starting_after: str | Unset = UNSET,
    request_options: RequestOptions | None = None,
) -> Response[UserList]:
    """List users

    Lists the users of the organisation, ordered by id. Pagination is cursor based: pass the `id` of the
    last user of a page as `starting_after` to get the next page, while `has_more` is true.

    ``GET /users``; authenticated.

    Args:
        limit (int | Unset):  Default: 100.
        starting_after (str | Unset):
        request_options: Per-call overrides (timeout, retries, headers, idempotency key).

    Raises:
        logbook_client.errors.APIStatusError: The server answered with an error status (a subclass per status,
            e.g. NotFoundError), carrying the status, headers, problem details and raw response.
        logbook_client.errors.ResponseDecodingError: The response body does not match the spec.
        logbook_client.errors.APIConnectionError: The request could not be sent or timed out.

    Returns:
        Response[UserList]: the parsed value with the status, headers, raw response and
        the number of retries taken.
    """

    request = _operation.build_request(
        limit=limit,
        starting_after=starting_after,
    )
    return client._execute(request, _operation.OPERATION, _operation.parse_response, request_options)


def call(
    client: Client,
    *,
    limit: int | Unset = 100,
    starting_after: str | Unset = UNSET,
    request_options: RequestOptions | None = None,
) -> UserList:
    """List users

    Lists the users of the organisation, ordered by id. Pagination is cursor based: pass the `id` of the
    last user of a page as `starting_after` to get the next page, while `has_more` is true.

    ``GET /users``; authenticated.

    Args:
        limit (int | Unset):  Default: 100.
        starting_after (str | Unset):
        request_options: Per-call overrides (timeout, retries, headers, idempotency key).

    Raises:
        logbook_client.errors.APIStatusError: The server answered with an error status (a subclass per status,
            e.g. NotFoundError), carrying the status, headers, problem details and raw response.
        logbook_client.errors.ResponseDecodingError: The response body does not match the spec.
        logbook_client.errors.APIConnectionError: The request could not be sent or timed out.

    Returns:
        UserList
    """

    response = call_detailed(
        client,
        limit=limit,
        starting_after=starting_after,
        request_options=request_options,
    )
    return response.parsed
