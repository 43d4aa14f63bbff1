"""Valid JSON instances synthesised from OpenAPI schemas, for the conformance run. Pure: no I/O.

Deterministic and minimal: required properties only (a ``oneOf``/``anyOf`` member gets all its properties, so that
the value tells the members apart), the first enum value, a value inside the bounds, a string matching the
``pattern`` when the pattern is simple enough to walk. ``$ref`` is resolved in the document; recursion stops at
:data:`MAX_DEPTH`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from re import _parser as _sre_parse  # type: ignore[attr-defined]
from typing import Any

from ...spec.validate import _MISSING, _resolve

__all__ = ["BINARY", "MAX_DEPTH", "accepts", "instance", "merge_all_of", "ref_name", "resolve", "string_for_pattern"]

#: How deep nested objects are built before a value is cut short (recursive schemas).
MAX_DEPTH = 12
#: What a ``format: binary`` string becomes when ``binary=True`` (file parts, octet-stream bodies).
BINARY = b"conform-bytes"

_FORMATS: dict[str, Any] = {
    "uuid": "7d9e1f20-3a4b-4c5d-8e6f-0a1b2c3d4e5f",
    "date-time": "2024-05-01T12:00:00Z",
    "date": "2024-05-01",
    "time": "12:00:00Z",
    "email": "conform@example.com",
    "idn-email": "conform@example.com",
    "uri": "https://example.com/conform",
    "url": "https://example.com/conform",
    "iri": "https://example.com/conform",
    "uri-reference": "https://example.com/conform",
    "hostname": "example.com",
    "idn-hostname": "example.com",
    "ipv4": "192.0.2.1",
    "ipv6": "2001:db8::1",
    "byte": "Y29uZm9ybQ==",
    "duration": "P1D",
    "int32": "1",
    "int64": "1",
}


def ref_name(ref: str) -> str:
    """The last segment of a ``$ref`` (``#/components/schemas/Pet`` -> ``Pet``), unescaped."""
    return ref.rsplit("/", 1)[-1].replace("~1", "/").replace("~0", "~")


def resolve(schema: Any, document: Mapping[str, Any], *, limit: int = 32) -> Any:
    """``schema`` with its ``$ref`` chain followed inside ``document`` (a broken or external ref gives ``{}``)."""
    for _ in range(limit):
        if not isinstance(schema, Mapping) or not isinstance(schema.get("$ref"), str):
            return schema
        ref = schema["$ref"]
        schema = _resolve(document, ref) if ref.startswith("#") else _MISSING
        if schema is _MISSING:
            return {}
    return {}


def instance(
    schema: Any,
    document: Mapping[str, Any],
    *,
    request: bool = True,
    binary: bool = False,
    full: bool = False,
    _depth: int = 0,
) -> Any:
    """A JSON value valid against ``schema``.

    ``request``: leave out ``readOnly`` properties (``False``: ``writeOnly`` ones). ``binary``: a
    ``format: binary`` string becomes :data:`BINARY` (bytes), for a file. ``full``: every property, not only the
    required ones (at the top level only).
    """
    schema = resolve(schema, document)
    if not isinstance(schema, Mapping):
        return "conform" if schema is not False else None
    if _depth > MAX_DEPTH:
        return _cut_short(schema)
    depth = _depth + 1
    if "const" in schema:
        return schema["const"]
    enum = schema.get("enum")
    if isinstance(enum, list) and enum:
        non_null = [value for value in enum if value is not None]
        return non_null[0] if non_null else None
    if isinstance(schema.get("allOf"), list) and schema["allOf"]:
        return _all_of(schema, document, full=full, request=request, binary=binary, _depth=depth)
    for key in ("oneOf", "anyOf"):
        members = schema.get(key)
        if isinstance(members, list) and members:
            return _one_of(schema, members, document, request=request, binary=binary, _depth=depth)
    kind = _type(schema)
    if kind == "object":
        return _object(schema, document, full=full, request=request, binary=binary, _depth=depth)
    if kind == "array":
        items = schema.get("items", {})
        count = max(int(schema.get("minItems", 1) or 0), 1) if not _max_zero(schema) else 0
        return [instance(items, document, request=request, binary=binary, _depth=depth) for _ in range(min(count, 3))]
    if kind == "integer":
        return int(_number(schema, integer=True))
    if kind == "number":
        return _number(schema, integer=False)
    if kind == "boolean":
        return True
    if kind == "null":
        return None
    return _string(schema, binary=binary)


def _max_zero(schema: Mapping[str, Any]) -> bool:
    return schema.get("maxItems") == 0


def _cut_short(schema: Mapping[str, Any]) -> Any:
    kind = _type(schema)
    return {"object": {}, "array": [], "integer": 1, "number": 1, "boolean": True, "null": None}.get(kind, "conform")


def _type(schema: Mapping[str, Any]) -> str:
    kind = schema.get("type")
    if isinstance(kind, list):
        kinds = [k for k in kind if k != "null"]
        kind = kinds[0] if kinds else "null"
    if isinstance(kind, str):
        return kind
    if "properties" in schema or "additionalProperties" in schema or "required" in schema:
        return "object"
    if "items" in schema:
        return "array"
    if any(key in schema for key in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf")):
        return "number"
    return "string"


def _object(
    schema: Mapping[str, Any], document: Mapping[str, Any], *, full: bool, request: bool, binary: bool, _depth: int
) -> dict[str, Any]:
    found = schema.get("properties")
    properties: Mapping[str, Any] = found if isinstance(found, Mapping) else {}
    required = [name for name in schema.get("required") or [] if isinstance(name, str)]
    skip = "readOnly" if request else "writeOnly"
    result: dict[str, Any] = {}
    for name in list(properties) if full else required:
        sub = resolve(properties.get(name, {}), document)
        if isinstance(sub, Mapping) and sub.get(skip) is True and name not in required:
            continue  # a required one stays: the generated model requires it
        result[name] = instance(sub, document, request=request, binary=binary, _depth=_depth)
    minimum = schema.get("minProperties")
    if isinstance(minimum, int) and len(result) < minimum:
        extra = schema.get("additionalProperties")
        for index in range(minimum - len(result)):
            value_schema = extra if isinstance(extra, Mapping) else {"type": "string"}
            result[f"conform_{index}"] = instance(value_schema, document, request=request, _depth=_depth)
    return result


def _all_of(
    schema: Mapping[str, Any], document: Mapping[str, Any], *, full: bool, request: bool, binary: bool, _depth: int
) -> Any:
    merged = merge_all_of(schema, document)
    if merged is not None:
        return _object(merged, document, full=full, request=request, binary=binary, _depth=_depth)
    members = [member for member in schema["allOf"] if resolve(member, document) not in ({}, None)]
    rest = {key: value for key, value in schema.items() if key != "allOf"}
    first = members[0] if members else rest
    return instance(first, document, request=request, binary=binary, _depth=_depth)


def merge_all_of(schema: Mapping[str, Any], document: Mapping[str, Any], *, limit: int = 16) -> dict[str, Any] | None:
    """The properties and required names of an object ``allOf`` (nested ones too), or None when not objects."""
    properties: dict[str, Any] = {}
    required: list[str] = []
    is_object = False
    pending: list[Any] = [schema]
    seen = 0
    while pending and seen < limit * 4:
        seen += 1
        part = resolve(pending.pop(0), document)
        if not isinstance(part, Mapping):
            continue
        if isinstance(part.get("allOf"), list):
            pending.extend(part["allOf"])
        for key in ("oneOf", "anyOf"):
            if isinstance(part.get(key), list) and part[key]:
                pending.append(part[key][0])
        if isinstance(part.get("properties"), Mapping):
            is_object = True
            for name, sub in part["properties"].items():
                properties.setdefault(name, sub)
        if isinstance(part.get("required"), list):
            required += [name for name in part["required"] if isinstance(name, str) and name not in required]
        if part.get("type") == "object":
            is_object = True
    if not is_object:
        return None
    merged: dict[str, Any] = {"type": "object", "properties": properties, "required": required}
    return merged


def _one_of(
    schema: Mapping[str, Any],
    members: list[Any],
    document: Mapping[str, Any],
    *,
    request: bool,
    binary: bool,
    _depth: int,
) -> Any:
    """The first member's value that no sibling also accepts (a ``oneOf`` must match exactly one), else the first
    non-null member's."""
    discriminator = schema.get("discriminator")
    fallback: Any = None
    is_null = [_type(resolve(member, document) or {}) == "null" for member in members]
    order = [i for i in range(len(members)) if not is_null[i]] + [i for i in range(len(members)) if is_null[i]]
    for index in order:
        member = members[index]
        value = instance(member, document, request=request, binary=binary, full=True, _depth=_depth)
        if isinstance(value, dict) and isinstance(discriminator, Mapping):
            tag = discriminator.get("propertyName")
            if isinstance(tag, str):
                value[tag] = _tag_for(member, discriminator)
        if fallback is None:
            fallback = (value,)
        if not any(accepts(value, other, document) for i, other in enumerate(members) if i != index):
            return value
    return fallback[0] if fallback else None


def accepts(value: Any, schema: Any, document: Mapping[str, Any], _depth: int = 0) -> bool:
    """Whether ``schema`` plausibly accepts ``value``: types, ``enum``/``const``, required and unknown properties
    (``additionalProperties: false``), items, compositions. Lenient where unsure (formats, patterns, bounds)."""
    schema = resolve(schema, document)
    if not isinstance(schema, Mapping) or _depth > MAX_DEPTH:
        return schema is not False
    deeper = _depth + 1
    if "const" in schema and value != schema["const"]:
        return False
    if isinstance(schema.get("enum"), list) and value not in schema["enum"]:
        return False
    if isinstance(schema.get("allOf"), list) and not all(accepts(value, s, document, deeper) for s in schema["allOf"]):
        return False
    for key in ("oneOf", "anyOf"):
        if isinstance(schema.get(key), list) and schema[key]:
            if not any(accepts(value, s, document, deeper) for s in schema[key]):
                return False
    if value is None:
        return schema.get("nullable") is True or _allows(schema, "null") or not _typed(schema)
    if not _typed(schema):
        return _object_fits(value, schema, document, deeper) if isinstance(value, dict) else True
    if isinstance(value, bool):
        return _allows(schema, "boolean")
    if isinstance(value, int) and not isinstance(value, bool):
        return _allows(schema, "integer") or _allows(schema, "number")
    if isinstance(value, float):
        return _allows(schema, "number") or (_allows(schema, "integer") and value.is_integer())
    if isinstance(value, (str, bytes)):
        return _allows(schema, "string")
    if isinstance(value, list):
        items = schema.get("items")
        return _allows(schema, "array") and all(accepts(item, items, document, deeper) for item in value)
    if isinstance(value, dict):
        return _allows(schema, "object") and _object_fits(value, schema, document, deeper)
    return True


def _typed(schema: Mapping[str, Any]) -> bool:
    return "type" in schema or any(key in schema for key in ("properties", "items"))


def _allows(schema: Mapping[str, Any], kind: str) -> bool:
    declared = schema.get("type")
    if declared is None:
        return _type(schema) == kind
    return kind in declared if isinstance(declared, list) else declared == kind


def _object_fits(value: Mapping[str, Any], schema: Mapping[str, Any], document: Mapping[str, Any], depth: int) -> bool:
    found = schema.get("properties")
    properties: Mapping[str, Any] = found if isinstance(found, Mapping) else {}
    found_required = schema.get("required")
    required: list[Any] = found_required if isinstance(found_required, list) else []
    if any(name not in value for name in required):
        return False
    if schema.get("additionalProperties") is False and any(name not in properties for name in value):
        return False
    return all(accepts(value[name], sub, document, depth) for name, sub in properties.items() if name in value)


def _tag_for(member: Any, discriminator: Mapping[str, Any]) -> str:
    ref = member.get("$ref") if isinstance(member, Mapping) else None
    mapping = discriminator.get("mapping")
    if isinstance(mapping, Mapping) and isinstance(ref, str):
        for value, target in mapping.items():
            if target == ref or (isinstance(target, str) and ref_name(target) == ref_name(ref)):
                return str(value)
    return ref_name(ref) if isinstance(ref, str) else "conform"


def _number(schema: Mapping[str, Any], *, integer: bool) -> float:
    low = schema.get("minimum")
    high = schema.get("maximum")
    ex_low = schema.get("exclusiveMinimum")
    ex_high = schema.get("exclusiveMaximum")
    step = 1 if integer else 0.5
    if ex_low is True and isinstance(low, (int, float)):  # OpenAPI 3.0's boolean form
        low, ex_low = low + step, None
    if ex_high is True and isinstance(high, (int, float)):
        high, ex_high = high - step, None
    if isinstance(ex_low, (int, float)) and not isinstance(ex_low, bool):
        low = ex_low + step if low is None else max(low, ex_low + step)
    if isinstance(ex_high, (int, float)) and not isinstance(ex_high, bool):
        high = ex_high - step if high is None else min(high, ex_high - step)
    value: float = 1
    if isinstance(low, (int, float)) and value < low:
        value = low
    if isinstance(high, (int, float)) and value > high:
        value = high
    multiple = schema.get("multipleOf")
    if isinstance(multiple, (int, float)) and multiple > 0 and value % multiple:
        value = (int(value // multiple) + 1) * multiple
    if integer:
        value = int(value) if float(value).is_integer() else int(value) + 1
    return value


def _string(schema: Mapping[str, Any], *, binary: bool) -> Any:
    fmt = schema.get("format")
    if fmt == "binary":
        return BINARY if binary else "conform"
    value = _FORMATS.get(fmt, "conform") if isinstance(fmt, str) else "conform"
    pattern = schema.get("pattern")
    if isinstance(pattern, str) and not _matches(pattern, value):
        value = string_for_pattern(pattern) or value
    low = schema.get("minLength")
    high = schema.get("maxLength")
    if isinstance(low, int) and len(value) < low:
        value = value + "x" * (low - len(value))
    if isinstance(high, int) and len(value) > high:
        value = value[: max(high, 0)]
    return value


def _matches(pattern: str, value: str) -> bool:
    try:
        return re.search(pattern, value) is not None
    except re.error:
        return True  # a pattern Python cannot read: keep the value


def string_for_pattern(pattern: str) -> str | None:
    """A string that ``pattern`` matches (walked from its parse tree), or None when it cannot be built."""
    try:
        parsed = _sre_parse.parse(pattern)
        value = _walk(list(parsed))
    except (re.error, ValueError, TypeError, RecursionError, OverflowError):
        return None
    return value if _matches(pattern, value) else None


_CATEGORY = {
    "CATEGORY_DIGIT": "0",
    "CATEGORY_NOT_DIGIT": "a",
    "CATEGORY_WORD": "a",
    "CATEGORY_NOT_WORD": "-",
    "CATEGORY_SPACE": " ",
    "CATEGORY_NOT_SPACE": "a",
}


def _walk(items: list[Any]) -> str:
    out: list[str] = []
    for op, arg in items:
        name = str(op)
        if name == "LITERAL":
            out.append(chr(arg))
        elif name == "NOT_LITERAL":
            out.append("a" if chr(arg) != "a" else "b")
        elif name == "ANY":
            out.append("a")
        elif name == "IN":
            out.append(_in(arg))
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            low, _high, sub = arg
            out.append(_walk(list(sub)) * max(int(low), 1 if int(_high) >= 1 else 0))
        elif name == "SUBPATTERN":
            out.append(_walk(list(arg[-1])))
        elif name == "BRANCH":
            out.append(_walk(list(arg[1][0])))
        elif name == "CATEGORY":
            out.append(_CATEGORY.get(str(arg), "a"))
        elif name in ("AT", "ASSERT", "ASSERT_NOT"):
            continue
        elif name == "ATOMIC_GROUP":
            out.append(_walk(list(arg)))
        else:
            raise ValueError(name)
    return "".join(out)


def _in(items: list[Any]) -> str:
    if items and str(items[0][0]) == "NEGATE":
        excluded = {chr(arg) for op, arg in items[1:] if str(op) == "LITERAL"}
        return next(c for c in "aZ0-_ x" if c not in excluded)
    for op, arg in items:
        name = str(op)
        if name == "LITERAL":
            return chr(arg)
        if name == "RANGE":
            return chr(arg[0])
        if name == "CATEGORY":
            return _CATEGORY.get(str(arg), "a")
    return "a"
