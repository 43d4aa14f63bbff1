"""The reference server as a pytest fixture, for any suite: import ``logbook_server`` into a ``conftest.py``.

``run_server`` (from ``server.process``) starts ``python -m server`` on 127.0.0.1 and a free port, waits until
``/health`` answers, and stops the server's process group when the block ends, even when a test fails.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from server.process import RunningServer, run_server

__all__ = ["RunningServer", "logbook_server", "run_server"]


@pytest.fixture(scope="session")
def logbook_server() -> Iterator[RunningServer]:
    """One reference server for the whole test session (in-memory database, no faults)."""
    with run_server() as server:
        yield server
