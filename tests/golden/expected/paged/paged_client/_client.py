"""The clients of Paged: :class:`Client` (sync) and :class:`AsyncClient` (async)."""

from functools import cached_property
from typing import TYPE_CHECKING, ClassVar

from ._runtime.auth import SecurityScheme
from ._runtime.client import AsyncAPIClient, SyncAPIClient

if TYPE_CHECKING:
    from .aio.things._resource import AsyncThingsResource
    from .api.things._resource import ThingsResource

__all__ = ["AsyncClient", "Client"]

_SECURITY_SCHEMES: dict[str, SecurityScheme] = {
    "token": SecurityScheme(kind="bearer", location="", parameter=""),
}


class Client(SyncAPIClient):
    """Synchronous client for Paged.

    Use it as a context manager (``with Client() as client:``) or call
    ``client.close()`` when done. Settings not passed fall back to the environment:
    ``PAGED_BASE_URL`` (default ``http://api.test/v1``) and ``PAGED_TOKEN``.
    The token is sent as 'Authorization: Bearer <token>'.

    Operations are grouped by tag as attributes, loaded on first use:
    ``client.things``,
    or called as functions from ``paged_client.api.<tag>.<operation>``.
    """

    _env_prefix: ClassVar[str] = "PAGED"
    _env_token: ClassVar[str] = "PAGED_TOKEN"
    _env_base_url: ClassVar[str] = "PAGED_BASE_URL"
    _token_used: ClassVar[bool] = True
    _default_base_url: ClassVar[str] = "http://api.test/v1"
    _user_agent: ClassVar[str] = "paged_client/1.0"
    _security_schemes: ClassVar[dict[str, SecurityScheme]] = _SECURITY_SCHEMES

    @cached_property
    def things(self) -> "ThingsResource":
        """The ``things`` operations."""
        from .api.things._resource import ThingsResource

        return ThingsResource(self)


class AsyncClient(AsyncAPIClient):
    """Asynchronous client for Paged.

    Use it as a context manager (``async with AsyncClient() as client:``) or call
    ``await client.aclose()`` when done. Settings not passed fall back to the environment:
    ``PAGED_BASE_URL`` (default ``http://api.test/v1``) and ``PAGED_TOKEN``.
    The token is sent as 'Authorization: Bearer <token>'.

    Operations are grouped by tag as attributes, loaded on first use:
    ``client.things``,
    or called as functions from ``paged_client.aio.<tag>.<operation>``.
    """

    _env_prefix: ClassVar[str] = "PAGED"
    _env_token: ClassVar[str] = "PAGED_TOKEN"
    _env_base_url: ClassVar[str] = "PAGED_BASE_URL"
    _token_used: ClassVar[bool] = True
    _default_base_url: ClassVar[str] = "http://api.test/v1"
    _user_agent: ClassVar[str] = "paged_client/1.0"
    _security_schemes: ClassVar[dict[str, SecurityScheme]] = _SECURITY_SCHEMES

    @cached_property
    def things(self) -> "AsyncThingsResource":
        """The ``things`` operations."""
        from .aio.things._resource import AsyncThingsResource

        return AsyncThingsResource(self)
