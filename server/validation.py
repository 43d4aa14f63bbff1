"""Request validation written by hand (not derived from openapi.yaml, so contract tests judge it independently).

A ``Fields`` object reads one JSON object or one set of query parameters, collects every problem as a
``FieldError`` and raises a single 422 at the end, so a client sees all invalid fields at once.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Mapping
from typing import Any

from .problems import ApiError, FieldError
from .timeutil import parse_rfc3339

__all__ = [
    "DATASET_NAME",
    "MAX_SQL_INT",
    "MISSING",
    "Fields",
    "Missing",
    "parse_duration",
    "parse_json_body",
    "path_dataset_name",
    "path_uuid",
]

#: Integers are clamped to this (no count or offset reaches it) so that SQLite never overflows.
MAX_SQL_INT = 2**62
DATASET_NAME = re.compile(r"^[a-z0-9][a-z0-9_-]{0,62}$")
_URI_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:[^\s]*$")
_DURATION = re.compile(
    r"^P(?!$)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?=\d)(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:[.,]\d+)?)S)?)?$"
)


class Missing:
    """The type of ``MISSING``: a field that was not sent, distinct from a field sent as ``null``."""

    def __repr__(self) -> str:
        return "MISSING"


MISSING = Missing()


def parse_json_body(raw: bytes, content_type: str) -> Any:
    """Decode a JSON request body: 415 for another media type, 400 for malformed JSON."""
    if not raw.strip():
        raise ApiError.for_field("body", "is required")
    media = content_type.split(";", 1)[0].strip().lower()
    if media != "application/json" and not (media.startswith("application/") and media.endswith("+json")):
        raise ApiError(415, f"Expected an application/json body, got {media or 'no Content-Type'!r}.")
    try:
        return json.loads(raw, parse_constant=_reject_constant)
    except (ValueError, UnicodeDecodeError) as exc:
        raise ApiError(400, f"The body is not valid JSON: {exc}") from None


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")


def parse_duration(value: str) -> int | None:
    """Seconds in an ISO 8601 duration (``P30D``, ``PT1H30M``); a year is 365 days and a month 30."""
    match = _DURATION.match(value)
    if match is None:
        return None
    years, months, weeks, days, hours, minutes = (int(g) if g else 0 for g in match.groups()[:6])
    seconds = float(match.group(7).replace(",", ".")) if match.group(7) else 0.0
    total = ((years * 365 + months * 30 + weeks * 7 + days) * 24 + hours) * 3600 + minutes * 60 + seconds
    return int(total)


def path_dataset_name(value: str) -> str:
    """A dataset name from the path, or 422."""
    if not DATASET_NAME.match(value):
        raise ApiError.for_field("dataset_name", "must match ^[a-z0-9][a-z0-9_-]{0,62}$")
    return value


def path_uuid(name: str, value: str) -> str:
    """A UUID from the path in canonical form, or 422."""
    try:
        return str(uuid.UUID(value))
    except ValueError:
        raise ApiError.for_field(name, "must be a UUID") from None


class Fields:
    """Reads typed values out of a JSON object (or query parameters), collecting errors under ``prefix``."""

    def __init__(self, data: Mapping[str, Any], prefix: str = "", errors: list[FieldError] | None = None) -> None:
        self.data = data
        self.prefix = prefix
        self.errors: list[FieldError] = errors if errors is not None else []

    @classmethod
    def body(cls, body: Any) -> Fields:
        """Fields of a request body that must be a JSON object."""
        if not isinstance(body, dict):
            raise ApiError.for_field("body", "must be a JSON object")
        return cls(body)

    def name(self, key: str) -> str:
        """The reported name of ``key``."""
        return f"{self.prefix}{key}"

    def error(self, key: str, message: str) -> None:
        """Record a problem with ``key``."""
        self.errors.append(FieldError(self.name(key), message))

    def check(self) -> None:
        """Raise one 422 if anything was recorded."""
        if self.errors:
            raise ApiError.invalid(self.errors)

    def _get(self, key: str, required: bool, nullable: bool) -> Any:
        if key not in self.data:
            if required:
                self.error(key, "is required")
            return MISSING
        value = self.data[key]
        if value is None and not nullable:
            self.error(key, "must not be null")
            return MISSING
        return value

    def string(
        self,
        key: str,
        *,
        required: bool = False,
        nullable: bool = False,
        min_length: int | None = None,
        max_length: int | None = None,
        pattern: re.Pattern[str] | None = None,
    ) -> str | None | Missing:
        """A string field."""
        value = self._get(key, required, nullable)
        if value is None:
            return None
        if isinstance(value, Missing):
            return MISSING
        if not isinstance(value, str):
            self.error(key, "must be a string")
            return MISSING
        if min_length is not None and len(value) < min_length:
            self.error(key, f"must be at least {min_length} character{'s' if min_length != 1 else ''} long")
            return MISSING
        if max_length is not None and len(value) > max_length:
            self.error(key, f"must be at most {max_length} characters long")
            return MISSING
        if pattern is not None and not pattern.search(value):
            self.error(key, f"must match {pattern.pattern}")
            return MISSING
        return value

    def integer(
        self,
        key: str,
        *,
        required: bool = False,
        minimum: int | None = None,
        maximum: int | None = None,
        from_text: bool = False,
    ) -> int | Missing:
        """An integer field; ``from_text`` parses query-string text."""
        value: Any = self._get(key, required, False)
        if isinstance(value, Missing):
            return MISSING
        if from_text:
            try:
                value = int(str(value).strip())
            except ValueError:
                self.error(key, "must be an integer")
                return MISSING
        elif isinstance(value, float) and value.is_integer():
            value = int(value)
        if isinstance(value, bool) or not isinstance(value, int):
            self.error(key, "must be an integer")
            return MISSING
        if minimum is not None and value < minimum:
            self.error(key, f"must be at least {minimum}")
            return MISSING
        if maximum is not None and value > maximum:
            self.error(key, f"must be at most {maximum}")
            return MISSING
        return min(value, MAX_SQL_INT)  # past SQLite's integers: as far as anything can be

    def datetime(self, key: str, *, required: bool = False, nullable: bool = False) -> tuple[str, int] | None | Missing:
        """An RFC 3339 date-time field: (the text as sent, microseconds since the epoch)."""
        value = self.string(key, required=required, nullable=nullable)
        if not isinstance(value, str):
            return value
        ts = parse_rfc3339(value)
        if ts is None:
            self.error(key, "must be an RFC 3339 date-time, e.g. 2024-05-01T12:00:00Z")
            return MISSING
        return value, ts

    def enum(self, key: str, choices: tuple[str, ...], *, required: bool = False) -> str | Missing:
        """A string field restricted to ``choices``."""
        value = self.string(key, required=required)
        if isinstance(value, str) and value not in choices:
            self.error(key, f"must be one of {', '.join(choices)}")
            return MISSING
        return value if isinstance(value, str) else MISSING

    def uri(self, key: str, *, nullable: bool = False) -> str | None | Missing:
        """An absolute URI field."""
        value = self.string(key, nullable=nullable)
        if isinstance(value, str) and not _URI_SCHEME.match(value):
            self.error(key, "must be an absolute URI")
            return MISSING
        return value

    def object(self, key: str, *, required: bool = False) -> Fields | None:
        """A nested object, as ``Fields`` sharing this error list, or ``None`` when absent or invalid."""
        value = self._get(key, required, False)
        if value is MISSING:
            return None
        if not isinstance(value, dict):
            self.error(key, "must be an object")
            return None
        return Fields(value, prefix=f"{self.name(key)}.", errors=self.errors)

    def int_or(self, key: str, default: int, **options: Any) -> int:
        """An integer field, or ``default`` when absent (an invalid value is recorded; ``check()`` raises)."""
        value = self.integer(key, **options)
        return default if isinstance(value, Missing) else value

    def str_or_none(self, key: str, **options: Any) -> str | None:
        """A string field, or ``None`` when absent, null or invalid (an invalid value is recorded)."""
        value = self.string(key, **options)
        return value if isinstance(value, str) else None

    def time_or_none(self, key: str, **options: Any) -> tuple[str, int] | None:
        """A date-time field as (text, microseconds), or ``None`` when absent, null or invalid."""
        value = self.datetime(key, **options)
        return value if isinstance(value, tuple) else None
