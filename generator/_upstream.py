"""The ONLY module that imports openapi-python-client internals.

openapi-python-client (opc) is pinned to exactly 0.29.1: its CHANGELOG says programmatic use and custom
templates are not public API, so every name we borrow is re-exported from here and nowhere else. When the pin
moves, this file and the template overrides in ``templates/`` are what to re-read.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from importlib.metadata import version
from pathlib import Path
from typing import Any

from attrs import evolve
from openapi_python_client import TEMPLATE_FILTERS, Project
from openapi_python_client.config import ClassOverride, Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.errors import ErrorLevel, GeneratorError, ParseError, PropertyError
from openapi_python_client.parser.openapi import Endpoint, EndpointCollection
from openapi_python_client.parser.properties import ModelProperty, Property
from openapi_python_client.parser.properties.any import AnyProperty
from openapi_python_client.parser.properties.boolean import BooleanProperty
from openapi_python_client.parser.properties.enum_property import EnumProperty
from openapi_python_client.parser.properties.file import FileProperty
from openapi_python_client.parser.properties.int import IntProperty
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.literal_enum_property import LiteralEnumProperty
from openapi_python_client.parser.properties.none import NoneProperty
from openapi_python_client.parser.properties.protocol import PropertyProtocol, Value
from openapi_python_client.parser.properties.schemas import Schemas, parse_reference_path
from openapi_python_client.parser.properties.string import StringProperty
from openapi_python_client.parser.properties.union import UnionProperty
from openapi_python_client.parser.responses import HTTPStatusPattern, response_from_data
from openapi_python_client.parser.responses import Response as UpstreamResponse
from openapi_python_client.schema import Reference as OaiReference
from openapi_python_client.schema import Schema as OaiSchema
from openapi_python_client.schema.untrusted_string import UntrustedString
from openapi_python_client.strings import (
    ClassName,
    PythonCode,
    PythonIdentifier,
    pascal_case,
    safe_for_docstring,
    snake_case,
)

__all__ = [
    "OPC_VERSION",
    "non_null_member",
    "AnyProperty",
    "BooleanProperty",
    "ClassName",
    "ClassOverride",
    "Config",
    "Endpoint",
    "EndpointCollection",
    "EnumProperty",
    "ErrorLevel",
    "GeneratorData",
    "GeneratorError",
    "HTTPStatusPattern",
    "IntProperty",
    "ListProperty",
    "ModelProperty",
    "NoneProperty",
    "OaiReference",
    "OaiSchema",
    "ParseError",
    "Project",
    "Property",
    "PropertyProtocol",
    "Schemas",
    "StringProperty",
    "PythonCode",
    "PythonIdentifier",
    "Schemas",
    "TEMPLATE_FILTERS",
    "UPSTREAM_FAILURE",
    "UnionHook",
    "UnionProperty",
    "UntrustedString",
    "UpstreamResponse",
    "Value",
    "make_config",
    "make_response",
    "parse_document",
    "parse_reference_path",
    "pascal_case",
    "safe_for_docstring",
    "snake_case",
    "untrusted",
    "validation_problems",
]

OPC_VERSION = version("openapi-python-client")

#: A File in a JSON body is the string its bytes spell (templates/property_templates/file_property.py.jinja):
#: to_dict gives ``str``, not httpx's multipart tuple, which JSON cannot hold.
FileProperty._json_type_string = "str"
#: What :func:`parse_document` passes each union opc builds through (``generator.plan.unions.tag_union``).
UnionHook = Callable[[UnionProperty, OaiSchema, Schemas], UnionProperty]

#: The header of the error :func:`parse_document` returns when opc raised instead of reporting.
UPSTREAM_FAILURE = f"openapi-python-client {OPC_VERSION} failed on this spec"


def make_config(
    *,
    document: Path,
    output: Path,
    package_name: str,
    project_name: str,
    version: str,
    content_type_overrides: dict[str, str] | None = None,
) -> Config:
    """Build opc's Config for one generation run.

    Post-hooks are empty: we run ruff ourselves, with the interpreter that runs the generator, so it does not
    depend on ``ruff`` being on PATH (opc skips its hooks with a warning when it is not).
    """
    config_file = ConfigFile(
        project_name_override=project_name,
        package_name_override=package_name,
        package_version_override=version,
        post_hooks=[],
        literal_enums=False,
        content_type_overrides=content_type_overrides or None,
    )
    return Config.from_sources(
        config_file=config_file,
        meta_type=MetaType.UV,
        document_source=document,
        file_encoding="utf-8",
        overwrite=True,
        output_path=output,
    )


def make_response(
    code: str, media_type: str, schema: dict[str, Any], parent_name: str, config: Config
) -> UpstreamResponse | None:
    """opc's Response for status ``code`` with one media type and an inline schema (no classes: ``{}``, a
    string or a binary string), as opc would have parsed it from the spec; None if opc refuses it."""
    from openapi_python_client import schema as oai

    status = HTTPStatusPattern.parse(UntrustedString(code))
    if isinstance(status, ParseError):
        return None
    data = oai.Response.model_validate({"description": "", "content": {media_type: {"schema": schema}}})
    response, _ = response_from_data(
        status_code=status, data=data, schemas=Schemas(), responses={}, parent_name=parent_name, config=config
    )
    return None if isinstance(response, ParseError) else response


def parse_document(data: dict[str, Any], config: Config, *, tag_union: UnionHook) -> GeneratorData | GeneratorError:
    """Run opc's parser over an already-loaded document; each union it builds goes through ``tag_union``.

    ``tag_union`` is ``generator.plan.unions.tag_union`` (dispatch on a tag), passed in by the caller so that this
    bottom layer imports nothing of the generator's own.

    opc reports most problems as values, but some spec text makes it raise (e.g. ``ValueError`` for enum values that
    share a member name, ``RecursionError`` for very deep schemas). ``generator.spec.validate`` catches the known
    ones first, with a location; whatever is left is reported as opc's failure, not as a traceback.
    """
    notes: list[ParseError] = []
    try:
        with _shared_schema_objects(), _tagged_unions(tag_union), _lenient_allof_merges(notes):
            parsed = GeneratorData.from_dict(data, config=config)
    except (ValueError, TypeError, KeyError, AttributeError, RecursionError) as err:
        return GeneratorError(header=UPSTREAM_FAILURE, detail=f"{type(err).__name__}: {err}")
    if isinstance(parsed, GeneratorData):
        seen = {error.detail for error in parsed.errors}
        for note in notes:  # a model parsed twice (as a reference and where it is used) notes twice
            if note.detail not in seen:
                seen.add(note.detail)
                parsed.errors.append(note)
    return parsed


@contextlib.contextmanager
def _tagged_unions(tag_union: UnionHook) -> Iterator[None]:
    """While opc parses, each union it builds goes through ``tag_union``."""
    original = UnionProperty.__dict__["build"]

    def build(cls: type[UnionProperty], *, data: Any, schemas: Any, **kwargs: Any) -> tuple[Any, Any]:
        prop, schemas = original.__func__(cls, data=data, schemas=schemas, **kwargs)
        if isinstance(prop, UnionProperty):
            prop = tag_union(prop, data, schemas)
        return prop, schemas

    UnionProperty.build = classmethod(build)  # type: ignore[method-assign,assignment,arg-type]
    try:
        yield
    finally:
        UnionProperty.build = original  # type: ignore[method-assign]


@contextlib.contextmanager
def _lenient_allof_merges(notes: list[ParseError]) -> Iterator[None]:
    """While opc parses, same-named properties of allOf parts that opc refuses to merge are merged leniently.

    opc merges the properties that allOf parts declare twice (``merge_properties``); when it cannot, it drops the
    whole schema and everything using it. Two disagreements are common where a shared base is extended:
    - one part nullable, the other not (``str | None`` with ``str``: DigitalOcean, Mistral, PagerDuty): merged as
      opc merges the non-null parts, and kept nullable. allOf means "both", so null is strictly not allowed, but a
      client that raises on a null its own base schema allows is worse than one typed a little wider;
    - two enums neither of which holds the other (a base's list of kinds that misses the extension's kind): the
      later part's values, as opc lets the later part override a description or a default.
    Each such merge is appended to ``notes`` as a warning naming the class and the property.
    """
    from openapi_python_client.parser.properties import merge_properties as merging
    from openapi_python_client.parser.properties import model_property

    original_merge = merging.merge_properties
    original_process = model_property._process_properties
    classes: list[str] = []

    def process(**kwargs: Any) -> Any:
        classes.append(str(kwargs.get("class_name", "")))
        try:
            return original_process(**kwargs)
        finally:
            classes.pop()

    def note(prop1: Property, prop2: Property, merged: Property, how: str) -> Property:
        where = f"model {classes[-1]}: " if classes else ""
        types = [p.get_type_string(no_optional=True).as_unembedded_code() for p in (prop1, prop2, merged)]
        name = untrusted(prop2.name)
        detail = f"{where}property '{name}': allOf parts declare it {types[0]} and {types[1]}: {how} {types[2]}"
        notes.append(ParseError(header="allOf parts disagree", detail=detail, level=ErrorLevel.WARNING))
        return merged

    def merge(prop1: Property, prop2: Property) -> Property | PropertyError:
        merged = original_merge(prop1, prop2)
        if not isinstance(merged, PropertyError):
            return merged
        overridden = _with_values_of(prop1, prop2)
        if overridden is not None:
            later = original_merge(overridden, prop2)
            return merged if isinstance(later, PropertyError) else note(prop1, prop2, later, "the later part's")
        inner1, inner2 = non_null_member(prop1), non_null_member(prop2)
        if inner1 is None and inner2 is None:
            return merged
        inner = merge(inner1 or prop1, inner2 or prop2)
        if isinstance(inner, PropertyError):
            return merged
        union = prop1 if inner1 is not None else prop2
        assert isinstance(union, UnionProperty)
        nulls = [p for p in union.inner_properties if isinstance(p, NoneProperty)]
        result = evolve(
            union,
            inner_properties=[evolve(inner, name=_non_null_name(union), required=True), *nulls],
            required=prop1.required or prop2.required,
            description=prop2.description or prop1.description,
            example=prop2.example or prop1.example,
        )
        for prop in (prop1, prop2):  # a later default overrides an earlier one, as opc merges them
            if prop.default is not None:
                default = result.convert_value(prop.default.raw_value)
                if default is not None and not isinstance(default, PropertyError):
                    result = evolve(result, default=default)
        return note(prop1, prop2, result, "read as")

    merging.merge_properties = merge
    model_property._process_properties = process
    try:
        yield
    finally:
        merging.merge_properties = original_merge
        model_property._process_properties = original_process


def _with_values_of(prop1: Property, prop2: Property) -> Property | None:
    """``prop1`` with the enum values of ``prop2``, when both are enums of one value type; else ``None``."""
    if isinstance(prop1, EnumProperty) and isinstance(prop2, EnumProperty) and prop1.value_type is prop2.value_type:
        return evolve(prop1, values=prop2.values, class_info=prop2.class_info)
    if (
        isinstance(prop1, LiteralEnumProperty)
        and isinstance(prop2, LiteralEnumProperty)
        and prop1.value_type is prop2.value_type
    ):
        return evolve(prop1, values=prop2.values, class_info=prop2.class_info)
    return None


def non_null_member(prop: Property) -> Property | None:
    """The one non-null member of a nullable union (``X | None``), else ``None``."""
    if not isinstance(prop, UnionProperty):
        return None
    others = [p for p in prop.inner_properties if not isinstance(p, NoneProperty)]
    if len(others) != 1 or len(others) == len(prop.inner_properties):
        return None
    return others[0]  # type: ignore[return-value]


def _non_null_name(union: UnionProperty) -> UntrustedString:
    member = non_null_member(union)
    return member.name if member is not None else union.name


def _share(self: object, memo: dict[int, object] | None = None) -> object:
    return self


@contextlib.contextmanager
def _shared_schema_objects() -> Iterator[None]:
    """While opc parses, ``copy.deepcopy`` hands back its parsed OpenAPI objects (pydantic models) as they are.

    opc deep-copies each endpoint three or four times while building it (``Endpoint.add_parameters``,
    ``_add_responses``, ``sort_parameters``), and with it the whole parsed schema under every property and
    response: on large specs that is most of the parse time (Kubernetes: 8 s of 10 in a profile). Those copies
    protect the endpoint's own lists and properties, which are still copied; the pydantic objects are never
    changed after validation, so sharing them gives the same result (the corpus checks this byte for byte).
    """
    from openapi_python_client import schema as oai
    from pydantic import BaseModel

    classes = {
        cls
        for cls in vars(oai).values()
        if isinstance(cls, type)
        and issubclass(cls, BaseModel)
        and cls is not BaseModel
        and "__deepcopy__" not in vars(cls)
    }
    for cls in classes:
        cls.__deepcopy__ = _share  # type: ignore[assignment,method-assign]
    try:
        yield
    finally:
        for cls in classes:
            del cls.__deepcopy__


def untrusted(value: UntrustedString | str | None) -> str:
    """The raw text of a spec string, for NON-code uses only (reports, comparisons, JSON)."""
    if value is None:
        return ""
    if isinstance(value, UntrustedString):
        return value.get_untrusted_value()
    return str(value)


def validation_problems(data: dict[str, Any], limit: int = 5) -> list[tuple[tuple[object, ...], str]]:
    """Check a document against opc's OpenAPI model; return up to ``limit`` (location, message) pairs.

    Pydantic inserts the names of union members (``Reference``, ``Schema``...) and union tags (``ref``, ``other``)
    into error locations; they are not part of the document, so every part that does not lead further into the
    document is dropped and the result is a path into the document itself.
    """
    from openapi_python_client import schema as oai
    from pydantic import ValidationError

    try:
        oai.OpenAPI.model_validate(data)
    except ValidationError as err:
        model_names = {name for name in dir(oai) if name[:1].isupper()}
        problems: list[tuple[tuple[object, ...], str]] = []
        seen: set[tuple[object, ...]] = set()
        # The deepest locations first: for a union, the branch that got furthest is the most telling.
        for item in sorted(err.errors(), key=lambda e: -len(e["loc"])):
            loc = _document_path(data, item["loc"], model_names)
            if loc in seen:
                continue
            seen.add(loc)
            problems.append((loc, item["msg"]))
            if len(problems) >= limit:
                break
        return problems
    return []


def _document_path(data: Any, loc: tuple[Any, ...], model_names: set[str]) -> tuple[object, ...]:
    """The parts of a pydantic error location that are keys of the document (plus a missing last key)."""
    path: list[object] = []
    node = data
    for index, part in enumerate(loc):
        if isinstance(node, dict) and part in node:
            node = node[part]
        elif isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
            node = node[part]
        elif index < len(loc) - 1 or part in model_names or part in ("ref", "other") or "[" in str(part):
            continue  # a union member's name or tag, not a key of the document
        path.append(part)
    return tuple(path)
