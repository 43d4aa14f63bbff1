"""The generator-side fixes on opc's parse result, on tiny inline specs."""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

from generator import _upstream
from generator.plan.degrade import Degraded, untype_missing_references
from generator.plan.fixups import (
    RESERVED_NAMES,
    apply_fixups,
    bodies_sharing_a_type,
    operation_key,
)
from generator.plan.unions import tag_union

N = importlib.import_module("generator.spec.normalize")


def parse(doc: dict[str, Any]) -> tuple[Any, Any, Any]:
    """(opc's GeneratorData, the Normalization, the Config) of ``doc`` after normalisation."""
    norm = N.normalize(doc)
    config = _upstream.make_config(
        document=Path("s"),
        output=Path("o"),
        package_name="p",
        project_name="p",
        version="1",
        content_type_overrides=norm.content_type_overrides,
    )
    parsed = _upstream.parse_document(doc, config, tag_union=tag_union)
    assert not isinstance(parsed, _upstream.GeneratorError)
    return parsed, norm, config


def endpoint(parsed: Any) -> Any:
    (collection,) = parsed.endpoint_collections_by_tag.values()
    (only,) = collection.endpoints
    return only


def doc_with(operation: dict[str, Any], path: str = "/things/{id}", **components: Any) -> dict[str, Any]:
    return {
        "openapi": "3.0.3",
        "info": {"title": "T", "version": "1"},
        "paths": {path: {"post": {"operationId": "make", "responses": {"200": {"description": "ok"}}, **operation}}},
        **({"components": components} if components else {}),
    }


def test_parameters_named_like_locals_of_the_generated_code_take_their_location() -> None:
    parameters = [
        {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}},
        {"name": "headers", "in": "query", "schema": {"type": "string"}},
        {"name": "params", "in": "header", "schema": {"type": "string"}},
        {"name": "headers_query", "in": "query", "schema": {"type": "string"}},
        {"name": "quote", "in": "query", "schema": {"type": "string"}},  # imported as _quote: no clash
    ]
    parsed, norm, config = parse(doc_with({"parameters": parameters}))
    fixed = apply_fixups(parsed, norm, config)
    names = {_upstream.untrusted(prop.name): str(prop.python_name) for prop in endpoint(parsed).query_parameters}
    names |= {_upstream.untrusted(prop.name): str(prop.python_name) for prop in endpoint(parsed).header_parameters}
    assert names == {
        "headers": "headers_query_2",  # "headers_query" is another parameter's
        "params": "params_header",
        "headers_query": "headers_query",
        "quote": "quote",
    }
    assert fixed.changes["parameters renamed (they shadowed a generated name)"] == [
        "POST /things/{id}: query parameter 'headers' -> headers_query_2",
        "POST /things/{id}: header parameter 'params' -> params_header",
    ]
    assert {"headers", "params", "body", "response", "client"} <= RESERVED_NAMES


def test_a_path_parameter_renamed_is_renamed_in_the_path_template_too() -> None:
    parameters = [{"name": "response", "in": "path", "required": True, "schema": {"type": "string"}}]
    parsed, norm, config = parse(doc_with({"parameters": parameters}, path="/r/{response}"))
    apply_fixups(parsed, norm, config)
    assert str(endpoint(parsed).path_parameters[0].python_name) == "response_path"
    assert _upstream.untrusted(endpoint(parsed).path) == "/r/{response_path}"
    assert operation_key(endpoint(parsed)) == "POST /r/{response}"


def test_stand_ins_get_their_wire_names_and_media_types_back() -> None:
    parameters = [
        {"name": "Date", "in": "query", "schema": {"type": "string"}},
        {"name": "Date<", "in": "query", "schema": {"type": "string"}},
    ]
    body = {"content": {"application/json": {"schema": {"type": "object"}}, "text/csv": {"schema": {"type": "string"}}}}
    parsed, norm, config = parse(doc_with({"parameters": parameters, "requestBody": body}, path="/things"))
    apply_fixups(parsed, norm, config)
    found = endpoint(parsed)
    assert [(_upstream.untrusted(p.name), str(p.python_name)) for p in found.query_parameters] == [
        ("Date", "date"),
        ("Date<", "date_lt"),
    ]
    assert [_upstream.untrusted(b.content_type) for b in found.bodies] == ["application/json", "text/csv"]


def test_an_operation_using_a_model_that_was_not_generated_is_kept_and_degraded_by_name() -> None:
    model = {"type": "object", "properties": {"a": {"type": "string"}}}
    operation = {
        "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}},
        "responses": {"204": {"description": "ok"}},
    }
    parsed, norm, config = parse(doc_with(operation, path="/things", schemas={"Thing": model}))
    parsed.models[:] = [m for m in parsed.models if str(m.class_info.name) != "Thing"]  # as opc's removals do
    degraded = Degraded()
    untype_missing_references(parsed, degraded)
    assert degraded.operations == {
        "POST /things": ["the application/json body is typed Any: Thing could not be generated (its schema failed "
                         "to parse)"]
    }  # fmt: skip
    (collection,) = parsed.endpoint_collections_by_tag.values()
    (found,) = collection.endpoints
    assert found.bodies[0].prop.get_type_string(no_optional=True).as_unembedded_code() == "Any"
    assert not any("models.thing" in line for line in found.relative_imports)


def test_bodies_of_one_python_type_are_a_note_when_encoded_alike_and_a_warning_when_not() -> None:
    patch = {"$ref": "#/components/schemas/Patch"}
    content = {
        "application/json-patch+json": {"schema": patch},
        "application/merge-patch+json": {"schema": patch},
        "multipart/form-data": {"schema": patch},
    }
    schemas = {"Patch": {"type": "object", "properties": {"op": {"type": "string"}}}}
    parsed, _, _ = parse(doc_with({"requestBody": {"content": content}}, path="/p", schemas=schemas))
    warnings, notes = bodies_sharing_a_type(parsed)
    assert notes == [
        "POST /p: application/merge-patch+json is sent like application/json-patch+json; "
        "pick it with the Content-Type header of request_options"
    ]
    assert warnings == {
        "POST /p": [
            "the multipart/form-data body cannot be sent: its Python type (Patch) is that of the "
            "application/json-patch+json body"
        ]
    }
