"""Client-side rate limiting: a token bucket with a concurrency cap, adaptive (AIMD) on 429.

The bucket arithmetic (:class:`TokenBucket`) is pure and shared. :class:`RateLimiter` drives it for threads
(``threading.Lock``, ``time.sleep``); :class:`AsyncRateLimiter` drives it for one event loop (``asyncio.Lock``,
``asyncio.sleep``), with one concurrency semaphore per event loop, so that a client used from several
``asyncio.run`` calls (or loops in several threads) works in each. Off by default: pass ``rate_limit=RateLimit(...)`` to a client.

Adaptive mode: a 429 halves the rate for every caller sharing the client (never below ``min_rate``); each success
adds back ``recovery`` requests/second until the configured rate is reached again. A batch of thousands of calls
therefore slows down instead of hammering the server.
"""

from __future__ import annotations

import contextlib
import threading
import time
import weakref
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported where used: a sync-only program never imports asyncio
    import asyncio

__all__ = ["AsyncRateLimiter", "RateLimit", "RateLimiter", "TokenBucket"]


@dataclass(frozen=True)
class RateLimit:
    """Settings: ``requests_per_second`` (None = no rate cap), ``max_concurrency`` (None = no cap), ``adaptive``."""

    requests_per_second: float | None = None
    max_concurrency: int | None = None
    burst: float | None = None
    adaptive: bool = True
    min_rate: float = 0.5
    recovery: float = 0.1

    def __post_init__(self) -> None:
        if self.requests_per_second is not None and not self.requests_per_second > 0:
            raise ValueError(f"requests_per_second: expected a positive number, got {self.requests_per_second!r}")
        if self.max_concurrency is not None and (
            isinstance(self.max_concurrency, bool) or not isinstance(self.max_concurrency, int) or self.max_concurrency < 1
        ):
            raise ValueError(f"max_concurrency: expected a whole number >= 1, got {self.max_concurrency!r}")
        if self.burst is not None and not self.burst >= 1:
            raise ValueError(f"burst: expected a number >= 1, got {self.burst!r}")


class TokenBucket:
    """Token-bucket arithmetic; not thread-safe by itself (the drivers hold a lock around it)."""

    def __init__(self, rate: float, burst: float, *, min_rate: float, recovery: float, now: float) -> None:
        self.max_rate = rate
        self.rate = rate
        self.burst = burst
        self.min_rate = min(min_rate, rate)
        self.recovery = recovery
        self.tokens = burst
        self.updated = now

    def reserve(self, now: float) -> float:
        """Take one token; return how long the caller must wait before sending (0 when one was available)."""
        self.tokens = min(self.burst, self.tokens + (now - self.updated) * self.rate)
        self.updated = now
        self.tokens -= 1.0
        return 0.0 if self.tokens >= 0 else -self.tokens / self.rate

    def on_throttled(self) -> None:
        """Multiplicative decrease after a 429."""
        self.rate = max(self.min_rate, self.rate / 2.0)

    def on_success(self) -> None:
        """Additive increase after a success, up to the configured rate."""
        if self.rate < self.max_rate:
            self.rate = min(self.max_rate, self.rate + self.recovery)


def _bucket(settings: RateLimit) -> TokenBucket | None:
    if settings.requests_per_second is None:
        return None
    rate = settings.requests_per_second
    burst = settings.burst if settings.burst is not None else max(1.0, rate)
    return TokenBucket(rate, burst, min_rate=settings.min_rate, recovery=settings.recovery, now=time.monotonic())


class _Limiter:
    """What both drivers share: the settings, the token bucket, the lock around its arithmetic, adaptive feedback."""

    def __init__(self, settings: RateLimit) -> None:
        self.settings = settings
        self._bucket = _bucket(settings)
        # Threads (and, for the async driver, loops in several threads) share the bucket: a brief lock guards it.
        self._lock = threading.Lock()

    @property
    def rate(self) -> float | None:
        """The current rate in requests per second (lower than configured after 429s in adaptive mode)."""
        return self._bucket.rate if self._bucket else None

    def _reserve(self) -> float:
        """Take a token; the seconds to wait before sending (0 without a rate cap)."""
        if self._bucket is None:
            return 0.0
        with self._lock:
            return self._bucket.reserve(time.monotonic())

    def feedback(self, status_code: int) -> None:
        """Tell the limiter how a request went (adaptive mode)."""
        if self._bucket is None or not self.settings.adaptive:
            return
        with self._lock:
            if status_code == 429:
                self._bucket.on_throttled()
            elif status_code < 400:
                self._bucket.on_success()


class RateLimiter(_Limiter):
    """The limiter of a sync client: safe to share between threads."""

    def __init__(self, settings: RateLimit) -> None:
        super().__init__(settings)
        self._slots = threading.BoundedSemaphore(settings.max_concurrency) if settings.max_concurrency else None

    @contextlib.contextmanager
    def slot(self) -> Iterator[None]:
        """Hold a concurrency slot and wait for a token, for the duration of one request."""
        if self._slots is not None:
            self._slots.acquire()
        try:
            wait = self._reserve()
            if wait > 0:
                time.sleep(wait)
            yield
        finally:
            if self._slots is not None:
                self._slots.release()


class AsyncRateLimiter(_Limiter):
    """The limiter of an async client: one token bucket, and one concurrency semaphore per event loop.

    An ``asyncio.Semaphore`` belongs to the loop in which it first had to wait, so a single one would break the
    client in the next ``asyncio.run``; ``max_concurrency`` therefore caps the calls in flight in each loop.
    """

    def __init__(self, settings: RateLimit) -> None:
        super().__init__(settings)
        self._slots: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Semaphore] = (
            weakref.WeakKeyDictionary()
        )

    def _semaphore(self) -> asyncio.Semaphore | None:
        """The running loop's concurrency semaphore (made on first use in that loop), or None without a cap."""
        if not self.settings.max_concurrency:
            return None
        import asyncio

        loop = asyncio.get_running_loop()
        slots = self._slots.get(loop)
        if slots is None:
            with self._lock:
                slots = self._slots.setdefault(loop, asyncio.Semaphore(self.settings.max_concurrency))
        return slots

    @contextlib.asynccontextmanager
    async def slot(self) -> AsyncIterator[None]:
        """Hold a concurrency slot and wait for a token, for the duration of one request."""
        slots = self._semaphore()
        if slots is not None:
            await slots.acquire()
        try:
            wait = self._reserve()
            if wait > 0:
                import asyncio

                await asyncio.sleep(wait)
            yield
        finally:
            if slots is not None:
                slots.release()
