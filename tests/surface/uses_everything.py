"""Write a "uses everything" script for a generated package, by importing it (not by reading its source).

``python -m tests.surface.uses_everything PROJECT_DIR PACKAGE`` prints a JSON object ``{"script": ..., "keys":
{line: key}}``. The script, checked by ``mypy --strict`` against *another* version of the package, fails wherever
code written against this version breaks:

- one import per model class (key ``models.X``): a removed or renamed class;
- per attrs class, a call of its constructor with every init argument typed as today (key ``models.X``) and an
  ``assert_type`` per field (key ``models.X.f``): a new required field, a removed field, any type change;
- per enum member, a reference (key ``models.E.M``): a removed member;
- per ``client.<resource>.<method>``, a call with every parameter typed as today, whose result is
  ``assert_type``-d to today's return type (key ``client.<resource>.<method>``): a new required or removed
  parameter, narrower parameter types, any return change (``Any`` and ``None`` included), and an import per public
  function of its ``api`` module.

It runs in its own process so that many versions of one package name can be read in one test session. This is
an independent reading of the package (runtime introspection) from the one the surface diff uses (the AST).
"""

from __future__ import annotations

import collections.abc
import enum
import importlib
import inspect
import json
import pkgutil
import sys
import types
import typing
from pathlib import Path
from typing import Any

import attrs

from tests.packages import typing_names

#: Generic return types whose iteration yields their type argument (a paginator's or a stream's items).
_ITEMS = frozenset({"Paginator", "AsyncPaginator", "Stream", "AsyncStream", "Iterator", "Iterable", "Generator"})


class _Script:
    def __init__(self, package: str) -> None:
        self.package = package
        self.imports: dict[str, str] = {}  # import line -> key
        self.modules: set[str] = set()
        self.lines: list[tuple[str, str]] = []  # (line, key)

    def name_of(self, obj: Any, key: str) -> str:
        module, name = obj.__module__, obj.__qualname__
        if module == "builtins":
            return name
        if module.startswith(f"{self.package}.models."):
            self.imports.setdefault(f"from {self.package}.models import {name}", f"models.{name}")
            return name
        if module.startswith(self.package + "."):
            self.imports.setdefault(f"from {module} import {name}", "runtime")
            return name
        self.modules.add(module)
        return f"{module}.{name}"

    def fmt(self, annotation: Any, key: str) -> str:
        if annotation is None or annotation is type(None):
            return "None"
        if annotation is Any:
            return "typing.Any"
        if isinstance(annotation, str):
            return annotation
        origin = typing.get_origin(annotation)
        args = typing.get_args(annotation)
        if origin in (typing.Union, types.UnionType):
            return " | ".join(self.fmt(arg, key) for arg in args)
        if origin is typing.Literal:
            return f"typing.Literal[{', '.join(repr(arg) for arg in args)}]"
        if origin is not None:
            inner = ", ".join(
                "[" + ", ".join(self.fmt(a, key) for a in arg) + "]" if isinstance(arg, list) else self.fmt(arg, key)
                for arg in args
            )
            return f"{self.fmt(origin, key)}[{inner}]" if args else self.fmt(origin, key)
        if isinstance(annotation, type):
            return self.name_of(annotation, key)
        if isinstance(annotation, typing.TypeVar):
            return "typing.Any"
        return repr(annotation)

    def add(self, line: str, key: str) -> None:
        self.lines.append((line, key))

    def render(self) -> tuple[str, dict[int, str]]:
        head = ["from __future__ import annotations", "", "import typing", "from typing import assert_type"]
        head += [f"import {module}" for module in sorted(self.modules)]
        keys: dict[int, str] = {}
        body: list[str] = []
        for line, key in sorted(self.imports.items()):
            body.append(line)
            keys[len(head) + len(body)] = key
        body.append("")
        for line, key in self.lines:
            body.append(line)
            if key:
                keys[len(head) + len(body)] = key
        return "\n".join(head + body) + "\n", keys


def _hints(cls: type, namespace: dict[str, Any]) -> dict[str, Any]:
    module = sys.modules[cls.__module__]
    try:
        return typing.get_type_hints(cls, globalns={**namespace, **vars(module)})
    except (NameError, TypeError):
        return {}


def _models(script: _Script, package: str) -> None:
    models = importlib.import_module(f"{package}.models")
    names = list(getattr(models, "__all__", ()))
    namespace = {name: getattr(models, name) for name in names}
    types_module = importlib.import_module(f"{package}.types")
    namespace.update(vars(types_module))
    for index, name in enumerate(names):
        cls = namespace[name]
        if not isinstance(cls, type):
            continue
        script.name_of(cls, f"models.{name}")
        if issubclass(cls, enum.Enum):
            script.add(f"def _enum_{index}() -> None:", "")
            for member in cls.__members__:
                script.add(f"    {name}.{member}", f"models.{name}.{member}")
            script.add("", "")
        elif attrs.has(cls):
            hints = _hints(cls, namespace)
            fields = [f for f in attrs.fields(cls) if not f.name.startswith("_")]
            init = [f for f in fields if f.init]
            params = ", ".join(f"a_{f.alias}: {script.fmt(hints.get(f.name, f.type), '')}" for f in init)
            script.add(f"def _model_{index}(x: {name}{', ' if params else ''}{params}) -> None:", "")
            arguments = ", ".join(f"{f.alias}=a_{f.alias}" for f in init)
            script.add(f"    {name}({arguments})", f"models.{name}")
            for f in fields:
                script.add(
                    f"    assert_type(x.{f.name}, {script.fmt(hints.get(f.name, f.type), '')})",
                    f"models.{name}.{f.name}",
                )
            script.add("", "")


def _resources(script: _Script, package: str) -> None:
    client_module = importlib.import_module(f"{package}._client")
    client_cls = client_module.Client
    script.name_of(client_cls, "runtime")
    attributes: dict[str, str] = {}
    for attribute, member in vars(client_cls).items():
        function = getattr(member, "func", None)
        if function is not None:
            returns = inspect.signature(function).return_annotation
            attributes[str(returns).strip("\"'")] = attribute
    api = importlib.import_module(f"{package}.api")
    counter = 0
    for info in sorted(pkgutil.iter_modules(api.__path__), key=lambda i: i.name):
        try:
            resource_module = importlib.import_module(f"{package}.api.{info.name}._resource")
        except ImportError:
            continue
        for cls_name, cls in vars(resource_module).items():
            if not (isinstance(cls, type) and cls.__module__ == resource_module.__name__ and cls_name in attributes):
                continue
            attribute = attributes[cls_name]
            namespace = typing_names(resource_module)
            for method_name, method in vars(cls).items():
                if method_name.startswith("_") or not callable(method):
                    continue
                key = f"client.{attribute}.{method_name}"
                counter += 1
                signature = inspect.signature(method)
                try:
                    hints = typing.get_type_hints(method, globalns=namespace)
                except (NameError, TypeError):
                    hints = {}
                params = [p for p in signature.parameters.values() if p.name != "self"]
                declared = ", ".join(f"a_{p.name}: {script.fmt(hints.get(p.name, p.annotation), key)}" for p in params)
                returns = script.fmt(hints.get("return", signature.return_annotation), key)
                script.add(f"def _op_{counter}(client: Client{', ' if declared else ''}{declared}) -> None:", key)
                arguments = ", ".join(f"{p.name}=a_{p.name}" for p in params)
                script.add(f"    assert_type(client.{attribute}.{method_name}({arguments}), {returns})", key)
                result = hints.get("return", signature.return_annotation)
                origin, args = typing.get_origin(result), typing.get_args(result)
                if isinstance(origin, type) and origin.__name__ in _ITEMS and len(args) == 1:
                    # assert_type lets Paginator[Any] pass for Paginator[Item]: check the items themselves
                    item = script.fmt(args[0], key)
                    call = f"client.{attribute}.{method_name}({arguments})"
                    script.add(f"    for item in {call}: assert_type(item, {item})", key)
                script.add("", "")
                try:
                    module = importlib.import_module(f"{package}.api.{info.name}.{method_name}")
                except ImportError:
                    continue
                for function in getattr(module, "__all__", ()):
                    if inspect.isfunction(getattr(module, function, None)):
                        script.imports.setdefault(
                            f"from {package}.api.{info.name}.{method_name} import {function} as _f{counter}_{function}",
                            key,
                        )


def build(project_dir: Path, package: str) -> tuple[str, dict[int, str]]:
    """The script and, per line number, the key of what the line uses."""
    sys.path.insert(0, str(project_dir))
    script = _Script(package)
    _models(script, package)
    _resources(script, package)
    return script.render()


if __name__ == "__main__":
    text, keys = build(Path(sys.argv[1]), sys.argv[2])
    json.dump({"script": text, "keys": keys}, sys.stdout)
    _ = collections.abc  # keep the import: annotations of generated code name collections.abc types
