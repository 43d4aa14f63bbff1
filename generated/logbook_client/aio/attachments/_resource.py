"""Asynchronous resource for the ``attachments`` operations: ``client.attachments.<operation>(...)``."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from uuid import UUID

    from ..._client import AsyncClient
    from ..._runtime.options import RequestOptions
    from ...models.attachment import Attachment
    from ...models.attachment_upload import AttachmentUpload

__all__ = ["AsyncAttachmentsResource"]


class AsyncAttachmentsResource:
    """The ``attachments`` operations, bound to one AsyncClient."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def upload_attachment(
        self,
        *,
        annotation_id: UUID,
        body: AttachmentUpload,
        request_options: RequestOptions | None = None,
    ) -> Attachment:
        """Upload an attachment

        Attaches a file (a screenshot, a log excerpt...) to an annotation.

        ``POST /annotations/{annotation_id}/attachments``; authenticated.

        Args:
            annotation_id (UUID):
            body (AttachmentUpload): The form fields of an attachment upload.
            request_options: Per-call overrides (timeout, retries, headers, idempotency key).

        Raises:
            logbook_client.errors.APIStatusError: The server answered with an error status (a subclass per status,
                e.g. NotFoundError), carrying the status, headers, problem details and raw response.
            logbook_client.errors.ResponseDecodingError: The response body does not match the spec.
            logbook_client.errors.APIConnectionError: The request could not be sent or timed out.

        Returns:
            Attachment
        """

        from . import upload_attachment as _upload_attachment

        return await _upload_attachment.call(
            self._client,
            annotation_id=annotation_id,
            body=body,
            request_options=request_options,
        )
