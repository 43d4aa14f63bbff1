"""Checks of a loaded document that opc does not make, or makes with a traceback: each failure names a JSON pointer.

Two passes, both called from ``generator.pipeline._render``:

- :func:`check_structure`, right after loading: bounded size (node count, nesting depth, YAML aliases that loop or
  explode) and every ``$ref`` (a string, local, resolvable, not a loop of references). Generation never fetches a
  URL: a remote or file ``$ref`` is refused here, before opc sees it.
- :func:`check_names`, right before opc parses: header and cookie names that cannot be sent, and enum values
  that opc would give the same member name and crash on (a ``ValueError`` with no location) or silently merge
  (one value loses its member: a warning). Renaming them is normalisation's job; until a rename rule exists, the
  user gets the location instead of a traceback.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import unquote

from .._upstream import snake_case
from ..errors import SpecError, json_pointer

__all__ = ["MAX_DEPTH", "MAX_NODES", "check_names", "check_structure"]

#: Deepest nesting of the document (mappings and lists). The deepest real spec we know (Stripe) reaches 25; opc's
#: recursive parser and pydantic's validator fail with a RecursionError somewhere past 300.
MAX_DEPTH = 100
#: Most values in the document, counting a YAML alias once per use. Stripe has about 100,000; the limit stops a
#: "billion laughs" document (aliases of aliases) in about a second instead of exhausting memory.
MAX_NODES = 2_000_000

#: Keys whose values are data, not spec structure: a "$ref" inside them is a value like any other.
_DATA_KEYS = frozenset({"example", "examples", "default", "enum", "const", "value"})

Path = tuple[object, ...]


def check_structure(data: dict[str, Any]) -> None:
    """Bounded size, no self-containing aliases, and only local ``$ref``s that resolve to something."""
    refs: list[tuple[Path, str]] = []
    _walk(data, refs)
    for path, ref in refs:
        _check_ref(data, path, ref)


def _walk(data: dict[str, Any], refs: list[tuple[Path, str]]) -> None:
    nodes = 0
    on_path: set[int] = set()  # ids of the containers between the root and the current node
    # An explicit stack, not recursion: the depth limit is ours to report, not Python's.
    stack: list[tuple[Any, Path, bool, bool]] = [(data, (), False, False)]
    while stack:
        node, path, is_data, leaving = stack.pop()
        if leaving:
            on_path.discard(id(node))
            continue
        nodes += 1
        if nodes > MAX_NODES:
            raise SpecError("#", f"the document has more than {MAX_NODES:,} values (YAML aliases count once per use)")
        if not isinstance(node, dict | list):
            continue
        if len(path) > MAX_DEPTH:
            raise SpecError(_short(path), f"nested more than {MAX_DEPTH} levels deep")
        if id(node) in on_path:
            raise SpecError(_short(path), "a YAML alias contains itself (an endless document)")
        on_path.add(id(node))
        stack.append((node, path, is_data, True))
        if isinstance(node, list):
            stack.extend((item, (*path, i), is_data, False) for i, item in enumerate(node))
            continue
        in_properties = bool(path) and path[-1] in ("properties", "patternProperties")
        for key, value in node.items():
            if key == "$ref" and not is_data and not in_properties:
                if not isinstance(value, str):
                    raise SpecError(json_pointer((*path, key)), f"$ref must be a string, got {type(value).__name__}")
                refs.append(((*path, key), value))
            child_is_data = is_data or (
                not in_properties and isinstance(key, str) and (key in _DATA_KEYS or key.startswith("x-"))
            )
            stack.append((value, (*path, key), child_is_data, False))


def _short(path: Path) -> str:
    """A pointer that stays readable when the path is hundreds of levels long."""
    if len(path) <= 16:
        return json_pointer(path)
    return f"{json_pointer(path[:12])}/... ({len(path)} levels)"


def _check_ref(data: dict[str, Any], path: Path, ref: str) -> None:
    where = json_pointer(path)
    seen = [ref]
    while True:
        if not ref.startswith("#"):
            raise SpecError(
                where,
                f"$ref {ref!r} points outside this document; only local references ('#/...') are supported and "
                "generation never fetches URLs or reads other files. Bundle the spec into one file first "
                "(e.g. `redocly bundle` or `swagger-cli bundle`).",
            )
        target = _resolve(data, ref)
        if target is _MISSING:
            raise SpecError(where, f"$ref {ref!r} points to nothing in this document")
        if not (isinstance(target, dict) and isinstance(target.get("$ref"), str)):
            return
        ref = target["$ref"]
        if ref in seen:
            chain = " -> ".join([*seen, ref])
            raise SpecError(where, f"$ref loop: {chain} never reaches a definition")
        seen.append(ref)


_MISSING = object()


def _resolve(data: Any, ref: str) -> Any:
    """The value a local reference names (RFC 6901, written as a URI fragment), or ``_MISSING``."""
    fragment = ref[1:]
    for text in dict.fromkeys((fragment, unquote(fragment))):
        if text == "":
            return data
        if not text.startswith("/"):
            continue
        node = data
        for token in text[1:].split("/"):
            part = token.replace("~1", "/").replace("~0", "~")
            if isinstance(node, dict) and part in node:
                node = node[part]
            elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
                node = node[int(part)]
            else:
                break
        else:
            return node
    return _MISSING


# ------------------------------------------------------------------------------------------------ name clashes


#: An HTTP field name (RFC 9110 ``token``): what a header or cookie name may be. httpx refuses anything else when
#: the request is built (``UnicodeEncodeError`` for non-ASCII), so such a name would break every call.
_TOKEN = re.compile(r"^[!#$%&'*+.^_`|~0-9A-Za-z-]+$")


def check_names(data: dict[str, Any]) -> list[str]:
    """Names the generated code could not use. Raises for header or cookie names that can never be sent and enum
    values that opc would crash on; returns warnings for names that work, but not as the spec author meant."""
    return _check_field_names(data) + _check_enum_members(data)


def _check_field_names(data: dict[str, Any]) -> list[str]:
    components = _dict(data.get("components"))
    places: list[tuple[Path, Any]] = [
        (("components", "parameters", k), v) for k, v in _items(components.get("parameters"))
    ]
    for path, item in _items(data.get("paths")):
        for i, parameter in enumerate(_list(_dict(item).get("parameters"))):
            places.append((("paths", path, "parameters", i), parameter))
        for method, operation in _items(item):
            for i, parameter in enumerate(_list(_dict(operation).get("parameters"))):
                places.append((("paths", path, method, "parameters", i), parameter))
    for name, scheme in _items(components.get("securitySchemes")):
        if _dict(scheme).get("type") == "apiKey":
            places.append((("components", "securitySchemes", name), scheme))
    warnings: list[str] = []
    for path, place in places:
        place = _dict(place)
        name = place.get("name")
        if place.get("in") not in ("header", "cookie") or not isinstance(name, str) or _TOKEN.match(name):
            continue
        where, kind = json_pointer((*path, "name")), f"HTTP {place['in']} name"
        if not name or not all(" " <= character <= "~" for character in name):
            # httpx cannot even build such a request (UnicodeEncodeError), and CR/LF would be header injection
            raise SpecError(where, f"{name!r} cannot be an {kind}: empty, non-ASCII or control characters")
        warnings.append(f"{where}: {name!r} is not a valid {kind}; a request that sets it fails to send")
    return warnings


def _items(value: Any) -> list[tuple[Any, Any]]:
    return list(value.items()) if isinstance(value, dict) else []


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _check_enum_members(data: dict[str, Any]) -> list[str]:
    """Mirror opc 0.29.1's ``EnumProperty.values_from_list``: raise where it would crash or write invalid Python,
    and warn where it silently keeps one of two values that get the same member name."""
    warnings: list[str] = []
    for path, schema in _schemas_with_enum(data):
        values = [value for value in schema["enum"] if value is not None]
        if not values or len({type(value) for value in values}) != 1 or not isinstance(values[0], str | int):
            continue  # opc reports mixed or unsupported enum types itself, with a warning
        var_names = schema.get("x-enum-varnames")
        names = var_names if isinstance(var_names, list) and len(var_names) == len(values) else None
        members: dict[str, object] = {}
        for index, value in enumerate(values):
            key, member = _member_name(value, index, names)
            where = json_pointer((*path, "x-enum-varnames" if names else "enum", index))
            if not member.isidentifier():
                raise SpecError(where, f"enum value {value!r} has no usable Python name ({member!r})")
            if isinstance(value, str) and key in members:  # opc raises ValueError("Duplicate key ...")
                raise SpecError(
                    where,
                    f"enum values {members[key]!r} and {value!r} both become the member name {key}; "
                    "give them distinct names with x-enum-varnames",
                )
            if member in members:  # opc overwrites the first value's member with the second
                warnings.append(
                    f"{where}: enum values {members[member]!r} and {value!r} both become the member name {member}; "
                    f"only {value!r} gets it ({members[member]!r} still parses, as an unknown value). "
                    "Give them distinct names with x-enum-varnames."
                )
            members[member] = value
    return warnings


def _member_name(value: str | int, index: int, names: list[Any] | None) -> tuple[str, str]:
    """opc 0.29.1's key for an enum value before and after sanitising (``EnumProperty.values_from_list``)."""
    if isinstance(value, int):
        if names is not None:
            return str(names[index]), snake_case(str(names[index])).upper()
        name = f"VALUE_NEGATIVE_{-value}" if value < 0 else f"VALUE_{value}"
        return name, name
    if names is not None:
        key = str(names[index])
    else:
        key = value.upper() if value and value[0].isalpha() else f"VALUE_{index}"
    return key, snake_case(key).upper()


def _schemas_with_enum(data: dict[str, Any]) -> Iterator[tuple[Path, dict[str, Any]]]:
    stack: list[tuple[Any, Path]] = [(data, ())]
    while stack:
        node, path = stack.pop()
        if isinstance(node, dict):
            server_variable = len(path) >= 4 and path[-2] == "variables" and path[-4] == "servers"
            if isinstance(node.get("enum"), list) and not server_variable:
                yield path, node
            names = bool(path) and path[-1] in ("properties", "patternProperties")  # keys are names, not keywords
            stack.extend(
                (value, (*path, key))
                for key, value in node.items()
                if names or not (key in _DATA_KEYS or (isinstance(key, str) and key.startswith("x-")))
            )
        elif isinstance(node, list):
            stack.extend((item, (*path, i)) for i, item in enumerate(node))
