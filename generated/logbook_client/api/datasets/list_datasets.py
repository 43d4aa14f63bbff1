"""Synchronous ``GET /datasets``: List datasets"""

from ..._client import Client
from ..._operations.datasets import list_datasets as _operation
from ..._runtime.options import RequestOptions
from ..._runtime.response import Response
from ...models.dataset_list import DatasetList
from ...types import UNSET, Unset

__all__ = ["call", "call_detailed"]


def call_detailed(
    client: Client,
    *,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 100,
    request_options: RequestOptions | None = None,
) -> Response[DatasetList]:
    """List datasets

    Lists datasets ordered by name. Pass the `next_cursor` of a page as `cursor` to get the next one;
    `next_cursor` is null on the last page.

    ``GET /datasets``; authenticated.

    Args:
        cursor (str | Unset):
        limit (int | Unset):  Default: 100.
        request_options: Per-call overrides (timeout, retries, headers, idempotency key).

    Raises:
        logbook_client.errors.APIStatusError: The server answered with an error status (a subclass per status,
            e.g. NotFoundError), carrying the status, headers, problem details and raw response.
        logbook_client.errors.ResponseDecodingError: The response body does not match the spec.
        logbook_client.errors.APIConnectionError: The request could not be sent or timed out.

    Returns:
        Response[DatasetList]: the parsed value with the status, headers, raw response and
        the number of retries taken.
    """

    request = _operation.build_request(
        cursor=cursor,
        limit=limit,
    )
    return client._execute(request, _operation.OPERATION, _operation.parse_response, request_options)


def call(
    client: Client,
    *,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 100,
    request_options: RequestOptions | None = None,
) -> DatasetList:
    """List datasets

    Lists datasets ordered by name. Pass the `next_cursor` of a page as `cursor` to get the next one;
    `next_cursor` is null on the last page.

    ``GET /datasets``; authenticated.

    Args:
        cursor (str | Unset):
        limit (int | Unset):  Default: 100.
        request_options: Per-call overrides (timeout, retries, headers, idempotency key).

    Raises:
        logbook_client.errors.APIStatusError: The server answered with an error status (a subclass per status,
            e.g. NotFoundError), carrying the status, headers, problem details and raw response.
        logbook_client.errors.ResponseDecodingError: The response body does not match the spec.
        logbook_client.errors.APIConnectionError: The request could not be sent or timed out.

    Returns:
        DatasetList
    """

    response = call_detailed(
        client,
        cursor=cursor,
        limit=limit,
        request_options=request_options,
    )
    return response.parsed
