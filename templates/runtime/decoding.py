"""JSON decoding of response bodies: ``orjson`` when it is installed, else the standard library.

``orjson`` is an optional speed-up (``pip install <package>[speed]``), never a requirement: it decodes a large
body 2-3 times faster than ``json``. The result never depends on which one is installed:

- whatever ``orjson`` refuses (a body that is not UTF-8, ``NaN``) is handed to ``json``;
- ``orjson`` silently turns an integer wider than 64 bits into a float (precision lost), so a body with any run
  of 19 or more digits goes to ``json``. Finding one costs a ``bytes.translate`` and a ``find``, about a quarter
  of orjson's own time; a false alarm (a long numeric string) only costs speed.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

__all__ = ["FAST_JSON", "loads", "loads_text"]

_fast_loads: Callable[[bytes], Any] | None
try:
    from orjson import loads as _orjson_loads  # type: ignore[import-not-found, unused-ignore]

    _fast_loads = _orjson_loads
except ImportError:  # the standard library it is
    _fast_loads = None

#: Whether ``orjson`` is in use.
FAST_JSON = _fast_loads is not None


#: Digits become a zero byte, everything else 0x01: 19 zero bytes in a row is a number orjson may not hold (the
#: narrowest one is -9223372036854775809: 19 digits; every integer of 19 digits or fewer without a sign fits 64 bits
#: unsigned). The sign is not counted: with it, dates ("2026-11-22") made runs three times as long to search through.
_NUMBER_BYTES = bytes(0 if 0x30 <= byte <= 0x39 else 1 for byte in range(256))
_WIDE_NUMBER = bytes(19)


def loads(content: bytes) -> Any:
    """Decode a JSON body; a malformed one raises ``ValueError`` (``json.JSONDecodeError``)."""
    if _fast_loads is not None and _WIDE_NUMBER not in content.translate(_NUMBER_BYTES):
        try:
            return _fast_loads(content)
        except ValueError:
            pass  # let the standard library decide, and word the error
    return json.loads(content)


def loads_text(text: str) -> Any:
    """:func:`loads` for JSON that arrives as text (an event's ``data``): its UTF-8 bytes go to ``orjson`` under the
    same guard; whatever orjson does not take, the text itself goes to ``json.loads`` (not the bytes, which
    ``json`` would read past a BOM: the result is the one ``json.loads(text)`` gives)."""
    if _fast_loads is not None:
        try:
            content = text.encode()
        except UnicodeEncodeError:  # a lone surrogate, which no UTF-8 body holds
            return json.loads(text)
        if _WIDE_NUMBER not in content.translate(_NUMBER_BYTES):
            try:
                return _fast_loads(content)
            except ValueError:
                pass
    return json.loads(text)
