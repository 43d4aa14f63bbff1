"""A what-if for part 4a: httpx2's async pool with O(1) bookkeeping per request. A measuring device, never shipped.

httpcore2 2.17's ``AsyncConnectionPool`` runs ``_assign_requests_to_connections`` when a request starts and when
its response is closed, and each pass walks every pooled connection (``is_closed``, ``is_connected``,
``has_expired``, ``is_idle``, ``is_available``, each through the connection wrapper): about 100 µs per pass at 100
connections, two passes per request. Upstream is replacing that scan with state kept incrementally
(pydantic/httpx2 pull request #1169, open at the time of writing). This module answers "what would part 4a give
once it lands?" by swapping a running transport's pool for :class:`WhatIfPool`, which keeps a FIFO of queued
requests and a FIFO of idle connections (oldest first) and so touches O(1) connections per request.

It covers what the benchmark exercises and no more: HTTP/1.1, keep-alive limits, expiry checked when an idle
connection is taken, a pool timeout, cancellation. No HTTP/2, no proxies, no thread safety. Use only through
:func:`install` on a benchmark client; the generated packages use httpx2's own pool, unchanged.
"""

from __future__ import annotations

from collections import deque
from typing import Any

import httpcore2
from httpcore2._async.connection_pool import AsyncPoolRequest
from httpcore2._exceptions import ConnectionNotAvailable


class WhatIfPool(httpcore2.AsyncConnectionPool):
    """httpcore2's pool with a queue of requests and a queue of idle connections instead of a scan per pass."""

    def _setup(self) -> None:
        self._queued: deque[AsyncPoolRequest] = deque()
        self._idle: deque[Any] = deque()
        self._open: set[Any] = set()

    @property
    def connections(self) -> list[Any]:
        return list(self._open)

    def _assign(self) -> list[Any]:
        """Give queued requests an idle connection (oldest first) or a new one while the limit allows."""
        closing = []
        while self._queued:
            connection = None
            while self._idle:
                candidate = self._idle.popleft()
                if candidate.is_closed():
                    self._open.discard(candidate)
                elif candidate.has_expired():
                    self._open.discard(candidate)
                    closing.append(candidate)
                else:
                    connection = candidate
                    break
            if connection is None:
                if len(self._open) >= self._max_connections:
                    break
                connection = self.create_connection(self._queued[0].request.url.origin)
                self._open.add(connection)
            self._queued.popleft().assign_to_connection(connection)
        return closing

    def _release(self, connection: Any) -> list[Any]:
        """A response was closed (or a request gave up its connection): keep, drop or close it, then assign."""
        closing = []
        if connection is not None and connection in self._open:
            if connection.is_idle() and len(self._idle) < self._max_keepalive_connections:
                self._idle.append(connection)
            elif connection.is_idle() or connection.is_closed() or not connection.is_connected():
                self._open.discard(connection)
                closing.append(connection)
        return closing + self._assign()

    async def handle_async_request(self, request: httpcore2.Request) -> httpcore2.Response:
        timeout = request.extensions.get("timeout", {}).get("pool")
        pool_request = AsyncPoolRequest(request)
        self._queued.append(pool_request)
        try:
            while True:
                await self._close_connections(self._assign())
                connection = await pool_request.wait_for_connection(timeout=timeout)
                try:
                    response = await connection.handle_async_request(request)
                except ConnectionNotAvailable:
                    pool_request.clear_connection()
                    self._queued.appendleft(pool_request)
                else:
                    break
        except BaseException:
            if pool_request in self._queued:
                self._queued.remove(pool_request)
            await self._close_connections(self._release(pool_request.connection))
            raise
        stream = _Stream(response.stream, pool_request, self)
        return httpcore2.Response(
            status=response.status, headers=response.headers, content=stream, extensions=response.extensions
        )

    async def aclose(self) -> None:
        closing = list(self._open)
        self._open.clear()
        self._idle.clear()
        await self._close_connections(closing)


class _Stream:
    """The response body; closing it hands the connection back to the pool."""

    def __init__(self, stream: Any, pool_request: AsyncPoolRequest, pool: WhatIfPool) -> None:
        self._stream, self._pool_request, self._pool, self._closed = stream, pool_request, pool, False

    def __aiter__(self) -> Any:
        return self._stream.__aiter__()

    async def aclose(self) -> None:
        if not self._closed:
            self._closed = True
            await self._stream.aclose()
            await self._pool._close_connections(self._pool._release(self._pool_request.connection))


def install(http: Any) -> None:
    """Make an ``httpx2.AsyncClient`` (before its first request) send through a :class:`WhatIfPool`.

    A generated client's transport makes one httpx2 transport per event loop: its factory is wrapped instead."""
    transport = http._transport
    if hasattr(transport, "_transports"):  # the generated runtime's PerLoopTransport
        loop_local = transport._transports
        make = loop_local._make

        def make_what_if() -> Any:
            made = make()
            _swap(made)
            return made

        loop_local._make = make_what_if
    else:
        _swap(transport)


def _swap(transport: Any) -> None:
    pool = transport._pool
    assert not pool.connections, "install the what-if pool before the first request"
    what_if = WhatIfPool.__new__(WhatIfPool)
    what_if.__dict__.update(pool.__dict__)
    what_if._setup()
    transport._pool = what_if
