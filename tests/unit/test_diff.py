"""The spec diff: pairs of small spec versions and the classification each change must get for Python callers.

Each case mutates a copy of one small spec and states the exact set of (kind, level) the report must contain:
nothing missing and nothing extra.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from generator.cli import main
from generator.errors import GenerationError
from generator.release.diff import diff_documents, render_json, render_markdown

Spec = dict[str, Any]


def _json(schema_ref: str) -> dict[str, Any]:
    return {"application/json": {"schema": {"$ref": f"#/components/schemas/{schema_ref}"}}}


BASE: Spec = {
    "openapi": "3.1.0",
    "info": {"title": "Pets", "version": "1.0.0"},
    "servers": [{"url": "https://api.example.com"}],
    "security": [{"bearer": []}],
    "paths": {
        "/pets": {
            "get": {
                "operationId": "list_pets",
                "tags": ["pets"],
                "description": "List pets.",
                "x-pagination": {"items": "data", "cursor": {"param": "cursor", "from": "next"}},
                "parameters": [
                    {"name": "limit", "in": "query", "schema": {"type": "integer", "default": 10}},
                    {"name": "cursor", "in": "query", "schema": {"type": "string"}},
                ],
                "responses": {"200": {"description": "A page.", "content": _json("PetList")}},
            },
            "post": {
                "operationId": "create_pet",
                "tags": ["pets"],
                "requestBody": {"required": True, "content": _json("PetCreate")},
                "responses": {
                    "201": {"description": "Created.", "content": _json("Pet")},
                    "422": {"description": "Invalid."},
                },
            },
        },
        "/pets/{pet_id}": {
            "parameters": [{"name": "pet_id", "in": "path", "required": True, "schema": {"type": "string"}}],
            "get": {
                "operationId": "get_pet",
                "tags": ["pets"],
                "responses": {
                    "200": {"description": "The pet.", "content": _json("Pet")},
                    "404": {"description": "Not found."},
                },
            },
        },
        "/pets/{pet_id}/photo": {
            "parameters": [{"$ref": "#/components/parameters/PetId"}],
            "get": {
                "operationId": "get_photo",
                "tags": ["pets"],
                "responses": {
                    "200": {"description": "The photo.", "content": {"image/png": {"schema": {"type": "string"}}}}
                },
            },
        },
        "/pets/feed": {
            "get": {
                "operationId": "pet_feed",
                "tags": ["pets"],
                "responses": {
                    "200": {
                        "description": "One pet per line.",
                        "content": {
                            "application/x-ndjson": {
                                "schema": {"type": "string"},
                                "x-item-schema": {"$ref": "#/components/schemas/Pet"},
                            }
                        },
                    }
                },
            }
        },
        "/health": {
            "get": {
                "operationId": "get_health",
                "tags": ["health"],
                "security": [],
                "responses": {"200": {"description": "Up."}},
            }
        },
    },
    "components": {
        "securitySchemes": {
            "bearer": {"type": "http", "scheme": "bearer"},
            "key": {"type": "apiKey", "in": "header", "name": "X-Key"},
        },
        "parameters": {"PetId": {"name": "pet_id", "in": "path", "required": True, "schema": {"type": "string"}}},
        "schemas": {
            "Pet": {
                "type": "object",
                "required": ["id", "name", "status"],
                "properties": {
                    "id": {"type": "string"},
                    "name": {"type": "string"},
                    "status": {"$ref": "#/components/schemas/PetStatus"},
                    "tag": {"type": "string"},
                    "age": {"type": "integer"},
                    "weight": {"type": "number"},
                    "extra": {},
                    "home": {"$ref": "#/components/schemas/Address"},
                    "vet": {"type": "object", "properties": {"name": {"type": "string"}}},
                    "children": {"type": "array", "items": {"$ref": "#/components/schemas/Pet"}},
                },
            },
            "PetStatus": {"type": "string", "enum": ["available", "sold"]},
            "PetCreate": {
                "type": "object",
                "required": ["name"],
                "properties": {
                    "name": {"type": "string"},
                    "kind": {"$ref": "#/components/schemas/PetKind"},
                    "tag": {"type": "string"},
                    "home": {"$ref": "#/components/schemas/Address"},
                },
            },
            "PetKind": {"type": "string", "enum": ["cat", "dog"]},
            "PetList": {
                "type": "object",
                "required": ["data"],
                "properties": {
                    "data": {"type": "array", "items": {"$ref": "#/components/schemas/Pet"}},
                    "next": {"type": ["string", "null"]},
                },
            },
            "Address": {"type": "object", "properties": {"city": {"type": "string"}}},
            "Unused": {"type": "object", "properties": {"x": {"type": "string"}}},
        },
    },
}


def _schemas(spec: Spec) -> dict[str, Any]:
    schemas: dict[str, Any] = spec["components"]["schemas"]
    return schemas


def _op(spec: Spec, path: str, method: str) -> dict[str, Any]:
    operation: dict[str, Any] = spec["paths"][path][method]
    return operation


def _rename_operation(s: Spec) -> None:
    _op(s, "/pets/{pet_id}", "get")["operationId"] = "fetch_pet"


def _camel_case_id(s: Spec) -> None:
    _op(s, "/pets", "get")["operationId"] = "listPets"


def _rename_path_param(s: Spec) -> None:
    item = s["paths"].pop("/pets/{pet_id}")
    item["parameters"][0]["name"] = "id"
    s["paths"]["/pets/{id}"] = item


def _add_required_request_field(s: Spec) -> None:
    _schemas(s)["PetCreate"]["properties"]["age"] = {"type": "integer"}
    _schemas(s)["PetCreate"]["required"].append("age")


def _add_required_response_field(s: Spec) -> None:
    _schemas(s)["Pet"]["properties"]["color"] = {"type": "string"}
    _schemas(s)["Pet"]["required"].append("color")


def _rename_model(s: Spec) -> None:
    _schemas(s)["Spare"] = _schemas(s).pop("Unused")


def _wire_name(s: Spec) -> None:
    props = _schemas(s)["Pet"]["properties"]
    props["Tag"] = props.pop("tag")


def _add_success_response(s: Spec) -> None:
    _op(s, "/pets/{pet_id}", "get")["responses"]["202"] = {"description": "Queued.", "content": _json("PetList")}


def _security_alternative(s: Spec) -> None:
    _op(s, "/pets", "get")["security"] = [{"bearer": []}, {"key": []}]


# (id, mutation of a copy of BASE, the exact set of (kind, level) expected)
CASES: list[tuple[str, Callable[[Spec], None], set[tuple[str, str]]]] = [
    # ---- operations
    (
        "operation added",
        lambda s: s["paths"].__setitem__(
            "/owners",
            {
                "get": {
                    "operationId": "list_owners",
                    "tags": ["owners"],
                    "responses": {"204": {"description": "Owners."}},
                }
            },
        ),
        {("operation-added", "addition")},
    ),
    ("operation removed", lambda s: s["paths"].pop("/health"), {("operation-removed", "breaking")}),
    ("operation renamed", _rename_operation, {("operation-renamed", "breaking")}),
    ("operationId changed, same Python name", _camel_case_id, {("operation-id-changed", "patch")}),
    (
        "operation moved to another tag",
        lambda s: _op(s, "/pets/{pet_id}", "get").__setitem__("tags", ["animals"]),
        {("operation-moved", "breaking")},
    ),
    (
        "operation deprecated",
        lambda s: _op(s, "/pets", "get").__setitem__("deprecated", True),
        {("operation-deprecated", "patch")},
    ),
    # ---- parameters
    (
        "required parameter added",
        lambda s: _op(s, "/pets", "get")["parameters"].append(
            {"name": "owner", "in": "query", "required": True, "schema": {"type": "string"}}
        ),
        {("parameter-added-required", "breaking")},
    ),
    (
        "optional parameter added",
        lambda s: _op(s, "/pets", "get")["parameters"].append(
            {"name": "sort", "in": "query", "schema": {"type": "string"}}
        ),
        {("parameter-added-optional", "addition")},
    ),
    (
        "parameter removed",
        lambda s: _op(s, "/pets", "get")["parameters"].pop(0),
        {("parameter-removed", "breaking")},
    ),
    (
        "parameter made required",
        lambda s: _op(s, "/pets", "get")["parameters"][0].__setitem__("required", True),
        {("parameter-now-required", "breaking")},
    ),
    (
        "parameter retyped",
        lambda s: _op(s, "/pets", "get")["parameters"][0].__setitem__("schema", {"type": "string"}),
        {("type-changed", "breaking"), ("default-changed", "patch")},
    ),
    (
        "parameter widened int -> number",
        lambda s: _op(s, "/pets", "get")["parameters"][0]["schema"].__setitem__("type", "number"),
        {("type-widened", "patch")},
    ),
    (
        "parameter string gets a uuid format",
        lambda s: (
            _op(s, "/pets", "get")["parameters"][1]["schema"].__setitem__("type", "string")
            or _op(s, "/pets", "get")["parameters"][1]["schema"].__setitem__("format", "uuid")
        ),
        {("type-changed", "breaking")},
    ),
    (
        "parameter default changed",
        lambda s: _op(s, "/pets", "get")["parameters"][0]["schema"].__setitem__("default", 50),
        {("default-changed", "patch")},
    ),
    (
        "parameter moved from query to header",
        lambda s: _op(s, "/pets", "get")["parameters"][1].__setitem__("in", "header"),
        {("parameter-location-changed", "breaking")},
    ),
    (
        "parameter wire name changed, same Python name",
        lambda s: _op(s, "/pets", "get")["parameters"][1].__setitem__("name", "Cursor"),
        {("wire-name-changed", "breaking")},
    ),
    (
        "path parameter renamed",
        _rename_path_param,
        {("parameter-removed", "breaking"), ("parameter-added-required", "breaking")},
    ),
    # ---- request body
    (
        "request body removed",
        lambda s: _op(s, "/pets", "post").pop("requestBody"),
        {("body-removed", "breaking")},
    ),
    (
        "required request body added",
        lambda s: _op(s, "/pets/{pet_id}", "get").__setitem__(
            "requestBody", {"required": True, "content": _json("Address")}
        ),
        {("body-added-required", "breaking")},
    ),
    (
        "optional request body added",
        lambda s: _op(s, "/pets/{pet_id}", "get").__setitem__("requestBody", {"content": _json("Address")}),
        {("body-added-optional", "addition")},
    ),
    (
        "request body made optional",
        lambda s: _op(s, "/pets", "post")["requestBody"].__setitem__("required", False),
        {("body-now-optional", "patch")},
    ),
    (
        "request body json -> multipart",
        lambda s: _op(s, "/pets", "post")["requestBody"].__setitem__(
            "content", {"multipart/form-data": {"schema": {"$ref": "#/components/schemas/PetCreate"}}}
        ),
        {("body-media-type-added", "addition"), ("body-media-type-removed", "breaking")},
    ),
    (
        "request body json -> merge-patch+json: same body= type, new Content-Type",
        lambda s: _op(s, "/pets", "post")["requestBody"].__setitem__(
            "content", {"application/merge-patch+json": {"schema": {"$ref": "#/components/schemas/PetCreate"}}}
        ),
        {("body-media-type-changed", "breaking")},
    ),
    # ---- request models
    ("required request field added", _add_required_request_field, {("field-added-required", "breaking")}),
    (
        "optional request field added",
        lambda s: _schemas(s)["PetCreate"]["properties"].__setitem__("age", {"type": "integer"}),
        {("field-added-optional", "addition")},
    ),
    (
        "request field removed",
        lambda s: _schemas(s)["PetCreate"]["properties"].pop("tag"),
        {("field-removed", "breaking")},
    ),
    (
        "request field made required",
        lambda s: _schemas(s)["PetCreate"]["required"].append("tag"),
        {("field-now-required", "breaking")},
    ),
    (
        "request field made nullable",
        lambda s: _schemas(s)["PetCreate"]["properties"]["tag"].__setitem__("type", ["string", "null"]),
        {("now-nullable", "patch")},
    ),
    (
        "request enum value added",
        lambda s: _schemas(s)["PetKind"]["enum"].append("bird"),
        {("enum-value-added", "addition")},
    ),
    (
        "request enum value removed",
        lambda s: _schemas(s)["PetKind"]["enum"].remove("dog"),
        {("enum-value-removed", "breaking")},
    ),
    # ---- response models
    ("required response field added", _add_required_response_field, {("field-added-required", "addition")}),
    (
        "response field removed",
        lambda s: _schemas(s)["Pet"]["properties"].pop("tag"),
        {("field-removed", "breaking")},
    ),
    (
        "response field made optional",
        lambda s: _schemas(s)["Pet"]["required"].remove("name"),
        {("field-now-optional", "breaking")},
    ),
    (
        "response field made nullable (3.1 type list)",
        lambda s: _schemas(s)["Pet"]["properties"]["age"].__setitem__("type", ["integer", "null"]),
        {("now-nullable", "breaking")},
    ),
    (
        "response field made nullable (3.0 nullable)",
        lambda s: _schemas(s)["Pet"]["properties"]["age"].__setitem__("nullable", True),
        {("now-nullable", "breaking")},
    ),
    (
        "response field no longer nullable",
        lambda s: _schemas(s)["PetList"]["properties"]["next"].__setitem__("type", "string"),
        {("no-longer-nullable", "patch")},
    ),
    (
        "response field retyped",
        lambda s: _schemas(s)["Pet"]["properties"]["age"].__setitem__("type", "string"),
        {("type-changed", "breaking")},
    ),
    (
        "response field narrowed number -> integer",
        lambda s: _schemas(s)["Pet"]["properties"]["weight"].__setitem__("type", "integer"),
        {("type-narrowed", "patch")},
    ),
    (
        "response field widened to a union",
        lambda s: _schemas(s)["Pet"]["properties"]["age"].__setitem__("type", ["integer", "string"]),
        {("type-widened", "breaking")},
    ),
    (
        "response string gets a date-time format",
        lambda s: _schemas(s)["Pet"]["properties"]["tag"].__setitem__("format", "date-time"),
        {("type-changed", "breaking")},
    ),
    (
        "response enum value added (installed versions keep it as an unknown member)",
        lambda s: _schemas(s)["PetStatus"]["enum"].append("pending"),
        {("enum-value-added", "addition")},
    ),
    (
        "response enum value removed",
        lambda s: _schemas(s)["PetStatus"]["enum"].remove("sold"),
        {("enum-value-removed", "patch")},
    ),
    (
        "response field wire name changed, same Python name",
        _wire_name,
        {("wire-name-changed", "breaking")},
    ),
    (
        "inline response object field removed",
        lambda s: _schemas(s)["Pet"]["properties"]["vet"]["properties"].pop("name"),
        {("field-removed", "breaking")},
    ),
    (
        "list item type changed",
        lambda s: _schemas(s)["PetList"]["properties"]["data"]["items"].__setitem__(
            "$ref", "#/components/schemas/Address"
        ),
        {("type-changed", "breaking")},
    ),
    (
        "response field deprecated",
        lambda s: _schemas(s)["Pet"]["properties"]["tag"].__setitem__("deprecated", True),
        {("deprecated", "patch")},
    ),
    (
        "response model forbids additional properties",
        lambda s: _schemas(s)["Pet"].__setitem__("additionalProperties", False),
        {("additional-properties-forbidden", "breaking")},
    ),
    # ---- models used both ways, added, removed, renamed
    (
        "model used in requests and responses: required field added",
        lambda s: _schemas(s)["Address"].update(required=["zip"], properties={"city": {"type": "string"}, "zip": {}}),
        {("field-added-required", "breaking")},
    ),
    (
        "model added",
        lambda s: _schemas(s).__setitem__("Toy", {"type": "object", "properties": {"name": {"type": "string"}}}),
        {("model-added", "addition")},
    ),
    ("model removed", lambda s: _schemas(s).pop("Unused"), {("model-removed", "breaking")}),
    ("model renamed", _rename_model, {("model-renamed", "breaking")}),
    (
        "model turned into a union alias",
        lambda s: _schemas(s).__setitem__("Unused", {"oneOf": [{"type": "string"}, {"type": "integer"}]}),
        {("model-kind-changed", "breaking")},
    ),
    # ---- responses
    ("success response with a new type added", _add_success_response, {("success-response-added", "breaking")}),
    (
        "error response added",
        lambda s: _op(s, "/pets", "get")["responses"].__setitem__("429", {"description": "Slow down."}),
        {("error-response-added", "patch")},
    ),
    (
        "response json -> binary",
        lambda s: _op(s, "/pets/{pet_id}", "get")["responses"]["200"].__setitem__(
            "content", {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}}
        ),
        {("response-content-changed", "breaking")},
    ),
    (
        "response field untyped -> a model (a dict becomes an object)",
        lambda s: _schemas(s)["Pet"]["properties"].__setitem__("extra", {"$ref": "#/components/schemas/Address"}),
        {("type-changed", "breaking")},
    ),
    (
        "NDJSON line type changed",
        lambda s: _op(s, "/pets/feed", "get")["responses"]["200"]["content"]["application/x-ndjson"].__setitem__(
            "x-item-schema", {"$ref": "#/components/schemas/PetList"}
        ),
        {("type-changed", "breaking")},
    ),
    (
        "NDJSON -> one JSON document",
        lambda s: _op(s, "/pets/feed", "get")["responses"]["200"].__setitem__("content", _json("PetList")),
        {("response-content-changed", "breaking")},
    ),
    # ---- pagination
    (
        "pagination added",
        lambda s: _op(s, "/pets/{pet_id}", "get").__setitem__("x-pagination", {"items": "."}),
        {("pagination-added", "addition")},
    ),
    (
        "pagination removed",
        lambda s: _op(s, "/pets", "get").pop("x-pagination"),
        {("pagination-removed", "breaking")},
    ),
    (
        "pagination style cursor -> page",
        lambda s: _op(s, "/pets", "get").__setitem__("x-pagination", {"items": "data", "page": {"param": "page"}}),
        {("pagination-style-changed", "breaking")},
    ),
    (
        "pagination details changed",
        lambda s: _op(s, "/pets", "get")["x-pagination"].__setitem__("items", "results"),
        {("pagination-changed", "breaking")},
    ),
    # ---- auth, servers, documentation
    (
        "operation now requires auth",
        lambda s: _op(s, "/health", "get").pop("security"),
        {("auth-required", "breaking")},
    ),
    (
        "operation no longer requires auth",
        lambda s: _op(s, "/pets", "get").__setitem__("security", []),
        {("auth-relaxed", "patch")},
    ),
    (
        "auth alternative added",
        _security_alternative,
        {("auth-alternative-added", "addition")},
    ),
    (
        "security scheme bearer -> basic",
        lambda s: s["components"]["securitySchemes"]["bearer"].__setitem__("scheme", "basic"),
        {("security-scheme-changed", "breaking")},
    ),
    (
        "api key moved from a header to the query",
        lambda s: s["components"]["securitySchemes"]["key"].__setitem__("in", "query"),
        {("security-scheme-moved", "breaking")},
    ),
    (
        "security scheme added",
        lambda s: s["components"]["securitySchemes"].__setitem__("basic", {"type": "http", "scheme": "basic"}),
        {("security-scheme-added", "addition")},
    ),
    (
        "default server changed",
        lambda s: s["servers"][0].__setitem__("url", "https://api2.example.com"),
        {("server-changed", "patch")},
    ),
    (
        "description only",
        lambda s: _op(s, "/pets", "get").__setitem__("description", "Lists every pet."),
        {("other", "patch")},
    ),
]


@pytest.mark.parametrize(("mutate", "expected"), [case[1:] for case in CASES], ids=[case[0] for case in CASES])
def test_each_kind_of_change_is_classified(mutate: Callable[[Spec], None], expected: set[tuple[str, str]]) -> None:
    new = copy.deepcopy(BASE)
    mutate(new)
    report = diff_documents(BASE, new)
    assert {(change.kind, change.level) for change in report.changes} == expected, render_markdown(report)


def test_the_table_covers_at_least_twenty_kinds() -> None:
    kinds = {kind for _, _, expected in CASES for kind, _ in expected}
    assert len(kinds) >= 40


def test_identical_documents_have_no_changes_and_no_bump() -> None:
    report = diff_documents(BASE, copy.deepcopy(BASE))
    assert report.changes == []
    assert report.bump is None
    assert "No changes" in render_markdown(report)


@pytest.mark.parametrize(
    ("mutate", "bump"),
    [
        (lambda s: _op(s, "/pets", "get").__setitem__("description", "x"), "patch"),
        (lambda s: _schemas(s)["Pet"]["properties"].__setitem__("nick", {"type": "string"}), "minor"),
        (lambda s: s["paths"].pop("/health"), "major"),
    ],
    ids=["patch", "minor", "major"],
)
def test_the_worst_change_decides_the_bump(mutate: Callable[[Spec], None], bump: str) -> None:
    new = copy.deepcopy(BASE)
    mutate(new)
    assert diff_documents(BASE, new).bump == bump


def test_a_changed_model_is_reported_under_its_name_with_its_directions() -> None:
    new = copy.deepcopy(BASE)
    _schemas(new)["Address"]["properties"]["zip"] = {"type": "string"}
    _schemas(new)["Pet"]["properties"].pop("tag")
    report = diff_documents(BASE, new)
    subjects = {change.subject for change in report.changes}
    assert subjects == {"model `Address` (requests and responses)", "model `Pet` (responses)"}
    removed = next(change for change in report.changes if change.kind == "field-removed")
    assert removed.pointer == "#/components/schemas/Pet/properties/tag"
    assert "AttributeError" in removed.message


def test_markdown_groups_breaking_changes_first_by_operation_and_model() -> None:
    new = copy.deepcopy(BASE)
    _op(new, "/pets", "get")["parameters"].append(
        {"name": "owner", "in": "query", "required": True, "schema": {"type": "string"}}
    )
    del _schemas(new)["Pet"]["properties"]["tag"]
    _schemas(new)["PetStatus"]["enum"].append("pending")
    _schemas(new)["Pet"]["properties"]["nick"] = {"type": "string"}
    text = render_markdown(diff_documents(BASE, new))
    assert text.index("## Breaking changes") < text.index("## Additions")
    breaking = text[text.index("## Breaking changes") : text.index("## Additions")]
    additions = text[text.index("## Additions") :]
    assert "### `client.pets.list_pets` (`GET /pets`)" in breaking
    assert "### model `Pet` (responses)" in breaking
    assert "AttributeError" in breaking
    # a new response enum value is read as an unknown member by installed versions: an addition, with a note
    assert "`PetStatus`: new enum value `pending`" in additions
    assert "unknown member" in additions
    assert "`Pet.nick`: new optional field of type `str`" in text
    assert "2 breaking changes, 2 additions, 0 other changes: **major** version bump" in text


def test_spec_text_cannot_break_out_of_inline_code() -> None:
    new = copy.deepcopy(BASE)
    _schemas(new)["PetStatus"]["enum"].append("`](javascript:x)\n# injected")
    text = render_markdown(diff_documents(BASE, new))
    assert "\n# injected" not in text
    assert "`'](javascript:x) # injected`" in text


def test_recursive_models_and_alias_cycles_terminate() -> None:
    old = copy.deepcopy(BASE)
    _schemas(old)["Tree"] = {"type": "array", "items": {"$ref": "#/components/schemas/Tree"}}
    _schemas(old)["Pet"]["properties"]["tree"] = {"$ref": "#/components/schemas/Tree"}
    new = copy.deepcopy(old)
    _schemas(new)["Pet"]["properties"]["children"]["items"] = {"$ref": "#/components/schemas/PetList"}
    kinds = {(change.kind, change.level) for change in diff_documents(old, new).changes}
    assert kinds == {("type-changed", "breaking")}


def test_a_reference_cycle_with_no_schema_is_a_clear_error() -> None:
    new = copy.deepcopy(BASE)
    _schemas(new)["A"] = {"$ref": "#/components/schemas/B"}
    _schemas(new)["B"] = {"$ref": "#/components/schemas/A"}
    _schemas(new)["Pet"]["properties"]["loop"] = {"$ref": "#/components/schemas/A"}
    with pytest.raises(GenerationError, match=r"new spec: \$ref '#/components/schemas/[AB]' is a cycle"):
        diff_documents(BASE, new)


def test_an_unresolvable_reference_names_the_document_and_the_reference() -> None:
    new = copy.deepcopy(BASE)
    _schemas(new)["Pet"]["properties"]["gone"] = {"$ref": "#/components/schemas/Nope"}
    with pytest.raises(GenerationError, match=r"new spec: \$ref '#/components/schemas/Nope' does not point"):
        diff_documents(BASE, new)


def test_json_report_lists_every_change(tmp_path: Path) -> None:
    new = copy.deepcopy(BASE)
    new["paths"].pop("/health")
    payload = json.loads(render_json(diff_documents(BASE, new)))
    assert payload["bump"] == "major"
    assert payload["breaking"] == 1
    assert payload["changes"][0]["kind"] == "operation-removed"
    assert payload["changes"][0]["breaking"] is True
    assert payload["changes"][0]["pointer"] == "#/paths/~1health/get"


def _write(tmp_path: Path, name: str, spec: Spec) -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(spec), encoding="utf-8")
    return path


def test_cli_diff_exit_codes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old = _write(tmp_path, "old.json", BASE)
    breaking = copy.deepcopy(BASE)
    breaking["paths"].pop("/health")
    new = _write(tmp_path, "new.json", breaking)
    adding = copy.deepcopy(BASE)
    _schemas(adding)["Toy"] = {"type": "object"}
    added = _write(tmp_path, "added.json", adding)

    assert main(["diff", str(old), str(new)]) == 0
    assert "Operation removed" in capsys.readouterr().out
    assert main(["diff", str(old), str(new), "--fail-on-breaking"]) == 1
    assert main(["diff", str(old), str(added), "--fail-on-breaking"]) == 0
    assert main(["diff", str(old), str(new), "--format", "json"]) == 0
    capsys.readouterr()
    assert main(["diff", str(old), str(tmp_path / "missing.yaml")]) == 2
    assert "cannot read spec" in capsys.readouterr().err


def test_flagship_spec_against_itself_has_no_changes() -> None:
    from generator.spec.loader import load_document

    data = load_document(Path(__file__).resolve().parents[2] / "openapi.yaml").data
    assert diff_documents(data, copy.deepcopy(data)).changes == []
