"""Schemathesis hooks, loaded with ``SCHEMATHESIS_HOOKS=tests.contract.schemathesis_hooks``.

Schemathesis has no serializer for ``application/x-ndjson`` (the second body type of ``ingest_events``): the spec
gives that body as a string, so it is sent as that string's UTF-8 bytes.
"""

from __future__ import annotations

import json
from typing import Any

import schemathesis


@schemathesis.serializer("application/x-ndjson")
def ndjson(ctx: Any, value: Any) -> bytes:
    """The body as bytes: a generated string as is, anything else as one JSON line."""
    if isinstance(value, bytes):
        return value
    if isinstance(value, str):
        return value.encode("utf-8", "surrogatepass")
    return (json.dumps(value) + "\n").encode()
