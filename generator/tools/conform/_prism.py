"""Prism (``prism mock --dynamic --errors``) on a free loopback port, always stopped with its process group."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import httpx

from ...errors import GenerationError

__all__ = ["PRISM", "free_port", "prism"]

#: Where ``make prism`` installs Prism 5.16.0, relative to the repository root.
PRISM = Path(".tools") / "prism" / "node_modules" / ".bin" / "prism"


def free_port() -> int:
    """A TCP port free on 127.0.0.1 right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def stop(process: subprocess.Popen[bytes]) -> None:
    """SIGTERM the process group, SIGKILL it after 5 s."""
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=5)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=5)


@contextlib.contextmanager
def prism(executable: Path, spec: Path, log: Path, *, start_timeout: float = 180.0) -> Iterator[str]:
    """Run Prism on ``spec`` (its pid is written beside ``log``); yields its base URL.

    Requests are validated (``--errors``: an invalid one gets an
    error answer with ``sl-violations``) and answers generated from the schemas (``--dynamic``, seeded)."""
    if not executable.exists():
        raise GenerationError(f"Prism is not installed at {executable}: run `make prism`")
    port = free_port()
    command = [str(executable), "mock", str(spec), "-h", "127.0.0.1", "-p", str(port), "--errors", "--dynamic"]
    command += ["--seed", "1"]
    with log.open("wb") as sink:
        process = subprocess.Popen(
            command, stdout=sink, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, start_new_session=True
        )
    log.with_suffix(".pid").write_text(f"{process.pid}\n", encoding="utf-8")  # also its process group
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + start_timeout
        while True:
            if process.poll() is not None or time.monotonic() > deadline:
                tail = log.read_text(errors="replace")[-2000:]
                raise GenerationError(f"Prism did not start on {spec}:\n{tail}")
            try:
                httpx.get(f"{url}/", timeout=1.0)
                break
            except httpx.TransportError:
                time.sleep(0.2)
        yield url
    finally:
        stop(process)
