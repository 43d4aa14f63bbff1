"""Asynchronous resource for the ``datasets`` operations: ``client.datasets.<operation>(...)``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..._runtime.unset import UNSET

if TYPE_CHECKING:
    import datetime
    from collections.abc import Iterable

    from ..._client import AsyncClient
    from ..._runtime.batch import BatchResult, ProgressCallback
    from ..._runtime.options import RequestOptions
    from ..._runtime.pagination import AsyncPaginator, Start
    from ...models.dataset import Dataset
    from ...models.dataset_create import DatasetCreate
    from ...models.dataset_update import DatasetUpdate
    from ...models.trim_request import TrimRequest
    from ...models.trim_result import TrimResult
    from ...types import Unset

__all__ = ["AsyncDatasetsResource"]


class AsyncDatasetsResource:
    """The ``datasets`` operations, bound to one AsyncClient."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    def list_datasets(
        self,
        *,
        cursor: str | Unset = UNSET,
        limit: int | Unset = 100,
        start: Start = None,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPaginator[Dataset]:
        """List datasets

        Every item, page after page: pages are fetched lazily, one at a time (cursor pagination,
        declared).

        Lists datasets ordered by name. Pass the `next_cursor` of a page as `cursor` to get the next one;
        `next_cursor` is null on the last page.

        ``GET /datasets``; authenticated.

        Args:
            cursor (str | Unset):
            limit (int | Unset):  Default: 100.
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
            AsyncPaginator[Dataset]: ``async for`` gives every item; ``await`` gives the first page; ``.pages()`` gives pages;
                ``.position`` is where the run stands (pass it as ``start=`` to resume).
        """

        from . import list_datasets as _list_datasets

        return _list_datasets.iterate(
            self._client,
            cursor=cursor,
            limit=limit,
            start=start,
            max_items=max_items,
            request_options=request_options,
        )

    async def create_dataset(
        self,
        *,
        body: DatasetCreate | dict[str, Any] | Unset = UNSET,
        name: str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        retention_days: int | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Dataset:
        """Create a dataset

        Creates an empty dataset. Fails with 409 if a dataset with the same name exists. Retrying with the
        same `Idempotency-Key` returns the original result instead of a conflict.

        ``POST /datasets``; authenticated.

        Args:
            idempotency_key (str | Unset):
            body (DatasetCreate): The settings of a new dataset.
            name (str): Required unless body is given. A dataset name: lower-case letters, digits, `_`
                and `-`, starting with a letter or digit, at most 63 characters.
            description (None | str): What the dataset contains.
            retention_days (int): How many days events are kept before being deleted. Default: 30.
            request_options: Per-call overrides (timeout, retries, headers, idempotency key).

        Raises:
            logbook_client.errors.APIStatusError: The server answered with an error status (a subclass per status,
                e.g. NotFoundError), carrying the status, headers, problem details and raw response.
            logbook_client.errors.ResponseDecodingError: The response body does not match the spec.
            logbook_client.errors.APIConnectionError: The request could not be sent or timed out.

        Returns:
            Dataset
        """

        from . import create_dataset as _create_dataset

        return await _create_dataset.call(
            self._client,
            body=body,
            name=name,
            description=description,
            retention_days=retention_days,
            idempotency_key=idempotency_key,
            request_options=request_options,
        )

    async def get_dataset(
        self,
        *,
        dataset_name: str,
        request_options: RequestOptions | None = None,
    ) -> Dataset:
        """Get a dataset

        Returns a dataset and its statistics. The `ETag` response header identifies this version of the
        settings; send it as `If-Match` when updating.

        ``GET /datasets/{dataset_name}``; authenticated.

        Args:
            dataset_name (str): A dataset name: lower-case letters, digits, `_` and `-`, starting with
                a letter or digit, at most 63 characters.
            request_options: Per-call overrides (timeout, retries, headers, idempotency key).

        Raises:
            logbook_client.errors.APIStatusError: The server answered with an error status (a subclass per status,
                e.g. NotFoundError), carrying the status, headers, problem details and raw response.
            logbook_client.errors.ResponseDecodingError: The response body does not match the spec.
            logbook_client.errors.APIConnectionError: The request could not be sent or timed out.

        Returns:
            Dataset
        """

        from . import get_dataset as _get_dataset

        return await _get_dataset.call(
            self._client,
            dataset_name=dataset_name,
            request_options=request_options,
        )

    async def get_dataset_many(
        self,
        *,
        dataset_name: Iterable[str],
        max_concurrency: int = 32,
        fail_fast: bool = False,
        on_progress: ProgressCallback | None = None,
        request_options: RequestOptions | None = None,
    ) -> BatchResult[Dataset]:
        """``get_dataset`` once per ``dataset_name``, concurrently; outcomes in input order (see ``batch``)."""
        from . import get_dataset as _get_dataset

        return await _get_dataset.batch(
            self._client,
            (_get_dataset.Args(dataset_name=value) for value in dataset_name),
            max_concurrency=max_concurrency,
            fail_fast=fail_fast,
            on_progress=on_progress,
            request_options=request_options,
        )

    async def delete_dataset(
        self,
        *,
        dataset_name: str,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete a dataset

        Deletes a dataset and all of its events. This cannot be undone.

        ``DELETE /datasets/{dataset_name}``; authenticated.

        Args:
            dataset_name (str): A dataset name: lower-case letters, digits, `_` and `-`, starting with
                a letter or digit, at most 63 characters.
            request_options: Per-call overrides (timeout, retries, headers, idempotency key).

        Raises:
            logbook_client.errors.APIStatusError: The server answered with an error status (a subclass per status,
                e.g. NotFoundError), carrying the status, headers, problem details and raw response.
            logbook_client.errors.ResponseDecodingError: The response body does not match the spec.
            logbook_client.errors.APIConnectionError: The request could not be sent or timed out.

        Returns:
            None
        """

        from . import delete_dataset as _delete_dataset

        return await _delete_dataset.call(
            self._client,
            dataset_name=dataset_name,
            request_options=request_options,
        )

    async def delete_dataset_many(
        self,
        *,
        dataset_name: Iterable[str],
        max_concurrency: int = 32,
        fail_fast: bool = False,
        on_progress: ProgressCallback | None = None,
        request_options: RequestOptions | None = None,
    ) -> BatchResult[None]:
        """``delete_dataset`` once per ``dataset_name``, concurrently; outcomes in input order (see ``batch``)."""
        from . import delete_dataset as _delete_dataset

        return await _delete_dataset.batch(
            self._client,
            (_delete_dataset.Args(dataset_name=value) for value in dataset_name),
            max_concurrency=max_concurrency,
            fail_fast=fail_fast,
            on_progress=on_progress,
            request_options=request_options,
        )

    async def update_dataset(
        self,
        *,
        dataset_name: str,
        body: DatasetUpdate | dict[str, Any] | Unset = UNSET,
        description: None | str | Unset = UNSET,
        retention_days: int | Unset = UNSET,
        if_match: str,
        request_options: RequestOptions | None = None,
    ) -> Dataset:
        """Update a dataset

        Changes some settings of a dataset; absent fields are left unchanged. The `If-Match` header must
        carry the dataset's current `ETag`, otherwise the update is refused with 412.

        ``PATCH /datasets/{dataset_name}``; authenticated.

        Args:
            dataset_name (str): A dataset name: lower-case letters, digits, `_` and `-`, starting with
                a letter or digit, at most 63 characters.
            if_match (str):
            body (DatasetUpdate): Changes to a dataset's settings; absent fields are left unchanged.
            description (None | str): What the dataset contains; null clears it.
            retention_days (int): How many days events are kept before being deleted.
            request_options: Per-call overrides (timeout, retries, headers, idempotency key).

        Raises:
            logbook_client.errors.APIStatusError: The server answered with an error status (a subclass per status,
                e.g. NotFoundError), carrying the status, headers, problem details and raw response.
            logbook_client.errors.ResponseDecodingError: The response body does not match the spec.
            logbook_client.errors.APIConnectionError: The request could not be sent or timed out.

        Returns:
            Dataset
        """

        from . import update_dataset as _update_dataset

        return await _update_dataset.call(
            self._client,
            dataset_name=dataset_name,
            body=body,
            description=description,
            retention_days=retention_days,
            if_match=if_match,
            request_options=request_options,
        )

    async def trim_dataset(
        self,
        *,
        dataset_name: str,
        body: TrimRequest | dict[str, Any] | Unset = UNSET,
        max_age: str | Unset = UNSET,
        before: datetime.datetime | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> TrimResult:
        """Trim old events from a dataset

        Deletes the events older than a cutoff, given either as an age (`max_age`) or as an instant
        (`before`). Returns how many events were deleted.

        ``POST /datasets/{dataset_name}/trim``; authenticated.

        Args:
            dataset_name (str): A dataset name: lower-case letters, digits, `_` and `-`, starting with
                a letter or digit, at most 63 characters.
            body (TrimRequest): The cutoff of a trim: give exactly one of `max_age` and `before`.
                Events older than the cutoff are deleted.
            max_age (str): Delete events older than this ISO 8601 duration, counted back from now.
            before (datetime.datetime): Delete events before this instant.
            request_options: Per-call overrides (timeout, retries, headers, idempotency key).

        Raises:
            logbook_client.errors.APIStatusError: The server answered with an error status (a subclass per status,
                e.g. NotFoundError), carrying the status, headers, problem details and raw response.
            logbook_client.errors.ResponseDecodingError: The response body does not match the spec.
            logbook_client.errors.APIConnectionError: The request could not be sent or timed out.

        Returns:
            TrimResult
        """

        from . import trim_dataset as _trim_dataset

        return await _trim_dataset.call(
            self._client,
            dataset_name=dataset_name,
            body=body,
            max_age=max_age,
            before=before,
            request_options=request_options,
        )
