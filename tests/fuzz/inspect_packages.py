"""Run in a subprocess by the fuzz harness: check generated packages and report one JSON line per package.

``python -m tests.fuzz.inspect_packages <project_dir>=<package> ...``. For each package: every ``.py`` file
compiles with warnings as errors; ``pyproject.toml`` parses and holds only the keys we write; every module imports;
every ``call`` of both twins and every resource method runs with dummy arguments over an ``httpx.MockTransport``.
After each step the markers are checked: ``builtins.PWNED`` and the file named by ``FUZZ_MARKER``.
"""

from __future__ import annotations

import asyncio
import builtins
import collections.abc
import datetime
import enum
import importlib
import inspect
import io
import json
import os
import pkgutil
import sys
import tomllib
import types
import typing
import uuid
import warnings
from pathlib import Path
from typing import Any

import attrs
import httpx

from tests.packages import typing_names

MARKER = Path(os.environ["FUZZ_MARKER"])
PYPROJECT_PROJECT_KEYS = {
    "name",
    "version",
    "description",
    "readme",
    "requires-python",
    "dependencies",
    "optional-dependencies",  # the [speed] extra (aiohttp transport, orjson)
}


class Injected(Exception):
    """A marker payload ran."""


def check_markers(where: str) -> None:
    if "PWNED" in vars(builtins) or MARKER.exists():
        raise Injected(where)


def dummy(annotation: Any, package: types.ModuleType, depth: int = 0) -> Any:
    """A value of the annotated type that the generated code accepts."""
    if depth > 6:
        return None
    origin = typing.get_origin(annotation)
    args = typing.get_args(annotation)
    if origin in (typing.Union, types.UnionType):
        preferred = [a for a in args if a is not type(None) and getattr(a, "__name__", "") != "Unset"]
        return dummy(preferred[0], package, depth + 1) if preferred else None
    if origin in (list, collections.abc.Sequence):  # an enum list argument is a Sequence[Enum | Literal[...]]
        return [dummy(args[0], package, depth + 1)] if args else []
    if origin is dict:
        return {}
    if origin is typing.Literal:
        return args[0]
    if annotation is Any or annotation is None or annotation is type(None):
        return None
    if isinstance(annotation, type):
        if issubclass(annotation, bool):
            return True
        if issubclass(annotation, enum.Enum):
            return next(iter(annotation))
        if issubclass(annotation, int):
            return 1
        if issubclass(annotation, float):
            return 1.5
        if issubclass(annotation, str):
            return "x"
        if issubclass(annotation, bytes):
            return b"x"
        if issubclass(annotation, datetime.datetime):
            return datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC)
        if issubclass(annotation, datetime.date):
            return datetime.date(2026, 1, 1)
        if issubclass(annotation, uuid.UUID):
            return uuid.UUID(int=1)
        if annotation.__name__ == "File":
            return annotation(payload=io.BytesIO(b"x"), file_name="x.bin")
        if attrs.has(annotation):
            hints = typing.get_type_hints(annotation, _namespace(annotation, package))
            kwargs = {
                f.name: dummy(hints[f.name], package, depth + 1)
                for f in attrs.fields(annotation)
                if f.default is attrs.NOTHING and f.init
            }
            return annotation(**kwargs)
    return None


def _namespace(owner: Any, package: types.ModuleType) -> dict[str, Any]:
    """The owner's module globals plus every model: models import each other only under TYPE_CHECKING."""
    models = sys.modules.get(f"{package.__name__}.models")
    # models/__init__ is lazy (PEP 562 __getattr__): its names exist once asked for, through __all__.
    every_model = {name: getattr(models, name) for name in getattr(models, "__all__", ())} if models else {}
    return {**every_model, **typing_names(sys.modules[owner.__module__])}


def body_fields(module: types.ModuleType) -> frozenset[str]:
    """The keyword arguments that make the body of an endpoint module's operation (``BodyFields``), if any."""
    fields = getattr(getattr(module, "_operation", None), "BODY_FIELDS", None)
    return frozenset(fields.attributes) if fields is not None else frozenset()


def call_arguments(
    function: Any, package: types.ModuleType, *, optional: bool, fields: frozenset[str] = frozenset()
) -> dict[str, Any]:
    """Dummy values for the required parameters, and for the optional ones too when ``optional``.

    An operation whose body fields are arguments gets its body as ``body=`` (a model) with the required ones,
    and as the field arguments (never both: that is a ``TypeError``) with all of them."""
    hints = typing.get_type_hints(function, _namespace(function, package))
    kwargs = {}
    for name, parameter in inspect.signature(function).parameters.items():
        if name in ("client", "self", "request_options") or (name == "body" and fields and optional):
            continue
        if parameter.default is not inspect.Parameter.empty and not optional and not (name == "body" and fields):
            continue
        kwargs[name] = dummy(hints.get(name, Any), package)
    return kwargs


def handler(request: httpx.Request) -> httpx.Response:
    request.read()
    return httpx.Response(200, json={}, headers={"x-echo": "1"})


async def ahandler(request: httpx.Request) -> httpx.Response:
    await request.aread()
    return httpx.Response(200, json={}, headers={"x-echo": "1"})


def inspect_package(project: Path, name: str) -> dict[str, Any]:
    result: dict[str, Any] = {"project": str(project), "files": 0, "modules": 0, "calls": 0, "problems": []}
    problems: list[str] = result["problems"]
    for path in sorted(project.rglob("*.py")):
        result["files"] += 1
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            try:
                compile(path.read_bytes(), str(path), "exec", dont_inherit=True)
            except (SyntaxError, ValueError, Warning) as exc:
                problems.append(f"compile {path.relative_to(project)}: {type(exc).__name__}: {exc}")
    try:
        pyproject = tomllib.loads((project / "pyproject.toml").read_text(encoding="utf-8"))
        keys = set(pyproject["project"]) - {"license"}  # only when info.license names one: {text = "..."}
        if set(pyproject) != {"project", "build-system", "tool"} or keys != PYPROJECT_PROJECT_KEYS:
            problems.append(f"pyproject.toml has unexpected keys: {sorted(pyproject)} {sorted(pyproject['project'])}")
        license_entry = pyproject["project"].get("license", {"text": ""})
        if not isinstance(license_entry, dict) or set(license_entry) != {"text"} or "\n" in license_entry["text"]:
            problems.append(f"pyproject.toml: license is not one line of text: {license_entry!r}")
    except (OSError, tomllib.TOMLDecodeError) as exc:
        problems.append(f"pyproject.toml: {exc}")
    if problems:
        return result
    sys.path.insert(0, str(project))
    try:
        package = importlib.import_module(name)
        check_markers(f"import {name}")
        modules = [m.name for m in pkgutil.walk_packages(package.__path__, f"{name}.")]
        for module_name in modules:
            importlib.import_module(module_name)
            check_markers(f"import {module_name}")
        result["modules"] = len(modules) + 1
        # A token no operation sends is refused (a random subset of paths may keep only anonymous ones).
        token = {"token": "t"} if package.Client._token_used else {}
        client = package.Client(
            base_url="http://fuzz.test", http_client=httpx.Client(transport=httpx.MockTransport(handler)), **token
        )
        aclient = package.AsyncClient(
            base_url="http://fuzz.test",
            http_client=httpx.AsyncClient(transport=httpx.MockTransport(ahandler)),
            **token,
        )
        check_markers("client")
        for module_name in modules:
            for prefix, target in ((f"{name}.api.", client), (f"{name}.aio.", aclient)):
                module = sys.modules[module_name]
                if not module_name.startswith(prefix) or not inspect.isfunction(getattr(module, "call", None)):
                    continue  # a tag package whose operation is named "call" has a submodule of that name
                calls = [
                    (module.call, False),
                    (module.call, True),
                    (_resource_method(target, module_name, prefix), True),
                ]
                if inspect.isfunction(getattr(module, "iterate", None)):
                    calls.append((module.iterate, True))
                for function, optional in calls:
                    if function is None:
                        continue
                    where = f"{module_name}.{function.__name__}{' (all parameters)' if optional else ''}"
                    try:
                        kwargs = call_arguments(function, package, optional=optional, fields=body_fields(module))
                        args = () if inspect.ismethod(function) else (target,)
                        asyncio.run(_drive(function(*args, **kwargs)))
                    except package.APIError:
                        pass
                    except Injected:
                        raise
                    except Exception as exc:  # noqa: BLE001 - an untyped error from a generated call is the finding
                        problems.append(f"call {where}: {type(exc).__name__}: {exc!s:.300}")
                    result["calls"] += 1
                    check_markers(where)
    except Injected as exc:
        problems.append(f"INJECTION executed at {exc}")
        result["injected"] = True
    except Exception as exc:  # noqa: BLE001
        problems.append(f"import: {type(exc).__name__}: {exc!s:.300}")
    finally:
        sys.path.remove(str(project))
    return result


async def _drive(value: Any) -> None:
    """Finish a call: await a coroutine, and take a first item from a paginator (sync or async)."""
    if hasattr(value, "__aiter__"):
        async for _ in value:  # an AsyncPaginator: its page requests run
            break
    elif inspect.isawaitable(value):
        await value
    elif hasattr(value, "__iter__") and not isinstance(value, str | bytes | list | dict):
        next(iter(value), None)  # a Paginator


def _resource_method(client: Any, module_name: str, prefix: str) -> Any:
    tag, _, operation = module_name[len(prefix) :].partition(".")
    try:
        return getattr(getattr(client, tag), operation)
    except AttributeError:
        return None


def main(argv: list[str]) -> None:
    for argument in argv:
        project, _, name = argument.rpartition("=")
        outcome = inspect_package(Path(project), name)
        if "PWNED" in vars(builtins):
            delattr(builtins, "PWNED")
        MARKER.unlink(missing_ok=True)
        print(json.dumps(outcome), flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
