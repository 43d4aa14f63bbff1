"""Broken specs fail with one clear message naming the location (a JSON pointer or file:line:col), never a traceback.

Also: generation never opens a network connection, and its work is bounded (size, depth and alias expansion).
"""

from __future__ import annotations

import json
import re
import socket
from pathlib import Path
from typing import Any

import pytest

from generator import GenerationError, SpecError, generate
from generator.cli import main
from generator.spec import loader, validate


def spec_with(schema: dict[str, Any] | None = None, **extra: Any) -> dict[str, Any]:
    """A one-operation spec whose 200 response has ``schema``, plus top-level ``extra`` keys."""
    content = {"application/json": {"schema": schema}} if schema is not None else None
    response: dict[str, Any] = {"description": "ok"}
    if content:
        response["content"] = content
    doc: dict[str, Any] = {
        "openapi": "3.1.0",
        "info": {"title": "Broken", "version": "1"},
        "paths": {"/things": {"get": {"operationId": "list_things", "responses": {"200": response}}}},
    }
    doc.update(extra)
    return doc


def write(tmp_path: Path, doc: Any, name: str = "spec.json") -> Path:
    path = tmp_path / name
    path.write_text(doc if isinstance(doc, str) else json.dumps(doc), encoding="utf-8")
    return path


def failure(tmp_path: Path, doc: Any, name: str = "spec.json") -> GenerationError:
    with pytest.raises(GenerationError) as info:
        generate(write(tmp_path, doc, name), tmp_path / "out", package_name="broken_client")
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())
    return info.value


RESPONSE_SCHEMA = "#/paths/~1things/get/responses/200/content/application~1json/schema"


# ------------------------------------------------------------------------------------------------- unreadable


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        ("spec.yaml", "openapi: 3.1.0\ninfo: {title: x\n", "spec.yaml:3:1: invalid YAML"),
        ("spec.yaml", "openapi: 3.1.0\n\tinfo: {}\n", "spec.yaml:2:1: invalid YAML"),
        ("spec.json", '{"openapi": "3.1.0",\n "info": }', "spec.json:2:10: invalid JSON"),
        ("spec.json", "[" * 100_000 + "]" * 100_000, "invalid JSON: nested too deeply to read"),
        ("spec.yaml", "[" * 50_000 + "]" * 50_000, "invalid YAML"),
        ("spec.json", "[1, 2]", "#: the document must be a mapping"),
        ("spec.yaml", "swagger: '2.0'\n", "#/swagger: Swagger 2.0 is not supported"),
        ("spec.yaml", "openapi: 4.0.0\n", "#/openapi: unsupported OpenAPI version '4.0.0'"),
    ],
)
def test_unreadable_documents_name_the_place(tmp_path: Path, name: str, text: str, expected: str) -> None:
    assert expected in str(failure(tmp_path, text, name))


def test_non_utf8_bytes(tmp_path: Path) -> None:
    path = tmp_path / "spec.yaml"
    path.write_bytes(b"openapi: 3.1.0\ninfo: {title: \xff}\n")
    with pytest.raises(GenerationError, match=r"not UTF-8 text \(byte 29\)"):
        generate(path, tmp_path / "out")


# ------------------------------------------------------------------------------------------------ wrong types


@pytest.mark.parametrize(
    ("doc", "pointer"),
    [
        ({"openapi": "3.1.0", "info": "Broken", "paths": {}}, "#/info"),
        ({"openapi": "3.1.0", "info": {"version": "1"}, "paths": {}}, "#/info/title"),
        (spec_with({"type": "object", "properties": {"a": {"type": 5}}}), f"{RESPONSE_SCHEMA}/properties/a/type"),
        (
            spec_with({"type": "array", "items": {"type": "string", "minLength": "three"}}),
            f"{RESPONSE_SCHEMA}/items/minLength",
        ),
        (
            {**spec_with(), "paths": {"/things": {"get": {"parameters": {"name": "x"}, "responses": {}}}}},
            "#/paths/~1things/get/parameters",
        ),
    ],
)
def test_wrong_types_name_the_exact_pointer(tmp_path: Path, doc: dict[str, Any], pointer: str) -> None:
    error = failure(tmp_path, doc)
    assert isinstance(error, SpecError)
    assert error.pointer == pointer
    # pydantic's union tags ("other", "ref") and model names are not keys of the document
    assert "/other/" not in error.pointer and "Schema" not in error.pointer


# ------------------------------------------------------------------------------------------------------ $refs


def test_dangling_ref_is_named_where_it_is_written(tmp_path: Path) -> None:
    error = failure(tmp_path, spec_with({"$ref": "#/components/schemas/Missing"}, components={"schemas": {}}))
    assert isinstance(error, SpecError)
    assert error.pointer == f"{RESPONSE_SCHEMA}/$ref"
    assert "'#/components/schemas/Missing' points to nothing" in error.problem


def test_ref_loop_is_reported_with_its_chain(tmp_path: Path) -> None:
    schemas = {"A": {"$ref": "#/components/schemas/B"}, "B": {"$ref": "#/components/schemas/A"}}
    error = failure(tmp_path, spec_with({"$ref": "#/components/schemas/A"}, components={"schemas": schemas}))
    assert "$ref loop" in str(error) and "never reaches a definition" in str(error)


def test_self_ref_is_a_loop(tmp_path: Path) -> None:
    schemas = {"A": {"$ref": "#/components/schemas/A"}}
    error = failure(tmp_path, spec_with({"type": "string"}, components={"schemas": schemas}))
    assert isinstance(error, SpecError) and error.pointer == "#/components/schemas/A/$ref"


def test_recursive_schemas_through_properties_are_fine(tmp_path: Path) -> None:
    node = {
        "type": "object",
        "properties": {
            "name": {"type": "string"},
            "children": {"type": "array", "items": {"$ref": "#/components/schemas/Node"}},
        },
    }
    spec = write(tmp_path, spec_with({"$ref": "#/components/schemas/Node"}, components={"schemas": {"Node": node}}))
    report = generate(spec, tmp_path / "out", package_name="tree_client")
    assert (tmp_path / "out" / "tree_client" / "models" / "node.py").exists()
    assert report.operations == 1


def test_percent_encoded_and_escaped_refs_resolve(tmp_path: Path) -> None:
    schemas = {"a/b c": {"type": "string"}}
    spec = write(tmp_path, spec_with({"$ref": "#/components/schemas/a~1b%20c"}, components={"schemas": schemas}))
    generate(spec, tmp_path / "out", package_name="enc_client")


@pytest.mark.parametrize(
    "ref",
    [
        "https://evil.example/schema.json#/Foo",
        "http://169.254.169.254/latest/meta-data",
        "//evil.example/x.yaml",
        "other.yaml#/components/schemas/Foo",
        "file:///etc/passwd",
        "../../etc/passwd",
    ],
)
def test_remote_and_file_refs_are_refused_without_any_connection(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, ref: str
) -> None:
    def no_network(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"generation tried to use the network: {args}")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setattr(socket, "getaddrinfo", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    error = failure(tmp_path, spec_with({"$ref": ref}))
    assert isinstance(error, SpecError)
    assert error.pointer == f"{RESPONSE_SCHEMA}/$ref"
    assert "points outside this document" in error.problem and "never fetches URLs" in error.problem


def test_ref_must_be_a_string(tmp_path: Path) -> None:
    error = failure(tmp_path, spec_with({"$ref": {"nested": 1}}))
    assert str(error) == f"{RESPONSE_SCHEMA}/$ref: $ref must be a string, got dict"


def test_refs_in_examples_and_property_names_are_data_not_references(tmp_path: Path) -> None:
    schema = {
        "type": "object",
        "properties": {"$ref": {"type": "string"}, "link": {"type": "string"}},
        "example": {"$ref": "https://not.fetched.example/x"},
        "x-meta": {"$ref": 5},
    }
    generate(write(tmp_path, spec_with(schema)), tmp_path / "out", package_name="data_client")


# ------------------------------------------------------------------------------------------------- big inputs


def test_file_size_is_bounded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(loader, "MAX_SPEC_BYTES", 1024)
    doc = spec_with({"type": "string", "description": "x" * 2000})
    assert "MiB a spec may have" in str(failure(tmp_path, doc))


def test_deep_nesting_is_refused_with_a_short_pointer(tmp_path: Path) -> None:
    schema: dict[str, Any] = {"type": "string"}
    for _ in range(150):
        schema = {"type": "object", "properties": {"p": schema}}
    error = failure(tmp_path, spec_with(schema))
    assert isinstance(error, SpecError)
    assert error.problem == f"nested more than {validate.MAX_DEPTH} levels deep"
    assert error.pointer.startswith("#/paths/~1things/get/responses/200/content/application~1json/schema/")
    assert len(error.pointer) < 200  # readable, not hundreds of levels long


def test_nesting_as_deep_as_real_specs_is_fine(tmp_path: Path) -> None:
    schema: dict[str, Any] = {"type": "string"}
    for _ in range(20):  # 40 levels of mapping: deeper than Stripe's deepest (25)
        schema = {"type": "object", "properties": {"p": schema}}
    generate(write(tmp_path, spec_with(schema)), tmp_path / "out", package_name="deep_client")


BILLION_LAUGHS = """\
openapi: 3.1.0
info: {title: t, version: "1"}
x-a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]
x-b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]
x-c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]
x-d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]
x-e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]
x-f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]
x-g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f, *f]
x-h: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g, *g]
x-i: &i [*h, *h, *h, *h, *h, *h, *h, *h, *h, *h]
paths: {}
"""


def test_yaml_alias_bomb_stops_at_the_node_limit(tmp_path: Path) -> None:
    # 10^9 values once expanded; the walk stops after MAX_NODES (about a second), memory stays that of the aliases.
    error = failure(tmp_path, BILLION_LAUGHS, "spec.yaml")
    assert (
        str(error) == f"#: the document has more than {validate.MAX_NODES:,} values (YAML aliases count once per use)"
    )


def test_self_containing_yaml_alias(tmp_path: Path) -> None:
    text = 'openapi: 3.1.0\ninfo: {title: t, version: "1"}\nx-loop: &a [1, *a]\npaths: {}\n'
    error = failure(tmp_path, text, "spec.yaml")
    assert str(error) == "#/x-loop/1: a YAML alias contains itself (an endless document)"


# ---------------------------------------------------------------------------------------------- name clashes


@pytest.mark.parametrize(
    ("enum", "schema_extra", "members"),
    [
        (["sold", "SOLD"], {}, {"SOLD": "sold", "SOLD_2": "SOLD"}),  # opc: "Duplicate key SOLD"
        (["GMT+0", "GMT0"], {}, {"GMT0": "GMT+0", "GMT0_2": "GMT0"}),  # Stripe's
        (["x", "y"], {"x-enum-varnames": ["ok", "1bad"]}, {"OK": "x", "VALUE_1BAD": "y"}),  # not an identifier
        (["red", "red*"], {}, {"RED": "red", "RED_2": "red*"}),  # DigitalOcean's: opc would keep only one
        (["a_b", "a-b"], {}, {"A_B": "a_b", "A_B_2": "a-b"}),
        (["x", "y"], {"x-enum-varnames": ["same", "Same"]}, {"SAME": "x", "SAME_2": "y"}),
    ],
)
def test_enum_values_that_opc_would_crash_on_or_merge_get_distinct_members(
    tmp_path: Path, enum: list[str], schema_extra: dict[str, Any], members: dict[str, str]
) -> None:
    """The normaliser (generator/spec/normalize.py) renames colliding members: every value keeps a member of its own."""
    schema = {"type": "object", "properties": {"status": {"type": "string", "enum": enum, **schema_extra}}}
    report = generate(write(tmp_path, spec_with(schema)), tmp_path / "out", package_name="enum_client")
    assert report.normalized == ["1 enum members renamed"]
    (module,) = (tmp_path / "out" / "enum_client" / "models").glob("*status*.py")
    found = dict(re.findall(r'^    ([A-Z0-9_]+) = "(.*)"$', module.read_text(), flags=re.M))
    assert found == members


@pytest.mark.parametrize("name", ["X-Caf\u00e9", "X-Evil\r\nSet-Cookie: a=b", "", "X\x00"])
def test_header_names_that_cannot_be_sent_are_refused(tmp_path: Path, name: str) -> None:
    doc = spec_with({"type": "string"})
    doc["paths"]["/things"]["get"]["parameters"] = [{"name": name, "in": "header", "schema": {"type": "string"}}]
    error = failure(tmp_path, doc)
    assert isinstance(error, SpecError) and error.pointer == "#/paths/~1things/get/parameters/0/name"
    assert "cannot be an HTTP header name" in error.problem


def test_odd_but_ascii_header_and_cookie_names_are_warned_about(tmp_path: Path) -> None:
    # opc's own end-to-end spec has a header "header param" and a cookie "cookie param".
    doc = spec_with({"type": "string"})
    doc["components"] = {"securitySchemes": {"key": {"type": "apiKey", "in": "cookie", "name": "my key"}}}
    doc["paths"]["/things"]["get"]["parameters"] = [
        {"name": "header param", "in": "header", "schema": {"type": "string"}}
    ]
    report = generate(write(tmp_path, doc), tmp_path / "out", package_name="odd_client")
    assert (
        "#/paths/~1things/get/parameters/0/name: 'header param' is not a valid HTTP header name" in report.warnings[0]
    )
    assert "#/components/securitySchemes/key/name: 'my key' is not a valid HTTP cookie name" in report.warnings[1]


def test_server_variable_enums_are_not_models(tmp_path: Path) -> None:
    servers = [{"url": "https://{r}.example", "variables": {"r": {"default": "eu", "enum": ["eu", "EU"]}}}]
    generate(write(tmp_path, spec_with({"type": "string"}, servers=servers)), tmp_path / "out", package_name="s_client")


# ------------------------------------------------------------------------------------------------------- CLI


@pytest.mark.parametrize(
    ("doc", "expected"),
    [
        (spec_with({"$ref": "https://evil.example/x.json"}), f"error: {RESPONSE_SCHEMA}/$ref: $ref 'https://"),
        ('{"openapi": ', "invalid JSON"),
        (BILLION_LAUGHS, "error: #: the document has more than"),
    ],
)
def test_cli_exits_2_with_one_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], doc: Any, expected: str
) -> None:
    spec = write(tmp_path, doc, "spec.yaml" if doc is BILLION_LAUGHS else "spec.json")
    assert main(["generate", "--spec", str(spec), "--out", str(tmp_path / "out"), "--package", "b_client"]) == 2
    err = capsys.readouterr().err
    assert expected in err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
