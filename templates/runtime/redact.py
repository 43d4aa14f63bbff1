"""Redaction: the one function every path uses before it writes a URL, headers or a request as text.

Logs and exception messages end up in log aggregators and error trackers, so no credential may reach them in
clear. The paths that write text each call :func:`redact_text` (or :func:`redact_headers`), and nothing else:

- every record of the package logger, at every level (``logs.RedactingFilter``, including a logged traceback), and
  of the httpx and httpcore loggers under it (httpx logs each request's URL at INFO, httpcore headers at DEBUG);
- the message of every ``APIError``, set once in ``APIError.__init__`` (so ``str()``/``repr()`` of every error
  class: status, connection, timeout, decoding, pagination, download; and of batch results holding them);
- the reprs of clients, responses, pagination positions (hence paginators and pages) and auth providers;
- the messages of the errors the aiohttp transport maps to httpx's (aiohttp puts the full URL in them).

What is removed, always shown as ``***``:

- URL userinfo: ``https://user:pw@host`` becomes ``https://***@host``;
- the values of credential query (and fragment) parameters, readably (``api_key=***``): :data:`QUERY_NAMES` plus
  the spec's ``in: query`` and ``in: cookie`` security schemes, which every client registers (:func:`register`);
- header values of :data:`HEADER_NAMES` and of the spec's ``in: header`` schemes, wherever headers are shown, and
  ``Authorization``/``Bearer`` credentials in free text;
- any credential the client sent, by value, in plain, percent-encoded and base64 form (:func:`remember`): a token
  (also each value a token callable returns), a URL password, an OAuth2 client secret and the tokens it obtained. A
  server that echoes one in an error body does not put it in a message, nor a part of one (``Invalid API key
  sk-abc123...``): a run of at least :data:`MIN_SECRET_LENGTH` characters starting like a remembered value is masked.
  Values shorter than that are not searched for (they would mask ordinary words); the rules above still apply.

Nothing here changes what is sent: only text made for people is redacted.
"""

from __future__ import annotations

import base64
import functools
import re
import threading
from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import quote, quote_plus, unquote_plus

__all__ = [
    "HEADER_NAMES",
    "MASK",
    "MIN_SECRET_LENGTH",
    "QUERY_NAMES",
    "redact_headers",
    "redact_text",
    "register",
    "remember",
]

#: What a redacted value is shown as.
MASK = "***"

#: Query (and ``name=value``) parameter names whose values are never shown (compared case-insensitively).
QUERY_NAMES = frozenset(
    {
        "api_key",
        "apikey",
        "api-key",
        "key",
        "token",
        "access_token",
        "refresh_token",
        "id_token",
        "client_secret",
        "password",
        "secret",
        "signature",
        "sig",
    }
)
#: Header names whose values are never shown (compared case-insensitively).
HEADER_NAMES = frozenset({"authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key", "api-key"})
#: Shorter remembered values are not searched for in text.
MIN_SECRET_LENGTH = 8
#: The most remembered values kept (a token callable may return a new one per call); the oldest go first.
_MAX_SECRETS = 256

_query_names: frozenset[str] = QUERY_NAMES
_header_names: frozenset[str] = HEADER_NAMES
_secrets: dict[str, None] = {}  # insertion-ordered: the oldest is dropped first
_lock = threading.Lock()



@functools.cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """URL userinfo, ``name=value`` pairs, ``Bearer <token>``: compiled on first use, not at import (bench/ part 6)."""
    return (
        re.compile(r"(?i)\b([a-z][a-z0-9+.\-]*://)[^\s/?#@'\"<>]*@"),
        re.compile(r"(^|[?&;#\s,(\[{])([^\s=&?#;'\"<>,()]+)=([^\s&#;'\"<>,()\]}]*)"),
        re.compile(r"(?i)\b(bearer)\s+[^\s'\"<>,;)]+"),
    )


def register(schemes: Mapping[str, Any]) -> None:
    """Add the parameter names of the spec's API-key security schemes (``SecurityScheme`` values) to the rules."""
    global _query_names, _header_names
    queries: set[str] = set()
    headers: set[str] = set()
    for scheme in schemes.values():
        if getattr(scheme, "kind", "") != "api_key" or not scheme.parameter:
            continue
        if scheme.location == "header":
            headers.add(scheme.parameter.lower())
        else:  # query and cookie parameters are both shown as name=value
            queries.add(scheme.parameter.lower())
    with _lock:
        if not queries <= _query_names:
            _query_names = _query_names | queries
        if not headers <= _header_names:
            _header_names = _header_names | headers


def remember(*secrets: str | None) -> None:
    """Never show these values (nor their percent-encoded or base64 forms) in any redacted text from now on."""
    for secret in secrets:
        if not isinstance(secret, str) or len(secret) < MIN_SECRET_LENGTH or secret in _secrets:
            continue
        encoded = base64.b64encode(secret.encode()).decode("ascii")
        forms = {secret, quote(secret, safe=""), quote_plus(secret), encoded}
        with _lock:
            for form in sorted(forms, key=len, reverse=True):  # longer first: a form may contain another
                _secrets[form] = None
            while len(_secrets) > _MAX_SECRETS:
                del _secrets[next(iter(_secrets))]


def _mask_beginnings(text: str, secret: str) -> str:
    """``text`` with each run that starts like ``secret`` (its first MIN_SECRET_LENGTH characters, or more) masked."""
    head = secret[:MIN_SECRET_LENGTH]
    parts: list[str] = []
    start = 0
    while (found := text.find(head, start)) >= 0:
        end = found + MIN_SECRET_LENGTH
        while end < len(text) and end - found < len(secret) and text[end] == secret[end - found]:
            end += 1
        parts += [text[start:found], MASK]
        start = end
    return "".join(parts) + text[start:]


def _mask_pair(match: re.Match[str]) -> str:
    lead, name, value = match.groups()
    if value and unquote_plus(name).lower() in _query_names | _header_names:
        return f"{lead}{name}={MASK}"
    return match.group(0)


def _mask_header_line(text: str) -> str:
    names = "|".join(re.escape(name) for name in sorted(_header_names))
    # "Name: value" up to the end of the line or a quote, and the ("name", "value") pairs of a headers repr
    # (httpcore's debug log shows [(b'Set-Cookie', b'...')]).
    text = re.sub(rf"(?im)\b({names})(\s*[:=]\s*)[^\r\n'\"]+", rf"\1\2{MASK}", text)
    return re.sub(rf"(?i)(b?['\"](?:{names})['\"],\s*b?)(['\"])[^'\"]*\2", rf"\1\2{MASK}\2", text)


def redact_text(text: object) -> str:
    """``text`` (a URL, a message, anything: ``str()`` is taken) with every credential replaced by ``***``."""
    text = str(text)
    secrets = list(_secrets)  # a copy: another thread may remember a new one meanwhile
    for secret in secrets:
        if secret in text:
            text = text.replace(secret, MASK)
    for secret in secrets:  # then what is left of one: a whole value is masked first, whichever it is
        if secret[:MIN_SECRET_LENGTH] in text:
            text = _mask_beginnings(text, secret)
    userinfo, pair, bearer = _patterns()
    if "://" in text:
        text = userinfo.sub(rf"\1{MASK}@", text)
    if "=" in text:
        text = pair.sub(_mask_pair, text)
    if ":" in text or "=" in text:
        text = _mask_header_line(text)
    return bearer.sub(rf"\1 {MASK}", text)


def redact_headers(headers: Mapping[str, str]) -> list[tuple[str, str]]:
    """Header pairs with the values of credential headers replaced (and any other value redacted as text)."""
    multi_items = getattr(headers, "multi_items", None)  # httpx.Headers: repeated headers (Set-Cookie) kept apart
    items: Iterable[tuple[str, str]] = multi_items() if callable(multi_items) else headers.items()
    return [(name, MASK if name.lower() in _header_names else redact_text(value)) for name, value in items]
