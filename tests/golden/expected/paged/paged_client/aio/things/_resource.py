"""Asynchronous resource for the ``things`` operations: ``client.things.<operation>(...)``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..._runtime.unset import UNSET

if TYPE_CHECKING:
    from ..._client import AsyncClient
    from ..._runtime.options import RequestOptions
    from ..._runtime.pagination import AsyncPaginator, Start
    from ...models.search_body_cursor_body import SearchBodyCursorBody
    from ...models.thing import Thing
    from ...types import Unset

__all__ = ["AsyncThingsResource"]


class AsyncThingsResource:
    """The ``things`` operations, bound to one AsyncClient."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    def list_cursor(
        self,
        *,
        cursor: str | Unset = UNSET,
        limit: int | Unset = 3,
        start: Start = None,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPaginator[Thing]:
        """``GET /cursor``

        Every item, page after page: pages are fetched lazily, one at a time (cursor pagination,
        declared).

        ``GET /cursor``; authenticated.

        Args:
            cursor (str | Unset):
            limit (int | Unset):  Default: 3.
            start: Where to begin: a ``Position`` saved from an earlier run (or its ``as_dict()``), or
                the API's own cursor. Default: the first page.
            max_items: Stop after this many items in total. Default: every item.
            request_options: Per-call overrides (timeout, retries, headers), applied to every page's request.

        Raises:
            paged_client.errors.APIStatusError: While iterating: the server answered a page with an error status.
            paged_client.errors.ResponseDecodingError: While iterating: a page does not match the spec.
            paged_client.errors.APIConnectionError: While iterating: a page could not be fetched.
            paged_client.errors.PaginationError: While iterating: the server repeats a cursor or URL (the run stops
                instead of looping), or points to a next page on another host.

        Returns:
            AsyncPaginator[Thing]: ``async for`` gives every item; ``await`` gives the first page; ``.pages()`` gives pages;
                ``.position`` is where the run stands (pass it as ``start=`` to resume).
        """

        from . import list_cursor as _list_cursor

        return _list_cursor.iterate(
            self._client,
            cursor=cursor,
            limit=limit,
            start=start,
            max_items=max_items,
            request_options=request_options,
        )

    def search_body_cursor(
        self,
        *,
        body: SearchBodyCursorBody | dict[str, Any] | Unset = UNSET,
        query: str | Unset = UNSET,
        cursor: None | str | Unset = UNSET,
        limit: int | Unset = UNSET,
        start: Start = None,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPaginator[Thing]:
        """``POST /search``

        Every item, page after page: pages are fetched lazily, one at a time (body_cursor pagination,
        declared).

        ``POST /search``; authenticated.

        Args:
            body (SearchBodyCursorBody):
            query (str): Required unless body is given.
            cursor (None | str):
            limit (int):  Default: 3.
            start: Where to begin: a ``Position`` saved from an earlier run (or its ``as_dict()``), or
                the API's own cursor. Default: the first page.
            max_items: Stop after this many items in total. Default: every item.
            request_options: Per-call overrides (timeout, retries, headers), applied to every page's request.

        Raises:
            paged_client.errors.APIStatusError: While iterating: the server answered a page with an error status.
            paged_client.errors.ResponseDecodingError: While iterating: a page does not match the spec.
            paged_client.errors.APIConnectionError: While iterating: a page could not be fetched.
            paged_client.errors.PaginationError: While iterating: the server repeats a cursor or URL (the run stops
                instead of looping), or points to a next page on another host.

        Returns:
            AsyncPaginator[Thing]: ``async for`` gives every item; ``await`` gives the first page; ``.pages()`` gives pages;
                ``.position`` is where the run stands (pass it as ``start=`` to resume).
        """

        from . import search_body_cursor as _search_body_cursor

        return _search_body_cursor.iterate(
            self._client,
            body=body,
            query=query,
            cursor=cursor,
            limit=limit,
            start=start,
            max_items=max_items,
            request_options=request_options,
        )

    def list_offset(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 3,
        start: Start = None,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPaginator[Thing]:
        """``GET /offset``

        Every item, page after page: pages are fetched lazily, one at a time (offset pagination,
        declared).

        ``GET /offset``; authenticated.

        Args:
            offset (int | Unset):  Default: 0.
            limit (int | Unset):  Default: 3.
            start: Where to begin: a ``Position`` saved from an earlier run (or its ``as_dict()``), or
                the API's own offset. Default: the first page.
            max_items: Stop after this many items in total. Default: every item.
            request_options: Per-call overrides (timeout, retries, headers), applied to every page's request.

        Raises:
            paged_client.errors.APIStatusError: While iterating: the server answered a page with an error status.
            paged_client.errors.ResponseDecodingError: While iterating: a page does not match the spec.
            paged_client.errors.APIConnectionError: While iterating: a page could not be fetched.
            paged_client.errors.PaginationError: While iterating: the server repeats a cursor or URL (the run stops
                instead of looping), or points to a next page on another host.

        Returns:
            AsyncPaginator[Thing]: ``async for`` gives every item; ``await`` gives the first page; ``.pages()`` gives pages;
                ``.position`` is where the run stands (pass it as ``start=`` to resume).
        """

        from . import list_offset as _list_offset

        return _list_offset.iterate(
            self._client,
            offset=offset,
            limit=limit,
            start=start,
            max_items=max_items,
            request_options=request_options,
        )

    def list_pages(
        self,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 3,
        start: Start = None,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPaginator[Thing]:
        """``GET /pages``

        Every item, page after page: pages are fetched lazily, one at a time (page pagination,
        declared).

        ``GET /pages``; authenticated.

        Args:
            page (int | Unset):  Default: 1.
            per_page (int | Unset):  Default: 3.
            start: Where to begin: a ``Position`` saved from an earlier run (or its ``as_dict()``), or
                the API's own page number. Default: the first page.
            max_items: Stop after this many items in total. Default: every item.
            request_options: Per-call overrides (timeout, retries, headers), applied to every page's request.

        Raises:
            paged_client.errors.APIStatusError: While iterating: the server answered a page with an error status.
            paged_client.errors.ResponseDecodingError: While iterating: a page does not match the spec.
            paged_client.errors.APIConnectionError: While iterating: a page could not be fetched.
            paged_client.errors.PaginationError: While iterating: the server repeats a cursor or URL (the run stops
                instead of looping), or points to a next page on another host.

        Returns:
            AsyncPaginator[Thing]: ``async for`` gives every item; ``await`` gives the first page; ``.pages()`` gives pages;
                ``.position`` is where the run stands (pass it as ``start=`` to resume).
        """

        from . import list_pages as _list_pages

        return _list_pages.iterate(
            self._client,
            page=page,
            per_page=per_page,
            start=start,
            max_items=max_items,
            request_options=request_options,
        )

    def list_linked(
        self,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 3,
        start: Start = None,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPaginator[Thing]:
        """``GET /linked``

        Every item, page after page: pages are fetched lazily, one at a time (link pagination,
        declared).

        ``GET /linked``; authenticated.

        Args:
            page (int | Unset):  Default: 1.
            per_page (int | Unset):  Default: 3.
            start: Where to begin: a ``Position`` saved from an earlier run (or its ``as_dict()``), or
                the API's own next-page URL. Default: the first page.
            max_items: Stop after this many items in total. Default: every item.
            request_options: Per-call overrides (timeout, retries, headers), applied to every page's request.

        Raises:
            paged_client.errors.APIStatusError: While iterating: the server answered a page with an error status.
            paged_client.errors.ResponseDecodingError: While iterating: a page does not match the spec.
            paged_client.errors.APIConnectionError: While iterating: a page could not be fetched.
            paged_client.errors.PaginationError: While iterating: the server repeats a cursor or URL (the run stops
                instead of looping), or points to a next page on another host.

        Returns:
            AsyncPaginator[Thing]: ``async for`` gives every item; ``await`` gives the first page; ``.pages()`` gives pages;
                ``.position`` is where the run stands (pass it as ``start=`` to resume).
        """

        from . import list_linked as _list_linked

        return _list_linked.iterate(
            self._client,
            page=page,
            per_page=per_page,
            start=start,
            max_items=max_items,
            request_options=request_options,
        )

    def list_has_more(
        self,
        *,
        starting_after: str | Unset = UNSET,
        limit: int | Unset = 3,
        start: Start = None,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPaginator[Thing]:
        """``GET /stripe``

        Every item, page after page: pages are fetched lazily, one at a time (has_more pagination,
        declared).

        ``GET /stripe``; authenticated.

        Args:
            starting_after (str | Unset):
            limit (int | Unset):  Default: 3.
            start: Where to begin: a ``Position`` saved from an earlier run (or its ``as_dict()``), or
                the API's own cursor. Default: the first page.
            max_items: Stop after this many items in total. Default: every item.
            request_options: Per-call overrides (timeout, retries, headers), applied to every page's request.

        Raises:
            paged_client.errors.APIStatusError: While iterating: the server answered a page with an error status.
            paged_client.errors.ResponseDecodingError: While iterating: a page does not match the spec.
            paged_client.errors.APIConnectionError: While iterating: a page could not be fetched.
            paged_client.errors.PaginationError: While iterating: the server repeats a cursor or URL (the run stops
                instead of looping), or points to a next page on another host.

        Returns:
            AsyncPaginator[Thing]: ``async for`` gives every item; ``await`` gives the first page; ``.pages()`` gives pages;
                ``.position`` is where the run stands (pass it as ``start=`` to resume).
        """

        from . import list_has_more as _list_has_more

        return _list_has_more.iterate(
            self._client,
            starting_after=starting_after,
            limit=limit,
            start=start,
            max_items=max_items,
            request_options=request_options,
        )

    def list_next_url(
        self,
        *,
        page_size: int | Unset = 3,
        start: Start = None,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPaginator[Thing]:
        """``GET /hal``

        Every item, page after page: pages are fetched lazily, one at a time (next_url pagination,
        declared).

        ``GET /hal``; authenticated.

        Args:
            page_size (int | Unset):  Default: 3.
            start: Where to begin: a ``Position`` saved from an earlier run (or its ``as_dict()``), or
                the API's own next-page URL. Default: the first page.
            max_items: Stop after this many items in total. Default: every item.
            request_options: Per-call overrides (timeout, retries, headers), applied to every page's request.

        Raises:
            paged_client.errors.APIStatusError: While iterating: the server answered a page with an error status.
            paged_client.errors.ResponseDecodingError: While iterating: a page does not match the spec.
            paged_client.errors.APIConnectionError: While iterating: a page could not be fetched.
            paged_client.errors.PaginationError: While iterating: the server repeats a cursor or URL (the run stops
                instead of looping), or points to a next page on another host.

        Returns:
            AsyncPaginator[Thing]: ``async for`` gives every item; ``await`` gives the first page; ``.pages()`` gives pages;
                ``.position`` is where the run stands (pass it as ``start=`` to resume).
        """

        from . import list_next_url as _list_next_url

        return _list_next_url.iterate(
            self._client,
            page_size=page_size,
            start=start,
            max_items=max_items,
            request_options=request_options,
        )

    def list_hostile(
        self,
        *,
        cursor: str | Unset = UNSET,
        start: Start = None,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPaginator[Thing]:
        """Paths with quotes and code-like text: they must stay data.

        Every item, page after page: pages are fetched lazily, one at a time (cursor pagination,
        declared).

        ``GET /hostile``; authenticated.

        Args:
            cursor (str | Unset):
            start: Where to begin: a ``Position`` saved from an earlier run (or its ``as_dict()``), or
                the API's own cursor. Default: the first page.
            max_items: Stop after this many items in total. Default: every item.
            request_options: Per-call overrides (timeout, retries, headers), applied to every page's request.

        Raises:
            paged_client.errors.APIStatusError: While iterating: the server answered a page with an error status.
            paged_client.errors.ResponseDecodingError: While iterating: a page does not match the spec.
            paged_client.errors.APIConnectionError: While iterating: a page could not be fetched.
            paged_client.errors.PaginationError: While iterating: the server repeats a cursor or URL (the run stops
                instead of looping), or points to a next page on another host.

        Returns:
            AsyncPaginator[Thing]: ``async for`` gives every item; ``await`` gives the first page; ``.pages()`` gives pages;
                ``.position`` is where the run stands (pass it as ``start=`` to resume).
        """

        from . import list_hostile as _list_hostile

        return _list_hostile.iterate(
            self._client,
            cursor=cursor,
            start=start,
            max_items=max_items,
            request_options=request_options,
        )

    def list_untyped(
        self,
        *,
        cursor: str | Unset = UNSET,
        start: Start = None,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPaginator[Any]:
        """The items are not in the response model, so they are read from the JSON and typed Any.

        Every item, page after page: pages are fetched lazily, one at a time (cursor pagination,
        declared).

        ``GET /untyped``; authenticated.

        Args:
            cursor (str | Unset):
            start: Where to begin: a ``Position`` saved from an earlier run (or its ``as_dict()``), or
                the API's own cursor. Default: the first page.
            max_items: Stop after this many items in total. Default: every item.
            request_options: Per-call overrides (timeout, retries, headers), applied to every page's request.

        Raises:
            paged_client.errors.APIStatusError: While iterating: the server answered a page with an error status.
            paged_client.errors.ResponseDecodingError: While iterating: a page does not match the spec.
            paged_client.errors.APIConnectionError: While iterating: a page could not be fetched.
            paged_client.errors.PaginationError: While iterating: the server repeats a cursor or URL (the run stops
                instead of looping), or points to a next page on another host.

        Returns:
            AsyncPaginator[Any]: ``async for`` gives every item; ``await`` gives the first page; ``.pages()`` gives pages;
                ``.position`` is where the run stands (pass it as ``start=`` to resume).
        """

        from . import list_untyped as _list_untyped

        return _list_untyped.iterate(
            self._client,
            cursor=cursor,
            start=start,
            max_items=max_items,
            request_options=request_options,
        )
