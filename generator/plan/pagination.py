"""Pagination: how each operation pages, and where that knowledge came from (records: ``pagination_records``).

Three sources, the first that speaks wins:

1. the generator config file's ``pagination`` section (by operationId or ``METHOD /path``): a user's local
   correction of a spec they may not own; ``false`` there switches an operation's pagination off;
2. the operation's ``x-pagination`` extension (possibly added by an OpenAPI Overlay), ``false`` likewise;
3. detection of the common conventions from parameter names, response fields and declared ``Link`` headers
   (on by default, ``detect_pagination: false`` switches it off), with a reason for every guess.

Everything read from the spec is untrusted: paths such as ``data[-1].id`` are parsed here into tuples of keys and
validated integers, which the templates render as literal data, never as code. Detection reads only the raw spec
dict, so it runs (and ``paginate-report`` reports) without opc.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from .._upstream import PythonCode, untrusted
from ..errors import GenerationError, SpecError, json_pointer
from ..spec.normalize import component_class_name
from .operations import Operation
from .pagination_records import Declaration, Field, JsonPath, PagedOperation, Step, show_path

__all__ = [
    "STYLES",
    "Declaration",
    "JsonPath",
    "Field",
    "PagedOperation",
    "PaginationPlan",
    "Step",
    "detect",
    "iter_operations",
    "parse_declaration",
    "parse_path",
    "plan_pagination",
    "show_path",
    "typed_operation",
]

#: The seven styles, as reported. Each maps onto one of the runtime's kinds (cursor, offset, page, link, url).
STYLES = ("cursor", "body_cursor", "offset", "page", "link", "has_more", "next_url")

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

_MAX_PATH = 256
_MAX_SEGMENTS = 32
_MAX_INDEX = 1_000_000
_TOKEN = re.compile(
    r"""(?P<dot>\.)?(?:(?P<name>[^.\[\]\s"']+)|\[(?P<index>-?[0-9]{1,7})\]|\[(?P<quoted>"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')\])"""
)
_PARAM_NAME = re.compile(r"^[^\s\x00-\x1f\x7f]{1,128}$")
_REL = re.compile(r"^[A-Za-z0-9][A-Za-z0-9.:/_+-]{0,127}$")


# --------------------------------------------------------------------------------------------------- paths


def parse_path(text: object) -> JsonPath:
    """Parse a JSON path of the x-pagination grammar into keys and indices; ``ValueError`` says what is wrong.

    ``.`` is the body itself; otherwise ``name(.name | [index] | ["quoted name"])*``, e.g. ``data[-1].id``,
    ``links.next``, ``["odd.key"].next``. Names may not contain control characters.
    """
    if not isinstance(text, str):
        raise ValueError(f"expected a path string, got {type(text).__name__}")
    if text == ".":
        return ()
    if not text or len(text) > _MAX_PATH:
        raise ValueError(f"a path must be 1 to {_MAX_PATH} characters")
    parts: list[str | int] = []
    position = 0
    while position < len(text):
        match = _TOKEN.match(text, position)
        if match is None:
            raise ValueError(f"{text!r}: unexpected {text[position]!r} at character {position + 1}")
        dot, name = match.group("dot"), match.group("name")
        if name is not None:
            if bool(dot) != bool(parts):
                raise ValueError(f"{text!r}: a name must follow a '.' (except the first), at character {position + 1}")
            parts.append(_checked_key(name, text))
        elif dot:
            raise ValueError(f"{text!r}: '.' must be followed by a name, at character {position + 1}")
        elif match.group("index") is not None:
            index = int(match.group("index"))
            if abs(index) > _MAX_INDEX:
                raise ValueError(f"{text!r}: index {index} is out of range")
            parts.append(index)
        else:
            quoted = match.group("quoted")
            parts.append(_checked_key(re.sub(r"\\(.)", r"\1", quoted[1:-1]), text))
        position = match.end()
    if len(parts) > _MAX_SEGMENTS:
        raise ValueError(f"{text!r}: more than {_MAX_SEGMENTS} segments")
    return tuple(parts)


def _checked_key(key: str, text: str) -> str:
    if not key or any(unicodedata.category(char).startswith("C") for char in key):
        raise ValueError(f"{text!r}: a name is empty or contains control characters")
    return key


# ---------------------------------------------------------------------------------------------- declarations


_KEYS = ("items", "cursor", "offset", "page", "link", "url", "has_more")
_SUBKEYS = {
    "cursor": ("param", "from", "in"),
    "offset": ("param", "limit", "total"),
    "page": ("param", "size", "first"),
}


def parse_declaration(
    raw: object, fail: Callable[[str, str], GenerationError], *, origin: str = "x-pagination"
) -> Declaration | None:
    """Validate one declaration (the x-pagination grammar); ``None`` for ``false`` (explicitly not paginated).

    ``fail(field, problem)`` builds the error to raise, naming the operation and the field.
    """
    if raw is False:
        return None
    if not isinstance(raw, Mapping):
        raise fail("", f"expected a mapping (or false), got {type(raw).__name__}")
    for key in raw:
        if key not in _KEYS:
            raise fail(str(key), f"unknown key (known: {', '.join(_KEYS)})")
    if "items" not in raw:
        raise fail("items", "required: the path of the item array in the body ('.' when the body is the array)")
    items = _path(raw["items"], "items", fail)
    mechanisms = [key for key in ("cursor", "offset", "page") if key in raw]
    navigators = [key for key in ("link", "url") if key in raw]
    if len(mechanisms) > 1:
        raise fail(mechanisms[1], f"at most one of cursor, offset and page (found {', '.join(mechanisms)})")
    if len(navigators) > 1:
        raise fail("url", "at most one of link and url")
    if not mechanisms and not navigators:
        raise fail("", "one of cursor, offset, page, link or url is required")
    has_more = _path(raw["has_more"], "has_more", fail) if "has_more" in raw else None

    values: dict[str, Any] = {"items": items, "has_more": has_more, "origin": origin}
    if mechanisms:
        name = mechanisms[0]
        spec = raw[name]
        if not isinstance(spec, Mapping):
            raise fail(name, f"expected a mapping with {', '.join(_SUBKEYS[name])}")
        for key in spec:
            if key not in _SUBKEYS[name]:
                raise fail(f"{name}.{key}", f"unknown key (known: {', '.join(_SUBKEYS[name])})")
        values["param"] = _name(spec.get("param"), f"{name}.param", fail)
        if name == "cursor":
            if "from" not in spec:
                raise fail("cursor.from", "required: the path of the next cursor in the body, e.g. next_cursor")
            values["source"] = _path(spec["from"], "cursor.from", fail)
            location = spec.get("in", "query")
            if location not in ("query", "body"):
                raise fail("cursor.in", f"expected query or body, got {location!r}")
            values["location"] = location
            values["kind"] = "cursor"
            if location == "body":
                values["style"] = "body_cursor"
            elif has_more is not None and values["source"][: len(items) + 1] == (*items, -1):
                values["style"] = "has_more"
            else:
                values["style"] = "cursor"
        elif name == "offset":
            if spec.get("limit") is not None:
                values["size_param"] = _name(spec["limit"], "offset.limit", fail)
            if spec.get("total") is not None:
                values["total"] = _path(spec["total"], "offset.total", fail)
            values["kind"] = values["style"] = "offset"
        else:
            if spec.get("size") is not None:
                values["size_param"] = _name(spec["size"], "page.size", fail)
            first = spec.get("first", 1)
            if isinstance(first, bool) or not isinstance(first, int) or not 0 <= first <= _MAX_INDEX:
                raise fail("page.first", f"expected the number of the first page (0 or 1), got {first!r}")
            values["first_page"] = first
            values["kind"] = values["style"] = "page"
    if navigators == ["link"]:
        rel = raw["link"]
        rel = "next" if rel is True else rel
        if not isinstance(rel, str) or not _REL.match(rel):
            raise fail("link", f"expected a link relation such as next, got {rel!r}")
        values.update(kind="link", style="link", rel=rel)
    elif navigators == ["url"]:
        values.update(kind="url", style="next_url", source=_path(raw["url"], "url", fail))
    return Declaration(**values)


def _path(value: object, name: str, fail: Callable[[str, str], GenerationError]) -> JsonPath:
    try:
        return parse_path(value)
    except ValueError as exc:
        raise fail(name, str(exc)) from None


def _name(value: object, name: str, fail: Callable[[str, str], GenerationError]) -> str:
    if not isinstance(value, str) or not _PARAM_NAME.match(value):
        raise fail(name, f"expected a parameter name, got {value!r}")
    return value


# ----------------------------------------------------------------------------------------- reading raw specs


def iter_operations(document: Mapping[str, Any]) -> Iterator[tuple[str, str, dict[str, Any], dict[str, Any]]]:
    """Every operation of a raw spec: (METHOD, path, operation, path item), in document order."""
    paths = document.get("paths")
    if not isinstance(paths, Mapping):
        return
    for path, item in paths.items():
        if not isinstance(item, dict):
            continue
        for method in HTTP_METHODS:
            operation = item.get(method)
            if isinstance(operation, dict):
                yield method.upper(), str(path), operation, item


class _Resolver:
    """Local ``$ref`` resolution and lenient schema reading over a raw spec dict (no opc)."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        self.document = document

    def deref(self, node: object) -> Any:
        for _ in range(32):
            if not isinstance(node, dict) or not isinstance(node.get("$ref"), str):
                return node
            ref = node["$ref"]
            if not ref.startswith("#/"):
                return {}
            target: Any = self.document
            for part in ref[2:].split("/"):
                part = part.replace("~1", "/").replace("~0", "~")
                target = target.get(part) if isinstance(target, dict) else None
            node = target
        return {}

    def properties(self, schema: object, depth: int = 0) -> dict[str, Any]:
        """The properties of an object schema, through allOf (and, leniently, anyOf/oneOf alternatives)."""
        schema = self.deref(schema)
        if not isinstance(schema, dict) or depth > 8:
            return {}
        found: dict[str, Any] = {}
        for key in ("allOf", "anyOf", "oneOf"):
            for member in schema.get(key) or []:
                for name, value in self.properties(member, depth + 1).items():
                    found.setdefault(name, value)
        props = schema.get("properties")
        if isinstance(props, dict):
            found.update({str(name): value for name, value in props.items()})
        return found

    def kind(self, schema: object, depth: int = 0) -> str:
        """``array``, ``object``, ``string``, ``integer``, ``number``, ``boolean`` or ``""`` (unknown)."""
        schema = self.deref(schema)
        if not isinstance(schema, dict) or depth > 8:
            return ""
        declared = schema.get("type")
        if isinstance(declared, list):
            declared = next((t for t in declared if t != "null"), "")
        if isinstance(declared, str) and declared:
            return declared
        if "items" in schema:
            return "array"
        if "properties" in schema:
            return "object"
        for key in ("allOf", "anyOf", "oneOf"):
            kinds = {self.kind(member, depth + 1) for member in schema.get(key) or []} - {"", "null"}
            if len(kinds) == 1:
                return kinds.pop()
        return ""

    def parameters(self, operation: Mapping[str, Any], item: Mapping[str, Any], location: str) -> dict[str, Any]:
        """The operation's parameters in ``location`` (path-item ones overridden by the operation's): name -> schema."""
        found: dict[str, Any] = {}
        for source in (item.get("parameters"), operation.get("parameters")):
            for raw in source or []:
                parameter = self.deref(raw)
                if isinstance(parameter, dict) and parameter.get("in") == location and "name" in parameter:
                    found[str(parameter["name"])] = parameter.get("schema") or {}
        return found

    def json_body(self, operation: Mapping[str, Any]) -> Any:
        """The JSON request body schema, or None."""
        body = self.deref(operation.get("requestBody"))
        return _json_schema(body.get("content")) if isinstance(body, dict) else None

    def success(self, operation: Mapping[str, Any]) -> tuple[Any, dict[str, Any]]:
        """The first 2xx response's JSON schema (or None) and its declared headers."""
        responses = operation.get("responses")
        if not isinstance(responses, dict):
            return None, {}
        for status in sorted(str(code) for code in responses):
            if not (status.startswith("2") and len(status) == 3):
                continue
            response = self.deref(responses.get(status) if status in responses else responses.get(int(status)))
            if not isinstance(response, dict):
                continue
            headers = response.get("headers")
            return _json_schema(response.get("content")), headers if isinstance(headers, dict) else {}
        return None, {}


def _json_schema(content: object) -> Any:
    if not isinstance(content, dict):
        return None
    for media_type, media in content.items():
        kind = str(media_type).split(";")[0].strip().lower()
        if (kind == "application/json" or kind.endswith("+json")) and isinstance(media, dict):
            return media.get("schema")
    return None


# ----------------------------------------------------------------------------------------------- detection


def _norm(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


_CURSOR_PARAMS = {
    "cursor", "pagetoken", "nextpagetoken", "continue", "continuationtoken", "after", "pagecursor", "nextcursor",
    "starttoken", "nexttoken", "marker", "startcursor", "nextmarker", "pageafter",
}  # fmt: skip
_CURSOR_FIELDS = {
    "nextcursor", "nextpagetoken", "nexttoken", "continue", "continuationtoken", "nextpage", "nextmarker",
    "endcursor", "after", "cursor", "nextpagecursor", "lastid",
}  # fmt: skip
_LAST_ID_PARAMS = {"startingafter", "afterid", "sinceid", "lastid", "startafter", "after"}
_HAS_MORE_FIELDS = {"hasmore", "hasnextpage", "hasnext", "moreavailable"}
_NEXT_URL_FIELDS = {"next", "nexturl", "nextpageurl", "nextpageuri", "nextlink", "odatanextlink", "nexthref"}
_OFFSET_PARAMS = {"offset", "skip", "startindex"}
_PAGE_PARAMS = {"page", "pagenumber", "pageno", "pagenum", "pageindex"}
_SIZE_PARAMS = {"limit", "pagesize", "perpage", "size", "count", "maxresults", "max", "top", "itemsperpage"}
_TOTAL_FIELDS = {"total", "totalcount", "totalresults", "totalitems", "totalsize", "totalrecords"}
_ITEM_NAMES = ("data", "items", "results", "entries", "records", "values", "elements", "list", "content", "hits")


@dataclass(frozen=True)
class _Shape:
    """Where the items are, and the scalar fields around them that may carry pagination signals."""

    items: JsonPath
    item_schema: Any
    fields: dict[JsonPath, Any]  # path -> schema, for non-array fields of the root and the items' container


def _find_items(resolver: _Resolver, schema: object) -> _Shape | None:
    if resolver.kind(schema) == "array":
        root = resolver.deref(schema)
        return _Shape(items=(), item_schema=root.get("items") if isinstance(root, dict) else None, fields={})
    if resolver.kind(schema) != "object":
        return None
    container: JsonPath = ()
    arrays = _arrays(resolver, schema)
    if not arrays:
        # One level down, as in {"artists": {"items": [...], "next": ...}}: only when exactly one object holds lists.
        holders = [
            (name, value)
            for name, value in resolver.properties(schema).items()
            if resolver.kind(value) == "object" and _arrays(resolver, value)
        ]
        if len(holders) != 1:
            return None
        container = (holders[0][0],)
        arrays = _arrays(resolver, holders[0][1])
    chosen = _choose_array(arrays)
    if chosen is None:
        return None
    name, item_schema = chosen
    items = (*container, name)
    fields = _fields(resolver, schema, (), skip=items)
    return _Shape(items=items, item_schema=item_schema, fields=fields)


def _arrays(resolver: _Resolver, schema: object) -> dict[str, Any]:
    found = {}
    for name, value in resolver.properties(schema).items():
        if resolver.kind(value) == "array":
            resolved = resolver.deref(value)
            found[name] = resolved.get("items") if isinstance(resolved, dict) else None
    return found


def _choose_array(arrays: dict[str, Any]) -> tuple[str, Any] | None:
    if len(arrays) == 1:
        return next(iter(arrays.items()))
    for preferred in _ITEM_NAMES:
        if preferred in arrays:
            return preferred, arrays[preferred]
    return None


def _fields(
    resolver: _Resolver, schema: object, prefix: JsonPath, *, skip: JsonPath, depth: int = 0
) -> dict[JsonPath, Any]:
    found: dict[JsonPath, Any] = {}
    if depth > 3:
        return found
    for name, value in resolver.properties(schema).items():
        path = (*prefix, name)
        if path == skip:
            continue
        kind = resolver.kind(value)
        if kind == "array":
            continue
        found[path] = value
        if kind == "object" or (kind == "" and resolver.properties(value)):
            found.update(_fields(resolver, value, path, skip=skip, depth=depth + 1))
    return found


def _hint_url(resolver: _Resolver, schema: object) -> bool:
    schema = resolver.deref(schema)
    if not isinstance(schema, dict):
        return False
    text = f"{schema.get('format', '')} {schema.get('description', '')}".lower()
    return any(word in text for word in ("url", "uri", "link", "href"))


def detect(
    document: Mapping[str, Any],
    method: str,
    operation: Mapping[str, Any],
    item: Mapping[str, Any],
    *,
    resolver: _Resolver | None = None,
) -> Declaration | None:
    """Guess an operation's pagination from common conventions; the Declaration's ``reason`` says why.

    In order: a declared ``Link`` header; a cursor parameter with a next-cursor field; ``has_more`` with a
    ``starting_after``-like parameter (cursor = the last item's ``id``); a next-URL field; offset + limit; page
    number (+ size). Only GET operations use query parameters; a POST may have a cursor in its JSON body.
    """
    resolver = resolver or _Resolver(document)
    schema, headers = resolver.success(operation)
    if schema is None:
        return None
    shape = _find_items(resolver, schema)
    if shape is None:
        return None
    items = shape.items
    fields = {path: value for path, value in shape.fields.items()}
    has_more = _pick(fields, resolver, _HAS_MORE_FIELDS, {"boolean"})
    where_items = f"items at `{show_path(items)}`"

    if method == "GET":
        query = resolver.parameters(operation, item, "query")
    elif method == "POST":
        query = {}
        body = resolver.json_body(operation)
        body_params = resolver.properties(body) if body is not None else {}
        found = _cursor_pair(resolver, body_params, fields)
        if found is not None:
            param, source = found
            return Declaration(
                style="body_cursor",
                kind="cursor",
                items=items,
                param=param,
                location="body",
                source=source,
                has_more=has_more,
                origin="detected",
                reason=f"body field `{param}` and response field `{show_path(source)}`, {where_items}",
            )
        return None
    else:
        return None
    normalized = {_norm(name): name for name in query}

    if any(str(name).lower() == "link" for name in headers):
        size = _first(normalized, _SIZE_PARAMS)
        return Declaration(
            style="link",
            kind="link",
            items=items,
            size_param=size or "",
            has_more=has_more,
            origin="detected",
            reason=f"the 2xx response declares a `Link` header, {where_items}",
        )

    found = _cursor_pair(resolver, query, fields)
    if found is not None:
        param, source = found
        return Declaration(
            style="cursor",
            kind="cursor",
            items=items,
            param=param,
            source=source,
            has_more=has_more,
            origin="detected",
            reason=f"query parameter `{param}` and response field `{show_path(source)}`, {where_items}",
        )

    last_id = _first(normalized, _LAST_ID_PARAMS)
    if last_id and has_more is not None and "id" in resolver.properties(shape.item_schema):
        return Declaration(
            style="has_more",
            kind="cursor",
            items=items,
            param=last_id,
            source=(*items, -1, "id"),
            has_more=has_more,
            origin="detected",
            reason=f"query parameter `{last_id}`, boolean `{show_path(has_more)}`, items with an `id`, {where_items}",
        )

    next_url = _next_url(resolver, fields)
    if next_url is not None:
        return Declaration(
            style="next_url",
            kind="url",
            items=items,
            source=next_url,
            has_more=has_more,
            origin="detected",
            reason=f"response field `{show_path(next_url)}` holds the next page's URL, {where_items}",
        )

    offset = _first(normalized, _OFFSET_PARAMS, query, resolver, {"integer", "number", ""})
    if offset:
        size = _first(normalized, _SIZE_PARAMS)
        total = _pick(fields, resolver, _TOTAL_FIELDS, {"integer", "number"})
        extra = f", total at `{show_path(total)}`" if total else ""
        return Declaration(
            style="offset",
            kind="offset",
            items=items,
            param=offset,
            size_param=size or "",
            total=total,
            has_more=has_more,
            origin="detected",
            reason=f"query parameters `{offset}`" + (f" + `{size}`" if size else "") + f"{extra}, {where_items}",
        )

    page = _first(normalized, _PAGE_PARAMS, query, resolver, {"integer", "number"})
    if page:
        size = _first(normalized, _SIZE_PARAMS)
        page_schema = resolver.deref(query[page])
        zero_based = isinstance(page_schema, dict) and 0 in (page_schema.get("minimum"), page_schema.get("default"))
        first = 0 if zero_based else 1
        return Declaration(
            style="page",
            kind="page",
            items=items,
            param=page,
            size_param=size or "",
            first_page=first,
            has_more=has_more,
            origin="detected",
            reason=f"query parameters `{page}`" + (f" + `{size}`" if size else "") + f", {where_items}",
        )
    return None


def _first(
    normalized: dict[str, str],
    names: set[str],
    schemas: Mapping[str, Any] | None = None,
    resolver: _Resolver | None = None,
    kinds: set[str] | None = None,
) -> str | None:
    for key, name in normalized.items():
        if key in names:
            if schemas is not None and resolver is not None and kinds is not None:
                if resolver.kind(schemas[name]) not in kinds:
                    continue
            return name
    return None


def _pick(fields: dict[JsonPath, Any], resolver: _Resolver, names: set[str], kinds: set[str]) -> JsonPath | None:
    candidates = [
        path
        for path, schema in fields.items()
        if isinstance(path[-1], str) and _norm(path[-1]) in names and resolver.kind(schema) in kinds
    ]
    return min(candidates, key=len) if candidates else None


def _cursor_pair(
    resolver: _Resolver, params: Mapping[str, Any], fields: dict[JsonPath, Any]
) -> tuple[str, JsonPath] | None:
    """The best (cursor parameter, next-cursor field) pair, preferring names that match (cursor/next_cursor)."""
    best: tuple[int, int, str, JsonPath] | None = None
    for param, param_schema in params.items():
        norm_param = _norm(param)
        string_page = norm_param == "page" and resolver.kind(param_schema) == "string"
        if norm_param not in _CURSOR_PARAMS and not string_page:
            continue
        for path, schema in fields.items():
            leaf = path[-1]
            if not isinstance(leaf, str) or resolver.kind(schema) not in ("string", "integer", ""):
                continue
            norm_leaf = _norm(leaf)
            if norm_leaf in (norm_param, "next" + norm_param):
                score = 3
            elif norm_leaf in _CURSOR_FIELDS:
                score = 1
            else:
                continue
            if norm_leaf == "nextpage" and resolver.kind(schema) != "string":
                continue
            candidate = (score, -len(path), param, path)
            if best is None or candidate[:2] > best[:2]:
                best = candidate
    return (best[2], best[3]) if best is not None else None


def _next_url(resolver: _Resolver, fields: dict[JsonPath, Any]) -> JsonPath | None:
    candidates: list[JsonPath] = []
    for path, schema in fields.items():
        leaf = path[-1]
        if not isinstance(leaf, str):
            continue
        kind = resolver.kind(schema)
        if _norm(leaf) in _NEXT_URL_FIELDS and kind in ("string", ""):
            if kind == "" and not _hint_url(resolver, schema):
                continue
            candidates.append(path)
        elif leaf == "href" and len(path) >= 2 and path[-2] == "next" and kind == "string":
            candidates.append(path)
    return min(candidates, key=len) if candidates else None


# ------------------------------------------------------------------------------------------------- planning


@dataclass
class PaginationPlan:
    """Every operation's pagination, keyed by (METHOD, raw path), and a note per paginated operation."""

    declarations: dict[tuple[str, str], Declaration] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)


def plan_pagination(
    document: Mapping[str, Any], *, config: Mapping[str, Any] | None = None, detect_conventions: bool = True
) -> PaginationPlan:
    """Decide each operation's pagination from the config, x-pagination and detection (in that order).

    Raises :class:`GenerationError` for an invalid declaration, naming the operation and the field.
    """
    resolver = _Resolver(document)
    config = dict(config or {})
    matched: set[str] = set()
    plan = PaginationPlan()
    for method, path, operation, item in iter_operations(document):
        operation_id = operation.get("operationId")
        name = str(operation_id) if isinstance(operation_id, str) and operation_id else f"{method} {path}"
        keys = [key for key in (operation_id, f"{method} {path}") if isinstance(key, str) and key in config]
        pointer = ("paths", path, method.lower(), "x-pagination")
        declaration: Declaration | None
        if keys:
            key = keys[0]
            matched.update(keys)
            config_fail = _failer(f"config pagination[{key!r}]", None)
            declaration = parse_declaration(config[key], config_fail, origin="config")
            if declaration is not None:
                _check_against_operation(declaration, resolver, operation, item, config_fail)
                declaration = replace(declaration, reason=f"pagination[{key!r}]")
        elif "x-pagination" in operation:
            spec_fail = _failer(f"{name}: x-pagination", json_pointer(pointer))
            declaration = parse_declaration(operation["x-pagination"], spec_fail)
            if declaration is not None:
                _check_against_operation(declaration, resolver, operation, item, spec_fail)
        elif detect_conventions:
            declaration = detect(document, method, operation, item, resolver=resolver)
        else:
            declaration = None
        if declaration is None:
            continue
        plan.declarations[(method, path)] = declaration
        plan.notes.append(f"{name} ({method} {path}): {declaration.describe()} [{declaration.source_note()}]")
    unknown = sorted(set(config) - matched)
    if unknown:
        raise GenerationError(
            f"config pagination: {unknown[0]!r} matches no operation (use an operationId or 'METHOD /path')"
        )
    return plan


def _failer(prefix: str, pointer: str | None) -> Callable[[str, str], GenerationError]:
    """An error factory for one declaration: ``fail("cursor.from", "...")`` names the operation and the field."""

    def fail(name: str, problem: str) -> GenerationError:
        message = f"{prefix}{'.' + name if name else ''}: {problem}"
        return SpecError(pointer, message) if pointer is not None else GenerationError(message)

    return fail


def _check_against_operation(
    declaration: Declaration,
    resolver: _Resolver,
    operation: Mapping[str, Any],
    item: Mapping[str, Any],
    fail: Callable[[str, str], GenerationError],
) -> None:
    """The parameters a declaration names must exist where it says they are."""
    query = resolver.parameters(operation, item, "query")
    if declaration.kind in ("cursor", "offset", "page"):
        label = {"cursor": "cursor.param", "offset": "offset.param", "page": "page.param"}[declaration.kind]
        if declaration.location == "body":
            body = resolver.json_body(operation)
            if body is None:
                raise fail("cursor.in", "the operation has no JSON request body to carry the cursor")
        elif declaration.param not in query:
            raise fail(label, f"{declaration.param!r} is not a query parameter of the operation")
    if declaration.size_param and declaration.size_param not in query and declaration.kind in ("offset", "page"):
        label = "offset.limit" if declaration.kind == "offset" else "page.size"
        raise fail(label, f"{declaration.size_param!r} is not a query parameter of the operation")


# ----------------------------------------------------------------------------------------- typed operations


def typed_operation(
    operation: Operation,
    declaration: Declaration,
    models: Mapping[str, Any],
    warnings: list[str],
    document: Mapping[str, Any] | None = None,
) -> PagedOperation:
    """Resolve the declaration's items path through opc's parsed response model to a typed item; when the page
    has no model, through the spec (``document``) to the items' own model, if it was generated."""
    taken = {str(parameter.python_name) for parameter in operation.parameters} | {"client", "body", "self"}
    start_arg = _free_name("start", taken)
    max_items_arg = _free_name("max_items", taken | {start_arg})
    resolved = _resolve_items(operation, declaration, models)
    if isinstance(resolved, str):
        model = _items_model(operation, declaration, models, document or {})
        if model is not None:
            imports = tuple(sorted(model.get_imports(prefix="...") | model.get_lazy_imports(prefix="...")))
            name = str(model.class_info.name)
            return PagedOperation(
                declaration, PythonCode(name), imports, "", None, start_arg, max_items_arg, item_model=name
            )
        warnings.append(f"{operation.operation_id}: pagination items: {resolved}; its items are typed Any")
        return PagedOperation(declaration, PythonCode("Any"), (), "", None, start_arg, max_items_arg)
    item_type, imports, root_check, steps, union_items = resolved
    fields = _resolve_fields(operation, declaration, models)
    imports = tuple(sorted({*imports, *(line for field in fields for line in field.imports)}))
    return PagedOperation(
        declaration, item_type, imports, root_check, steps, start_arg, max_items_arg, fields, union_items=union_items
    )


def _items_model(
    operation: Operation, declaration: Declaration, models: Mapping[str, Any], document: Mapping[str, Any]
) -> Any:
    """The generated model of the items, found through the spec: the items' schema is a reference to a component
    (directly, through an alias or a one-part ``allOf``) whose model opc made; None otherwise."""
    from .._upstream import ModelProperty

    resolver = _Resolver(document)
    method = _dict_of(_dict_of(document.get("paths")).get(operation.spec_path)).get(operation.method.lower())
    node, _ = resolver.success(_dict_of(method))
    for step in declaration.items:
        node = resolver.properties(node).get(step) if isinstance(step, str) else None
    array = resolver.deref(node)
    items = array.get("items") if isinstance(array, dict) and resolver.kind(array) == "array" else None
    key = _component_key(resolver, items)
    if key is None:
        return None
    schema = _dict_of(_dict_of(document.get("components")).get("schemas")).get(key)
    model = models.get(component_class_name(key, schema))
    if not isinstance(model, ModelProperty) or f"/components/schemas/{key}" not in map(untrusted, model.roots):
        return None  # not generated, or renamed when opc made it (ClassNames): leave the items untyped
    return model


def _component_key(resolver: _Resolver, schema: object) -> str | None:
    """The component a schema refers to, through aliases (a bare ``$ref`` or a one-part ``allOf``)."""
    key = None
    for _ in range(32):
        if not isinstance(schema, dict):
            return key
        parts = schema.get("allOf")
        if "$ref" not in schema and isinstance(parts, list) and len(parts) == 1 and len(schema) == 1:
            schema = parts[0]
            continue
        ref = schema.get("$ref")
        if not (isinstance(ref, str) and ref.startswith(_LOCAL_SCHEMA) and "/" not in ref[len(_LOCAL_SCHEMA) :]):
            return key
        key = ref[len(_LOCAL_SCHEMA) :].replace("~1", "/").replace("~0", "~")
        schema = resolver.deref(schema)
    return key


_LOCAL_SCHEMA = "#/components/schemas/"


def _dict_of(value: object) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def _free_name(name: str, taken: set[str]) -> str:
    while name in taken:
        name += "_"
    return name


def _unwrap(prop: Any) -> Any:
    """A nullable property's non-null property; any other property as it is."""
    from .._upstream import NoneProperty, UnionProperty

    if isinstance(prop, UnionProperty):
        inner = [p for p in prop.inner_properties if not isinstance(p, NoneProperty)]
        return inner[0] if len(inner) == 1 else prop
    return prop


def _page_root(operation: Operation) -> Any:
    """The (unwrapped) model or list property (or union of lists) of the first 2xx JSON response, or None."""
    from .._upstream import ModelProperty

    responses = [response.prop for response in operation.success if response.source["return_type"] != "None"]
    candidates = [
        _unwrap(prop) for prop in responses if isinstance(_unwrap(prop), ModelProperty) or _lists(_unwrap(prop))
    ]
    return candidates[0] if candidates else None


def _lists(prop: Any) -> list[Any] | None:
    """The item properties of a list property, or of a union of lists (``list[A] | list[B]``); None for others."""
    from .._upstream import ListProperty, NoneProperty, UnionProperty

    if isinstance(prop, ListProperty):
        return [prop.inner_property]
    if isinstance(prop, UnionProperty):
        members: list[Any] = [inner for inner in prop.inner_properties if not isinstance(inner, NoneProperty)]
        if members and all(isinstance(inner, ListProperty) for inner in members):
            return [inner.inner_property for inner in members]
    return None


def _members(prop: Any, models: Mapping[str, Any]) -> list[Any] | None:
    """The properties of a model property (resolved through ``models``), or None when ``prop`` is no model."""
    from .._upstream import ModelProperty

    if not isinstance(prop, ModelProperty):
        return None
    current = models.get(str(prop.class_info.name), prop)
    return [*(current.required_properties or []), *(current.optional_properties or [])]


def _passes_through(prop: Any) -> bool:
    """Whether opc's ``from_dict`` keeps this property's JSON value unchanged (no parsing, no enum, no model)."""
    from .._upstream import AnyProperty, BooleanProperty, IntProperty, NoneProperty, StringProperty, UnionProperty

    raw = (AnyProperty, BooleanProperty, IntProperty, StringProperty)
    if isinstance(prop, UnionProperty):
        return all(isinstance(inner, (*raw, NoneProperty)) for inner in prop.inner_properties)
    return isinstance(prop, raw)


def _resolve_fields(operation: Operation, declaration: Declaration, models: Mapping[str, Any]) -> tuple[Field, ...]:
    """The declaration's body values that can be read from the typed page instead of decoding the body again."""
    from .._upstream import ModelProperty

    wanted: list[tuple[str, JsonPath]] = []
    if declaration.kind in ("cursor", "url") and declaration.source:
        wanted.append(("source", declaration.source))
    if declaration.has_more:
        wanted.append(("has_more", declaration.has_more))
    if declaration.kind == "offset" and declaration.total:
        wanted.append(("total", declaration.total))
    root = _page_root(operation)
    if not isinstance(root, ModelProperty):
        return ()
    fields = (_resolve_field(role, path, root, models) for role, path in wanted)
    return tuple(field for field in fields if field is not None)


def _resolve_field(role: str, path: JsonPath, root: Any, models: Mapping[str, Any]) -> Field | None:
    """How to read ``path`` from the typed page whose model is ``root``, or None when it cannot be read there."""
    from .._upstream import ListProperty, ModelProperty

    expression = "page"
    conditions = [f"isinstance(page, {root.class_info.name})"]
    imports: set[str] = set()
    prop, raw = root, root
    for key in path:
        if isinstance(key, int):
            if not isinstance(prop, ListProperty):
                return None
            conditions.append(f"len({expression}) >= {key + 1 if key >= 0 else -key}")
            expression += f"[{key}]"
            raw = prop.inner_property
        else:
            members = _members(prop, models)
            match = next((m for m in members or () if untrusted(m.name) == key), None)
            if match is None:
                return None
            expression += f".{match.python_name}"
            raw = match
        prop = _unwrap(raw)
        if isinstance(prop, ModelProperty):
            conditions.append(f"isinstance({expression}, {prop.class_info.name})")
            imports |= prop.get_lazy_imports(prefix="...")
        elif isinstance(prop, ListProperty):
            conditions.append(f"isinstance({expression}, list)")
    if not _passes_through(raw):
        return None
    return Field(role, path, " and ".join(conditions), expression, tuple(sorted(imports)))


def _resolve_items(
    operation: Operation, declaration: Declaration, models: Mapping[str, Any]
) -> tuple[PythonCode, tuple[str, ...], str, tuple[Step, ...], bool] | str:
    from .._upstream import ModelProperty

    unwrap = _unwrap

    def model(prop: Any) -> Any:
        return models.get(str(prop.class_info.name), prop) if isinstance(prop, ModelProperty) else None

    root = _page_root(operation)
    candidates = [root] if root is not None else []
    if not candidates:
        return "the 2xx response has no JSON model"
    prop = candidates[0]
    root_check = str(prop.class_info.name) if isinstance(prop, ModelProperty) else "list"
    steps: list[Step] = []
    step_imports: set[str] = set()  # page_items checks each step's model with isinstance: it must be imported
    for key in declaration.items:
        current = model(prop)
        if current is None or isinstance(key, int):
            return f"`{show_path(declaration.items)}` does not name model properties"
        members = [*(current.required_properties or []), *(current.optional_properties or [])]
        match = next((member for member in members if untrusted(member.name) == key), None)
        if match is None:
            return f"`{key}` is not a property of {current.class_info.name}"
        prop = unwrap(match)
        if isinstance(prop, ModelProperty):
            check = str(prop.class_info.name)
            step_imports |= prop.get_lazy_imports(prefix="...")  # the class itself (get_imports has typing only)
        elif _lists(prop):
            check = "list"
        else:
            return f"`{key}` is neither a model nor a list"
        steps.append(Step(attr=str(match.python_name), check=check))
    inners = _lists(prop)
    if not inners:
        return f"`{show_path(declaration.items)}` is not a list"
    types = dict.fromkeys(inner.get_type_string().as_unembedded_code() for inner in inners)
    item_type = inners[0].get_type_string() if len(inners) == 1 else PythonCode(" | ".join(types))
    imports = set(step_imports)
    for inner in inners:
        imports |= inner.get_imports(prefix="...") | inner.get_lazy_imports(prefix="...")
    return item_type, tuple(sorted(imports)), root_check, tuple(steps), len(inners) > 1
