"""The clients of Features: :class:`Client` (sync) and :class:`AsyncClient` (async)."""

from functools import cached_property
from typing import TYPE_CHECKING, ClassVar

from ._runtime.auth import SecurityScheme
from ._runtime.client import AsyncAPIClient, SyncAPIClient

if TYPE_CHECKING:
    from .aio.default._resource import AsyncDefaultResource
    from .aio.files._resource import AsyncFilesResource
    from .aio.widgets._resource import AsyncWidgetsResource
    from .api.default._resource import DefaultResource
    from .api.files._resource import FilesResource
    from .api.widgets._resource import WidgetsResource

__all__ = ["AsyncClient", "Client"]

_SECURITY_SCHEMES: dict[str, SecurityScheme] = {
    "bearer": SecurityScheme(kind="bearer", location="", parameter=""),
    "header_key": SecurityScheme(kind="api_key", location="header", parameter="X-Api-Key"),
    "query_key": SecurityScheme(kind="api_key", location="query", parameter="api_key"),
    "cookie_key": SecurityScheme(kind="api_key", location="cookie", parameter="session"),
    "basic": SecurityScheme(kind="basic", location="", parameter=""),
}


class Client(SyncAPIClient):
    """Synchronous client for Features.

    Use it as a context manager (``with Client() as client:``) or call
    ``client.close()`` when done. Settings not passed fall back to the environment:
    ``FEATURES_BASE_URL`` (default ``https://eu.features.example/api``) and ``FEATURES_TOKEN``.
    The token is sent as each operation's security scheme says: as 'Authorization: Bearer <token>', or in the
    'X-Api-Key' header, or in the 'api_key' query parameter, or in the 'session' cookie, or as basic auth
    ('Authorization: Basic', the token being 'user:password').

    Operations are grouped by tag as attributes, loaded on first use:
    ``client.widgets``,
    ``client.files``,
    ``client.default``,
    or called as functions from ``features_client.api.<tag>.<operation>``.
    """

    _env_prefix: ClassVar[str] = "FEATURES"
    _env_token: ClassVar[str] = "FEATURES_TOKEN"
    _env_base_url: ClassVar[str] = "FEATURES_BASE_URL"
    _token_used: ClassVar[bool] = True
    _default_base_url: ClassVar[str] = "https://eu.features.example/api"
    _user_agent: ClassVar[str] = "features_client/2.1.0"
    _security_schemes: ClassVar[dict[str, SecurityScheme]] = _SECURITY_SCHEMES

    @cached_property
    def widgets(self) -> "WidgetsResource":
        """The ``widgets`` operations."""
        from .api.widgets._resource import WidgetsResource

        return WidgetsResource(self)

    @cached_property
    def files(self) -> "FilesResource":
        """The ``files`` operations."""
        from .api.files._resource import FilesResource

        return FilesResource(self)

    @cached_property
    def default(self) -> "DefaultResource":
        """The ``default`` operations."""
        from .api.default._resource import DefaultResource

        return DefaultResource(self)


class AsyncClient(AsyncAPIClient):
    """Asynchronous client for Features.

    Use it as a context manager (``async with AsyncClient() as client:``) or call
    ``await client.aclose()`` when done. Settings not passed fall back to the environment:
    ``FEATURES_BASE_URL`` (default ``https://eu.features.example/api``) and ``FEATURES_TOKEN``.
    The token is sent as each operation's security scheme says: as 'Authorization: Bearer <token>', or in the
    'X-Api-Key' header, or in the 'api_key' query parameter, or in the 'session' cookie, or as basic auth
    ('Authorization: Basic', the token being 'user:password').

    Operations are grouped by tag as attributes, loaded on first use:
    ``client.widgets``,
    ``client.files``,
    ``client.default``,
    or called as functions from ``features_client.aio.<tag>.<operation>``.
    """

    _env_prefix: ClassVar[str] = "FEATURES"
    _env_token: ClassVar[str] = "FEATURES_TOKEN"
    _env_base_url: ClassVar[str] = "FEATURES_BASE_URL"
    _token_used: ClassVar[bool] = True
    _default_base_url: ClassVar[str] = "https://eu.features.example/api"
    _user_agent: ClassVar[str] = "features_client/2.1.0"
    _security_schemes: ClassVar[dict[str, SecurityScheme]] = _SECURITY_SCHEMES

    @cached_property
    def widgets(self) -> "AsyncWidgetsResource":
        """The ``widgets`` operations."""
        from .aio.widgets._resource import AsyncWidgetsResource

        return AsyncWidgetsResource(self)

    @cached_property
    def files(self) -> "AsyncFilesResource":
        """The ``files`` operations."""
        from .aio.files._resource import AsyncFilesResource

        return AsyncFilesResource(self)

    @cached_property
    def default(self) -> "AsyncDefaultResource":
        """The ``default`` operations."""
        from .aio.default._resource import AsyncDefaultResource

        return AsyncDefaultResource(self)
