"""Client-side rate limiting: a token bucket with a concurrency cap, adaptive (AIMD) on 429.

The bucket arithmetic (:class:`TokenBucket`) is pure and shared. :class:`RateLimiter` drives it for threads
(``threading.Lock``, ``time.sleep``); :class:`AsyncRateLimiter` drives it for one event loop (``asyncio.Lock``,
``asyncio.sleep``). Off by default: pass ``rate_limit=RateLimit(...)`` to a client.

Adaptive mode: a 429 halves the rate for every caller sharing the client (never below ``min_rate``); each success
adds back ``recovery`` requests/second until the configured rate is reached again. A batch of thousands of calls
therefore slows down instead of hammering the server.
"""

from __future__ import annotations

import contextlib
import threading
import time
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
            isinstance(self.max_concurrency, bool)
            or not isinstance(self.max_concurrency, int)
            or self.max_concurrency < 1
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


class RateLimiter:
    """The limiter of a sync client: safe to share between threads."""

    def __init__(self, settings: RateLimit) -> None:
        self.settings = settings
        self._bucket = _bucket(settings)
        self._lock = threading.Lock()
        self._slots = threading.BoundedSemaphore(settings.max_concurrency) if settings.max_concurrency else None

    @property
    def rate(self) -> float | None:
        """The current rate in requests per second (lower than configured after 429s in adaptive mode)."""
        return self._bucket.rate if self._bucket else None

    @contextlib.contextmanager
    def slot(self) -> Iterator[None]:
        """Hold a concurrency slot and wait for a token, for the duration of one request."""
        if self._slots is not None:
            self._slots.acquire()
        try:
            if self._bucket is not None:
                with self._lock:
                    wait = self._bucket.reserve(time.monotonic())
                if wait > 0:
                    time.sleep(wait)
            yield
        finally:
            if self._slots is not None:
                self._slots.release()

    def feedback(self, status_code: int) -> None:
        """Tell the limiter how a request went (adaptive mode)."""
        if self._bucket is None or not self.settings.adaptive:
            return
        with self._lock:
            if status_code == 429:
                self._bucket.on_throttled()
            elif status_code < 400:
                self._bucket.on_success()


class AsyncRateLimiter:
    """The limiter of an async client. Its locks are created lazily, in the loop that first uses them."""

    def __init__(self, settings: RateLimit) -> None:
        self.settings = settings
        self._bucket = _bucket(settings)
        self._slots: asyncio.Semaphore | None = None

    @property
    def rate(self) -> float | None:
        """The current rate in requests per second (lower than configured after 429s in adaptive mode)."""
        return self._bucket.rate if self._bucket else None

    @contextlib.asynccontextmanager
    async def slot(self) -> AsyncIterator[None]:
        """Hold a concurrency slot and wait for a token, for the duration of one request."""
        if self.settings.max_concurrency and self._slots is None:
            import asyncio

            self._slots = asyncio.Semaphore(self.settings.max_concurrency)
        if self._slots is not None:
            await self._slots.acquire()
        try:
            if self._bucket is not None:
                # One event loop, no await between read and update: no lock needed around the arithmetic.
                wait = self._bucket.reserve(time.monotonic())
                if wait > 0:
                    import asyncio

                    await asyncio.sleep(wait)
            yield
        finally:
            if self._slots is not None:
                self._slots.release()

    def feedback(self, status_code: int) -> None:
        """Tell the limiter how a request went (adaptive mode)."""
        if self._bucket is None or not self.settings.adaptive:
            return
        if status_code == 429:
            self._bucket.on_throttled()
        elif status_code < 400:
            self._bucket.on_success()
