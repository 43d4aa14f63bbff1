"""Debug logging under the package's name, with secrets redacted.

``<PREFIX>_LOG=debug`` (or ``info``) turns it on from the environment; otherwise configure the logger named after
the package as usual (``logging.getLogger("logbook_client")``). One line per request, response and retry. Every
record is redacted (``RedactingFilter``), and so are httpx's and httpcore's: no credential in a URL, header or
message is ever logged in clear.
"""

from __future__ import annotations

import logging
import os

from .redact import redact_text

__all__ = ["REDACTED_LOGGERS", "RedactingFilter", "logger", "setup_from_env"]

logger = logging.getLogger(__name__.split(".")[0])


class RedactingFilter(logging.Filter):
    """Redacts every record of the package logger before any handler sees it: message, arguments and traceback.

    A filter on the logger itself, so every log line of the runtime, at every level and those added later, is
    redacted without each call site having to remember it (``redact.py`` says what is removed).
    """

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        clean = redact_text(message)
        if clean != message:
            record.msg, record.args = clean, ()
        if record.exc_info and not record.exc_text:
            record.exc_text = redact_text(logging.Formatter().formatException(record.exc_info))
        return True


#: The loggers that write this client's requests as text: its own, and those of the libraries it sends with (httpx
#: logs every request's URL at INFO, query string included; httpcore logs response headers at DEBUG). A filter on a
#: logger applies only to records made on that very logger, so httpcore's are named one by one.
REDACTED_LOGGERS = (
    logger.name,
    "httpx",
    "httpcore.connection",
    "httpcore.http11",
    "httpcore.http2",
    "httpcore.proxy",
    "httpcore.socks",
    # httpx2 (the fork a package can be generated for) and its httpcore2 log the same records under their names.
    "httpx2",
    "httpcore2.connection",
    "httpcore2.http11",
    "httpcore2.http2",
    "httpcore2.proxy",
    "httpcore2.socks",
)

for _name in REDACTED_LOGGERS:
    _logger = logging.getLogger(_name)
    if not any(isinstance(existing, RedactingFilter) for existing in _logger.filters):
        _logger.addFilter(RedactingFilter())


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
