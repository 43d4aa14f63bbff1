"""Synchronous ``POST /items2``:  line separator  and NUL-free text"""

from ..._client import Client
from ..._operations.import_builtins_setattr_pwned_1 import class_ as _operation
from ..._runtime.options import RequestOptions
from ..._runtime.response import Response
from ...models.class_body import ClassBody
from ...types import UNSET, Unset

__all__ = ["call", "call_detailed"]


def call_detailed(
    client: Client,
    *,
    body: ClassBody | Unset = UNSET,
    request_options: RequestOptions | None = None,
) -> Response[None]:
    """
    line separator
     and NUL-free text

    ``POST /items2``.

    Args:
        body (ClassBody | Unset):
        request_options: Per-call overrides (timeout, retries, headers, idempotency key).

    Raises:
        hostile_client.errors.APIStatusError: The server answered with an error status (a subclass per status,
            e.g. NotFoundError), carrying the status, headers, problem details and raw response.
        hostile_client.errors.ResponseDecodingError: The response body does not match the spec.
        hostile_client.errors.APIConnectionError: The request could not be sent or timed out.

    Returns:
        Response[None]: the parsed value with the status, headers, raw response and
        the number of retries taken.
    """

    request = _operation.build_request(
        body=body,
    )
    return client._execute(request, _operation.OPERATION, _operation.parse_response, request_options)


def call(
    client: Client,
    *,
    body: ClassBody | Unset = UNSET,
    request_options: RequestOptions | None = None,
) -> None:
    """
    line separator
     and NUL-free text

    ``POST /items2``.

    Args:
        body (ClassBody | Unset):
        request_options: Per-call overrides (timeout, retries, headers, idempotency key).

    Raises:
        hostile_client.errors.APIStatusError: The server answered with an error status (a subclass per status,
            e.g. NotFoundError), carrying the status, headers, problem details and raw response.
        hostile_client.errors.ResponseDecodingError: The response body does not match the spec.
        hostile_client.errors.APIConnectionError: The request could not be sent or timed out.

    Returns:
        None
    """

    response = call_detailed(
        client,
        body=body,
        request_options=request_options,
    )
    return response.parsed
