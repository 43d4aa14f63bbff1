"""Synchronous resource for the ``files`` operations: ``client.files.<operation>(...)``."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable

    from ..._client import Client
    from ..._runtime.batch import BatchResult, ProgressCallback
    from ..._runtime.options import RequestOptions
    from ...models.upload import Upload
    from ...types import File

__all__ = ["FilesResource"]


class FilesResource:
    """The ``files`` operations, bound to one Client."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def upload(
        self,
        *,
        body: Upload,
        request_options: RequestOptions | None = None,
    ) -> str:
        """``POST /uploads``

        ``POST /uploads``; authenticated.

        Args:
            body (Upload):
            request_options: Per-call overrides (timeout, retries, headers, idempotency key).

        Raises:
            features_client.errors.APIStatusError: The server answered with an error status (a subclass per status,
                e.g. NotFoundError), carrying the status, headers, problem details and raw response.
            features_client.errors.ResponseDecodingError: The response body does not match the spec.
            features_client.errors.APIConnectionError: The request could not be sent or timed out.

        Returns:
            str
        """

        from . import upload as _upload

        return _upload.call(
            self._client,
            body=body,
            request_options=request_options,
        )

    def get_blob(
        self,
        *,
        name: str,
        request_options: RequestOptions | None = None,
    ) -> File:
        """``GET /blobs/{name}``

        ``GET /blobs/{name}``.

        Args:
            name (str):
            request_options: Per-call overrides (timeout, retries, headers, idempotency key).

        Raises:
            features_client.errors.APIStatusError: The server answered with an error status (a subclass per status,
                e.g. NotFoundError), carrying the status, headers, problem details and raw response.
            features_client.errors.ResponseDecodingError: The response body does not match the spec.
            features_client.errors.APIConnectionError: The request could not be sent or timed out.

        Returns:
            File
        """

        from . import get_blob as _get_blob

        return _get_blob.call(
            self._client,
            name=name,
            request_options=request_options,
        )

    def get_blob_many(
        self,
        *,
        name: Iterable[str],
        max_concurrency: int = 32,
        fail_fast: bool = False,
        on_progress: ProgressCallback | None = None,
        request_options: RequestOptions | None = None,
    ) -> BatchResult[File]:
        """``get_blob`` once per ``name``, concurrently; outcomes in input order (see ``batch``)."""
        from . import get_blob as _get_blob

        return _get_blob.batch(
            self._client,
            (_get_blob.Args(name=value) for value in name),
            max_concurrency=max_concurrency,
            fail_fast=fail_fast,
            on_progress=on_progress,
            request_options=request_options,
        )

    def put_blob(
        self,
        *,
        name: str,
        body: File,
        request_options: RequestOptions | None = None,
    ) -> None:
        """``PUT /blobs/{name}``

        ``PUT /blobs/{name}``; authenticated.

        Args:
            name (str):
            body (File):
            request_options: Per-call overrides (timeout, retries, headers, idempotency key).

        Raises:
            features_client.errors.APIStatusError: The server answered with an error status (a subclass per status,
                e.g. NotFoundError), carrying the status, headers, problem details and raw response.
            features_client.errors.ResponseDecodingError: The response body does not match the spec.
            features_client.errors.APIConnectionError: The request could not be sent or timed out.

        Returns:
            None
        """

        from . import put_blob as _put_blob

        return _put_blob.call(
            self._client,
            name=name,
            body=body,
            request_options=request_options,
        )
