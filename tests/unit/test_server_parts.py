"""The reference server's pure parts: the filter language, RFC 3339 and duration parsing, byte ranges, faults."""

from __future__ import annotations

import json
import sqlite3

import pytest

from server.config import parse_faults
from server.filters import FilterError, compile_filter
from server.handlers.exports import _byte_range
from server.problems import ApiError
from server.timeutil import format_ts, parse_rfc3339
from server.validation import parse_duration

EVENTS = [
    {"status": 200, "service": "api", "ok": True},
    {"status": 500, "service": "api", "ok": False, "http": {"method": "GET"}},
    {"status": 503, "service": "web"},
    {"status": "500", "service": None},
    {},
]


def _matching(expression: str) -> list[int]:
    condition = compile_filter(expression)
    db = sqlite3.connect(":memory:")
    db.execute("CREATE TABLE events (id INTEGER, data TEXT)")
    db.executemany("INSERT INTO events VALUES (?, ?)", [(i, json.dumps(e)) for i, e in enumerate(EVENTS)])
    rows = db.execute(f"SELECT id FROM events WHERE {condition.sql} ORDER BY id", condition.params)
    return [row[0] for row in rows]


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        ("", [0, 1, 2, 3, 4]),
        ("status >= 500", [1, 2]),  # the string "500" is not a number
        ('status == "500"', [3]),
        ('status >= 500 and service == "api"', [1]),
        ('service == "web" or ok == true', [0, 2]),
        ('not (service == "api")', [2, 3, 4]),
        ('service != "api"', [2, 3, 4]),  # missing or other types count as "not equal"
        ("service == null", [3]),
        ('http.method == "GET"', [1]),
        ("status < 300 or status > 501", [0, 2]),
    ],
)
def test_filter_language(expression: str, expected: list[int]) -> None:
    assert _matching(expression) == expected


@pytest.mark.parametrize(
    ("expression", "message"),
    [
        ("status >>> 1", "expected a number"),
        ("status", "unexpected end"),
        ("(status == 1", "unexpected end"),
        ("status == 1 extra", "unexpected 'extra'"),
        ("ok > true", "only be compared with == or !="),
        ("status == 1 @", "unexpected character '@'"),
        ("and == 1", "expected a field name"),
        ("(" * 40 + "a == 1" + ")" * 40, "nested deeper"),
    ],
)
def test_filter_errors_say_where(expression: str, message: str) -> None:
    with pytest.raises(FilterError, match=message):
        compile_filter(expression)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1970-01-01T00:00:00Z", 0),
        ("1970-01-01T01:00:00+01:00", 0),
        ("1970-01-01t00:00:00.5z", 500_000),
        ("2024-05-01T12:00:00.123456789-02:30", parse_rfc3339("2024-05-01T14:30:00.123456Z")),
        ("0001-01-01T00:00:00+23:59", -62135683140000000),  # before year 1 in UTC: no overflow
        ("2024-05-01", None),
        ("2024-02-30T00:00:00Z", None),
        ("2024-05-01T24:00:00Z", None),
        ("2024-05-01T12:00:00", None),
    ],
)
def test_rfc3339(text: str, expected: int | None) -> None:
    assert parse_rfc3339(text) == expected


def test_format_ts_round_trips() -> None:
    for text in ("2024-05-01T12:00:00.000000Z", "0001-01-01T00:00:00.000001Z", "9999-12-31T23:59:59.999999Z"):
        ts = parse_rfc3339(text)
        assert ts is not None and format_ts(ts) == text


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("P30D", 30 * 86400),
        ("PT1H30M", 5400),
        ("P1W", 7 * 86400),
        ("PT0.5S", 0),
        ("P", None),
        ("PT", None),
        ("30D", None),
    ],
)
def test_duration(text: str, seconds: int | None) -> None:
    assert parse_duration(text) == seconds


@pytest.mark.parametrize(
    ("header", "size", "expected"),
    [
        (None, 10, None),
        ("bytes=0-3", 10, (0, 3)),
        ("bytes=5-", 10, (5, 9)),
        ("bytes=-3", 10, (7, 9)),
        ("bytes=-30", 10, (0, 9)),
        ("bytes=8-100", 10, (8, 9)),
        ("bytes=-", 10, None),  # empty: ignored
        ("bytes=5-2", 10, None),  # last before first: ignored (RFC 9110)
    ],
)
def test_byte_ranges(header: str | None, size: int, expected: tuple[int, int] | None) -> None:
    assert _byte_range(header, size) == expected


@pytest.mark.parametrize(("header", "size"), [("bytes=10-", 10), ("bytes=-0", 10), ("bytes=0-0", 0)])
def test_unsatisfiable_ranges_are_416(header: str, size: int) -> None:
    with pytest.raises(ApiError) as caught:
        _byte_range(header, size)
    assert caught.value.status == 416 and caught.value.headers == {"Content-Range": f"bytes */{size}"}


def test_fault_directives() -> None:
    assert parse_faults("latency=5-50; error=0.2, throttle, retry-after=none, times=3, key=x") == {
        "latency_ms": (5.0, 50.0),
        "error": 0.2,
        "throttle": 1.0,
        "retry_after": None,
        "times": 3,
    }
    for bad, message in [("error=2", "between 0 and 1"), ("status=200", "400-599"), ("nope", "unknown fault")]:
        with pytest.raises(ValueError, match=message):
            parse_faults(bad)
