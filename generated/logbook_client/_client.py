"""The clients of Logbook API: :class:`Client` (sync) and :class:`AsyncClient` (async)."""

from functools import cached_property
from typing import TYPE_CHECKING, ClassVar

from ._runtime.auth import SecurityScheme
from ._runtime.client import AsyncAPIClient, SyncAPIClient

if TYPE_CHECKING:
    from .aio.annotations._resource import AsyncAnnotationsResource
    from .aio.attachments._resource import AsyncAttachmentsResource
    from .aio.datasets._resource import AsyncDatasetsResource
    from .aio.exports._resource import AsyncExportsResource
    from .aio.health._resource import AsyncHealthResource
    from .aio.ingest._resource import AsyncIngestResource
    from .aio.query._resource import AsyncQueryResource
    from .aio.tokens._resource import AsyncTokensResource
    from .aio.users._resource import AsyncUsersResource
    from .api.annotations._resource import AnnotationsResource
    from .api.attachments._resource import AttachmentsResource
    from .api.datasets._resource import DatasetsResource
    from .api.exports._resource import ExportsResource
    from .api.health._resource import HealthResource
    from .api.ingest._resource import IngestResource
    from .api.query._resource import QueryResource
    from .api.tokens._resource import TokensResource
    from .api.users._resource import UsersResource

__all__ = ["AsyncClient", "Client"]

_SECURITY_SCHEMES: dict[str, SecurityScheme] = {
    "bearerAuth": SecurityScheme(kind="bearer", location="", parameter=""),
}


class Client(SyncAPIClient):
    """Synchronous client for Logbook API.

    Use it as a context manager (``with Client() as client:``) or call
    ``client.close()`` when done. Settings not passed fall back to the environment:
    ``LOGBOOK_BASE_URL`` (default ``http://127.0.0.1:8080``) and ``LOGBOOK_TOKEN``.
    The token is sent as 'Authorization: Bearer <token>'.

    Operations are grouped by tag as attributes, loaded on first use:
    ``client.health``,
    ``client.users``,
    ``client.tokens``,
    ``client.datasets``,
    ``client.ingest``,
    ``client.query``,
    ``client.annotations``,
    ``client.exports``,
    ``client.attachments``,
    or called as functions from ``logbook_client.api.<tag>.<operation>``.
    """

    _env_prefix: ClassVar[str] = "LOGBOOK"
    _env_token: ClassVar[str] = "LOGBOOK_TOKEN"
    _env_base_url: ClassVar[str] = "LOGBOOK_BASE_URL"
    _token_used: ClassVar[bool] = True
    _default_base_url: ClassVar[str] = "http://127.0.0.1:8080"
    _user_agent: ClassVar[str] = "logbook_client/1.1.0"
    _security_schemes: ClassVar[dict[str, SecurityScheme]] = _SECURITY_SCHEMES

    @cached_property
    def health(self) -> "HealthResource":
        """The ``health`` operations."""
        from .api.health._resource import HealthResource

        return HealthResource(self)

    @cached_property
    def users(self) -> "UsersResource":
        """The ``users`` operations."""
        from .api.users._resource import UsersResource

        return UsersResource(self)

    @cached_property
    def tokens(self) -> "TokensResource":
        """The ``tokens`` operations."""
        from .api.tokens._resource import TokensResource

        return TokensResource(self)

    @cached_property
    def datasets(self) -> "DatasetsResource":
        """The ``datasets`` operations."""
        from .api.datasets._resource import DatasetsResource

        return DatasetsResource(self)

    @cached_property
    def ingest(self) -> "IngestResource":
        """The ``ingest`` operations."""
        from .api.ingest._resource import IngestResource

        return IngestResource(self)

    @cached_property
    def query(self) -> "QueryResource":
        """The ``query`` operations."""
        from .api.query._resource import QueryResource

        return QueryResource(self)

    @cached_property
    def annotations(self) -> "AnnotationsResource":
        """The ``annotations`` operations."""
        from .api.annotations._resource import AnnotationsResource

        return AnnotationsResource(self)

    @cached_property
    def exports(self) -> "ExportsResource":
        """The ``exports`` operations."""
        from .api.exports._resource import ExportsResource

        return ExportsResource(self)

    @cached_property
    def attachments(self) -> "AttachmentsResource":
        """The ``attachments`` operations."""
        from .api.attachments._resource import AttachmentsResource

        return AttachmentsResource(self)


class AsyncClient(AsyncAPIClient):
    """Asynchronous client for Logbook API.

    Use it as a context manager (``async with AsyncClient() as client:``) or call
    ``await client.aclose()`` when done. Settings not passed fall back to the environment:
    ``LOGBOOK_BASE_URL`` (default ``http://127.0.0.1:8080``) and ``LOGBOOK_TOKEN``.
    The token is sent as 'Authorization: Bearer <token>'.

    Operations are grouped by tag as attributes, loaded on first use:
    ``client.health``,
    ``client.users``,
    ``client.tokens``,
    ``client.datasets``,
    ``client.ingest``,
    ``client.query``,
    ``client.annotations``,
    ``client.exports``,
    ``client.attachments``,
    or called as functions from ``logbook_client.aio.<tag>.<operation>``.
    """

    _env_prefix: ClassVar[str] = "LOGBOOK"
    _env_token: ClassVar[str] = "LOGBOOK_TOKEN"
    _env_base_url: ClassVar[str] = "LOGBOOK_BASE_URL"
    _token_used: ClassVar[bool] = True
    _default_base_url: ClassVar[str] = "http://127.0.0.1:8080"
    _user_agent: ClassVar[str] = "logbook_client/1.1.0"
    _security_schemes: ClassVar[dict[str, SecurityScheme]] = _SECURITY_SCHEMES

    @cached_property
    def health(self) -> "AsyncHealthResource":
        """The ``health`` operations."""
        from .aio.health._resource import AsyncHealthResource

        return AsyncHealthResource(self)

    @cached_property
    def users(self) -> "AsyncUsersResource":
        """The ``users`` operations."""
        from .aio.users._resource import AsyncUsersResource

        return AsyncUsersResource(self)

    @cached_property
    def tokens(self) -> "AsyncTokensResource":
        """The ``tokens`` operations."""
        from .aio.tokens._resource import AsyncTokensResource

        return AsyncTokensResource(self)

    @cached_property
    def datasets(self) -> "AsyncDatasetsResource":
        """The ``datasets`` operations."""
        from .aio.datasets._resource import AsyncDatasetsResource

        return AsyncDatasetsResource(self)

    @cached_property
    def ingest(self) -> "AsyncIngestResource":
        """The ``ingest`` operations."""
        from .aio.ingest._resource import AsyncIngestResource

        return AsyncIngestResource(self)

    @cached_property
    def query(self) -> "AsyncQueryResource":
        """The ``query`` operations."""
        from .aio.query._resource import AsyncQueryResource

        return AsyncQueryResource(self)

    @cached_property
    def annotations(self) -> "AsyncAnnotationsResource":
        """The ``annotations`` operations."""
        from .aio.annotations._resource import AsyncAnnotationsResource

        return AsyncAnnotationsResource(self)

    @cached_property
    def exports(self) -> "AsyncExportsResource":
        """The ``exports`` operations."""
        from .aio.exports._resource import AsyncExportsResource

        return AsyncExportsResource(self)

    @cached_property
    def attachments(self) -> "AsyncAttachmentsResource":
        """The ``attachments`` operations."""
        from .aio.attachments._resource import AsyncAttachmentsResource

        return AsyncAttachmentsResource(self)
