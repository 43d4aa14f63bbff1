"""Start the reference server in a child process on a free loopback port, and stop it for sure.

Used by ``examples/demo.py`` and the test fixtures (``tests/server_fixture.py``). The child runs in its own process
group with ``--exit-with-parent``; ``run_server`` stops it in a ``finally`` block, an ``atexit`` hook stops it if
the interpreter exits some other way, and the child stops by itself if its parent is killed.
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

from .config import DEFAULT_ADMIN_TOKEN

__all__ = ["RunningServer", "run_server"]

_ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class RunningServer:
    """A server started by ``run_server``: where it listens and its admin token."""

    url: str
    token: str
    port: int
    log_path: Path

    def log(self) -> str:
        """What the server has printed so far."""
        return self.log_path.read_text(errors="replace")


def _stop(process: subprocess.Popen[bytes]) -> None:
    """Stop the server's process group: SIGTERM, then SIGKILL after 5 s. Safe to call twice."""
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
    """Run ``python -m server`` on 127.0.0.1 and a free port until the block ends; ready when ``/health`` answers."""
    workdir = Path(tempfile.mkdtemp(prefix="logbook-server-"))
    port_file = workdir / "port"
    log_path = workdir / "server.log"
    command = [sys.executable, "-m", "server", "--port", "0", "--port-file", str(port_file), "--exit-with-parent"]
    command += ["--token", token, "--db", db, "--faults", faults, *extra_args]
    pythonpath = os.pathsep.join(filter(None, [str(_ROOT), os.environ.get("PYTHONPATH")]))
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            command,
            cwd=_ROOT,
            stdout=log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            env={**os.environ, "PYTHONPATH": pythonpath},
            start_new_session=True,
        )
    stop = functools.partial(_stop, process)  # its own object: unregister() leaves other servers' hooks alone
    atexit.register(stop)
    try:
        yield _wait_until_ready(process, port_file, token, log_path, startup_timeout)
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
            url = f"http://127.0.0.1:{int(port_file.read_text())}"
            try:
                httpx.get(f"{url}/health", timeout=1.0)  # any HTTP answer (even an injected 503) means it serves
            except httpx.TransportError:
                pass
            else:
                return RunningServer(url=url, token=token, port=int(port_file.read_text()), log_path=log_path)
        time.sleep(0.05)
    raise RuntimeError(f"the server did not answer /health within {timeout} s:\n{log_path.read_text(errors='replace')}")
