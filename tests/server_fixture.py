"""Run the Logbook reference server in a subprocess on a free loopback port, for any test suite.

``run_server()`` is a context manager; ``logbook_server`` is a session-scoped pytest fixture built on it (import it
into a ``conftest.py``). The server runs in its own process group with ``--exit-with-parent``; it is stopped in a
``finally`` block, by an ``atexit`` hook if the interpreter exits another way, and by itself if pytest is killed.
"""

from __future__ import annotations

import atexit
import contextlib
import functools
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from server.config import DEFAULT_ADMIN_TOKEN

__all__ = ["RunningServer", "logbook_server", "run_server"]

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class RunningServer:
    """A server started by ``run_server``: where it listens and the admin token it was seeded with."""

    url: str
    token: str
    port: int
    log_path: Path

    def log(self) -> str:
        """What the server has printed so far."""
        return self.log_path.read_text(errors="replace")


def _stop(process: subprocess.Popen[bytes]) -> None:
    """Stop the server's whole process group: SIGTERM, then SIGKILL after 5 s. Safe to call twice."""
    if process.poll() is not None:
        return
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=5)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=5)


@contextlib.contextmanager
def run_server(
    *,
    token: str = DEFAULT_ADMIN_TOKEN,
    faults: str = "",
    db: str = ":memory:",
    extra_args: Sequence[str] = (),
    startup_timeout: float = 30.0,
) -> Iterator[RunningServer]:
    """Start ``python -m server`` on 127.0.0.1 and a free port, wait until ``/health`` answers, stop it on exit."""
    workdir = Path(tempfile.mkdtemp(prefix="logbook-server-"))
    port_file = workdir / "port"
    log_path = workdir / "server.log"
    command = [
        sys.executable,
        "-m",
        "server",
        "--port",
        "0",
        "--port-file",
        str(port_file),
        "--exit-with-parent",
        "--token",
        token,
        "--db",
        db,
        "--faults",
        faults,
        *extra_args,
    ]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            command,
            cwd=ROOT,
            stdout=log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            env=env,
            start_new_session=True,
        )
    stop = functools.partial(_stop, process)  # its own object, so unregister() leaves other servers' hooks
    atexit.register(stop)
    try:
        server = _wait_until_ready(process, port_file, token, log_path, startup_timeout)
        yield server
    finally:
        stop()
        atexit.unregister(stop)
        shutil.rmtree(workdir, ignore_errors=True)


def _wait_until_ready(
    process: subprocess.Popen[bytes], port_file: Path, token: str, log_path: Path, timeout: float
) -> RunningServer:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the server exited with {process.returncode}:\n{log_path.read_text(errors='replace')}")
        if port_file.exists():
            port = int(port_file.read_text())
            url = f"http://127.0.0.1:{port}"
            try:
                httpx.get(f"{url}/health", timeout=1.0)  # any HTTP answer (even an injected 503) means it serves
            except httpx.TransportError:
                pass
            else:
                return RunningServer(url=url, token=token, port=port, log_path=log_path)
        time.sleep(0.05)
    raise RuntimeError(f"the server did not answer /health within {timeout} s:\n{log_path.read_text(errors='replace')}")


@pytest.fixture(scope="session")
def logbook_server() -> Iterator[RunningServer]:
    """One reference server for the whole test session (in-memory database, no faults)."""
    with run_server() as server:
        yield server
