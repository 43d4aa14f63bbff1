"""Plain records, built from opc's parse and the raw document, that our templates consume.

Nothing here renders text: templates decide how things look, this module decides what there is.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ._upstream import (
    ClassName,
    Endpoint,
    GeneratorData,
    PythonCode,
    PythonIdentifier,
    UpstreamResponse,
    untrusted,
)
from .pairs import async_name

if TYPE_CHECKING:
    from .pagination import PagedOperation

__all__ = ["Operation", "SecurityScheme", "Tag", "build_tags", "security_schemes", "spec_path"]

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

#: Header parameters (lower case) that carry an idempotency key, filled by the runtime when the caller does not.
IDEMPOTENCY_HEADERS = frozenset({"idempotency-key", "x-idempotency-key"})

#: Attribute names the runtime client already uses; a tag with one of these names gets a trailing underscore.
CLIENT_RESERVED = frozenset(
    {"close", "aclose", "base_url", "token", "timeout", "headers", "http_client", "max_retries", "with_options"}
)


@dataclass(frozen=True)
class SecurityScheme:
    """A security scheme from ``components/securitySchemes`` that the runtime knows how to apply."""

    key: str  # the scheme's name in the spec (untrusted: templates escape it)
    kind: str  # "bearer" | "basic" | "api_key"
    location: str = ""  # api_key: "header" | "query" | "cookie"
    parameter: str = ""  # api_key: the header/query/cookie name (untrusted)


@dataclass
class Operation:
    """One operation of the spec, as the shared module and both twins render it."""

    endpoint: Endpoint
    tag: str
    module: str  # python identifier of the module (= the operation's function-ish name)
    operation_id: str  # raw operationId or opc's derived name, for messages
    security: tuple[str, ...]  # scheme keys of the first security requirement; () = send no credentials
    idempotency_header: str = ""  # the declared idempotency-key header parameter, if any (untrusted)
    retry_statuses: tuple[int, ...] = ()  # x-retry-statuses: extra statuses safe to retry
    stream_kind: str = ""  # "binary" (download) or "ndjson" (typed lines) when a 2xx body can be streamed
    stream_item: tuple[str, str] | None = None  # ndjson: (model module, model class) of one line, when declared
    success: list[UpstreamResponse] = field(default_factory=list)
    pagination: PagedOperation | None = None  # set by the project for paginated operations

    @property
    def method(self) -> str:
        """The HTTP method, upper case."""
        return self.endpoint.method.upper()

    @property
    def path(self) -> str:
        """The path template with opc's Python names for its parameters, as ``build_request`` formats it."""
        return untrusted(self.endpoint.path)

    @property
    def spec_path(self) -> str:
        """The path as the spec writes it (the key under ``paths``): ``{AccountSid}``, not ``{account_sid}``."""
        return spec_path(self.endpoint)

    @property
    def return_type(self) -> PythonCode:
        """The Python type of a successful call's parsed value: the union of every 2xx response's type."""
        types: list[str] = []
        for response in self.success:
            rendered = response.prop.get_type_string(no_optional=False).as_unembedded_code()
            if response.source["return_type"] == "None":
                rendered = "None"
            if rendered not in types:
                types.append(rendered)
        if not types:
            return PythonCode("None")
        if "None" in types:  # put None last, as people write it
            types.remove("None")
            types.append("None")
        return PythonCode(" | ".join(types))

    @property
    def signature_lines(self) -> list[str]:
        """The keyword parameters of ``call`` as source lines (for docs; templates render code from macros)."""
        lines = [str(parameter.to_string().as_unembedded_code()) for parameter in self.endpoint.path_parameters]
        bodies = self.endpoint.bodies
        if bodies:
            types = " | ".join(body.prop.get_type_string(no_optional=True).as_unembedded_code() for body in bodies)
            required = all(body.prop.required for body in bodies)
            lines.append(
                f"body: {types}" + ("" if required else (" | Unset = UNSET" if len(bodies) > 1 else " = UNSET"))
            )
        for parameter in [*self.endpoint.query_parameters, *self.endpoint.header_parameters]:
            lines.append(str(parameter.to_string().as_unembedded_code()))
        lines.extend(str(p.to_string().as_unembedded_code()) for p in self.endpoint.cookie_parameters)
        lines.append("request_options: RequestOptions | None = None")
        return lines

    @property
    def many_parameter(self) -> Any | None:
        """The one required parameter a ``<operation>_many`` convenience varies, when there is exactly one."""
        required = [parameter for parameter in self.parameters if parameter.required]
        body_required = any(body.prop.required for body in self.endpoint.bodies)
        return required[0] if len(required) == 1 and not body_required else None

    @property
    def parameters(self) -> list[Any]:
        """Every parameter property (path, query, header, cookie), in signature order."""
        endpoint = self.endpoint
        return [
            *endpoint.path_parameters,
            *endpoint.query_parameters,
            *endpoint.header_parameters,
            *endpoint.cookie_parameters,
        ]


@dataclass
class Tag:
    """The operations under one tag: a resource class and an endpoint sub-package per twin."""

    name: str  # python identifier: the sub-package and the client attribute
    class_name: str  # the sync resource class, e.g. DatasetsResource
    operations: list[Operation]


def security_schemes(data: dict[str, Any]) -> dict[str, SecurityScheme]:
    """The security schemes the runtime can apply, keyed by their name in the spec."""
    raw = (data.get("components") or {}).get("securitySchemes") or {}
    schemes: dict[str, SecurityScheme] = {}
    if not isinstance(raw, dict):
        return schemes
    for key, scheme in raw.items():
        if not isinstance(scheme, dict):
            continue
        kind = scheme.get("type")
        if kind == "http" and str(scheme.get("scheme", "")).lower() == "bearer":
            schemes[key] = SecurityScheme(key=key, kind="bearer")
        elif kind == "http" and str(scheme.get("scheme", "")).lower() == "basic":
            schemes[key] = SecurityScheme(key=key, kind="basic")
        elif kind == "apiKey" and scheme.get("in") in ("header", "query", "cookie") and scheme.get("name"):
            schemes[key] = SecurityScheme(
                key=key, kind="api_key", location=str(scheme["in"]), parameter=str(scheme["name"])
            )
        elif kind in ("oauth2", "openIdConnect"):
            # A bearer token obtained elsewhere; the auth issue adds flows on top of this.
            schemes[key] = SecurityScheme(key=key, kind="bearer")
    return schemes


def _raw_operation(data: dict[str, Any], path: str, method: str) -> dict[str, Any]:
    operation = ((data.get("paths") or {}).get(path) or {}).get(method)
    return operation if isinstance(operation, dict) else {}


def _retry_statuses(data: dict[str, Any], path: str, method: str) -> tuple[int, ...]:
    raw = _raw_operation(data, path, method).get("x-retry-statuses")
    if not isinstance(raw, list):
        return ()
    return tuple(sorted({int(code) for code in raw if isinstance(code, int) and 100 <= code <= 599}))


#: Sequential JSON media types: one JSON value per line.
NDJSON_TYPES = frozenset(
    {
        "application/x-ndjson",
        "application/ndjson",
        "application/jsonl",
        "application/x-jsonlines",
        "application/json-seq",
    }
)


def _is_binary(content_type: str) -> bool:
    kind = content_type.split(";")[0].strip().lower()
    if kind in NDJSON_TYPES or kind.startswith("text/") or kind == "*/*":
        return False
    return not (kind.endswith("json") or kind.endswith("+json") or kind.endswith("xml") or "form" in kind)


def _resolve(data: dict[str, Any], node: Any) -> Any:
    seen = 0
    while isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"].startswith("#/") and seen < 32:
        target: Any = data
        for part in node["$ref"][2:].split("/"):
            target = target.get(part.replace("~1", "/").replace("~0", "~")) if isinstance(target, dict) else None
        node, seen = target, seen + 1
    return node


def _stream_facts(
    data: dict[str, Any], path: str, method: str, models: dict[str, tuple[str, str]]
) -> tuple[str, tuple[str, str] | None]:
    """What a 2xx body of this operation can be streamed as: ("binary"|"ndjson"|"", the NDJSON item model)."""
    responses = _raw_operation(data, path, method).get("responses")
    if not isinstance(responses, dict):
        return "", None
    kind, item = "", None
    for code, response in responses.items():
        if not str(code).startswith("2"):
            continue
        content = (_resolve(data, response) or {}).get("content")
        if not isinstance(content, dict):
            continue
        for content_type, media in content.items():
            base = str(content_type).split(";")[0].strip().lower()
            if base in NDJSON_TYPES:
                kind = "ndjson"
                schema = media.get("itemSchema") or media.get("x-item-schema") if isinstance(media, dict) else None
                ref = schema.get("$ref") if isinstance(schema, dict) else None
                if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
                    item = models.get(ref.rsplit("/", 1)[-1])
            elif _is_binary(base) and not kind:
                kind = "binary"
    return kind, item


def _operation_security(
    data: dict[str, Any], path: str, method: str, known: dict[str, SecurityScheme]
) -> tuple[str, ...]:
    operation = ((data.get("paths") or {}).get(path) or {}).get(method) or {}
    requirements = operation.get("security", data.get("security")) if isinstance(operation, dict) else None
    if not isinstance(requirements, list) or not requirements:
        return ()
    # The first alternative the runtime can satisfy; ``{}`` in the list means "anonymous is fine".
    for requirement in requirements:
        if isinstance(requirement, dict) and requirement and all(name in known for name in requirement):
            return tuple(requirement)
    return ()


def _stream_fields(data: dict[str, Any], path: str, method: str, models: dict[str, tuple[str, str]]) -> dict[str, Any]:
    kind, item = _stream_facts(data, path, method, models)
    return {"stream_kind": kind, "stream_item": item}


def spec_path(endpoint: Endpoint) -> str:
    """The path of ``endpoint`` as the spec writes it: opc rewrites parameter names in it to Python names."""
    path = untrusted(endpoint.path)
    for prop in endpoint.path_parameters:
        path = path.replace("{" + str(prop.python_name) + "}", "{" + untrusted(prop.name) + "}")
    return path


def build_tags(openapi: GeneratorData, data: dict[str, Any], field_prefix: str) -> list[Tag]:
    """Group opc's endpoints into our tags and operations, in the spec's order."""
    known = security_schemes(data)
    # opc names a component model by its reference path ("/components/schemas/Event").
    models = {
        untrusted(model.name).rsplit("/", 1)[-1]: (str(model.class_info.module_name), str(model.class_info.name))
        for model in openapi.models
    }
    model_classes = {str(prop.class_info.name) for prop in [*openapi.models, *openapi.enums]}
    tags: list[Tag] = []
    for tag_name, collection in openapi.endpoint_collections_by_tag.items():
        # The tag is a sub-package in three places and an attribute of the client: one sanitised name for all.
        attribute = str(tag_name)
        if attribute in CLIENT_RESERVED:
            attribute += "_"
        operations = [
            Operation(
                endpoint=endpoint,
                tag=attribute,
                module=str(PythonIdentifier(endpoint.name, field_prefix)),
                operation_id=untrusted(endpoint.name),
                security=_operation_security(data, spec_path(endpoint), endpoint.method, known),
                idempotency_header=next(
                    (
                        untrusted(p.name)
                        for p in endpoint.header_parameters
                        if untrusted(p.name).lower() in IDEMPOTENCY_HEADERS
                    ),
                    "",
                ),
                retry_statuses=_retry_statuses(data, spec_path(endpoint), endpoint.method),
                **_stream_fields(data, spec_path(endpoint), endpoint.method, models),
                success=[
                    response
                    for response in endpoint.responses.patterns
                    if response.status_code.range is not None and 200 <= response.status_code.range[0] <= 299
                ],
            )
            for endpoint in collection.endpoints
        ]
        class_name = f"{ClassName(str(tag_name), 'Tag')}Resource"
        if {class_name, async_name(class_name)} & model_classes:
            # the resource module imports the models its operations use: a model of that name would be shadowed
            class_name = f"{ClassName(str(tag_name), 'Tag')}ApiResource"
        tags.append(Tag(name=attribute, class_name=class_name, operations=operations))
    return tags
