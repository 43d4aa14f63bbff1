"""When to retry and how long to wait. Pure: the sync and async clients each drive it with their own sleep.

Backoff for retry ``n`` (0-based): ``min(base * 2**n, max_delay) * (1 - jitter * random())``; defaults 0.5 s base,
8 s cap, 25% jitter (Stainless' formula). The server wins: ``retry-after-ms``, then ``Retry-After`` (seconds or
HTTP date) is honoured when it is at most ``max_retry_after`` (60 s); a longer wait fails fast with the 429/503
error, whose ``retry_after`` says how long the server asked for.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field

import httpx2 as httpx

from .retry_after import parse_retry_after

__all__ = ["IDEMPOTENT_METHODS", "RETRYABLE_STATUSES", "RetryDecision", "RetryPolicy"]

#: Methods that may be repeated without changing the result (RFC 9110 9.2.2).
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"})
#: Statuses worth another attempt: timeouts, rate limits and transient server failures.
RETRYABLE_STATUSES = frozenset({408, 429, 500, 502, 503, 504})


@dataclass(frozen=True, slots=True)
class RetryDecision:
    """Whether to try again, after how many seconds, and why (for the debug log)."""

    retry: bool
    delay: float = 0.0
    reason: str = ""


@dataclass(frozen=True)
class RetryPolicy:
    """The retry settings of a client or of one call."""

    max_retries: int = 2
    base_delay: float = 0.5
    max_delay: float = 8.0
    jitter: float = 0.25
    max_retry_after: float = 60.0
    statuses: frozenset[int] = RETRYABLE_STATUSES
    random: Callable[[], float] = field(default=random.random, repr=False, compare=False)

    def __post_init__(self) -> None:
        if isinstance(self.max_retries, bool) or not isinstance(self.max_retries, int) or self.max_retries < 0:
            raise ValueError(f"max_retries: expected a whole number >= 0, got {self.max_retries!r}")
        if self.max_retry_after < 0:
            raise ValueError(f"max_retry_after: expected seconds >= 0, got {self.max_retry_after!r}")

    def backoff(self, retries_taken: int) -> float:
        """The wait before retry number ``retries_taken + 1`` when the server did not say."""
        delay = min(self.base_delay * (2.0**retries_taken), self.max_delay)
        return delay * (1.0 - self.jitter * self.random())

    def decide(
        self,
        *,
        request: httpx.Request,
        retries_taken: int,
        replayable: bool,
        idempotent: bool,
        response: httpx.Response | None = None,
        error: Exception | None = None,
        extra_statuses: frozenset[int] = frozenset(),
    ) -> RetryDecision:
        """Decide about one failed attempt: a ``response`` with an error status, or a transport ``error``."""
        if retries_taken >= self.max_retries:
            return RetryDecision(False, reason="no retries left")
        if not replayable:
            return RetryDecision(False, reason="the request body cannot be sent again")
        if not idempotent:
            return RetryDecision(False, reason=f"{request.method} without an idempotency key")
        if response is None:
            kind = type(error).__name__ if error is not None else "error"
            return RetryDecision(True, self.backoff(retries_taken), f"{kind}")
        should_retry = response.headers.get("x-should-retry")
        if should_retry == "false":
            return RetryDecision(False, reason="x-should-retry: false")
        if should_retry != "true" and response.status_code not in self.statuses | extra_statuses:
            return RetryDecision(False, reason=f"status {response.status_code} is not retried")
        wait = parse_retry_after(response.headers)
        if wait is not None:
            if wait > self.max_retry_after:
                return RetryDecision(False, reason=f"server asked to wait {wait:.0f}s > {self.max_retry_after:.0f}s")
            return RetryDecision(True, wait, f"status {response.status_code}, Retry-After {wait:g}s")
        return RetryDecision(True, self.backoff(retries_taken), f"status {response.status_code}")
