"""Contract fixtures: Prism (npm, installed under .tools/prism by ``make prism``) mocking openapi.yaml."""

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
import pytest

from tests.twins import TWINS, Twin

ROOT = Path(__file__).resolve().parents[2]
PRISM = ROOT / ".tools" / "prism" / "node_modules" / ".bin" / "prism"
SPEC = ROOT / "openapi.yaml"
#: What the contract tests counted, printed at the end of the run ("Prism requests validated", ...).
REPORT: dict[str, int] = {}


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="session")
def prism_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """``prism mock openapi.yaml`` on 127.0.0.1: invalid requests get an error (``--errors``), responses are
    generated from the schemas (``--dynamic``, seeded)."""
    if not PRISM.exists():
        pytest.fail(f"Prism is not installed at {PRISM}: run `make prism` (npm install under .tools/prism)")
    port = _free_port()
    log_path = tmp_path_factory.mktemp("prism") / "prism.log"
    command = [str(PRISM), "mock", str(SPEC), "-h", "127.0.0.1", "-p", str(port), "--errors", "--dynamic"]
    command += ["--seed", "1"]
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            command, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, start_new_session=True
        )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            if process.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"Prism did not start:\n{log_path.read_text(errors='replace')}")
            try:
                httpx.get(f"{url}/health", timeout=1.0)
                break
            except httpx.TransportError:
                time.sleep(0.1)
        yield url
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=5)


@pytest.fixture(params=TWINS, ids=[twin.name for twin in TWINS])
def twin(request: pytest.FixtureRequest) -> Twin:
    return request.param  # type: ignore[no-any-return]


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    for name, count in REPORT.items():
        terminalreporter.write_line(f"contract: {name}: {count}")
