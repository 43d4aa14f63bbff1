"""Asynchronous ``GET /datasets/{dataset_name}``: Get a dataset"""

from ..._client import AsyncClient
from ..._operations.datasets import get_dataset as _operation
from ..._runtime.options import RequestOptions
from ..._runtime.response import Response
from ...models.dataset import Dataset

__all__ = ["call", "call_detailed"]


async def call_detailed(
    client: AsyncClient,
    *,
    dataset_name: str,
    request_options: RequestOptions | None = None,
) -> Response[Dataset]:
    """Get a dataset

    Returns a dataset and its statistics. The `ETag` response header identifies this version of the
    settings; send it as `If-Match` when updating.

    ``GET /datasets/{dataset_name}``; authenticated.

    Args:
        dataset_name (str): A dataset name: lower-case letters, digits, `_` and `-`, starting with
            a letter or digit, at most 63 characters.
        request_options: Per-call overrides (timeout, retries, headers, idempotency key).

    Raises:
        logbook_client.errors.APIStatusError: The server answered with an error status (a subclass per status,
            e.g. NotFoundError), carrying the status, headers, problem details and raw response.
        logbook_client.errors.ResponseDecodingError: The response body does not match the spec.
        logbook_client.errors.APIConnectionError: The request could not be sent or timed out.

    Returns:
        Response[Dataset]: the parsed value with the status, headers, raw response and
        the number of retries taken.
    """

    request = _operation.build_request(
        dataset_name=dataset_name,
    )
    return await client._execute(request, _operation.OPERATION, _operation.parse_response, request_options)


async def call(
    client: AsyncClient,
    *,
    dataset_name: str,
    request_options: RequestOptions | None = None,
) -> Dataset:
    """Get a dataset

    Returns a dataset and its statistics. The `ETag` response header identifies this version of the
    settings; send it as `If-Match` when updating.

    ``GET /datasets/{dataset_name}``; authenticated.

    Args:
        dataset_name (str): A dataset name: lower-case letters, digits, `_` and `-`, starting with
            a letter or digit, at most 63 characters.
        request_options: Per-call overrides (timeout, retries, headers, idempotency key).

    Raises:
        logbook_client.errors.APIStatusError: The server answered with an error status (a subclass per status,
            e.g. NotFoundError), carrying the status, headers, problem details and raw response.
        logbook_client.errors.ResponseDecodingError: The response body does not match the spec.
        logbook_client.errors.APIConnectionError: The request could not be sent or timed out.

    Returns:
        Dataset
    """

    response = await call_detailed(
        client,
        dataset_name=dataset_name,
        request_options=request_options,
    )
    return response.parsed
