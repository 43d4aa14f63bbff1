"""Exceptions: one base class, one class per HTTP status family, and transport/decoding errors.

Every status error carries the status, headers, the parsed RFC 9457 problem body where there is one, the decoded
body and the raw ``httpx.Response``. Messages never include request headers, and every message is redacted
(``redact.py``), so credentials cannot leak into logs or tracebacks through them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

import httpx

from .error_body import read_server_message
from .redact import redact_text

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "BadRequestError",
    "ConflictError",
    "FieldError",
    "ForbiddenError",
    "NotFoundError",
    "PreconditionFailedError",
    "Problem",
    "RateLimitedError",
    "ResponseDecodingError",
    "ServerError",
    "StreamEventError",
    "UnauthorizedError",
    "UnexpectedStatusError",
    "UnprocessableEntityError",
    "error_for_response",
]


@dataclass(frozen=True)
class FieldError:
    """One invalid field of a request, from a problem body's ``errors`` list."""

    field: str
    message: str


@dataclass(frozen=True)
class Problem:
    """An ``application/problem+json`` body (RFC 9457), parsed leniently: unknown members go to ``extensions``."""

    type: str = "about:blank"
    title: str | None = None
    status: int | None = None
    detail: str | None = None
    instance: str | None = None
    errors: tuple[FieldError, ...] = ()
    extensions: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_body(cls, body: object) -> Problem | None:
        """Parse a decoded JSON body; ``None`` when it is not a problem object. Never raises."""
        if not isinstance(body, dict):
            return None
        known = {"type", "title", "status", "detail", "instance", "errors"}
        if not known & body.keys():
            return None
        errors: list[FieldError] = []
        raw_errors = body.get("errors")
        if isinstance(raw_errors, list):
            for item in raw_errors:
                if isinstance(item, dict):
                    errors.append(FieldError(field=str(item.get("field", "")), message=str(item.get("message", ""))))
        status = body.get("status")
        return cls(
            type=str(body.get("type") or "about:blank"),
            title=_str_or_none(body.get("title")),
            status=status if isinstance(status, int) and not isinstance(status, bool) else None,
            detail=_str_or_none(body.get("detail")),
            instance=_str_or_none(body.get("instance")),
            errors=tuple(errors),
            extensions={key: value for key, value in body.items() if key not in known},
        )


def _str_or_none(value: object) -> str | None:
    return value if isinstance(value, str) else None


class APIError(Exception):
    """The base class of every error this package raises."""

    message: str

    def __init__(self, message: str) -> None:
        # The one place every error's message passes: no credential in it reaches str(), repr() or a traceback.
        message = redact_text(message)
        super().__init__(message)
        self.message = message


class APIConnectionError(APIError):
    """The request could not be sent, or no response arrived (DNS, refused, reset, protocol error)."""

    def __init__(self, message: str = "Connection error.", *, request: httpx.Request | None = None) -> None:
        super().__init__(message)
        self.request = request


class APITimeoutError(APIConnectionError):
    """The request timed out (connect, read, write or pool)."""

    def __init__(self, message: str = "Request timed out.", *, request: httpx.Request | None = None) -> None:
        super().__init__(message, request=request)


class ResponseDecodingError(APIError):
    """The server answered, but its body does not match the spec (malformed JSON, missing or mistyped fields).

    Carries the response so that nothing the server sent is lost.
    """

    def __init__(self, message: str, *, response: httpx.Response) -> None:
        super().__init__(message)
        self.response = response
        self.status_code = response.status_code
        self.headers = response.headers

    @property
    def text(self) -> str:
        """The body as text, for inspection."""
        return self.response.text


class APIStatusError(APIError):
    """The server answered with a status the operation does not treat as success.

    The message holds the status, the server's own message (read from the common error envelopes by
    ``error_body.read_server_message``) and the request's method and URL. ``code`` and ``type`` are the
    envelope's, when it has them (``{"error": {"code", "type"}}``, a problem's ``type``...), else ``None``.
    """

    code: str | None
    type: str | None

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: object,
        problem: Problem | None,
        code: str | None = None,
        type: str | None = None,
    ) -> None:
        super().__init__(message)
        self.response = response
        self.status_code = response.status_code
        self.headers = response.headers
        self.body = body
        self.problem = problem
        self.code = code
        self.type = type

    @classmethod
    def from_response(cls, response: httpx.Response) -> APIStatusError:
        """Build this error from a response, decoding its body leniently (never raises on a bad body)."""
        body = _decode_body(response)
        said = read_server_message(body)
        return cls(
            _status_message(response, said.message),
            response=response,
            body=body,
            problem=Problem.from_body(body),
            code=said.code,
            type=said.type,
        )


class UnexpectedStatusError(APIStatusError):
    """A status that is neither an error (>= 400) nor one the spec documents for this operation (e.g. 3xx)."""


class BadRequestError(APIStatusError):
    """400 Bad Request."""


class UnauthorizedError(APIStatusError):
    """401 Unauthorized: credentials are missing or invalid."""


class ForbiddenError(APIStatusError):
    """403 Forbidden: the credentials do not allow this operation."""


class NotFoundError(APIStatusError):
    """404 Not Found."""


class ConflictError(APIStatusError):
    """409 Conflict, e.g. the resource already exists."""


class PreconditionFailedError(APIStatusError):
    """412 Precondition Failed, e.g. an ``If-Match`` ETag that no longer matches."""


class UnprocessableEntityError(APIStatusError):
    """422 Unprocessable Entity: the request was understood but is invalid; see ``problem.errors``."""


class _RetryAfter(APIStatusError):
    """A status error whose response may say when to try again (429, and 503 among the 5xx)."""

    @property
    def retry_after(self) -> float | None:
        """Seconds to wait before retrying, from ``retry-after-ms`` or ``Retry-After`` (seconds or HTTP date).

        ``None`` when the server did not say (or said something that is not a finite number).
        """
        from .retry_after import parse_retry_after

        return parse_retry_after(self.headers)


class RateLimitedError(_RetryAfter):
    """429 Too Many Requests. ``retry_after`` is the wait the server asked for, in seconds, when it said."""


class ServerError(_RetryAfter):
    """A 5xx status: the server failed. ``retry_after`` is the wait the server asked for (e.g. on 503), if any."""


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: UnauthorizedError,
    403: ForbiddenError,
    404: NotFoundError,
    409: ConflictError,
    412: PreconditionFailedError,
    422: UnprocessableEntityError,
    429: RateLimitedError,
}


def error_for_response(response: httpx.Response) -> APIStatusError:
    """The typed error for an error response (status >= 400)."""
    status = response.status_code
    cls = _BY_STATUS.get(status) or (ServerError if status >= 500 else APIStatusError)
    return cls.from_response(response)


def _decode_body(response: httpx.Response) -> object:
    try:
        content = response.content
    except httpx.ResponseNotRead:
        return None
    if not content:
        return None
    content_type = response.headers.get("content-type", "")
    if "json" in content_type:
        try:
            return json.loads(content)
        except (ValueError, RecursionError):
            pass
    try:
        return content.decode(response.encoding or "utf-8", errors="replace")
    except LookupError:
        return content.decode("utf-8", errors="replace")


def _status_message(response: httpx.Response, said: str | None) -> str:
    """``404 Not Found: <the server's message> (GET <url without its query>)``."""
    reason = response.reason_phrase or "error"
    message = f"{response.status_code} {reason}"
    if said:
        folded = said.casefold()
        rest = said[len(reason) :]
        if folded.startswith(reason.casefold()) and not rest[:1].isalnum():  # "Not found: no 'x'" under "Not Found"
            said = rest.lstrip(" :.-")
        if said:
            message += f": {said}"
    return f"{message} ({response.request.method} {response.request.url.copy_with(query=None)})"


class StreamEventError(APIError):
    """The server sent an ``event: error`` in an event stream (a 2xx response that failed part-way).

    ``data`` is the event's decoded data and ``event`` the raw event. The message, ``code`` and ``type`` are read
    from the data like a status error's body (``error_body.read_server_message``), e.g. from a
    ``{"error": {"message", "code", "type"}}`` or a flat ``{"message", "code", "type"}`` envelope.
    """

    code: str | None
    type: str | None

    def __init__(self, message: str, *, event: object, data: object) -> None:
        super().__init__(message)
        self.event = event
        self.data = data
        said = read_server_message(data)
        self.code = said.code
        self.type = said.type

    @classmethod
    def from_data(cls, event: object, data: object) -> StreamEventError:
        """The error of an ``event: error`` whose decoded data is ``data``."""
        said = read_server_message(data)
        return cls(said.message or "the server sent an error event", event=event, data=data)
