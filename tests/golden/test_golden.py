"""Golden trees: each small spec generates byte for byte the committed tree; the trees lint, type-check and import."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from generator import check
from tests.golden.regen import GOLDEN, SPECS, config_for, package_for

EXPECTED = GOLDEN / "expected"


def test_every_spec_has_a_golden_tree() -> None:
    assert SPECS, "no golden specs"
    assert {spec.stem for spec in SPECS} == {path.name for path in EXPECTED.iterdir() if path.is_dir()}


@pytest.mark.parametrize("spec", SPECS, ids=lambda p: p.stem)
def test_generation_matches_the_golden_tree(spec: Path) -> None:
    result = check(spec, EXPECTED / spec.stem, package_name=package_for(spec), config=config_for(spec))
    assert result.ok, f"golden tree differs; run `make golden` and review:\n{result.diff[:4000]}"


def test_golden_trees_pass_mypy_strict() -> None:
    packages = [str(EXPECTED / spec.stem / package_for(spec)) for spec in SPECS]
    result = subprocess.run([sys.executable, "-m", "mypy", "--strict", *packages], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout


@pytest.mark.parametrize("spec", SPECS, ids=lambda p: p.stem)
def test_golden_trees_pass_ruff(spec: Path) -> None:
    tree = EXPECTED / spec.stem
    for args in (["check", "."], ["format", "--check", "."]):
        result = subprocess.run([sys.executable, "-m", "ruff", *args], cwd=tree, capture_output=True, text=True)
        assert result.returncode == 0, result.stdout + result.stderr


HOSTILE_RUN = """
import builtins, importlib, inspect, pkgutil, httpx
import hostile_client
names = [m.name for m in pkgutil.walk_packages(hostile_client.__path__, "hostile_client.")]
for name in names:
    importlib.import_module(name)
transport = httpx.MockTransport(lambda request: httpx.Response(204))
client = hostile_client.Client(base_url="http://h.test", http_client=httpx.Client(transport=transport))
called = 0
for name in names:
    module = importlib.import_module(name)
    if name.startswith("hostile_client.api.") and hasattr(module, "call"):
        params = inspect.signature(module.call).parameters
        kwargs = {p: "x" for p, v in params.items() if p != "client" and v.default is inspect.Parameter.empty}
        try:
            module.call(client, **kwargs)
        except hostile_client.APIError:
            pass
        called += 1
print(len(names), called, "PWNED" in vars(builtins))
"""


def test_hostile_text_never_runs() -> None:
    """Spec text that tries to break out of docstrings, literals and identifiers stays inert."""
    tree = EXPECTED / "hostile"
    for path in tree.rglob("*.py"):
        compile(path.read_text(), str(path), "exec")
    result = subprocess.run(
        [sys.executable, "-c", HOSTILE_RUN], cwd=tree, capture_output=True, text=True, env={"PYTHONPATH": str(tree)}
    )
    assert result.returncode == 0, result.stderr
    modules, called, pwned = result.stdout.split()
    assert int(modules) > 10 and int(called) == 2
    assert pwned == "False"
