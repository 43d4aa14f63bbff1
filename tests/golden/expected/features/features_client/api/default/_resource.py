"""Synchronous resource for the ``default`` operations: ``client.default.<operation>(...)``."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..._client import Client
    from ..._runtime.options import RequestOptions
    from ...models.ping_response_200 import PingResponse200

__all__ = ["DefaultResource"]


class DefaultResource:
    """The ``default`` operations, bound to one Client."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def ping(
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

        return _ping.call(
            self._client,
            request_options=request_options,
        )
