"""Shared test setup: the committed package in generated/ is importable as ``logbook_client``.

With ``SDKGEN_TEST_HTTP_LIBRARY=httpx2`` and ``SDKGEN_TEST_GENERATED=<folder>`` (set by
tests/httpx2/test_suites_on_httpx2.py), the package comes from that folder instead, generated with
``http_library: httpx2``, and ``httpx`` in this process is httpx2: the tests' own ``import httpx`` (their
``MockTransport``, ``Client``, errors) gets the library the package imports, so the same test text runs on both.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
GENERATED = ROOT / "generated"
HTTP_LIBRARY = os.environ.get("SDKGEN_TEST_HTTP_LIBRARY", "httpx")

if HTTP_LIBRARY == "httpx2":
    import httpx2

    if "httpx" in sys.modules and sys.modules["httpx"] is not httpx2:
        raise RuntimeError("SDKGEN_TEST_HTTP_LIBRARY=httpx2: httpx was imported before tests/conftest.py")
    sys.modules["httpx"] = httpx2
    GENERATED = Path(os.environ["SDKGEN_TEST_GENERATED"])
elif HTTP_LIBRARY != "httpx":
    raise RuntimeError(f"SDKGEN_TEST_HTTP_LIBRARY: {HTTP_LIBRARY!r} is not httpx or httpx2")

if str(GENERATED) not in sys.path:
    sys.path.insert(0, str(GENERATED))


@pytest.fixture
def fresh_redaction_state() -> Iterator[None]:
    """The redaction rules as at import: no credential remembered and no scheme name registered by earlier tests."""
    from logbook_client._runtime import redact

    saved = (dict(redact._secrets), redact._query_names, redact._header_names)
    redact._secrets.clear()
    redact._query_names, redact._header_names = redact.QUERY_NAMES, redact.HEADER_NAMES
    yield
    redact._secrets.clear()
    redact._secrets.update(saved[0])
    redact._query_names, redact._header_names = saved[1], saved[2]
