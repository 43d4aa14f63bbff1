"""The corpus in CI: the smaller public specs in ``../shared/specs`` generate into packages that import and type-check.

For each spec: it generates, no module fails to import (every submodule is imported in a fresh interpreter),
``mypy --strict`` finds nothing, at least 99% of its operations have a typed function and at least 98% were
generated without any warning. The large specs (Stripe, Twilio, Kubernetes, DigitalOcean) run in ``make corpus``.
"""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator.tools.corpus import SpecResult, run_corpus, vanilla_command
from tests.conftest import ROOT

SPECS = ROOT.parent / "shared" / "specs"  # CI has shared/ beside the clone
SMALL = ("petstore3.yaml", "opc-e2e-3.0.json", "opc-e2e-3.1.yaml", "spotify.yaml")
#: The ``results`` fixture generates, imports and type-checks the four specs in the setup of whichever test of
#: the module comes first: measured 104 s alone on a 2-core machine shared by 8 sessions (load 9-11), so 400 s.
CORPUS_TIMEOUT = pytest.mark.timeout(400)


@pytest.fixture(scope="module")
def results(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, SpecResult]]:
    missing = [name for name in SMALL if not (SPECS / name).is_file()]
    if missing:
        pytest.fail(f"the corpus specs {', '.join(missing)} are missing from {SPECS}: CI puts shared/ beside the clone")
    work = tmp_path_factory.mktemp("corpus")
    yield {result.name: result for result in run_corpus(SPECS, only=list(SMALL), keep=work)}


@CORPUS_TIMEOUT
@pytest.mark.parametrize("name", SMALL)
def test_the_spec_generates_into_a_package_that_imports_and_type_checks(
    results: dict[str, SpecResult], name: str
) -> None:
    result = results[name]
    assert result.generated, result.error
    assert result.import_failures == []
    assert result.mypy_errors == 0
    assert result.unsupported == []


@CORPUS_TIMEOUT
@pytest.mark.parametrize("name", SMALL)
def test_nearly_every_operation_is_typed_and_warning_free(results: dict[str, SpecResult], name: str) -> None:
    result = results[name]
    assert result.operations > 0
    assert result.typed / result.operations >= 0.99, f"{result.typed} of {result.operations} typed"
    assert result.clean / result.operations >= 0.98, f"{result.clean} of {result.operations} without warnings"


def test_vanilla_reads_yaml_as_its_users_have_it(tmp_path: Path) -> None:
    # Vanilla, the yardstick of `corpus --vanilla` and bench part 7, runs with its stock (pure) YAML parser even
    # though ours installs libyaml's: libyaml would refuse this valid YAML 1.2 (a URL in a flow sequence).
    spec = tmp_path / "spec.yaml"
    spec.write_text(
        "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get:\n      operationId: getA\n"
        "      responses:\n        '200':\n          description: ok\n"
        "components:\n  schemas:\n    Link:\n      type: string\n      examples: [https://example.com/a]\n"
    )
    command, env = vanilla_command(spec, tmp_path / "out")
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    assert (tmp_path / "out" / "api" / "default" / "get_a.py").is_file()
