"""Each normalisation, on a tiny inline spec: what it changes, what it reports, and that opc then parses it.

Every fault here is one that openapi-python-client 0.29.1 has on real specs (the docstrings in
generator/spec/normalize.py name them); the ``opc_problems`` checks prove the fix is what gets opc past it.
"""

from __future__ import annotations

import copy
import importlib
from pathlib import Path
from typing import Any

import pytest

from generator import _upstream
from generator.plan.unions import tag_union
from generator.spec.loader import load_document

N = importlib.import_module("generator.spec.normalize")


def spec(
    paths: dict[str, Any] | None = None, schemas: dict[str, Any] | None = None, **components: Any
) -> dict[str, Any]:
    """A minimal OpenAPI 3.0 document around some paths and component schemas."""
    doc: dict[str, Any] = {"openapi": "3.0.3", "info": {"title": "T", "version": "1"}, "paths": paths or {}}
    if schemas or components:
        doc["components"] = {**({"schemas": schemas} if schemas else {}), **components}
    return doc


def op(operation_id: str = "op", **fields: Any) -> dict[str, Any]:
    """An operation with a 200 response unless ``responses`` is given."""
    return {"operationId": operation_id, "responses": {"200": {"description": "ok"}}, **fields}


def json_response(schema: dict[str, Any]) -> dict[str, Any]:
    return {"200": {"description": "ok", "content": {"application/json": {"schema": schema}}}}


def opc_problems(doc: dict[str, Any], norm: Any = None) -> list[str]:
    """Every warning or error opc 0.29.1 reports when it parses ``doc`` (after our normalisation, if given)."""
    config = _upstream.make_config(
        document=Path("spec.yaml"),
        output=Path("unused"),
        package_name="p",
        project_name="p",
        version="1",
        content_type_overrides=norm.content_type_overrides if norm else None,
    )
    parsed = _upstream.parse_document(doc, config, tag_union=tag_union)
    if isinstance(parsed, _upstream.GeneratorError):
        return [f"{parsed.header}: {parsed.detail}"]
    problems = [f"{error.header}: {error.detail}" for error in parsed.errors]
    for collection in parsed.endpoint_collections_by_tag.values():
        problems += [f"{error.header}: {error.detail}" for error in collection.parse_errors]
    return problems


def opc_objects(doc: dict[str, Any]) -> str:
    """What opc 0.29.1 says about ``doc`` as it is: its problems, or the exception it raises instead."""
    try:
        return "\n".join(opc_problems(copy.deepcopy(doc)))
    except ValueError as err:  # what opc raises on some enums instead of reporting them
        return f"raised {err}"


def normalized(doc: dict[str, Any]) -> tuple[Any, dict[str, Any]]:
    """(the Normalization, the fix label -> changes) for ``doc``, changed in place."""
    norm = N.normalize(doc)
    return norm, {fix.label: fix.changes for fix in norm.fixes if fix.changes}


# ----------------------------------------------------------------------------------------------- the document


def test_integer_response_codes_from_yaml_become_strings(tmp_path: Path) -> None:
    path = tmp_path / "spec.yaml"
    path.write_text(
        "openapi: 3.0.3\ninfo: {title: T, version: '1'}\n"
        "paths:\n  /a:\n    get:\n      responses:\n        200: {description: ok}\n        404: {description: no}\n"
    )
    doc = load_document(path).data
    assert "Failed to parse OpenAPI document" in opc_objects(doc)
    norm, changes = normalized(doc)
    assert list(doc["paths"]["/a"]["get"]["responses"]) == ["200", "404"]
    assert changes == {
        "non-string keys made strings": [
            "#/paths/~1a/get/responses/200: key 200 read as '200'",
            "#/paths/~1a/get/responses/404: key 404 read as '404'",
        ]
    }
    assert opc_problems(doc, norm) == []


def test_a_key_that_would_repeat_an_existing_one_is_dropped_and_said() -> None:
    doc = spec({"/a": {"get": op(responses={200: {"description": "int"}, "200": {"description": "str"}})}})
    _, changes = normalized(doc)
    assert doc["paths"]["/a"]["get"]["responses"] == {"200": {"description": "str"}}
    assert changes["non-string keys made strings"] == [
        "#/paths/~1a/get/responses/200: key 200 dropped, '200' is also there"
    ]


# ----------------------------------------------------------------------------------------------- enums


def test_repeated_enum_values_are_dropped_with_their_names() -> None:
    schema = {"type": "string", "enum": ["a", "b", "a"], "x-enum-varnames": ["A", "B", "A_AGAIN"]}
    doc = spec(schemas={"E": schema})
    _, changes = normalized(doc)
    assert schema["enum"] == ["a", "b"]
    assert schema["x-enum-varnames"] == ["A", "B"]
    assert changes["repeated enum values dropped"] == ["#/components/schemas/E: 1 repeated value(s)"]


def test_values_of_different_types_are_not_repeats() -> None:
    schema = {"enum": [1, "1", True]}
    assert N.dedupe_enum_values(("x",), schema, N.Normalization()) is None
    assert schema["enum"] == [1, "1", True]


def opc_enum_members(doc: dict[str, Any], norm: Any = None) -> dict[str, Any]:
    """The members opc makes of component ``E`` (or what it raises instead)."""
    config = _upstream.make_config(
        document=Path("s"), output=Path("o"), package_name="p", project_name="p", version="1"
    )
    parsed = _upstream.parse_document(doc, config, tag_union=tag_union)
    if isinstance(parsed, _upstream.GeneratorError):  # parse_document turns opc's ValueError into an error value
        return {"raised": (parsed.detail or "").removeprefix("ValueError: ")}
    return {name: value for enum in parsed.enums for name, value in enum.values.items()}


@pytest.mark.parametrize(
    ("values", "names", "renamed", "before"),
    [
        # opc crashes: "Duplicate key ASC in enum"
        (
            ["ASC", "asc"],
            ["ASC", "ASC_2"],
            "'asc' -> ASC_2",
            {"raised": "Duplicate key ASC in enum e.E; consider setting literal_enums in your config"},
        ),
        # opc silently keeps one of the two values
        (["GMT0", "GMT+0"], ["GMT0", "GMT0_2"], "'GMT+0' -> GMT0_2", {"GMT0": "GMT+0"}),
        (
            ["a-b", "a_b", "A B"],
            ["A_B", "A_B_2", "A_B_3"],
            "'a_b' -> A_B_2, 'A B' -> A_B_3",
            {"raised": "Duplicate key A_B in enum e.E; consider setting literal_enums in your config"},
        ),
    ],
)
def test_enum_members_that_collide_get_suffixed_names(
    values: list[str], names: list[str], renamed: str, before: dict[str, Any]
) -> None:
    doc = spec(schemas={"E": {"type": "string", "enum": values}})
    assert opc_enum_members(copy.deepcopy(doc)) == before
    norm, changes = normalized(doc)
    assert doc["components"]["schemas"]["E"]["enum"] == values  # the values sent are untouched
    assert doc["components"]["schemas"]["E"]["x-enum-varnames"] == names
    assert changes["enum members renamed"] == [f"#/components/schemas/E: {renamed}"]
    assert opc_enum_members(doc, norm) == dict(zip(names, values, strict=True))


def test_an_enum_with_null_names_only_its_other_values() -> None:
    schema = {"type": "string", "nullable": True, "enum": ["x", None, "X"]}
    assert N.name_enum_members(("s",), schema, N.Normalization()) == "#/s: 'X' -> X_2"
    assert schema["x-enum-varnames"] == ["X", "X_2"]


def test_enums_whose_names_do_not_collide_are_left_alone() -> None:
    for schema in ({"enum": ["a", "b"]}, {"enum": [1, 2, -1]}, {"enum": [1.5, 2.5]}, {"enum": ["a", 1]}):
        before = copy.deepcopy(schema)
        assert N.name_enum_members(("s",), schema, N.Normalization()) is None
        assert schema == before


def test_given_member_names_that_collide_are_fixed_too() -> None:
    schema = {"enum": ["a", "b"], "x-enum-varnames": ["same", "same"]}
    assert N.name_enum_members(("s",), schema, N.Normalization()) == "#/s: 'b' -> SAME_2"
    assert schema["x-enum-varnames"] == ["SAME", "SAME_2"]


# ----------------------------------------------------------------------------------------------- allOf, defaults


def test_an_allof_that_only_annotates_a_reference_is_unwrapped() -> None:
    doc = spec(
        {"/a": {"get": op(responses=json_response({"$ref": "#/components/schemas/Box"}))}},
        {
            "Tags": {"type": "array", "items": {"type": "string"}},
            "Box": {
                "type": "object",
                "properties": {
                    "tags": {"allOf": [{"$ref": "#/components/schemas/Tags"}, {"description": "Labels", "maxItems": 3}]}
                },
            },
        },
    )
    assert "Cannot take allOf a non-object" in opc_objects(doc)
    norm, changes = normalized(doc)
    assert doc["components"]["schemas"]["Box"]["properties"]["tags"] == {
        "allOf": [{"$ref": "#/components/schemas/Tags"}],
        "description": "Labels",
        "maxItems": 3,
    }
    assert changes["annotated references unwrapped"] == ["#/components/schemas/Box/properties/tags/allOf"]
    assert opc_problems(doc, norm) == []


def test_an_allof_part_with_a_type_is_not_an_annotation() -> None:
    schema = {"allOf": [{"$ref": "#/components/schemas/A"}, {"type": "object", "properties": {"x": {}}}]}
    assert N.collapse_annotated_refs(("s",), schema, N.Normalization()) is None


def test_properties_beside_a_single_allof_reference_are_kept() -> None:
    schema = {
        "allOf": [{"$ref": "#/components/schemas/Base"}],
        "properties": {"extra": {"type": "string"}},
        "required": ["extra"],
    }
    assert N.split_ref_with_properties(("s",), schema, N.Normalization()) == "#/s/allOf"
    assert schema == {
        "allOf": [
            {"$ref": "#/components/schemas/Base"},
            {"type": "object", "properties": {"extra": {"type": "string"}}, "required": ["extra"]},
        ]
    }


def test_object_defaults_are_dropped() -> None:
    doc = spec(
        {"/a": {"get": op(responses=json_response({"$ref": "#/components/schemas/Pod"}))}},
        {
            "Spec": {"type": "object", "properties": {"n": {"type": "integer", "default": 1}}},
            "Pod": {
                "type": "object",
                "properties": {"spec": {"allOf": [{"$ref": "#/components/schemas/Spec"}], "default": {}}},
            },
        },
    )
    assert "ModelProperty cannot have a default value" in opc_objects(doc)
    norm, changes = normalized(doc)
    assert "default" not in doc["components"]["schemas"]["Pod"]["properties"]["spec"]
    assert doc["components"]["schemas"]["Spec"]["properties"]["n"]["default"] == 1  # scalar defaults stay
    assert changes["object defaults dropped"] == ["#/components/schemas/Pod/properties/spec/default"]
    assert opc_problems(doc, norm) == []


# ----------------------------------------------------------------------------------------------- components


NESTED = {"type": "object", "properties": {"inner": {"type": "object", "properties": {"x": {"type": "string"}}}}}


def test_alias_components_are_resolved_to_what_they_alias() -> None:
    doc = spec(
        {"/a": {"get": op(responses=json_response({"$ref": "#/components/schemas/Alias"}))}},
        {
            "Base": copy.deepcopy(NESTED),
            "Alias": {"type": "object", "allOf": [{"$ref": "#/components/schemas/Base"}], "required": ["inner"]},
        },
    )
    assert "duplicate" in opc_objects(doc)
    norm, changes = normalized(doc)
    assert "Alias" not in doc["components"]["schemas"]
    assert doc["paths"]["/a"]["get"]["responses"]["200"]["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/Base"
    }
    assert changes["alias schemas resolved"] == ["#/components/schemas/Alias -> Base"]
    assert opc_problems(doc, norm) == []


def test_a_nullable_alias_is_copied_where_it_is_used() -> None:
    doc = spec(
        {"/a": {"get": op(responses=json_response({"$ref": "#/components/schemas/MaybeBase"}))}},
        {
            "Base": copy.deepcopy(NESTED),
            "MaybeBase": {
                "nullable": True,
                "description": "Base or null",
                "allOf": [{"$ref": "#/components/schemas/Base"}],
            },
        },
    )
    assert "duplicate" in opc_objects(doc)
    norm, changes = normalized(doc)
    assert "MaybeBase" not in doc["components"]["schemas"]
    assert doc["paths"]["/a"]["get"]["responses"]["200"]["content"]["application/json"]["schema"] == {
        "nullable": True,
        "description": "Base or null",
        "allOf": [{"$ref": "#/components/schemas/Base"}],
    }
    assert changes["alias schemas resolved"] == ["#/components/schemas/MaybeBase -> Base or null"]
    assert opc_problems(doc, norm) == []


def test_union_members_that_nest_a_model_become_components() -> None:
    member = {"title": "BGP", **copy.deepcopy(NESTED)}
    doc = spec(
        {"/a": {"get": op(responses=json_response({"$ref": "#/components/schemas/Update"}))}},
        {"Update": {"anyOf": [{"type": "object", "properties": {"name": {"type": "string"}}}, member]}},
    )
    assert "duplicate" in opc_objects(doc)
    norm, changes = normalized(doc)
    schemas = doc["components"]["schemas"]
    assert schemas["Update"]["anyOf"][1] == {"$ref": "#/components/schemas/Update_BGP"}
    assert schemas["Update_BGP"] is member  # the member itself, title and all: opc names it BGP as before
    assert schemas["Update"]["anyOf"][0]["type"] == "object"  # a flat member stays inline
    assert changes["union members moved to components"] == [
        "#/components/schemas/Update/anyOf/1 -> #/components/schemas/Update_BGP"
    ]
    assert opc_problems(doc, norm) == []


# ----------------------------------------------------------------------------------------------- media types


def body(content: dict[str, Any], required: bool = True) -> dict[str, Any]:
    return {"required": required, "content": content}


def test_wildcard_bodies_are_sent_as_json_or_bytes() -> None:
    model = {"type": "object", "properties": {"a": {"type": "string"}}}
    doc = spec(
        {
            "/json": {"post": op("j", requestBody=body({"*/*": {"schema": model}}))},
            "/bytes": {"post": op("b", requestBody=body({"*/*": {"schema": {"type": "string", "format": "binary"}}}))},
            "/both": {
                "post": op("x", requestBody=body({"application/json": {"schema": model}, "*/*": {"schema": model}}))
            },
        }
    )
    assert "Unsupported content type */*" in opc_objects(doc)
    norm, changes = normalized(doc)
    paths = doc["paths"]
    assert list(paths["/json"]["post"]["requestBody"]["content"]) == ["application/json"]
    assert list(paths["/bytes"]["post"]["requestBody"]["content"]) == ["application/octet-stream"]
    assert list(paths["/both"]["post"]["requestBody"]["content"]) == ["application/json"]
    assert changes["*/* request bodies given a concrete media type"] == [
        "#/paths/~1json/post/requestBody/content/*~1*: sent as application/json",
        "#/paths/~1bytes/post/requestBody/content/*~1*: sent as application/octet-stream",
        "#/paths/~1both/post/requestBody/content/*~1*: dropped, the body is also declared as application/json",
    ]
    assert opc_problems(doc, norm) == []


def test_media_types_repeating_the_json_body_are_dropped() -> None:
    pet = {"$ref": "#/components/schemas/Pet"}
    content = {
        "application/json": {"schema": pet},
        "application/xml": {"schema": pet},
        "application/x-www-form-urlencoded": {"schema": pet},
        "multipart/form-data": {"schema": pet},
    }
    doc = spec({"/pets": {"put": op(requestBody=body(content))}}, {"Pet": {"type": "object", "properties": {"n": {}}}})
    assert "Unsupported content type application/xml" in opc_objects(doc)
    norm, changes = normalized(doc)
    assert list(content) == ["application/json", "multipart/form-data"]  # multipart carries files: kept
    assert changes["request body media types dropped as repeats of the JSON one"] == [
        "#/paths/~1pets/put/requestBody/content/application~1xml: the same schema as the JSON body",
        "#/paths/~1pets/put/requestBody/content/application~1x-www-form-urlencoded: the same schema as the JSON body",
    ]
    assert opc_problems(doc, norm) == []


def test_bodies_opc_cannot_encode_are_taken_raw_under_a_stand_in() -> None:
    doc = spec(
        {
            "/pets": {
                "post": op(
                    requestBody=body(
                        {
                            "application/json": {"schema": {"type": "array", "items": {"type": "string"}}},
                            "application/x-ndjson": {"schema": {"type": "string", "description": "lines"}},
                            "application/xml": {"schema": {"$ref": "#/components/schemas/Pet"}},
                            "text/csv": {"schema": {"type": "object"}},
                        }
                    )
                )
            }
        },
        {"Pet": {"type": "object", "properties": {"name": {"type": "string"}}}},
    )
    assert "Unsupported content type application/xml" in opc_objects(doc)
    norm, changes = normalized(doc)
    content = doc["paths"]["/pets"]["post"]["requestBody"]["content"]
    assert list(content) == [
        "application/json",
        "application/octet-stream; sdkgen-raw=1",
        "application/octet-stream; sdkgen-raw=2",
        "application/octet-stream; sdkgen-raw=3",
    ]
    assert norm.raw_media_types == {
        "application/octet-stream; sdkgen-raw=1": "application/x-ndjson",
        "application/octet-stream; sdkgen-raw=2": "application/xml",
        "application/octet-stream; sdkgen-raw=3": "text/csv",
    }
    assert content["application/octet-stream; sdkgen-raw=1"]["schema"] == {"type": "string", "description": "lines"}
    # XML is text, but str is the NDJSON body's already: the client could not tell them apart, so XML takes bytes
    assert content["application/octet-stream; sdkgen-raw=2"]["schema"] == {"type": "string", "format": "binary"}
    assert content["application/octet-stream; sdkgen-raw=3"]["schema"] == {"type": "string", "format": "binary"}
    assert changes["request bodies taken as raw content"] == [
        "#/paths/~1pets/post/requestBody/content/application~1x-ndjson: taken as text (str)",
        "#/paths/~1pets/post/requestBody/content/application~1xml: taken as bytes (File)",
        "#/paths/~1pets/post/requestBody/content/text~1csv: taken as bytes (File)",
    ]
    assert opc_problems(doc, norm) == []


def test_responses_opc_cannot_read_are_read_as_text_or_bytes_without_renaming_them() -> None:
    pdf = {"description": "pdf", "content": {"application/pdf": {"schema": {"type": "string", "format": "binary"}}}}
    xml_first = {
        "description": "either",
        "content": {
            "application/xml": {"schema": {"type": "object"}},
            "application/json": {"schema": {"type": "object"}},
        },
    }
    doc = spec(
        {
            "/pdf": {"get": op("pdf", responses={"200": pdf})},
            "/yaml": {
                "get": op(
                    "yaml",
                    responses={
                        "200": {"description": "y", "content": {"application/yaml": {"schema": {"type": "object"}}}}
                    },
                )
            },
            "/either": {"get": op("either", responses={"200": xml_first})},
        }
    )
    assert "Unsupported content_type application/pdf" in opc_objects(doc)
    norm, changes = normalized(doc)
    assert norm.content_type_overrides == {
        "application/pdf": "application/octet-stream",
        "application/yaml": "text/plain",
    }
    assert list(doc["paths"]["/pdf"]["get"]["responses"]["200"]["content"]) == ["application/pdf"]  # key kept
    assert doc["paths"]["/yaml"]["get"]["responses"]["200"]["content"]["application/yaml"]["schema"] == {
        "type": "string"
    }
    assert list(xml_first["content"]) == ["application/json", "application/xml"]  # JSON first: opc reads JSON
    assert changes["responses read as raw text/bytes"] == [
        "#/paths/~1pdf/get/responses/200/content/application~1pdf: read as application/octet-stream",
        "#/paths/~1yaml/get/responses/200/content/application~1yaml: read as text/plain",
        "#/paths/~1yaml/get/responses/200/content/application~1yaml/schema: read as text",
    ]
    assert opc_problems(doc, norm) == []


def test_a_response_media_type_also_sent_natively_is_renamed_not_overridden() -> None:
    form = {"application/x-www-form-urlencoded": {"schema": {"type": "object", "properties": {"a": {}}}}}
    responses = {"200": {"description": "form", "content": copy.deepcopy(form)}}
    doc = spec({"/f": {"post": op(requestBody=body(form), responses=responses)}})
    norm, changes = normalized(doc)
    assert norm.content_type_overrides == {}  # overriding it would change how the request body is sent
    assert list(responses["200"]["content"]) == ["text/plain"]
    assert responses["200"]["content"]["text/plain"]["schema"] == {"type": "string"}
    assert changes["responses read as raw text/bytes"] == [
        "#/paths/~1f/post/responses/200/content/application~1x-www-form-urlencoded: read as text/plain",
        "#/paths/~1f/post/responses/200/content/text~1plain/schema: read as text",
    ]
    assert opc_problems(doc, norm) == []


# ----------------------------------------------------------------------------------------------- parameters


def test_parameters_that_collide_in_python_carry_stand_in_names() -> None:
    date = {"type": "string", "format": "date"}
    parameters = [
        {"name": "DateCreated", "in": "query", "schema": date},
        {"name": "DateCreated<", "in": "query", "schema": date},
        {"$ref": "#/components/parameters/After"},
        {"name": "DateCreated", "in": "header", "schema": {"type": "string"}},  # another location: opc copes
    ]
    doc = spec(
        {"/calls": {"get": op(parameters=parameters)}},
        parameters={"After": {"name": "DateCreated>", "in": "query", "schema": date}},
    )
    assert "Parameters with same Python identifier" in opc_objects(doc)
    norm, changes = normalized(doc)
    assert [parameter.get("name") for parameter in parameters] == [
        "DateCreated",
        "sdkgen-parameter-1",
        "sdkgen-parameter-2",
        "DateCreated",
    ]
    assert doc["components"]["parameters"]["After"]["name"] == "DateCreated>"  # the shared one is not touched
    assert norm.parameter_names == {"sdkgen-parameter-1": "DateCreated<", "sdkgen-parameter-2": "DateCreated>"}
    assert changes["colliding parameter names told apart"] == [
        "#/paths/~1calls/get/parameters/1: query parameter 'DateCreated<'",
        "#/paths/~1calls/get/parameters/2: query parameter 'DateCreated>'",
    ]
    assert opc_problems(doc, norm) == []


def test_parameters_opc_tells_apart_by_their_raw_names_are_left_alone() -> None:
    parameters = [{"name": "page_size", "in": "query", "schema": {}}, {"name": "pageSize", "in": "query", "schema": {}}]
    doc = spec({"/a": {"get": op(parameters=parameters)}})
    _, changes = normalized(doc)
    assert changes == {}


# ----------------------------------------------------------------------------------------------- class names


def _capabilities(shared: bool) -> tuple[dict[str, Any], dict[str, Any]]:
    """A Stripe-like form body: one inline ``capability_param`` per capability, the same shape or not."""
    capabilities: dict[str, Any] = {"title": "capabilities_param", "type": "object", "properties": {}}
    for name in ("card", "bank", "wire"):
        fields = {"requested": {"type": "boolean"}, **({} if shared else {f"{name}_only": {"type": "string"}})}
        param = {"title": "capability_param", "type": "object", "properties": fields}
        capabilities["properties"][name] = {"anyOf": [param, {"type": "string", "enum": [""]}]}
    form = {
        "application/x-www-form-urlencoded": {
            "schema": {"type": "object", "properties": {"capabilities": capabilities}}
        }
    }
    doc = spec({"/accounts": {"post": op("post_accounts", requestBody=body(form))}})
    assert "POST /accounts within default. Endpoint will not be generated.: Invalid property in union" in opc_objects(
        doc
    )
    return doc, capabilities


def test_inline_schemas_sharing_a_title_are_retitled_after_their_property() -> None:
    doc, capabilities = _capabilities(shared=False)
    norm, changes = normalized(doc)
    titles = [capabilities["properties"][name]["anyOf"][0]["title"] for name in ("card", "bank", "wire")]
    # the first by JSON pointer keeps the title, whatever the order of the properties
    assert titles == ["card_capability_param", "capability_param", "wire_capability_param"]
    assert changes["duplicate titles renamed"][0].endswith(
        "title 'capability_param' -> 'card_capability_param' "
        "(PostAccountsBodyCapabilitiesParamCapabilityParam was taken)"
    )
    assert len(changes["duplicate titles renamed"]) == 2
    assert opc_problems(doc, norm) == []


def test_inline_schemas_sharing_a_title_and_a_shape_are_one_class() -> None:
    doc, capabilities = _capabilities(shared=True)
    norm, changes = normalized(doc)
    name = "PostAccountsBodyCapabilitiesParamCapabilityParam"
    refs = [capabilities["properties"][key]["anyOf"][0] for key in ("card", "bank", "wire")]
    assert refs == [{"$ref": f"#/components/schemas/{name}"}] * 3
    assert doc["components"]["schemas"][name]["title"] == name  # the class keeps its name as a component
    assert changes["duplicate titles renamed"] == [
        f"{pointer}: one class with #/components/schemas/{name} (the same schema)"
        for pointer in (
            "#/paths/~1accounts/post/requestBody/content/application~1x-www-form-urlencoded/schema/properties/"
            f"capabilities/properties/{key}/anyOf/0"
            for key in ("card", "wire")
        )
    ]
    assert opc_problems(doc, norm) == []
    predicted = [site.class_name for site in N.class_sites(doc, norm.content_type_overrides)]
    assert predicted.count(name) == 1


def test_components_sharing_a_title_are_retitled_after_their_key() -> None:
    doc = spec(
        {"/a": {"get": op(responses=json_response({"$ref": "#/components/schemas/v2_user"}))}},
        {
            "v1_user": {"title": "User", "type": "object", "properties": {"a": {"type": "string"}}},
            "v2_user": {"title": "User", "type": "object", "properties": {"b": {"type": "string"}}},
        },
    )
    assert "duplicate" in opc_objects(doc)
    norm, changes = normalized(doc)
    assert doc["components"]["schemas"]["v2_user"]["title"] == "v2_user"
    assert changes["duplicate titles renamed"] == [
        "#/components/schemas/v2_user: title 'User' -> 'v2_user' (User was taken)"
    ]
    assert opc_problems(doc, norm) == []


def test_models_named_like_the_generated_code_get_a_model_suffix() -> None:
    doc = spec(schemas={"File": {"type": "object", "properties": {"id": {"type": "string"}}}})
    _, changes = normalized(doc)
    assert doc["components"]["schemas"]["File"]["title"] == "File_model"
    assert changes["duplicate titles renamed"] == [
        "#/components/schemas/File: no title -> 'File_model' (File is a name the generated code uses)"
    ]


def test_enums_repeating_the_same_values_under_one_name_are_one_class() -> None:
    color = {"title": "Color", "type": "string", "enum": ["red", "blue"]}
    doc = spec(
        schemas={"A": {"type": "object", "properties": {"c": copy.deepcopy(color)}}, "Color": copy.deepcopy(color)}
    )
    _, changes = normalized(doc)
    assert "duplicate titles renamed" not in changes


def test_the_class_names_predicted_are_the_ones_opc_gives() -> None:
    doc = spec(
        {
            "/a/{id}": {
                "post": op(
                    "make_thing",
                    parameters=[{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
                    requestBody=body({"application/json": {"schema": {"type": "object", "properties": {"x": NESTED}}}}),
                    responses=json_response(
                        {"type": "object", "nullable": True, "properties": {"y": {"type": "string", "enum": ["a"]}}}
                    ),
                )
            }
        },
        {
            "Top": {"oneOf": [{"title": "One", **copy.deepcopy(NESTED)}, {"type": "array", "items": NESTED}]},
            "List": {"type": "array", "items": {"type": "object", "properties": {"z": {"type": "integer"}}}},
            "Maybe": {"type": "object", "nullable": True, "allOf": [{"$ref": "#/components/schemas/Nested"}]},
            "Nested": copy.deepcopy(NESTED),
        },
    )
    norm = N.normalize(doc)
    predicted = {site.class_name for site in N.class_sites(doc)}
    config = _upstream.make_config(
        document=Path("s"), output=Path("o"), package_name="p", project_name="p", version="1"
    )
    parsed = _upstream.parse_document(doc, config, tag_union=tag_union)
    assert not isinstance(parsed, _upstream.GeneratorError)
    assert opc_problems(doc, norm) == []
    assert predicted == {str(prop.class_info.name) for prop in [*parsed.models, *parsed.enums]}


# ----------------------------------------------------------------------------------------------- the record


def test_the_summary_counts_each_fix_that_changed_something() -> None:
    doc = spec(
        {"/a": {"get": op(responses={200: {"description": "ok"}})}},
        {
            "E": {"enum": ["ASC", "asc"]},
            "D": {"type": "object", "properties": {"p": {"type": "object", "default": {}}}},
        },
    )
    norm = N.normalize(doc)
    assert norm.summary() == (
        "normalized: 1 non-string keys made strings, 1 enum members renamed, 1 object defaults dropped"
    )
    assert norm.count("enum members renamed") == 1
    assert norm.details()[0] == "non-string keys made strings: #/paths/~1a/get/responses/200: key 200 read as '200'"


def test_a_clean_spec_is_not_changed() -> None:
    doc = spec(
        {
            "/a/{id}": {
                "get": op(
                    parameters=[{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
                    responses=json_response({"$ref": "#/components/schemas/A"}),
                )
            }
        },
        {"A": {"type": "object", "properties": {"e": {"type": "string", "enum": ["x", "y"]}}}},
    )
    before = copy.deepcopy(doc)
    norm = N.normalize(doc)
    assert norm.summary() == ""
    assert doc == before


def test_junk_where_a_spec_has_structure_is_left_to_validation() -> None:
    doc: dict[str, Any] = {"openapi": "3.0.3", "paths": {"/a": ["not", "a", "path item"]}, "components": {"schemas": 3}}
    assert N.normalize(doc).summary() == ""


def test_an_enum_of_mixed_types_becomes_one_enum_per_type() -> None:
    schema = {"enum": [1, "a", None, 2, True], "description": "d"}
    assert N.split_mixed_enums(("s",), schema, N.Normalization()) == "#/s: integer | string | null | boolean"
    assert schema == {
        "description": "d",
        "anyOf": [
            {"type": "integer", "enum": [1, 2]},
            {"type": "string", "enum": ["a"]},
            {"type": "boolean"},
            {"type": "null"},
        ],
    }
    for single in ({"enum": ["a", None]}, {"type": "integer", "enum": [1, 2]}, {"enum": [{"a": 1}, "b"]}):
        assert N.split_mixed_enums(("s",), single, N.Normalization()) is None
    doc = spec(
        {"/a": {"get": op(responses=json_response({"$ref": "#/components/schemas/M"}))}},
        {"M": {"type": "object", "properties": {"v": {"enum": [1, "a"]}}}},
    )
    assert any("Got" in problem for problem in opc_problems(copy.deepcopy(doc)))
    assert opc_problems(doc, N.normalize(doc)) == []


def test_nullable_beside_a_reference_or_in_an_allof_part_means_or_null() -> None:
    beside = {"$ref": "#/components/schemas/X", "nullable": True, "description": "d"}
    assert N.wrap_nullable_refs(("s",), beside, N.Normalization()) == "#/s"
    assert beside == {"nullable": True, "description": "d", "allOf": [{"$ref": "#/components/schemas/X"}]}
    fragment = {"allOf": [{"$ref": "#/components/schemas/X"}, {"nullable": True}]}
    assert N.collapse_annotated_refs(("s",), fragment, N.Normalization()) == "#/s/allOf"
    assert fragment == {"allOf": [{"$ref": "#/components/schemas/X"}], "nullable": True}


def test_a_nullable_object_referring_to_itself_is_made_nullable_where_used() -> None:
    doc = spec(
        {"/a": {"get": op(responses=json_response({"$ref": "#/components/schemas/Node"}))}},
        {"Node": {"type": "object", "nullable": True, "properties": {"next": {"$ref": "#/components/schemas/Node"}}}},
    )
    assert any("Invalid property in union" in problem for problem in opc_problems(copy.deepcopy(doc)))
    norm = N.normalize(doc)
    node = doc["components"]["schemas"]["Node"]
    wrapped = {"allOf": [{"$ref": "#/components/schemas/Node"}], "nullable": True}
    assert node == {"type": "object", "properties": {"next": wrapped}}
    assert doc["paths"]["/a"]["get"]["responses"]["200"]["content"]["application/json"]["schema"] == wrapped
    assert opc_problems(doc, norm) == []


def test_a_self_reference_opc_cannot_type_is_read_as_any_value() -> None:
    json_value = {
        "oneOf": [
            {"type": "string"},
            {"type": "array", "items": {"$ref": "#/components/schemas/JsonValue"}},
            {"type": "object", "additionalProperties": {"$ref": "#/components/schemas/JsonValue"}},
        ]
    }
    tree = {"type": "object", "properties": {"kids": {"type": "array", "items": {"$ref": "#/components/schemas/Tree"}}}}
    doc = spec(
        {"/a": {"get": op(responses=json_response({"$ref": "#/components/schemas/JsonValue"}))}},
        {"JsonValue": json_value, "Tree": copy.deepcopy(tree)},
    )
    assert any("Invalid property in union" in problem for problem in opc_problems(copy.deepcopy(doc)))
    norm = N.normalize(doc)
    schemas = doc["components"]["schemas"]
    assert schemas["JsonValue"]["oneOf"][1:] == [
        {"type": "array", "items": {}},
        {"type": "object", "additionalProperties": {}},
    ]
    assert schemas["Tree"] == tree  # recursion through a model's properties: opc types it, left alone
    assert opc_problems(doc, norm) == []
