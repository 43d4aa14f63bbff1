"""Asynchronous ``POST /annotations/{annotation_id}/attachments``: Upload an attachment"""

from uuid import UUID

from ..._client import AsyncClient
from ..._operations.attachments import upload_attachment as _operation
from ..._runtime.options import RequestOptions
from ..._runtime.response import Response
from ...models.attachment import Attachment
from ...models.attachment_upload import AttachmentUpload

__all__ = ["call", "call_detailed"]


async def call_detailed(
    client: AsyncClient,
    *,
    annotation_id: UUID,
    body: AttachmentUpload,
    request_options: RequestOptions | None = None,
) -> Response[Attachment]:
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
        Response[Attachment]: the parsed value with the status, headers, raw response and
        the number of retries taken.
    """

    request = _operation.build_request(
        annotation_id=annotation_id,
        body=body,
    )
    return await client._execute(request, _operation.OPERATION, _operation.parse_response, request_options)


async def call(
    client: AsyncClient,
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

    response = await call_detailed(
        client,
        annotation_id=annotation_id,
        body=body,
        request_options=request_options,
    )
    return response.parsed
