"""The clients of Hostile \"\"\" API: :class:`Client` (sync) and :class:`AsyncClient` (async)."""

from functools import cached_property
from typing import TYPE_CHECKING, ClassVar

from ._runtime.auth import SecurityScheme
from ._runtime.client import AsyncAPIClient, SyncAPIClient

if TYPE_CHECKING:
    from .aio.close_._resource import AsyncCloseResource
    from .aio.import_builtins_setattr_pwned_1._resource import AsyncImportBuiltinsSetattrPwned1Resource
    from .api.close_._resource import CloseResource
    from .api.import_builtins_setattr_pwned_1._resource import ImportBuiltinsSetattrPwned1Resource

__all__ = ["AsyncClient", "Client"]

_SECURITY_SCHEMES: dict[str, SecurityScheme] = {
    "token": SecurityScheme(kind="bearer", location="", parameter=""),
}


class Client(SyncAPIClient):
    """Synchronous client for Hostile \"\"\" API.

    Use it as a context manager (``with Client() as client:``) or call
    ``client.close()`` when done. Settings not passed fall back to the environment:
    ``HOSTILE_BASE_URL`` (default ``https://host.example/"+__import__('builtins').__setattr__('PWNED',1)+"``) and ``HOSTILE_TOKEN``.
    The token is sent as 'Authorization: Bearer <token>'.

    Operations are grouped by tag as attributes, loaded on first use:
    ``client.close_``,
    ``client.import_builtins_setattr_pwned_1``,
    or called as functions from ``hostile_client.api.<tag>.<operation>``.
    """

    _env_prefix: ClassVar[str] = "HOSTILE"
    _env_token: ClassVar[str] = "HOSTILE_TOKEN"
    _env_base_url: ClassVar[str] = "HOSTILE_BASE_URL"
    _token_used: ClassVar[bool] = True
    _default_base_url: ClassVar[str] = "https://host.example/\"+__import__('builtins').__setattr__('PWNED',1)+\""
    _user_agent: ClassVar[str] = "hostile_client/1.0"
    _security_schemes: ClassVar[dict[str, SecurityScheme]] = _SECURITY_SCHEMES

    @cached_property
    def close_(self) -> "CloseResource":
        """The ``close_`` operations."""
        from .api.close_._resource import CloseResource

        return CloseResource(self)

    @cached_property
    def import_builtins_setattr_pwned_1(self) -> "ImportBuiltinsSetattrPwned1Resource":
        """The ``import_builtins_setattr_pwned_1`` operations."""
        from .api.import_builtins_setattr_pwned_1._resource import ImportBuiltinsSetattrPwned1Resource

        return ImportBuiltinsSetattrPwned1Resource(self)


class AsyncClient(AsyncAPIClient):
    """Asynchronous client for Hostile \"\"\" API.

    Use it as a context manager (``async with AsyncClient() as client:``) or call
    ``await client.aclose()`` when done. Settings not passed fall back to the environment:
    ``HOSTILE_BASE_URL`` (default ``https://host.example/"+__import__('builtins').__setattr__('PWNED',1)+"``) and ``HOSTILE_TOKEN``.
    The token is sent as 'Authorization: Bearer <token>'.

    Operations are grouped by tag as attributes, loaded on first use:
    ``client.close_``,
    ``client.import_builtins_setattr_pwned_1``,
    or called as functions from ``hostile_client.aio.<tag>.<operation>``.
    """

    _env_prefix: ClassVar[str] = "HOSTILE"
    _env_token: ClassVar[str] = "HOSTILE_TOKEN"
    _env_base_url: ClassVar[str] = "HOSTILE_BASE_URL"
    _token_used: ClassVar[bool] = True
    _default_base_url: ClassVar[str] = "https://host.example/\"+__import__('builtins').__setattr__('PWNED',1)+\""
    _user_agent: ClassVar[str] = "hostile_client/1.0"
    _security_schemes: ClassVar[dict[str, SecurityScheme]] = _SECURITY_SCHEMES

    @cached_property
    def close_(self) -> "AsyncCloseResource":
        """The ``close_`` operations."""
        from .aio.close_._resource import AsyncCloseResource

        return AsyncCloseResource(self)

    @cached_property
    def import_builtins_setattr_pwned_1(self) -> "AsyncImportBuiltinsSetattrPwned1Resource":
        """The ``import_builtins_setattr_pwned_1`` operations."""
        from .aio.import_builtins_setattr_pwned_1._resource import AsyncImportBuiltinsSetattrPwned1Resource

        return AsyncImportBuiltinsSetattrPwned1Resource(self)
