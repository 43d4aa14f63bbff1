"""Hypothesis strategies for responses that lie: valid bodies from the spec's schemas, then one lie per category.

``instance(schema)`` draws a value valid against a schema of openapi.yaml and records, for every node of the value,
the schema it was drawn from, so a mutation knows where an enum, a required key or a non-nullable field is.
"""

from __future__ import annotations

import copy
import datetime
import json
import string
from dataclasses import dataclass
from typing import Any

from hypothesis import strategies as st

__all__ = ["CATEGORIES", "Body", "Spec", "lie"]

#: What a server can get wrong, and whether the client must still return a parsed value (forward compatibility).
CATEGORIES: dict[str, bool] = {
    "valid": True,
    "extra_fields": True,
    "unknown_enum": True,
    "truncated_json": False,
    "wrong_content_type": False,
    "missing_required": False,
    "wrong_type": False,
    "null_not_nullable": False,
    "huge_number": False,
    "deep_nesting": False,
    "error_status": False,
}

Path = tuple[Any, ...]


@dataclass
class Body:
    """A drawn body: the value and, for each node of it (by path), the schema it was drawn from."""

    value: Any
    nodes: list[tuple[Path, dict[str, Any]]]


class Spec:
    """The schemas of one OpenAPI document, with ``$ref``, ``allOf`` and type lists resolved on demand."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document

    def resolve(self, schema: dict[str, Any]) -> dict[str, Any]:
        while "$ref" in schema:
            node: Any = self.document
            for part in schema["$ref"][2:].split("/"):
                node = node[part.replace("~1", "/").replace("~0", "~")]
            schema = {**node, **{k: v for k, v in schema.items() if k != "$ref"}}
        if "allOf" in schema:
            merged: dict[str, Any] = {k: v for k, v in schema.items() if k != "allOf"}
            for part in schema["allOf"]:
                part = self.resolve(part)
                merged.setdefault("properties", {}).update(part.get("properties", {}))
                merged["required"] = [*merged.get("required", []), *part.get("required", [])]
                merged.setdefault("type", part.get("type"))
            schema = merged
        return schema

    @staticmethod
    def types(schema: dict[str, Any]) -> list[str]:
        kind = schema.get("type")
        if isinstance(kind, list):
            return kind
        if kind is None:
            return ["object"] if "properties" in schema else []
        return [kind]

    def nullable(self, schema: dict[str, Any]) -> bool:
        schema = self.resolve(schema)
        if "null" in self.types(schema) or schema.get("nullable"):
            return True
        return any(self.nullable(branch) for branch in schema.get("oneOf", []) + schema.get("anyOf", []))

    def instance(self, schema: dict[str, Any], path: Path = ()) -> st.SearchStrategy[Body]:
        """Valid values of ``schema`` (a small, honest subset of JSON Schema: what openapi.yaml uses)."""
        schema = self.resolve(schema)
        for key in ("oneOf", "anyOf"):
            if key in schema:
                return st.one_of([self.instance(branch, path) for branch in schema[key]])
        if "const" in schema:
            return st.just(Body(schema["const"], [(path, schema)]))
        if "enum" in schema:
            return st.sampled_from([v for v in schema["enum"] if v is not None]).map(
                lambda v: Body(v, [(path, schema)])
            )
        kinds = self.types(schema)
        strategies = [self._of_type(schema, kind, path) for kind in kinds]
        if not strategies:
            return st.just(Body({}, [(path, schema)]))
        return st.one_of(strategies)

    def _of_type(self, schema: dict[str, Any], kind: str, path: Path) -> st.SearchStrategy[Body]:
        here = [(path, schema)]
        if kind == "null":
            return st.just(Body(None, here))
        if kind == "boolean":
            return st.booleans().map(lambda v: Body(v, here))
        if kind == "integer":
            low, high = schema.get("minimum", -(2**40)), schema.get("maximum", 2**40)
            return st.integers(low, high).map(lambda v: Body(v, here))
        if kind == "number":
            low, high = schema.get("minimum", -1e9), schema.get("maximum", 1e9)
            return st.floats(low, high, allow_nan=False).map(lambda v: Body(v, here))
        if kind == "string":
            return self._string(schema).map(lambda v: Body(v, here))
        if kind == "array":
            items = self.instance(schema.get("items", {}), ())
            size = st.lists(items, min_size=schema.get("minItems", 0), max_size=3)
            return size.map(
                lambda bodies: Body(
                    [b.value for b in bodies],
                    here + [((*path, i, *p), s) for i, b in enumerate(bodies) for p, s in b.nodes],
                )
            )
        return self._object(schema, path)

    @staticmethod
    def _string(schema: dict[str, Any]) -> st.SearchStrategy[str]:
        fmt = schema.get("format")
        if fmt == "date-time":
            return st.datetimes(timezones=st.just(datetime.UTC)).map(lambda d: d.isoformat())
        if fmt == "uuid":
            return st.uuids().map(str)
        if fmt == "binary":
            return st.text(max_size=8)
        if "pattern" in schema:
            return st.from_regex(schema["pattern"], fullmatch=True)
        return st.text(string.ascii_letters + string.digits + " -_", min_size=schema.get("minLength", 1), max_size=12)

    def _object(self, schema: dict[str, Any], path: Path) -> st.SearchStrategy[Body]:
        properties = schema.get("properties", {})
        required = set(schema.get("required", []))
        fields = {
            name: self.instance(sub, ()) for name, sub in properties.items() if not self.resolve(sub).get("writeOnly")
        }
        optional = sorted(set(fields) - required)

        @st.composite
        def build(draw: st.DrawFn) -> Body:
            chosen = sorted(required & set(fields))
            if optional:
                chosen += draw(st.lists(st.sampled_from(optional), unique=True))
            value: dict[str, Any] = {}
            nodes: list[tuple[Path, dict[str, Any]]] = [(path, schema)]
            for name in chosen:
                body = draw(fields[name])
                value[name] = body.value
                nodes.extend(((*path, name, *p), s) for p, s in body.nodes)
            return Body(value, nodes)

        return build()


def _get(value: Any, path: Path) -> Any:
    for part in path:
        value = value[part]
    return value


def _set(value: Any, path: Path, new: Any) -> Any:
    if not path:
        return new
    _get(value, path[:-1])[path[-1]] = new
    return value


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=6),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=4), children, max_size=3),
    max_leaves=6,
)
HEADERS_JSON = {"content-type": "application/json"}


@st.composite
def lie(
    draw: st.DrawFn, spec: Spec, schema: dict[str, Any] | None, category: str
) -> tuple[int | None, bytes, dict[str, str]]:
    """(status or None for the operation's own, body bytes, headers) for one category of lie."""
    body = draw(spec.instance(schema)) if schema is not None else Body(draw(JSON), [])
    value = copy.deepcopy(body.value)
    text = json.dumps(value)
    nodes = body.nodes
    if category == "valid":
        return None, text.encode(), HEADERS_JSON
    if category == "extra_fields":
        objects = [p for p, s in nodes if isinstance(_get(value, p), dict)]
        for path in draw(st.lists(st.sampled_from(objects), max_size=3)) if objects else []:
            _get(value, path)["zz_" + draw(st.text(string.ascii_lowercase, min_size=1, max_size=6))] = draw(JSON)
        return None, json.dumps(value).encode(), HEADERS_JSON
    if category == "unknown_enum":
        enums = [p for p, s in nodes if "enum" in s and isinstance(_get(value, p), str)]
        for path in draw(st.lists(st.sampled_from(enums), min_size=1, max_size=2)) if enums else []:
            value = _set(value, path, "zz-new-" + draw(st.text(string.ascii_lowercase + "-_ ", max_size=8)))
        return None, json.dumps(value).encode(), HEADERS_JSON
    if category == "truncated_json":
        cut = draw(st.integers(0, max(0, len(text) - 1)))
        return None, text[:cut].encode(), HEADERS_JSON
    if category == "wrong_content_type":
        kind = draw(st.sampled_from(["html-as-json", "json-as-html", "binary", "empty"]))
        if kind == "html-as-json":
            return None, b"<html><body>502 Bad Gateway</body></html>", HEADERS_JSON
        if kind == "json-as-html":
            return None, text.encode(), {"content-type": "text/html"}
        if kind == "binary":
            return None, draw(st.binary(max_size=32)), {"content-type": "application/octet-stream"}
        return None, b"", HEADERS_JSON
    if category == "missing_required":
        owners = [
            (p, name)
            for p, s in nodes
            for name in s.get("required", [])
            if isinstance(_get(value, p), dict) and name in _get(value, p)
        ]
        if owners:
            path, name = draw(st.sampled_from(owners))
            del _get(value, path)[name]
        return None, json.dumps(value).encode(), HEADERS_JSON
    if category == "wrong_type":
        path = draw(st.sampled_from([p for p, _ in nodes])) if nodes else ()
        current = _get(value, path)
        replacement = draw(JSON.filter(lambda v: type(v) is not type(current)))
        return None, json.dumps(_set(value, path, replacement)).encode(), HEADERS_JSON
    if category == "null_not_nullable":
        candidates = [p for p, s in nodes if p and not spec.nullable(s)]
        if candidates:
            value = _set(value, draw(st.sampled_from(candidates)), None)
        return None, json.dumps(value).encode(), HEADERS_JSON
    if category == "huge_number":
        numbers = [
            p for p, s in nodes if isinstance(_get(value, p), int | float) and not isinstance(_get(value, p), bool)
        ]
        huge = draw(st.sampled_from(["1e400", "-1e400", "1" + "0" * 5000, "NaN", "Infinity", "-0.0", "1e-400"]))
        path = (
            draw(st.sampled_from(numbers))
            if numbers
            else (draw(st.sampled_from([p for p, _ in nodes])) if nodes else ())
        )
        marker = "__HUGE_NUMBER__"
        return None, json.dumps(_set(value, path, marker)).replace(f'"{marker}"', huge).encode(), HEADERS_JSON
    if category == "deep_nesting":
        depth = draw(st.sampled_from([200, 5_000, 200_000]))
        path = draw(st.sampled_from([p for p, _ in nodes])) if nodes else ()
        marker = "__DEEP__"
        deep = "[" * depth + "]" * depth if draw(st.booleans()) else '{"a":' * depth + "1" + "}" * depth
        return None, json.dumps(_set(value, path, marker)).replace(f'"{marker}"', deep).encode(), HEADERS_JSON
    if category == "error_status":
        status = draw(st.sampled_from([400, 401, 403, 404, 409, 412, 422, 429, 500, 502, 503, 418, 599]))
        kind = draw(st.sampled_from(["problem", "garbage", "truncated", "deep", "empty", "wrong-types"]))
        problem_type = {"content-type": "application/problem+json"}
        if kind == "problem":
            return (
                status,
                json.dumps({"type": "about:blank", "title": "x", "status": status, "errors": draw(JSON)}).encode(),
                problem_type,
            )
        if kind == "wrong-types":
            return (
                status,
                json.dumps(
                    {"title": draw(JSON), "status": draw(JSON), "detail": draw(JSON), "errors": draw(JSON)}
                ).encode(),
                problem_type,
            )
        if kind == "truncated":
            return status, text[: len(text) // 2].encode(), problem_type
        if kind == "deep":
            return status, ("[" * 100_000 + "]" * 100_000).encode(), HEADERS_JSON
        if kind == "empty":
            return status, b"", problem_type
        return (
            status,
            draw(st.binary(max_size=64)),
            draw(st.sampled_from([problem_type, HEADERS_JSON, {"content-type": "text/html; charset=bogus"}])),
        )
    raise ValueError(category)
