"""Synchronous ``POST /datasets``: Create a dataset"""

from ..._client import Client
from ..._operations.datasets import create_dataset as _operation
from ..._runtime.options import RequestOptions
from ..._runtime.response import Response
from ...models.dataset import Dataset
from ...models.dataset_create import DatasetCreate
from ...types import UNSET, Unset

__all__ = ["call", "call_detailed"]


def call_detailed(
    client: Client,
    *,
    body: DatasetCreate,
    idempotency_key: str | Unset = UNSET,
    request_options: RequestOptions | None = None,
) -> Response[Dataset]:
    """Create a dataset

    Creates an empty dataset. Fails with 409 if a dataset with the same name exists. Retrying with the
    same `Idempotency-Key` returns the original result instead of a conflict.

    ``POST /datasets``; authenticated.

    Args:
        idempotency_key (str | Unset):
        body (DatasetCreate): The settings of a new dataset.
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
        body=body,
        idempotency_key=idempotency_key,
    )
    return client._execute(request, _operation.OPERATION, _operation.parse_response, request_options)


def call(
    client: Client,
    *,
    body: DatasetCreate,
    idempotency_key: str | Unset = UNSET,
    request_options: RequestOptions | None = None,
) -> Dataset:
    """Create a dataset

    Creates an empty dataset. Fails with 409 if a dataset with the same name exists. Retrying with the
    same `Idempotency-Key` returns the original result instead of a conflict.

    ``POST /datasets``; authenticated.

    Args:
        idempotency_key (str | Unset):
        body (DatasetCreate): The settings of a new dataset.
        request_options: Per-call overrides (timeout, retries, headers, idempotency key).

    Raises:
        logbook_client.errors.APIStatusError: The server answered with an error status (a subclass per status,
            e.g. NotFoundError), carrying the status, headers, problem details and raw response.
        logbook_client.errors.ResponseDecodingError: The response body does not match the spec.
        logbook_client.errors.APIConnectionError: The request could not be sent or timed out.

    Returns:
        Dataset
    """

    response = call_detailed(
        client,
        body=body,
        idempotency_key=idempotency_key,
        request_options=request_options,
    )
    return response.parsed
