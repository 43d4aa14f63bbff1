"""Asynchronous ``POST /datasets/{dataset_name}/exports``: Start an export"""

from ..._client import AsyncClient
from ..._operations.exports import create_export as _operation
from ..._runtime.options import RequestOptions
from ..._runtime.response import Response
from ...models.export import Export
from ...models.export_request import ExportRequest

__all__ = ["call", "call_detailed"]


async def call_detailed(
    client: AsyncClient,
    *,
    dataset_name: str,
    body: ExportRequest,
    request_options: RequestOptions | None = None,
) -> Response[Export]:
    """Start an export

    Starts exporting the events of a dataset in the background. Poll `get_export` until its `status` is
    `done`, then download the file.

    ``POST /datasets/{dataset_name}/exports``; authenticated.

    Args:
        dataset_name (str): A dataset name: lower-case letters, digits, `_` and `-`, starting with
            a letter or digit, at most 63 characters.
        body (ExportRequest): What to export from a dataset.
        request_options: Per-call overrides (timeout, retries, headers, idempotency key).

    Raises:
        logbook_client.errors.APIStatusError: The server answered with an error status (a subclass per status,
            e.g. NotFoundError), carrying the status, headers, problem details and raw response.
        logbook_client.errors.ResponseDecodingError: The response body does not match the spec.
        logbook_client.errors.APIConnectionError: The request could not be sent or timed out.

    Returns:
        Response[Export]: the parsed value with the status, headers, raw response and
        the number of retries taken.
    """

    request = _operation.build_request(
        dataset_name=dataset_name,
        body=body,
    )
    return await client._execute(request, _operation.OPERATION, _operation.parse_response, request_options)


async def call(
    client: AsyncClient,
    *,
    dataset_name: str,
    body: ExportRequest,
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
        request_options: Per-call overrides (timeout, retries, headers, idempotency key).

    Raises:
        logbook_client.errors.APIStatusError: The server answered with an error status (a subclass per status,
            e.g. NotFoundError), carrying the status, headers, problem details and raw response.
        logbook_client.errors.ResponseDecodingError: The response body does not match the spec.
        logbook_client.errors.APIConnectionError: The request could not be sent or timed out.

    Returns:
        Export
    """

    response = await call_detailed(
        client,
        dataset_name=dataset_name,
        body=body,
        request_options=request_options,
    )
    return response.parsed
