"""The conformance run's synthesiser: a valid JSON value from a schema, deterministic, through $refs."""

from __future__ import annotations

import datetime
import re
import uuid
from typing import Any

import pytest

from generator.tools.conform._arguments import (
    body_media_type,
    count_operations,
    find_operation,
    json_arguments,
    parameters,
)
from generator.tools.conform._instances import BINARY, accepts, instance, string_for_pattern

DOC: dict[str, Any] = {
    "openapi": "3.1.0",
    "paths": {
        "/items/{itemId}": {
            "parameters": [
                {"name": "itemId", "in": "path", "required": True, "schema": {"type": "string", "format": "uuid"}}
            ],
            "post": {
                "parameters": [
                    {"$ref": "#/components/parameters/Limit"},
                    {"name": "If-Match", "in": "header", "required": True, "schema": {"type": "string"}},
                    {"name": "$filter", "in": "query", "schema": {"type": "string", "pattern": "^[a-z]{3}-\\d+$"}},
                ],
                "requestBody": {
                    "content": {
                        "application/xml": {"schema": {"type": "string"}},
                        "application/json": {"schema": {"$ref": "#/components/schemas/Item"}},
                    }
                },
                "responses": {"201": {"description": "made"}},
            },
        }
    },
    "components": {
        "parameters": {
            "Limit": {
                "name": "limit",
                "in": "query",
                "required": True,
                "schema": {"type": "integer", "minimum": 5, "maximum": 9},
            }
        },
        "schemas": {
            "Item": {
                "type": "object",
                "required": ["id", "kind", "when", "tags", "child"],
                "properties": {
                    "id": {"type": "string", "format": "uuid"},
                    "kind": {"type": "string", "enum": ["small", "large"]},
                    "when": {"type": "string", "format": "date-time"},
                    "tags": {"type": "array", "minItems": 2, "items": {"type": "string", "minLength": 10}},
                    "child": {"$ref": "#/components/schemas/Item"},
                    "note": {"type": "string"},
                    "made": {"type": "string", "readOnly": True},
                },
            },
            "Cat": {
                "type": "object",
                "required": ["pet_type"],
                "properties": {"pet_type": {"type": "string"}, "purrs": {"type": "boolean"}},
            },
            "Dog": {
                "type": "object",
                "required": ["pet_type"],
                "properties": {"pet_type": {"type": "string"}, "barks": {"type": "boolean"}},
            },
            "Pet": {
                "oneOf": [{"$ref": "#/components/schemas/Cat"}, {"$ref": "#/components/schemas/Dog"}],
                "discriminator": {"propertyName": "pet_type", "mapping": {"cat": "#/components/schemas/Cat"}},
            },
        },
    },
}


def test_an_object_gets_its_required_properties_each_valid() -> None:
    value = instance({"$ref": "#/components/schemas/Item"}, DOC)
    assert set(value) == {"id", "kind", "when", "tags", "child"}  # optional and readOnly ones are left out
    uuid.UUID(value["id"])
    datetime.datetime.fromisoformat(value["when"].replace("Z", "+00:00"))
    assert value["kind"] == "small"
    assert len(value["tags"]) == 2 and all(len(tag) >= 10 for tag in value["tags"])


def test_a_recursive_schema_is_cut_short() -> None:
    value = instance({"$ref": "#/components/schemas/Item"}, DOC)
    depth = 0
    while isinstance(value, dict) and value:
        value, depth = value.get("child"), depth + 1
    assert 5 < depth < 40


@pytest.mark.parametrize(
    ("schema", "expected"),
    [
        ({"type": "integer", "minimum": 5, "maximum": 9}, 5),
        ({"type": "integer", "maximum": 0}, 0),
        ({"type": "integer", "exclusiveMinimum": 7}, 8),
        ({"type": "integer", "minimum": 3, "exclusiveMinimum": True}, 4),
        ({"type": "integer", "minimum": 1, "multipleOf": 5}, 5),
        ({"type": "number", "minimum": 2.5}, 2.5),
        ({"type": ["null", "boolean"]}, True),
        ({"const": "fixed"}, "fixed"),
        ({"enum": [None, "b"]}, "b"),
        ({"type": "string", "maxLength": 3}, "con"),
        ({"type": "string", "format": "date"}, "2024-05-01"),
        ({"type": "string", "format": "email"}, "conform@example.com"),
    ],
)
def test_scalars_fall_inside_their_bounds(schema: dict[str, Any], expected: Any) -> None:
    assert instance(schema, DOC) == expected


@pytest.mark.parametrize(
    "pattern", [r"^[a-z][a-z0-9_-]{2,62}$", r"^\d{3}-\d+$", r"^(foo|bar)baz$", r"^[^/]+$", r"^sk_(test|live)_\w{8}$"]
)
def test_a_string_matches_its_pattern(pattern: str) -> None:
    assert re.search(pattern, instance({"type": "string", "pattern": pattern}, DOC))
    assert re.search(pattern, string_for_pattern(pattern) or "")


def test_a_discriminated_one_of_carries_the_tag_of_the_member_built() -> None:
    value = instance({"$ref": "#/components/schemas/Pet"}, DOC)
    assert value["pet_type"] == "cat"  # the mapping's key, not the schema name
    assert "purrs" in value  # a union member gets its optional properties too, to tell it from its siblings


def test_all_of_merges_the_required_properties_of_every_part() -> None:
    schema = {
        "allOf": [
            {"$ref": "#/components/schemas/Cat"},
            {"type": "object", "required": ["age"], "properties": {"age": {"type": "integer"}}},
        ]
    }
    assert instance(schema, DOC) == {"pet_type": "conform", "age": 1}


def test_binary_strings_become_bytes_only_for_files() -> None:
    schema = {"type": "object", "required": ["file"], "properties": {"file": {"type": "string", "format": "binary"}}}
    assert instance(schema, DOC, binary=True) == {"file": BINARY}
    assert instance(schema, DOC) == {"file": "conform"}


def test_arguments_match_python_names_back_to_parameters() -> None:
    found = find_operation(DOC, "POST", "/items/{item_id}")  # the generated code renames path parameters
    assert found is not None
    operation, path_item = found
    assert {p["name"] for p in parameters(operation, path_item, DOC)} == {"itemId", "limit", "If-Match", "$filter"}
    values = json_arguments(["item_id", "limit", "if_match", "filter_", "body"], operation, path_item, DOC)
    uuid.UUID(values["item_id"])
    assert values["limit"] == 5
    assert re.search(r"^[a-z]{3}-\d+$", values["filter_"])
    assert set(values["body"]) == {"id", "kind", "when", "tags", "child"}


def test_the_body_media_type_is_the_one_the_generated_code_names() -> None:
    operation = DOC["paths"]["/items/{itemId}"]["post"]
    assert body_media_type(operation, DOC, 'headers["Content-Type"] = "application/xml"') == "application/xml"
    assert body_media_type(operation, DOC, "") == "application/json"


def test_an_unknown_argument_is_an_error_naming_it() -> None:
    operation, path_item = find_operation(DOC, "POST", "/items/{x}") or ({}, {})
    with pytest.raises(ValueError, match="nonsense"):
        json_arguments(["nonsense"], operation, path_item, DOC)


def test_a_one_of_value_matches_exactly_one_member() -> None:
    doc: dict[str, Any] = {
        "components": {
            "schemas": {
                "Free": {"type": "object"},
                "Strict": {"type": "object", "properties": {"a": {"type": "string"}}, "additionalProperties": False},
            }
        }
    }
    members = [{"$ref": "#/components/schemas/Free"}, {"$ref": "#/components/schemas/Strict"}]
    # Every object is a Free, and {} is also a Strict: only null or a non-object matches exactly one member.
    for extra, expected in (({"type": "null"}, None), ({"type": "integer"}, 1)):
        value = instance({"oneOf": [*members, extra]}, doc)
        assert value == expected
        assert [accepts(value, member, doc) for member in [*members, extra]].count(True) == 1


@pytest.mark.parametrize(
    ("value", "schema", "expected"),
    [
        ({"a": 1}, {"type": "object", "required": ["a"]}, True),
        ({}, {"type": "object", "required": ["a"]}, False),
        ({"b": 1}, {"type": "object", "properties": {"a": {}}, "additionalProperties": False}, False),
        ("x", {"type": ["string", "null"]}, True),
        (None, {"type": "string", "nullable": True}, True),
        (None, {"type": "string"}, False),
        (3, {"type": "number"}, True),
        ("b", {"enum": ["a"]}, False),
        ([1, "x"], {"type": "array", "items": {"type": "integer"}}, False),
        ({"k": "v"}, {"allOf": [{"$ref": "#/components/schemas/Cat"}]}, False),
    ],
)
def test_accepts_tells_values_a_schema_takes_from_those_it_refuses(value: Any, schema: Any, expected: bool) -> None:
    assert accepts(value, schema, DOC) is expected


def test_the_operations_of_a_spec_are_counted_through_path_item_refs() -> None:
    doc = {
        **DOC,
        "paths": {**DOC["paths"], "/again": {"$ref": "#/paths/~1items~1{itemId}"}, "/x": {"get": {}, "summary": "s"}},
    }
    assert count_operations(doc) == 3
