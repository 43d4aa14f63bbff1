"""Asynchronous resource for the ``default`` operations: ``client.default.<operation>(...)``."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..._client import AsyncClient
    from ..._runtime.options import RequestOptions
    from ...models.ping_response_200 import PingResponse200

__all__ = ["AsyncDefaultResource"]


class AsyncDefaultResource:
    """The ``default`` operations, bound to one AsyncClient."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def ping(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> PingResponse200:
        """``GET /ping``

        ``GET /ping``.

        Args:
            request_options: Per-call overrides (timeout, retries, headers, idempotency key).

        Raises:
            features_client.errors.APIStatusError: The server answered with an error status (a subclass per status,
                e.g. NotFoundError), carrying the status, headers, problem details and raw response.
            features_client.errors.ResponseDecodingError: The response body does not match the spec.
            features_client.errors.APIConnectionError: The request could not be sent or timed out.

        Returns:
            PingResponse200
        """

        from . import ping as _ping

        return await _ping.call(
            self._client,
            request_options=request_options,
        )
