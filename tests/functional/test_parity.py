"""Parity: the async twin has exactly the sync twin's names and signatures, translated through the one name table.

The table is generator/plan/pairs.py, the same one the templates are rendered with; nothing here lists names by hand.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

import logbook_client
from generator.plan.pairs import SYNC_TO_ASYNC, async_name

PACKAGE_DIR = Path(logbook_client.__file__).parent
SYNC_PKG = "api"
ASYNC_PKG = async_name(SYNC_PKG)


def _module_files(package: str) -> set[str]:
    root = PACKAGE_DIR / package
    return {path.relative_to(root).as_posix() for path in root.rglob("*.py")}


def _endpoint_modules() -> list[str]:
    """Every endpoint and resource module of the sync twin, as ``<tag>.<module>``."""
    names = []
    for tag in pkgutil.iter_modules([str(PACKAGE_DIR / SYNC_PKG)]):
        for module in pkgutil.iter_modules([str(PACKAGE_DIR / SYNC_PKG / tag.name)]):
            names.append(f"{tag.name}.{module.name}")
    return sorted(names)


def _translate(annotation: str) -> str:
    """Rewrite a sync annotation into the async twin's words, token by token, through the table."""
    out = annotation
    for sync_name, async_equivalent in SYNC_TO_ASYNC.items():
        if sync_name.isidentifier() and sync_name[0].isupper():
            out = _replace_word(out, sync_name, async_equivalent)
    for word in set(_words(out)):
        if word.endswith("Resource") and not word.startswith("Async"):
            out = _replace_word(out, word, async_name(word))
    return out


def _words(text: str) -> list[str]:
    import re

    return re.findall(r"[A-Za-z_][A-Za-z0-9_]*", text)


def _replace_word(text: str, old: str, new: str) -> str:
    import re

    return re.sub(rf"\b{re.escape(old)}\b", new, text)


def _signature(obj: Any) -> list[tuple[str, str, str, str]]:
    signature = inspect.signature(obj)
    params = [
        (p.name, str(p.kind), str(p.annotation), repr(p.default) if p.default is not p.empty else "-")
        for p in signature.parameters.values()
    ]
    params.append(("return", "", str(signature.return_annotation), ""))
    return params


def _is_async(function: Any) -> bool:
    return inspect.iscoroutinefunction(function) or inspect.isasyncgenfunction(function)


def _returns_paginator(function: Any) -> bool:
    """A paginated operation's ``iterate`` (and resource method) is a plain ``def`` in both twins: the async one
    returns an ``AsyncPaginator``, which is awaited (first page) or ``async for``-ed (items), not a coroutine. So is
    an event stream's ``stream``: the async one returns an ``AsyncEventStream`` (``async with`` / ``async for``)."""
    import re

    annotation = str(inspect.signature(function).return_annotation)
    return re.search(r"\b(?:Async)?(?:Paginator|EventStream)\[", annotation) is not None


def _check_twins(label: str, sync_function: Any, async_function: Any) -> None:
    assert not _is_async(sync_function), f"{label} (sync) is async"
    if _returns_paginator(sync_function):
        assert _returns_paginator(async_function), f"{label} (async) does not return a paginator"
        assert not _is_async(async_function), f"{label} (async) returns a paginator: a plain def"
    else:
        assert _is_async(async_function), f"{label} (async) is not async"


def _public_functions(module: ModuleType) -> dict[str, Any]:
    return {
        name: value
        for name, value in vars(module).items()
        if not name.startswith("_") and inspect.isfunction(value) and value.__module__ == module.__name__
    }


def test_both_twins_have_the_same_file_set() -> None:
    sync_files, async_files = _module_files(SYNC_PKG), _module_files(ASYNC_PKG)
    assert sync_files, "the sync twin has no modules"
    assert sync_files == async_files


def test_every_operation_has_a_shared_module() -> None:
    shared = _module_files("_operations")
    endpoints = {name for name in _module_files(SYNC_PKG) if not name.endswith(("__init__.py", "_resource.py"))}
    assert endpoints == {name for name in shared if not name.endswith("__init__.py")}


@pytest.mark.parametrize("name", [n for n in _endpoint_modules() if not n.endswith("._resource")])
def test_endpoint_twins_match(name: str) -> None:
    sync_module = importlib.import_module(f"logbook_client.{SYNC_PKG}.{name}")
    async_module = importlib.import_module(f"logbook_client.{ASYNC_PKG}.{name}")
    assert sync_module.__all__ == async_module.__all__
    sync_functions, async_functions = _public_functions(sync_module), _public_functions(async_module)
    assert sync_functions.keys() == async_functions.keys()
    assert set(sync_functions) | {"Args"} == set(sync_module.__all__)
    # The batch arguments record is one class, shared through the no-I/O module.
    assert sync_module.Args is async_module.Args
    for function_name, sync_function in sync_functions.items():
        async_function = async_functions[function_name]
        _check_twins(f"{name}.{function_name}", sync_function, async_function)
        expected = [tuple(_translate(part) for part in param) for param in _signature(sync_function)]
        assert _signature(async_function) == expected, f"{name}.{function_name}"
        assert sync_function.__doc__ and async_function.__doc__, f"{name}.{function_name} has no docstring"


@pytest.mark.parametrize("tag", sorted({n.split(".")[0] for n in _endpoint_modules()}))
def test_resource_twins_match(tag: str) -> None:
    sync_module = importlib.import_module(f"logbook_client.{SYNC_PKG}.{tag}._resource")
    async_module = importlib.import_module(f"logbook_client.{ASYNC_PKG}.{tag}._resource")
    (sync_class_name,) = sync_module.__all__
    (async_class_name,) = async_module.__all__
    assert async_class_name == async_name(sync_class_name)
    sync_cls, async_cls = getattr(sync_module, sync_class_name), getattr(async_module, async_class_name)
    sync_methods = {n: m for n, m in vars(sync_cls).items() if inspect.isfunction(m) and not n.startswith("_")}
    async_methods = {n: m for n, m in vars(async_cls).items() if inspect.isfunction(m) and not n.startswith("_")}
    assert sync_methods.keys() == async_methods.keys()
    operations = {
        n.split(".")[1] for n in _endpoint_modules() if n.startswith(f"{tag}.") and not n.endswith("_resource")
    }
    assert {method.removesuffix("_many") for method in sync_methods} == operations
    for method_name, sync_method in sync_methods.items():
        _check_twins(f"{tag}.{method_name}", sync_method, async_methods[method_name])
        expected = [tuple(_translate(part) for part in param) for param in _signature(sync_method)]
        assert _signature(async_methods[method_name]) == expected, f"{tag}.{method_name}"


def test_client_twins_match() -> None:
    sync_cls, async_cls = logbook_client.Client, logbook_client.AsyncClient
    assert async_cls.__name__ == async_name(sync_cls.__name__)

    def public(cls: type) -> dict[str, Any]:
        names = {n for klass in cls.__mro__ if klass is not object for n in vars(klass)}
        paired = SYNC_TO_ASYNC.keys() | set(SYNC_TO_ASYNC.values())
        return {n: getattr(cls, n) for n in names if not n.startswith("_") or n in paired}

    sync_members, async_members = public(sync_cls), public(async_cls)
    assert {async_name(n) for n in sync_members} == set(async_members)
    for name, member in sync_members.items():
        twin = async_members[async_name(name)]
        if inspect.isfunction(member):
            assert inspect.iscoroutinefunction(twin) != inspect.iscoroutinefunction(member) or name == "__init__"
    init_expected = [
        tuple(_translate(part).replace("httpx.Client", "httpx.AsyncClient") for part in param)
        for param in _signature(sync_cls.__init__)
    ]
    assert _signature(async_cls.__init__) == init_expected
