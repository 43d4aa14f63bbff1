"""Synchronous ``POST /datasets/{dataset_name}/query``: Query a dataset"""

from ..._client import Client
from ..._operations.query import query_dataset as _operation
from ..._runtime.options import RequestOptions
from ..._runtime.response import Response
from ...models.query_request import QueryRequest
from ...models.query_result import QueryResult

__all__ = ["call", "call_detailed"]


def call_detailed(
    client: Client,
    *,
    dataset_name: str,
    body: QueryRequest,
    request_options: RequestOptions | None = None,
) -> Response[QueryResult]:
    """Query a dataset

    Returns the events of a dataset that match a filter within a time range. To get the next page,
    repeat the request with the response's `next_cursor` as the body's `cursor`; `next_cursor` is null
    on the last page.

    ``POST /datasets/{dataset_name}/query``; authenticated.

    Args:
        dataset_name (str): A dataset name: lower-case letters, digits, `_` and `-`, starting with
            a letter or digit, at most 63 characters.
        body (QueryRequest): A query over the events of a dataset.
        request_options: Per-call overrides (timeout, retries, headers, idempotency key).

    Raises:
        logbook_client.errors.APIStatusError: The server answered with an error status (a subclass per status,
            e.g. NotFoundError), carrying the status, headers, problem details and raw response.
        logbook_client.errors.ResponseDecodingError: The response body does not match the spec.
        logbook_client.errors.APIConnectionError: The request could not be sent or timed out.

    Returns:
        Response[QueryResult]: the parsed value with the status, headers, raw response and
        the number of retries taken.
    """

    request = _operation.build_request(
        dataset_name=dataset_name,
        body=body,
    )
    return client._execute(request, _operation.OPERATION, _operation.parse_response, request_options)


def call(
    client: Client,
    *,
    dataset_name: str,
    body: QueryRequest,
    request_options: RequestOptions | None = None,
) -> QueryResult:
    """Query a dataset

    Returns the events of a dataset that match a filter within a time range. To get the next page,
    repeat the request with the response's `next_cursor` as the body's `cursor`; `next_cursor` is null
    on the last page.

    ``POST /datasets/{dataset_name}/query``; authenticated.

    Args:
        dataset_name (str): A dataset name: lower-case letters, digits, `_` and `-`, starting with
            a letter or digit, at most 63 characters.
        body (QueryRequest): A query over the events of a dataset.
        request_options: Per-call overrides (timeout, retries, headers, idempotency key).

    Raises:
        logbook_client.errors.APIStatusError: The server answered with an error status (a subclass per status,
            e.g. NotFoundError), carrying the status, headers, problem details and raw response.
        logbook_client.errors.ResponseDecodingError: The response body does not match the spec.
        logbook_client.errors.APIConnectionError: The request could not be sent or timed out.

    Returns:
        QueryResult
    """

    response = call_detailed(
        client,
        dataset_name=dataset_name,
        body=body,
        request_options=request_options,
    )
    return response.parsed
