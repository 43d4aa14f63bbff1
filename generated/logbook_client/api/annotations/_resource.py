"""Synchronous resource for the ``annotations`` operations: ``client.annotations.<operation>(...)``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from ..._runtime.unset import UNSET

if TYPE_CHECKING:
    import datetime
    from collections.abc import Iterable
    from typing import Any
    from uuid import UUID

    from ..._client import Client
    from ..._runtime.batch import BatchResult, ProgressCallback
    from ..._runtime.options import RequestOptions
    from ..._runtime.pagination import Paginator, Start
    from ...models.annotation import Annotation
    from ...models.annotation_category import AnnotationCategory
    from ...models.annotation_input import AnnotationInput
    from ...models.dataset_target import DatasetTarget
    from ...models.query_target import QueryTarget
    from ...types import Unset

__all__ = ["AnnotationsResource"]


class AnnotationsResource:
    """The ``annotations`` operations, bound to one Client."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def list_annotations(
        self,
        *,
        dataset: str | Unset = UNSET,
        since: datetime.datetime | Unset = UNSET,
        until: datetime.datetime | Unset = UNSET,
        offset: int | Unset = 0,
        limit: int | Unset = 100,
        start: Start = None,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Paginator[Annotation]:
        """List annotations

        Every item, page after page: pages are fetched lazily, one at a time (offset pagination,
        declared).

        Lists annotations, most recent first, optionally restricted to one dataset and to a time range.
        Paginated by `offset` and `limit`; the body gives the `total` number of matching annotations.

        ``GET /annotations``; authenticated.

        Args:
            dataset (str | Unset): A dataset name: lower-case letters, digits, `_` and `-`, starting
                with a letter or digit, at most 63 characters.
            since (datetime.datetime | Unset):
            until (datetime.datetime | Unset):
            offset (int | Unset):  Default: 0.
            limit (int | Unset):  Default: 100.
            start: Where to begin: a ``Position`` saved from an earlier run (or its ``as_dict()``), or
                the API's own offset. Default: the first page.
            max_items: Stop after this many items in total. Default: every item.
            request_options: Per-call overrides (timeout, retries, headers), applied to every page's request.

        Raises:
            logbook_client.errors.APIStatusError: While iterating: the server answered a page with an error status.
            logbook_client.errors.ResponseDecodingError: While iterating: a page does not match the spec.
            logbook_client.errors.APIConnectionError: While iterating: a page could not be fetched.
            logbook_client.errors.PaginationError: While iterating: the server repeats a cursor or URL (the run stops
                instead of looping), or points to a next page on another host.

        Returns:
            Paginator[Annotation]: iterating gives every item; ``.pages()`` gives pages;
                ``.position`` is where the run stands (pass it as ``start=`` to resume).
        """

        from . import list_annotations as _list_annotations

        return _list_annotations.iterate(
            self._client,
            dataset=dataset,
            since=since,
            until=until,
            offset=offset,
            limit=limit,
            start=start,
            max_items=max_items,
            request_options=request_options,
        )

    def create_annotation(
        self,
        *,
        body: AnnotationInput | dict[str, Any] | Unset = UNSET,
        title: str | Unset = UNSET,
        time: datetime.datetime | Unset = UNSET,
        target: DatasetTarget | dict[str, Any] | QueryTarget | Unset = UNSET,
        description: None | str | Unset = UNSET,
        category: AnnotationCategory | Literal["deploy", "incident", "maintenance", "note"] | Unset = UNSET,
        url: None | str | Unset = UNSET,
        end_time: datetime.datetime | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Annotation:
        """Create an annotation

        Creates an annotation on a dataset or on a saved query.

        ``POST /annotations``; authenticated.

        Args:
            body (AnnotationInput): The writable fields of an annotation, for creating or replacing
                one.
            title (str): Required unless body is given. A short title.
            time (datetime.datetime): Required unless body is given. When the marked moment or period
                starts.
            target (DatasetTarget | dict[str, Any] | QueryTarget): Required unless body is given. What
                an annotation applies to, distinguished by `kind`.
            description (None | str): A longer explanation.
            category (AnnotationCategory or a AnnotationCategory value): What an annotation marks.
            url (None | str): A link to more information.
            end_time (datetime.datetime | None): When the marked period ends; null for a single
                moment.
            request_options: Per-call overrides (timeout, retries, headers, idempotency key).

        Raises:
            logbook_client.errors.APIStatusError: The server answered with an error status (a subclass per status,
                e.g. NotFoundError), carrying the status, headers, problem details and raw response.
            logbook_client.errors.ResponseDecodingError: The response body does not match the spec.
            logbook_client.errors.APIConnectionError: The request could not be sent or timed out.

        Returns:
            Annotation
        """

        from . import create_annotation as _create_annotation

        return _create_annotation.call(
            self._client,
            body=body,
            title=title,
            time=time,
            target=target,
            description=description,
            category=category,
            url=url,
            end_time=end_time,
            request_options=request_options,
        )

    def get_annotation(
        self,
        *,
        annotation_id: UUID,
        request_options: RequestOptions | None = None,
    ) -> Annotation:
        """Get an annotation

        Returns one annotation.

        ``GET /annotations/{annotation_id}``; authenticated.

        Args:
            annotation_id (UUID):
            request_options: Per-call overrides (timeout, retries, headers, idempotency key).

        Raises:
            logbook_client.errors.APIStatusError: The server answered with an error status (a subclass per status,
                e.g. NotFoundError), carrying the status, headers, problem details and raw response.
            logbook_client.errors.ResponseDecodingError: The response body does not match the spec.
            logbook_client.errors.APIConnectionError: The request could not be sent or timed out.

        Returns:
            Annotation
        """

        from . import get_annotation as _get_annotation

        return _get_annotation.call(
            self._client,
            annotation_id=annotation_id,
            request_options=request_options,
        )

    def get_annotation_many(
        self,
        *,
        annotation_id: Iterable[UUID],
        max_concurrency: int = 32,
        fail_fast: bool = False,
        on_progress: ProgressCallback | None = None,
        request_options: RequestOptions | None = None,
    ) -> BatchResult[Annotation]:
        """``get_annotation`` once per ``annotation_id``, concurrently; outcomes in input order (see ``batch``)."""
        from . import get_annotation as _get_annotation

        return _get_annotation.batch(
            self._client,
            (_get_annotation.Args(annotation_id=value) for value in annotation_id),
            max_concurrency=max_concurrency,
            fail_fast=fail_fast,
            on_progress=on_progress,
            request_options=request_options,
        )

    def update_annotation(
        self,
        *,
        annotation_id: UUID,
        body: AnnotationInput | dict[str, Any] | Unset = UNSET,
        title: str | Unset = UNSET,
        time: datetime.datetime | Unset = UNSET,
        target: DatasetTarget | dict[str, Any] | QueryTarget | Unset = UNSET,
        description: None | str | Unset = UNSET,
        category: AnnotationCategory | Literal["deploy", "incident", "maintenance", "note"] | Unset = UNSET,
        url: None | str | Unset = UNSET,
        end_time: datetime.datetime | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Annotation:
        """Replace an annotation

        Replaces every writable field of an annotation; fields left out take their default values.

        ``PUT /annotations/{annotation_id}``; authenticated.

        Args:
            annotation_id (UUID):
            body (AnnotationInput): The writable fields of an annotation, for creating or replacing
                one.
            title (str): Required unless body is given. A short title.
            time (datetime.datetime): Required unless body is given. When the marked moment or period
                starts.
            target (DatasetTarget | dict[str, Any] | QueryTarget): Required unless body is given. What
                an annotation applies to, distinguished by `kind`.
            description (None | str): A longer explanation.
            category (AnnotationCategory or a AnnotationCategory value): What an annotation marks.
            url (None | str): A link to more information.
            end_time (datetime.datetime | None): When the marked period ends; null for a single
                moment.
            request_options: Per-call overrides (timeout, retries, headers, idempotency key).

        Raises:
            logbook_client.errors.APIStatusError: The server answered with an error status (a subclass per status,
                e.g. NotFoundError), carrying the status, headers, problem details and raw response.
            logbook_client.errors.ResponseDecodingError: The response body does not match the spec.
            logbook_client.errors.APIConnectionError: The request could not be sent or timed out.

        Returns:
            Annotation
        """

        from . import update_annotation as _update_annotation

        return _update_annotation.call(
            self._client,
            annotation_id=annotation_id,
            body=body,
            title=title,
            time=time,
            target=target,
            description=description,
            category=category,
            url=url,
            end_time=end_time,
            request_options=request_options,
        )

    def delete_annotation(
        self,
        *,
        annotation_id: UUID,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete an annotation

        Deletes an annotation and its attachments.

        ``DELETE /annotations/{annotation_id}``; authenticated.

        Args:
            annotation_id (UUID):
            request_options: Per-call overrides (timeout, retries, headers, idempotency key).

        Raises:
            logbook_client.errors.APIStatusError: The server answered with an error status (a subclass per status,
                e.g. NotFoundError), carrying the status, headers, problem details and raw response.
            logbook_client.errors.ResponseDecodingError: The response body does not match the spec.
            logbook_client.errors.APIConnectionError: The request could not be sent or timed out.

        Returns:
            None
        """

        from . import delete_annotation as _delete_annotation

        return _delete_annotation.call(
            self._client,
            annotation_id=annotation_id,
            request_options=request_options,
        )

    def delete_annotation_many(
        self,
        *,
        annotation_id: Iterable[UUID],
        max_concurrency: int = 32,
        fail_fast: bool = False,
        on_progress: ProgressCallback | None = None,
        request_options: RequestOptions | None = None,
    ) -> BatchResult[None]:
        """``delete_annotation`` once per ``annotation_id``, concurrently; outcomes in input order (see ``batch``)."""
        from . import delete_annotation as _delete_annotation

        return _delete_annotation.batch(
            self._client,
            (_delete_annotation.Args(annotation_id=value) for value in annotation_id),
            max_concurrency=max_concurrency,
            fail_fast=fail_fast,
            on_progress=on_progress,
            request_options=request_options,
        )
