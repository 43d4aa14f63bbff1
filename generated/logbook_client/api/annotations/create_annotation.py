"""Synchronous ``POST /annotations``: Create an annotation"""

from ..._client import Client
from ..._operations.annotations import create_annotation as _operation
from ..._runtime.options import RequestOptions
from ..._runtime.response import Response
from ...models.annotation import Annotation
from ...models.annotation_input import AnnotationInput

__all__ = ["call", "call_detailed"]


def call_detailed(
    client: Client,
    *,
    body: AnnotationInput,
    request_options: RequestOptions | None = None,
) -> Response[Annotation]:
    """Create an annotation

    Creates an annotation on a dataset or on a saved query.

    ``POST /annotations``; authenticated.

    Args:
        body (AnnotationInput): The writable fields of an annotation, for creating or replacing
            one.
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
        body=body,
    )
    return client._execute(request, _operation.OPERATION, _operation.parse_response, request_options)


def call(
    client: Client,
    *,
    body: AnnotationInput,
    request_options: RequestOptions | None = None,
) -> Annotation:
    """Create an annotation

    Creates an annotation on a dataset or on a saved query.

    ``POST /annotations``; authenticated.

    Args:
        body (AnnotationInput): The writable fields of an annotation, for creating or replacing
            one.
        request_options: Per-call overrides (timeout, retries, headers, idempotency key).

    Raises:
        logbook_client.errors.APIStatusError: The server answered with an error status (a subclass per status,
            e.g. NotFoundError), carrying the status, headers, problem details and raw response.
        logbook_client.errors.ResponseDecodingError: The response body does not match the spec.
        logbook_client.errors.APIConnectionError: The request could not be sent or timed out.

    Returns:
        Annotation
    """

    response = call_detailed(
        client,
        body=body,
        request_options=request_options,
    )
    return response.parsed
