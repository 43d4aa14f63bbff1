"""Shared by the examples: import the client from ./generated when run from a checkout.

Each example reads the server from ``LOGBOOK_BASE_URL`` and ``LOGBOOK_TOKEN`` (as any user script would); start one
with ``make serve`` and ``export LOGBOOK_BASE_URL=http://127.0.0.1:8080 LOGBOOK_TOKEN=lbk_dev_admin_token``.
"""

from __future__ import annotations

import sys
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT / "generated") not in sys.path:
    sys.path.insert(0, str(ROOT / "generated"))


def unique(prefix: str) -> str:
    """A dataset name nobody else uses, so the examples can run again and again."""
    return f"{prefix}-{uuid.uuid4().hex[:8]}"
