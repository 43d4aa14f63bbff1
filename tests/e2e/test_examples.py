"""The runnable examples in examples/ run to the end against the reference server, so they never rot."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.server_fixture import RunningServer, logbook_server

__all__ = ["logbook_server"]

ROOT = Path(__file__).resolve().parents[2]

EXAMPLES = {
    "basic.py": ["created basic-", "stale ETag refused: 412", "missing dataset: 404", "deleted"],
    "concurrent_calls.py": ["created and fetched 20 datasets concurrently", "cleaned up"],
    "pagination.py": ["sync: 26 users over several pages", "sync: 7 of our datasets", "resumed from", "async: 7 of"],
    "batch.py": ["sync: 30/30, 0 failed", "async: 10 found, 1 failed", "input 5", "deleted 30 datasets"],
    "download.py": ["download started:", "75%", "download complete", "sha256", "async: streamed"],
    "logging_handler.py": ["shipped 120 records, dropped 0", "read back 12 error records"],
}


def test_every_example_is_tested() -> None:
    on_disk = {path.name for path in (ROOT / "examples").glob("*.py") if not path.name.startswith("_")}
    assert on_disk - {"demo.py"} == set(EXAMPLES)  # demo.py has its own test (test_demo.py)


@pytest.mark.parametrize("example", sorted(EXAMPLES))
def test_example_runs(example: str, logbook_server: RunningServer) -> None:
    env = {**os.environ, "LOGBOOK_BASE_URL": logbook_server.url, "LOGBOOK_TOKEN": logbook_server.token}
    result = subprocess.run(
        [sys.executable, str(ROOT / "examples" / example)], capture_output=True, text=True, env=env, timeout=120
    )
    assert result.returncode == 0, result.stdout + result.stderr
    for expected in EXAMPLES[example]:
        assert expected in result.stdout, f"{expected!r} not in:\n{result.stdout}"
