"""Time helpers: RFC 3339 parsing without overflow, and the server's own timestamps."""

from __future__ import annotations

import re
from datetime import UTC, datetime

__all__ = ["format_ts", "now_ts", "now_iso", "parse_rfc3339"]

_RFC3339 = re.compile(r"^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(\.\d+)?(?:([Zz])|([+-])(\d{2}):(\d{2}))$")
_EPOCH_ORDINAL = datetime(1970, 1, 1).toordinal()


def parse_rfc3339(value: str) -> int | None:
    """Microseconds since the Unix epoch (UTC) of an RFC 3339 date-time, or ``None`` if it is not one.

    Works on the fields rather than through ``datetime`` arithmetic, so an offset that moves the instant before
    year 1 or after year 9999 cannot overflow; a leap second (``:60``) counts as the next second.
    """
    match = _RFC3339.match(value)
    if match is None:
        return None
    year, month, day, hour, minute, second = (int(match.group(i)) for i in range(1, 7))
    if hour > 23 or minute > 59 or second > 60:
        return None
    try:
        ordinal = datetime(year, month, day).toordinal()
    except ValueError:
        return None
    fraction = match.group(7)
    micros = int((fraction[1:] + "000000")[:6]) if fraction else 0
    offset = 0
    if match.group(9):
        off_h, off_m = int(match.group(10)), int(match.group(11))
        if off_h > 23 or off_m > 59:
            return None
        offset = (off_h * 60 + off_m) * 60 * (1 if match.group(9) == "+" else -1)
    seconds = (ordinal - _EPOCH_ORDINAL) * 86400 + hour * 3600 + minute * 60 + second - offset
    return seconds * 1_000_000 + micros


def now_ts() -> int:
    """Now, in microseconds since the Unix epoch."""
    delta = datetime.now(UTC) - datetime(1970, 1, 1, tzinfo=UTC)
    return (delta.days * 86400 + delta.seconds) * 1_000_000 + delta.microseconds


def format_ts(ts: int) -> str:
    """An RFC 3339 UTC date-time (``2024-05-01T12:00:00.000000Z``) for microseconds since the epoch."""
    seconds, micros = divmod(ts, 1_000_000)
    days, rest = divmod(seconds, 86400)
    ordinal = _EPOCH_ORDINAL + days
    ordinal = min(max(ordinal, 1), datetime.max.toordinal())
    day = datetime.fromordinal(ordinal)
    hour, rest = divmod(rest, 3600)
    minute, second = divmod(rest, 60)
    return f"{day.year:04d}-{day.month:02d}-{day.day:02d}T{hour:02d}:{minute:02d}:{second:02d}.{micros:06d}Z"


def now_iso() -> str:
    """Now, as an RFC 3339 UTC date-time."""
    return format_ts(now_ts())
