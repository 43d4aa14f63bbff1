"""Asynchronous ``GET /annotations/{annotation_id}``: Get an annotation"""

from uuid import UUID

from ..._client import AsyncClient
from ..._operations.annotations import get_annotation as _operation
from ..._runtime.options import RequestOptions
from ..._runtime.response import Response
from ...models.annotation import Annotation

__all__ = ["call", "call_detailed"]


async def call_detailed(
    client: AsyncClient,
    *,
    annotation_id: UUID,
    request_options: RequestOptions | None = None,
) -> Response[Annotation]:
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
        Response[Annotation]: the parsed value with the status, headers, raw response and
        the number of retries taken.
    """

    request = _operation.build_request(
        annotation_id=annotation_id,
    )
    return await client._execute(request, _operation.OPERATION, _operation.parse_response, request_options)


async def call(
    client: AsyncClient,
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

    response = await call_detailed(
        client,
        annotation_id=annotation_id,
        request_options=request_options,
    )
    return response.parsed
