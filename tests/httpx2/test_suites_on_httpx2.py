"""The functional and e2e suites, parity included, on the flagship generated with ``http_library: httpx2``.

The flagship is generated again into a temporary folder with the committed config plus ``http_library: httpx2``,
and the suites run in a second pytest process with ``SDKGEN_TEST_HTTP_LIBRARY=httpx2`` (tests/conftest.py): there
``logbook_client`` is that package and ``httpx`` is httpx2, so the tests' ``httpx.MockTransport`` mocks and the
real reference server (e2e) drive the package on httpx2 with the same test text as on httpx.

Left out of that run: the respx and schemathesis pytest plugins (both import the real httpx, which would then be a
second library in the process), and tests/functional/test_pagination.py, which tests the ``paged`` golden package
with respx (respx cannot mock httpx2; the flagship's paginators are covered by test_pagination_logbook.py), and the
guard-mutation test, which runs those respx tests.
"""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
from pathlib import Path

import pytest

from generator import generate
from generator.config import load_config

ROOT = Path(__file__).resolve().parents[2]
#: Bounds the whole second run (about 5 minutes on a loaded 2-core machine).
TIMEOUT = 1200


# A second pytest process over tests/functional and tests/e2e: 213 s measured alone (2026-12-05), more under load.
@pytest.mark.timeout(TIMEOUT + 60)
def test_functional_and_e2e_suites_pass_on_httpx2(tmp_path: Path) -> None:
    settings = load_config(ROOT / "generator.yaml")
    absolute = str(ROOT / settings.extensions) if settings.extensions else None
    overlays = tuple(str(ROOT / overlay) for overlay in settings.overlays)
    config = dataclasses.replace(settings, http_library="httpx2", extensions=absolute, overlays=overlays)
    out = tmp_path / "generated"
    generate(ROOT / "openapi.yaml", out, package_name="logbook_client", config=config)
    assert "import httpx2 as httpx" in (out / "logbook_client" / "_runtime" / "client.py").read_text()

    env = {**os.environ, "SDKGEN_TEST_HTTP_LIBRARY": "httpx2", "SDKGEN_TEST_GENERATED": str(out)}
    env.pop("PYTEST_ADDOPTS", None)
    plugins = [arg for name in ("cacheprovider", "respx", "schemathesis") for arg in ("-p", f"no:{name}")]
    command = [sys.executable, "-m", "pytest", "-q", *plugins]
    command += ["tests/functional", "tests/e2e", "--ignore", "tests/functional/test_pagination.py"]
    # The guard-mutation test drives test_pagination.py's respx tests too; the guards are library-free code.
    command += ["--ignore", "tests/functional/test_guard_mutation.py"]
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=TIMEOUT)
    summary = result.stdout.strip().splitlines()[-1] if result.stdout.strip() else ""
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-2000:]
    assert " passed" in summary and "failed" not in summary and "error" not in summary, summary
