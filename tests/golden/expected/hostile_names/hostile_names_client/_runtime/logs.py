"""Debug logging under the package's name, with secrets redacted.

``<PREFIX>_LOG=debug`` (or ``info``) turns it on from the environment; otherwise configure the logger named after
the package as usual (``logging.getLogger("logbook_client")``). One line per request, response and retry. URLs
are logged with credential-like query parameters replaced by ``<redacted>``; headers are never logged.
"""

from __future__ import annotations

import logging
import os

import httpx

__all__ = ["SENSITIVE_NAMES", "logger", "redact_url", "setup_from_env"]

logger = logging.getLogger(__name__.split(".")[0])

#: Query parameter and header names whose values are never logged (compared case-insensitively).
SENSITIVE_NAMES = frozenset(
    {
        "authorization",
        "proxy-authorization",
        "cookie",
        "set-cookie",
        "x-api-key",
        "api-key",
        "api_key",
        "apikey",
        "key",
        "token",
        "access_token",
        "refresh_token",
        "client_secret",
        "password",
        "secret",
        "signature",
        "sig",
    }
)


def redact_url(url: httpx.URL, extra: frozenset[str] = frozenset()) -> str:
    """The URL with the values of credential-like query parameters replaced."""
    if not url.query:
        return str(url)
    hidden = SENSITIVE_NAMES | {name.lower() for name in extra}
    params = [(key, "<redacted>" if key.lower() in hidden else value) for key, value in url.params.multi_items()]
    return str(url.copy_with(params=params))


def setup_from_env(prefix: str) -> None:
    """Honour ``<prefix>_LOG`` (debug, info, warning): attach a stderr handler once."""
    level_name = os.environ.get(f"{prefix}_LOG", "").strip().upper()
    if not level_name or not prefix:
        return
    level = logging.getLevelName(level_name)
    if not isinstance(level, int):
        return
    logger.setLevel(level)
    if not any(getattr(handler, "_from_env", False) for handler in logger.handlers):
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
        handler._from_env = True  # type: ignore[attr-defined]
        logger.addHandler(handler)
