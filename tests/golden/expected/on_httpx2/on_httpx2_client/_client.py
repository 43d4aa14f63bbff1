"""The clients of Notes: :class:`Client` (sync) and :class:`AsyncClient` (async)."""

from functools import cached_property
from typing import TYPE_CHECKING, ClassVar

from ._runtime.auth import SecurityScheme
from ._runtime.client import AsyncAPIClient, SyncAPIClient

if TYPE_CHECKING:
    from .aio.notes._resource import AsyncNotesResource
    from .api.notes._resource import NotesResource

__all__ = ["AsyncClient", "Client"]

_SECURITY_SCHEMES: dict[str, SecurityScheme] = {
    "bearer": SecurityScheme(kind="bearer", location="", parameter=""),
}


class Client(SyncAPIClient):
    """Synchronous client for Notes.

    Use it as a context manager (``with Client() as client:``) or call
    ``client.close()`` when done. Settings not passed fall back to the environment:
    ``ON_HTTPX2_BASE_URL`` (default ``https://notes.example``) and ``ON_HTTPX2_TOKEN``.
    The token is sent as 'Authorization: Bearer <token>'.

    Operations are grouped by tag as attributes, loaded on first use:
    ``client.notes``,
    or called as functions from ``on_httpx2_client.api.<tag>.<operation>``.
    """

    _env_prefix: ClassVar[str] = "ON_HTTPX2"
    _env_token: ClassVar[str] = "ON_HTTPX2_TOKEN"
    _env_base_url: ClassVar[str] = "ON_HTTPX2_BASE_URL"
    _token_used: ClassVar[bool] = True
    _default_base_url: ClassVar[str] = "https://notes.example"
    _user_agent: ClassVar[str] = "on_httpx2_client/1.0.0"
    _security_schemes: ClassVar[dict[str, SecurityScheme]] = _SECURITY_SCHEMES

    @cached_property
    def notes(self) -> "NotesResource":
        """The ``notes`` operations."""
        from .api.notes._resource import NotesResource

        return NotesResource(self)


class AsyncClient(AsyncAPIClient):
    """Asynchronous client for Notes.

    Use it as a context manager (``async with AsyncClient() as client:``) or call
    ``await client.aclose()`` when done. Settings not passed fall back to the environment:
    ``ON_HTTPX2_BASE_URL`` (default ``https://notes.example``) and ``ON_HTTPX2_TOKEN``.
    The token is sent as 'Authorization: Bearer <token>'.

    Operations are grouped by tag as attributes, loaded on first use:
    ``client.notes``,
    or called as functions from ``on_httpx2_client.aio.<tag>.<operation>``.
    """

    _env_prefix: ClassVar[str] = "ON_HTTPX2"
    _env_token: ClassVar[str] = "ON_HTTPX2_TOKEN"
    _env_base_url: ClassVar[str] = "ON_HTTPX2_BASE_URL"
    _token_used: ClassVar[bool] = True
    _default_base_url: ClassVar[str] = "https://notes.example"
    _user_agent: ClassVar[str] = "on_httpx2_client/1.0.0"
    _security_schemes: ClassVar[dict[str, SecurityScheme]] = _SECURITY_SCHEMES

    @cached_property
    def notes(self) -> "AsyncNotesResource":
        """The ``notes`` operations."""
        from .aio.notes._resource import AsyncNotesResource

        return AsyncNotesResource(self)
