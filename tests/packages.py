"""Generated packages made importable for the length of a test module, then forgotten."""

from __future__ import annotations

import ast
import contextlib
import inspect
import sys
import types
from collections.abc import Iterator
from pathlib import Path
from typing import Any


@contextlib.contextmanager
def importable(out: Path, package: str) -> Iterator[None]:
    """``package``, generated into ``out``, importable inside the block; its modules are dropped after it, so that
    another test module may generate a package of the same name."""
    sys.path.insert(0, str(out))
    try:
        yield
    finally:
        sys.path.remove(str(out))
        for name in [name for name in sys.modules if name.split(".")[0] == package]:
            del sys.modules[name]


def typing_names(module: types.ModuleType) -> dict[str, Any]:
    """The module's globals plus what it imports under ``if TYPE_CHECKING:`` (a resource's annotations are strings
    whose names are imported there only, so that touching a resource loads nothing else)."""
    namespace: dict[str, Any] = {**vars(module)}
    tree = ast.parse(inspect.getsource(module))
    for node in tree.body:
        if isinstance(node, ast.If) and isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING":
            exec(compile(ast.Module(body=node.body, type_ignores=[]), module.__name__, "exec"), namespace)
    return namespace
