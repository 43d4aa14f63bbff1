"""Asynchronous ``PUT /widgets/{widget_id}``"""

from ..._client import AsyncClient
from ..._operations.widgets import replace_widget as _operation
from ..._runtime.options import RequestOptions
from ..._runtime.response import Response
from ...models.widget import Widget
from ...models.widget_input import WidgetInput

__all__ = ["call", "call_detailed"]


async def call_detailed(
    client: AsyncClient,
    *,
    widget_id: int,
    body: WidgetInput,
    request_options: RequestOptions | None = None,
) -> Response[Widget]:
    """``PUT /widgets/{widget_id}``

    ``PUT /widgets/{widget_id}``; authenticated.

    Args:
        widget_id (int):
        body (WidgetInput):
        request_options: Per-call overrides (timeout, retries, headers, idempotency key).

    Raises:
        features_client.errors.APIStatusError: The server answered with an error status (a subclass per status,
            e.g. NotFoundError), carrying the status, headers, problem details and raw response.
        features_client.errors.ResponseDecodingError: The response body does not match the spec.
        features_client.errors.APIConnectionError: The request could not be sent or timed out.

    Returns:
        Response[Widget]: the parsed value with the status, headers, raw response and
        the number of retries taken.
    """

    request = _operation.build_request(
        widget_id=widget_id,
        body=body,
    )
    return await client._execute(request, _operation.OPERATION, _operation.parse_response, request_options)


async def call(
    client: AsyncClient,
    *,
    widget_id: int,
    body: WidgetInput,
    request_options: RequestOptions | None = None,
) -> Widget:
    """``PUT /widgets/{widget_id}``

    ``PUT /widgets/{widget_id}``; authenticated.

    Args:
        widget_id (int):
        body (WidgetInput):
        request_options: Per-call overrides (timeout, retries, headers, idempotency key).

    Raises:
        features_client.errors.APIStatusError: The server answered with an error status (a subclass per status,
            e.g. NotFoundError), carrying the status, headers, problem details and raw response.
        features_client.errors.ResponseDecodingError: The response body does not match the spec.
        features_client.errors.APIConnectionError: The request could not be sent or timed out.

    Returns:
        Widget
    """

    response = await call_detailed(
        client,
        widget_id=widget_id,
        body=body,
        request_options=request_options,
    )
    return response.parsed
