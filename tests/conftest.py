"""Shared test setup: the committed package in generated/ is importable as ``logbook_client``."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
GENERATED = ROOT / "generated"

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
