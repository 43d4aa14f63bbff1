"""Reading how long the server asked us to wait (``retry-after-ms``, ``Retry-After``)."""

from __future__ import annotations

import email.utils
import math
import time
from collections.abc import Mapping

import httpx2 as httpx

__all__ = ["parse_retry_after"]


def parse_retry_after(headers: Mapping[str, str], *, now: float | None = None) -> float | None:
    """Seconds to wait, from ``retry-after-ms`` first, then ``Retry-After`` as seconds or an HTTP date.

    Returns ``None`` when neither header is present or parseable; never a negative number. A value that is not a
    finite number (``nan``, ``inf``, ``1e400``) counts as absent: it cannot be slept. Header names are matched
    without regard to case, whatever mapping is passed.
    """
    if not isinstance(headers, httpx.Headers):
        headers = httpx.Headers(headers)
    raw_ms = headers.get("retry-after-ms")
    if raw_ms is not None:
        seconds = _finite(raw_ms)
        if seconds is not None:
            return max(seconds / 1000.0, 0.0)
    raw = headers.get("retry-after")
    if raw is None:
        return None
    raw = raw.strip()
    seconds = _finite(raw)
    if seconds is not None:
        return max(seconds, 0.0)
    try:
        parsed = email.utils.parsedate_to_datetime(raw)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if parsed is None:
        return None
    current = time.time() if now is None else now
    return max(parsed.timestamp() - current, 0.0)


def _finite(raw: str) -> float | None:
    """``raw`` as a finite number, or ``None`` (not a number, or ``nan``/``inf``/too large for a float)."""
    try:
        value = float(raw)
    except ValueError:
        return None
    return value if math.isfinite(value) else None
