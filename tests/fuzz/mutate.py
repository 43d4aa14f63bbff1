"""A seeded spec mutator: find every text-bearing field of an OpenAPI document and put hostile text in it.

``slots(doc)`` lists the places (a category, a JSON path, and how to change it consistently: renaming a schema
rewrites its ``$ref``s, renaming a property rewrites ``required``, renaming a path parameter rewrites the path
template). ``make_case(rng, ...)`` picks a source spec, a category, a few slots and payloads, and returns the mutated
document with a description of what was done, so a failing case can be replayed from its seed.
"""

from __future__ import annotations

import copy
import json
import random
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML

from generator.plan.pagination import show_path

from .payloads import CODE, NAMES, PAYLOADS, TEXT, variants

__all__ = ["CATEGORIES", "Case", "Slot", "load_sources", "make_case", "prune", "slots"]

ROOT = Path(__file__).resolve().parents[2]
SHARED_SPECS = ROOT / ".." / "shared" / "specs"
REAL_SPECS = ("petstore3.yaml", "opc-e2e-3.1.yaml")

CATEGORIES = (
    "title",
    "description",
    "summary",
    "operation_id",
    "tag",
    "parameter_name",
    "property_name",
    "enum_value",
    "default",
    "example",
    "server_url",
    "path",
    "schema_name",
    "security",
    "x_pagination",
    "config",
    "collision",
)

#: Categories whose slots are names (identifiers in the generated code), for the collision category.
NAME_CATEGORIES = ("operation_id", "tag", "parameter_name", "property_name", "enum_value", "schema_name")

Pointer = tuple[Any, ...]


@dataclass
class Slot:
    """One place of the document that holds text, and how to replace that text consistently."""

    category: str
    pointer: Pointer
    apply: Callable[[dict[str, Any], str], None]
    scope: Pointer = ()  # names in the same scope can collide (one object's properties, one enum's values)

    @property
    def original(self) -> str:
        return str(self.pointer[-1]) if self.pointer else ""


@dataclass
class Case:
    """A mutated document and the record of what was done to it."""

    number: int
    seed: int
    source: str
    category: str
    document: dict[str, Any]
    config: dict[str, str] = field(default_factory=dict)
    mutations: list[str] = field(default_factory=list)


# ----------------------------------------------------------------------------------------------- document access


def get(doc: Any, pointer: Pointer) -> Any:
    for part in pointer:
        doc = doc[part]
    return doc


def _set_value(pointer: Pointer) -> Callable[[dict[str, Any], str], None]:
    def apply(doc: dict[str, Any], payload: str) -> None:
        get(doc, pointer[:-1])[pointer[-1]] = payload

    return apply


def _rename_key(container: Any, old: str, new: str) -> None:
    """Rename a key in place, keeping the order of the mapping."""
    if old == new or old not in container:
        return
    items = list(container.items())
    container.clear()
    for key, value in items:
        container[new if key == old else key] = value


def _walk_refs(node: Any) -> Iterator[dict[str, Any]]:
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            if isinstance(item.get("$ref"), str):
                yield item
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)


def _escape(part: str) -> str:
    return part.replace("~", "~0").replace("/", "~1")


# ---------------------------------------------------------------------------------------------- slot collection


def slots(doc: dict[str, Any]) -> list[Slot]:
    """Every text-bearing place of ``doc``, by category."""
    found: list[Slot] = []
    add = found.append
    info = doc.get("info") or {}
    for key in ("title", "description", "version"):
        if isinstance(info.get(key), str):
            add(Slot("description" if key == "description" else "title", ("info", key), _set_value(("info", key))))
    for i, server in enumerate(doc.get("servers") or []):
        if isinstance(server, dict):
            add(Slot("server_url", ("servers", i, "url"), _set_value(("servers", i, "url"))))
            for name, variable in (server.get("variables") or {}).items():
                if isinstance(variable, dict) and "default" in variable:
                    ptr = ("servers", i, "variables", name, "default")
                    add(Slot("server_url", ptr, _set_value(ptr)))
    for i, tag in enumerate(doc.get("tags") or []):
        if isinstance(tag, dict) and isinstance(tag.get("name"), str):
            add(Slot("tag", ("tags", i, "name"), _rename_tag(tag["name"]), scope=("tags",)))
            if isinstance(tag.get("description"), str):
                add(Slot("description", ("tags", i, "description"), _set_value(("tags", i, "description"))))
    for path, item in (doc.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        add(Slot("path", ("paths", path), _rename_path(path)))
        for i, parameter in enumerate(item.get("parameters") or []):
            _parameter_slots(found, ("paths", path, "parameters", i), parameter, path)
        for method, operation in item.items():
            if method in ("parameters", "summary", "description", "servers") or not isinstance(operation, dict):
                continue
            _operation_slots(found, ("paths", path, method), operation, path)
    components = doc.get("components") or {}
    for name, schema in (components.get("schemas") or {}).items():
        add(Slot("schema_name", ("components", "schemas", name), _rename_schema(name), scope=("schemas",)))
        _schema_slots(found, ("components", "schemas", name), schema)
    for name, parameter in (components.get("parameters") or {}).items():
        _parameter_slots(found, ("components", "parameters", name), parameter, None)
    for name, body in (components.get("requestBodies") or {}).items():
        _content_slots(found, ("components", "requestBodies", name), body)
    for name, response in (components.get("responses") or {}).items():
        _response_slots(found, ("components", "responses", name), response)
    for name, scheme in (components.get("securitySchemes") or {}).items():
        add(Slot("security", ("components", "securitySchemes", name), _rename_security(name)))
        if isinstance(scheme, dict) and scheme.get("type") == "apiKey" and isinstance(scheme.get("name"), str):
            ptr = ("components", "securitySchemes", name, "name")
            add(Slot("security", ptr, _set_value(ptr)))
    return found


def _operation_slots(found: list[Slot], ptr: Pointer, operation: dict[str, Any], path: str) -> None:
    for key, category in (("operationId", "operation_id"), ("summary", "summary"), ("description", "description")):
        if isinstance(operation.get(key), str):
            scope = ("operationIds",) if key == "operationId" else ()
            found.append(Slot(category, (*ptr, key), _set_value((*ptr, key)), scope=scope))
    for i, tag in enumerate(operation.get("tags") or []):
        if isinstance(tag, str):
            found.append(Slot("tag", (*ptr, "tags", i), _rename_tag(tag), scope=("tags",)))
    for i, parameter in enumerate(operation.get("parameters") or []):
        _parameter_slots(found, (*ptr, "parameters", i), parameter, path)
    if isinstance(operation.get("requestBody"), dict):
        _content_slots(found, (*ptr, "requestBody"), operation["requestBody"])
    for code, response in (operation.get("responses") or {}).items():
        _response_slots(found, (*ptr, "responses", code), response)
    _pagination_slots(found, (*ptr, "x-pagination"), operation.get("x-pagination"))


#: x-pagination keys whose value names a query parameter, and keys whose value is a path into the response body.
_PAGINATION_PARAMS = frozenset({"param", "size", "limit"})
_PAGINATION_PATHS = frozenset({"items", "from", "has_more", "total", "url"})


def _pagination_slots(found: list[Slot], ptr: Pointer, node: Any) -> None:
    if isinstance(node, dict):
        for key, value in node.items():
            _pagination_slots(found, (*ptr, key), value)
    elif isinstance(node, str):
        found.append(Slot("x_pagination", ptr, _rename_paginated(ptr, node)))


def _rename_paginated(ptr: Pointer, old: str) -> Callable[[dict[str, Any], str], None]:
    """Set an x-pagination value, and rename what it names (the query parameter, the body property) to match:
    an x-pagination naming nothing is refused, and the point is to get hostile names into the generated code."""
    operation_ptr = ptr[: ptr.index("x-pagination")]

    def apply(doc: dict[str, Any], payload: str) -> None:
        is_path = ptr[-1] in _PAGINATION_PATHS and re.fullmatch(r"\w+", old)
        # a body property named by the payload, written in the path grammar (quoted when it has to be)
        get(doc, ptr[:-1])[ptr[-1]] = show_path((payload,)) if is_path and payload else payload
        if ptr[-1] in _PAGINATION_PARAMS:
            item = get(doc, operation_ptr[:-1])
            for parameter in [*(item.get("parameters") or []), *(get(doc, operation_ptr).get("parameters") or [])]:
                if isinstance(parameter, dict) and parameter.get("name") == old and parameter.get("in") == "query":
                    parameter["name"] = payload
        elif is_path:
            for schema in _walk_dicts(doc):
                if isinstance(schema.get("properties"), dict) and old in schema["properties"]:
                    _rename_key(schema["properties"], old, payload)
                    if isinstance(schema.get("required"), list):
                        schema["required"] = [payload if name == old else name for name in schema["required"]]

    return apply


def _walk_dicts(node: Any) -> Iterator[dict[str, Any]]:
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            yield item
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)


def _parameter_slots(found: list[Slot], ptr: Pointer, parameter: Any, path: str | None) -> None:
    if not isinstance(parameter, dict) or "$ref" in parameter:
        return
    if isinstance(parameter.get("name"), str):
        in_path = parameter.get("in") == "path" and path is not None
        apply = _rename_path_parameter(ptr, path, parameter["name"]) if in_path else _set_value((*ptr, "name"))
        found.append(Slot("parameter_name", (*ptr, "name"), apply, scope=ptr[:-1]))
    for key in ("description", "example"):
        if isinstance(parameter.get(key), str):
            found.append(Slot(key, (*ptr, key), _set_value((*ptr, key))))
    if isinstance(parameter.get("schema"), dict):
        _schema_slots(found, (*ptr, "schema"), parameter["schema"])


def _content_slots(found: list[Slot], ptr: Pointer, body: Any) -> None:
    if not isinstance(body, dict) or "$ref" in body:
        return
    if isinstance(body.get("description"), str):
        found.append(Slot("description", (*ptr, "description"), _set_value((*ptr, "description"))))
    for media, content in (body.get("content") or {}).items():
        if isinstance(content, dict) and isinstance(content.get("schema"), dict):
            _schema_slots(found, (*ptr, "content", media, "schema"), content["schema"])


def _response_slots(found: list[Slot], ptr: Pointer, response: Any) -> None:
    _content_slots(found, ptr, response)
    if isinstance(response, dict):
        for name, header in (response.get("headers") or {}).items():
            if isinstance(header, dict) and isinstance(header.get("description"), str):
                found.append(
                    Slot(
                        "description",
                        (*ptr, "headers", name, "description"),
                        _set_value((*ptr, "headers", name, "description")),
                    )
                )


def _schema_slots(found: list[Slot], ptr: Pointer, schema: Any, depth: int = 0) -> None:
    if not isinstance(schema, dict) or "$ref" in schema or depth > 30:
        return
    for key in ("title", "description"):
        if isinstance(schema.get(key), str):
            found.append(Slot(key, (*ptr, key), _set_value((*ptr, key))))
    if "default" in schema:
        found.append(Slot("default", (*ptr, "default"), _set_value((*ptr, "default"))))
    if "example" in schema:
        found.append(Slot("example", (*ptr, "example"), _set_value((*ptr, "example"))))
    if isinstance(schema.get("examples"), list):
        for i in range(len(schema["examples"])):
            found.append(Slot("example", (*ptr, "examples", i), _set_value((*ptr, "examples", i))))
    for i, value in enumerate(schema.get("enum") or []):
        if isinstance(value, str | int) and not isinstance(value, bool):
            found.append(
                Slot("enum_value", (*ptr, "enum", i), _set_enum_value((*ptr, "enum", i)), scope=(*ptr, "enum"))
            )
    for name, sub in (schema.get("properties") or {}).items():
        found.append(
            Slot("property_name", (*ptr, "properties", name), _rename_property(ptr, name), scope=(*ptr, "properties"))
        )
        _schema_slots(found, (*ptr, "properties", name), sub, depth + 1)
    for key in ("items", "additionalProperties", "not"):
        if isinstance(schema.get(key), dict):
            _schema_slots(found, (*ptr, key), schema[key], depth + 1)
    for key in ("allOf", "anyOf", "oneOf"):
        for i, sub in enumerate(schema.get(key) or []):
            _schema_slots(found, (*ptr, key, i), sub, depth + 1)


# ---------------------------------------------------------------------------------------- consistent renamings


def _set_enum_value(ptr: Pointer) -> Callable[[dict[str, Any], str], None]:
    def apply(doc: dict[str, Any], payload: str) -> None:
        values = get(doc, ptr[:-1])
        old = values[ptr[-1]]
        values[ptr[-1]] = payload
        schema = get(doc, ptr[:-2])
        if isinstance(schema.get("default"), type(old)) and schema["default"] == old:
            schema["default"] = payload  # keep the default one of the values

    return apply


def _rename_property(schema_ptr: Pointer, old: str) -> Callable[[dict[str, Any], str], None]:
    def apply(doc: dict[str, Any], payload: str) -> None:
        schema = get(doc, schema_ptr)
        _rename_key(schema["properties"], old, payload)
        if isinstance(schema.get("required"), list):
            schema["required"] = [payload if name == old else name for name in schema["required"]]

    return apply


def _rename_schema(old: str) -> Callable[[dict[str, Any], str], None]:
    def apply(doc: dict[str, Any], payload: str) -> None:
        schemas = doc["components"]["schemas"]
        if payload in schemas:
            return
        _rename_key(schemas, old, payload)
        before, after = f"#/components/schemas/{_escape(old)}", f"#/components/schemas/{_escape(payload)}"
        for ref in _walk_refs(doc):
            if ref["$ref"] == before:
                ref["$ref"] = after

    return apply


def _rename_tag(old: str) -> Callable[[dict[str, Any], str], None]:
    def apply(doc: dict[str, Any], payload: str) -> None:
        for tag in doc.get("tags") or []:
            if isinstance(tag, dict) and tag.get("name") == old:
                tag["name"] = payload
        for item in (doc.get("paths") or {}).values():
            for operation in (item or {}).values():
                if isinstance(operation, dict) and isinstance(operation.get("tags"), list):
                    operation["tags"] = [payload if tag == old else tag for tag in operation["tags"]]

    return apply


def _rename_security(old: str) -> Callable[[dict[str, Any], str], None]:
    def apply(doc: dict[str, Any], payload: str) -> None:
        _rename_key(doc["components"]["securitySchemes"], old, payload)
        requirement_lists = [doc.get("security")]
        for item in (doc.get("paths") or {}).values():
            requirement_lists.extend(op.get("security") for op in (item or {}).values() if isinstance(op, dict))
        for requirements in requirement_lists:
            for requirement in requirements or []:
                if isinstance(requirement, dict):
                    _rename_key(requirement, old, payload)

    return apply


def _rename_path(old: str) -> Callable[[dict[str, Any], str], None]:
    def apply(doc: dict[str, Any], payload: str) -> None:
        # Keep the template's {placeholders}: the payload becomes a literal segment of the path.
        new = old.rstrip("/") + "/" + payload
        if new not in doc["paths"]:
            _rename_key(doc["paths"], old, new)

    return apply


def _rename_path_parameter(ptr: Pointer, path: str | None, old: str) -> Callable[[dict[str, Any], str], None]:
    def apply(doc: dict[str, Any], payload: str) -> None:
        assert path is not None
        item = doc["paths"].get(path)
        if item is None:
            return
        for parameters in [item.get("parameters")] + [
            op.get("parameters") for op in item.values() if isinstance(op, dict)
        ]:
            for parameter in parameters or []:
                if isinstance(parameter, dict) and parameter.get("in") == "path" and parameter.get("name") == old:
                    parameter["name"] = payload
        _rename_key(doc["paths"], path, path.replace("{" + old + "}", "{" + payload + "}"))

    return apply


# ---------------------------------------------------------------------------------------------------- sources


def load_sources() -> dict[str, dict[str, Any]]:
    """The real specs from ../shared/specs (when present) and the synthetic ones, by name."""
    sources: dict[str, dict[str, Any]] = {}
    for name in REAL_SPECS:
        path = SHARED_SPECS / name
        if path.exists():
            sources[Path(name).stem] = YAML(typ="safe", pure=True).load(path.read_text(encoding="utf-8"))
    sources.update(synthetic())
    return sources


def synthetic() -> dict[str, dict[str, Any]]:
    """Small specs that reach what the real ones do not: every parameter location, enums, pagination, auth."""
    item = {
        "type": "object",
        "title": "Item",
        "description": "An item.",
        "required": ["id", "kind"],
        "properties": {
            "id": {"type": "integer", "example": 7},
            "kind": {"type": "string", "enum": ["small", "large", "x-large"], "default": "small"},
            "level": {"type": "integer", "enum": [1, 2, 3]},
            "label": {"type": ["string", "null"], "default": "none", "description": "Free text."},
            "tags": {"type": "array", "items": {"type": "string", "examples": ["a"]}},
            "child": {"$ref": "#/components/schemas/Child"},
            "when": {"type": "string", "format": "date-time"},
        },
    }
    page = {
        "type": "object",
        "required": ["data"],
        "properties": {
            "data": {"type": "array", "items": {"$ref": "#/components/schemas/Item"}},
            "has_more": {"type": "boolean"},
            "next_cursor": {"type": ["string", "null"]},
        },
    }
    listing = {
        "get": {
            "operationId": "listItems",
            "tags": ["items"],
            "summary": "List items",
            "description": "Every item, a page at a time.",
            "x-pagination": {
                "items": "data",
                "cursor": {"param": "cursor", "from": "next_cursor"},
                "has_more": "has_more",
            },
            "parameters": [
                {"name": "cursor", "in": "query", "schema": {"type": "string"}, "description": "Where to start."},
                {"name": "limit", "in": "query", "schema": {"type": "integer", "default": 10, "maximum": 100}},
                {"name": "order", "in": "query", "schema": {"type": "string", "enum": ["asc", "desc"]}},
                {"name": "X-Trace", "in": "header", "schema": {"type": "string"}, "example": "abc"},
                {"name": "session", "in": "cookie", "schema": {"type": "string"}},
            ],
            "responses": {
                "200": {
                    "description": "A page.",
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Page"}}},
                },
                "default": {"description": "An error."},
            },
        },
        "post": {
            "operationId": "createItem",
            "tags": ["items"],
            "summary": "Create an item",
            "security": [{"apiKeyHeader": []}],
            "parameters": [{"name": "Idempotency-Key", "in": "header", "schema": {"type": "string"}}],
            "requestBody": {
                "required": True,
                "description": "The new item.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Item"}}},
            },
            "responses": {
                "201": {
                    "description": "Created.",
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Item"}}},
                    "headers": {"Location": {"description": "Where it is.", "schema": {"type": "string"}}},
                }
            },
            "x-retry-statuses": [409],
        },
    }
    single = {
        "parameters": [{"name": "itemId", "in": "path", "required": True, "schema": {"type": "integer"}}],
        "get": {
            "operationId": "getItem",
            "tags": ["items"],
            "summary": "Get one item",
            "parameters": [
                {"name": "expand", "in": "query", "schema": {"type": "array", "items": {"type": "string"}}},
            ],
            "responses": {
                "200": {
                    "description": "The item.",
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Item"}}},
                },
                "404": {"description": "Not found."},
            },
        },
        "delete": {
            "operationId": "deleteItem",
            "tags": ["admin"],
            "security": [{"bearer": []}, {"apiKeyQuery": []}],
            "responses": {"204": {"description": "Gone."}},
        },
    }
    upload = {
        "post": {
            "operationId": "upload_file",
            "tags": ["files"],
            "parameters": [
                {"name": "folder", "in": "path", "required": True, "schema": {"type": "string"}},
                {"name": "mode", "in": "query", "schema": {"type": "string", "enum": ["a", "b"], "default": "a"}},
            ],
            "requestBody": {
                "content": {
                    "multipart/form-data": {
                        "schema": {
                            "type": "object",
                            "properties": {
                                "file": {"type": "string", "format": "binary"},
                                "note": {"type": "string", "default": "n"},
                            },
                        }
                    }
                }
            },
            "responses": {"200": {"description": "ok", "content": {"text/plain": {"schema": {"type": "string"}}}}},
        }
    }
    base = {
        "openapi": "3.1.0",
        "info": {"title": "Synthetic API", "version": "1.2.3", "description": "Made up for fuzzing."},
        "servers": [
            {
                "url": "https://{region}.api.example/v1",
                "description": "Production.",
                "variables": {"region": {"default": "eu", "enum": ["eu", "us"]}},
            }
        ],
        "tags": [{"name": "items", "description": "Items."}, {"name": "admin"}, {"name": "files"}],
        "security": [{"bearer": []}],
        "paths": {"/items": listing, "/items/{itemId}": single, "/folders/{folder}/files": upload},
        "components": {
            "schemas": {
                "Item": item,
                "Page": page,
                "Child": {
                    "type": "object",
                    "properties": {"name": {"type": "string", "default": "c"}, "size": {"type": "number"}},
                    "additionalProperties": {"type": "string"},
                },
            },
            "securitySchemes": {
                "bearer": {"type": "http", "scheme": "bearer"},
                "apiKeyHeader": {"type": "apiKey", "in": "header", "name": "X-API-Key"},
                "apiKeyQuery": {"type": "apiKey", "in": "query", "name": "api_key"},
            },
        },
    }
    small = {
        "openapi": "3.0.3",
        "info": {"title": "Tiny", "version": "0"},
        "paths": {
            "/ping": {
                "get": {
                    "operationId": "ping",
                    "responses": {
                        "200": {
                            "description": "pong",
                            "content": {
                                "application/json": {
                                    "schema": {
                                        "type": "object",
                                        "properties": {"status": {"type": "string", "enum": ["ok", "degraded"]}},
                                    }
                                }
                            },
                        }
                    },
                }
            }
        },
    }
    return {"synthetic": base, "tiny": small}


def prune(doc: dict[str, Any], rng: random.Random, keep: int) -> dict[str, Any]:
    """Keep ``keep`` random paths and the components they reach, so a case of a big spec stays small."""
    doc = copy.deepcopy(doc)
    paths = list((doc.get("paths") or {}).items())
    if len(paths) <= keep:
        return doc
    doc["paths"] = dict(sorted(rng.sample(paths, keep), key=lambda kv: paths.index(kv)))
    components = doc.get("components") or {}
    reached: set[tuple[str, str]] = set()
    todo = [doc["paths"]]
    while todo:
        for ref in _walk_refs(todo.pop()):
            match = re.match(r"^#/components/([^/]+)/(.+)$", ref["$ref"])
            if match and (match[1], match[2]) not in reached:
                reached.add((match[1], match[2]))
                target = (components.get(match[1]) or {}).get(match[2].replace("~1", "/").replace("~0", "~"))
                if target is not None:
                    todo.append(target)
    for section in ("schemas", "parameters", "responses", "requestBodies", "headers", "examples"):
        if isinstance(components.get(section), dict):
            components[section] = {k: v for k, v in components[section].items() if (section, _escape(k)) in reached}
    return doc


# -------------------------------------------------------------------------------------------------- the cases


def _payload(rng: random.Random, category: str, original: str) -> str:
    if category in NAME_CATEGORIES and rng.random() < 0.4:
        return rng.choice(NAMES)
    payload = rng.choice(CODE if rng.random() < 0.6 else PAYLOADS if rng.random() < 0.5 else TEXT)
    mode = rng.random()
    if mode < 0.55:
        return payload
    if mode < 0.7:
        return original + payload
    if mode < 0.85:
        return payload + original
    middle = len(original) // 2
    return original[:middle] + payload + original[middle:]


def _config(rng: random.Random) -> tuple[dict[str, str], list[str]]:
    config: dict[str, str] = {}
    keys = ["package_version", "base_url", "project_name", "env_prefix", "package_name"]
    for key in rng.sample(keys, rng.randint(1, 3)):
        choice = rng.random()
        if choice < 0.5:
            config[key] = rng.choice(PAYLOADS)
        elif key == "base_url":
            config[key] = "https://h.example/" + rng.choice(CODE)
        elif key == "package_name":
            config[key] = rng.choice(["class", "import", "httpx", "os", "sys", "attrs", "_", "builtins", "typing"])
        else:
            config[key] = rng.choice(NAMES)
    return config, [f"config {key}={value!r:.80}" for key, value in config.items()]


def make_case(number: int, seed: int, sources: dict[str, dict[str, Any]], category: str) -> Case:
    """Case ``number`` of a run: deterministic in (seed, number, category)."""
    rng = random.Random(f"{seed}:{number}:{category}")
    candidates = list(sources)
    rng.shuffle(candidates)
    for source in candidates:
        doc = prune(sources[source], rng, keep=rng.randint(3, 6))
        if category == "config":
            config, notes = _config(rng)
            return Case(number, seed, source, category, doc, config=config, mutations=notes)
        found = slots(doc)
        if category == "collision":
            groups: dict[Pointer, list[Slot]] = {}
            for slot in found:
                if slot.category in NAME_CATEGORIES and slot.scope:
                    groups.setdefault(slot.scope, []).append(slot)
            pairs = [group for group in groups.values() if len(group) >= 2]
            if not pairs:
                continue
            first, second = rng.sample(rng.choice(pairs), 2)
            current = get(doc, first.pointer) if first.category in ("operation_id", "enum_value") else first.original
            name = str(current)
            new = rng.choice(variants(name))
            second.apply(doc, new)
            return Case(number, seed, source, category, doc, mutations=[f"{second.pointer} -> {new!r} (vs {name!r})"])
        chosen = [slot for slot in found if slot.category == category]
        if not chosen:
            continue
        notes = []
        for slot in rng.sample(chosen, min(len(chosen), rng.randint(1, 3))):
            try:
                original = (
                    str(get(doc, slot.pointer))
                    if slot.category not in ("path", "schema_name", "property_name", "security")
                    else slot.original
                )
            except (KeyError, IndexError, TypeError):
                continue  # an earlier rename in this case moved it
            payload = _payload(rng, category, original)
            try:
                slot.apply(doc, payload)
            except (KeyError, IndexError, TypeError):
                continue
            notes.append(f"{slot.pointer} = {payload!r:.100}")
        if notes:
            return Case(number, seed, source, category, doc, mutations=notes)
    raise LookupError(f"no source has a slot of category {category}")


def dump(case: Case, path: Path) -> None:
    """Write the case's document as JSON (exact for every string, NUL and separators included)."""
    path.write_text(json.dumps(case.document, ensure_ascii=False, indent=1), encoding="utf-8")
