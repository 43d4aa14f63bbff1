"""``make demo``'s script runs to the end against its own server (so a client change cannot break it unseen)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_demo_runs() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "demo.py")], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stdout + result.stderr
    for expected in ("== sync", "== async", "ingested 250 events", "bytes, 250 events", "Server stopped"):
        assert expected in result.stdout, result.stdout
