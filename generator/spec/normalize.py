"""Spec clean-up before openapi-python-client parses it: each fix a small named function, each change reported.

Real-world specs are written by many tools and many hands. openapi-python-client 0.29.1 (opc) crashes on some of
their habits and silently drops schemas or operations on others. Each function here fixes one such habit on the
loaded document (a plain dict, changed in place) and returns one line per change, naming its JSON pointer.

None of them changes what goes over the wire. Names of Python classes, enum members and parameters may change;
the JSON keys, enum values, parameter names and media types sent and received do not. Where opc can only be led
past a fault with a stand-in (a parameter's wire name, a raw request body's media type), the stand-in is
recorded in :class:`Normalization` and the generator puts the real value back after parsing (``fixups.py``).

:func:`normalize` runs every fix in :data:`FIXES` order; :meth:`Normalization.summary` is the
``normalized: ...`` line the generator prints.
"""

from __future__ import annotations

import copy
import functools
import json
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote

from .._upstream import ClassName, PythonIdentifier, pascal_case, snake_case
from ..errors import json_pointer

__all__ = [
    "FIXES",
    "Fix",
    "Normalization",
    "class_sites",
    "component_class_name",
    "iter_operations",
    "iter_schemas",
    "normalize",
    "resolve",
]

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
FIELD_PREFIX = "field_"  # opc's default ``field_prefix``; the generator does not change it
Pointer = tuple[object, ...]


@dataclass
class Fix:
    """One kind of fix and every change it made (``"#/pointer: what"``)."""

    label: str  # "duplicate titles renamed": read as "<count> <label>"
    changes: list[str] = field(default_factory=list)


@dataclass
class Normalization:
    """What :func:`normalize` changed, and what the generator must restore after parsing."""

    fixes: list[Fix] = field(default_factory=list)
    #: media type as written in the spec -> how opc should read it (opc's ``content_type_overrides``).
    content_type_overrides: dict[str, str] = field(default_factory=dict)
    #: stand-in media type key of a raw request body -> the media type the spec declared (sent as Content-Type).
    raw_media_types: dict[str, str] = field(default_factory=dict)
    #: stand-in parameter name -> the parameter's real (wire) name.
    parameter_names: dict[str, str] = field(default_factory=dict)
    #: changes the user must hear about without ``-v`` (a feature set aside), located: the generator warns them.
    warnings: list[str] = field(default_factory=list)
    #: stand-in property name -> (the property's real (wire) name, its Python name).
    property_names: dict[str, tuple[str, str]] = field(default_factory=dict)

    def count(self, label: str) -> int:
        """How many changes the fix with this label made."""
        return sum(len(fix.changes) for fix in self.fixes if fix.label == label)

    def summary(self) -> str:
        """``normalized: 18 duplicate titles renamed, 3 enum members renamed``, or ``""`` when nothing changed."""
        parts = [f"{len(fix.changes)} {fix.label}" for fix in self.fixes if fix.changes]
        return "normalized: " + ", ".join(parts) if parts else ""

    def details(self) -> list[str]:
        """Every change, one line each, prefixed by its fix's label."""
        return [f"{fix.label}: {change}" for fix in self.fixes for change in fix.changes]


# ============================================================================================ walking a document


def _dict(value: object) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _where(at: Pointer) -> str:
    return json_pointer(list(at))


def iter_operations(doc: dict[str, Any]) -> Iterator[tuple[tuple[str, str, str], dict[str, Any]]]:
    """Every operation object, with its pointer ``("paths", path, method)``."""
    for path, item in _dict(doc.get("paths")).items():
        for method in HTTP_METHODS:
            operation = _dict(item).get(method)
            if isinstance(operation, dict):
                yield ("paths", str(path), method), operation


def resolve(doc: dict[str, Any], node: object, section: str) -> dict[str, Any]:
    """Follow local ``$ref`` s into ``components/<section>`` (parameters, requestBodies, responses), as opc does."""
    seen: set[str] = set()
    prefix = f"#/components/{section}/"
    while isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"] not in seen:
        seen.add(node["$ref"])
        if not node["$ref"].startswith(prefix):
            return {}
        node = _dict(_dict(doc.get("components")).get(section)).get(_unescape(node["$ref"][len(prefix) :]))
    return _dict(node)


def _escape(key: str) -> str:
    return key.replace("~", "~0").replace("/", "~1")


def _unescape(key: str) -> str:
    return key.replace("~1", "/").replace("~0", "~")


def _media_schemas(content: object, at: Pointer) -> Iterator[tuple[Pointer, dict[str, Any]]]:
    for media_type, media in _dict(content).items():
        schema = _dict(media).get("schema")
        if isinstance(schema, dict):
            yield (*at, media_type, "schema"), schema


def _parameter_schemas(parameters: object, at: Pointer) -> Iterator[tuple[Pointer, dict[str, Any]]]:
    for index, parameter in enumerate(parameters if isinstance(parameters, list) else []):
        parameter = _dict(parameter)
        if isinstance(parameter.get("schema"), dict):
            yield (*at, index, "schema"), parameter["schema"]
        yield from _media_schemas(parameter.get("content"), (*at, index, "content"))


def _response_schemas(response: object, at: Pointer) -> Iterator[tuple[Pointer, dict[str, Any]]]:
    response = _dict(response)
    yield from _media_schemas(response.get("content"), (*at, "content"))
    for name, header in _dict(response.get("headers")).items():
        if isinstance(_dict(header).get("schema"), dict):
            yield (*at, "headers", name, "schema"), header["schema"]


def _root_schemas(doc: dict[str, Any]) -> Iterator[tuple[Pointer, dict[str, Any]]]:
    components = _dict(doc.get("components"))
    for name, schema in _dict(components.get("schemas")).items():
        if isinstance(schema, dict):
            yield ("components", "schemas", name), schema
    for name, parameter in _dict(components.get("parameters")).items():
        yield from _parameter_schemas([parameter], ("components", "parameters", name))
    for name, body in _dict(components.get("requestBodies")).items():
        yield from _media_schemas(_dict(body).get("content"), ("components", "requestBodies", name, "content"))
    for name, response in _dict(components.get("responses")).items():
        yield from _response_schemas(response, ("components", "responses", name))
    for name, header in _dict(components.get("headers")).items():
        if isinstance(_dict(header).get("schema"), dict):
            yield ("components", "headers", name, "schema"), header["schema"]
    for path, item in _dict(doc.get("paths")).items():
        yield from _parameter_schemas(_dict(item).get("parameters"), ("paths", path, "parameters"))
    for at, operation in iter_operations(doc):
        yield from _parameter_schemas(operation.get("parameters"), (*at, "parameters"))
        yield from _media_schemas(_dict(operation.get("requestBody")).get("content"), (*at, "requestBody", "content"))
        for code, response in _dict(operation.get("responses")).items():
            yield from _response_schemas(response, (*at, "responses", code))


_SCHEMA_MAPS = ("properties", "patternProperties", "$defs", "definitions", "dependentSchemas")
_SCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")
_SCHEMA_VALUES = ("additionalProperties", "items", "not", "contains", "if", "then", "else", "propertyNames")


def _subschemas(schema: dict[str, Any], at: Pointer) -> Iterator[tuple[Pointer, dict[str, Any]]]:
    for key in _SCHEMA_MAPS:
        for name, sub in _dict(schema.get(key)).items():
            if isinstance(sub, dict):
                yield (*at, key, name), sub
    for key in _SCHEMA_LISTS:
        subs = schema.get(key)
        for index, sub in enumerate(subs if isinstance(subs, list) else []):
            if isinstance(sub, dict):
                yield (*at, key, index), sub
    for key in _SCHEMA_VALUES:
        sub = schema.get(key)
        if isinstance(sub, dict):
            yield (*at, key), sub
        elif key == "items" and isinstance(sub, list):  # the 3.0 tuple form, tolerated
            for index, item in enumerate(sub):
                if isinstance(item, dict):
                    yield (*at, key, index), item


def iter_schemas(doc: dict[str, Any]) -> Iterator[tuple[Pointer, dict[str, Any]]]:
    """Every schema object in the document, parents before children (components, parameters, bodies, responses,
    and everything nested in them). ``$ref`` objects are yielded (where a reference is used), not followed.

    A schema changed when it is yielded is walked as changed.
    """
    stack = list(_root_schemas(doc))
    stack.reverse()
    while stack:
        at, schema = stack.pop()
        yield at, schema
        children = list(_subschemas(schema, at))
        children.reverse()
        stack.extend(children)


def iter_refs(node: object) -> Iterator[dict[str, Any]]:
    """Every ``{"$ref": ...}`` object anywhere in ``node``."""
    stack = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, dict):
            if isinstance(current.get("$ref"), str):
                yield current
            stack.extend(current.values())
        elif isinstance(current, list):
            stack.extend(current)


# ============================================================================================ the document


def stringify_keys(doc: dict[str, Any], norm: Normalization) -> list[str]:
    """Make every mapping key a string, as JSON does: YAML reads ``200:`` as the integer 200.

    opc rejects a whole document whose response codes are integers (Asana's); JSON cannot even express them.
    """
    changes: list[str] = []

    def walk(node: object, at: list[object]) -> None:
        if isinstance(node, dict):
            for key in [key for key in node if not isinstance(key, str)]:
                text = _json_key(key)
                if text in node:
                    changes.append(f"{json_pointer([*at, text])}: key {key!r} dropped, {text!r} is also there")
                    del node[key]
                else:
                    node[text] = node.pop(key)
                    changes.append(f"{json_pointer([*at, text])}: key {key!r} read as {text!r}")
            for key, value in node.items():
                if isinstance(value, dict | list):
                    at.append(key)
                    walk(value, at)
                    at.pop()
        elif isinstance(node, list):
            for index, value in enumerate(node):
                if isinstance(value, dict | list):
                    at.append(index)
                    walk(value, at)
                    at.pop()

    walk(doc, [])
    return changes


def _json_key(key: object) -> str:
    if isinstance(key, bool):
        return "true" if key else "false"
    return "null" if key is None else str(key)


# ============================================================================================ schemas, one by one
# Each takes one schema (and its pointer) and returns a change line, or None. They run in one walk.


def null_in_nullable_enums(at: Pointer, schema: dict[str, Any], norm: Normalization) -> str | None:
    """Add ``null`` to the values of a ``nullable: true`` enum (OpenAPI 3.0) that does not list it.

    ``nullable`` adds null to the allowed values, and servers send it (Twilio's ``sms_method``: null), but opc
    ignores it on an enum: the client raised ``ValueError: None is not a valid ...`` on a 2xx. Listed in ``enum``,
    null makes the field ``<Enum> | None``.
    """
    values = schema.get("enum")
    if schema.get("nullable") is not True or not isinstance(values, list) or None in values:
        return None
    schema["enum"] = [*values, None]
    names = schema.get("x-enum-varnames")
    if isinstance(names, list) and len(names) == len(values):
        schema["x-enum-varnames"] = [*names, "NONE"]
    del schema["nullable"]
    return f"{_where(at)}: null added"


def dedupe_enum_values(at: Pointer, schema: dict[str, Any], norm: Normalization) -> str | None:
    """Drop repeated values from an ``enum``: opc crashes on them, and a set of allowed values has no repeats."""
    values = schema.get("enum")
    if not isinstance(values, list) or len(values) < 2:
        return None
    seen: set[tuple[str, str]] = set()
    keep: list[int] = []
    for index, value in enumerate(values):
        key = (type(value).__name__, repr(value))  # 1, True and "1" are different values
        if key not in seen:
            seen.add(key)
            keep.append(index)
    if len(keep) == len(values):
        return None
    names = schema.get("x-enum-varnames")
    if isinstance(names, list) and len(names) == len(values):
        schema["x-enum-varnames"] = [names[index] for index in keep]
    schema["enum"] = [values[index] for index in keep]
    return f"{_where(at)}: {len(values) - len(keep)} repeated value(s)"


#: The JSON type of an enum value; an enum of objects or arrays is left as it is.
_JSON_TYPES: tuple[tuple[type, str], ...] = ((bool, "boolean"), (int, "integer"), (float, "number"), (str, "string"))


def split_mixed_enums(at: Pointer, schema: dict[str, Any], norm: Normalization) -> str | None:
    """Turn an ``enum`` whose values have several JSON types into ``anyOf``: one enum per type (null apart).

    opc makes one Enum class of one value type per schema and drops a schema mixing them ("Got {<class 'str'>,
    <class 'int'>}"), and with it every schema using it. ``enum: [1, "a", null]`` becomes ``anyOf: [{type:
    integer, enum: [1]}, {type: string, enum: ["a"]}, {type: "null"}]``: the same values allowed. Numbers and
    booleans, which opc has no enum class for, become their plain type (a wider type, never a rejected value).
    """
    values = schema.get("enum")
    if not isinstance(values, list) or "anyOf" in schema or "oneOf" in schema:
        return None
    groups: dict[str, list[Any]] = {}
    for value in values:
        kind = "null" if value is None else next((name for cls, name in _JSON_TYPES if isinstance(value, cls)), None)
        if kind is None:
            return None
        groups.setdefault(kind, []).append(value)
    typed = [kind for kind in groups if kind != "null"]
    if len(typed) < 2:
        return None
    members: list[dict[str, Any]] = [
        {"type": kind, "enum": groups[kind]} if kind in ("integer", "string") else {"type": kind} for kind in typed
    ]
    if "null" in groups:
        members.append({"type": "null"})
    for key in ("enum", "type", "x-enum-varnames", "nullable"):
        schema.pop(key, None)
    schema["anyOf"] = members
    return f"{_where(at)}: {' | '.join(groups)}"


@functools.lru_cache(maxsize=65536)
def _member_key(raw: str) -> str:
    return snake_case(raw).upper()


def _opc_member_keys(values: list[str | int], names: list[object] | None) -> list[str]:
    """The member names opc 0.29.1 gives an enum's values (``EnumProperty.values_from_list``)."""
    keys: list[str] = []
    for index, value in enumerate(values):
        if names is not None:
            keys.append(_member_key(str(names[index])))
        elif isinstance(value, int):
            keys.append(f"VALUE_NEGATIVE_{-value}" if value < 0 else f"VALUE_{value}")
        elif value and value[0].isalpha():
            keys.append(_member_key(value.upper()))
        else:
            keys.append(_member_key(f"VALUE_{index}"))
    return keys


def name_enum_members(at: Pointer, schema: dict[str, Any], norm: Normalization) -> str | None:
    """Give enum members unique Python names (via ``x-enum-varnames``) when opc's would collide.

    ``ASC``/``asc`` both become ``ASC``, ``GMT0``/``GMT+0`` both ``GMT0``: opc crashes on the first kind (Stripe,
    Box, Sentry) and silently loses a value on the second. The values are unchanged; later members get a suffix.
    """
    values = schema.get("enum")
    if not isinstance(values, list) or len(values) < 2:
        return None
    # opc reads an enum with null as `None | <the enum without null>` and names only the other values
    values = [value for value in values if value is not None]
    kinds = {type(value) for value in values}
    if not values or len(kinds) != 1 or not kinds <= {str, int}:
        return None
    given = schema.get("x-enum-varnames")
    names = given if isinstance(given, list) and len(given) == len(values) else None
    keys = _opc_member_keys(values, names)
    if len(set(keys)) == len(keys) and all(key.isidentifier() for key in keys):
        return None
    unique: list[str] = []
    for key in keys:
        base = key if key.isidentifier() else f"VALUE_{key}" if key else "VALUE"
        candidate, number = base, 2
        while candidate in unique:
            candidate, number = f"{base}_{number}", number + 1
        unique.append(candidate)
    schema["x-enum-varnames"] = unique
    renamed = ", ".join(
        f"{value!r} -> {name}" for value, key, name in zip(values, keys, unique, strict=True) if key != name
    )
    return f"{_where(at)}: {renamed}"


#: Keywords that describe or constrain a value without changing its type as opc reads it.
_ANNOTATIONS = frozenset(
    {
        "description", "title", "example", "examples", "readOnly", "writeOnly", "deprecated", "externalDocs",
        "default", "maxLength", "minLength", "pattern", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum",
        "multipleOf", "maxItems", "minItems", "uniqueItems", "maxProperties", "minProperties",
    }
)  # fmt: skip


def _annotation_only(schema: object) -> bool:
    return isinstance(schema, dict) and all(key in _ANNOTATIONS or str(key).startswith("x-") for key in schema)


def collapse_annotated_refs(at: Pointer, schema: dict[str, Any], norm: Normalization) -> str | None:
    """Turn ``allOf: [{$ref: X}, {description: ...}]`` into ``allOf: [{$ref: X}]`` with the annotations beside it.

    A part ``{nullable: true}`` is lifted beside it too: ``allOf: [{$ref: X}, {nullable: true}]`` is how specs say
    "X or null", and opc read it as a model merged from X that rejects null (``from_dict(None)``:
    ``'NoneType' object has no attribute 'get'``, or ``object of type 'NoneType' has no len()``).

    OpenAPI 3.0 allows nothing next to ``$ref``, so specs wrap a reference in ``allOf`` to describe it. opc reads a
    one-element ``allOf`` as the reference, but a longer one as a new model merging X, which fails when X is not
    an object (an array, a string, a nullable object): DigitalOcean loses its droplet, database and firewall
    schemas this way. Descriptions and constraints hold the same outside the ``allOf``; no value changes.
    """
    parts = schema.get("allOf")
    if not isinstance(parts, list) or len(parts) < 2:
        return None
    refs = [part for part in parts if isinstance(part, dict) and "$ref" in part]
    others = [part for part in parts if not (isinstance(part, dict) and "$ref" in part)]
    # A part saying only `nullable: true` (beside annotations) means "X or null", as it does outside the allOf.
    lifted = [{key: value for key, value in part.items() if key != "nullable"} for part in others]
    if len(refs) != 1 or not all(_annotation_only(part) for part in lifted):
        return None
    for part in others:
        for key, value in part.items():
            schema.setdefault(key, value)
    schema["allOf"] = refs
    return _where((*at, "allOf"))


def wrap_nullable_refs(at: Pointer, schema: dict[str, Any], norm: Normalization) -> str | None:
    """Turn ``{$ref: X, nullable: true}`` into ``{allOf: [{$ref: X}], nullable: true}``.

    OpenAPI 3.0 ignores what sits beside a ``$ref``, but specs write ``nullable`` there and servers send null; opc
    ignores it too, and ``X.from_dict(None)`` fails on a value the spec's author meant to allow. The decoder takes
    the lenient reading (null accepted); a non-null value decodes exactly as before.
    """
    if not isinstance(schema.get("$ref"), str) or schema.get("nullable") is not True:
        return None
    siblings = {key: schema.pop(key) for key in list(schema) if key != "$ref"}
    ref = schema.pop("$ref")
    schema.update(siblings, allOf=[{"$ref": ref}])
    return _where(at)


def split_ref_with_properties(at: Pointer, schema: dict[str, Any], norm: Normalization) -> str | None:
    """Move a schema's own ``properties`` beside ``allOf: [{$ref: X}]`` into an ``allOf`` part of their own.

    opc reads a one-element ``allOf`` as the reference and silently ignores the schema's own properties. As a
    second ``allOf`` part they make the model the schema describes: X's properties and these. Same constraints.
    """
    parts = schema.get("allOf")
    if not (isinstance(parts, list) and len(parts) == 1 and isinstance(parts[0], dict) and "$ref" in parts[0]):
        return None
    if not isinstance(schema.get("properties"), dict) or not schema["properties"]:
        return None
    own = {key: schema.pop(key) for key in ("properties", "required", "additionalProperties") if key in schema}
    parts.append({"type": "object", **own})
    return _where((*at, "allOf"))


def drop_object_defaults(at: Pointer, schema: dict[str, Any], norm: Normalization) -> str | None:
    """Drop ``default: {...}`` (an object value): opc cannot express one and drops the whole schema.

    Kubernetes writes ``default: {}`` on most ``$ref`` properties and loses a third of its models to it. A default
    is what the server assumes when the field is absent; the client leaving it out sends the same thing.
    """
    if not isinstance(schema.get("default"), dict):
        return None
    del schema["default"]
    return _where((*at, "default"))


def drop_unusable_defaults(at: Pointer, schema: dict[str, Any], norm: Normalization) -> str | None:
    """Drop a ``default`` its own schema cannot hold, with a located warning.

    ``type: integer, default: "20 - incident_summary"`` (PagerDuty) or an enum default missing from the enum: opc
    refuses the schema, and with a parameter's schema the whole operation is left out. A default is what the
    server assumes when the value is absent, so leaving it out sends the same request.
    """
    if "default" not in schema or schema["default"] is None:
        return None
    default = schema["default"]
    kinds = schema.get("type")
    kinds = [kinds] if isinstance(kinds, str) else kinds if isinstance(kinds, list) else []
    enum = schema.get("enum")
    if isinstance(enum, list) and enum and not any(_same_value(default, value) for value in enum):
        problem = "is not one of its enum values"
    elif kinds and not any(_holds(str(kind), default) for kind in kinds):
        problem = f"is not of its type ({' or '.join(str(kind) for kind in kinds)})"
    else:
        return None
    del schema["default"]
    line = f"{_where((*at, 'default'))}: {json.dumps(default)[:60]} {problem}: left out (the server's own applies)"
    norm.warnings.append(line)
    return line


def _same_value(a: object, b: object) -> bool:
    return type(a) is type(b) and a == b or (isinstance(a, str | int | float) and str(a) == str(b))


def _holds(kind: str, value: object) -> bool:
    """Whether opc 0.29.1 reads ``value`` as a default of this JSON type (its ``convert_value`` rules)."""
    if kind in ("integer", "number"):
        if isinstance(value, bool):
            return False
        if isinstance(value, str):
            try:
                value = float(value)
            except ValueError:
                return False
        if kind == "number":
            return isinstance(value, int | float)
        return isinstance(value, int) or (isinstance(value, float) and value.is_integer())
    if kind == "boolean":
        return isinstance(value, bool) or (isinstance(value, str) and value.lower() in ("true", "false"))
    return True  # strings, objects (drop_object_defaults), arrays: opc reads them or another fix handles them


#: The name a property whose Python name collides carries through opc's parse; the generator restores its wire name.
PROPERTY_STAND_IN = "sdkgen-property-{}"

#: How symbols that sanitising drops are spelled in a Python name (``+1`` -> ``plus_1``, ``-1`` -> ``minus_1``).
SYMBOL_WORDS = {
    "<": "lt", ">": "gt", "=": "eq", "!": "not", "*": "star", "+": "plus", "~": "tilde", "@": "at", "-": "minus",
    "#": "hash", "$": "dollar", "%": "percent", "&": "and", "^": "caret", "?": "question", ".": "dot",
}  # fmt: skip


@functools.lru_cache(maxsize=65536)
def _python_name(name: str) -> str:
    return str(PythonIdentifier(name, FIELD_PREFIX))


@functools.lru_cache(maxsize=65536)
def _raw_name(name: str) -> str:
    return str(PythonIdentifier(name, FIELD_PREFIX, skip_snake_case=True))


def disambiguate_properties(at: Pointer, schema: dict[str, Any], norm: Normalization) -> str | None:
    """Give properties whose names collide once made Python identifiers distinct Python names.

    ``+1`` and ``-1`` (GitHub's reactions) are both ``field_1`` to opc, even unsnake-cased, so it drops the schema
    and everything that uses it. In each group of colliding names, a name without symbols keeps its Python name;
    the others carry a stand-in through parsing and get one with their symbols spelled out (``plus_1``,
    ``minus_1``; a number when that is taken). The generator puts the wire name back: the JSON keys do not change.
    """
    properties = schema.get("properties")
    if not isinstance(properties, dict) or len(properties) < 2:
        return None
    groups: dict[str, list[str]] = {}
    for key in properties:
        groups.setdefault(_python_name(str(key)), []).append(str(key))
    # opc tells apart names that differ before snake-casing (``mixedCase``/``mixed_case``) by not snake-casing them;
    # it drops the schema only when those are equal too.
    clashes = [keys for keys in groups.values() if len(keys) > 1 and len(set(map(_raw_name, keys))) < len(keys)]
    if not clashes:
        return None
    taken = set(groups)
    renames: dict[str, str] = {}
    for keys in clashes:
        plain = next((key for key in keys if _spelled(key) == key), None)
        for key in keys:
            if key == plain:
                continue
            wanted = _python_name(_spelled(key))
            candidate, number = wanted, 2
            while candidate in taken:
                candidate, number = f"{wanted}_{number}", number + 1
            taken.add(candidate)
            stand_in = PROPERTY_STAND_IN.format(len(norm.property_names) + 1)
            norm.property_names[stand_in] = (key, candidate)
            renames[key] = stand_in
    items = [(renames.get(str(key), key), value) for key, value in properties.items()]
    properties.clear()
    properties.update(items)
    if isinstance(schema.get("required"), list):
        schema["required"] = [renames.get(key, key) if isinstance(key, str) else key for key in schema["required"]]
    named = ", ".join(f"{key!r} -> {norm.property_names[stand_in][1]}" for key, stand_in in renames.items())
    return f"{_where((*at, 'properties'))}: {named}"


def _spelled(name: str) -> str:
    """``+1`` -> `` plus 1``: the symbols spelled out as words, which ``PythonIdentifier`` then joins."""
    return "".join(f" {SYMBOL_WORDS[char]} " if char in SYMBOL_WORDS else char for char in name)


SchemaFix = Callable[[Pointer, dict[str, Any], Normalization], "str | None"]

#: The schema-by-schema fixes, in the order they run on each schema, with their labels.
SCHEMA_FIXES: tuple[tuple[str, SchemaFix], ...] = (
    ("null added to nullable enums", null_in_nullable_enums),
    ("repeated enum values dropped", dedupe_enum_values),
    ("enums of mixed types split", split_mixed_enums),
    ("enum members renamed", name_enum_members),
    ("nullable references wrapped", wrap_nullable_refs),
    ("annotated references unwrapped", collapse_annotated_refs),
    ("properties beside a single allOf reference kept", split_ref_with_properties),
    ("object defaults dropped", drop_object_defaults),
    ("defaults their own schema cannot hold left out", drop_unusable_defaults),
    ("colliding property names told apart", disambiguate_properties),
)


# ============================================================================================ components

_LOCAL_SCHEMA = "#/components/schemas/"


_COMBINATORS = ("allOf", "oneOf", "anyOf")
#: Pointer tokens that add nothing to a name made from a pointer (``content/application~1json/schema``).
_SILENT_TOKENS = frozenset({"content", "schema", "paths", "components", "schemas", "responses", "requestBodies"})


def hoist_deep_references(doc: dict[str, Any], norm: Normalization) -> list[str]:
    """Give a schema referenced from inside another definition a component of its own.

    ``$ref: "#/components/schemas/Tag/allOf/0"`` (a JSON pointer into a component, a path's body or a response) is
    a valid reference, and common in specs whose tools factor out repeated subschemas. opc resolves only
    ``#/components/schemas/<name>``: it drops every schema using another form, then everything using those, then
    the typed bodies and responses of their operations (PagerDuty: 34 such pointers degraded ~200 operations).

    A schema that makes a class (an object, an enum, a union) moves to ``components/schemas/<name>``, named from
    where it was (``CustomField/properties/value/oneOf/0`` -> ``CustomFieldValueOneOf0``); its old place and every
    reference to it then refer there, so both uses share one class. Anything else (a string with a format, an
    array) is copied to each reference: it makes no class, so nothing is duplicated. No type changes.
    """
    schemas = _dict(_dict(doc.get("components")).get("schemas"))
    changes: list[str] = []
    for _ in range(8):  # a copied schema may hold a deep reference of its own: go again until none is left
        deep: dict[str, list[dict[str, Any]]] = {}
        for _at, schema in iter_schemas(doc):
            ref = schema.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/") and not _is_component_ref(ref):
                deep.setdefault(ref, []).append(schema)
        slots = {ref: slot for ref in deep if (slot := _slot(doc, ref)) is not None}
        if not slots:
            break
        moved: dict[str, str] = {}  # old pointer -> the new component's reference
        for ref, (container, key, tokens) in sorted(slots.items()):
            target = container[key]
            where = _where(tuple(tokens))
            if set(target) <= {"$ref", *_ANNOTATIONS} and isinstance(target.get("$ref"), str):
                new_ref = target["$ref"]  # a reference to a reference: refer to where it leads
                changes.append(f"{where}: its {len(deep[ref])} reference(s) now point to {new_ref}")
            elif _makes_class(target):
                name = _unique_key(schemas, _pointer_name(doc, tokens))
                doc.setdefault("components", {}).setdefault("schemas", schemas)[name] = target
                new_ref = _LOCAL_SCHEMA + _escape(name)
                container[key] = {"$ref": new_ref}
                moved[ref] = new_ref
                changes.append(f"{where}: moved to {new_ref} ({len(deep[ref])} reference(s))")
            else:
                for use in deep[ref]:
                    siblings = {k: v for k, v in use.items() if k != "$ref"}
                    use.clear()
                    use.update(copy.deepcopy(target), **siblings)
                changes.append(f"{where}: copied to its {len(deep[ref])} reference(s)")
                continue
            for use in deep[ref]:
                use["$ref"] = new_ref
        if moved:
            _remap_discriminators(doc, moved)
    return changes


def _is_component_ref(ref: str) -> bool:
    return ref.startswith(_LOCAL_SCHEMA) and "/" not in ref[len(_LOCAL_SCHEMA) :]


def _slot(doc: dict[str, Any], ref: str) -> tuple[dict[str, Any] | list[Any], Any, list[object]] | None:
    """The container and key a local reference names, and its unescaped tokens; ``None`` if it names no schema."""
    for text in dict.fromkeys((ref[1:], unquote(ref[1:]))):
        tokens: list[object] = [_unescape(token) for token in text[1:].split("/")]
        node: Any = doc
        for index, token in enumerate(tokens):
            if isinstance(node, list) and isinstance(token, str) and token.isdigit() and int(token) < len(node):
                tokens[index] = int(token)
            elif not (isinstance(node, dict) and token in node):
                break
            if index == len(tokens) - 1:
                return (node, tokens[index], tokens) if isinstance(node[tokens[index]], dict) else None
            node = node[tokens[index]]
    return None


def _makes_class(schema: dict[str, Any]) -> bool:
    """Whether opc makes a class of this schema (a model, an enum, a union) rather than a plain type."""
    if "enum" in schema or any(isinstance(schema.get(key), list) for key in _COMBINATORS):
        return True
    kind = schema.get("type")
    return kind == "object" or (kind is None and ("properties" in schema or "additionalProperties" in schema))


def _pointer_name(doc: dict[str, Any], tokens: list[object]) -> str:
    """A component name for the schema at ``tokens``: its owner, then the steps that lead to it."""
    words: list[str] = []
    rest = list(tokens)
    if rest[:1] == ["components"] and len(rest) > 2:  # schemas, parameters, responses...: named after the name
        words.append(str(rest[2]))
        rest = rest[3:]
    elif rest[:1] == ["paths"] and len(rest) > 2:
        operation = _dict(_dict(_dict(doc.get("paths")).get(str(rest[1]))).get(str(rest[2])))
        words.append(_operation_name(str(rest[1]), str(rest[2]), operation))
        rest = rest[3:]
    while rest:
        token = rest.pop(0)
        following = rest[0] if rest else None
        if token in _SCHEMA_MAPS and following is not None:
            words.append(str(rest.pop(0)))
        elif token in _COMBINATORS and isinstance(following, int):
            rest.pop(0)
            if not rest:  # the member itself: name it by its place; inner ones belong to the parent
                words.append(f"{token}{following}")
        elif token == "items":
            words.append("item")
        elif token == "additionalProperties":
            words.append("value")
        elif token == "requestBody":
            words.append("body")
        elif isinstance(token, str) and token not in _SILENT_TOKENS and "/" not in token:
            words.append(token)  # a response code, a component's name, a keyword such as "not"
    return "".join(pascal_case(word) for word in words) or "Schema"


def _unique_key(schemas: dict[str, Any], name: str) -> str:
    taken = {str(key).lower() for key in schemas}
    candidate, number = name, 2
    while candidate.lower() in taken:
        candidate, number = f"{name}{number}", number + 1
    return candidate


def _remap_discriminators(doc: dict[str, Any], moved: dict[str, str]) -> None:
    """A discriminator mapping naming a moved schema by its old pointer names its component instead."""
    for _at, schema in iter_schemas(doc):
        mapping = _dict(_dict(schema.get("discriminator")).get("mapping"))
        for value, ref in mapping.items():
            if ref in moved:
                mapping[value] = moved[ref]


def unrequire_one_way_properties(doc: dict[str, Any], norm: Normalization) -> list[str]:
    """Take a ``readOnly`` property out of ``required`` where its schema is sent, a ``writeOnly`` one where it is
    received: OpenAPI makes each required one way only.

    A required ``readOnly`` property (made by the server: ``id``, ``created_at``) is required in responses only, a
    required ``writeOnly`` one (``password``) in requests only. One generated class serves every use of a schema,
    and opc made both required in it: creating a resource demanded its server-made ``id`` (``TypeError: missing
    'id'``), and a response without the ``password`` it never sends failed to decode. Where a schema (or one it is
    built from) is a request body, its ``readOnly`` properties become optional (``int | Unset``); where it is a
    response, its ``writeOnly`` ones. A schema used one way only keeps its types as declared.
    """
    sent, received = _schemas_used_in(doc, "requestBody"), _schemas_used_in(doc, "responses")
    changes: list[str] = []
    for at, schema in iter_schemas(doc):
        required, properties = schema.get("required"), _dict(schema.get("properties"))
        if not isinstance(required, list) or not properties:
            continue
        owner = str(at[2]) if at[:2] == ("components", "schemas") else None
        is_sent = owner in sent if owner is not None else "requestBody" in at or "requestBodies" in at
        is_received = owner in received if owner is not None else "responses" in at
        flags = ("readOnly",) * is_sent + ("writeOnly",) * is_received
        one_way = [
            name
            for name in required
            if isinstance(name, str) and any(_dict(properties.get(name)).get(flag) is True for flag in flags)
        ]
        if one_way:
            schema["required"] = [name for name in required if name not in one_way]
            changes.append(f"{_where((*at, 'required'))}: {', '.join(one_way)}")
    return changes


def _schemas_used_in(doc: dict[str, Any], kind: str) -> set[str]:
    """The component schemas a request body (``kind`` ``"requestBody"``) or a response (``"responses"``) uses,
    directly or through other components."""
    components = _dict(doc.get("components"))
    schemas = _dict(components.get("schemas"))
    roots: list[object] = list(
        _dict(components.get("requestBodies" if kind == "requestBody" else "responses")).values()
    )
    for _at, operation in iter_operations(doc):
        if kind in operation:
            roots.append(operation[kind])
    used: set[str] = set()
    pending = [ref for root in roots for ref in iter_refs(root)]
    while pending:
        ref = pending.pop()["$ref"]
        if _is_component_ref(ref):
            name = _unescape(ref[len(_LOCAL_SCHEMA) :])
            if name not in used and name in schemas:
                used.add(name)
                pending.extend(iter_refs(schemas[name]))
    return used


def resolve_alias_schemas(doc: dict[str, Any], norm: Normalization) -> list[str]:
    """Replace references to a component that only says ``allOf: [{$ref: Y}]``, and drop the component.

    opc gives such an alias Y's class, then processes Y's properties a second time: every class nested inline in
    Y is made twice, the second time a "duplicate model" that drops Y and all that uses it (DigitalOcean's
    Kubernetes node pools). A reference to the alias becomes one to Y; to a ``nullable`` alias (the 3.0 way to
    write "Y or null"), a copy of the alias itself, which opc reads correctly where it is used. No type changes.
    """
    schemas = _dict(_dict(doc.get("components")).get("schemas"))
    aliases: dict[str, str] = {}
    for name, schema in schemas.items():
        parts = _dict(schema).get("allOf")
        if not (isinstance(parts, list) and len(parts) == 1 and isinstance(parts[0], dict)):
            continue
        ref = parts[0].get("$ref")
        extra = set(schema) - {"allOf", "type", "required", "nullable", *_ANNOTATIONS}
        if (
            isinstance(ref, str)
            and ref.startswith(_LOCAL_SCHEMA)
            and not extra
            and schema.get("type") in (None, "object")
        ):
            target = _unescape(ref[len(_LOCAL_SCHEMA) :])
            if target in schemas and target != name:
                aliases[str(name)] = target
    for name in list(aliases):  # follow chains of plain aliases; a cycle is left alone
        seen = {name}
        while aliases.get(name) in aliases and aliases[name] not in seen and not _nullable(schemas[aliases[name]]):
            seen.add(aliases[name])
            aliases[name] = aliases[aliases[name]]
        if aliases[name] in aliases and not _nullable(schemas[aliases[name]]):
            del aliases[name]
    if not aliases:
        return []
    replacements = {
        name: {**schemas[name], "allOf": [{"$ref": _LOCAL_SCHEMA + _escape(target)}]}
        if _nullable(schemas[name])
        else {"$ref": _LOCAL_SCHEMA + _escape(target)}
        for name, target in aliases.items()
    }
    for _ in range(len(aliases) + 1):  # a copied nullable alias may itself point at another alias
        replaced = 0
        for ref in list(iter_refs(doc)):
            if ref["$ref"].startswith(_LOCAL_SCHEMA):
                alias = _unescape(ref["$ref"][len(_LOCAL_SCHEMA) :])
                if alias in replacements:
                    siblings = {key: value for key, value in ref.items() if key != "$ref"}
                    ref.clear()
                    ref.update(copy.deepcopy(replacements[alias]), **siblings)
                    replaced += 1
        if not replaced:
            break
    for name in aliases:
        del schemas[name]
    return [
        f"{_where(('components', 'schemas', name))} -> {target}{' or null' if _nullable(replacements[name]) else ''}"
        for name, target in aliases.items()
    ]


def nullable_recursive_objects(doc: dict[str, Any], norm: Normalization) -> list[str]:
    """Make a nullable schema that leads back to its own component nullable where it is used instead.

    opc turns ``X: {type: object, nullable: true}`` (3.1: ``type: [object, "null"]``; an array alike) into a union
    of the type and None, and fails on such a union when it refers back to X ("Invalid property in union"): X and
    every schema and operation using it were dropped. The same for a nullable object written inline inside X
    (``X: {type: array, items: {type: object, nullable: true, properties: {sub: {$ref: X}}}}``). X loses its null
    and each ``$ref`` to it becomes ``{allOf: [{$ref: X}], nullable: true}`` ("X or null"), which opc reads
    correctly, recursion included; such an inline object becomes a component of its own (named as opc names it
    inline), used the same way. The same values allowed.
    """
    schemas = _dict(_dict(doc.get("components")).get("schemas"))
    changed: list[str] = []
    for name in list(schemas):
        ref = _LOCAL_SCHEMA + _escape(str(name))
        if not any(found["$ref"] == ref for found in iter_refs(schemas[name])):
            continue
        work: list[tuple[Pointer, dict[str, Any], str]] = [
            (("components", "schemas", name), _dict(schemas[name]), str(name))
        ]
        while work:
            at, schema, opc_name = work.pop()
            for inner_at, inner, inner_name, place in _inner_schemas(at, schema, opc_name):
                part = len(inner_at) > 1 and inner_at[-2] == "allOf"  # merged into its parent: left in place
                leads_back = any(found["$ref"] == ref for found in iter_refs(inner))
                # an inline nullable array opc reads well (its items are not built as a union member): objects only
                if part or not (leads_back and _drop_null(inner, dry_run=True, arrays=False)):
                    work.append((inner_at, inner, inner_name))
                    continue
                new_name = inner_name
                while new_name in schemas:
                    new_name += "_"
                _drop_null(inner)
                schemas[new_name] = inner
                place[0][place[1]] = {"allOf": [{"$ref": _LOCAL_SCHEMA + _escape(new_name)}], "nullable": True}
                changed.append(f"{_where(inner_at)} -> {_where(('components', 'schemas', new_name))}")
                work.append((("components", "schemas", new_name), inner, new_name))
        if _drop_null(_dict(schemas[name])):
            _wrap_references(doc, ref)
            changed.append(_where(("components", "schemas", name)))
    return changed


def untype_direct_recursion(doc: dict[str, Any], norm: Normalization) -> list[str]:
    """Read as any JSON value a reference that a non-object component makes to itself where opc cannot type it.

    opc types recursion only through a model's properties. A union or array component that contains itself
    otherwise (the recursive JSON value: ``oneOf: [string, number, {type: array, items: {$ref: JsonValue}},
    {type: object, additionalProperties: {$ref: JsonValue}}]``; ``items: {oneOf: [{$ref: X}, ...]}``) fails
    ("Invalid property in union", "Recursive and circular references are not supported directly in an array
    schema's 'items' section") and is dropped with every schema and operation using it. Such a reference becomes
    ``{}`` (any value): the schema generates, every value it allows decodes, typed one level less deep. A
    reference under the properties of an object reached through arrays only is left alone (opc types it).
    """
    schemas = _dict(_dict(doc.get("components")).get("schemas"))
    changed: list[str] = []
    for name, schema in schemas.items():
        schema = _dict(schema)
        if schema.get("type") == "object" or "properties" in schema or "allOf" in schema:
            continue
        ref = _LOCAL_SCHEMA + _escape(str(name))
        # (pointer, node, crossed a union member, under an object's properties)
        stack: list[tuple[Pointer, object, bool, bool]] = [(("components", "schemas", name), schema, False, False)]
        while stack:
            at, node, crossed_union, in_properties = stack.pop()
            if not isinstance(node, dict):
                continue
            if node.get("$ref") == ref:
                if crossed_union or not in_properties:
                    node.clear()
                    changed.append(_where(at))
                continue
            for key, value in node.items():
                if key == "properties" and isinstance(value, dict):
                    stack.extend(((*at, key, k), v, crossed_union, True) for k, v in value.items())
                elif key in ("items", "additionalProperties"):
                    stack.append(((*at, key), value, crossed_union, in_properties))
                elif key in ("anyOf", "oneOf") and isinstance(value, list):
                    stack.extend(((*at, key, i), v, True, in_properties) for i, v in enumerate(value))
    return changed


def _drop_null(schema: dict[str, Any], *, dry_run: bool = False, arrays: bool = True) -> bool:
    """Whether ``schema`` is a nullable object or array (no ``$ref``); unless ``dry_run``, make it not nullable."""
    kind = schema.get("type")
    kinds = set(kind) if isinstance(kind, list) else {kind}
    nullable = schema.get("nullable") is True or "null" in kinds
    types = kinds - {"null", None}
    shaped = types in ({"object"}, {"array"} if arrays else {"object"}) or (not types and "properties" in schema)
    if "$ref" in schema or not nullable or not shaped:
        return False
    if not dry_run:
        schema.pop("nullable", None)
        schema["type"] = next(iter(types), "object")
    return True


def _inner_schemas(
    at: Pointer, schema: dict[str, Any], opc_name: str
) -> Iterator[tuple[Pointer, dict[str, Any], str, tuple[Any, Any]]]:
    """The inline schemas directly inside ``schema``: (pointer, schema, the name opc gives it, (container, key))."""
    for key, value in _dict(schema.get("properties")).items():
        if isinstance(value, dict):
            yield (*at, "properties", key), value, f"{opc_name}_{key}", (schema["properties"], key)
    for key, suffix in (("items", "_item"), ("additionalProperties", "_additional_property")):
        if isinstance(schema.get(key), dict):
            yield (*at, key), schema[key], opc_name + suffix, (schema, key)
    for key in ("anyOf", "oneOf", "allOf"):
        members = schema.get(key)
        for index, member in enumerate(members if isinstance(members, list) else []):
            if isinstance(member, dict):
                yield (*at, key, index), member, f"{opc_name}_type_{index}", (members, index)


def _wrap_references(doc: dict[str, Any], ref: str) -> None:
    """Every ``$ref`` to ``ref`` becomes ``{allOf: [{$ref}], nullable: true}``, except ``allOf`` parts."""
    stack: list[tuple[object, bool]] = [(doc, False)]
    while stack:
        node, in_all_of = stack.pop()
        if isinstance(node, dict):
            if node.get("$ref") == ref and not in_all_of:
                siblings = {key: value for key, value in node.items() if key != "$ref"}
                node.clear()
                node.update(siblings, allOf=[{"$ref": ref}], nullable=True)
                continue
            stack.extend((value, key == "allOf") for key, value in node.items())
        elif isinstance(node, list):
            stack.extend((item, in_all_of) for item in node)


def _nullable(schema: object) -> bool:
    return _dict(schema).get("nullable") is True


def hoist_union_members(doc: dict[str, Any], norm: Normalization) -> list[str]:
    """Move inline models inside a component's top-level ``anyOf``/``oneOf`` into components of their own.

    opc builds a union member (or the items of an array member) with its properties while it is still collecting
    components, and then again with the other models: a class nested in it is made twice (a "duplicate model":
    DigitalOcean's ``BGP``), and an ``allOf`` reference in it is read before its target has properties. As a
    component keyed the way opc names it there, it is built once, in order, under the same class name. Only
    models that nest a model or use ``allOf`` are moved.
    """
    schemas = _dict(_dict(doc.get("components")).get("schemas"))
    changes: list[str] = []
    for name in list(schemas):
        # (pointer, schema, the name opc gives it, inside a union?, where it sits: (container, key))
        stack: list[tuple[Pointer, dict[str, Any], str, bool, tuple[Any, Any] | None]] = [
            (("components", "schemas", name), _dict(schemas[name]), str(name), False, None)
        ]
        while stack:
            at, schema, opc_name, in_union, place = stack.pop()
            if in_union and place is not None and "$ref" not in schema and _hoistable(schema):
                new_name = opc_name
                while new_name in schemas:
                    new_name += "_"
                schemas[new_name] = schema
                place[0][place[1]] = {"$ref": _LOCAL_SCHEMA + _escape(new_name)}
                changes.append(f"{_where(at)} -> {_where(('components', 'schemas', new_name))}")
                continue
            if schema.get("type") == "array" and isinstance(schema.get("items"), dict):
                stack.append(((*at, "items"), schema["items"], f"{opc_name}_item", in_union, (schema, "items")))
            members = [(key, index) for key in ("anyOf", "oneOf") for index in range(len(schema.get(key) or []))]
            for position, (key, index) in enumerate(members):
                member = schema[key][index]
                if isinstance(member, dict):
                    title = member.get("title")
                    own = isinstance(title, str) and title and title != schema.get("title")
                    member_name = f"{opc_name}_{title if own else f'type_{position}'}"
                    stack.append(((*at, key, index), member, member_name, True, (schema[key], index)))
    return changes


def _hoistable(schema: dict[str, Any]) -> bool:
    sites = list(_visit((), schema, "member", ""))
    return bool(sites) and sites[0].at == () and sites[0].kind == "model" and _nests_a_model(schema)


def _nests_a_model(schema: dict[str, Any]) -> bool:
    return bool(schema.get("allOf")) or any(site.kind == "model" for site in _visit_properties((), schema, "X"))


# ============================================================================================ media types

#: The key a raw request body has while opc parses it. opc reads any ``application/octet-stream; ...`` as a
#: ``content`` body; the parameter keeps each stand-in distinct. The generator puts the declared media type back.
RAW_STAND_IN = "application/octet-stream; sdkgen-raw={}"
#: The key each such body keeps its declared media type under (plan/operations.py finds a sequential body's items).
RAW_MEDIA_TYPE_KEY = "x-sdkgen-media-type"

_TEXTUAL = re.compile(
    r"^(text/.*|application/(javascript|x-www-form-urlencoded)|.*[/+](xml|yaml|x-yaml|csv|x-ndjson|ndjson|jsonl|x-jsonlines|json-seq))$"
)


def _simple(media_type: str) -> str:
    return media_type.split(";", 1)[0].strip().lower()


def _body_kind(media_type: str) -> str | None:
    """opc's BodyType for a request media type (None: opc does not encode it)."""
    simple = _simple(media_type)
    if simple == "application/x-www-form-urlencoded":
        return "data"
    if simple == "multipart/form-data":
        return "files"
    if simple == "application/octet-stream":
        return "content"
    if simple == "application/json" or simple.endswith("+json"):
        return "json"
    return None


def _native_response(media_type: str) -> bool:
    """A response media type opc 0.29.1 reads (JSON, any text/*, application/octet-stream)."""
    return _body_kind(media_type) in ("json", "content") or _simple(media_type).startswith("text/")


def _is_string(schema: object) -> bool:
    return isinstance(schema, dict) and schema.get("type") == "string" and "enum" not in schema


def _raw_schema(media_type: str, schema: object) -> dict[str, Any]:
    """A string schema for a body the caller serialises: text for textual media types, else bytes."""
    raw: dict[str, Any] = {"type": "string"}
    if not _TEXTUAL.match(_simple(media_type)):
        raw["format"] = "binary"
    if isinstance(_dict(schema).get("description"), str):
        raw["description"] = _dict(schema)["description"]
    return raw


def _request_contents(doc: dict[str, Any]) -> Iterator[tuple[Pointer, dict[str, Any]]]:
    for name, body in _dict(_dict(doc.get("components")).get("requestBodies")).items():
        if isinstance(_dict(body).get("content"), dict):
            yield ("components", "requestBodies", name, "content"), body["content"]
    for at, operation in iter_operations(doc):
        body = _dict(operation.get("requestBody"))
        if isinstance(body.get("content"), dict):
            yield (*at, "requestBody", "content"), body["content"]


def _response_contents(doc: dict[str, Any]) -> Iterator[tuple[Pointer, dict[str, Any]]]:
    for name, response in _dict(_dict(doc.get("components")).get("responses")).items():
        if isinstance(_dict(response).get("content"), dict):
            yield ("components", "responses", name, "content"), response["content"]
    for at, operation in iter_operations(doc):
        for code, response in _dict(operation.get("responses")).items():
            if isinstance(_dict(response).get("content"), dict):
                yield (*at, "responses", code, "content"), response["content"]


def _rename_key(content: dict[str, Any], old: str, new: str) -> None:
    """Replace key ``old`` by ``new`` in place, keeping the order of the keys."""
    items = [(new if key == old else key, value) for key, value in content.items()]
    content.clear()
    content.update(items)


def drop_repeated_bodies(doc: dict[str, Any], norm: Normalization) -> list[str]:
    """Drop a request media type whose schema is the JSON body's own, such as Petstore's XML and form ``Pet``.

    The client picks the media type to send from the Python type of ``body``: two media types of one schema are
    one Python type, so only the first could ever be sent (and opc cannot encode XML at all). The server takes
    the JSON one, which carries the same value. Multipart and octet-stream bodies are kept (they carry files).
    """
    changes: list[str] = []
    for at, content in _request_contents(doc):
        json_schemas = [_dict(media).get("schema") for key, media in content.items() if _body_kind(key) == "json"]
        if not json_schemas or json_schemas[0] is None:
            continue
        for media_type in list(content):
            if _body_kind(media_type) in ("json", "files", "content") or _simple(media_type) in (
                "*/*",
                "application/*",
            ):
                continue
            if _dict(content[media_type]).get("schema") == json_schemas[0]:
                del content[media_type]
                changes.append(f"{_where((*at, media_type))}: the same schema as the JSON body")
    return changes


def wildcard_bodies(doc: dict[str, Any], norm: Normalization) -> list[str]:
    """Send a ``*/*`` request body as JSON when it has a structured schema, as bytes when a string one.

    ``*/*`` says the server takes any media type; opc skips such a body, and with it the operation when it has no
    other (Kubernetes: 75 operations). JSON is the one encoding the client can make of a schema. A ``*/*`` beside
    the same body declared as that media type is a repeat and is dropped. The concrete media type is sent.
    """
    changes: list[str] = []
    for at, content in _request_contents(doc):
        for media_type in [key for key in content if _simple(key) in ("*/*", "application/*")]:
            schema = _dict(content[media_type]).get("schema")
            target = "application/octet-stream" if _is_string(schema) else "application/json"
            if any(_simple(key) == target for key in content if key != media_type):
                del content[media_type]
                changes.append(f"{_where((*at, media_type))}: dropped, the body is also declared as {target}")
            else:
                _rename_key(content, media_type, target)
                changes.append(f"{_where((*at, media_type))}: sent as {target}")
    return changes


def raw_request_bodies(doc: dict[str, Any], norm: Normalization) -> list[str]:
    """Take request bodies of media types opc cannot encode (XML, YAML, NDJSON, images...) as raw content.

    opc skips them with a warning, and drops the operation when it has no other body (Spotify's image upload). The
    client cannot serialise a schema into XML or YAML, so the caller passes the body ready to send: ``str`` for
    textual media types, a ``File`` otherwise; the declared media type is sent as Content-Type. A structured
    schema gives way to a string one (reported); a string schema is kept. So is an ``application/octet-stream``
    body with a structured schema (opc would send a model's ``.payload``).
    """
    changes: list[str] = []
    for at, content in _request_contents(doc):
        # what each body is to the client: two bodies of one Python type could not both be chosen
        taken = {_python_kind(key, _dict(media).get("schema")) for key, media in content.items() if _body_kind(key)}
        for media_type in list(content):
            if _body_kind(media_type) in ("json", "data", "files"):
                continue
            media = _dict(content[media_type])
            schema = media.get("schema")
            if _body_kind(media_type) == "content":
                if schema is not None and not _is_string(schema):
                    media["schema"] = _raw_schema(media_type, schema)
                    changes.append(f"{_where((*at, media_type))}: structured schema taken as bytes")
                continue
            stand_in = next((key for key, value in norm.raw_media_types.items() if value == media_type), None)
            if stand_in is None:
                stand_in = RAW_STAND_IN.format(len(norm.raw_media_types) + 1)
                norm.raw_media_types[stand_in] = media_type
            if not _is_string(schema):
                media["schema"] = _raw_schema(media_type, schema)
                if media["schema"].get("format") != "binary" and "str" in taken:
                    media["schema"]["format"] = "binary"  # str is another body's: this one takes bytes
            taken.add(_python_kind("raw", media["schema"]))
            binary = media["schema"].get("format") == "binary"
            media[RAW_MEDIA_TYPE_KEY] = media_type  # for what reads the document next (a sequential body's items)
            _rename_key(content, media_type, stand_in)
            changes.append(f"{_where((*at, media_type))}: taken as {'bytes (File)' if binary else 'text (str)'}")
    return changes


def _python_kind(media_type: str, schema: object) -> str:
    """``"str"`` or ``"File"`` for bodies the client sends as they are; the media type for others."""
    if media_type == "raw" or _body_kind(media_type) is None or _body_kind(media_type) == "content":
        return "File" if _dict(schema).get("format") == "binary" or not _is_string(schema) else "str"
    if _body_kind(media_type) == "json" and _is_string(schema) and _dict(schema).get("format") != "binary":
        return "str"
    return media_type


_NO_CONTENT = frozenset({"204", "205", "304"})


def drop_no_content_bodies(doc: dict[str, Any], norm: Normalization) -> list[str]:
    """A 204, 205 or 304 response has no body (RFC 9110): ``content`` a spec declares for one is dropped.

    Otherwise the client decodes the (always empty) body as JSON and raises on a success: Jira declares JSON on
    124 such responses. A shared response (``$ref``) keeps its content for its other uses: the operation gets a copy
    without it. Only what the client reads changes; nothing sent.
    """
    changes: list[str] = []
    for at, operation in iter_operations(doc):
        responses = _dict(operation.get("responses"))
        for code in list(responses):
            if str(code) not in _NO_CONTENT:
                continue
            response = resolve(doc, responses[code], "responses")
            if response.get("content"):
                responses[code] = {key: value for key, value in response.items() if key != "content"}
                responses[code].setdefault("description", "No Content")
                changes.append(f"{_where((*at, 'responses', str(code), 'content'))}: dropped (a {code} has no body)")
    return changes


def raw_responses(doc: dict[str, Any], norm: Normalization) -> list[str]:
    """Read responses of media types opc cannot read (PDF, XML, YAML, images, ``*/*``...) as text or bytes.

    opc drops such a response with a warning, leaving the operation untyped. When a response offers no media type
    opc reads, its first is read as text (``str``: textual types, string schemas) or bytes (``File``); a ``*/*``
    response with a structured schema as JSON. This uses opc's ``content_type_overrides``, so the document keeps
    its media types (streaming detection still sees ``application/x-ndjson``); media types opc reads natively are
    moved first in each response, so an override never wins over JSON. A schema that cannot describe what is read
    (an object read as bytes or text) gives way to a string one. How a response is read changes; nothing sent.
    """
    changes: list[str] = []
    request_keys = {key for _, content in _request_contents(doc) for key in content}
    for at, content in _response_contents(doc):
        native = [key for key in content if _native_response(key)]
        if native and native[0] != next(iter(content)):
            items = sorted(content.items(), key=lambda item: not _native_response(item[0]))
            content.clear()
            content.update(items)
        chosen = native[0] if native else next(iter(content), None)
        if chosen is None:
            continue
        media = _dict(content[chosen])
        schema = media.get("schema")
        if not native:
            if _simple(chosen) in ("*/*", "application/*") and schema is not None and not _is_string(schema):
                target = "application/json"
            elif _is_string(schema) and _dict(schema).get("format") != "binary" or _TEXTUAL.match(_simple(chosen)):
                target = "text/plain"
            else:
                target = "application/octet-stream"
            changes.append(f"{_where((*at, chosen))}: read as {target}")
            if chosen in request_keys or norm.content_type_overrides.get(chosen, target) != target:
                _rename_key(content, chosen, target)  # an override would change how that other use is read
                chosen = target
            else:
                norm.content_type_overrides[chosen] = target
        simple = _simple(norm.content_type_overrides.get(chosen, chosen))
        if schema is None:
            continue
        if simple == "application/octet-stream" and not (_is_string(schema) and schema.get("format") == "binary"):
            media["schema"] = _raw_schema("application/octet-stream", schema)
            changes.append(f"{_where((*at, chosen, 'schema'))}: read as bytes")
        elif simple.startswith("text/") and not _is_string(schema):
            media["schema"] = _raw_schema("text/plain", schema)
            changes.append(f"{_where((*at, chosen, 'schema'))}: read as text")
    return changes


# ============================================================================================ parameters

#: The name a colliding parameter carries through opc's parse; the generator restores the wire name.
PARAMETER_STAND_IN = "sdkgen-parameter-{}"


#: Marks a query parameter declared with ``content: {application/json: ...}``: its value is sent as JSON text
#: (``plan/query_styles.py`` reads it; opc passes ``x-`` keys through).
JSON_PARAMETER = "x-sdkgen-json"


def content_parameters(doc: dict[str, Any], norm: Normalization) -> list[str]:
    """Read a parameter declared with ``content`` (a media type and its schema) through that schema.

    OpenAPI lets a parameter say ``content: {application/json: {schema: ...}}`` instead of ``schema``: a filter
    object sent as JSON text in the query (``?filter={"status":"open"}``). opc reads only ``schema`` and left such
    a parameter out without a word, so a call could not send it at all. A query parameter now takes the content's
    schema, and a JSON media type marks it (:data:`JSON_PARAMETER`) to be sent as JSON text; another media type is
    sent as a plain value. In a header, cookie or path, a JSON content is left out as before, with a warning.
    """
    changes: list[str] = []
    for at, parameter in _parameter_objects(doc):
        content = parameter.get("content")
        if "schema" in parameter or not isinstance(content, dict) or len(content) != 1:
            continue
        media_type, media = next(iter(content.items()))
        schema = _dict(media).get("schema")
        is_json = _body_kind(str(media_type)) == "json"
        if parameter.get("in") != "query" and is_json:
            line = (
                f"{_where((*at, 'content'))}: a {parameter.get('in')} parameter sent as JSON is not supported: left out"
            )
            norm.warnings.append(line)
            changes.append(line)
            continue
        parameter["schema"] = schema if isinstance(schema, dict) else {}
        del parameter["content"]
        if is_json:
            parameter[JSON_PARAMETER] = True
        changes.append(f"{_where(at)}: read through its {media_type} schema{' (sent as JSON)' if is_json else ''}")
    return changes


def _parameter_objects(doc: dict[str, Any]) -> Iterator[tuple[Pointer, dict[str, Any]]]:
    """Every parameter object written in place (not a ``$ref``): components, path items, operations."""
    for name, parameter in _dict(_dict(doc.get("components")).get("parameters")).items():
        if isinstance(parameter, dict) and "$ref" not in parameter:
            yield ("components", "parameters", name), parameter
    for path, item in _dict(doc.get("paths")).items():
        owners: list[tuple[Pointer, object]] = [(("paths", path), item)]
        owners += [(("paths", path, method), _dict(item).get(method)) for method in HTTP_METHODS]
        for at, owner in owners:
            parameters = _dict(owner).get("parameters")
            for index, parameter in enumerate(parameters if isinstance(parameters, list) else []):
                if isinstance(parameter, dict) and "$ref" not in parameter:
                    yield (*at, "parameters", index), parameter


def disambiguate_parameters(doc: dict[str, Any], norm: Normalization) -> list[str]:
    """Carry parameters whose names collide once made Python identifiers through opc, which drops the operation.

    Twilio has ``DateCreated``, ``DateCreated<`` and ``DateCreated>`` in one query: all three are
    ``date_created`` to opc, even unsnake-cased. The later ones carry a stand-in name through parsing; the
    generator gives back the wire name and a Python name with the symbol spelled out (``date_created_lt``).
    A ``$ref`` parameter is copied into the list first, so other operations using it are not touched.
    """
    changes: list[str] = []
    paths = _dict(doc.get("paths"))
    for at, operation in iter_operations(doc):
        seen: dict[tuple[str, str], set[str]] = {}
        declared: set[tuple[str, str]] = set()
        lists = ((at, operation.get("parameters")), (at[:2], _dict(paths.get(at[1])).get("parameters")))
        for owner, params in lists:
            if not isinstance(params, list):
                continue
            for index, entry in enumerate(params):
                parameter = resolve(doc, entry, "parameters")
                name, location = parameter.get("name"), parameter.get("in")
                if not isinstance(name, str) or not isinstance(location, str) or location == "path":
                    continue
                if (name, location) in declared:  # a path-level one that the operation's own overrides
                    continue
                declared.add((name, location))
                group = seen.setdefault((location, str(PythonIdentifier(name, FIELD_PREFIX))), set())
                raw = str(PythonIdentifier(name, FIELD_PREFIX, skip_snake_case=True))
                if raw not in group:
                    group.add(raw)
                    continue
                stand_in = PARAMETER_STAND_IN.format(len(norm.parameter_names) + 1)
                norm.parameter_names[stand_in] = name
                params[index] = {**parameter, "name": stand_in}
                changes.append(f"{_where((*owner, 'parameters', index))}: {location} parameter {name!r}")
    return changes


# ============================================================================================ class names


@dataclass
class _Site:
    """A schema that opc turns into a class of its own, and the name it would give it."""

    at: Pointer
    schema: dict[str, Any]
    name: str  # what opc calls it where it is used (a property name, "body", "response_200", ...)
    parent: str  # the parent_name opc passes ("" at the top level)
    kind: str  # "model" | "enum"
    titled: bool = True  # False: opc ignores this schema's title (a nullable allOf), so it cannot be retitled

    @property
    def class_name(self) -> str:
        title = self.schema.get("title") if self.titled else None
        return _class_name(self.parent, title if isinstance(title, str) and title else self.name)


@functools.lru_cache(maxsize=65536)
def _class_name(parent: str, base: str) -> str:
    """The class opc 0.29.1 names ``base`` under ``parent`` (``ModelProperty.build``, ``EnumProperty.build``)."""
    if parent:
        base = f"{pascal_case(parent)}{pascal_case(base)}"
    return str(ClassName(base.rsplit("/", 1)[-1], FIELD_PREFIX))  # opc's Class.from_string: after the last "/"


def component_class_name(key: str, schema: object) -> str:
    """The class opc 0.29.1 names the component ``key``: after its title, else its key."""
    title = schema.get("title") if isinstance(schema, dict) else None
    return _class_name("", title if isinstance(title, str) and title else key)


def _operation_name(path: str, method: str, operation: dict[str, Any]) -> str:
    """opc's ``Endpoint.name``: the operationId, else one made of the method and path."""
    operation_id = operation.get("operationId")
    if isinstance(operation_id, str):
        return str(PythonIdentifier(operation_id, FIELD_PREFIX))
    made = path.replace("{", "").replace("}", "").replace("/", "_").strip("_")
    return str(PythonIdentifier(f"{method}_{made}", FIELD_PREFIX))


def _visit(at: Pointer, schema: dict[str, Any], name: str, parent: str) -> Iterator[_Site]:
    """The class sites in one schema, in the dispatch order of opc's ``property_from_data``."""
    if "$ref" in schema:
        return
    parts = [part for key in ("allOf", "anyOf", "oneOf") for part in schema.get(key) or [] if isinstance(part, dict)]
    if len(parts) == 1 and "$ref" in parts[0]:
        return  # opc reads it as the reference
    kind = schema.get("type")
    types = kind if isinstance(kind, list) else [kind, "null"] if schema.get("nullable") is True else [kind]
    if kind == "boolean":
        return
    if schema.get("enum"):
        yield _Site(at, schema, name, parent, "enum")
        return
    if schema.get("nullable") is True and schema.get("allOf") and not (schema.get("anyOf") or schema.get("oneOf")):
        # opc reads it as oneOf [null, {allOf}]: the model is member 1, named without the title
        site = _Site(at, schema, f"{name}_type_1", parent, "model", titled=False)
        yield site
        yield from _visit_properties(at, schema, site.class_name)
        return
    if schema.get("anyOf") or schema.get("oneOf"):
        members = [
            ((*at, key, i), member) for key in ("anyOf", "oneOf") for i, member in enumerate(schema.get(key) or [])
        ]
        for index, (member_at, member) in enumerate(members):
            if isinstance(member, dict):
                title = member.get("title")
                own = isinstance(title, str) and title and title != schema.get("title")
                yield from _visit(member_at, member, f"{name}_{title if own else f'type_{index}'}", parent)
        return
    if len(types) > 1:  # a type list (or 3.0 nullable): one member per type, each named type_<index>
        for index, member_type in enumerate(types):
            if member_type == "object":
                site = _Site(at, schema, f"{name}_type_{index}", parent, "model")
                yield site
                yield from _visit_properties(at, schema, site.class_name)
            elif member_type == "array" and isinstance(schema.get("items"), dict):
                yield from _visit((*at, "items"), schema["items"], f"{name}_type_{index}_item", parent)
        return
    if "const" in schema or kind in ("string", "number", "integer", "null"):
        return
    if kind == "array":
        if isinstance(schema.get("items"), dict):
            yield from _visit((*at, "items"), schema["items"], f"{name}_item", parent)
        return
    if kind == "object" or schema.get("allOf") or (kind is None and schema.get("properties")):
        site = _Site(at, schema, name, parent, "model")
        yield site
        yield from _visit_properties(at, schema, site.class_name)


def _visit_properties(at: Pointer, schema: dict[str, Any], class_name: str) -> Iterator[_Site]:
    owners = [(at, schema)] + [
        ((*at, "allOf", index), part)
        for index, part in enumerate(schema.get("allOf") or [])
        if isinstance(part, dict) and "$ref" not in part
    ]
    for owner_at, owner in owners:
        for key, sub in _dict(owner.get("properties")).items():
            if isinstance(sub, dict):
                yield from _visit((*owner_at, "properties", key), sub, str(key), class_name)
    extra = schema.get("additionalProperties")
    if isinstance(extra, dict):
        yield from _visit((*at, "additionalProperties"), extra, "AdditionalProperty", class_name)


def class_sites(doc: dict[str, Any], overrides: dict[str, str] | None = None) -> Iterator[_Site]:
    """Every schema opc 0.29.1 makes a class of, components first, with the name it gives each."""
    overrides = overrides or {}
    for key, schema in _dict(_dict(doc.get("components")).get("schemas")).items():
        if isinstance(schema, dict):
            yield from _visit(("components", "schemas", key), schema, str(key), "")
    paths = _dict(doc.get("paths"))
    for at, operation in iter_operations(doc):
        endpoint = _operation_name(str(at[1]), str(at[2]), operation)
        for owner, parameters in (
            (at, operation.get("parameters")),
            (at[:2], _dict(paths.get(at[1])).get("parameters")),
        ):
            for index, entry in enumerate(parameters if isinstance(parameters, list) else []):
                parameter = resolve(doc, entry, "parameters")
                if isinstance(parameter.get("schema"), dict) and isinstance(parameter.get("name"), str):
                    schema_at = (*owner, "parameters", index, "schema")
                    yield from _visit(schema_at, parameter["schema"], parameter["name"], endpoint)
        content = _dict(resolve(doc, operation.get("requestBody"), "requestBodies").get("content"))
        for media_type, media in content.items():
            kind = _body_kind(overrides.get(str(media_type), str(media_type)))
            if kind is not None and isinstance(_dict(media).get("schema"), dict):
                parent = f"{endpoint}_{kind}" if len(content) > 1 else endpoint
                yield from _visit(
                    (*at, "requestBody", "content", media_type, "schema"), media["schema"], "body", parent
                )
        for code, response in _dict(operation.get("responses")).items():
            for media_type, media in _dict(resolve(doc, response, "responses").get("content")).items():
                if _native_response(overrides.get(str(media_type), str(media_type))):
                    if isinstance(_dict(media).get("schema"), dict):
                        schema_at = (*at, "responses", code, "content", media_type, "schema")
                        yield from _visit(schema_at, media["schema"], f"response_{code}", endpoint)
                    break  # opc reads the first media type it understands


#: Names the modules that use models import or define (templates/operation.py.jinja, endpoint.py.jinja,
#: resource.py.jinja, model.py.jinja, opc's types). A model of one of these names would shadow it or be shadowed,
#: so it gets another (``File`` -> ``FileModel``). Keep this in step with those templates' imports.
RESERVED_CLASS_NAMES = frozenset(
    {
        "Any", "Args", "AsyncClient", "AsyncEventStream", "AsyncIterator", "AsyncPaginator", "BatchResult",
        "BinaryIO", "BytesIO", "EventStream", "RawEvent",
        "Client", "DownloadResult", "Err", "File", "FileTypes", "Generator", "Iterable", "Iterator", "Literal",
        "Mapping", "Ok", "OPERATION", "Operation", "PAGINATION", "Pagination", "Paginator", "ProgressCallback",
        "ProgressLike", "RequestFiles", "RequestOptions", "Response", "Start", "T", "TextIO", "TYPE_CHECKING",
        "TypeVar", "UNSET", "UUID", "UnexpectedStatusError", "Unset", "Sequence",
    }
)  # fmt: skip

_RESERVED = _Site((), {}, "", "", "model")  # the owner of every reserved name


def rename_duplicate_titles(doc: dict[str, Any], norm: Normalization) -> list[str]:
    """Name apart the schemas opc would turn into classes of one name (it drops them with all that uses them).

    opc names a class after the schema's ``title`` (after its parent's class name when inline). Stripe gives
    hundreds of inline schemas one title (``capability_param`` under every capability): 35 operations lost.
    Schemas of one name and one shape are one class: the inline one becomes a component, the others refer to it.
    Otherwise one keeps the name: a component named by its key first, then one named by its title, then an inline
    schema with a title, then one named after its property; among equals, the first by JSON pointer, so the names
    do not depend on the order the spec lists things in. Each other one is named from where it is used (its
    property or component key; then its property with ``Enum``/``Model``), numbered only when all are taken.
    Classes nested in a renamed one are looked at again in the next round, under their new parent's name. Titles
    only name classes. Enums repeating one set of values are one class to opc.
    """
    changes: list[str] = []
    for _ in range(8):  # a rename moves the names of the classes nested in it; another round checks those
        sites = list(class_sites(doc, norm.content_type_overrides))
        losers = _losers(sites)
        if not losers:
            break
        taken = {site.class_name for site in sites} | RESERVED_CLASS_NAMES
        for site, owner, same in losers:
            shared = _share(doc, owner, site) if same else ""
            if shared:
                changes.append(f"{_where(site.at)}: one class with {shared} (the same schema)")
                continue
            name, old = site.class_name, site.schema.get("title")
            for title in _title_candidates(site, reserved=owner is _RESERVED):
                site.schema["title"] = title
                if site.class_name not in taken:
                    break
            taken.add(site.class_name)
            was = f"title {old!r}" if isinstance(old, str) else "no title"
            why = "is a name the generated code uses" if owner is _RESERVED else "was taken"
            changes.append(f"{_where(site.at)}: {was} -> {site.schema['title']!r} ({name} {why})")
    return changes


def _rank(site: _Site, copies: int = 1) -> tuple[int, int, tuple[str, ...]]:
    """Which of the sites wanting one class name keeps it: the lowest rank (see :func:`rename_duplicate_titles`);
    among equals, the shape most of them have (``copies``), then the first by JSON pointer."""
    title = site.schema.get("title") if site.titled else None
    titled = isinstance(title, str) and bool(title)
    if _is_component(site):
        tier = 2 if titled and _class_name("", str(title)) != _class_name("", site.name) else 1
    else:
        tier = 3 if titled else 4
    return tier, -copies, tuple(str(part) for part in site.at)


def _is_component(site: _Site) -> bool:
    return len(site.at) == 3 and site.at[:2] == ("components", "schemas")


def _shape(site: _Site) -> str | None:
    """The schema as text, for a model that can be shared (:func:`_share`); None for any other site."""
    if site.kind != "model" or site.schema.get("nullable") is True or isinstance(site.schema.get("type"), list):
        return None
    return json.dumps(site.schema, sort_keys=True, default=str)


def _losers(sites: list[_Site]) -> list[tuple[_Site, _Site, bool]]:
    """The sites to rename or share this round, each with the site it loses its name to or has the same shape as
    (then True), the best-ranked first.

    A site nested in another loser is left for the next round: its name changes with its parent's. Leaving those
    out only removes claimants, so the losers left have no loser around them.
    """

    def contest(live: list[_Site]) -> list[tuple[_Site, _Site, bool]]:
        groups: dict[str, list[_Site]] = {}
        for site in live:
            groups.setdefault(site.class_name, []).append(site)
        lost = []
        for name, group in groups.items():
            if len(group) == 1 and name not in RESERVED_CLASS_NAMES:
                continue
            shapes = {id(site): _shape(site) for site in group}
            copies = Counter(shape for shape in shapes.values() if shape is not None)
            ranked = sorted(group, key=lambda site: _rank(site, copies[shapes[id(site)] or ""] or 1))
            owner = _RESERVED if name in RESERVED_CLASS_NAMES else ranked[0]
            for index, site in enumerate(ranked):
                if site is owner or owner.schema is site.schema or not site.titled:
                    continue
                if site.kind == owner.kind == "enum" and owner.schema.get("enum") == site.schema.get("enum"):
                    continue
                shape = shapes[id(site)]
                same = [other for other in ranked[:index] if shape is not None and shapes[id(other)] == shape]
                lost.append((site, same[0], True) if same else (site, owner, False))
        return lost

    moved = {site.at for site, _, _ in contest(sites)}
    live = [site for site in sites if not any(site.at[:depth] in moved for depth in range(len(site.at)))]
    return contest(live)


def _share(doc: dict[str, Any], owner: _Site, site: _Site) -> str:
    """Make ``site`` refer to the class of ``owner``, a model of the same shape; return the component it refers to,
    ``""`` when it cannot.

    An inline owner first becomes a component keyed and titled by its class name, so its class and the classes
    nested in it keep their names. A component that repeats another is dropped and references to it are
    redirected (opc reads a component that is only a ``$ref`` as a second model of the same name). A nullable
    schema is left alone: opc reads ``nullable`` where it is written.
    """
    schemas = doc.setdefault("components", {}).setdefault("schemas", {})
    if _is_component(site):
        return _redirect(doc, str(site.at[2]), str(owner.at[2])) if _is_component(owner) else ""
    if _place(doc, site) is None:
        return ""
    if not _is_component(owner):
        name = owner.class_name
        located = _place(doc, owner)
        if _class_name("", name) != name or located is None:
            return ""
        key = name
        while key in schemas:
            key += "_"
        owner.schema["title"] = name
        schemas[key] = owner.schema
        located[0][located[1]] = {"$ref": _LOCAL_SCHEMA + _escape(key)}
        owner.at = ("components", "schemas", key)
    container, place = _place(doc, site)  # type: ignore[misc]
    container[place] = {"$ref": _LOCAL_SCHEMA + _escape(str(owner.at[2]))}
    return _where(owner.at)


def _redirect(doc: dict[str, Any], key: str, target: str) -> str:
    """Point every reference to component ``key`` at ``target`` and drop ``key``; ``""`` (nothing done) when
    something else names it: a reference into it, a discriminator mapping."""
    ref, inside = _LOCAL_SCHEMA + _escape(key), _LOCAL_SCHEMA + _escape(key) + "/"
    refs = list(iter_refs(doc))
    if any(node["$ref"].startswith(inside) for node in refs) or ref in _mapped(doc):
        return ""
    for node in refs:
        if node["$ref"] == ref:
            node["$ref"] = _LOCAL_SCHEMA + _escape(target)
    del doc["components"]["schemas"][key]
    return _where(("components", "schemas", target))


def _mapped(node: object) -> set[str]:
    """Every value of every discriminator ``mapping`` in ``node``."""
    found: set[str] = set()
    stack = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, dict):
            mapping = _dict(current.get("discriminator")).get("mapping")
            found.update(value for value in _dict(mapping).values() if isinstance(value, str))
            stack.extend(current.values())
        elif isinstance(current, list):
            stack.extend(current)
    return found


def _place(doc: dict[str, Any], site: _Site) -> tuple[Any, Any] | None:
    """The container holding the site's schema and its key there; None when its pointer leads elsewhere (through
    a ``$ref``: class_sites reads a referenced request body or response where it is used)."""
    node: Any = doc
    for part in site.at[:-1]:
        if isinstance(node, dict):
            node = node.get(part)
        elif isinstance(node, list) and isinstance(part, int) and part < len(node):
            node = node[part]
        else:
            return None
    key = site.at[-1] if site.at else None
    if isinstance(node, dict | list) and _child(node, key) is site.schema:
        return node, key
    return None


def _child(node: dict[str, Any] | list[Any], key: object) -> object:
    if isinstance(node, dict):
        return node.get(key)  # type: ignore[call-overload]
    return node[key] if isinstance(key, int) and key < len(node) else None


def _title_candidates(site: _Site, *, reserved: bool) -> Iterator[str]:
    """Titles to try, best first: where the schema is used (its property or component name), then that with what
    it is (``state`` -> ``state_enum``, for a component that already holds the name), then numbered.

    A reserved name (``File``) becomes ``FileModel``.
    """
    old = site.schema.get("title")
    base = old if isinstance(old, str) and old else site.name
    if reserved:
        yield f"{base}_model"
    if isinstance(old, str) and old and site.name != old:
        yield site.name
    if not _is_component(site):
        yield f"{site.name}_{'enum' if site.kind == 'enum' else 'model'}"
    for number in range(2, 100_000):
        yield f"{base}_{number}"


# ============================================================================================ all of them

DocumentFix = Callable[[dict[str, Any], Normalization], list[str]]


def fix_schemas(doc: dict[str, Any], norm: Normalization) -> list[Fix]:
    """Run every :data:`SCHEMA_FIXES` function on every schema, in one walk."""
    fixes = [Fix(label) for label, _ in SCHEMA_FIXES]
    functions = [function for _, function in SCHEMA_FIXES]
    for at, schema in iter_schemas(doc):
        for fix, function in zip(fixes, functions, strict=True):
            change = function(at, schema, norm)
            if change is not None:
                fix.changes.append(change)
    return fixes


#: Every fix, in the order it runs: before the schema walk, the schema walk, then the document fixes after it.
def read_openapi_32(doc: dict[str, Any], norm: Normalization) -> list[str]:
    """Read an OpenAPI 3.2 document as 3.1, setting aside (with a located warning) what we do not support yet.

    3.2 is a superset of 3.1. ``itemSchema`` (the schema of one item of a sequential media type: SSE events, JSON
    Lines, JSON-seq) is honoured by the generator itself. The ``QUERY`` method, ``additionalOperations``, and
    ``querystring`` parameters are left out; tag ``parent``/``kind`` (navigation only) are dropped.
    """
    version = doc.get("openapi")
    if not (isinstance(version, str) and version.startswith("3.2")):
        return []
    doc["openapi"] = "3.1.1"
    changes: list[str] = []

    def aside(at: Pointer, what: str) -> None:
        line = f"{_where(at)}: {what} (OpenAPI 3.2) is not supported yet: left out"
        changes.append(line)
        norm.warnings.append(line)

    for path, item in _dict(doc.get("paths")).items():
        item = _dict(item)
        for key in ("query", "additionalOperations"):
            if key in item:
                aside(("paths", str(path), key), "the QUERY method" if key == "query" else "additionalOperations")
                del item[key]
        for method in ("parameters", *HTTP_METHODS):
            owner = item if method == "parameters" else _dict(item.get(method))
            params = owner.get("parameters")
            if not isinstance(params, list):
                continue
            for index in reversed(range(len(params))):
                if _dict(params[index]).get("in") == "querystring":
                    where: Pointer = ("paths", str(path), *(() if method == "parameters" else (method,)))
                    aside((*where, "parameters", index), "a querystring parameter")
                    del params[index]
    for index, tag in enumerate(doc.get("tags") or []):
        for key in ("parent", "kind"):
            if isinstance(tag, dict) and key in tag:
                del tag[key]
                changes.append(f"{_where(('tags', index, key))}: tag {key} (navigation only) dropped")
    return changes


FIXES: tuple[tuple[str, DocumentFix], ...] = (
    ("non-string keys made strings", stringify_keys),
    ("schemas referenced from inside another definition given a component", hoist_deep_references),
    # (the schema walk runs here: SCHEMA_FIXES)
    ("OpenAPI 3.2 features set aside", read_openapi_32),
    ("alias schemas resolved", resolve_alias_schemas),
    ("nullable recursive schemas made nullable where used", nullable_recursive_objects),
    ("self-references opc cannot type read as any value", untype_direct_recursion),
    ("union members moved to components", hoist_union_members),
    ("readOnly/writeOnly properties made optional where required the other way", unrequire_one_way_properties),
    ("request body media types dropped as repeats of the JSON one", drop_repeated_bodies),
    ("*/* request bodies given a concrete media type", wildcard_bodies),
    ("request bodies taken as raw content", raw_request_bodies),
    ("204/205/304 response bodies dropped", drop_no_content_bodies),
    ("responses read as raw text/bytes", raw_responses),
    ("parameters declared with content read through its schema", content_parameters),
    ("colliding parameter names told apart", disambiguate_parameters),
    ("duplicate titles renamed", rename_duplicate_titles),  # last: it names what the others left
)


#: How many of :data:`FIXES` run before the schema walk.
_FIXES_BEFORE_WALK = 2


def normalize(doc: dict[str, Any]) -> Normalization:
    """Run every fix over ``doc`` (changed in place) and return what changed."""
    norm = Normalization()
    before_walk, rest = FIXES[:_FIXES_BEFORE_WALK], FIXES[_FIXES_BEFORE_WALK:]
    for label, function in before_walk:
        norm.fixes.append(Fix(label, function(doc, norm)))
    norm.fixes.extend(fix_schemas(doc, norm))
    for label, function in rest:
        norm.fixes.append(Fix(label, function(doc, norm)))
    return norm
