"""The public surface of a generated package, read from its source: what Python callers import and call.

``read_surface(package_dir)`` parses (never imports) the generated files:

- every model class listed in ``models/__init__.py``: its fields (annotation, required or not) for attrs classes,
  its members for enums;
- every resource method ``client.<resource>.<method>``: its parameters (kind, annotation, default) and return
  annotation, which also names the paginator's and stream's item type (``Paginator[Item]``);
- the public functions of each operation module ``api.<resource>.<operation>`` (``call``, ``iterate``...).

Annotations are kept as source text with union members sorted (``None`` and ``Unset`` last), so that
``None | str`` and ``str | None`` are equal. ``_surface_diff.py`` compares two surfaces; the async twins come
from the same templates and are not read.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["Model", "Operation", "Parameter", "Surface", "read_surface", "union_members"]


@dataclass(frozen=True)
class Parameter:
    """One parameter of a resource method."""

    name: str
    kind: str  # positional / keyword / var
    annotation: str
    default: str | None  # source text; None when the parameter is required

    @property
    def required(self) -> bool:
        """Whether a call must pass it."""
        return self.default is None and self.kind != "var"


@dataclass(frozen=True)
class Operation:
    """``client.<resource>.<method>``: its signature, and the functions of its ``api`` module."""

    resource: str
    name: str
    parameters: tuple[Parameter, ...]
    returns: str
    functions: frozenset[str]

    @property
    def key(self) -> str:
        """The name users call."""
        return f"client.{self.resource}.{self.name}"


@dataclass(frozen=True)
class Field:
    """One attribute of a model class."""

    annotation: str
    required: bool  # the constructor needs it
    init: bool = True  # False: not a constructor argument (additional_properties)


@dataclass
class Model:
    """A class of ``models``: an attrs class (``fields``) or an Enum (``members``, name → value source)."""

    name: str
    module: str
    kind: str  # "class" / "enum"
    fields: dict[str, Field] = field(default_factory=dict)
    members: dict[str, str] = field(default_factory=dict)
    bases: tuple[str, ...] = ()


@dataclass
class Surface:
    """Everything a caller of the package can name."""

    package: str
    models: dict[str, Model] = field(default_factory=dict)
    operations: dict[str, Operation] = field(default_factory=dict)


def union_members(annotation: str) -> frozenset[str]:
    """The top-level members of a ``|`` union written as source text."""
    members: list[str] = []
    depth, start = 0, 0
    for index, char in enumerate(annotation):
        if char in "[(":
            depth += 1
        elif char in "])":
            depth -= 1
        elif char == "|" and depth == 0:
            members.append(annotation[start:index].strip())
            start = index + 1
    members.append(annotation[start:].strip())
    return frozenset(part.strip("\"'") for member in members if member for part in _literal_values(member))


def _literal_values(member: str) -> list[str]:
    """``Literal['a', 'b']`` as ``Literal['a']`` and ``Literal['b']``, so that a value added to an argument's
    ``Literal`` (an enum's plain values) is a wider type, not another one; any other member as it is."""
    if not member.startswith("Literal["):
        return [member]
    try:
        node = ast.parse(member, mode="eval").body
    except SyntaxError:
        return [member]
    if not isinstance(node, ast.Subscript):
        return [member]
    values = node.slice.elts if isinstance(node.slice, ast.Tuple) else [node.slice]
    return [f"Literal[{ast.unparse(value)}]" for value in values]


def _annotation(node: ast.expr | None) -> str:
    if node is None:
        return "Any"
    text = ast.unparse(node)
    if isinstance(node, ast.Constant) and isinstance(node.value, str):  # a forward reference "X | None"
        text = node.value
    if "|" not in text:
        return text.strip("\"'")
    return " | ".join(sorted(union_members(text), key=lambda member: (member in ("None", "Unset"), member)))


def _parse(path: Path) -> ast.Module | None:
    try:
        return ast.parse(path.read_bytes(), filename=str(path))
    except (OSError, SyntaxError, ValueError):
        return None


def _model_index(models_init: Path) -> dict[str, str]:
    """Class name → module, from the ``if TYPE_CHECKING:`` imports of ``models/__init__.py``."""
    tree = _parse(models_init)
    index: dict[str, str] = {}
    if tree is None:
        return index
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.level == 1 and node.module:
            for alias in node.names:
                index[alias.asname or alias.name] = node.module
    return index


def _read_model(name: str, module: str, tree: ast.Module) -> Model | None:
    for node in tree.body:
        if isinstance(node, ast.ClassDef) and node.name == name:
            bases = tuple(ast.unparse(base) for base in node.bases)
            if any("Enum" in base for base in bases):
                members = {
                    target.id: ast.unparse(item.value)
                    for item in node.body
                    if isinstance(item, ast.Assign)
                    for target in item.targets
                    if isinstance(target, ast.Name) and not target.id.startswith("_")
                }
                return Model(name=name, module=module, kind="enum", members=members, bases=bases)
            fields: dict[str, Field] = {}
            for item in node.body:
                if isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name):
                    if item.target.id.startswith("_"):
                        continue
                    init = not (
                        isinstance(item.value, ast.Call)
                        and any(kw.arg == "init" and ast.unparse(kw.value) == "False" for kw in item.value.keywords)
                    )
                    fields[item.target.id] = Field(_annotation(item.annotation), item.value is None, init)
            return Model(name=name, module=module, kind="class", fields=fields, bases=bases)
    return None


def _signature(function: ast.FunctionDef | ast.AsyncFunctionDef) -> tuple[tuple[Parameter, ...], str]:
    args = function.args
    out: list[Parameter] = []
    positional = args.posonlyargs + args.args
    defaults: list[ast.expr | None] = [None] * (len(positional) - len(args.defaults)) + list(args.defaults)
    for arg, default in zip(positional, defaults, strict=True):
        if arg.arg in ("self", "cls"):
            continue
        text = ast.unparse(default) if default is not None else None
        out.append(Parameter(arg.arg, "positional", _annotation(arg.annotation), text))
    for arg, default in zip(args.kwonlyargs, args.kw_defaults, strict=True):
        text = ast.unparse(default) if default is not None else None
        out.append(Parameter(arg.arg, "keyword", _annotation(arg.annotation), text))
    for var in (args.vararg, args.kwarg):
        if var is not None:
            out.append(Parameter(var.arg, "var", _annotation(var.annotation), None))
    return tuple(out), _annotation(function.returns)


_TOP_LEVEL_DEF = re.compile(r"^(?:async )?def ([A-Za-z]\w*)\(", re.MULTILINE)


def _public_functions(path: Path) -> frozenset[str]:
    """The public top-level functions of a module (a line scan: these modules are generated, never hand-written)."""
    try:
        return frozenset(_TOP_LEVEL_DEF.findall(path.read_text(encoding="utf-8")))
    except (OSError, ValueError):
        return frozenset()


def _class_head(path: Path, name: str) -> ast.Module | None:
    """The class ``name`` of a model module up to its first method: its bases, fields and members.

    Parsing only that part reads a model several times faster than parsing its ``to_dict``/``from_dict`` too.
    """
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, ValueError):
        return None
    match = re.search(rf"^class {re.escape(name)}\b", text, re.MULTILINE)
    if match is None:
        return None
    end = re.compile(r"^(?:    (?:@|def |async def )|\S)", re.MULTILINE)
    head_end = end.search(text, text.index("\n", match.start()) + 1)
    try:
        return ast.parse(text[match.start() : head_end.start() if head_end else len(text)])
    except SyntaxError:
        return _parse(path)


def _resource_names(client: Path) -> dict[str, str]:
    """Resource class name → the attribute of Client that holds it (``UsersResource`` → ``users``)."""
    tree = _parse(client)
    names: dict[str, str] = {}
    if tree is None:
        return names
    for node in tree.body:
        if isinstance(node, ast.ClassDef) and node.name == "Client":
            for item in node.body:
                if isinstance(item, ast.FunctionDef) and item.returns is not None:
                    names[_annotation(item.returns)] = item.name
    return names


def read_surface(package_dir: Path) -> Surface:
    """The surface of the package in ``package_dir`` (the folder holding ``__init__.py``)."""
    surface = Surface(package=package_dir.name)
    for name, module in _model_index(package_dir / "models" / "__init__.py").items():
        tree = _class_head(package_dir / "models" / f"{module}.py", name)
        model = _read_model(name, module, tree) if tree is not None else None
        if model is not None:
            surface.models[name] = model
    resources = _resource_names(package_dir / "_client.py")
    api = package_dir / "api"
    for resource_file in sorted(api.glob("*/_resource.py")):
        tree = _parse(resource_file)
        if tree is None:
            continue
        for node in tree.body:
            if not isinstance(node, ast.ClassDef):
                continue
            attribute = resources.get(node.name, resource_file.parent.name)
            for item in node.body:
                if isinstance(item, ast.FunctionDef) and not item.name.startswith("_"):
                    parameters, returns = _signature(item)
                    functions = _public_functions(resource_file.parent / f"{item.name}.py")
                    op = Operation(attribute, item.name, parameters, returns, functions)
                    surface.operations[op.key] = op
    return surface
