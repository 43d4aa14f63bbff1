"""generator/'s modules import one another without cycles: the layout reads as a pipeline, stage after stage.

Every import counts, wherever it is written: at module level, inside a function (a "lazy" import that only hides a
cycle) and under ``if TYPE_CHECKING:`` (a cycle all the same, for a reader and for mypy). The graph is built from
the source with ``ast``, so nothing is imported to check it.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import generator

ROOT = Path(generator.__file__).parent
PACKAGE = "generator"

#: Cycles kept on purpose, each as the sorted module names of one strongly connected component, with the reason.
KNOWN_CYCLES: dict[tuple[str, ...], str] = {}


def module_name(path: Path) -> str:
    """The dotted name of a module file under ``generator/`` (a package's ``__init__`` is the package)."""
    parts = [PACKAGE, *path.relative_to(ROOT).with_suffix("").parts]
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def modules() -> dict[str, Path]:
    """Every module of generator/, by dotted name."""
    return {module_name(path): path for path in sorted(ROOT.rglob("*.py"))}


def imported(name: str, path: Path, known: set[str]) -> Iterator[str]:
    """The modules of generator/ that the module ``name`` (at ``path``) imports, anywhere in its source."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names if alias.name in known)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                target = ".".join([*base, node.module] if node.module else base)
            else:
                target = node.module or ""
            # ``from pkg import mod`` imports the submodule; ``from mod import name`` imports the module
            submodules = [f"{target}.{alias.name}" for alias in node.names if f"{target}.{alias.name}" in known]
            yield from submodules
            if len(submodules) < len(node.names) and target in known:
                yield target


def import_graph() -> dict[str, set[str]]:
    """Module -> the generator modules it imports (itself excluded)."""
    found = modules()
    known = set(found)
    return {name: set(imported(name, path, known)) - {name} for name, path in found.items()}


def cycles(graph: dict[str, set[str]]) -> list[tuple[str, ...]]:
    """The strongly connected components of more than one module (Tarjan), each as sorted names."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[tuple[str, ...]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph[node]):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(tuple(sorted(component)))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return sorted(found)


def test_the_graph_sees_every_kind_of_import() -> None:
    """The parser counts relative, absolute, function-level and TYPE_CHECKING imports (else the test proves little)."""
    graph = import_graph()
    assert "generator.plan.operations" in graph["generator.render.project"]  # from ..plan.operations import ...
    assert "generator.errors" in graph["generator.plan.pagination"]  # from ..errors import ...
    assert "generator._upstream" in graph["generator.plan.pagination"]
    assert graph["generator.plan"] <= set(graph)


def test_a_cycle_is_found(tmp_path: Path) -> None:
    """A two-module cycle, one side hidden under TYPE_CHECKING and the other inside a function, is reported."""
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert cycles(graph) == [("a", "b", "c")]
    assert cycles({"a": {"b"}, "b": set()}) == []
    source = tmp_path / "mod.py"
    source.write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from .other import X\n"
        "def f():\n    from . import third\n",
        encoding="utf-8",
    )
    known = {"pkg.other", "pkg.third", "pkg.mod"}
    assert set(imported("pkg.mod", source, known)) == {"pkg.other", "pkg.third"}


def test_generator_modules_import_without_cycles() -> None:
    found = {cycle for cycle in cycles(import_graph()) if cycle not in KNOWN_CYCLES}
    assert not found, "import cycles in generator/: " + "; ".join(" <-> ".join(cycle) for cycle in sorted(found))


def test_known_cycles_still_exist() -> None:
    """A known cycle that is gone leaves the list, so the list never excuses a new cycle by the same name."""
    assert set(KNOWN_CYCLES) <= set(cycles(import_graph()))
