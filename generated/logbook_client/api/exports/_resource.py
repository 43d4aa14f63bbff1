"""Synchronous resource for the ``exports`` operations: ``client.exports.<operation>(...)``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from ..._runtime.unset import UNSET

if TYPE_CHECKING:
    import datetime
    from collections.abc import Iterable
    from uuid import UUID

    from ..._client import Client
    from ..._runtime.batch import BatchResult, ProgressCallback
    from ..._runtime.options import RequestOptions
    from ...models.export import Export
    from ...models.export_format import ExportFormat
    from ...models.export_request import ExportRequest
    from ...types import File, Unset

__all__ = ["ExportsResource"]


class ExportsResource:
    """The ``exports`` operations, bound to one Client."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def create_export(
        self,
        *,
        dataset_name: str,
        body: ExportRequest | dict[str, Any] | Unset = UNSET,
        format_: ExportFormat | Literal["ndjson", "csv", "parquet"] | Unset = UNSET,
        filter_: None | str | Unset = UNSET,
        start_time: datetime.datetime | None | Unset = UNSET,
        end_time: datetime.datetime | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Export:
        """Start an export

        Starts exporting the events of a dataset in the background. Poll `get_export` until its `status` is
        `done`, then download the file.

        ``POST /datasets/{dataset_name}/exports``; authenticated.

        Args:
            dataset_name (str): A dataset name: lower-case letters, digits, `_` and `-`, starting with
                a letter or digit, at most 63 characters.
            body (ExportRequest): What to export from a dataset.
            format_ (ExportFormat or a ExportFormat value): The file format of an export.
            filter_ (None | str): A filter expression events must match; null exports every event.
            start_time (datetime.datetime | None): Only export events at or after this instant; null
                for the oldest event.
            end_time (datetime.datetime | None): Only export events strictly before this instant; null
                for now.
            request_options: Per-call overrides (timeout, retries, headers, idempotency key).

        Raises:
            logbook_client.errors.APIStatusError: The server answered with an error status (a subclass per status,
                e.g. NotFoundError), carrying the status, headers, problem details and raw response.
            logbook_client.errors.ResponseDecodingError: The response body does not match the spec.
            logbook_client.errors.APIConnectionError: The request could not be sent or timed out.

        Returns:
            Export
        """

        from . import create_export as _create_export

        return _create_export.call(
            self._client,
            dataset_name=dataset_name,
            body=body,
            format_=format_,
            filter_=filter_,
            start_time=start_time,
            end_time=end_time,
            request_options=request_options,
        )

    def get_export(
        self,
        *,
        export_id: UUID,
        request_options: RequestOptions | None = None,
    ) -> Export:
        """Get an export

        Returns an export and its current status.

        ``GET /exports/{export_id}``; authenticated.

        Args:
            export_id (UUID):
            request_options: Per-call overrides (timeout, retries, headers, idempotency key).

        Raises:
            logbook_client.errors.APIStatusError: The server answered with an error status (a subclass per status,
                e.g. NotFoundError), carrying the status, headers, problem details and raw response.
            logbook_client.errors.ResponseDecodingError: The response body does not match the spec.
            logbook_client.errors.APIConnectionError: The request could not be sent or timed out.

        Returns:
            Export
        """

        from . import get_export as _get_export

        return _get_export.call(
            self._client,
            export_id=export_id,
            request_options=request_options,
        )

    def get_export_many(
        self,
        *,
        export_id: Iterable[UUID],
        max_concurrency: int = 32,
        fail_fast: bool = False,
        on_progress: ProgressCallback | None = None,
        request_options: RequestOptions | None = None,
    ) -> BatchResult[Export]:
        """``get_export`` once per ``export_id``, concurrently; outcomes in input order (see ``batch``)."""
        from . import get_export as _get_export

        return _get_export.batch(
            self._client,
            (_get_export.Args(export_id=value) for value in export_id),
            max_concurrency=max_concurrency,
            fail_fast=fail_fast,
            on_progress=on_progress,
            request_options=request_options,
        )

    def download_export(
        self,
        *,
        export_id: UUID,
        range_: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> File:
        """Download an export

        Downloads the file of a finished export. Send a `Range` header to get part of the file (206), for
        instance to resume an interrupted download. Fails with 409 while the export is not `done`.

        ``GET /exports/{export_id}/download``; authenticated.

        Args:
            export_id (UUID):
            range_ (str | Unset):
            request_options: Per-call overrides (timeout, retries, headers, idempotency key).

        Raises:
            logbook_client.errors.APIStatusError: The server answered with an error status (a subclass per status,
                e.g. NotFoundError), carrying the status, headers, problem details and raw response.
            logbook_client.errors.ResponseDecodingError: The response body does not match the spec.
            logbook_client.errors.APIConnectionError: The request could not be sent or timed out.

        Returns:
            File
        """

        from . import download_export as _download_export

        return _download_export.call(
            self._client,
            export_id=export_id,
            range_=range_,
            request_options=request_options,
        )

    def download_export_many(
        self,
        *,
        export_id: Iterable[UUID],
        max_concurrency: int = 32,
        fail_fast: bool = False,
        on_progress: ProgressCallback | None = None,
        request_options: RequestOptions | None = None,
    ) -> BatchResult[File]:
        """``download_export`` once per ``export_id``, concurrently; outcomes in input order (see ``batch``)."""
        from . import download_export as _download_export

        return _download_export.batch(
            self._client,
            (_download_export.Args(export_id=value) for value in export_id),
            max_concurrency=max_concurrency,
            fail_fast=fail_fast,
            on_progress=on_progress,
            request_options=request_options,
        )
