"""The client machinery: ``BaseClient`` does everything that needs no I/O; the two subclasses only send.

Like httpx's own ``BaseClient``/``Client``/``AsyncClient``: settings, request preparation, credentials, error
mapping and decoding are written once here, and ``SyncAPIClient``/``AsyncAPIClient`` are thin, mirror-like shells
around ``httpx.Client`` and ``httpx.AsyncClient``. The sync client is truly synchronous: no event loop anywhere.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Callable, Mapping
from types import TracebackType
from typing import Any, ClassVar, Generic, Self, TypeVar

import httpx

from .auth import SecurityScheme, apply_credentials
from .errors import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    ResponseDecodingError,
    error_for_response,
)
from .operation import Operation
from .response import Response

__all__ = [
    "DEFAULT_LIMITS",
    "DEFAULT_TIMEOUT",
    "NOT_GIVEN",
    "AsyncAPIClient",
    "BaseClient",
    "NotGiven",
    "SyncAPIClient",
]

T = TypeVar("T")
_HttpxClientT = TypeVar("_HttpxClientT", httpx.Client, httpx.AsyncClient)

#: 60 s to read a response, 5 s to connect: long enough for slow queries, short enough to notice a dead host.
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=5.0)
#: Up to 100 connections, 20 kept alive between calls.
DEFAULT_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=20)

#: What a malformed body raises inside a generated ``parse_response``; turned into ``ResponseDecodingError``.
_DECODING_ERRORS = (KeyError, TypeError, ValueError, AttributeError, IndexError, RecursionError)


class NotGiven:
    """The type of ``NOT_GIVEN``: an argument left out, distinct from ``None`` (``timeout=None`` means no timeout)."""

    def __bool__(self) -> bool:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN = NotGiven()


class BaseClient(Generic[_HttpxClientT]):
    """Settings and every step of a call that does no I/O. Subclasses bind it to an API and to sync or async."""

    # Set by the generated subclass from the spec.
    _env_prefix: ClassVar[str] = ""
    _default_base_url: ClassVar[str] = ""
    _user_agent: ClassVar[str] = "openapi-client"
    _security_schemes: ClassVar[dict[str, SecurityScheme]] = {}

    _http: _HttpxClientT

    def __init__(
        self,
        *,
        base_url: str | httpx.URL | None,
        token: str | None,
        timeout: float | httpx.Timeout | None | NotGiven,
        headers: Mapping[str, str] | None,
    ) -> None:
        self.base_url = self._resolve_base_url(base_url)
        self._base_path = self.base_url.raw_path.rstrip(b"/")  # "/v1" or b"": operation paths start with "/"
        self.token = token if token is not None else os.environ.get(f"{self._env_prefix}_TOKEN") or None
        self.timeout = self._resolve_timeout(timeout)
        self.headers: dict[str, str] = {"User-Agent": self._user_agent, **(headers or {})}

    def __repr__(self) -> str:
        # The token is never shown: reprs end up in logs and tracebacks.
        token = "<set>" if self.token else None
        return f"{type(self).__name__}(base_url={str(self.base_url)!r}, token={token!r})"

    @classmethod
    def _resolve_base_url(cls, base_url: str | httpx.URL | None) -> httpx.URL:
        raw = (
            base_url if base_url is not None else os.environ.get(f"{cls._env_prefix}_BASE_URL") or cls._default_base_url
        )
        if not raw:
            raise ValueError(f"base_url: no URL given, and {cls._env_prefix}_BASE_URL is not set")
        try:
            url = httpx.URL(str(raw))
        except httpx.InvalidURL as exc:
            raise ValueError(f"base_url: {raw!r} is not a valid URL ({exc})") from None
        if url.scheme not in ("http", "https") or not url.host:
            raise ValueError(f"base_url: {raw!r} must be an absolute http:// or https:// URL")
        return url.copy_with(query=None, fragment=None)

    @staticmethod
    def _resolve_timeout(timeout: float | httpx.Timeout | None | NotGiven) -> httpx.Timeout:
        if isinstance(timeout, NotGiven):
            return DEFAULT_TIMEOUT
        if isinstance(timeout, httpx.Timeout):
            return timeout
        if timeout is None:
            return httpx.Timeout(None)
        if isinstance(timeout, bool) or not isinstance(timeout, int | float) or timeout <= 0:
            raise ValueError(
                f"timeout: expected a positive number of seconds, an httpx.Timeout or None, got {timeout!r}"
            )
        return httpx.Timeout(float(timeout), connect=min(float(timeout), DEFAULT_TIMEOUT.connect or float(timeout)))

    def _build_request(self, request: Mapping[str, Any], operation: Operation) -> httpx.Request:
        """Turn a generated ``build_request`` result into an ``httpx.Request``, with defaults and credentials."""
        headers: dict[str, str] = {**self.headers, **request.get("headers", {})}
        params: dict[str, Any] = dict(request.get("params", {}))
        cookies: dict[str, str] = {str(key): str(value) for key, value in request.get("cookies", {}).items()}
        if operation.security and self.token:
            apply_credentials(self.token, operation.security, self._security_schemes, headers, params, cookies)
        if cookies:
            # One Cookie header per request: httpx deprecates per-request ``cookies=``.
            headers["Cookie"] = "; ".join(f"{key}={value}" for key, value in cookies.items())
        url = self.base_url.copy_with(raw_path=self._base_path + request["url"].encode("ascii"))
        return self._http.build_request(
            request["method"],
            url,
            params=params or None,
            headers=headers,
            json=request.get("json"),
            content=self._content(request.get("content")),
            data=request.get("data"),
            files=request.get("files"),
            timeout=self.timeout,
        )

    def _content(self, content: Any) -> Any:
        """Adapt a raw request body for this twin's httpx client (the sync twin sends it as it is)."""
        return content

    @staticmethod
    def _transport_error(exc: httpx.TransportError, request: httpx.Request) -> APIConnectionError:
        """The typed error for a failure to send or receive."""
        where = f"{request.method} {request.url.copy_with(query=None)}"
        if isinstance(exc, httpx.TimeoutException):
            return APITimeoutError(f"Request timed out: {where} ({type(exc).__name__})", request=request)
        return APIConnectionError(f"Connection error: {where} ({type(exc).__name__}: {exc})", request=request)

    @staticmethod
    def _process_response(
        response: httpx.Response,
        operation: Operation,
        parse: Callable[[httpx.Response], T],
        retries_taken: int = 0,
    ) -> Response[T]:
        """Raise the typed error for an error status, or parse the body; a malformed body is a decoding error."""
        if response.status_code >= 400:
            raise error_for_response(response)
        try:
            parsed = parse(response)
        except APIError:
            raise
        except _DECODING_ERRORS as exc:
            raise ResponseDecodingError(
                f"{operation.name}: the {response.status_code} response does not match the spec "
                f"({type(exc).__name__}: {exc})",
                response=response,
            ) from exc
        return Response(
            status_code=response.status_code,
            headers=response.headers,
            parsed=parsed,
            raw=response,
            retries_taken=retries_taken,
        )


class SyncAPIClient(BaseClient[httpx.Client]):
    """The synchronous shell: sends with ``httpx.Client``."""

    def __init__(
        self,
        *,
        base_url: str | httpx.URL | None = None,
        token: str | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        headers: Mapping[str, str] | None = None,
        limits: httpx.Limits = DEFAULT_LIMITS,
        http_client: httpx.Client | None = None,
    ) -> None:
        """Create a client.

        Args:
            base_url: The API's root URL; defaults to ``<PREFIX>_BASE_URL``, then to the spec's first server.
            token: The credential; defaults to ``<PREFIX>_TOKEN``. Sent only to operations that require it.
            timeout: Seconds, an ``httpx.Timeout``, or ``None`` for no timeout. Default: 60 s, 5 s to connect.
            headers: Headers sent with every request.
            limits: Connection pool limits of the ``httpx.Client`` this creates.
            http_client: An ``httpx.Client`` of your own (proxies, transports, hooks). You keep ownership: closing
                this client does not close it.
        """
        super().__init__(base_url=base_url, token=token, timeout=timeout, headers=headers)
        self._owns_http = http_client is None
        self._http = http_client if http_client is not None else httpx.Client(timeout=self.timeout, limits=limits)

    def _execute(
        self, request: Mapping[str, Any], operation: Operation, parse: Callable[[httpx.Response], T]
    ) -> Response[T]:
        """Send one operation's request and return its parsed response, or raise a typed error."""
        http_request = self._build_request(request, operation)
        try:
            response = self._http.send(http_request)
        except httpx.TransportError as exc:
            raise self._transport_error(exc, http_request) from exc
        return self._process_response(response, operation, parse)

    def close(self) -> None:
        """Close the connection pool (unless the ``httpx.Client`` was passed in)."""
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class AsyncAPIClient(BaseClient[httpx.AsyncClient]):
    """The asynchronous shell: sends with ``httpx.AsyncClient``."""

    def __init__(
        self,
        *,
        base_url: str | httpx.URL | None = None,
        token: str | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        headers: Mapping[str, str] | None = None,
        limits: httpx.Limits = DEFAULT_LIMITS,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        """Create a client.

        Args:
            base_url: The API's root URL; defaults to ``<PREFIX>_BASE_URL``, then to the spec's first server.
            token: The credential; defaults to ``<PREFIX>_TOKEN``. Sent only to operations that require it.
            timeout: Seconds, an ``httpx.Timeout``, or ``None`` for no timeout. Default: 60 s, 5 s to connect.
            headers: Headers sent with every request.
            limits: Connection pool limits of the ``httpx.AsyncClient`` this creates.
            http_client: An ``httpx.AsyncClient`` of your own (proxies, transports, hooks). You keep ownership:
                closing this client does not close it.
        """
        super().__init__(base_url=base_url, token=token, timeout=timeout, headers=headers)
        self._owns_http = http_client is None
        self._http = http_client if http_client is not None else httpx.AsyncClient(timeout=self.timeout, limits=limits)

    def _content(self, content: Any) -> Any:
        """A file object becomes an async stream of chunks: ``httpx.AsyncClient`` refuses sync streams."""
        if content is not None and hasattr(content, "read") and not hasattr(content, "__aiter__"):
            return _read_chunks(content)
        return content

    async def _execute(
        self, request: Mapping[str, Any], operation: Operation, parse: Callable[[httpx.Response], T]
    ) -> Response[T]:
        """Send one operation's request and return its parsed response, or raise a typed error."""
        http_request = self._build_request(request, operation)
        try:
            response = await self._http.send(http_request)
        except httpx.TransportError as exc:
            raise self._transport_error(exc, http_request) from exc
        return self._process_response(response, operation, parse)

    async def aclose(self) -> None:
        """Close the connection pool (unless the ``httpx.AsyncClient`` was passed in)."""
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()


async def _read_chunks(file: Any, size: int = 64 * 1024) -> AsyncIterator[bytes]:
    """Yield a binary file object's bytes in chunks, for an async request body."""
    while chunk := file.read(size):
        yield chunk if isinstance(chunk, bytes) else str(chunk).encode()
