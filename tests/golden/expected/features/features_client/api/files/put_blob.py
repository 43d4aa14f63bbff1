"""Synchronous ``PUT /blobs/{name}``"""

from ..._client import Client
from ..._operations.files import put_blob as _operation
from ..._runtime.options import RequestOptions
from ..._runtime.response import Response
from ...types import File

__all__ = ["call", "call_detailed"]


def call_detailed(
    client: Client,
    *,
    name: str,
    body: File,
    request_options: RequestOptions | None = None,
) -> Response[None]:
    """``PUT /blobs/{name}``

    ``PUT /blobs/{name}``; authenticated.

    Args:
        name (str):
        body (File):
        request_options: Per-call overrides (timeout, retries, headers, idempotency key).

    Raises:
        features_client.errors.APIStatusError: The server answered with an error status (a subclass per status,
            e.g. NotFoundError), carrying the status, headers, problem details and raw response.
        features_client.errors.ResponseDecodingError: The response body does not match the spec.
        features_client.errors.APIConnectionError: The request could not be sent or timed out.

    Returns:
        Response[None]: the parsed value with the status, headers, raw response and
        the number of retries taken.
    """

    request = _operation.build_request(
        name=name,
        body=body,
    )
    return client._execute(request, _operation.OPERATION, _operation.parse_response, request_options)


def call(
    client: Client,
    *,
    name: str,
    body: File,
    request_options: RequestOptions | None = None,
) -> None:
    """``PUT /blobs/{name}``

    ``PUT /blobs/{name}``; authenticated.

    Args:
        name (str):
        body (File):
        request_options: Per-call overrides (timeout, retries, headers, idempotency key).

    Raises:
        features_client.errors.APIStatusError: The server answered with an error status (a subclass per status,
            e.g. NotFoundError), carrying the status, headers, problem details and raw response.
        features_client.errors.ResponseDecodingError: The response body does not match the spec.
        features_client.errors.APIConnectionError: The request could not be sent or timed out.

    Returns:
        None
    """

    response = call_detailed(
        client,
        name=name,
        body=body,
        request_options=request_options,
    )
    return response.parsed
