"""Asynchronous resource for the ``ingest`` operations: ``client.ingest.<operation>(...)``."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..._client import AsyncClient
    from ..._runtime.options import RequestOptions
    from ..._runtime.sequences import AsyncItemStream
    from ...models.event import Event
    from ...models.ingest_result import IngestResult

__all__ = ["AsyncIngestResource"]


class AsyncIngestResource:
    """The ``ingest`` operations, bound to one AsyncClient."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def ingest_events(
        self,
        *,
        dataset_name: str,
        body: list[Event] | AsyncItemStream[Event],
        request_options: RequestOptions | None = None,
    ) -> IngestResult:
        """Ingest events into a dataset

        Adds events to a dataset, sent either as a JSON array or as newline-delimited JSON. Events are
        accepted or rejected one by one: the response counts both and explains each rejection by the event's
        zero-based position in the request.

        ``POST /datasets/{dataset_name}/ingest``; authenticated.

        Args:
            dataset_name (str): A dataset name: lower-case letters, digits, `_` and `-`, starting with
                a letter or digit, at most 63 characters.
            body (list[Event]): The events to ingest.
            body: Newline-delimited JSON: each line is one event, a JSON object in the shape of
                `Event`. The items to send, ``Event`` models or dicts, from an iterable or an async
                iterable: each is encoded as one JSON text when it is taken, and the body is streamed
                (chunked); or the body already serialised (``str`` or ``bytes``), sent as it is. A
                streamed body is sent once: a call that fails is not retried.
            request_options: Per-call overrides (timeout, retries, headers, idempotency key).

        Raises:
            logbook_client.errors.APIStatusError: The server answered with an error status (a subclass per status,
                e.g. NotFoundError), carrying the status, headers, problem details and raw response.
            logbook_client.errors.ResponseDecodingError: The response body does not match the spec.
            logbook_client.errors.APIConnectionError: The request could not be sent or timed out.

        Returns:
            IngestResult
        """

        from . import ingest_events as _ingest_events

        return await _ingest_events.call(
            self._client,
            dataset_name=dataset_name,
            body=body,
            request_options=request_options,
        )
