"""Asynchronous resource for the ``users`` operations: ``client.users.<operation>(...)``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._runtime.unset import UNSET

if TYPE_CHECKING:
    from ..._client import AsyncClient
    from ..._runtime.options import RequestOptions
    from ..._runtime.pagination import AsyncPaginator, Start
    from ...models.user import User
    from ...types import Unset

__all__ = ["AsyncUsersResource"]


class AsyncUsersResource:
    """The ``users`` operations, bound to one AsyncClient."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def get_current_user(
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

        from . import get_current_user as _get_current_user

        return await _get_current_user.call(
            self._client,
            request_options=request_options,
        )

    def list_users(
        self,
        *,
        limit: int | Unset = 100,
        starting_after: str | Unset = UNSET,
        start: Start = None,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPaginator[User]:
        """List users

        Every item, page after page: pages are fetched lazily, one at a time (has_more pagination,
        declared).

        Lists the users of the organisation, ordered by id. Pagination is cursor based: pass the `id` of the
        last user of a page as `starting_after` to get the next page, while `has_more` is true.

        ``GET /users``; authenticated.

        Args:
            limit (int | Unset):  Default: 100.
            starting_after (str | Unset):
            start: Where to begin: a ``Position`` saved from an earlier run (or its ``as_dict()``), or
                the API's own cursor. Default: the first page.
            max_items: Stop after this many items in total. Default: every item.
            request_options: Per-call overrides (timeout, retries, headers), applied to every page's request.

        Raises:
            logbook_client.errors.APIStatusError: While iterating: the server answered a page with an error status.
            logbook_client.errors.ResponseDecodingError: While iterating: a page does not match the spec.
            logbook_client.errors.APIConnectionError: While iterating: a page could not be fetched.
            logbook_client.errors.PaginationError: While iterating: the server repeats a cursor or URL (the run stops
                instead of looping), or points to a next page on another host.

        Returns:
            AsyncPaginator[User]: ``async for`` gives every item; ``await`` gives the first page; ``.pages()`` gives pages;
                ``.position`` is where the run stands (pass it as ``start=`` to resume).
        """

        from . import list_users as _list_users

        return _list_users.iterate(
            self._client,
            limit=limit,
            starting_after=starting_after,
            start=start,
            max_items=max_items,
            request_options=request_options,
        )
