"""How each query parameter is serialised, when the spec asks for anything but OpenAPI's default.

The default (``style: form, explode: true``) sends an array as repeated keys (``ids=1&ids=2``) and an object's
fields as keys of their own (``status=open``): what opc's request code and httpx do. Any other ``style``/``explode``
used to be ignored, so the server got another query than the one it documents (``ids=1&ids=2`` where it reads
``ids=1,2``, and reads one id; ``status=open`` where it reads ``filter[status]=open``, and filters nothing):

- an array with ``explode: false``: ``form`` -> ``ids=1,2``; ``spaceDelimited`` -> ``ids=1%202``;
  ``pipeDelimited`` -> ``ids=1|2``;
- an object: ``deepObject`` -> ``filter[status]=open``; ``form`` with ``explode: false`` -> ``filter=status,open``;
- a union with an object member (``created: {gte: 1} | int``, Stripe's range filters): opc put the object's dict
  itself among the parameters, which httpx sent as its Python repr (``created=%7B%27gte%27...``), whatever the
  style; it is now sent in the declared style, the default's being the object's fields as keys of their own;
- an array with ``deepObject``, which OpenAPI leaves undefined: ``expand[]=a&expand[]=b``, the convention of the
  servers that declare it (Rails, PHP, Stripe).

A parameter declared with ``content: {application/json: ...}`` (``spec/normalize.py content_parameters``) is sent
as JSON text: ``filter={"status":"open"}``. Delimited styles on an object keep the default. The runtime side is
``_runtime/query.py``; a record here says which helper to call for which parameter.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .._upstream import Endpoint, ListProperty, ModelProperty, UnionProperty, untrusted
from ..spec.normalize import JSON_PARAMETER, resolve

__all__ = ["FormField", "QueryStyle", "form_encoding", "query_styles"]

_DELIMITED = ("form", "spaceDelimited", "pipeDelimited")


@dataclass(frozen=True)
class QueryStyle:
    """One query parameter sent in a non-default style."""

    name: str  # the wire name (spec text: templates escape it)
    style: str  # "form", "spaceDelimited", "pipeDelimited", "deepObject" or "json" (content: application/json)
    #: "delimit" (an array), "nest" (an object whose fields opc put among the parameters), "expand" (a union whose
    #: value may be an object's dict, left under its name), "json" (any other value, sent as JSON text)
    helper: str
    explode: bool = False
    variable: str = ""  # nest: the Python variable holding the object's fields


def query_styles(data: dict[str, Any], raw_path: str, endpoint: Endpoint) -> tuple[QueryStyle, ...]:
    """The query parameters of ``endpoint`` (at ``paths[raw_path]``) with a non-default serialisation."""
    declared = _query_parameters(data, raw_path, endpoint.method)
    styles: list[QueryStyle] = []
    for prop in endpoint.query_parameters:
        name = untrusted(prop.name)
        parameter = declared.get(name)
        if parameter is None:
            continue
        if parameter.get(JSON_PARAMETER) is True:
            if isinstance(prop, ModelProperty):
                styles.append(QueryStyle(name=name, style="json", helper="nest", variable=f"json_{prop.python_name}"))
            else:
                styles.append(QueryStyle(name=name, style="json", helper="json"))
            continue
        style = parameter.get("style", "form")
        explode = parameter.get("explode", style == "form")
        if isinstance(prop, ListProperty) and (style == "deepObject" or (style in _DELIMITED and explode is False)):
            styles.append(QueryStyle(name=name, style=str(style), helper="delimit"))
        elif isinstance(prop, ModelProperty) and (style == "deepObject" or (style == "form" and explode is False)):
            styles.append(QueryStyle(name=name, style=str(style), helper="nest", variable=f"json_{prop.python_name}"))
        elif isinstance(prop, UnionProperty) and style in ("form", "deepObject") and _has_object_member(prop):
            styles.append(QueryStyle(name=name, style=str(style), helper="expand", explode=explode is not False))
    return tuple(styles)


def _has_object_member(prop: UnionProperty) -> bool:
    return any(isinstance(member, ModelProperty) for member in prop.inner_properties)


def _query_parameters(data: dict[str, Any], raw_path: str, method: str) -> dict[str, dict[str, Any]]:
    """The operation's query parameters by name, the path item's first and the operation's over them."""
    item = _dict(_dict(data.get("paths")).get(raw_path))
    found: dict[str, dict[str, Any]] = {}
    for owner in (item, _dict(item.get(method))):
        parameters = owner.get("parameters")
        for parameter in parameters if isinstance(parameters, list) else []:
            parameter = resolve(data, parameter, "parameters")
            if parameter.get("in") == "query" and isinstance(parameter.get("name"), str):
                found[parameter["name"]] = parameter
    return found


def _dict(value: object) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


@dataclass(frozen=True)
class FormField:
    """How one field of an ``application/x-www-form-urlencoded`` body is written (its ``encoding`` entry)."""

    name: str  # the wire name (spec text: templates escape it)
    style: str  # "form", "spaceDelimited", "pipeDelimited" or "deepObject"
    explode: bool


def form_encoding(data: dict[str, Any], raw_path: str, method: str) -> tuple[FormField, ...] | None:
    """The ``encoding`` of the operation's form body, field by field; ``None`` when it has no form body.

    opc passed the body's ``to_dict()`` to httpx as ``data=``, which writes a nested object as its Python repr
    (``address=%7B%27city%27...``): Stripe's ``address``, ``metadata`` and every other object of its form bodies,
    which its spec declares ``style: deepObject`` (``address[city]=Paris``). ``_runtime/forms.py`` writes each
    field in its declared style (OpenAPI's default for the others: ``form``, exploded).
    """
    operation = _dict(_dict(_dict(data.get("paths")).get(raw_path)).get(method))
    body = resolve(data, operation.get("requestBody"), "requestBodies")
    for media_type, media in _dict(body.get("content")).items():
        if str(media_type).split(";")[0].strip().lower() != "application/x-www-form-urlencoded":
            continue
        fields = []
        for name, entry in _dict(_dict(media).get("encoding")).items():
            entry = _dict(entry)
            style = entry.get("style", "form")
            if style in (*_DELIMITED, "deepObject") and isinstance(name, str):
                fields.append(
                    FormField(name=name, style=str(style), explode=entry.get("explode", style == "form") is True)
                )
        return tuple(fields)
    return None
