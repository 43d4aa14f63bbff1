"""Contract fixtures: Prism (npm, installed under .tools/prism by ``make prism``) mocking openapi.yaml."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from generator.errors import GenerationError
from generator.tools.conform._prism import PRISM, prism
from tests.twins import TWINS, Twin

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "openapi.yaml"
#: What the contract tests counted, printed at the end of the run ("Prism requests validated", ...).
REPORT: dict[str, int] = {}


@pytest.fixture(scope="session")
def prism_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """``prism mock openapi.yaml`` on 127.0.0.1: invalid requests get an error (``--errors``), responses are
    generated from the schemas (``--dynamic``, seeded). The conformance run starts it the same way."""
    log_path = tmp_path_factory.mktemp("prism") / "prism.log"
    try:
        with prism(ROOT / PRISM, SPEC, log_path, start_timeout=60) as url:
            yield url
    except GenerationError as err:
        pytest.fail(str(err))


@pytest.fixture(params=TWINS, ids=[twin.name for twin in TWINS])
def twin(request: pytest.FixtureRequest) -> Twin:
    return request.param  # type: ignore[no-any-return]


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    for name, count in REPORT.items():
        terminalreporter.write_line(f"contract: {name}: {count}")
