"""Synchronous resource for the ``users`` operations: ``client.users.<operation>(...)``."""

from typing import TYPE_CHECKING

from ..._runtime.options import RequestOptions
from ...models.user import User
from ...models.user_list import UserList
from ...types import UNSET, Unset
from . import get_current_user as _get_current_user
from . import list_users as _list_users

if TYPE_CHECKING:
    from ..._client import Client

__all__ = ["UsersResource"]


class UsersResource:
    """The ``users`` operations, bound to one Client."""

    def __init__(self, client: "Client") -> None:
        self._client = client

    def get_current_user(
        self,
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

        return _get_current_user.call(
            self._client,
            request_options=request_options,
        )

    def list_users(
        self,
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

        return _list_users.call(
            self._client,
            limit=limit,
            starting_after=starting_after,
            request_options=request_options,
        )
