"""RFC 9457 problem details: the one exception type handlers raise and the response it becomes."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from starlette.responses import Response

__all__ = ["PROBLEM_JSON", "ApiError", "FieldError", "problem_response"]

PROBLEM_JSON = "application/problem+json"
_TYPE_BASE = "https://logbook.example/problems/"

#: status -> (problem type slug, title)
_KINDS: dict[int, tuple[str, str]] = {
    400: ("bad-request", "Bad request"),
    401: ("unauthorized", "Unauthorized"),
    403: ("forbidden", "Forbidden"),
    404: ("not-found", "Not found"),
    405: ("method-not-allowed", "Method not allowed"),
    409: ("conflict", "Conflict"),
    412: ("precondition-failed", "Precondition failed"),
    415: ("unsupported-media-type", "Unsupported media type"),
    416: ("range-not-satisfiable", "Range not satisfiable"),
    422: ("validation", "Invalid request"),
    429: ("rate-limited", "Too many requests"),
    500: ("internal", "Internal server error"),
    503: ("unavailable", "Service unavailable"),
}


@dataclass(frozen=True)
class FieldError:
    """One invalid field: a dotted body path (``target.dataset``) or a parameter name (``limit``)."""

    field: str
    message: str


@dataclass
class ApiError(Exception):
    """A failure answered as ``application/problem+json`` with ``status``."""

    status: int
    detail: str
    errors: list[FieldError] = field(default_factory=list)
    headers: dict[str, str] = field(default_factory=dict)

    def __str__(self) -> str:
        return f"{self.status}: {self.detail}"

    @classmethod
    def invalid(cls, errors: list[FieldError]) -> ApiError:
        """A 422 listing every invalid field."""
        count = len(errors)
        return cls(422, f"{count} field{'s are' if count != 1 else ' is'} invalid.", errors)

    @classmethod
    def for_field(cls, name: str, message: str) -> ApiError:
        """A 422 for one invalid field."""
        return cls.invalid([FieldError(name, message)])

    def body(self) -> dict[str, Any]:
        """The problem object."""
        slug, title = _KINDS.get(self.status, ("error", "Error"))
        body: dict[str, Any] = {
            "type": _TYPE_BASE + slug,
            "title": title,
            "status": self.status,
            "detail": self.detail,
        }
        if self.errors:
            body["errors"] = [{"field": e.field, "message": e.message} for e in self.errors]
        return body


def problem_response(error: ApiError) -> Response:
    """The HTTP response for ``error``."""
    content = json.dumps(error.body(), separators=(",", ":")).encode()
    return Response(content, status_code=error.status, headers=error.headers, media_type=PROBLEM_JSON)
