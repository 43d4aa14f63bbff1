"""What Python type a schema becomes in a generated package, and how two versions of one schema differ.

Used by the spec diff only (:mod:`generator.release.diff` and its ``_diff_*`` modules). Everything works on the
raw spec dicts: local ``$ref`` s are followed (with a guard against cycles), named component models are compared once
by name, and inline schemas are compared where they stand. Nothing here decides what is breaking: each difference
is reported as a *kind* plus the directions (request, response) the slot is used in, and ``_diff_change``
classifies it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote

from .._upstream import ClassName, PythonIdentifier
from ..errors import GenerationError

__all__ = [
    "REQUEST",
    "as_dict",
    "as_list",
    "shown",
    "RESPONSE",
    "Resolver",
    "Shape",
    "SlotDiff",
    "compare_slot",
    "escape",
    "field_name",
    "fields_of",
    "is_class_schema",
    "model_class",
    "shape_of",
    "usage_by_model",
]

REQUEST = "request"
RESPONSE = "response"
SCHEMA_PREFIX = "#/components/schemas/"
FIELD_PREFIX = "field_"  # opc's default ``field_prefix``: the prefix of identifiers that would not be valid

#: ``format`` values opc 0.29.1 turns into a Python type other than ``str``.
_STRING_FORMATS = {"date-time": "datetime", "date": "date", "binary": "File", "uuid": "UUID"}
_PRIMITIVES = {"integer": "int", "number": "float", "boolean": "bool"}


def field_name(name: object) -> str:
    """The Python attribute or keyword name opc makes of a property or parameter name."""
    return str(PythonIdentifier(str(name), FIELD_PREFIX))


def model_class(name: object) -> str:
    """The Python class name opc makes of a component schema name."""
    return str(ClassName(str(name), FIELD_PREFIX))


class Resolver:
    """Follows local ``$ref`` s in one document. ``label`` names the document in error messages."""

    def __init__(self, data: dict[str, Any], label: str) -> None:
        self.data = data
        self.label = label

    def lookup(self, ref: str) -> Any:
        """The node a local reference points at (RFC 6901, percent-decoded)."""
        if not ref.startswith("#"):
            raise GenerationError(f"{self.label}: $ref {ref!r}: only local references (#/...) can be compared")
        node: Any = self.data
        parts = ref[1:].split("/")[1:] if ref not in ("#", "#/") else []
        for raw in parts:
            part = unquote(raw).replace("~1", "/").replace("~0", "~")
            if isinstance(node, dict) and part in node:
                node = node[part]
            elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
                node = node[int(part)]
            else:
                raise GenerationError(f"{self.label}: $ref {ref!r} does not point at anything in the document")
        return node

    def deref(self, node: Any) -> tuple[Any, str | None]:
        """Follow a chain of ``$ref`` s; returns the target and the last reference followed (or None)."""
        seen: set[str] = set()
        ref: str | None = None
        while isinstance(node, dict) and isinstance(node.get("$ref"), str):
            ref = node["$ref"]
            if ref in seen:
                raise GenerationError(f"{self.label}: $ref {ref!r} is a cycle of references with no schema in it")
            seen.add(ref)
            node = self.lookup(ref)
        return node, ref

    def component(self, name: str) -> Any:
        """A schema of ``components/schemas`` by name, or None."""
        schemas = (self.data.get("components") or {}).get("schemas") or {}
        return schemas.get(name) if isinstance(schemas, dict) else None


def as_dict(value: Any) -> dict[str, Any]:
    """``value`` if it is a mapping, else an empty one: specs are untrusted and may put anything anywhere."""
    return value if isinstance(value, dict) else {}


def as_list(value: Any) -> list[Any]:
    """``value`` if it is a list, else an empty one."""
    return value if isinstance(value, list) else []


def _component_name(ref: str | None) -> str | None:
    if ref and ref.startswith(SCHEMA_PREFIX) and "/" not in ref[len(SCHEMA_PREFIX) :]:
        return unquote(ref[len(SCHEMA_PREFIX) :]).replace("~1", "/").replace("~0", "~")
    return None


def _types(schema: dict[str, Any]) -> list[str]:
    kind = schema.get("type")
    if isinstance(kind, str):
        return [kind]
    if isinstance(kind, list):
        return [str(item) for item in kind]
    return []


def is_class_schema(schema: Any) -> bool:
    """Whether opc renders this component schema as a class (an attrs model or an Enum), not a type alias."""
    if not isinstance(schema, dict):
        return False
    if "enum" in schema:
        return True
    if "object" in _types(schema) or "properties" in schema:
        return True
    return bool(schema.get("allOf")) and not schema.get("oneOf") and not schema.get("anyOf")


@dataclass(frozen=True)
class Shape:
    """The Python type a schema becomes: a set of atoms (a union) plus whether ``None`` is allowed.

    Atoms are ``str``, ``int``, ``float``, ``bool``, ``datetime``, ``date``, ``UUID``, ``File``, ``Any``,
    ``model:<Class>``, ``enum``, ``object`` (an inline model), ``list[...]`` and ``dict[str, ...]``. For a single
    atom the schema behind it is kept so that the comparison can go inside (items, fields, enum values).
    """

    atoms: frozenset[str]
    nullable: bool = False
    schema: dict[str, Any] | None = None  # the (resolved) schema of the single atom, for recursion
    resolver: Resolver | None = field(default=None, compare=False)

    @property
    def display(self) -> str:
        """The type as a Python annotation, e.g. ``list[Dataset] | None``."""
        parts = sorted(_display_atom(atom) for atom in self.atoms) or ["Any"]
        if self.nullable:
            parts.append("None")
        return " | ".join(parts)

    @property
    def single(self) -> str | None:
        """The one atom, when the type is not a union."""
        return next(iter(self.atoms)) if len(self.atoms) == 1 else None


def _display_atom(atom: str) -> str:
    if atom.startswith("model:"):
        return atom[len("model:") :]
    if atom == "enum":
        return "Enum"
    if atom == "object":
        return "object"
    return atom


def shape_of(schema: Any, resolver: Resolver, _stack: tuple[str, ...] = ()) -> Shape:
    """The Python type opc 0.29.1 makes of ``schema``."""
    if schema is True or schema is None or schema == {}:
        return Shape(frozenset({"Any"}))
    if not isinstance(schema, dict):
        return Shape(frozenset({"Any"}))
    nullable_sibling = schema.get("nullable") is True
    if isinstance(schema.get("$ref"), str):
        target, ref = resolver.deref(schema)
        name = _component_name(ref)
        if name is not None and is_class_schema(target):
            return Shape(frozenset({f"model:{model_class(name)}"}), nullable_sibling, target, resolver)
        if ref in _stack:  # a recursive alias: name it instead of unfolding it forever
            return Shape(frozenset({f"model:{model_class(name or ref or '')}"}), nullable_sibling)
        inner = shape_of(target, resolver, (*_stack, ref or ""))
        return Shape(inner.atoms, inner.nullable or nullable_sibling, inner.schema, resolver)

    nullable = nullable_sibling or "null" in _types(schema)
    for key in ("oneOf", "anyOf"):
        members = schema.get(key)
        if isinstance(members, list) and members:
            atoms: set[str] = set()
            single_schema: dict[str, Any] | None = None
            for member in members:
                if isinstance(member, dict) and _types(member) == ["null"]:
                    nullable = True
                    continue
                inner = shape_of(member, resolver, _stack)
                atoms |= inner.atoms
                nullable = nullable or inner.nullable
                single_schema = inner.schema
            return Shape(frozenset(atoms), nullable, single_schema if len(atoms) == 1 else None, resolver)
    all_of = schema.get("allOf")
    if isinstance(all_of, list) and len(all_of) == 1 and not schema.get("properties"):
        inner = shape_of(all_of[0], resolver, _stack)
        return Shape(inner.atoms, inner.nullable or nullable, inner.schema, resolver)
    if "enum" in schema or "const" in schema:
        values = schema.get("enum") if "enum" in schema else [schema.get("const")]
        if isinstance(values, list) and None in values:
            nullable = True
        return Shape(frozenset({"enum"}), nullable, schema, resolver)

    types = [kind for kind in _types(schema) if kind != "null"]
    if not types:
        if "properties" in schema or all_of:
            types = ["object"]
        elif "items" in schema:
            types = ["array"]
        else:
            return Shape(frozenset({"Any"}), nullable)
    atoms = set()
    for kind in types:
        if kind == "string":
            atoms.add(_STRING_FORMATS.get(str(schema.get("format", "")), "str"))
        elif kind in _PRIMITIVES:
            atoms.add(_PRIMITIVES[kind])
        elif kind == "array":
            atoms.add(f"list[{shape_of(schema.get('items'), resolver, _stack).display}]")
        elif kind == "object":
            if not schema.get("properties") and not all_of and isinstance(schema.get("additionalProperties"), dict):
                atoms.add(f"dict[str, {shape_of(schema['additionalProperties'], resolver, _stack).display}]")
            else:
                atoms.add("object")
        else:
            atoms.add("Any")
    return Shape(frozenset(atoms), nullable, schema if len(atoms) == 1 else None, resolver)


#: Atoms whose Python value is the decoded JSON itself, so ``Any`` (raw JSON) already holds them the same way.
_JSON_NATIVE = frozenset({"str", "int", "float", "bool", "list[Any]", "dict[str, Any]"})


def _covers(atoms: frozenset[str], atom: str) -> bool:
    """Whether a value of type ``atom`` is accepted where ``atoms`` is expected (``int`` fits ``float``).

    ``Any`` is raw decoded JSON: it covers JSON-native types but not models, enums or dates, whose Python values
    are different objects (an ``Event`` is not the dict it was parsed from).
    """
    return atom in atoms or ("Any" in atoms and atom in _JSON_NATIVE) or (atom == "int" and "float" in atoms)


@dataclass(frozen=True)
class Field:
    """One property of an object schema, with its Python attribute name."""

    name: str  # the JSON name
    python: str  # the attribute name
    schema: Any
    required: bool


def fields_of(schema: Any, resolver: Resolver, _seen: frozenset[str] = frozenset()) -> dict[str, Field]:
    """The properties of an object schema keyed by Python name, with ``allOf`` merged as opc merges it."""
    out: dict[str, Field] = {}
    if not isinstance(schema, dict):
        return out
    for member in schema.get("allOf") or []:
        target, ref = resolver.deref(member)
        if ref is not None and ref in _seen:
            continue
        out.update(fields_of(target, resolver, _seen | ({ref} if ref else set())))
    required = as_list(schema.get("required"))
    properties = as_dict(schema.get("properties"))
    for name, prop in properties.items():
        python = field_name(name)
        out[python] = Field(name=str(name), python=python, schema=prop, required=name in required)
    # ``required`` in an allOf member or the outer schema applies to properties defined elsewhere too
    for python, item in list(out.items()):
        if item.name in required and not item.required:
            out[python] = Field(item.name, item.python, item.schema, True)
    return out


def additional_properties(schema: Any, resolver: Resolver) -> bool:
    """Whether opc gives the model an ``additional_properties`` mapping (anything but ``false``)."""
    if not isinstance(schema, dict):
        return True
    flags = [schema.get("additionalProperties", True)]
    for member in schema.get("allOf") or []:
        target, _ = resolver.deref(member)
        if isinstance(target, dict):
            flags.append(target.get("additionalProperties", True))
    return all(flag is not False for flag in flags)


def enum_values(schema: dict[str, Any]) -> list[Any]:
    """The values of an enum (or a ``const``), ``null`` left out."""
    values = schema.get("enum") if "enum" in schema else [schema.get("const")]
    return [value for value in values if value is not None] if isinstance(values, list) else []


@dataclass(frozen=True)
class SlotDiff:
    """One difference found inside a slot: ``kind`` is classified by :mod:`generator.release.diff`."""

    kind: str
    where: str  # e.g. ``Dataset.retention_days`` or ``body.items[]``
    detail: str  # the human part, Markdown
    pointer: str


Emit = Callable[[SlotDiff], None]


def compare_slot(old: Any, new: Any, old_r: Resolver, new_r: Resolver, where: str, pointer: str, emit: Emit) -> None:
    """Compare the types of one slot (a field, parameter, body or response), recursing into inline schemas.

    Named models are not entered here: they are compared once, by name, under their own heading.
    """
    _Comparer(old_r, new_r, emit).slot(old, new, where, pointer, set())


def compare_model(old: Any, new: Any, old_r: Resolver, new_r: Resolver, where: str, pointer: str, emit: Emit) -> None:
    """Compare two versions of one named component model (fields, enum values, additional properties)."""
    _Comparer(old_r, new_r, emit).body(old, new, where, pointer, set())


class _Comparer:
    def __init__(self, old_r: Resolver, new_r: Resolver, emit: Emit) -> None:
        self.old_r = old_r
        self.new_r = new_r
        self.emit = emit

    def slot(self, old: Any, new: Any, where: str, pointer: str, seen: set[tuple[int, int]]) -> None:
        key = (id(old), id(new))
        if key in seen:
            return
        seen = seen | {key}
        before, after = shape_of(old, self.old_r), shape_of(new, self.new_r)
        if before.nullable != after.nullable:
            kind = "now-nullable" if after.nullable else "no-longer-nullable"
            self.emit(
                SlotDiff(kind, where, "may now be `None`" if after.nullable else "can no longer be `None`", pointer)
            )
        if before.atoms != after.atoms:
            one_before, one_after = before.single, after.single
            if one_before and one_after and one_before.startswith("list[") and one_after.startswith("list["):
                self.slot(_items(before), _items(after), where + "[]", pointer + "/items", seen)
                return
            if one_before and one_after and one_before.startswith("dict[") and one_after.startswith("dict["):
                self.slot(_values(before), _values(after), where + "{}", pointer + "/additionalProperties", seen)
                return
            self.emit(SlotDiff(_retype(before.atoms, after.atoms), where, _retype_detail(before, after), pointer))
            return
        atom = before.single
        if atom is None or atom.startswith("model:"):
            return
        if atom in ("object", "enum"):
            self.body(before.schema, after.schema, where, pointer, seen)
        elif atom.startswith("list["):
            self.slot(_items(before), _items(after), where + "[]", pointer + "/items", seen)
        elif atom.startswith("dict["):
            self.slot(_values(before), _values(after), where + "{}", pointer + "/additionalProperties", seen)

    def body(self, old: Any, new: Any, where: str, pointer: str, seen: set[tuple[int, int]]) -> None:
        """Inside an object or enum schema: fields, enum values, additional properties."""
        if isinstance(old, dict) and isinstance(new, dict) and ("enum" in old or "const" in old):
            self._enum(old, new, where, pointer)
            return
        before, after = fields_of(old, self.old_r), fields_of(new, self.new_r)
        for python, item in after.items():
            if python not in before:
                kind = "field-added-required" if item.required else "field-added-optional"
                label = "required" if item.required else "optional"
                self.emit(
                    SlotDiff(
                        kind,
                        f"{where}.{python}",
                        f"new {label} field of type `{self._type(item, new=True)}`",
                        f"{pointer}/properties/{escape(item.name)}",
                    )
                )
        for python, item in before.items():
            if python not in after:
                self.emit(
                    SlotDiff(
                        "field-removed",
                        f"{where}.{python}",
                        "field removed",
                        f"{pointer}/properties/{escape(item.name)}",
                    )
                )
        for python, old_item in before.items():
            new_item = after.get(python)
            if new_item is None:
                continue
            here = f"{where}.{python}"
            at = f"{pointer}/properties/{escape(new_item.name)}"
            if old_item.name != new_item.name:
                self.emit(
                    SlotDiff(
                        "wire-name-changed",
                        here,
                        f"sent and read as `{shown(new_item.name)}` instead of `{shown(old_item.name)}`; "
                        "the Python name is unchanged",
                        at,
                    )
                )
            if old_item.required != new_item.required:
                kind = "field-now-required" if new_item.required else "field-now-optional"
                self.emit(
                    SlotDiff(kind, here, "now required" if new_item.required else "now optional (may be UNSET)", at)
                )
            self._deprecated(old_item.schema, new_item.schema, here, at)
            self.slot(old_item.schema, new_item.schema, here, at, seen)
        if additional_properties(old, self.old_r) != additional_properties(new, self.new_r):
            allowed = additional_properties(new, self.new_r)
            self.emit(
                SlotDiff(
                    "additional-properties-allowed" if allowed else "additional-properties-forbidden",
                    where,
                    "now keeps unknown keys in `additional_properties`"
                    if allowed
                    else "no longer has `additional_properties` (additionalProperties: false)",
                    pointer,
                )
            )

    def _enum(self, old: dict[str, Any], new: dict[str, Any], where: str, pointer: str) -> None:
        before, after = enum_values(old), enum_values(new)
        for value in after:
            if value not in before:
                self.emit(SlotDiff("enum-value-added", where, f"new enum value `{shown(value)}`", pointer))
        for value in before:
            if value not in after:
                self.emit(SlotDiff("enum-value-removed", where, f"enum value `{shown(value)}` removed", pointer))

    def _deprecated(self, old: Any, new: Any, where: str, pointer: str) -> None:
        old_dep = isinstance(old, dict) and old.get("deprecated") is True
        new_dep = isinstance(new, dict) and new.get("deprecated") is True
        if new_dep and not old_dep:
            self.emit(SlotDiff("deprecated", where, "deprecated", pointer))

    def _type(self, item: Field, *, new: bool) -> str:
        return shape_of(item.schema, self.new_r if new else self.old_r).display


def _items(shape: Shape) -> Any:
    return (shape.schema or {}).get("items")


def _values(shape: Shape) -> Any:
    return (shape.schema or {}).get("additionalProperties")


def _retype(before: frozenset[str], after: frozenset[str]) -> str:
    if all(_covers(after, atom) for atom in before):
        return "type-widened"
    if all(_covers(before, atom) for atom in after):
        return "type-narrowed"
    return "type-changed"


def _retype_detail(before: Shape, after: Shape) -> str:
    plain_before = Shape(before.atoms).display
    plain_after = Shape(after.atoms).display
    return f"type `{plain_before}` → `{plain_after}`"


def escape(part: str) -> str:
    """A JSON pointer token (RFC 6901: ``~`` and ``/`` escaped)."""
    return part.replace("~", "~0").replace("/", "~1")


def shown(value: object, limit: int = 80) -> str:
    """A spec value for inline code in Markdown: no backticks, no line breaks, bounded length."""
    text = value if isinstance(value, str) else repr(value)
    text = " ".join(text.replace("`", "'").split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _refs(node: Any) -> Iterator[str]:
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            ref = item.get("$ref")
            if isinstance(ref, str):
                yield ref
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)


def usage_by_model(data: dict[str, Any], resolver: Resolver) -> dict[str, set[str]]:
    """For each component schema, whether it is reachable from requests, responses or both (by $ref, transitively)."""
    usage: dict[str, set[str]] = {}
    methods = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
    for item in as_dict(data.get("paths")).values():
        item, _ = resolver.deref(item)
        if not isinstance(item, dict):
            continue
        for method in methods:
            operation = item.get(method)
            if not isinstance(operation, dict):
                continue
            requests = [item.get("parameters"), operation.get("parameters"), operation.get("requestBody")]
            _mark(requests, REQUEST, resolver, usage)
            _mark([operation.get("responses")], RESPONSE, resolver, usage)
    return usage


def _mark(roots: list[Any], direction: str, resolver: Resolver, usage: dict[str, set[str]]) -> None:
    pending = [ref for root in roots for ref in _refs(root)]
    visited: set[str] = set()
    while pending:
        ref = pending.pop()
        if ref in visited or not ref.startswith("#"):
            continue
        visited.add(ref)
        name = _component_name(ref)
        if name is not None:
            usage.setdefault(name, set()).add(direction)
        try:
            target = resolver.lookup(ref)
        except GenerationError:
            continue  # reported where the reference is compared
        pending.extend(_refs(target))
