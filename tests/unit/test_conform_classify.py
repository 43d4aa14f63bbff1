"""The conformance run's classifier: what a call's outcome means, and whether a union decoded to its tagged member."""

from __future__ import annotations

import json
from typing import Any

import pytest

from generator.tools.conform._classify import classify, wrong_members
from generator.tools.conform._report import SpecResult, count, group, render_json, render_markdown, results_from_json


class UnexpectedStatusError(Exception):
    """Named as the runtime's: an API error carries ``problem``."""

    problem = None


class ResponseDecodingError(Exception):
    pass


def _decoding_error(cause: Exception) -> ResponseDecodingError:
    try:
        try:
            raise cause
        except Exception as exc:
            raise ResponseDecodingError("the 200 response does not match the spec") from exc
    except ResponseDecodingError as outer:
        return outer


def test_a_returned_call_is_ok() -> None:
    assert classify(None, status=200).kind == "ok"


def test_an_import_error_anywhere_in_the_chain_is_a_missing_module() -> None:
    error = _decoding_error(ModuleNotFoundError("No module named 'pkg.models.gone'"))
    outcome = classify(error, status=200)
    assert (outcome.kind, outcome.cause) == ("missing_module", "ModuleNotFoundError")


def test_a_decoding_failure_on_a_2xx_names_its_root_cause() -> None:
    outcome = classify(_decoding_error(TypeError("object of type 'NoneType' has no len()")), status=200)
    assert outcome.kind == "decode_error"
    assert outcome.cause == "TypeError: object of type"


def test_an_api_error_on_a_2xx_is_an_error_raised_on_success() -> None:
    outcome = classify(UnexpectedStatusError("201 Created"), status=201)
    assert (outcome.kind, outcome.cause) == ("error_on_2xx", "UnexpectedStatusError on 201")


def test_a_request_prism_refuses_is_a_rejection_with_its_violation() -> None:
    violations = [
        {"location": ["request", "query", "limit"], "severity": "Error", "code": "maximum", "message": "too big"}
    ]
    outcome = classify(UnexpectedStatusError("422"), status=422, headers={"sl-violations": json.dumps(violations)})
    assert outcome.kind == "rejected"
    assert outcome.cause == "422 (the spec's own error answer) query maximum"
    assert "request.query.limit: too big" in outcome.detail


def test_a_path_prism_does_not_know_is_a_rejection() -> None:
    body = {
        "type": "https://stoplight.io/prism/errors#NO_PATH_MATCHED_ERROR",
        "title": "Route not resolved, no path matched",
    }
    outcome = classify(UnexpectedStatusError("404"), status=404, body=body)
    assert (outcome.kind, outcome.cause) == (
        "rejected",
        "404 NO_PATH_MATCHED_ERROR Route not resolved, no path matched",
    )


def test_a_406_for_the_accept_header_the_spec_asks_for_is_not_the_client_s() -> None:
    body = {"type": "https://stoplight.io/prism/errors#NOT_ACCEPTABLE", "title": "Unable to find content for x"}
    assert classify(UnexpectedStatusError("406"), status=406, body=body).kind == "rejected"
    assert classify(UnexpectedStatusError("406"), status=406, body=body, accept_parameter=True).kind == "prism_failure"


def test_prism_failing_itself_is_counted_apart() -> None:
    body = {"type": "https://stoplight.io/prism/errors#SCHEMA_TOO_COMPLEX", "title": "Schema too complex"}
    assert classify(UnexpectedStatusError("500"), status=500, body=body).kind == "prism_failure"
    assert classify(UnexpectedStatusError("502"), status=502).kind == "prism_failure"


def test_an_error_status_the_spec_declares_instead_of_a_2xx_is_not_a_failure_of_the_client() -> None:
    assert classify(UnexpectedStatusError("400"), status=400, has_2xx=False).kind == "non_2xx"
    assert classify(UnexpectedStatusError("400"), status=400, has_2xx=True).kind == "other"


DOC: dict[str, Any] = {
    "components": {
        "schemas": {
            "Function": {
                "type": "object",
                "properties": {"type": {"type": "string", "enum": ["function"]}, "name": {"type": "string"}},
            },
            "FileSearch": {
                "type": "object",
                "properties": {"type": {"const": "file_search"}, "max": {"type": "integer"}},
            },
            "Untagged": {"type": "object", "properties": {"name": {"type": "string"}}},
            "Tool": {"oneOf": [{"$ref": "#/components/schemas/Function"}, {"$ref": "#/components/schemas/FileSearch"}]},
            "MappedTool": {
                "oneOf": [{"$ref": "#/components/schemas/Function"}, {"$ref": "#/components/schemas/FileSearch"}],
                "discriminator": {
                    "propertyName": "type",
                    "mapping": {"fs": "#/components/schemas/FileSearch", "fn": "#/components/schemas/Function"},
                },
            },
            "NamedTool": {
                "anyOf": [{"$ref": "#/components/schemas/Function"}, {"$ref": "#/components/schemas/FileSearch"}],
                "discriminator": {"propertyName": "type"},
            },
            "Toolbox": {
                "type": "object",
                "properties": {"tools": {"type": "array", "items": {"$ref": "#/components/schemas/Tool"}}},
            },
        }
    }
}


def _decoded_as(names: dict[int, str]) -> Any:
    return lambda value: names.get(id(value))


@pytest.mark.parametrize(
    ("schema", "tags"),
    [
        ("Tool", ("function", "file_search")),  # single-value enum and const tag properties
        ("MappedTool", ("fn", "fs")),  # discriminator with a mapping
        ("NamedTool", ("Function", "FileSearch")),  # discriminator naming the schemas
    ],
)
def test_a_union_decoded_to_a_sibling_of_its_tagged_member_is_found(schema: str, tags: tuple[str, str]) -> None:
    tools = [{"type": tags[0], "name": "f"}, {"type": tags[1], "max": 3}]
    toolbox = {"tools": tools}
    box_schema = {
        "type": "object",
        "properties": {"tools": {"type": "array", "items": {"$ref": f"#/components/schemas/{schema}"}}},
    }
    right = _decoded_as({id(tools[0]): "Function", id(tools[1]): "FileSearch"})
    assert wrong_members(toolbox, box_schema, DOC, right) == []
    wrong = _decoded_as({id(tools[0]): "Function", id(tools[1]): "Function"})
    assert wrong_members(toolbox, box_schema, DOC, wrong) == ["/tools/1: Function instead of FileSearch"]


def test_a_class_renamed_by_the_generator_or_an_unknown_tag_is_not_reported() -> None:
    tools = [{"type": "file_search"}, {"type": "code_interpreter"}]
    decoded = _decoded_as({id(tools[0]): "FileSearchModel", id(tools[1]): "Function"})
    assert wrong_members({"tools": tools}, {"$ref": "#/components/schemas/Toolbox"}, DOC, decoded) == []


def test_the_report_counts_each_twin_apart_and_leaves_prism_failures_out_of_the_rate() -> None:
    records = [
        {"twin": "sync", "kind": "ok", "operation": "GET /a"},
        {"twin": "sync", "kind": "prism_failure", "operation": "GET /b", "cause": "500 VIOLATIONS"},
        {"twin": "async", "kind": "ok", "operation": "GET /a"},
        {
            "twin": "async",
            "kind": "decode_error",
            "operation": "GET /b",
            "cause": "TypeError: x",
            "detail": "TypeError: x",
        },
        {"twin": "async", "kind": "not_called", "operation": "GET /c", "cause": "arguments: KeyError"},
    ]
    result = count(SpecResult(spec="s", in_spec=3, generated=3), records)
    assert result.twins["sync"].decode_rate == 1.0
    assert result.twins["async"].decode_rate == 0.5
    assert (result.twins["async"].called, result.twins["async"].not_called) == (2, 1)
    table = render_markdown([result])
    assert "| s | sync | 3 | 3 | 0 | 0 | 2 | 100.0% of 1 | 1 |" in table
    assert "- decode_error, TypeError: x: 1 (e.g. s: GET /b" in table
    again = results_from_json(render_json([result]))
    assert render_markdown(again) == table


def test_causes_are_grouped_without_the_names_in_their_messages() -> None:
    assert group("ValueError: None is not a valid ApiV2010AccountSmsMethod") == "ValueError: None is not a valid <name>"
    assert group("KeyError: missing some_field") == "KeyError: missing <name>"
    assert group("422 UNPROCESSABLE_ENTITY body oneOf") == "422 UNPROCESSABLE_ENTITY body oneOf"
