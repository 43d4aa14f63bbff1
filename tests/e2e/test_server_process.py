"""The server process itself: loopback only, never outliving its parent, reproducible seeded faults."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import httpx
import pytest

from server.process import run_server

ROOT = Path(__file__).resolve().parents[2]


def _listening_addresses(port: int) -> set[str]:
    """The local addresses with a TCP socket listening on ``port`` (from /proc/net/tcp and tcp6)."""
    found = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        for line in Path(table).read_text().splitlines()[1:]:
            local, state = line.split()[1], line.split()[3]
            address, _, hex_port = local.partition(":")
            if state == "0A" and int(hex_port, 16) == port:  # 0A: LISTEN
                found.add(address)
    return found


def test_listens_on_loopback_only_and_stops_with_the_block() -> None:
    with run_server() as server:
        assert _listening_addresses(server.port) == {"0100007F"}  # 127.0.0.1, and nothing else
        assert httpx.get(f"{server.url}/health").status_code == 200
    assert _listening_addresses(server.port) == set()


def test_server_stops_when_its_parent_is_killed(tmp_path: Path) -> None:
    """A parent killed with SIGKILL runs no cleanup; --exit-with-parent still stops the server."""
    port_file = tmp_path / "port"
    parent = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(
                f"""
                import subprocess, sys, time
                subprocess.Popen([sys.executable, "-m", "server", "--port", "0", "--port-file", {str(port_file)!r},
                                  "--exit-with-parent"], cwd={str(ROOT)!r})
                time.sleep(60)
                """
            ),
        ],
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 30
        while not port_file.exists():
            assert time.monotonic() < deadline, "the server did not start"
            time.sleep(0.05)
        port = int(port_file.read_text())
        while not _listening_addresses(port):
            assert time.monotonic() < deadline, "the server did not listen"
            time.sleep(0.05)
        os.kill(parent.pid, signal.SIGKILL)
        parent.wait()
        deadline = time.monotonic() + 10
        while _listening_addresses(port):
            assert time.monotonic() < deadline, "the server outlived its parent"
            time.sleep(0.1)
    finally:
        if parent.poll() is None:
            os.killpg(parent.pid, signal.SIGKILL)
            parent.wait()


def _statuses(url: str, count: int) -> list[int]:
    with httpx.Client(base_url=url) as client:
        return [client.get("/health").status_code for _ in range(count)]


# Three server processes started and stopped: measured 6.7 s in a full run (load 4-8), 10.1 s at load 13.
@pytest.mark.timeout(60)
def test_server_wide_faults_are_seeded() -> None:
    runs = []
    for _ in range(2):
        with run_server(faults="error=0.3, throttle=0.2", extra_args=["--seed", "42"]) as server:
            runs.append(_statuses(server.url, 40))
    assert runs[0] == runs[1]
    assert {200, 429, 503} <= set(runs[0])
    with run_server(faults="error=0.3, throttle=0.2", extra_args=["--seed", "43"]) as server:
        assert _statuses(server.url, 40) != runs[0]
