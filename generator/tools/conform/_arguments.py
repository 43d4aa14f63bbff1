"""The JSON arguments of one operation call, synthesised from the spec. Pure: no I/O.

A generated function's keyword names are Python names made from the spec's parameter names (``If-Match`` ->
``if_match``, ``$filter`` -> ``filter_``, ``id`` shadowed by another ``id`` -> ``id_path``); they are matched back
loosely (letters and digits, lower case), then by location suffix.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from ._classify import normalized_name
from ._instances import instance, resolve

__all__ = [
    "ArgumentError",
    "body_media_type",
    "count_operations",
    "find_operation",
    "has_2xx",
    "json_arguments",
    "response_schema",
]

_LOCATIONS = ("path", "query", "header", "cookie")


class ArgumentError(ValueError):
    """An argument the spec says nothing about."""


def _path_key(path: str) -> str:
    out: list[str] = []
    depth = 0
    for char in path:
        if char == "{":
            depth += 1
            if depth == 1:
                out.append("{}")
        elif char == "}":
            depth = max(depth - 1, 0)
        elif depth == 0:
            out.append(char)
    return "".join(out)


_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def count_operations(document: Mapping[str, Any]) -> int:
    """How many operations the document's ``paths`` declare."""
    paths = document.get("paths")
    items = [resolve(item, document) for item in paths.values()] if isinstance(paths, Mapping) else []
    return sum(1 for item in items if isinstance(item, Mapping) for method in _METHODS if method in item)


def find_operation(document: Mapping[str, Any], method: str, path: str) -> tuple[dict[str, Any], dict[str, Any]] | None:
    """``(operation, path item)`` for ``method`` and ``path``; path parameter names may differ (``{petId}`` is
    ``{pet_id}`` in the generated code)."""
    paths = document.get("paths")
    if not isinstance(paths, Mapping):
        return None
    key = _path_key(path)
    exact = paths.get(path)
    candidates = [exact] if isinstance(exact, Mapping) else []
    candidates += [item for spec_path, item in paths.items() if spec_path != path and _path_key(spec_path) == key]
    for item in candidates:
        item = resolve(item, document)
        if isinstance(item, Mapping) and isinstance(item.get(method.lower()), Mapping):
            return dict(item[method.lower()]), dict(item)
    return None


def parameters(
    operation: Mapping[str, Any], path_item: Mapping[str, Any], document: Mapping[str, Any]
) -> list[dict[str, Any]]:
    """The operation's parameters, ``$ref`` resolved, the operation's own overriding the path item's."""
    merged: dict[tuple[str, str], dict[str, Any]] = {}
    for source in (path_item.get("parameters"), operation.get("parameters")):
        for raw in source if isinstance(source, list) else []:
            param = resolve(raw, document)
            if isinstance(param, Mapping) and isinstance(param.get("name"), str):
                merged[(str(param["name"]), str(param.get("in")))] = dict(param)
    return list(merged.values())


def _match(name: str, params: list[dict[str, Any]]) -> dict[str, Any] | None:
    key = normalized_name(name)
    found = [p for p in params if normalized_name(p["name"]) == key]
    if not found:
        for location in _LOCATIONS:
            if key.endswith(location):
                base = key[: -len(location)]
                found = [p for p in params if normalized_name(p["name"]) == base and p.get("in") == location]
                if found:
                    break
    if not found and key.startswith("field"):
        found = [p for p in params if normalized_name(p["name"]) == key[len("field") :]]
    return found[0] if found else None


def _param_schema(param: Mapping[str, Any]) -> Any:
    if "schema" in param:
        return param["schema"]
    content = param.get("content")
    if isinstance(content, Mapping):
        for media in content.values():
            if isinstance(media, Mapping) and "schema" in media:
                return media["schema"]
    return {"type": "string"}


def body_media_type(operation: Mapping[str, Any], document: Mapping[str, Any], source: str = "") -> str | None:
    """The request body media type the generated code sends: the one named in its ``source``, else JSON, else the
    first."""
    body = resolve(operation.get("requestBody"), document)
    content = body.get("content") if isinstance(body, Mapping) else None
    if not isinstance(content, Mapping) or not content:
        return None
    named = [media for media in content if f'"{media}"' in source]
    if named:
        return str(named[0])
    if "files=" in source or '"files"' in source:
        multipart = [media for media in content if str(media).startswith("multipart/")]
        if multipart:
            return str(multipart[0])
    json_like = [media for media in content if "json" in str(media)]
    return str(json_like[0] if json_like else next(iter(content)))


def json_arguments(
    names: Sequence[str],
    operation: Mapping[str, Any],
    path_item: Mapping[str, Any],
    document: Mapping[str, Any],
    *,
    source: str = "",
) -> dict[str, Any]:
    """A JSON value for each keyword in ``names``: ``body`` from the request body, the rest from parameters.

    Raises :class:`ArgumentError` for a name that matches no parameter."""
    params = parameters(operation, path_item, document)
    values: dict[str, Any] = {}
    for name in names:
        if name == "body":
            media = body_media_type(operation, document, source)
            body = resolve(operation.get("requestBody"), document)
            schema = body["content"][media].get("schema", {}) if media and isinstance(body, Mapping) else {}
            values[name] = instance(schema, document, binary="json" not in (media or ""))
            continue
        param = _match(name, params)
        if param is None:
            raise ArgumentError(f"{name}: no parameter of the operation has this name")
        values[name] = instance(_param_schema(param), document)
    return values


def has_2xx(operation: Mapping[str, Any]) -> bool:
    """Whether the operation declares a 2xx answer."""
    responses = operation.get("responses")
    return isinstance(responses, Mapping) and any(str(code).upper().startswith("2") for code in responses)


def response_schema(operation: Mapping[str, Any], status: int, document: Mapping[str, Any]) -> Any:
    """The JSON schema of the answer with ``status``, or None."""
    responses = operation.get("responses")
    if not isinstance(responses, Mapping):
        return None
    response = next(
        (
            responses[key]
            for key in (str(status), status, f"{status // 100}XX", f"{status // 100}xx", "default")
            if key in responses
        ),
        None,
    )
    response = resolve(response, document)
    content = response.get("content") if isinstance(response, Mapping) else None
    if not isinstance(content, Mapping):
        return None
    for media, entry in content.items():
        if "json" in str(media) and isinstance(entry, Mapping):
            return entry.get("schema")
    return None
