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
from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable
from typing import TYPE_CHECKING, Any, Generic, Literal, TypeVar

import httpx2 as httpx

from .redact import redact_text

if TYPE_CHECKING:  # imported where used: importing the package does not import asyncio
    import asyncio

__all__ = [
    "TRANSPORTS",
    "AiohttpTransport",
    "HttpTransport",
    "LoopLocal",
    "PerLoopTransport",
    "aiohttp_available",
    "async_transport",
]

R = TypeVar("R")
#: aiohttp's writer waits for the socket only above the transport's high-water mark (64 KiB): a smaller body
#: cannot stall, so it is sent as it is, without a write deadline.
_WRITE_CHUNK = 64 * 1024

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
) -> httpx.AsyncBaseTransport:
    """The transport an ``AsyncClient`` creates for itself: httpx's own unless aiohttp's is asked for.

    Either way one connection pool per event loop: httpx's own pool, reused from a second ``asyncio.run``, fails
    with ``RuntimeError: Event loop is closed`` on the connections the first loop opened.

    aiohttp's is opt-in, never picked because aiohttp happens to be installed: it changes what mocks see (respx's
    default mode patches httpcore, below httpx's own transport) and a program's behaviour should not depend on
    what else is in its environment.
    """
    choice, source = chosen_transport(choice, env_prefix)
    if choice == "httpx":
        return PerLoopTransport(lambda: httpx.AsyncHTTPTransport(verify=verify, limits=limits))
    if not aiohttp_available():
        raise ImportError(f"{source}: 'aiohttp' needs aiohttp installed (the package's [speed] extra)")
    return AiohttpTransport(verify=verify, limits=limits)


class LoopLocal(Generic[R]):
    """One resource per event loop (a connection pool, a session), closed with its loop or by :meth:`aclose`.

    Connections belong to the loop that opened them: a client used from a second ``asyncio.run`` must not reuse
    them, nor leave them open. Each loop gets its own resource, and a guard (an async generator started in that
    loop) closes it when the loop shuts down: ``asyncio.run`` and ``asyncio.Runner`` finalise async generators
    while the loop still runs. :meth:`aclose` closes them all.
    """

    def __init__(self, make: Callable[[], R], close: Callable[[R], Awaitable[None]]) -> None:
        self._make = make
        self._close = close
        self._by_loop: dict[asyncio.AbstractEventLoop, tuple[R, AsyncGenerator[None, None]]] = {}
        #: The resource of the loop that used this last (for inspection).
        self.current: R | None = None

    async def get(self) -> R:
        """The running loop's resource, made on first use in that loop."""
        import asyncio

        loop = asyncio.get_running_loop()
        entry = self._by_loop.get(loop)
        if entry is None:
            for finished in [other for other in list(self._by_loop) if other.is_closed()]:
                self._by_loop.pop(finished, None)  # closed by its guard when its loop shut down
            resource = self._make()
            guard = self._guard(resource)
            entry = self._by_loop[loop] = (resource, guard)
            await guard.__anext__()
        self.current = entry[0]
        return entry[0]

    async def _guard(self, resource: R) -> AsyncGenerator[None, None]:
        try:
            yield
        finally:
            await self._close(resource)

    async def aclose(self) -> None:
        """Close the resource of every loop: this one's now, a running loop's in that loop."""
        import asyncio

        running = asyncio.get_running_loop()
        entries, self._by_loop = self._by_loop, {}
        self.current = None
        for loop, (_, guard) in entries.items():
            if loop is running:
                await guard.aclose()
            elif loop.is_running():
                asyncio.run_coroutine_threadsafe(_finish(guard), loop)
            # A loop that is closed closed its resource as it shut down; an idle one does when the guard is collected.


async def _finish(guard: AsyncGenerator[None, None]) -> None:
    await guard.aclose()


class PerLoopTransport(httpx.AsyncBaseTransport):
    """httpx's own transport (or any other), one instance per event loop, all closed by :meth:`aclose`."""

    def __init__(self, make: Callable[[], httpx.AsyncBaseTransport]) -> None:
        self._transports: LoopLocal[httpx.AsyncBaseTransport] = LoopLocal(make, _close_transport)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send ``request`` with the running loop's transport."""
        transport = await self._transports.get()
        return await transport.handle_async_request(request)

    async def aclose(self) -> None:
        """Close the transport of every loop that used this one."""
        await self._transports.aclose()


async def _close_transport(transport: httpx.AsyncBaseTransport) -> None:
    await transport.aclose()


class AiohttpTransport(httpx.AsyncBaseTransport):
    """An ``httpx.AsyncBaseTransport`` that sends with an ``aiohttp.ClientSession``, one per event loop."""

    def __init__(self, *, verify: bool | ssl.SSLContext = True, limits: httpx.Limits | None = None) -> None:
        limits = limits or httpx.Limits(max_connections=100, max_keepalive_connections=20)
        self._ssl = verify if isinstance(verify, ssl.SSLContext) else httpx.create_ssl_context(verify=verify)
        self._limit = limits.max_connections or 0
        self._keepalive = limits.keepalive_expiry if limits.keepalive_expiry is not None else 5.0
        self._sessions: LoopLocal[Any] = LoopLocal(self._new_session, _close_session)
        self._timeouts: dict[tuple[float | None, ...], Any] = {}

    @property
    def _session(self) -> Any:
        """The session of the loop that sent last (``None`` before the first request and after ``aclose``)."""
        return self._sessions.current

    def _new_session(self) -> Any:
        import aiohttp  # type: ignore[import-not-found, unused-ignore]

        connector = aiohttp.TCPConnector(limit=self._limit, keepalive_timeout=self._keepalive, ssl=self._ssl)
        return aiohttp.ClientSession(
            connector=connector,
            cookie_jar=aiohttp.DummyCookieJar(),
            auto_decompress=False,
            trust_env=False,
            # Headers come from httpx only: aiohttp would add Content-Type: application/octet-stream to a POST
            # without a body, which httpx does not send.
            skip_auto_headers=("User-Agent", "Accept-Encoding", "Accept", "Content-Type"),
            max_line_size=65536,
            max_field_size=65536,
        )

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
        import asyncio

        import yarl  # type: ignore[import-not-found, unused-ignore]

        session = await self._sessions.get()
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
        write = (request.extensions.get("timeout") or {}).get("write")
        deadline = None
        if write is not None and data is not None and not (isinstance(data, bytes) and len(data) <= _WRITE_CHUNK):
            # aiohttp has no write timeout: the body is fed chunk by chunk, each under a fresh deadline.
            deadline = _WriteDeadline(write)
            data = deadline.feed(_chunks(data) if isinstance(data, bytes) else data)
        try:
            async with asyncio.timeout(None) as timer:
                if deadline is not None:
                    deadline.timer = timer
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
                finally:
                    if deadline is not None:
                        deadline.timer = None
        except TimeoutError as exc:
            if timer.expired():
                raise httpx.WriteTimeout("timed out writing the request body", request=request) from exc
            raise _map_error(exc, request) from None
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
        """Close the aiohttp session of every loop that used this transport, and their connections."""
        await self._sessions.aclose()


async def _close_session(session: Any) -> None:
    if not session.closed:
        await session.close()


class _WriteDeadline:
    """A write timeout for aiohttp: re-armed before each chunk of the body, disarmed once it is all written."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.timer: asyncio.Timeout | None = None  # set while the request is being sent

    async def feed(self, chunks: AsyncIterator[bytes]) -> AsyncIterator[bytes]:
        import asyncio

        loop = asyncio.get_running_loop()
        async for chunk in chunks:  # producing a chunk is not writing: a slow producer is not timed out
            if self.timer is not None:
                self.timer.reschedule(loop.time() + self.seconds)
            yield chunk  # aiohttp writes it and waits for the socket before asking for the next one
            if self.timer is not None:
                self.timer.reschedule(None)


async def _chunks(body: bytes) -> AsyncIterator[bytes]:
    view = memoryview(body)
    for start in range(0, len(view), _WRITE_CHUNK):
        yield bytes(view[start : start + _WRITE_CHUNK])


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
    elif isinstance(exc, aiohttp.ServerDisconnectedError | aiohttp.ClientResponseError | aiohttp.ClientPayloadError):
        # ClientPayloadError: the body ended early or its framing is broken, where httpcore says "peer closed
        # connection without sending complete message body" (a RemoteProtocolError).
        mapped = httpx.RemoteProtocolError
    elif isinstance(exc, aiohttp.ClientOSError):
        mapped = httpx.NetworkError
    elif isinstance(exc, aiohttp.ClientError):
        mapped = httpx.TransportError
    else:
        return exc
    return mapped(message, request=request)
