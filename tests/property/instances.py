"""Valid instances of a random document's schemas, and the ``jsonschema`` validator that has the last word.

Instances are drawn by a small strategy of our own that walks the OpenAPI schema (hypothesis-jsonschema 0.23.1,
the usual tool, no longer runs on the Hypothesis we pin: ``'many' object has no attribute 'more'``). It follows
references (recursion bounded by leaving out optional properties and array items past a depth), spells
date-times in the RFC 3339 variants servers send, and pins a discriminated member's tag to a value naming it.
It may draw an instance the schema rejects (``oneOf`` members that overlap, ``allOf`` parts that contradict):
every instance is validated with ``jsonschema`` against the document's schema translated to JSON Schema 2020-12,
and only the valid ones are checked.

OpenAPI keywords with no JSON Schema twin are translated as the OpenAPI specification describes them:
``nullable`` adds null, and a ``discriminator`` restricts each member to the tag values naming it (explicit
``mapping`` or the schema name).
"""

from __future__ import annotations

import base64
import datetime
from typing import Any

import jsonschema
from hypothesis import strategies as st

__all__ = ["TooDeep", "instances", "validator"]

#: Formats jsonschema checks (date-time only with rfc3339-validator installed); the others are any string to it.
_KEPT_FORMATS = {"date-time", "date", "uuid"}
_DROPPED = {"discriminator", "readOnly", "writeOnly", "nullable", "default", "description", "example"}


def _member_tags(union: dict[str, Any], ref: str) -> list[str]:
    discriminator = union["discriminator"]
    mapping = discriminator.get("mapping") or {}
    named = [value for value, target in mapping.items() if target == ref]
    return named or [ref.rsplit("/", 1)[-1]]


def _convert(schema: Any, components: dict[str, Any]) -> Any:
    if not isinstance(schema, dict):
        return schema
    if "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[-1]
        return {"$ref": "#/$defs/" + name}
    out: dict[str, Any] = {}
    for key, value in schema.items():
        if key in _DROPPED or (key == "format" and value not in _KEPT_FORMATS):
            continue
        if key == "properties":
            out[key] = {name: _convert(sub, components) for name, sub in value.items()}
        elif key in ("items", "additionalProperties"):
            out[key] = _convert(value, components)
        elif key in ("allOf", "oneOf", "anyOf"):
            members = []
            for member in value:
                converted = _convert(member, components)
                if key != "allOf" and "discriminator" in schema and "$ref" in member:
                    tag = schema["discriminator"]["propertyName"]
                    pin = {"properties": {tag: {"enum": _member_tags(schema, member["$ref"])}}, "required": [tag]}
                    converted = {"allOf": [converted, pin]}
                members.append(converted)
            out[key] = members
        else:
            out[key] = value
    if schema.get("nullable") is True:
        return {"anyOf": [out, {"type": "null"}]}
    return out


def validator(components: dict[str, Any], name: str) -> jsonschema.protocols.Validator:
    """A jsonschema validator (2020-12, formats checked) for component ``name``, references kept."""
    root = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$defs": {key: _convert(value, components) for key, value in components.items()},
        "$ref": "#/$defs/" + name,
    }
    cls = jsonschema.Draft202012Validator
    return cls(root, format_checker=cls.FORMAT_CHECKER)


class TooDeep(Exception):
    """A drawn instance would nest deeper than the bound (a recursion with no way out)."""


#: Past this depth, optional properties and array items are left out; past ``_HARD``, the draw is given up.
_SOFT = 4
_HARD = 12
_JSON = st.recursive(
    st.none() | st.booleans() | st.integers(-5, 5) | st.text(max_size=4),
    lambda inner: st.lists(inner, max_size=2) | st.dictionaries(st.text(max_size=3), inner, max_size=2),
    max_leaves=4,
)


def _datetime(moment: datetime.datetime, style: int) -> str:
    text = moment.isoformat()
    if style == 0:
        return text.replace("+00:00", "Z")
    if style == 1:
        return moment.replace(microsecond=0).isoformat()
    return text


class _Drawer:
    def __init__(self, draw: st.DrawFn, components: dict[str, Any]) -> None:
        self.draw = draw
        self.components = components

    def resolve(self, schema: dict[str, Any]) -> dict[str, Any]:
        while "$ref" in schema:
            schema = self.components[schema["$ref"].rsplit("/", 1)[-1]]
        return schema

    def value(self, schema: dict[str, Any], depth: int) -> Any:
        if depth > _HARD:
            raise TooDeep
        if "$ref" in schema:
            return self.value(self.resolve(schema), depth + 1)
        draw = self.draw
        if schema.get("nullable") is True and draw(st.integers(0, 4)) == 0:
            return None
        if "const" in schema:
            return schema["const"]
        if "enum" in schema:
            return draw(st.sampled_from(schema["enum"]))
        if "allOf" in schema:
            return self.all_of(schema, depth)
        for key in ("oneOf", "anyOf"):
            if key in schema:
                return self.one_of(schema, key, depth)
        kind = schema.get("type")
        if isinstance(kind, list):
            kind = draw(st.sampled_from(kind))
        if kind == "null":
            return None
        if kind == "object" or "properties" in schema:
            return self.object(schema, depth)
        if kind == "array":
            size = draw(st.integers(0, 3 if depth < _SOFT else 0))
            return [self.value(schema.get("items", {}), depth + 1) for _ in range(size)]
        if kind == "string":
            return self.string(schema.get("format"))
        if kind == "integer":
            return draw(st.integers(-(2**40), 2**40) | st.integers(-3, 3))
        if kind == "number":
            return draw(st.integers(-100, 100) | st.floats(allow_nan=False, allow_infinity=False, width=32))
        if kind == "boolean":
            return draw(st.booleans())
        return draw(_JSON)

    def string(self, fmt: str | None) -> str:
        draw = self.draw
        if fmt == "date-time":
            zone = st.sampled_from([datetime.UTC, datetime.timezone(datetime.timedelta(hours=-5, minutes=-30))])
            moment = draw(st.datetimes(timezones=zone, allow_imaginary=False))
            return _datetime(moment, draw(st.integers(0, 2)))
        if fmt == "date":
            return draw(st.dates()).isoformat()
        if fmt == "uuid":
            text = str(draw(st.uuids()))
            return text.upper() if draw(st.booleans()) else text
        if fmt == "byte":
            return base64.b64encode(draw(st.binary(max_size=6))).decode()
        return draw(st.text(max_size=6))

    def object(self, schema: dict[str, Any], depth: int) -> dict[str, Any]:
        draw = self.draw
        properties = schema.get("properties", {})
        required = set(schema.get("required", []))
        out = {}
        for name, sub in properties.items():
            if name in required or (depth < _SOFT and draw(st.booleans())):
                out[name] = self.value(sub, depth + 1)
        additional = schema.get("additionalProperties", True)
        if additional is not False and depth < _SOFT:
            names = draw(st.lists(st.sampled_from(["extra", "x-y", "Zz", "9"]), max_size=2, unique=True))
            for name in names:
                if name not in properties:
                    out[name] = draw(_JSON) if additional is True else self.value(additional, depth + 1)
        return out

    def all_of(self, schema: dict[str, Any], depth: int) -> Any:
        parts = [self.resolve(part) for part in schema["allOf"]]
        objects = [part for part in parts if part.get("type") == "object" or "properties" in part]
        if not objects:
            return self.value(parts[0], depth + 1)
        merged: dict[str, Any] = {"type": "object", "properties": {}, "required": []}
        for part in objects:
            merged["properties"].update(part.get("properties", {}))
            merged["required"] += part.get("required", [])
            if part.get("additionalProperties") is False:
                merged["additionalProperties"] = False
        return self.object(merged, depth)

    def one_of(self, schema: dict[str, Any], key: str, depth: int) -> Any:
        members = schema[key]
        index = self.draw(st.integers(0, len(members) - 1))
        value = self.value(members[index], depth + 1)
        discriminator = schema.get("discriminator")
        if discriminator and isinstance(value, dict) and "$ref" in members[index]:
            tags = _member_tags(schema, members[index]["$ref"])
            value[discriminator["propertyName"]] = self.draw(st.sampled_from(tags))
        return value


def instances(components: dict[str, Any], name: str) -> st.SearchStrategy[Any]:
    """Instances of component ``name``, most of them valid (see the module docstring); may raise :class:`TooDeep`."""

    @st.composite
    def draw_instance(draw: st.DrawFn) -> Any:
        return _Drawer(draw, components).value({"$ref": "#/components/schemas/" + name}, 0)

    return draw_instance()
