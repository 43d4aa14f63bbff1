"""Plain records, built from opc's parse and the raw document, that our templates consume.

Nothing here renders text: templates decide how things look, this module decides what there is.
"""

from __future__ import annotations

import builtins
import hashlib
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

import attrs

from .._upstream import (
    BooleanProperty,
    ClassName,
    Endpoint,
    GeneratorData,
    HTTPStatusPattern,
    ModelProperty,
    PythonCode,
    PythonIdentifier,
    UpstreamResponse,
    untrusted,
)
from ..errors import GenerationError, SpecError, json_pointer
from ..spec.normalize import RAW_MEDIA_TYPE_KEY
from .argument_records import BodyArguments, Choice
from .opnames import OperationName, method_words, name_operations, snake
from .pagination_records import PagedOperation
from .pairs import Mode, async_name
from .query_styles import FormField, QueryStyle, form_encoding, query_styles

__all__ = [
    "Operation",
    "SecurityScheme",
    "Tag",
    "build_tags",
    "file_name",
    "request_path",
    "security_schemes",
    "spec_path",
    "user_agent",
]

_BUILTINS = frozenset(dir(builtins))

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

#: Header parameters (lower case) that carry an idempotency key, filled by the runtime when the caller does not.
IDEMPOTENCY_HEADERS = frozenset({"idempotency-key", "x-idempotency-key"})

#: Characters a URL path may hold as they are (RFC 3986 ``pchar`` and ``/``); everything else is percent-encoded.
_PATH_SAFE = "/:@!$&'()*+,;=-._~"

#: Attribute names the runtime client already uses; a tag with one of these names gets a trailing underscore.
CLIENT_RESERVED = frozenset(
    {
        "close", "aclose", "base_url", "token", "auth", "timeout", "headers", "retry_policy", "http_client",
        "max_retries", "with_options",
    }
)  # fmt: skip


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
    stream_accept: str = ""  # the Accept header of stream()/to_file: the streamed media types (raw spec text)
    accept: str = ""  # the Accept header: the 2xx media types the client reads (raw spec text: templates escape it)
    stream_kind: str = ""  # "binary" (download), "ndjson" (typed lines) or "sse" (events) for a streamable 2xx
    stream_item: tuple[str, str] | None = None  # ndjson/sse: (model module, model class) of one item, when declared
    #: sse: the model is an event envelope (a ``data`` property, maybe ``event``/``id``/``retry``): events carry
    #: its ``data`` field, typed ``stream_data_type`` (with ``stream_imports``); else events carry the model itself
    sse_envelope: bool = False
    sse_cast: bool = False  # the envelope's ``data`` is optional: its attribute is typed ``... | Unset``
    stream_data_type: PythonCode = PythonCode("Any")
    stream_imports: tuple[str, ...] = ()
    #: sse: event name -> (model module, model class), from the media type's ``x-event-schemas`` (an overlay can add
    #: it to a spec you do not own): events of that name decode into that model, whatever the item schema says
    sse_events: tuple[tuple[str, str, str], ...] = ()
    #: sse: (body model class, Python name) of the JSON body's boolean ``stream`` field, which ``stream()`` sets to
    #: true, as hand-written LLM SDKs do; ``call()`` keeps the JSON answer
    stream_flag: tuple[str, str] | None = None
    #: request bodies of a sequential JSON media type (JSON Lines, NDJSON, JSON-seq), each with the Python type of
    #: one item (its ``itemSchema``/``x-item-schema`` model, else ``Any``): they take items to stream
    sequence_items: tuple[tuple[Any, PythonCode], ...] = ()
    success: list[UpstreamResponse] = field(default_factory=list)
    pagination: PagedOperation | None = None  # set by the project for paginated operations
    #: set by the project (plan/arguments.py): the body's fields taken as keyword arguments (None: body= only)
    body_arguments: BodyArguments | None = None
    #: set by the project (plan/arguments.py): parameter Python name -> the plain values its enum also takes
    choices: dict[str, Choice] = field(default_factory=dict)
    spec_path: str = ""  # the key in the spec's paths (opc's Endpoint.path has {petId} rewritten to {pet_id})
    #: query parameters the spec serialises in another style than opc's (``explode: false``, ``deepObject``...)
    query_styles: tuple[QueryStyle, ...] = ()
    #: the form body's fields by their declared ``encoding`` (None: no form body; () : every field the default)
    form_encoding: tuple[FormField, ...] | None = None

    def sequence_item(self, body: Any) -> PythonCode | None:
        """The type of one item of ``body`` (one of ``endpoint.bodies``, or its ``prop``) when it is a sequential
        JSON body."""
        return next((item for known, item in self.sequence_items if body is known or body is known.prop), None)

    @property
    def method(self) -> str:
        """The HTTP method, upper case."""
        return self.endpoint.method.upper()

    @property
    def path(self) -> str:
        """The path template with opc's Python names for its parameters, as ``build_request`` formats it."""
        return untrusted(self.endpoint.path)

    @property
    def short_summary(self) -> str:
        """The summary on one line, cut like jinja's ``truncate(80)`` (raw text: templates escape it).

        Cut BEFORE escaping: truncating escaped text can split ``\\\\`` and leave an invalid ``\\.`` escape.
        """
        text = " ".join(untrusted(self.endpoint.summary).split())
        return text if len(text) <= 85 else text[:77].rsplit(" ", 1)[0] + "..."

    @property
    def url_template(self) -> str:
        """The path as a ``str.format`` template: ``{python_name}`` per path parameter, the rest percent-encoded.

        Literal text of a path (anything that is not a declared parameter) can hold spaces, quotes, non-ASCII or
        braces; sent as is, that is an invalid URL or a ``str.format`` error at call time. Encoded here, the URL is
        what the spec means and the template holds only ASCII, ``%XX`` escapes and the parameters' placeholders.
        """
        names = {str(parameter.python_name) for parameter in self.endpoint.path_parameters}
        parts = re.split(r"(\{[^{}]*\})", request_path(self.path))
        return "".join(
            part if part[1:-1] in names and part.startswith("{") else _encode_path_literal(part) for part in parts
        )

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
    def model_body(self) -> str:
        """The class of the one JSON object-model body, which also takes a ``dict`` (``""`` when there is none)."""
        bodies = self.endpoint.bodies
        if len(bodies) == 1 and str(bodies[0].body_type) == "json" and isinstance(bodies[0].prop, ModelProperty):
            return str(bodies[0].prop.class_info.name)
        return ""

    @property
    def imports(self) -> list[str]:
        """The import lines of the operation's types: parameters, bodies, body field arguments, paginator items."""
        lines = set(self.endpoint.relative_imports)
        if self.pagination is not None:
            lines.update(self.pagination.imports)
        model = self.endpoint.bodies[0].prop if self.body_arguments is not None else None
        if isinstance(model, ModelProperty):
            for prop in [*(model.required_properties or []), *(model.optional_properties or [])]:
                lines.update(prop.get_imports(prefix="..."))
                lines.update(prop.get_lazy_imports(prefix="..."))
        return sorted(lines)

    def body_type_text(self, body: Any, mode: Mode) -> str:
        """The type of one of ``endpoint.bodies`` in ``mode``'s twin, as the body_type macro of
        operation_macros.py.jinja writes it, without ``Unset`` (raw text, for documentation)."""
        item = self.sequence_item(body)
        if item is None:
            return str(body.prop.get_type_string(no_optional=True).as_unembedded_code())
        return f"{mode.name('ItemStream')}[{item.as_unembedded_code()}]"

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


def request_path(path: str) -> str:
    """The part of a spec path that is sent: ``/files/{id}#get_shared_link`` -> ``/files/{id}``.

    Some specs tell two operations on one path apart with a URL fragment. A fragment is never part of an HTTP
    request (RFC 9110 4.2.4); percent-encoded into the path it would name another resource. It still names the
    operation where the spec's path is shown (docstrings, ``OPERATION.path``, reports).
    """
    return path.split("#", 1)[0]


def _encode_path_literal(text: str) -> str:
    """Percent-encode literal path text, keeping the ``%XX`` escapes that are already there."""
    return re.sub(r"%(?![0-9A-Fa-f]{2})", "%25", quote(text, safe=_PATH_SAFE + "%"))


@dataclass
class Tag:
    """The operations under one tag: a resource class and an endpoint sub-package per twin."""

    name: str  # python identifier: the sub-package and the client attribute
    class_name: str  # the sync resource class, e.g. DatasetsResource
    operations: list[Operation]

    @property
    def methods(self) -> list[Operation]:
        """The operations in the resource class's order: those whose method is named like a builtin last.

        In a class body, ``def list(...)`` shadows the builtin for the annotations of every method after it:
        ``labels: list[str]`` below it is a type error (mypy: "Function ... is not valid as a type").
        """
        return sorted(self.operations, key=lambda op: op.module in _BUILTINS)


def user_agent(package: str, version: str) -> str:
    """``<package>/<version>`` as a valid User-Agent (RFC 9110 token characters): a spec's version is free text."""
    token = re.sub(r"[^A-Za-z0-9!#$%&'*+.^_`|~-]+", "-", version).strip("-")
    return f"{package}/{token or '0'}"


#: The longest name, in UTF-8 bytes, used as a file or folder name. File systems allow 255 bytes per name, but
#: Windows (without long paths enabled) allows 260 characters for the whole path, site-packages and the package's
#: folders included; 100 keeps real specs' long names (Twilio's go to 125) readable in most places.
MAX_NAME = 100
#: The longest class name made from spec text: Python has no limit, this one only stops pathological names.
MAX_CLASS_NAME = 200


def file_name(identifier: str) -> str:
    """An identifier as Python will look it up, short enough to be a file name.

    ``PythonIdentifier`` keeps non-ASCII letters as they are, but Python NFKC-normalises identifiers (PEP 3131):
    a module file named ``𝔘𝔫.py`` is imported as ``Un`` and not found, and a class ``𝔘𝔫`` is defined as ``Un``. A
    spec name can also be thousands of characters long. Module, package and class names made from spec text go
    through this: NFKC, and past ``MAX_NAME`` bytes a prefix plus a hash of the whole name.
    """
    return _shortened(_nfkc(identifier), MAX_NAME)


def class_identifier(identifier: str) -> str:
    """A class name as Python will define it (NFKC), past ``MAX_CLASS_NAME`` bytes a prefix plus a hash."""
    return _shortened(_nfkc(identifier), MAX_CLASS_NAME)


def _nfkc(identifier: str) -> str:
    normal = unicodedata.normalize("NFKC", identifier)
    return normal if normal.isidentifier() else identifier


def _shortened(name: str, limit: int) -> str:
    if len(name.encode()) <= limit:
        return name
    digest = hashlib.sha256(name.encode()).hexdigest()[:8]
    prefix = name[: limit - 9]
    while len(prefix.encode()) > limit - 9:  # non-ASCII letters take up to 4 bytes each
        prefix = prefix[:-1]
    return f"{prefix}_{digest}"


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


def _raw_path(data: dict[str, Any], path: str, method: str) -> str:
    """The key in ``paths`` of an opc endpoint. opc rewrites ``{petId}`` to ``{pet_id}`` in ``Endpoint.path``, so
    the key is found by the path with its placeholders blanked (OpenAPI forbids two such paths)."""
    paths = data.get("paths") or {}
    if isinstance(paths.get(path), dict) and method in paths[path]:
        return path
    blank = re.sub(r"\{[^{}]*\}", "{}", path)
    for key, item in paths.items():
        if (
            isinstance(key, str)
            and isinstance(item, dict)
            and method in item
            and re.sub(r"\{[^{}]*\}", "{}", key) == blank
        ):
            return key
    return path


def _raw_operation(data: dict[str, Any], path: str, method: str) -> dict[str, Any]:
    operation = ((data.get("paths") or {}).get(_raw_path(data, path, method)) or {}).get(method)
    return operation if isinstance(operation, dict) else {}


def _retry_statuses(data: dict[str, Any], path: str, method: str) -> tuple[int, ...]:
    raw = _raw_operation(data, path, method).get("x-retry-statuses")
    if not isinstance(raw, list):
        return ()
    return tuple(sorted({int(code) for code in raw if isinstance(code, int) and 100 <= code <= 599}))


#: Server-Sent Events.
SSE_TYPES = frozenset({"text/event-stream"})
#: The fields an SSE event has: a schema whose properties are ``data`` and a subset of these describes one event.
SSE_FIELDS = frozenset({"data", "event", "id", "retry"})

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
    if kind in NDJSON_TYPES or kind in SSE_TYPES or kind.startswith("text/") or kind == "*/*":
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


def _item_ref(media: Any, *keys: str) -> str | None:
    """The component schema name that the first of ``keys`` present in ``media`` refers to, if it is a ``$ref``."""
    if not isinstance(media, dict):
        return None
    schema = next((media[key] for key in keys if key in media), None)
    ref = schema.get("$ref") if isinstance(schema, dict) else None
    if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
        return ref.rsplit("/", 1)[-1].replace("~1", "/").replace("~0", "~")
    return None


def _event_schemas(media: Any, models: dict[str, tuple[str, str]]) -> tuple[tuple[str, str, str], ...]:
    """``x-event-schemas: {event name: {$ref: ...}}`` of an SSE media type, as (name, module, class)."""
    mapping = media.get("x-event-schemas") if isinstance(media, dict) else None
    if not isinstance(mapping, dict):
        return ()
    found = []
    for event, schema in mapping.items():
        name = _item_ref({"schema": schema}, "schema")
        if isinstance(event, str) and name in models:
            found.append((event, *models[name]))
    return tuple(found)


def _stream_facts(
    data: dict[str, Any], path: str, method: str, models: dict[str, tuple[str, str]]
) -> tuple[str, tuple[str, str] | None, bool, tuple[tuple[str, str, str], ...]]:
    """What a 2xx body of this operation can be streamed as: ("binary"|"ndjson"|"sse"|"", the item model, whether
    the SSE model is an event envelope). Events and lines beat a binary download; SSE beats NDJSON."""
    responses = _raw_operation(data, path, method).get("responses")
    if not isinstance(responses, dict):
        return "", None, False, ()
    kind, item, envelope = "", None, False
    events: tuple[tuple[str, str, str], ...] = ()
    for code, response in responses.items():
        if not str(code).startswith("2"):
            continue
        content = (_resolve(data, response) or {}).get("content")
        if not isinstance(content, dict):
            continue
        for content_type, media in content.items():
            base = str(content_type).split(";")[0].strip().lower()
            if base in SSE_TYPES:
                # OpenAPI 3.2's itemSchema is one event's data; a 3.0/3.1 schema describes one event, either as
                # an envelope ({data, event?, id?, retry?}) or as the data itself.
                name = _item_ref(media, "itemSchema", "x-item-schema")
                envelope = False
                if name is None:
                    name = _item_ref(media, "schema")
                    schema = _resolve(data, media.get("schema")) if isinstance(media, dict) else None
                    fields = schema.get("properties") if isinstance(schema, dict) else None
                    envelope = isinstance(fields, dict) and "data" in fields and set(fields) <= SSE_FIELDS
                kind, item = "sse", models.get(name) if name else None
                envelope = envelope and item is not None
                events = _event_schemas(media, models)
            elif base in NDJSON_TYPES and kind != "sse":
                kind = "ndjson"
                name = _item_ref(media, "itemSchema", "x-item-schema")
                item = models.get(name) if name else None
            elif _is_binary(base) and not kind:
                kind = "binary"
    return kind, item, envelope, events


def _sse_data(openapi: GeneratorData, item: tuple[str, str] | None, envelope: bool) -> dict[str, Any]:
    """The type of an event's ``data`` and the imports it needs, for an SSE item model (``{}`` when not SSE)."""
    if item is None:
        return {"stream_data_type": PythonCode("Any")}
    if not envelope:
        return {"stream_data_type": PythonCode(item[1])}
    model = next((m for m in openapi.models if str(m.class_info.name) == item[1]), None)
    props = [*(model.required_properties or []), *(model.optional_properties or [])] if model else []
    prop = next((p for p in props if untrusted(p.name) == "data"), None)
    if prop is None:
        return {"stream_data_type": PythonCode(item[1]), "sse_envelope": False}
    return {
        "stream_data_type": prop.get_type_string(no_optional=True),
        "stream_imports": tuple(sorted(prop.get_imports(prefix="...") | prop.get_lazy_imports(prefix="..."))),
        "sse_envelope": True,
        "sse_cast": not prop.required,
    }


def _stream_flag(endpoint: Endpoint) -> tuple[str, str] | None:
    """(class, Python name) of a JSON body model's boolean ``stream`` field, or ``None``."""
    for body in endpoint.bodies:
        model = body.prop
        if str(body.body_type) != "json" or not isinstance(model, ModelProperty):
            continue
        for prop in [*(model.required_properties or []), *(model.optional_properties or [])]:
            if untrusted(prop.name) == "stream" and isinstance(prop, BooleanProperty):
                return str(model.class_info.name), str(prop.python_name)
    return None


#: A media type as an Accept header may list it (no parameters, no wildcards): others are left out of the header.
_MEDIA_TYPE = re.compile(r"[A-Za-z0-9][\w.+-]*/[A-Za-z0-9][\w.+-]*")


def _accept(data: dict[str, Any], path: str, method: str) -> str:
    """The Accept header for an operation: its 2xx media types the client can read, JSON ones when there are any.

    Without it httpx sends ``*/*`` and a server (or Prism) offering ``application/cbor`` or XML first answers with
    that, which the client cannot decode. ``""`` (no header) when a 2xx declares ``*/*`` or nothing. Without a
    2xx, ``default``'s media types.
    """
    responses = _raw_operation(data, path, method).get("responses")
    responses = responses if isinstance(responses, dict) else {}
    # no 2xx declared: ``default`` is what a 2xx is read with (see _success_responses)
    success = {"2"} if any(str(code).startswith("2") for code in responses) else {"d"}
    types: list[str] = []
    for code, response in responses.items():
        if str(code)[:1] not in success:
            continue
        content = (_resolve(data, response) or {}).get("content")
        for media in content if isinstance(content, dict) else ():
            base = str(media).split(";")[0].strip().lower()
            if base in ("*/*", "") or "*" in base:
                return ""
            if _MEDIA_TYPE.fullmatch(base) and base not in types:
                types.append(base)
    json_types = [kind for kind in types if kind.endswith("json") and kind not in NDJSON_TYPES]
    return ", ".join(json_types or types)


def _stream_accept(data: dict[str, Any], path: str, method: str, kind: str) -> str:
    """The Accept header of ``stream()``/``to_file``: the 2xx media types of the streamed kind."""
    if not kind:
        return ""
    responses = _raw_operation(data, path, method).get("responses")
    types: list[str] = []
    for code, response in (responses or {}).items() if isinstance(responses, dict) else ():
        content = (_resolve(data, response) or {}).get("content") if str(code).startswith("2") else None
        for media in content if isinstance(content, dict) else ():
            base = str(media).split(";")[0].strip().lower()
            streamed = (
                base in SSE_TYPES if kind == "sse" else base in NDJSON_TYPES if kind == "ndjson" else (_is_binary(base))
            )
            if streamed and _MEDIA_TYPE.fullmatch(base) and base not in types:
                types.append(base)
    return ", ".join(types)


def _operation_security(
    data: dict[str, Any], path: str, method: str, known: dict[str, SecurityScheme], fallback: tuple[str, ...] = ()
) -> tuple[str, ...]:
    operation = _raw_operation(data, path, method)
    if fallback:  # the spec declares no scheme (credentials.py): every operation, unless its own security is []
        return () if operation.get("security") == [] else fallback
    requirements = operation.get("security", data.get("security"))
    if not isinstance(requirements, list) or not requirements:
        return ()
    # The first alternative the runtime can satisfy; ``{}`` in the list means "anonymous is fine".
    for requirement in requirements:
        if isinstance(requirement, dict) and requirement and all(name in known for name in requirement):
            return tuple(requirement)
    return ()


def _stream_fields(
    openapi: GeneratorData, data: dict[str, Any], endpoint: Endpoint, models: dict[str, tuple[str, str]]
) -> dict[str, Any]:
    kind, item, envelope, events = _stream_facts(data, spec_path(endpoint), endpoint.method, models)
    fields: dict[str, Any] = {
        "stream_kind": kind,
        "stream_item": item,
        "stream_accept": _stream_accept(data, spec_path(endpoint), endpoint.method, kind),
    }
    if kind == "sse":
        fields.update(_sse_data(openapi, item, envelope), stream_flag=_stream_flag(endpoint))
        if events:
            default = fields["stream_data_type"].as_unembedded_code()
            classes = list(dict.fromkeys(cls for _, _, cls in events))
            union = default if default == "Any" else " | ".join(dict.fromkeys([*classes, *default.split(" | ")]))
            fields.update(sse_events=events, stream_data_type=PythonCode(union))
    return fields


def _sequence_items(
    data: dict[str, Any], endpoint: Endpoint, models: dict[str, tuple[str, str]]
) -> tuple[tuple[Any, PythonCode], ...]:
    """The sequential JSON request bodies of ``endpoint`` with the type of one item, from the media type's
    ``itemSchema`` (OpenAPI 3.2) or ``x-item-schema``; the imports their types need join the endpoint's."""
    request_body = _resolve(data, _raw_operation(data, spec_path(endpoint), endpoint.method).get("requestBody"))
    content = request_body.get("content") if isinstance(request_body, dict) else None
    media_types = list(content.values()) if isinstance(content, dict) else []
    found: list[tuple[Any, PythonCode]] = []
    for body in endpoint.bodies:
        declared = untrusted(body.content_type)
        if declared.split(";")[0].strip().lower() not in NDJSON_TYPES:
            continue
        media = next((m for m in media_types if isinstance(m, dict) and m.get(RAW_MEDIA_TYPE_KEY) == declared), None)
        name = _item_ref(media, "itemSchema", "x-item-schema")
        item = models.get(name) if name else None
        if item is not None:
            endpoint.relative_imports.add(f"from ...models.{item[0]} import {item[1]}")
        found.append((body, PythonCode(item[1] if item else "Any")))
    if found:  # ruff drops the names a module does not use
        endpoint.relative_imports.add(
            "from ..._runtime.sequences import AsyncItemStream, ItemStream, encode_sequence, is_item_stream"
        )
    return tuple(found)


def spec_path(endpoint: Endpoint) -> str:
    """The path of ``endpoint`` as the spec writes it: opc rewrites parameter names in it to Python names."""
    path = untrusted(endpoint.path)
    for prop in endpoint.path_parameters:
        path = path.replace("{" + str(prop.python_name) + "}", "{" + untrusted(prop.name) + "}")
    return path


def build_tags(
    openapi: GeneratorData,
    data: dict[str, Any],
    field_prefix: str,
    names: Mapping[str, Any] | None = None,
    reports: list[str] | None = None,
    schemes: dict[str, SecurityScheme] | None = None,
    fallback: tuple[str, ...] = (),
) -> list[Tag]:
    """Group opc's endpoints into our tags and operations, in the spec's order.

    Method names follow ``opnames`` (operationId separators, acronyms, a leading tag stripped); ``names`` is the
    config's ``operations`` section (renames and moves); clashes resolved by number are appended to ``reports``.
    ``schemes`` and ``fallback`` are ``credentials.Credentials``'s (default: the spec's schemes, no fallback).
    """
    known = security_schemes(data) if schemes is None else schemes
    # opc names a component model by its reference path ("/components/schemas/Event").
    models = {
        untrusted(model.name).rsplit("/", 1)[-1]: (str(model.class_info.module_name), str(model.class_info.name))
        for model in openapi.models
    }
    model_classes = {str(prop.class_info.name) for prop in [*openapi.models, *openapi.enums]}
    attributes: dict[str, str] = {}  # python name -> the tag as opc wrote it (its class name is made from it)
    spec_tags: dict[str, str] = {}  # python name -> the tag as the spec writes it (its words name things)
    operations: list[Operation] = []
    records: list[OperationName] = []
    for tag_name, collection in openapi.endpoint_collections_by_tag.items():
        # The tag is a sub-package in three places and an attribute of the client: one sanitised name for all,
        # made from the tag as written with the operation names' word rules (``Floating IPs`` -> ``floating_ips``,
        # ``Reserved IPv6`` -> ``reserved_ipv6``; opc's own snake case splits acronyms: ``floating_i_ps``). When two
        # tags come out alike that way, opc's name (which told them apart) is kept.
        written = untrusted(collection.endpoints[0].tags[0]) if collection.endpoints else str(tag_name)
        as_written = _spec_tag(data, collection.endpoints, written)
        attribute = _resource_name(as_written, str(tag_name), attributes)
        if attribute in attributes:
            raise GenerationError(
                f"tags {written!r} and another tag both become the Python name {attribute!r}; rename one of them"
            )
        attributes[attribute] = written
        spec_tags[attribute] = as_written
        for endpoint in collection.endpoints:
            raw_path = _raw_path(data, untrusted(endpoint.path), endpoint.method)
            raw_id = _raw_operation(data, untrusted(endpoint.path), endpoint.method).get("operationId")
            default = file_name(PythonIdentifier(endpoint.name, field_prefix))
            records.append(
                OperationName(
                    key=f"{endpoint.method.upper()} {raw_path}",
                    operation_id=raw_id if isinstance(raw_id, str) and raw_id else None,
                    resource=attribute,
                    method=default,
                    default=default,
                )
            )
            operations.append(
                Operation(
                    endpoint=endpoint,
                    tag=attribute,
                    module=default,
                    operation_id=untrusted(endpoint.name),
                    security=_operation_security(data, spec_path(endpoint), endpoint.method, known, fallback),
                    idempotency_header=next(
                        (
                            untrusted(p.name)
                            for p in endpoint.header_parameters
                            if untrusted(p.name).lower() in IDEMPOTENCY_HEADERS
                        ),
                        "",
                    ),
                    retry_statuses=_retry_statuses(data, spec_path(endpoint), endpoint.method),
                    accept=_accept(data, spec_path(endpoint), endpoint.method),
                    spec_path=raw_path,
                    query_styles=query_styles(data, raw_path, endpoint),
                    form_encoding=form_encoding(data, raw_path, endpoint.method),
                    **_stream_fields(openapi, data, endpoint, models),
                    sequence_items=_sequence_items(data, endpoint, models),
                    success=_success_responses(endpoint),
                )
            )
    tag_words = {attribute: method_words(written) for attribute, written in spec_tags.items()}
    clashes = name_operations(records, tag_words, names)
    if reports is not None:
        reports.extend(clashes)
    grouped: dict[str, list[Operation]] = {}
    for op, record in zip(operations, records, strict=True):
        resource = record.resource
        if resource not in attributes and resource in CLIENT_RESERVED:  # a configured new resource
            resource += "_"
        op.tag = resource
        op.module = file_name(record.method)
        grouped.setdefault(op.tag, []).append(op)
    tags: list[Tag] = []
    for attribute, ops in grouped.items():
        _refuse_duplicate_modules(data, ops)
        written = attributes.get(attribute, attribute)
        class_name = f"{file_name(ClassName(written, 'Tag'))}Resource"  # pairs.async_name needs the suffix
        if {class_name, async_name(class_name)} & model_classes:
            # the resource module imports the models its operations use: a model of that name would be shadowed
            class_name = f"{file_name(ClassName(written, 'Tag'))}ApiResource"
        while any(tag.class_name == class_name for tag in tags):  # "a-b" and "AB" are different tags, same class
            class_name = f"{class_name.removesuffix('Resource')}_Resource"
        tags.append(Tag(name=attribute, class_name=class_name, operations=ops))
    return tags


def _spec_tag(data: dict[str, Any], endpoints: list[Endpoint], fallback: str) -> str:
    """The tag as the spec writes it (opc's ``Endpoint.tags`` are already snake case), of the first endpoint."""
    for endpoint in endpoints[:1]:
        tags = _raw_operation(data, untrusted(endpoint.path), endpoint.method).get("tags")
        if isinstance(tags, list) and tags and isinstance(tags[0], str) and tags[0].strip():
            return tags[0]
    return fallback


def _success_responses(endpoint: Endpoint) -> list[UpstreamResponse]:
    """The responses a 2xx answer is parsed with: the 2xx ones; when there is none, ``default``, which then
    covers every status (OpenAPI: "all HTTP codes not covered individually"), read for any 2xx. Without it an
    operation that declares only ``default`` raised ``UnexpectedStatusError`` on its own 200."""
    patterns = endpoint.responses.patterns
    success = [r for r in patterns if r.status_code.range is not None and 200 <= r.status_code.range[0] <= 299]
    if success:
        return success
    default = endpoint.responses.default
    if default is None:
        return []
    return [attrs.evolve(default, status_code=HTTPStatusPattern(pattern="2XX", code_range=(200, 299)))]


def _resource_name(written: str, upstream: str, taken: Mapping[str, str]) -> str:
    """The client attribute (and sub-package) of a tag: its words in snake case, else opc's name on a clash."""
    candidates = [file_name(snake(method_words(written), upstream, digit_prefix="tag_")), file_name(upstream)]
    for candidate in candidates:
        name = candidate + "_" if candidate in CLIENT_RESERVED else candidate
        if name not in taken and name.isidentifier():
            return name
    name = candidates[-1]
    return name + "_" if name in CLIENT_RESERVED else name


def _refuse_duplicate_modules(data: dict[str, Any], operations: list[Operation]) -> None:
    """Two operations of one tag whose names sanitise alike would overwrite each other's module and method; an
    operation named like another's batch helper (``<operation>_many``) would replace that resource method."""
    seen: dict[str, str] = {}
    for op in operations:
        if op.many_parameter is not None:
            seen.setdefault(f"{op.module}_many", f"the batch helper of {op.operation_id!r}")
    for op in operations:
        raw = _raw_operation(data, op.path, op.endpoint.method)
        name = str(raw.get("operationId", f"{op.method} {op.path}"))
        if op.module in seen and not seen[op.module].startswith("the batch helper"):
            clash = f"operations {seen[op.module]!r} and {name!r} both become"
        elif op.module in seen:
            clash = f"operation {name!r} and {seen[op.module]} both become"
        else:
            seen[op.module] = name
            continue
        path = _raw_path(data, op.path, op.endpoint.method)
        parts: tuple[object, ...] = ("paths", path, op.endpoint.method)
        raise SpecError(
            json_pointer((*parts, "operationId") if "operationId" in raw else parts),
            f"{clash} the Python name {op.module!r} in tag {op.tag!r}; give them distinct operationIds",
        )
