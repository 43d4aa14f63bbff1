"""aiohttp's connection pool under httpx, the opt-in transport of ``AsyncClient`` for wide fan-out.

Measured in ``bench/`` (part 4), stock ``httpx.AsyncClient`` is CPU-bound under fan-out: its pool (httpcore)
rescans every connection at each request start and finish, so 100 concurrent calls cost several times more CPU
each than one at a time. aiohttp's pool does not. This module plugs aiohttp in *below* httpx, as an
``httpx.AsyncBaseTransport``: requests and responses stay ``httpx`` objects, auth, redirects, cookies, event hooks
and decoding stay httpx's, and a ``http_client=httpx.AsyncClient(...)`` of your own replaces it entirely.

It is used only when asked for: ``AsyncClient(http_transport="aiohttp")`` or ``<PREFIX>_HTTP_TRANSPORT=aiohttp``,
with aiohttp installed (``pip install <package>[speed]``); never for proxied URLs (httpx mounts its own transport
for those). Tests that mock with respx then need ``respx.mock(using="httpx")``, which intercepts any transport
(respx's default patches httpcore, under httpx's own transport only).

Safety, compared with httpx-aiohttp's transport: aiohttp's cookie jar is disabled (httpx keeps cookies; two jars
would send them twice), environment proxies are left to httpx, URLs are sent exactly as httpx encoded them, and
aiohttp errors map to the httpx error that httpcore would raise for the same failure (a dropped connection is a
``RemoteProtocolError``, not a timeout), so retries and error types do not depend on the transport.
"""

from __future__ import annotations

import os
import ssl
from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Any, Literal

import httpx2 as httpx

from .redact import redact_text

if TYPE_CHECKING:  # imported where used: importing the package does not import asyncio
    import asyncio

__all__ = ["TRANSPORTS", "AiohttpTransport", "HttpTransport", "aiohttp_available", "async_transport"]

#: What ``http_transport=`` (and ``<PREFIX>_HTTP_TRANSPORT``) accept.
HttpTransport = Literal["httpx", "aiohttp"]
TRANSPORTS: tuple[HttpTransport, ...] = ("httpx", "aiohttp")


def aiohttp_available() -> bool:
    """Whether aiohttp can be imported."""
    try:
        import aiohttp  # noqa: F401  # type: ignore[import-not-found, unused-ignore]
    except ImportError:
        return False
    return True


def chosen_transport(choice: str | None, env_prefix: str) -> tuple[str, str]:
    """The transport asked for and where it was asked: the argument, else ``<PREFIX>_HTTP_TRANSPORT``, else httpx.

    An unknown name is a ``ValueError`` that names where it came from.
    """
    source = "http_transport"
    if choice is None:
        source = f"{env_prefix}_HTTP_TRANSPORT"
        choice = os.environ.get(source, "").strip().lower() or "httpx"
    if choice not in TRANSPORTS:
        raise ValueError(f"{source}: {choice!r} is not a transport; use one of {', '.join(map(repr, TRANSPORTS))}")
    return choice, source


def async_transport(
    choice: str | None, env_prefix: str, *, verify: bool | ssl.SSLContext, limits: httpx.Limits
) -> httpx.AsyncBaseTransport | None:
    """The transport an ``AsyncClient`` creates for itself: ``None`` (httpx's own) unless aiohttp's is asked for.

    aiohttp's is opt-in, never picked because aiohttp happens to be installed: it changes what mocks see (respx's
    default mode patches httpcore, below httpx's own transport) and a program's behaviour should not depend on
    what else is in its environment.
    """
    choice, source = chosen_transport(choice, env_prefix)
    if choice == "httpx":
        return None
    if not aiohttp_available():
        raise ImportError(f"{source}: 'aiohttp' needs aiohttp installed (the package's [speed] extra)")
    return AiohttpTransport(verify=verify, limits=limits)


class AiohttpTransport(httpx.AsyncBaseTransport):
    """An ``httpx.AsyncBaseTransport`` that sends with an ``aiohttp.ClientSession`` (created in the running loop)."""

    def __init__(self, *, verify: bool | ssl.SSLContext = True, limits: httpx.Limits | None = None) -> None:
        limits = limits or httpx.Limits(max_connections=100, max_keepalive_connections=20)
        self._ssl = verify if isinstance(verify, ssl.SSLContext) else httpx.create_ssl_context(verify=verify)
        self._limit = limits.max_connections or 0
        self._keepalive = limits.keepalive_expiry if limits.keepalive_expiry is not None else 5.0
        self._session: Any = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._timeouts: dict[tuple[float | None, ...], Any] = {}

    def _get_session(self) -> Any:
        import asyncio

        import aiohttp  # type: ignore[import-not-found, unused-ignore]

        loop = asyncio.get_running_loop()
        if self._session is None or self._loop is not loop or self._session.closed:
            # A session belongs to one event loop; a client reused from another loop gets a new one.
            self._loop = loop
            connector = aiohttp.TCPConnector(limit=self._limit, keepalive_timeout=self._keepalive, ssl=self._ssl)
            self._session = aiohttp.ClientSession(
                connector=connector,
                cookie_jar=aiohttp.DummyCookieJar(),
                auto_decompress=False,
                trust_env=False,
                skip_auto_headers=("User-Agent", "Accept-Encoding", "Accept"),
                max_line_size=65536,
                max_field_size=65536,
            )
        return self._session

    def _timeout(self, request: httpx.Request) -> Any:
        import aiohttp  # type: ignore[import-not-found, unused-ignore]

        timeout = request.extensions.get("timeout") or {}
        key = (timeout.get("connect"), timeout.get("read"), timeout.get("pool"))
        cached = self._timeouts.get(key)
        if cached is None:
            connect, read, pool = key
            # aiohttp's "connect" covers waiting for a pooled connection and opening one: httpx's pool + connect.
            total_connect = None if pool is None or connect is None else pool + connect
            cached = aiohttp.ClientTimeout(total=None, connect=total_connect, sock_connect=connect, sock_read=read)
            if len(self._timeouts) < 64:
                self._timeouts[key] = cached
        return cached

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send ``request`` and return the response with its body unread (httpx reads or streams it)."""
        import yarl  # type: ignore[import-not-found, unused-ignore]

        session = self._get_session()
        headers = [(key.decode("latin-1"), value.decode("latin-1")) for key, value in request.headers.raw]
        data: Any
        try:
            data = request.content or None
        except httpx.RequestNotRead:  # a streamed body: aiohttp chunks it itself
            data = _aiter_request(request)
            headers = [(key, value) for key, value in headers if key.lower() != "transfer-encoding"]
        url = request.url
        if url.userinfo:  # httpx has made it an Authorization header; aiohttp refuses both (and must not log it)
            url = url.copy_with(userinfo=b"")
        try:
            response = await session.request(
                request.method,
                yarl.URL(str(url), encoded=True),
                headers=headers,
                data=data,
                allow_redirects=False,
                compress=None,
                timeout=self._timeout(request),
                server_hostname=request.extensions.get("sni_hostname"),
            )
        except Exception as exc:  # mapped to httpx's errors; anything else propagates unchanged
            mapped = _map_error(exc, request)
            if mapped is exc:
                raise
            raise mapped from None  # aiohttp's error shows the URL in clear: not chained (the message says it all)
        return httpx.Response(
            status_code=response.status,
            headers=list(response.raw_headers),
            stream=_ResponseStream(response, request),
            extensions={"http_version": b"HTTP/1.1", "reason_phrase": (response.reason or "").encode("latin-1")},
        )

    async def aclose(self) -> None:
        """Close the aiohttp session and its connections."""
        session, self._session = self._session, None
        if session is not None and not session.closed:
            await session.close()


class _ResponseStream(httpx.AsyncByteStream):
    def __init__(self, response: Any, request: httpx.Request) -> None:
        self._response = response
        self._request = request

    async def __aiter__(self) -> AsyncIterator[bytes]:
        try:
            async for chunk in self._response.content.iter_any():
                yield chunk
        except Exception as exc:
            mapped = _map_error(exc, self._request)
            if mapped is exc:
                raise
            raise mapped from None  # as above

    async def aclose(self) -> None:
        self._response.release()


async def _aiter_request(request: httpx.Request) -> AsyncIterator[bytes]:
    stream = request.stream
    if isinstance(stream, httpx.AsyncByteStream):
        async for chunk in stream:
            yield chunk
    else:
        for chunk in stream:
            yield chunk


def _map_error(exc: Exception, request: httpx.Request) -> Exception:
    """The httpx error httpcore would raise for the same failure; non-aiohttp errors come back unchanged."""
    import asyncio

    import aiohttp  # type: ignore[import-not-found, unused-ignore]

    # aiohttp puts the whole URL, query string included, in its messages: redacted (an API key may be there).
    message = redact_text(str(exc) or type(exc).__name__)
    mapped: type[httpx.TransportError]
    if isinstance(exc, aiohttp.ConnectionTimeoutError):
        mapped = httpx.ConnectTimeout
    elif isinstance(exc, aiohttp.ServerTimeoutError | asyncio.TimeoutError):
        mapped = httpx.ReadTimeout
    elif isinstance(exc, aiohttp.ClientConnectorError):
        mapped = httpx.ConnectError
    elif isinstance(exc, aiohttp.ServerDisconnectedError | aiohttp.ClientResponseError):
        mapped = httpx.RemoteProtocolError
    elif isinstance(exc, aiohttp.ClientPayloadError):
        mapped = httpx.ReadError
    elif isinstance(exc, aiohttp.ClientOSError):
        mapped = httpx.NetworkError
    elif isinstance(exc, aiohttp.ClientError):
        mapped = httpx.TransportError
    else:
        return exc
    return mapped(message, request=request)
