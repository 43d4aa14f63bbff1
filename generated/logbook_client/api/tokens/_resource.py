"""Synchronous resource for the ``tokens`` operations: ``client.tokens.<operation>(...)``."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Literal

from ..._runtime.unset import UNSET

if TYPE_CHECKING:
    import datetime
    from collections.abc import Iterable
    from uuid import UUID

    from ..._client import Client
    from ..._runtime.batch import BatchResult, ProgressCallback
    from ..._runtime.options import RequestOptions
    from ..._runtime.pagination import Paginator, Start
    from ...models.token import Token
    from ...models.token_create import TokenCreate
    from ...models.token_scope import TokenScope
    from ...models.token_with_secret import TokenWithSecret
    from ...types import Unset

__all__ = ["TokensResource"]


class TokensResource:
    """The ``tokens`` operations, bound to one Client."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def list_tokens(
        self,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 30,
        start: Start = None,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Paginator[Token]:
        """List API tokens

        Every item, page after page: pages are fetched lazily, one at a time (link pagination,
        declared).

        Lists the API tokens of the organisation, newest first. The body is a plain JSON array; the URL of
        the next page, if any, is given in the `Link` response header with `rel="next"`. Token secrets are
        never included.

        ``GET /tokens``; authenticated.

        Args:
            page (int | Unset):  Default: 1.
            per_page (int | Unset):  Default: 30.
            start: Where to begin: a ``Position`` saved from an earlier run (or its ``as_dict()``), or
                the API's own next-page URL. Default: the first page.
            max_items: Stop after this many items in total. Default: every item.
            request_options: Per-call overrides (timeout, retries, headers), applied to every page's request.

        Raises:
            logbook_client.errors.APIStatusError: While iterating: the server answered a page with an error status.
            logbook_client.errors.ResponseDecodingError: While iterating: a page does not match the spec.
            logbook_client.errors.APIConnectionError: While iterating: a page could not be fetched.
            logbook_client.errors.PaginationError: While iterating: the server repeats a cursor or URL (the run stops
                instead of looping), or points to a next page on another host.

        Returns:
            Paginator[Token]: iterating gives every item; ``.pages()`` gives pages;
                ``.position`` is where the run stands (pass it as ``start=`` to resume).
        """

        from . import list_tokens as _list_tokens

        return _list_tokens.iterate(
            self._client,
            page=page,
            per_page=per_page,
            start=start,
            max_items=max_items,
            request_options=request_options,
        )

    def create_token(
        self,
        *,
        body: TokenCreate | dict[str, Any] | Unset = UNSET,
        name: str | Unset = UNSET,
        scopes: Sequence[TokenScope | Literal["read", "ingest", "query", "admin"]] | Unset = UNSET,
        expires_at: datetime.datetime | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> TokenWithSecret:
        """Create an API token

        Creates an API token. The response is the only time the token's `secret` is returned: store it
        safely.

        ``POST /tokens``; authenticated.

        Args:
            body (TokenCreate): The settings of a new API token.
            name (str): Required unless body is given. A name to recognise the token by.
            scopes (list[TokenScope] of TokenScope members or their values): Required unless body is
                given. The permissions to grant.
            expires_at (datetime.datetime | None): When the token should stop working; null for never.
            request_options: Per-call overrides (timeout, retries, headers, idempotency key).

        Raises:
            logbook_client.errors.APIStatusError: The server answered with an error status (a subclass per status,
                e.g. NotFoundError), carrying the status, headers, problem details and raw response.
            logbook_client.errors.ResponseDecodingError: The response body does not match the spec.
            logbook_client.errors.APIConnectionError: The request could not be sent or timed out.

        Returns:
            TokenWithSecret
        """

        from . import create_token as _create_token

        return _create_token.call(
            self._client,
            body=body,
            name=name,
            scopes=scopes,
            expires_at=expires_at,
            request_options=request_options,
        )

    def get_token(
        self,
        *,
        token_id: UUID,
        request_options: RequestOptions | None = None,
    ) -> Token:
        """Get an API token

        Returns one API token. The secret is not included.

        ``GET /tokens/{token_id}``; authenticated.

        Args:
            token_id (UUID):
            request_options: Per-call overrides (timeout, retries, headers, idempotency key).

        Raises:
            logbook_client.errors.APIStatusError: The server answered with an error status (a subclass per status,
                e.g. NotFoundError), carrying the status, headers, problem details and raw response.
            logbook_client.errors.ResponseDecodingError: The response body does not match the spec.
            logbook_client.errors.APIConnectionError: The request could not be sent or timed out.

        Returns:
            Token
        """

        from . import get_token as _get_token

        return _get_token.call(
            self._client,
            token_id=token_id,
            request_options=request_options,
        )

    def get_token_many(
        self,
        *,
        token_id: Iterable[UUID],
        max_concurrency: int = 32,
        fail_fast: bool = False,
        on_progress: ProgressCallback | None = None,
        request_options: RequestOptions | None = None,
    ) -> BatchResult[Token]:
        """``get_token`` once per ``token_id``, concurrently; outcomes in input order (see ``batch``)."""
        from . import get_token as _get_token

        return _get_token.batch(
            self._client,
            (_get_token.Args(token_id=value) for value in token_id),
            max_concurrency=max_concurrency,
            fail_fast=fail_fast,
            on_progress=on_progress,
            request_options=request_options,
        )

    def delete_token(
        self,
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

        from . import delete_token as _delete_token

        return _delete_token.call(
            self._client,
            token_id=token_id,
            request_options=request_options,
        )

    def delete_token_many(
        self,
        *,
        token_id: Iterable[UUID],
        max_concurrency: int = 32,
        fail_fast: bool = False,
        on_progress: ProgressCallback | None = None,
        request_options: RequestOptions | None = None,
    ) -> BatchResult[None]:
        """``delete_token`` once per ``token_id``, concurrently; outcomes in input order (see ``batch``)."""
        from . import delete_token as _delete_token

        return _delete_token.batch(
            self._client,
            (_delete_token.Args(token_id=value) for value in token_id),
            max_concurrency=max_concurrency,
            fail_fast=fail_fast,
            on_progress=on_progress,
            request_options=request_options,
        )

    def regenerate_token(
        self,
        *,
        token_id: UUID,
        request_options: RequestOptions | None = None,
    ) -> TokenWithSecret:
        """Regenerate an API token's secret

        Replaces the token's secret with a new one and returns it. The old secret stops working immediately.
        As on creation, the new secret is returned only once.

        ``POST /tokens/{token_id}/regenerate``; authenticated.

        Args:
            token_id (UUID):
            request_options: Per-call overrides (timeout, retries, headers, idempotency key).

        Raises:
            logbook_client.errors.APIStatusError: The server answered with an error status (a subclass per status,
                e.g. NotFoundError), carrying the status, headers, problem details and raw response.
            logbook_client.errors.ResponseDecodingError: The response body does not match the spec.
            logbook_client.errors.APIConnectionError: The request could not be sent or timed out.

        Returns:
            TokenWithSecret
        """

        from . import regenerate_token as _regenerate_token

        return _regenerate_token.call(
            self._client,
            token_id=token_id,
            request_options=request_options,
        )

    def regenerate_token_many(
        self,
        *,
        token_id: Iterable[UUID],
        max_concurrency: int = 32,
        fail_fast: bool = False,
        on_progress: ProgressCallback | None = None,
        request_options: RequestOptions | None = None,
    ) -> BatchResult[TokenWithSecret]:
        """``regenerate_token`` once per ``token_id``, concurrently; outcomes in input order (see ``batch``)."""
        from . import regenerate_token as _regenerate_token

        return _regenerate_token.batch(
            self._client,
            (_regenerate_token.Args(token_id=value) for value in token_id),
            max_concurrency=max_concurrency,
            fail_fast=fail_fast,
            on_progress=on_progress,
            request_options=request_options,
        )
