"""The calling half of a conformance run, in its own process: import the generated package, call every operation
through both twins against the mock, write one JSON line per call.

``python -m generator.tools.conform._worker ROOT PACKAGE SPEC BASE_URL OUT --call-timeout S --deadline EPOCH``. A
process of its own per spec: generated packages never meet in one interpreter, and a hang or crash costs one spec.
"""

from __future__ import annotations

import argparse
import ast
import asyncio
import importlib
import inspect
import json
import sys
import time
import typing
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any, TextIO

import httpx

from ...spec.loader import load_document
from ._arguments import find_operation, has_2xx, json_arguments, parameters, response_schema
from ._classify import Outcome, classify, wrong_members
from ._values import to_python

TWINS = (("sync", "api"), ("async", "aio"))
#: Keywords of a generated function that are not the operation's arguments.
_NOT_ARGUMENTS = {"client", "request_options"}


class Recorder:
    """What the package decoded during one call: the JSON tree ``loads`` returned and the model class each dict of
    it became (by identity: generated ``from_dict`` reads its input in place, without a copy)."""

    def __init__(self) -> None:
        self.trees: list[Any] = []
        self.classes: dict[int, str] = {}

    def reset(self) -> None:
        self.trees.clear()
        self.classes.clear()

    def class_of(self, value: Any) -> str | None:
        return self.classes.get(id(value))

    def wrap_loads(self, module: ModuleType) -> None:
        original: Callable[[bytes], Any] = getattr(module, "loads")  # noqa: B009 - a module of the package

        def loads(content: bytes) -> Any:
            tree = original(content)
            self.trees.append(tree)
            return tree

        setattr(module, "loads", loads)  # noqa: B010

    def wrap_models(self, package_dir: Path, package: str) -> None:
        for path in sorted((package_dir / "models").glob("*.py")):
            if path.stem == "__init__":
                continue
            try:
                module = importlib.import_module(f"{package}.models.{path.stem}")
            except Exception:  # noqa: BLE001, S112 - a module that cannot load is found again by the calls
                continue
            for value in vars(module).values():
                if isinstance(value, type) and isinstance(value.__dict__.get("from_dict"), classmethod):
                    self._wrap(value)

    def _wrap(self, cls: type) -> None:
        function = cls.__dict__["from_dict"].__func__
        recorder = self

        def from_dict(klass: type, src_dict: Any) -> Any:
            result = function(klass, src_dict)
            recorder.classes[id(src_dict)] = klass.__name__
            return result

        cls.from_dict = classmethod(from_dict)  # type: ignore[attr-defined]


def operations(package_dir: Path) -> Iterator[tuple[str, str, str, str, str]]:
    """``(tag, name, method, path, source)`` of every generated operation, read from ``_operations`` without
    importing it (an import may be what fails)."""
    for path in sorted((package_dir / "_operations").glob("*/*.py")):
        if path.stem == "__init__":
            continue
        source = path.read_text(encoding="utf-8")
        found = _operation_literal(source)
        if found is not None:
            yield path.parent.name, path.stem, found[0], found[1], source


def _operation_literal(source: str) -> tuple[str, str] | None:
    for node in ast.parse(source).body:
        if (
            isinstance(node, ast.Assign)
            and any(isinstance(t, ast.Name) and t.id == "OPERATION" for t in node.targets)
            and isinstance(node.value, ast.Call)
        ):
            keywords = {k.arg: k.value for k in node.value.keywords}
            method, path = keywords.get("method"), keywords.get("path")
            if isinstance(method, ast.Constant) and isinstance(path, ast.Constant):
                return str(method.value), str(path.value)
    return None


def _hints(function: Callable[..., Any]) -> dict[str, Any]:
    try:
        return typing.get_type_hints(function)
    except Exception:  # noqa: BLE001 - names only under TYPE_CHECKING: fall back to Any
        return {}


def required_names(function: Callable[..., Any]) -> list[str]:
    """The keywords to pass: those without a default, and ``body`` always."""
    names = []
    for name, parameter in inspect.signature(function).parameters.items():
        if name in _NOT_ARGUMENTS or parameter.kind is not inspect.Parameter.KEYWORD_ONLY:
            continue
        if parameter.default is inspect.Parameter.empty or name == "body":
            names.append(name)
    return names


class Runner:
    """Calls operations of one package, both twins, and classifies each outcome."""

    def __init__(self, root: Path, package: str, spec: Path, base_url: str, call_timeout: float) -> None:
        sys.path.insert(0, str(root))
        self.package = package
        self.package_dir = root / package
        self.document = load_document(spec).data
        self.recorder = Recorder()
        module = importlib.import_module(package)
        self.recorder.wrap_loads(importlib.import_module(f"{package}._runtime.decoding"))
        self.recorder.wrap_models(self.package_dir, package)
        self.last: dict[str, Any] = {}
        timeout = httpx.Timeout(call_timeout)
        hooks_sync = {"response": [self._seen]}
        hooks_async = {"response": [self._aseen]}
        self.http = httpx.Client(timeout=timeout, event_hooks=hooks_sync)
        self.ahttp = httpx.AsyncClient(timeout=timeout, event_hooks=hooks_async)
        # A token only where some operation sends one: a client refuses a token it would never send.
        token = "conform:token" if getattr(module.Client, "_token_used", True) else None
        settings = {"base_url": base_url, "token": token, "max_retries": 0, "timeout": timeout}
        self.clients = {
            "sync": module.Client(http_client=self.http, **settings),
            "async": module.AsyncClient(http_client=self.ahttp, **settings),
        }

    def _seen(self, response: httpx.Response) -> None:
        self.last = {"status": response.status_code, "headers": dict(response.headers)}

    async def _aseen(self, response: httpx.Response) -> None:
        self._seen(response)

    async def call(
        self, twin: str, folder: str, tag: str, name: str, method: str, path: str, source: str
    ) -> dict[str, Any]:
        record: dict[str, Any] = {"operation": f"{method} {path}", "name": f"{tag}.{name}", "twin": twin}
        try:
            module = importlib.import_module(f"{self.package}.{folder}.{tag}.{name}")
        except Exception as exc:  # noqa: BLE001 - a broken module is an outcome, not a crash of the run
            return record | _outcome(classify(exc, status=None))
        function = getattr(module, "call_detailed", None) or getattr(module, "call", None)
        found = find_operation(self.document, method, path)
        if function is None or found is None:
            return record | {"kind": "not_called", "detail": "no call function" if function is None else "not in spec"}
        operation, path_item = found
        try:
            names = required_names(function)
            hints = _hints(function)
            values = json_arguments(names, operation, path_item, self.document, source=source)
            kwargs = {key: to_python(value, hints.get(key, Any)) for key, value in values.items()}
        except Exception as exc:  # noqa: BLE001 - what the synthesiser could not build is reported, not raised
            cause = f"arguments: {type(exc).__name__}"
            return record | {"kind": "not_called", "detail": f"{cause}: {str(exc)[:200]}", "cause": cause}
        self.recorder.reset()
        self.last = {}
        error: BaseException | None = None
        result: Any = None
        try:
            result = function(self.clients[twin], **kwargs)
            if inspect.isawaitable(result):
                result = await result
        except Exception as exc:  # noqa: BLE001 - every failure is classified
            error = exc
        status = self.last.get("status")
        body = getattr(error, "body", None)
        accept = any(
            p.get("in") == "header" and str(p["name"]).lower() == "accept"
            for p in parameters(operation, path_item, self.document)
        )
        outcome = classify(
            error,
            status=status,
            headers=self.last.get("headers"),
            body=body,
            has_2xx=has_2xx(operation),
            accept_parameter=accept,
        )
        if outcome.kind == "ok" and status is not None and self.recorder.trees:
            schema = response_schema(operation, status, self.document)
            if schema is not None:
                wrong = wrong_members(self.recorder.trees[-1], schema, self.document, self.recorder.class_of)
                if wrong:
                    outcome = Outcome("wrong_member", "; ".join(wrong[:3]), "a union value decoded to a sibling member")
        return record | _outcome(outcome) | {"status": status}

    async def close(self) -> None:
        self.clients["sync"].close()
        await self.clients["async"].aclose()
        self.http.close()  # ours: a client given an http_client leaves it open
        await self.ahttp.aclose()


def _outcome(outcome: Outcome) -> dict[str, Any]:
    return {"kind": outcome.kind, "detail": outcome.detail, "cause": outcome.cause}


async def run(args: argparse.Namespace, out: TextIO) -> None:
    runner = Runner(args.root, args.package, args.spec, args.base_url, args.call_timeout)
    try:
        for tag, name, method, path, source in operations(runner.package_dir):
            for twin, folder in TWINS:
                if time.time() > args.deadline:
                    record = {"operation": f"{method} {path}", "name": f"{tag}.{name}", "twin": twin}
                    record |= {"kind": "not_called", "detail": "the spec's time limit was reached"}
                else:
                    record = await runner.call(twin, folder, tag, name, method, path, source)
                out.write(json.dumps(record) + "\n")
                out.flush()
    finally:
        await runner.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator.tools.conform._worker")
    parser.add_argument("root", type=Path)
    parser.add_argument("package")
    parser.add_argument("spec", type=Path)
    parser.add_argument("base_url")
    parser.add_argument("out", type=Path)
    parser.add_argument("--call-timeout", type=float, default=10.0)
    parser.add_argument("--deadline", type=float, default=float("inf"))
    args = parser.parse_args(argv)
    with args.out.open("a", encoding="utf-8") as out:
        asyncio.run(run(args, out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
