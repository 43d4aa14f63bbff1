"""The value returned by every ``call_detailed``: the parsed body plus what came with it."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Generic, TypeVar

import httpx

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

    @property
    def content(self) -> bytes:
        """The raw body bytes."""
        return self.raw.content

    @property
    def elapsed(self) -> datetime.timedelta:
        """Time between sending the request and reading the response headers."""
        return self.raw.elapsed
