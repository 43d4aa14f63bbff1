"""The server's own message in an error body, read from the envelopes APIs commonly use. No I/O.

One reader serves every error this package builds from a server's answer: a status error's message
(``errors.APIStatusError``) and an ``event: error`` in an event stream (``sse.py``). It recognises, first match
wins:

- ``{"error": {"message", "type", "code"}}`` (also ``detail``/``description`` for the message);
- ``{"error": "invalid_grant", "error_description": "..."}`` (OAuth 2: the error is the code) and ``{"error": "..."}``;
- an RFC 9457 problem: ``title`` and ``detail`` (``type`` unless ``about:blank``), with its first field error;
- ``{"message": ...}`` (and a flat ``code``/``type`` beside it);
- ``{"errors": [{"message": ...}, ...]}`` or ``{"detail": [{"msg": ...}, ...]}``: the first one, and how many more;
- a plain-text body, whitespace collapsed; an HTML page says nothing useful and is left out.

Whatever the server wrote is bounded (:data:`MAX_MESSAGE` characters) and control characters become spaces: a
message ends up in logs and terminals. Credentials are masked later, where every message passes
(``APIError.__init__`` calls ``redact.redact_text``: a token the client sent is masked even when echoed in part).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

__all__ = ["MAX_MESSAGE", "ServerMessage", "read_server_message"]

#: The most characters of the server's message that go into an error message.
MAX_MESSAGE = 300
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]+")
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class ServerMessage:
    """What an error body says: its ``message`` (bounded, one line), and a ``code`` and ``type`` when it has them."""

    message: str | None = None
    code: str | None = None
    type: str | None = None


_NOTHING = ServerMessage()


def read_server_message(body: object) -> ServerMessage:
    """Read ``body`` (decoded JSON, or text) for the server's message; an empty ``ServerMessage`` when it has none.

    Never raises, whatever the body holds.
    """
    if isinstance(body, str):
        return ServerMessage(_plain_text(body))
    if not isinstance(body, dict):
        return _NOTHING
    error = body.get("error")
    if isinstance(error, dict):
        message = _first_text(error, ("message", "detail", "description", "error_description", "title"))
        return _bounded(message, _code(error.get("code")), _text(error.get("type")))
    if isinstance(error, str) and error.strip():
        description = _text(body.get("error_description"))
        if description:  # OAuth 2 (RFC 6749 5.2): the error is a code, the description says what went wrong
            return _bounded(f"{error}: {description}", error, None)
        return _bounded(error, _code(body.get("code")), _text(body.get("type")))
    title, detail = _text(body.get("title")), body.get("detail")
    if title or isinstance(detail, str):
        detail_text = _text(detail)
        message = f"{title}: {detail_text}" if title and detail_text and title != detail_text else title or detail_text
        problem_type = _text(body.get("type"))
        field_error = _list_message(body.get("errors"))
        if field_error:
            message = f"{message}; {field_error}" if message else field_error
        return _bounded(message, _code(body.get("code")), problem_type if problem_type != "about:blank" else None)
    message = _text(body.get("message"))
    if message:
        field_error = _list_message(body.get("errors"))  # GitHub: {"message": "Validation Failed", "errors": [...]}
        if field_error:
            message = f"{message}; {field_error}"
        return _bounded(message, _code(body.get("code")), _text(body.get("type")))
    for key in ("errors", "detail"):
        items = body.get(key)
        text = _list_message(items)
        if text:
            first = items[0] if isinstance(items, list) and isinstance(items[0], dict) else {}
            return _bounded(text, _code(first.get("code")), _text(first.get("type")))
    return _NOTHING


def _list_message(items: object) -> str | None:
    """The first item's message of a list of errors, naming its field, plus how many more there are."""
    if not isinstance(items, list) or not items:
        return None
    first = items[0]
    if isinstance(first, dict):
        message = _first_text(first, ("message", "msg", "detail", "title", "description"))
        where = first.get("field", first.get("loc", first.get("path")))
        if isinstance(where, list):
            where = ".".join(str(part) for part in where)
        if message and isinstance(where, str | int) and str(where):
            message = f"{where}: {message}"
    else:
        message = _text(first)
    if not message:
        return None
    more = len(items) - 1
    return f"{message} (and {more} more)" if more else message


def _first_text(source: dict[Any, Any], keys: tuple[str, ...]) -> str | None:
    for key in keys:
        text = _text(source.get(key))
        if text:
            return text
    return None


def _text(value: object) -> str | None:
    """A non-blank string on one line, else ``None``."""
    if not isinstance(value, str):
        return None
    value = _SPACES.sub(" ", _CONTROL.sub(" ", value)).strip()
    return value or None


def _code(value: object) -> str | None:
    """A code may be a string or a number (``{"code": 404}``); both read as text."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return str(value)
    return _text(value)


def _plain_text(body: str) -> str | None:
    text = _text(body[: MAX_MESSAGE * 4])  # a huge body is not scanned whole
    if text is None or text[:1] == "<" and ("<html" in text[:200].lower() or "<!doctype" in text[:200].lower()):
        return None
    return _shorten(text)


def _bounded(message: str | None, code: str | None, kind: str | None) -> ServerMessage:
    return ServerMessage(
        _shorten(message) if message else None,
        _shorten(code, 100) if code else None,
        _shorten(kind, 200) if kind else None,
    )


def _shorten(text: str, limit: int = MAX_MESSAGE) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
