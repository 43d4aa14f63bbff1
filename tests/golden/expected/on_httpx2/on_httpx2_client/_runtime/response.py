"""The value returned by every ``call_detailed``: the parsed body plus what came with it."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Generic, TypeVar

import httpx2 as httpx

from .redact import redact_headers, redact_text

__all__ = ["Response"]

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Response(Generic[T]):
    """A successful response: ``parsed`` is the typed value; ``raw`` is the ``httpx.Response`` it came from."""

    status_code: int
    headers: httpx.Headers
    parsed: T
    raw: httpx.Response
    retries_taken: int = 0

    def __repr__(self) -> str:
        # Reprs end up in logs and tracebacks: the URL and headers are shown redacted (Set-Cookie, API keys...).
        try:
            url = redact_text(self.raw.request.url)
        except RuntimeError:  # a response built without a request
            url = None
        return (
            f"Response(status_code={self.status_code!r}, url={url!r}, headers={redact_headers(self.headers)!r}, "
            f"parsed={self.parsed!r}, retries_taken={self.retries_taken!r})"
        )

    @property
    def content(self) -> bytes:
        """The raw body bytes."""
        return self.raw.content

    @property
    def elapsed(self) -> datetime.timedelta:
        """Time between sending the request and reading the response headers."""
        return self.raw.elapsed
