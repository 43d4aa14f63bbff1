"""What cannot be typed is degraded, on opc's parse result, before anything renders: never left out, never broken.

opc drops a schema it cannot generate (and, by reference, what depends on it), but not every reference to it: a
union member that names it stays, so a model's ``from_dict`` would import a module that was never written. And a
2xx response whose schema failed, or that has content but no schema, is parsed as "no body": the operation
returned ``None`` or raised ``UnexpectedStatusError`` on the success. Each function here fixes one such case in
place and says what it did:

- a reference to a class that is not generated becomes ``Any`` (model properties, parameters, bodies), with a
  warning naming the class and why it failed;
- every 2xx response that has content is read: with its type when it has one, else as decoded JSON (``Any``),
  ``str`` for text, ``File`` (bytes) for anything else.

An operation that loses a type this way is *degraded* (``GenerationReport.degraded``), not left out.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from attrs import evolve

from .._upstream import (
    AnyProperty,
    Config,
    Endpoint,
    EnumProperty,
    GeneratorData,
    ListProperty,
    ModelProperty,
    Property,
    UnionProperty,
    make_response,
    untrusted,
)
from ..spec.normalize import Normalization, _body_kind, resolve
from .coverage import readable
from .fixups import endpoints as _endpoints
from .operations import _raw_operation, spec_path

__all__ = [
    "Degraded",
    "degrade",
    "degrade_bodies",
    "read_every_success",
    "untype_left_out",
    "untype_missing_references",
]

_IMPORT = re.compile(r"^from \.+models\.\w+ import (\w+)$")
_FAILED_SCHEMA = re.compile(r"schema (/components/schemas/\S+?):*$")


@dataclass
class Degraded:
    """Operations that lost a type (``"METHOD /path"`` -> why) and warnings that name no operation."""

    operations: dict[str, list[str]] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    def add(self, operation: str, reason: str) -> None:
        self.operations.setdefault(operation, []).append(reason)


def _key(endpoint: Endpoint) -> str:
    return f"{endpoint.method.upper()} {spec_path(endpoint)}"


def _as_any(prop: Any) -> AnyProperty:
    return AnyProperty(
        name=prop.name,
        required=prop.required,
        default=None,
        python_name=prop.python_name,
        description=prop.description,
        example=None,
    )


def _missing_class(prop: Any, generated: set[str]) -> str | None:
    """The first class ``prop`` needs that is not generated (itself, a list's items, a union's members)."""
    if isinstance(prop, ModelProperty | EnumProperty):
        name = str(prop.class_info.name)
        return None if name in generated else name
    if isinstance(prop, ListProperty):
        return _missing_class(prop.inner_property, generated)
    if isinstance(prop, UnionProperty):
        missing = (_missing_class(inner, generated) for inner in prop.inner_properties)
        return next((name for name in missing if name is not None), None)
    return None


def _failures(openapi: GeneratorData) -> dict[str, str]:
    """Class name -> why its schema was not generated, from opc's schema errors."""
    reasons: dict[str, str] = {}
    for error in openapi.errors:
        match = _FAILED_SCHEMA.search((error.header or "").strip())
        if match is None:
            continue
        detail = readable((error.detail or "").split("Failure to process schema")[0]) or "cannot be parsed"
        failed = match.group(1)
        removed = re.findall(r"/components/schemas/\S+", (error.detail or "").split("removal of:")[-1])
        for path in [failed, *removed]:
            name = path.rsplit("/", 1)[-1]
            why = detail if path == failed else f"it uses {failed.rsplit('/', 1)[-1]}, which failed: {detail}"
            for key in {name, re.sub(r"[^0-9A-Za-z]", "", name.title())}:
                reasons.setdefault(key.lower(), why)
    return reasons


def _why(openapi: GeneratorData) -> Callable[[str], str]:
    """A function naming why a class (or component schema) ``name`` was not generated."""
    reasons = _failures(openapi)

    def why(name: str) -> str:
        return f"{name} could not be generated ({reasons.get(name.lower(), 'its schema failed to parse')})"

    return why


def _filter_imports(imports: set[str] | None, generated: set[str]) -> None:
    if imports:
        for line in [line for line in imports if (m := _IMPORT.match(line)) and m.group(1) not in generated]:
            imports.discard(line)


def untype_missing_references(openapi: GeneratorData, degraded: Degraded) -> None:
    """Type ``Any`` every property, parameter and body that refers to a class opc did not generate."""
    generated = {str(model.class_info.name) for model in openapi.models}
    generated |= {str(enum.class_info.name) for enum in openapi.enums}
    why = _why(openapi)
    for model in openapi.models:
        for props in (model.required_properties, model.optional_properties):
            for index, prop in enumerate(props or []):
                if (name := _missing_class(prop, generated)) is not None:
                    props[index] = _as_any(prop)  # type: ignore[index]
                    degraded.warnings.append(
                        f"model {model.class_info.name}: property {untrusted(prop.name)!r} is typed Any: {why(name)}"
                    )
        extra = model.additional_properties
        if isinstance(extra, Property) and (name := _missing_class(extra, generated)) is not None:
            object.__setattr__(model, "additional_properties", _as_any(extra))
            degraded.warnings.append(f"model {model.class_info.name}: additional properties are typed Any: {why(name)}")
        _filter_imports(model.relative_imports, generated)
        _filter_imports(model.lazy_imports, generated)
    for endpoint in _endpoints(openapi):
        for props in (
            endpoint.path_parameters,
            endpoint.query_parameters,
            endpoint.header_parameters,
            endpoint.cookie_parameters,
        ):
            for index, prop in enumerate(props):
                if (name := _missing_class(prop, generated)) is not None:
                    props[index] = _as_any(prop)
                    degraded.add(_key(endpoint), f"parameter {untrusted(prop.name)!r} is typed Any: {why(name)}")
        for body in endpoint.bodies:
            if (name := _missing_class(body.prop, generated)) is not None:
                body.prop = _as_any(body.prop)
                degraded.add(_key(endpoint), f"the {untrusted(body.content_type)} body is typed Any: {why(name)}")
        for response in endpoint.responses.patterns:
            if (name := _missing_class(response.prop, generated)) is not None:
                response.prop = _as_any(response.prop)
                degraded.add(_key(endpoint), f"the {response.status_code.pattern} response is typed Any: {why(name)}")
        _filter_imports(endpoint.relative_imports, generated)


def _dict(value: object) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _media_kind(media_type: str) -> tuple[str, str, dict[str, Any]]:
    """(what it is read as, the media type opc reads that way, the schema) for an untyped response body."""
    simple = media_type.split(";", 1)[0].strip().lower()
    if simple == "application/json" or simple.endswith(("+json", "/json")):
        return "decoded JSON (Any)", "application/json", {}
    if simple.startswith("text/"):
        return "text (str)", "text/plain", {"type": "string"}
    return "bytes (File)", "application/octet-stream", {"type": "string", "format": "binary"}


def read_every_success(
    openapi: GeneratorData, document: dict[str, Any], norm: Normalization, config: Config, degraded: Degraded
) -> None:
    """Give every 2xx response that has content a parse: its own when opc made one, else by media type.

    A response whose schema failed is degraded (named, with opc's reason); one whose content has no schema is
    simply read as what its media type says (JSON as ``Any``, text as ``str``, anything else as bytes).
    """
    why = _why(openapi)
    for endpoint in _endpoints(openapi):
        operation = _raw_operation(document, spec_path(endpoint), endpoint.method)
        responses = operation.get("responses")
        if not isinstance(responses, dict):
            continue
        by_code = {response.status_code.pattern: response for response in endpoint.responses.patterns}
        changed = False
        for code, raw in responses.items():
            code = str(code)
            if not code.startswith("2"):
                continue
            content = resolve(document, raw, "responses").get("content")
            if not isinstance(content, dict) or not content:
                continue
            existing = by_code.get(code)
            if existing is not None and existing.source["return_type"] != "None":
                continue
            media_type = str(next(iter(content)))
            kind, read_as, schema = _media_kind(norm.content_type_overrides.get(media_type, media_type))
            fallback = make_response(code, read_as, schema, str(endpoint.name), config)
            if fallback is None:
                continue
            if existing is not None:
                endpoint.responses.patterns.remove(existing)
            else:
                ref = _dict(_dict(content[media_type]).get("schema")).get("$ref")
                if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
                    detail = why(ref.rsplit("/", 1)[-1])
                else:
                    errors = [
                        readable(e.detail or "") for e in endpoint.errors if "Cannot parse response" in (e.detail or "")
                    ]
                    detail = errors[0] if errors else "its schema failed to parse"
                degraded.add(_key(endpoint), f"the {code} response is read as {kind}: {detail}")
            endpoint.responses.patterns.append(fallback)
            endpoint.relative_imports |= fallback.prop.get_imports(prefix="...")
            changed = True
        if changed:
            endpoint.responses.patterns.sort()


def degrade(openapi: GeneratorData, document: dict[str, Any], norm: Normalization, config: Config) -> Degraded:
    """Run both, in order: untype what refers to missing classes, then give every 2xx response with content a
    parse."""
    degraded = Degraded()
    untype_missing_references(openapi, degraded)
    read_every_success(openapi, document, norm, config, degraded)
    return degraded


def degrade_bodies(endpoint: Endpoint, original: list[Any], step: int) -> str | None:
    """Step ``step`` (1, 2...) of untyping the request bodies of an operation whose code did not compile.

    Step k keeps the first n-k bodies as they are and sends the next one as given (``Any``: the JSON value, form
    fields, httpx ``files`` mapping or raw content), dropping the rest: a degraded body takes whatever the typed
    ones before it do not. Step n+1 drops every body. Returns what was done, or None when nothing is left to try.
    """
    count = len(original)
    if step > count + 1 or count == 0:
        return None
    if step == count + 1:
        endpoint.bodies[:] = []
        return "its request bodies are left out"
    kept, loose = original[: count - step], original[count - step]
    endpoint.bodies[:] = [*kept, evolve(loose, prop=_as_any(loose.prop))]
    dropped = [untrusted(body.content_type) for body in original[count - step + 1 :]]
    note = f" ({', '.join(dropped)} left out)" if dropped else ""
    return f"the {untrusted(loose.content_type)} body is typed Any{note}"


_LEFT_OUT = re.compile(
    r"^WARNING parsing (GET|PUT|POST|DELETE|OPTIONS|HEAD|PATCH|TRACE) (.+) within .*Endpoint will not be generated"
)
_PRIMITIVES = frozenset({"string", "integer", "number", "boolean"})


def untype_left_out(openapi: GeneratorData, document: dict[str, Any]) -> dict[str, list[str]]:
    """Loosen, in ``document``, the operations opc left out, so that a second parse generates them untyped.

    opc leaves out an operation when none of its request bodies parses (an ``allOf`` it cannot merge, a model that
    failed) or a parameter does not. Their schemas become ``{}`` (``Any``, sent as given: JSON value, form fields,
    httpx ``files`` mapping); with no body to blame, structured parameters become strings. A shared body or
    parameter (``$ref``) is copied into the operation first. Returns ``"METHOD /path"`` -> what was loosened and
    why; the caller parses again when it is not empty.
    """
    loosened: dict[str, list[str]] = {}
    paths = _dict(document.get("paths"))
    for collection in openapi.endpoint_collections_by_tag.values():
        for error in collection.parse_errors:
            match = _LEFT_OUT.match(error.header or "")
            if match is None:
                continue
            method, path = match.group(1), match.group(2)
            operation = _dict(_dict(paths.get(path)).get(method.lower()))
            key = f"{method} {path}"
            if not operation or key in loosened:
                continue
            changed = _loosen_bodies(document, operation) or _loosen_parameters(document, operation)
            if changed:
                why = readable(error.detail or "") or "it cannot be parsed"
                loosened[key] = [f"{changed} typed Any: openapi-python-client left it out ({why})"]
    return loosened


def _loosen_bodies(document: dict[str, Any], operation: dict[str, Any]) -> str:
    body = resolve(document, operation.get("requestBody"), "requestBodies")
    content = {
        media_type: dict(_dict(media), schema={})
        for media_type, media in _dict(body.get("content")).items()
        if _body_kind(str(media_type)) in ("json", "data", "files")
    }
    if not content:
        return ""
    operation["requestBody"] = {**body, "content": {**_dict(body.get("content")), **content}}
    return "the " + ", ".join(str(media_type) for media_type in content) + " body"


def _loosen_parameters(document: dict[str, Any], operation: dict[str, Any]) -> str:
    parameters = operation.get("parameters")
    names: list[str] = []
    for index, entry in enumerate(parameters if isinstance(parameters, list) else []):
        parameter = resolve(document, entry, "parameters")
        schema = parameter.get("schema")
        if isinstance(schema, dict) and schema.get("type") not in _PRIMITIVES:
            parameters[index] = {**parameter, "schema": {"type": "string"}}  # type: ignore[index]
            names.append(repr(parameter.get("name")))
    return f"parameter {', '.join(names)}" if names else ""
