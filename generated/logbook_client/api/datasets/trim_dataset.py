"""Synchronous ``POST /datasets/{dataset_name}/trim``: Trim old events from a dataset"""

from ..._client import Client
from ..._operations.datasets import trim_dataset as _operation
from ..._runtime.options import RequestOptions
from ..._runtime.response import Response
from ...models.trim_request import TrimRequest
from ...models.trim_result import TrimResult

__all__ = ["call", "call_detailed"]


def call_detailed(
    client: Client,
    *,
    dataset_name: str,
    body: TrimRequest,
    request_options: RequestOptions | None = None,
) -> Response[TrimResult]:
    """Trim old events from a dataset

    Deletes the events older than a cutoff, given either as an age (`max_age`) or as an instant
    (`before`). Returns how many events were deleted.

    ``POST /datasets/{dataset_name}/trim``; authenticated.

    Args:
        dataset_name (str): A dataset name: lower-case letters, digits, `_` and `-`, starting with
            a letter or digit, at most 63 characters.
        body (TrimRequest): The cutoff of a trim: give exactly one of `max_age` and `before`.
            Events older than the cutoff are deleted.
        request_options: Per-call overrides (timeout, retries, headers, idempotency key).

    Raises:
        logbook_client.errors.APIStatusError: The server answered with an error status (a subclass per status,
            e.g. NotFoundError), carrying the status, headers, problem details and raw response.
        logbook_client.errors.ResponseDecodingError: The response body does not match the spec.
        logbook_client.errors.APIConnectionError: The request could not be sent or timed out.

    Returns:
        Response[TrimResult]: the parsed value with the status, headers, raw response and
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
    body: TrimRequest,
    request_options: RequestOptions | None = None,
) -> TrimResult:
    """Trim old events from a dataset

    Deletes the events older than a cutoff, given either as an age (`max_age`) or as an instant
    (`before`). Returns how many events were deleted.

    ``POST /datasets/{dataset_name}/trim``; authenticated.

    Args:
        dataset_name (str): A dataset name: lower-case letters, digits, `_` and `-`, starting with
            a letter or digit, at most 63 characters.
        body (TrimRequest): The cutoff of a trim: give exactly one of `max_age` and `before`.
            Events older than the cutoff are deleted.
        request_options: Per-call overrides (timeout, retries, headers, idempotency key).

    Raises:
        logbook_client.errors.APIStatusError: The server answered with an error status (a subclass per status,
            e.g. NotFoundError), carrying the status, headers, problem details and raw response.
        logbook_client.errors.ResponseDecodingError: The response body does not match the spec.
        logbook_client.errors.APIConnectionError: The request could not be sent or timed out.

    Returns:
        TrimResult
    """

    response = call_detailed(
        client,
        dataset_name=dataset_name,
        body=body,
        request_options=request_options,
    )
    return response.parsed
