"""Import hygiene of the generated package: lazy resources, one endpoint module imports no other, complete __all__."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import logbook_client
from tests.conftest import GENERATED


def _modules_after(statement: str) -> set[str]:
    """The logbook_client modules loaded by running ``statement`` in a fresh interpreter."""
    code = (
        "import json, sys\n"
        f"{statement}\n"
        "print(json.dumps(sorted(m for m in sys.modules if m.startswith('logbook_client'))))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env={"PYTHONPATH": str(GENERATED)}
    )
    return set(json.loads(result.stdout))


def _endpoint_modules(modules: set[str]) -> set[str]:
    return {m for m in modules if m.count(".") == 3 and m.split(".")[1] in ("api", "aio", "_operations")}


def test_importing_the_package_loads_no_endpoint_module() -> None:
    modules = _modules_after("import logbook_client")
    assert _endpoint_modules(modules) == set()
    assert not any(m.startswith("logbook_client.models.") for m in modules)
    # Loaded on first use: a client needs neither (about 20 ms of import for a large API, bench part 6).
    assert "logbook_client._runtime.pagination" not in modules
    assert "logbook_client.types" not in modules


def test_names_loaded_on_first_use_come_from_their_modules() -> None:
    modules = _modules_after("from logbook_client import UNSET, Paginator\nimport logbook_client.types")
    assert {"logbook_client._runtime.pagination", "logbook_client.types"} <= modules
    from logbook_client import types
    from logbook_client._runtime import pagination

    assert logbook_client.Paginator is pagination.Paginator
    assert logbook_client.UNSET is types.UNSET
    assert {"Paginator", "UNSET"} <= set(dir(logbook_client))
    with pytest.raises(AttributeError, match="has no attribute 'NoSuchName'"):
        logbook_client.NoSuchName  # type: ignore[attr-defined]  # noqa: B018


def test_importing_one_endpoint_module_loads_only_its_own_halves() -> None:
    modules = _modules_after("import logbook_client.api.datasets.get_dataset")
    assert _endpoint_modules(modules) == {
        "logbook_client.api.datasets.get_dataset",
        "logbook_client._operations.datasets.get_dataset",
    }


def test_resource_attribute_loads_only_its_tag() -> None:
    modules = _modules_after("import logbook_client\nc = logbook_client.Client(base_url='http://x.test')\nc.datasets")
    tags = {m.split(".")[2] for m in _endpoint_modules(modules)}
    assert tags == {"datasets"}
    assert "logbook_client.aio.datasets._resource" not in modules


def test_public_all_is_complete_and_sorted() -> None:
    exported = logbook_client.__all__
    lazy = set(logbook_client._MODULES)  # loaded on first use: in vars() only once asked for
    public = lazy | {name for name in vars(logbook_client) if not name.startswith("_")} - {
        "TYPE_CHECKING",
        "api",
        "aio",
        "errors",
        "models",
        "types",  # sub-packages/modules, imported as such
        "lib",  # the copied-in extensions, once a test has imported them
    }
    assert set(exported) == public
    assert exported == sorted(exported, key=lambda n: (not n.isupper(), n))
    from logbook_client import errors

    error_classes = {n for n, v in vars(errors).items() if isinstance(v, type) and issubclass(v, Exception)}
    assert error_classes <= set(errors.__all__)


def test_docs_cover_every_operation() -> None:
    import pkgutil

    reference = (GENERATED / "docs" / "api.md").read_text()
    readme = (GENERATED / "README.md").read_text()
    for tag in pkgutil.iter_modules([str(GENERATED / "logbook_client" / "api")]):
        for module in pkgutil.iter_modules([str(GENERATED / "logbook_client" / "api" / tag.name)]):
            if module.name.startswith("_"):
                continue
            assert f"### `{module.name}`" in reference
            assert f"from logbook_client.api.{tag.name} import {module.name}" in reference
            assert f"| `{module.name}` |" in readme


# mypy --strict --no-incremental over the package: measured 4.9 s at load 4-8, 15.9 s at load 12-14.
@pytest.mark.timeout(60)
def test_type_checkers_see_the_lazy_names_and_refuse_misspelt_ones(tmp_path: Path) -> None:
    # The PEP 562 __getattr__ of the package and of models/ is hidden from type checkers (`if not TYPE_CHECKING`):
    # with it visible, any name would type-check as `object`, a misspelling included.
    snippet = tmp_path / "use.py"
    snippet.write_text(
        "from logbook_client import UNSET, Paginator, Paginatr\n"
        "from logbook_client.models import Dataset, Datasett\n"
        "reveal_type(Paginator)\n"
    )
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(snippet)],
        capture_output=True,
        text=True,
        env={**os.environ, "MYPYPATH": str(GENERATED)},
    )
    errors = [line for line in result.stdout.splitlines() if ": error:" in line]
    assert len(errors) == 2, result.stdout
    assert 'has no attribute "Paginatr"' in errors[0] and 'has no attribute "Datasett"' in errors[1]
    assert "logbook_client._runtime.pagination.Paginator" in result.stdout
