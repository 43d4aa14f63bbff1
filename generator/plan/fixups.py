"""Generator-side fixes after openapi-python-client has parsed the (normalised) document.

Some faults cannot be fixed in the spec: they are about the Python we generate. Each function here fixes one
on opc's parse result (``GeneratorData``), in place, and returns one line per change for the report:

- stand-ins the normaliser had to use are put back (a raw body's media type, a parameter's wire name);
- parameters whose Python name would shadow a name the generated function bodies use are renamed;
- (what opc could not type is degraded afterwards, in ``degrade.py``: nothing is left out.)
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .._upstream import Config, Endpoint, GeneratorData, Property, PythonIdentifier, UntrustedString, untrusted
from ..spec.normalize import Normalization
from .operations import NDJSON_TYPES, spec_path

__all__ = ["RESERVED_NAMES", "STREAM_NAMES", "Unsupported", "apply_fixups"]

#: Names the generated functions use besides the operation's parameters (templates/operation.py.jinja,
#: endpoint.py.jinja, resource.py.jinja and opc's endpoint macros they call): a parameter with one of these Python
#: names would shadow it, or be a duplicate argument. Keep this in step with the templates. ``quote`` is not here:
#: the templates import ``urllib.parse.quote`` as ``_quote`` for that reason. (``batch`` takes ``Args`` records,
#: not parameters, so its own arguments cannot clash.)
RESERVED_NAMES = frozenset(
    {
        # locals of build_request / parse_response
        "headers", "params", "cookies", "files", "_kwargs", "body", "response",
        # arguments and locals of call / call_detailed, and of the resource's <operation>_many
        "client", "request", "request_options", "self", "max_concurrency", "fail_fast", "on_progress", "value",
        # module-level names those bodies use
        "httpx", "cast", "os", "json", "_quote", "_operation", "datetime", "isoparse",
        # builtins those bodies call (opc already suffixes builtins; kept for clarity)
        "str", "int", "float", "bool", "list", "dict", "tuple", "bytes", "isinstance", "len",
    }
)  # fmt: skip

#: The arguments and locals of ``stream`` and ``to_file``, which only operations with a streamable (not JSON)
#: success response have: reserved there only, so a ``path`` parameter keeps its name everywhere else.
STREAM_NAMES = frozenset(
    {"path", "progress", "resume", "chunk_size", "chunk", "open_stream", "item"}
    # the functions their bodies call (found by the fuzzer: a parameter "download" made to_file call a string)
    | {"download", "adownload", "with_headers", "iter_ndjson", "aiter_ndjson"}
)

_SYMBOLS = {"<": "lt", ">": "gt", "=": "eq", "!": "not", "*": "star", "+": "plus", "~": "tilde", "@": "at"}


@dataclass
class Unsupported:
    """The operations left out, with why, and the changes the fixups made."""

    operations: dict[str, str] = field(default_factory=dict)  # "METHOD /path" -> reason
    changes: dict[str, list[str]] = field(default_factory=dict)  # fix label -> lines
    warnings: dict[str, list[str]] = field(default_factory=dict)  # "METHOD /path" -> what does not work


def _parameters(endpoint: Endpoint) -> list[tuple[str, Property]]:
    return [
        *(("path", prop) for prop in endpoint.path_parameters),
        *(("query", prop) for prop in endpoint.query_parameters),
        *(("header", prop) for prop in endpoint.header_parameters),
        *(("cookie", prop) for prop in endpoint.cookie_parameters),
    ]


def operation_key(endpoint: Endpoint) -> str:
    """``"METHOD /path"`` as written in the spec (opc rewrites path parameter names to Python names)."""
    return f"{endpoint.method.upper()} {spec_path(endpoint)}"


def restore_raw_media_types(openapi: GeneratorData, norm: Normalization) -> None:
    """Put back the media type of raw request bodies: it is the Content-Type header the client sends.

    The normaliser reported these bodies; putting their media type back is not a change of its own.
    """
    for endpoint in endpoints(openapi):
        for body in endpoint.bodies:
            original = norm.raw_media_types.get(untrusted(body.content_type))
            if original is not None:
                body.content_type = UntrustedString(original)


def restore_property_names(openapi: GeneratorData, norm: Normalization, config: Config) -> None:
    """Give model properties that carried a stand-in name (their Python names collided) their wire name back and
    the Python name the normaliser chose (``+1`` -> ``plus_1``). The normaliser reported them."""
    if not norm.property_names:
        return
    for model in openapi.models:
        for prop in [*(model.required_properties or []), *(model.optional_properties or [])]:
            names = norm.property_names.get(untrusted(prop.name))
            if names is not None:
                object.__setattr__(prop, "name", UntrustedString(names[0]))
                prop.set_python_name(UntrustedString(names[1]), config, skip_snake_case=True)


def _speakable(name: str) -> str:
    """``DateCreated<`` -> ``DateCreated_lt``: spell out the symbols that sanitising would drop."""
    return "".join(f"_{_SYMBOLS[char]}" if char in _SYMBOLS else char for char in name)


def name_parameters(openapi: GeneratorData, norm: Normalization, config: Config) -> list[str]:
    """Give parameters unique Python names that shadow nothing the generated function bodies use.

    Parameters the normaliser renamed (their names collided after sanitising, such as Twilio's ``DateCreated``,
    ``DateCreated<`` and ``DateCreated>``) get their wire name back and a Python name with the symbols spelled out
    (``date_created_lt``). A parameter named like a local of the generated code (``headers``, ``params``...)
    takes the suffix of its location, as opc does for ``client``: ``headers_query``.
    """
    changes: list[str] = []
    for endpoint in endpoints(openapi):
        parameters = _parameters(endpoint)
        used = {str(prop.python_name) for _, prop in parameters}
        reserved = RESERVED_NAMES | STREAM_NAMES if _may_stream(endpoint) else RESERVED_NAMES
        for location, prop in parameters:
            old = str(prop.python_name)
            wire = norm.parameter_names.get(untrusted(prop.name))
            if wire is not None:
                object.__setattr__(prop, "name", UntrustedString(wire))
                wanted = str(PythonIdentifier(_speakable(wire), config.field_prefix))
            elif old in reserved:
                wanted = f"{old}_{location}"
            else:
                continue
            used.discard(old)
            candidate, number = wanted, 2
            while candidate in used or candidate in reserved:
                candidate, number = f"{wanted}_{number}", number + 1
            prop.set_python_name(UntrustedString(candidate), config, skip_snake_case=True)
            used.add(str(prop.python_name))
            if location == "path":
                endpoint.path = UntrustedString(
                    untrusted(endpoint.path).replace("{" + old + "}", "{" + str(prop.python_name) + "}")
                )
            if wire is None:  # the normaliser reported the colliding ones already
                changes.append(f"{operation_key(endpoint)}: {location} parameter {old!r} -> {prop.python_name}")
    return changes


def _may_stream(endpoint: Endpoint) -> bool:
    """Whether the endpoint gets ``stream``/``to_file``: a 2xx media type that is NDJSON or binary, as
    ``operations._stream_facts`` decides it (not JSON, XML, text, form or ``*/*``)."""
    for response in endpoint.responses.patterns:
        code = response.status_code.range
        if code is None or not 200 <= code[0] <= 299:
            continue
        for media_type in getattr(response.data, "content", None) or {}:
            simple = untrusted(media_type).split(";", 1)[0].strip().lower()
            textual = simple.startswith("text/") or simple == "*/*" or "form" in simple
            if simple in NDJSON_TYPES or not (textual or simple.endswith(("json", "xml"))):
                return True
    return False


def bodies_sharing_a_type(openapi: GeneratorData) -> tuple[dict[str, list[str]], list[str]]:
    """(warnings, notes) about request bodies that share a Python type with an earlier body of the operation.

    ``body``'s Python type picks what is sent, so the later body is never encoded its own way. When both are
    encoded alike (Kubernetes' JSON, merge and strategic-merge patches are all JSON), the later media type is
    still one header away: ``request_options=RequestOptions(headers={"Content-Type": ...})``; that is a note.
    When the encodings differ (a model as JSON and as a form), the later one cannot be sent: a warning.
    The normaliser avoids most of these; this names what is left.
    """
    warnings: dict[str, list[str]] = {}
    notes: list[str] = []
    for endpoint in endpoints(openapi):
        seen: dict[str, tuple[str, str]] = {}
        for body in endpoint.bodies:
            kind = str(body.prop.get_instance_type_string().as_unembedded_code())
            media_type = untrusted(body.content_type)
            if kind not in seen:
                seen[kind] = (media_type, str(body.body_type))
            elif seen[kind][1] == str(body.body_type):
                notes.append(f"{operation_key(endpoint)}: {media_type} is sent like {seen[kind][0]}; pick it with "
                             f"the Content-Type header of request_options")  # fmt: skip
            else:
                first = seen[kind][0]
                warnings.setdefault(operation_key(endpoint), []).append(
                    f"the {media_type} body cannot be sent: its Python type ({kind}) is that of the {first} body"
                )
    return warnings, notes


def endpoints(openapi: GeneratorData) -> list[Endpoint]:
    """Every endpoint once (an endpoint with several tags is in several collections)."""
    seen: set[int] = set()
    endpoints: list[Endpoint] = []
    for collection in openapi.endpoint_collections_by_tag.values():
        for endpoint in collection.endpoints:
            if id(endpoint) not in seen:
                seen.add(id(endpoint))
                endpoints.append(endpoint)
    return endpoints


def apply_fixups(openapi: GeneratorData, norm: Normalization, config: Config) -> Unsupported:
    """Run every fixup, in order; return the operations left out and the changes made."""
    result = Unsupported()
    restore_raw_media_types(openapi, norm)
    restore_property_names(openapi, norm, config)
    result.changes["parameters renamed (they shadowed a generated name)"] = name_parameters(openapi, norm, config)
    result.warnings, result.changes["media types sharing a body type (chosen by Content-Type)"] = bodies_sharing_a_type(
        openapi
    )
    return result
