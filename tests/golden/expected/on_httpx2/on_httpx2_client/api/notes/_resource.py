"""Synchronous resource for the ``notes`` operations: ``client.notes.<operation>(...)``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..._runtime.unset import UNSET

if TYPE_CHECKING:
    from collections.abc import Iterable

    from ..._client import Client
    from ..._runtime.batch import BatchResult, ProgressCallback
    from ..._runtime.options import RequestOptions
    from ...models.new_note import NewNote
    from ...models.note import Note
    from ...types import Unset

__all__ = ["NotesResource"]


class NotesResource:
    """The ``notes`` operations, bound to one Client."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def get_note(
        self,
        *,
        note_id: int,
        request_options: RequestOptions | None = None,
    ) -> Note:
        """``GET /notes/{note_id}``

        ``GET /notes/{note_id}``; authenticated.

        Args:
            note_id (int):
            request_options: Per-call overrides (timeout, retries, headers, idempotency key).

        Raises:
            on_httpx2_client.errors.APIStatusError: The server answered with an error status (a subclass per status,
                e.g. NotFoundError), carrying the status, headers, problem details and raw response.
            on_httpx2_client.errors.ResponseDecodingError: The response body does not match the spec.
            on_httpx2_client.errors.APIConnectionError: The request could not be sent or timed out.

        Returns:
            Note
        """

        from . import get_note as _get_note

        return _get_note.call(
            self._client,
            note_id=note_id,
            request_options=request_options,
        )

    def get_note_many(
        self,
        *,
        note_id: Iterable[int],
        max_concurrency: int = 32,
        fail_fast: bool = False,
        on_progress: ProgressCallback | None = None,
        request_options: RequestOptions | None = None,
    ) -> BatchResult[Note]:
        """``get_note`` once per ``note_id``, concurrently; outcomes in input order (see ``batch``)."""
        from . import get_note as _get_note

        return _get_note.batch(
            self._client,
            (_get_note.Args(note_id=value) for value in note_id),
            max_concurrency=max_concurrency,
            fail_fast=fail_fast,
            on_progress=on_progress,
            request_options=request_options,
        )

    def create_note(
        self,
        *,
        body: NewNote | dict[str, Any] | Unset = UNSET,
        text: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Note:
        """``POST /notes``

        ``POST /notes``; authenticated.

        Args:
            body (NewNote):
            text (str): Required unless body is given.
            request_options: Per-call overrides (timeout, retries, headers, idempotency key).

        Raises:
            on_httpx2_client.errors.APIStatusError: The server answered with an error status (a subclass per status,
                e.g. NotFoundError), carrying the status, headers, problem details and raw response.
            on_httpx2_client.errors.ResponseDecodingError: The response body does not match the spec.
            on_httpx2_client.errors.APIConnectionError: The request could not be sent or timed out.

        Returns:
            Note
        """

        from . import create_note as _create_note

        return _create_note.call(
            self._client,
            body=body,
            text=text,
            request_options=request_options,
        )
