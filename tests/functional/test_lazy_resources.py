"""Resources load lazily (tests/specs/lazy_resources.yaml): touching one resource imports that resource's module and
nothing of the other resources, no operation module and no model but the enums its defaults name; the first call
of one operation imports that operation's modules and the models it uses, and no other operation's.

Each case runs in a fresh interpreter (``sys.modules`` of this one holds whatever earlier tests imported), through
both twins. Timings are measured by bench/startup.py, not here.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from generator import generate
from tests.twins import TWINS, Twin

SPEC = Path(__file__).resolve().parents[1] / "specs" / "lazy_resources.yaml"
PACKAGE = "lazy_client"

#: In a fresh interpreter: the package's modules loaded by `import`, by the first `client.<resource>`, and by the
#: first `client.<resource>.get(id=...)`, as JSON.
SCRIPT = """
import asyncio, enum, importlib, json, sys
import httpx

def ours(before):
    return sorted(m for m in set(sys.modules) - before if m.startswith("{package}"))

before = set(sys.modules)
import {package}
steps = {{"import": ours(before)}}
transport = httpx.MockTransport(lambda request: httpx.Response(200, json={{"id": "w1"}}))
if {is_async}:
    client = {package}.AsyncClient(base_url="http://lazy.test", http_client=httpx.AsyncClient(transport=transport))
else:
    client = {package}.Client(base_url="http://lazy.test", http_client=httpx.Client(transport=transport))
before = set(sys.modules)
resource = client.{resource}
steps["resource"] = ours(before)
steps["enums"] = sorted(
    m for m in steps["resource"] if ".models." in m
    and all(issubclass(v, enum.Enum) for v in vars(sys.modules[m]).values()
            if isinstance(v, type) and v.__module__ == m)
)
before = set(sys.modules)
widget = asyncio.run(resource.get(id="w1")) if {is_async} else resource.get(id="w1")
steps["call"] = ours(before)
steps["id"] = widget.id
print(json.dumps(steps))
"""


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("lazy")
    generate(SPEC, folder, package_name=PACKAGE)
    return folder


def _steps(out: Path, twin: Twin, resource: str = "widgets") -> dict[str, list[str]]:
    script = SCRIPT.format(package=PACKAGE, is_async=twin.is_async, resource=resource)
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=out, timeout=60)
    assert result.returncode == 0, result.stderr
    steps: dict[str, list[str]] = json.loads(result.stdout)
    return steps


@pytest.mark.parametrize("twin", TWINS, ids=lambda twin: twin.package)
@pytest.mark.parametrize(("resource", "enums"), [("widgets", 1), ("gadgets", 0)])
def test_touching_a_resource_loads_only_its_module(out: Path, twin: Twin, resource: str, enums: int) -> None:
    steps = _steps(out, twin, resource)
    api = f"{PACKAGE}.{twin.package}"
    other = ({"widgets", "gadgets"} - {resource}).pop()
    assert not [m for m in steps["import"] if m.startswith((f"{api}.", f"{PACKAGE}.models."))], steps["import"]
    assert [m for m in steps["resource"] if m.startswith(f"{api}.")] == [
        f"{api}.{resource}",
        f"{api}.{resource}._resource",
    ]
    assert not [m for m in steps["resource"] if "._operations" in m or f".{other}" in m]
    # The only models: the enums named by a default (widgets' `order` defaults to its `newest` member).
    models = [m for m in steps["resource"] if m.startswith(f"{PACKAGE}.models.")]
    assert len(models) == enums, models
    assert steps["enums"] == models


@pytest.mark.parametrize("twin", TWINS, ids=lambda twin: twin.package)
def test_the_first_call_loads_its_operation_and_its_models_only(out: Path, twin: Twin) -> None:
    steps = _steps(out, twin)
    api = f"{PACKAGE}.{twin.package}"
    assert steps["id"] == "w1"
    assert f"{api}.widgets.get" in steps["call"]
    assert [m for m in steps["call"] if m.startswith(f"{api}.")] == [f"{api}.widgets.get"]
    assert [m for m in steps["call"] if "._operations." in m] == [
        f"{PACKAGE}._operations.widgets",
        f"{PACKAGE}._operations.widgets.get",
    ]
    # Widget and what it is made of (Part), not the models of other operations (WidgetPage, WidgetInput, Gadget).
    models = {m.removeprefix(f"{PACKAGE}.models.") for m in steps["call"] if m.startswith(f"{PACKAGE}.models.")}
    assert models <= {"widget", "part"}
    assert "widget" in models


# mypy --strict over the 63 files: 3 s of CPU, 10 s on the loaded 2-core machine (measured 2026-12-05).
@pytest.mark.timeout(120)
def test_mypy_strict_reads_every_lazy_annotation(out: Path) -> None:
    """The resources' annotations are strings whose names are imported under TYPE_CHECKING only, and `list` is a
    method of the widgets resource while other methods are annotated `list[...]`: type checkers still resolve all."""
    command = [sys.executable, "-m", "mypy", "--strict", "--cache-dir", "/dev/null", PACKAGE]
    result = subprocess.run(command, capture_output=True, text=True, cwd=out, timeout=110)
    assert result.returncode == 0, result.stdout
    resource = (out / PACKAGE / "api" / "widgets" / "_resource.py").read_text()
    assert "    def list(" in resource and "builtins.list[str]" in resource
