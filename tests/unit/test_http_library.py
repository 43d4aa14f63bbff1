"""``http_library``: the generation-time rewrite of ``import httpx`` that lets one template source serve httpx2."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from generator.config import GeneratorConfig, load_config
from generator.errors import GenerationError
from generator.render.http_library import copy_runtime, use_http_library
from generator.render.project import RUNTIME_DIR

SOURCE = '''"""Uses httpx: ``import httpx`` in a docstring stays as written."""

import httpx
import httpx  # noqa: F401
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import httpx

LOGGERS = ("httpx", "import httpx")
'''


def test_httpx_leaves_the_source_unchanged() -> None:
    assert use_http_library(SOURCE, "httpx") == SOURCE


def test_httpx2_rewrites_only_import_statements() -> None:
    rewritten = use_http_library(SOURCE, "httpx2")
    assert rewritten.splitlines() == [
        '"""Uses httpx: ``import httpx`` in a docstring stays as written."""',
        "",
        "import httpx2 as httpx",
        "import httpx2 as httpx  # noqa: F401",
        "from typing import TYPE_CHECKING",
        "",
        "if TYPE_CHECKING:",
        "    import httpx2 as httpx",
        "",
        'LOGGERS = ("httpx", "import httpx")',
    ]
    assert use_http_library(rewritten, "httpx2") == rewritten  # idempotent


@pytest.mark.parametrize(
    "line", ["from httpx import Client", "import httpx.x", "import httpx as h", "from httpx._models import Response"]
)
def test_an_import_it_cannot_rewrite_is_an_error_naming_the_line(line: str) -> None:
    with pytest.raises(GenerationError, match=r"^mod\.py:2: .*cannot be rewritten for httpx2"):
        use_http_library(f'"""Doc."""\n{line}\n', "httpx2", name="mod.py")


def _imported_modules(tree: Path) -> set[str]:
    found: set[str] = set()
    for path in tree.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                found.add(node.module.split(".")[0])
    return found


def test_the_copied_runtime_imports_httpx2_only(tmp_path: Path) -> None:
    copy_runtime(RUNTIME_DIR, tmp_path / "httpx", "httpx")
    copy_runtime(RUNTIME_DIR, tmp_path / "httpx2", "httpx2")
    assert "httpx" in _imported_modules(tmp_path / "httpx")
    modules = _imported_modules(tmp_path / "httpx2")
    assert "httpx2" in modules and "httpx" not in modules
    assert not list((tmp_path / "httpx2").rglob("__pycache__"))


def test_config_accepts_httpx2_and_refuses_other_libraries(tmp_path: Path) -> None:
    assert GeneratorConfig().http_library == "httpx"
    good = tmp_path / "good.yaml"
    good.write_text("http_library: httpx2\n")
    assert load_config(good).http_library == "httpx2"
    bad = tmp_path / "bad.yaml"
    bad.write_text("http_library: requests\n")
    with pytest.raises(GenerationError, match=r"http_library: 'requests' is not an HTTP library; use one of httpx"):
        load_config(bad)


@pytest.mark.parametrize("name", ["httpx2", "httpcore2"])
def test_httpx2_modules_are_not_package_names(name: str) -> None:
    with pytest.raises(GenerationError, match="shadow"):
        GeneratorConfig(package_name=name)
