"""Asynchronous resource for the ``health`` operations: ``client.health.<operation>(...)``."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..._client import AsyncClient
    from ..._runtime.options import RequestOptions
    from ...models.health import Health

__all__ = ["AsyncHealthResource"]


class AsyncHealthResource:
    """The ``health`` operations, bound to one AsyncClient."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def get_health(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> Health:
        """Check service health

        Reports whether the service is up. This operation needs no authentication and is suitable for load-
        balancer probes.

        ``GET /health``.

        Args:
            request_options: Per-call overrides (timeout, retries, headers, idempotency key).

        Raises:
            logbook_client.errors.APIStatusError: The server answered with an error status (a subclass per status,
                e.g. NotFoundError), carrying the status, headers, problem details and raw response.
            logbook_client.errors.ResponseDecodingError: The response body does not match the spec.
            logbook_client.errors.APIConnectionError: The request could not be sent or timed out.

        Returns:
            Health
        """

        from . import get_health as _get_health

        return await _get_health.call(
            self._client,
            request_options=request_options,
        )
