"""Synchronous ``GET /exports/{export_id}/download``: Download an export"""

from uuid import UUID

from ..._client import Client
from ..._operations.exports import download_export as _operation
from ..._runtime.options import RequestOptions
from ..._runtime.response import Response
from ...types import UNSET, File, Unset

__all__ = ["call", "call_detailed"]


def call_detailed(
    client: Client,
    *,
    export_id: UUID,
    range_: str | Unset = UNSET,
    request_options: RequestOptions | None = None,
) -> Response[File]:
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
        Response[File]: the parsed value with the status, headers, raw response and
        the number of retries taken.
    """

    request = _operation.build_request(
        export_id=export_id,
        range_=range_,
    )
    return client._execute(request, _operation.OPERATION, _operation.parse_response, request_options)


def call(
    client: Client,
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

    response = call_detailed(
        client,
        export_id=export_id,
        range_=range_,
        request_options=request_options,
    )
    return response.parsed
