"""What changed between two versions of a spec, for users of the generated Python package.

This is the *spec* diff. ``diff`` and ``generate --changelog`` report the *package* report instead
(``package_diff.py``): the surface of the two generated packages, plus the deprecations and wire-only changes found
here. The spec diff alone still serves where no package is at hand (a plain ``generate`` noting unrecorded
changes).

Every change is classified for a *Python caller* of the package:

- ``breaking``: code that works today can fail, either after upgrading to the regenerated package (a removed or
  renamed function, a new required argument, an attribute that may now be ``None``...) or while it still runs an
  already-installed package version against the changed API (a field or parameter whose wire name or location
  moved, pagination fields its paginator no longer finds...);
- ``addition``: new capability, nothing existing changes (a new operation, optional argument, field or model);
- ``patch``: the package changes but calls, types and installed versions stay compatible (a relaxed requirement,
  an operationId that maps to the same Python name, a deprecation, a documentation-only change).

Direction matters: a model used in requests is something callers *build*, one used in responses something they
*read*. A new enum value is an addition in both directions: in a request callers may start sending it, and in
a response already-installed package versions keep it as an unknown member (the generated enums' ``_missing_``
makes a pseudo-member whose ``is_known()`` is false instead of raising, as Stainless, Speakeasy and Fern do), so
the change is noted for code that matches members exhaustively. A removed enum value is breaking in a request
(callers can no longer send it) and not in a response (callers only ever receive fewer values). A model used in
both directions gets the stricter verdict.

Everything is computed from the raw documents (local ``$ref`` s followed, cycles guarded); Python names come from
opc's own identifier helpers so that "renamed" means "the Python name changed".
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Literal

from .._upstream import PythonIdentifier
from ..plan.operations import CLIENT_RESERVED, HTTP_METHODS, NDJSON_TYPES
from ..spec.loader import load_document
from ._diff_schema import (
    REQUEST,
    RESPONSE,
    Resolver,
    SlotDiff,
    as_dict,
    compare_model,
    compare_slot,
    field_name,
    is_class_schema,
    model_class,
    shape_of,
    shown,
    usage_by_model,
)

__all__ = ["Change", "DiffReport", "Level", "diff_documents", "diff_files", "render_json", "render_markdown"]

Level = Literal["breaking", "addition", "patch"]
_LEVEL_ORDER: dict[str, int] = {"breaking": 0, "addition": 1, "patch": 2}
_BUMPS = {"breaking": "major", "addition": "minor", "patch": "patch"}


@dataclass(frozen=True)
class Change:
    """One change, classified for Python callers. ``subject`` (Markdown) is the operation or model it belongs to."""

    subject: str
    kind: str
    level: Level
    message: str
    pointer: str  # a JSON pointer into the new document (into the old one for removals), or a Python name
    note: str = ""  # a longer explanation shared by many changes: printed once, then referred to
    wire: bool = False  # no Python counterpart: the package's names and types are unchanged

    @property
    def breaking(self) -> bool:
        """Whether code written against the previous package version can break."""
        return self.level == "breaking"


@dataclass
class DiffReport:
    """Every change between two documents, in document order, plus what the documents say about themselves."""

    old_title: str
    new_title: str
    old_version: str
    new_version: str
    changes: list[Change] = field(default_factory=list)

    def count(self, level: Level) -> int:
        """How many changes have this level."""
        return sum(1 for change in self.changes if change.level == level)

    @property
    def breaking(self) -> bool:
        """Whether any change is breaking."""
        return any(change.breaking for change in self.changes)

    @property
    def bump(self) -> Literal["major", "minor", "patch"] | None:
        """The semver bump the package needs: major for breaking, minor for additions, patch otherwise."""
        if not self.changes:
            return None
        worst = min(self.changes, key=lambda change: _LEVEL_ORDER[change.level]).level
        return _BUMPS[worst]  # type: ignore[return-value]

    @property
    def summary(self) -> str:
        """E.g. ``2 breaking changes, 1 addition, no other changes``."""
        if not self.changes:
            return "no changes that affect the Python package"
        words = {"breaking": "breaking change", "addition": "addition", "patch": "other change"}
        parts = []
        for level in ("breaking", "addition", "patch"):
            n = sum(1 for change in self.changes if change.level == level)
            parts.append(f"{n} {words[level]}{'' if n == 1 else 's'}")
        return ", ".join(parts)


# --------------------------------------------------------------------------------------------- classification


@dataclass(frozen=True)
class _Rule:
    """How a slot-level change is classified: breaking in a direction when that direction has a reason."""

    level: Level  # the level when it is not breaking
    request: str | None = None
    response: str | None = None
    note_request: str | None = None
    note_response: str | None = None


_RULES: dict[str, _Rule] = {
    "field-added-required": _Rule("addition", request="code that builds this model must now pass it"),
    "field-added-optional": _Rule("addition"),
    "field-removed": _Rule(
        "patch",
        request="code that passes it gets a TypeError",
        response="code that reads the attribute gets an AttributeError",
    ),
    "field-now-required": _Rule("patch", request="code that builds this model must now pass it"),
    "field-now-optional": _Rule("patch", response="the attribute may now be UNSET"),
    "now-nullable": _Rule("patch", response="code that reads it must now handle `None`"),
    "no-longer-nullable": _Rule("patch", request="passing `None` is now rejected"),
    "type-widened": _Rule("patch", response="code that reads it gets values of types it did not expect"),
    "type-narrowed": _Rule("patch", request="values of the old type are no longer accepted"),
    "type-changed": _Rule(
        "patch",
        request="values of the old type are no longer accepted",
        response="code that reads it gets a different type",
    ),
    "enum-value-added": _Rule(
        "addition",
        note_response=(
            "already-installed package versions read it as an unknown member whose `is_known()` is false, "
            "so code that matches every member should handle it"
        ),
    ),
    "enum-value-removed": _Rule(
        "patch",
        request="the member disappears from the Enum class, so code can no longer send it",
        note_response="responses only carry fewer values; code that names the member must drop it",
    ),
    "wire-name-changed": _Rule(
        "patch",
        request="already-installed package versions still send the old name",
        response="already-installed package versions still read the old name, so they lose the value or fail",
    ),
    "deprecated": _Rule("patch"),
    "additional-properties-allowed": _Rule("addition"),
    "additional-properties-forbidden": _Rule(
        "patch",
        request="`additional_properties` is no longer accepted",
        response="the `additional_properties` attribute is gone",
    ),
}


def _classify(diff: SlotDiff, directions: set[str]) -> tuple[Level, str]:
    rule = _RULES[diff.kind]
    reasons = [
        reason
        for direction, reason in ((REQUEST, rule.request), (RESPONSE, rule.response))
        if reason and direction in directions
    ]
    message = f"`{diff.where}`: {diff.detail}"
    if reasons:
        return "breaking", f"{message} — {'; '.join(reasons)}."
    notes = [
        note
        for direction, note in ((REQUEST, rule.note_request), (RESPONSE, rule.note_response))
        if note and direction in directions
    ]
    return rule.level, message + (f" ({'; '.join(notes)})." if notes else ".")


# --------------------------------------------------------------------------------------------- the documents


@dataclass
class _Operation:
    method: str
    path: str
    pointer: str
    data: dict[str, Any]
    path_item: dict[str, Any]
    path_pointer: str
    name: str  # the Python name of the module/function
    operation_id: str
    tag: str  # the Python attribute of the tag

    @property
    def key(self) -> tuple[str, str]:
        return self.method, re.sub(r"\{[^}]*\}", "{}", self.path)

    @property
    def subject(self) -> str:
        return f"`client.{self.tag}.{self.name}` (`{self.method.upper()} {shown(self.path, limit=100_000)}`)"


def _operations(data: dict[str, Any], resolver: Resolver) -> dict[tuple[str, str], _Operation]:
    found: dict[tuple[str, str], _Operation] = {}
    for path, raw_item in as_dict(data.get("paths")).items():
        item, _ = resolver.deref(raw_item)
        if not isinstance(item, dict):
            continue
        path_pointer = "#/paths/" + _escape(str(path))
        for method in HTTP_METHODS:
            operation = item.get(method)
            if not isinstance(operation, dict):
                continue
            raw_id = operation.get("operationId")
            operation_id = str(raw_id) if isinstance(raw_id, str) else ""
            if operation_id:
                name = str(PythonIdentifier(operation_id, "field_"))
            else:  # opc's generate_operation_id
                unsafe = str(path).replace("{", "").replace("}", "").replace("/", "_").removeprefix("_")
                name = str(PythonIdentifier(f"{method}_{unsafe.removesuffix('_')}", "field_"))
            tags = operation.get("tags")
            tag_name = str(tags[0]) if isinstance(tags, list) and tags else "default"
            tag = str(PythonIdentifier(tag_name, "tag"))
            if tag in CLIENT_RESERVED:
                tag += "_"
            op = _Operation(
                method=method,
                path=str(path),
                pointer=f"{path_pointer}/{method}",
                data=operation,
                path_item=item,
                path_pointer=path_pointer,
                name=name,
                operation_id=operation_id,
                tag=tag,
            )
            found.setdefault(op.key, op)
    return found


@dataclass(frozen=True)
class _Parameter:
    name: str
    location: str
    required: bool
    schema: Any
    pointer: str
    deprecated: bool


def _parameters(op: _Operation, resolver: Resolver) -> dict[str, _Parameter]:
    merged: dict[tuple[str, str], tuple[dict[str, Any], str]] = {}
    sources = ((op.path_item.get("parameters"), op.path_pointer), (op.data.get("parameters"), op.pointer))
    for params, base in sources:
        if not isinstance(params, list):
            continue
        for index, raw in enumerate(params):
            param, _ = resolver.deref(raw)
            if isinstance(param, dict) and isinstance(param.get("name"), str):
                merged[(str(param.get("in")), param["name"])] = (param, f"{base}/parameters/{index}")
    out: dict[str, _Parameter] = {}
    for (location, name), (param, pointer) in merged.items():
        schema = param.get("schema")
        content = as_dict(param.get("content"))
        if schema is None and content:
            schema = as_dict(next(iter(content.values()))).get("schema")
        python = field_name(name)
        if python in out:  # opc disambiguates a name used in two locations with the location
            python = f"{python}_{location}"
        out[python] = _Parameter(
            name=name,
            location=location,
            required=location == "path" or param.get("required") is True,
            schema=schema,
            pointer=pointer,
            deprecated=param.get("deprecated") is True,
        )
    return out


def _media_kind(media_type: str) -> str:
    """How the package treats a media type: json / ndjson (typed lines) / form / multipart / text / binary."""
    media = media_type.split(";")[0].strip().lower()
    if media in NDJSON_TYPES:
        return "ndjson"
    if media == "application/json" or media.endswith("+json"):
        return "json"
    if media == "application/x-www-form-urlencoded":
        return "form"
    if media == "multipart/form-data":
        return "multipart"
    if media.startswith("text/"):
        return "text"
    return "binary"


def _contents(node: Any, pointer: str) -> dict[str, tuple[Any, str]]:
    """The schema (and its pointer) per media kind (json, form, multipart, text, binary)."""
    content = node.get("content") if isinstance(node, dict) else None
    out: dict[str, tuple[Any, str]] = {}
    if isinstance(content, dict):
        for media_type, media in content.items():
            kind = _media_kind(str(media_type))
            media = as_dict(media)
            # NDJSON: the schema of one line (OpenAPI 3.2 ``itemSchema``, or ``x-item-schema``) is what is typed
            key = next((k for k in ("itemSchema", "x-item-schema") if k in media), "itemSchema")
            key = key if kind == "ndjson" else "schema"
            out.setdefault(kind, (media.get(key), f"{pointer}/content/{_escape(str(media_type))}/{key}"))
    return out


def _media_types(node: Any, kind: str) -> list[str]:
    content = node.get("content") if isinstance(node, dict) else None
    return sorted(str(m) for m in content if _media_kind(str(m)) == kind) if isinstance(content, dict) else []


def _return_atoms(kind: str, schema: Any, resolver: Resolver) -> frozenset[str]:
    if kind in ("json", "form", "multipart"):
        shape = shape_of(schema, resolver)
        return shape.atoms | ({"None"} if shape.nullable else set())
    if kind == "ndjson":
        return frozenset({f"lines[{shape_of(schema, resolver).display}]"})
    return frozenset({"str"}) if kind == "text" else frozenset({"File"})


def _security(op: _Operation, data: dict[str, Any]) -> set[frozenset[str]]:
    requirements = op.data.get("security", data.get("security"))
    if not isinstance(requirements, list) or not requirements:
        return {frozenset()}
    return {frozenset(str(name) for name in item) for item in requirements if isinstance(item, dict)}


def _escape(part: str) -> str:
    return part.replace("~", "~0").replace("/", "~1")


# --------------------------------------------------------------------------------------------- the comparison


class _Differ:
    def __init__(self, old: dict[str, Any], new: dict[str, Any], old_label: str, new_label: str) -> None:
        self.old = old
        self.new = new
        self.old_r = Resolver(old, old_label)
        self.new_r = Resolver(new, new_label)
        self.changes: list[Change] = []

    def add(self, subject: str, kind: str, level: Level, message: str, pointer: str) -> None:
        self.changes.append(Change(subject=subject, kind=kind, level=level, message=message, pointer=pointer))

    def slot(self, subject: str, directions: set[str]) -> Any:
        def emit(diff: SlotDiff) -> None:
            level, message = _classify(diff, directions)
            self.add(subject, diff.kind, level, message, diff.pointer)

        return emit

    def run(self) -> list[Change]:
        self.operations()
        self.models()
        self.security_schemes()
        self.servers()
        if not self.changes and self.old != self.new:
            self.add(
                "the document",
                "other",
                "patch",
                "The spec changed in ways that do not alter the Python API (descriptions, examples, validation "
                "keywords): docstrings and the package metadata may differ.",
                "#",
            )
        return self.changes

    # ------------------------------------------------------------------ operations
    def operations(self) -> None:
        before, after = _operations(self.old, self.old_r), _operations(self.new, self.new_r)
        for key, op in after.items():
            if key not in before:
                self.add(
                    op.subject,
                    "operation-added",
                    "addition",
                    f"New operation: `client.{op.tag}.{op.name}(...)` and the module `api.{op.tag}.{op.name}` "
                    f"(async twin in `aio.{op.tag}`).",
                    op.pointer,
                )
            else:
                self.operation(before[key], op)
        for key, op in before.items():
            if key not in after:
                self.add(
                    op.subject,
                    "operation-removed",
                    "breaking",
                    f"Operation removed: `client.{op.tag}.{op.name}` and `api.{op.tag}.{op.name}` no longer exist.",
                    op.pointer,
                )

    def operation(self, old: _Operation, new: _Operation) -> None:
        subject = new.subject
        if old.name != new.name:
            self.add(
                subject,
                "operation-renamed",
                "breaking",
                f"Renamed from `{old.tag}.{old.name}` to `{new.tag}.{new.name}` (operationId "
                f"`{shown(old.operation_id or '-')}` → `{shown(new.operation_id or '-')}`): the old function, "
                "method and module no longer exist.",
                new.pointer + "/operationId",
            )
        elif old.operation_id != new.operation_id:
            self.add(
                subject,
                "operation-id-changed",
                "patch",
                f"operationId `{shown(old.operation_id or '-')}` → `{shown(new.operation_id or '-')}`; the Python name "
                f"`{new.name}` is unchanged.",
                new.pointer + "/operationId",
            )
        if old.tag != new.tag:
            self.add(
                subject,
                "operation-moved",
                "breaking",
                f"Moved from tag `{old.tag}` to `{new.tag}`: `client.{old.tag}.{old.name}` and the module "
                f"`api.{old.tag}.{old.name}` no longer exist.",
                new.pointer + "/tags",
            )
        if new.data.get("deprecated") is True and old.data.get("deprecated") is not True:
            self.add(subject, "operation-deprecated", "patch", "The operation is deprecated.", new.pointer)
        elif old.data.get("deprecated") is True and new.data.get("deprecated") is not True:
            self.add(subject, "operation-undeprecated", "patch", "The operation is no longer deprecated.", new.pointer)
        self.parameters(old, new, subject)
        self.request_body(old, new, subject)
        self.responses(old, new, subject)
        self.pagination(old, new, subject)
        self.security(old, new, subject)

    def parameters(self, old: _Operation, new: _Operation, subject: str) -> None:
        before, after = _parameters(old, self.old_r), _parameters(new, self.new_r)
        for python, param in after.items():
            if python in before:
                continue
            where = f"`{python}` ({param.location} parameter)"
            if param.required:
                self.add(
                    subject,
                    "parameter-added-required",
                    "breaking",
                    f"{where}: new required argument — every call must now pass `{python}=`.",
                    param.pointer,
                )
            else:
                self.add(
                    subject,
                    "parameter-added-optional",
                    "addition",
                    f"{where}: new optional argument of type `{shape_of(param.schema, self.new_r).display}`.",
                    param.pointer,
                )
        for python, param in before.items():
            if python not in after:
                self.add(
                    subject,
                    "parameter-removed",
                    "breaking",
                    f"`{python}` ({param.location} parameter): removed — calls that pass it get a TypeError.",
                    param.pointer,
                )
        for python, old_param in before.items():
            new_param = after.get(python)
            if new_param is None:
                continue
            where = f"`{python}` ({new_param.location} parameter)"
            if old_param.location != new_param.location:
                self.add(
                    subject,
                    "parameter-location-changed",
                    "breaking",
                    f"{where}: now sent in the {new_param.location} instead of the {old_param.location} — the "
                    "argument is unchanged, but already-installed package versions still send it the old way.",
                    new_param.pointer,
                )
            if old_param.name != new_param.name:
                self.add(
                    subject,
                    "wire-name-changed",
                    "breaking",
                    f"{where}: sent as `{shown(new_param.name)}` instead of `{shown(old_param.name)}` — the argument "
                    "is unchanged, but already-installed package versions still send the old name.",
                    new_param.pointer,
                )
            if old_param.required != new_param.required:
                if new_param.required:
                    self.add(
                        subject,
                        "parameter-now-required",
                        "breaking",
                        f"{where}: now required — every call must pass `{python}=`.",
                        new_param.pointer,
                    )
                else:
                    self.add(subject, "parameter-now-optional", "patch", f"{where}: now optional.", new_param.pointer)
            if new_param.deprecated and not old_param.deprecated:
                self.add(subject, "deprecated", "patch", f"{where}: deprecated.", new_param.pointer)
            old_default = _default(old_param.schema, self.old_r)
            new_default = _default(new_param.schema, self.new_r)
            if old_default != new_default and not new_param.required:
                self.add(
                    subject,
                    "default-changed",
                    "patch",
                    f"{where}: default `{shown(old_default)}` → `{shown(new_default)}` (calls that leave it out "
                    "now send the new default).",
                    new_param.pointer,
                )
            compare_slot(
                old_param.schema,
                new_param.schema,
                self.old_r,
                self.new_r,
                python,
                new_param.pointer + "/schema",
                self.slot(subject, {REQUEST}),
            )

    def request_body(self, old: _Operation, new: _Operation, subject: str) -> None:
        old_body, _ = self.old_r.deref(old.data.get("requestBody"))
        new_body, _ = self.new_r.deref(new.data.get("requestBody"))
        pointer = new.pointer + "/requestBody"
        if not isinstance(new_body, dict) and isinstance(old_body, dict):
            self.add(
                subject,
                "body-removed",
                "breaking",
                "The request body is gone: calls that pass `body=` get a TypeError.",
                old.pointer + "/requestBody",
            )
            return
        if not isinstance(new_body, dict):
            return
        required = new_body.get("required") is True
        if not isinstance(old_body, dict):
            if required:
                self.add(
                    subject,
                    "body-added-required",
                    "breaking",
                    "New required request body: every call must now pass `body=`.",
                    pointer,
                )
            else:
                self.add(subject, "body-added-optional", "addition", "New optional request body (`body=`).", pointer)
            return
        if (old_body.get("required") is True) != required:
            if required:
                self.add(
                    subject,
                    "body-now-required",
                    "breaking",
                    "The request body is now required: every call must pass `body=`.",
                    pointer,
                )
            else:
                self.add(subject, "body-now-optional", "patch", "The request body is now optional.", pointer)
        before, after = _contents(old_body, old.pointer + "/requestBody"), _contents(new_body, pointer)
        for kind in after.keys() - before.keys():
            self.add(
                subject,
                "body-media-type-added",
                "addition",
                f"The body can now also be sent as {kind}.",
                after[kind][1],
            )
        for kind in before.keys() - after.keys():
            self.add(
                subject,
                "body-media-type-removed",
                "breaking",
                f"The body can no longer be sent as {kind}: `body=` takes a different type.",
                before[kind][1],
            )
        for kind in sorted(before.keys() & after.keys()):
            old_types, new_types = _media_types(old_body, kind), _media_types(new_body, kind)
            if not set(old_types) & set(new_types):
                self.add(
                    subject,
                    "body-media-type-changed",
                    "breaking",
                    f"The body is now sent as `{shown(', '.join(new_types))}` instead of "
                    f"`{shown(', '.join(old_types))}` — `body=` is unchanged, but already-installed package versions "
                    "still send the old Content-Type.",
                    after[kind][1],
                )
            where = "body" if len(after) == 1 else f"body ({kind})"
            compare_slot(
                before[kind][0],
                after[kind][0],
                self.old_r,
                self.new_r,
                where,
                after[kind][1],
                self.slot(subject, {REQUEST}),
            )

    def responses(self, old: _Operation, new: _Operation, subject: str) -> None:
        def collect(op: _Operation, resolver: Resolver) -> dict[str, tuple[Any, str]]:
            raw = op.data.get("responses")
            out: dict[str, tuple[Any, str]] = {}
            if isinstance(raw, dict):
                for status, response in raw.items():
                    target, _ = resolver.deref(response)
                    out[str(status).upper()] = (target, f"{op.pointer}/responses/{_escape(str(status))}")
            return out

        before, after = collect(old, self.old_r), collect(new, self.new_r)
        success_before = {s for s in before if s.startswith("2")}
        success_after = {s for s in after if s.startswith("2")}
        returned_before: set[str] = set()
        for status in success_before:
            for kind, (schema, _) in _contents(before[status][0], "").items():
                returned_before |= _return_atoms(kind, schema, self.old_r)
            if not _contents(before[status][0], ""):
                returned_before.add("None")
        single = len(success_before | success_after) == 1
        for status in sorted(after.keys() | before.keys()):
            success = status.startswith("2")
            if status not in before:
                if not success:
                    self.add(
                        subject,
                        "error-response-added",
                        "patch",
                        f"New documented error response {shown(status)}.",
                        after[status][1],
                    )
                    continue
                new_atoms: set[str] = set()
                for kind, (schema, _) in _contents(after[status][0], "").items():
                    new_atoms |= _return_atoms(kind, schema, self.new_r)
                if not _contents(after[status][0], ""):
                    new_atoms.add("None")
                extra = sorted(atom.removeprefix("model:") for atom in new_atoms - returned_before)
                if extra:
                    self.add(
                        subject,
                        "success-response-added",
                        "breaking",
                        f"New success response {shown(status)}: the return type gains "
                        f"`{' | '.join(extra)}`, which code that uses the result does not expect.",
                        after[status][1],
                    )
                else:
                    self.add(
                        subject,
                        "success-response-added",
                        "patch",
                        f"New success response {shown(status)} with a type the call already returns.",
                        after[status][1],
                    )
                continue
            if status not in after:
                kind_name = "success-response-removed" if success else "error-response-removed"
                self.add(
                    subject,
                    kind_name,
                    "patch",
                    f"Response {shown(status)} is no longer documented.",
                    before[status][1],
                )
                continue
            if not success:
                continue
            old_content = _contents(before[status][0], before[status][1])
            new_content = _contents(after[status][0], after[status][1])
            where = "response" if single else f"response {shown(status)}"
            if old_content.keys() != new_content.keys():
                old_type = " | ".join(sorted(old_content)) or "no body"
                new_type = " | ".join(sorted(new_content)) or "no body"
                narrowed = bool(new_content) and new_content.keys() <= old_content.keys()
                self.add(
                    subject,
                    "response-content-changed",
                    "patch" if narrowed else "breaking",
                    f"`{where}`: content {old_type} → {new_type}"
                    + (" (the return type narrows)." if narrowed else ": the call returns a different type."),
                    after[status][1],
                )
            for kind in sorted(old_content.keys() & new_content.keys()):
                compare_slot(
                    old_content[kind][0],
                    new_content[kind][0],
                    self.old_r,
                    self.new_r,
                    f"{where} lines" if kind == "ndjson" else where,
                    new_content[kind][1],
                    self.slot(subject, {RESPONSE}),
                )

    def pagination(self, old: _Operation, new: _Operation, subject: str) -> None:
        before, after = old.data.get("x-pagination"), new.data.get("x-pagination")
        pointer = new.pointer + "/x-pagination"
        if before == after:
            return
        if not isinstance(before, dict) and isinstance(after, dict):
            self.add(
                subject,
                "pagination-added",
                "addition",
                "Now paginated (`x-pagination`): iterate every item with the generated paginator.",
                pointer,
            )
        elif isinstance(before, dict) and not isinstance(after, dict):
            self.add(
                subject,
                "pagination-removed",
                "breaking",
                "No longer paginated (`x-pagination` removed): code that iterates pages or items with the "
                "paginator breaks.",
                old.pointer + "/x-pagination",
            )
        elif isinstance(before, dict) and isinstance(after, dict):
            style_before = sorted(str(k) for k in before if k != "items")
            style_after = sorted(str(k) for k in after if k != "items")
            if style_before != style_after:
                self.add(
                    subject,
                    "pagination-style-changed",
                    "breaking",
                    f"Pagination style `{shown(', '.join(style_before))}` → `{shown(', '.join(style_after))}`: "
                    "the paginator's page type and start arguments change.",
                    pointer,
                )
            else:
                changed = sorted(str(k) for k in after if before.get(k) != after.get(k))
                self.add(
                    subject,
                    "pagination-changed",
                    "breaking",
                    f"Pagination details changed (`{shown(', '.join(changed))}`) — iteration code is unchanged, but "
                    "the paginators of already-installed package versions follow the old fields.",
                    pointer,
                )

    def security(self, old: _Operation, new: _Operation, subject: str) -> None:
        before, after = _security(old, self.old), _security(new, self.new)
        if before == after:
            return
        pointer = new.pointer + "/security"
        anonymous_before, anonymous_after = frozenset() in before, frozenset() in after

        def names(alternatives: Iterable[frozenset[str]]) -> str:
            return " or ".join(sorted("+".join(sorted(shown(n) for n in alt)) for alt in alternatives if alt))

        if anonymous_before and not anonymous_after:
            self.add(
                subject,
                "auth-required",
                "breaking",
                f"Now requires authentication ({names(after)}): clients created without credentials get 401.",
                pointer,
            )
            return
        if anonymous_after and not anonymous_before:
            self.add(subject, "auth-relaxed", "patch", "No longer requires authentication.", pointer)
            return
        removed, added = before - after, after - before
        if removed:
            self.add(
                subject,
                "auth-alternative-removed",
                "breaking",
                f"No longer accepts {names(removed)}: clients configured for it get 401.",
                pointer,
            )
        if added:
            self.add(subject, "auth-alternative-added", "addition", f"Now also accepts {names(added)}.", pointer)

    # ------------------------------------------------------------------ models
    def models(self) -> None:
        before = _schemas(self.old)
        after = _schemas(self.new)
        usage_before = usage_by_model(self.old, self.old_r)
        usage_after = usage_by_model(self.new, self.new_r)
        classes_before = {name for name, schema in before.items() if is_class_schema(schema)}
        classes_after = {name for name, schema in after.items() if is_class_schema(schema)}
        removed = [name for name in before if name in classes_before and name not in after]
        added = [name for name in after if name in classes_after and name not in before]
        renamed: dict[str, str] = {}
        for old_name in removed:
            for new_name in added:
                if new_name not in renamed.values() and before[old_name] == after[new_name]:
                    renamed[old_name] = new_name
                    break
        for name in sorted(after, key=model_class):
            pointer = "#/components/schemas/" + _escape(name)
            subject = f"model `{model_class(name)}`"
            if name in added and name not in renamed.values():
                self.add(subject, "model-added", "addition", f"New model class `{model_class(name)}`.", pointer)
            elif name in before and (name in classes_before or name in classes_after):
                directions = (usage_before.get(name, set()) | usage_after.get(name, set())) or {REQUEST, RESPONSE}
                self.model(name, before[name], after[name], subject + _used_in(directions), directions, pointer)
        for old_name in removed:
            pointer = "#/components/schemas/" + _escape(old_name)
            subject = f"model `{model_class(old_name)}`"
            if old_name in renamed:
                self.add(
                    subject,
                    "model-renamed",
                    "breaking",
                    f"Renamed to `{model_class(renamed[old_name])}`: imports of `{model_class(old_name)}` fail.",
                    "#/components/schemas/" + _escape(renamed[old_name]),
                )
            else:
                self.add(
                    subject,
                    "model-removed",
                    "breaking",
                    f"Model class `{model_class(old_name)}` removed: imports of it fail.",
                    pointer,
                )

    def model(self, name: str, old: Any, new: Any, subject: str, directions: set[str], pointer: str) -> None:
        old_class, new_class = is_class_schema(old), is_class_schema(new)
        old_enum = isinstance(old, dict) and "enum" in old
        new_enum = isinstance(new, dict) and "enum" in new
        if old_class != new_class or old_enum != new_enum:
            became = (
                "an Enum"
                if new_enum
                else "a model class"
                if new_class
                else f"the type alias `{shape_of(new, self.new_r).display}`"
            )
            self.add(
                subject,
                "model-kind-changed",
                "breaking",
                f"`{model_class(name)}` is now {became}: code that builds or reads it changes.",
                pointer,
            )
            return
        compare_model(old, new, self.old_r, self.new_r, model_class(name), pointer, self.slot(subject, directions))

    # ------------------------------------------------------------------ security schemes and servers
    def security_schemes(self) -> None:
        def schemes(data: dict[str, Any], resolver: Resolver) -> dict[str, dict[str, Any]]:
            raw = (data.get("components") or {}).get("securitySchemes") or {}
            out: dict[str, dict[str, Any]] = {}
            if isinstance(raw, dict):
                for key, value in raw.items():
                    target, _ = resolver.deref(value)
                    if isinstance(target, dict):
                        out[str(key)] = target
            return out

        before, after = schemes(self.old, self.old_r), schemes(self.new, self.new_r)
        subject = "security schemes"
        for key in after:
            pointer = "#/components/securitySchemes/" + _escape(key)
            if key not in before:
                self.add(
                    subject,
                    "security-scheme-added",
                    "addition",
                    f"New security scheme `{shown(key)}` ({_scheme_kind(after[key])}).",
                    pointer,
                )
                continue
            old_kind, new_kind = _scheme_kind(before[key]), _scheme_kind(after[key])
            if old_kind != new_kind:
                self.add(
                    subject,
                    "security-scheme-changed",
                    "breaking",
                    f"`{shown(key)}`: {old_kind} → {new_kind}: the credential callers pass changes.",
                    pointer,
                )
            elif (before[key].get("in"), before[key].get("name")) != (after[key].get("in"), after[key].get("name")):
                self.add(
                    subject,
                    "security-scheme-moved",
                    "breaking",
                    f"`{shown(key)}`: the key is now sent in {shown(after[key].get('in'))} "
                    f"`{shown(after[key].get('name'))}` — the client does that for you, but already-installed "
                    "package versions still send it the old way.",
                    pointer,
                )
        for key in before:
            if key not in after:
                self.add(
                    subject,
                    "security-scheme-removed",
                    "patch",
                    f"Security scheme `{shown(key)}` removed.",
                    "#/components/securitySchemes/" + _escape(key),
                )

    def servers(self) -> None:
        before, after = _first_server(self.old), _first_server(self.new)
        if before != after:
            self.add(
                "servers",
                "server-changed",
                "patch",
                f"The default base URL changes from `{shown(before or '-')}` to `{shown(after or '-')}`.",
                "#/servers",
            )


def _used_in(directions: set[str]) -> str:
    if directions == {REQUEST}:
        return " (requests)"
    if directions == {RESPONSE}:
        return " (responses)"
    return " (requests and responses)"


def _schemas(data: dict[str, Any]) -> dict[str, Any]:
    raw = (data.get("components") or {}).get("schemas") or {}
    return {str(key): value for key, value in raw.items()} if isinstance(raw, dict) else {}


def _default(schema: Any, resolver: Resolver) -> Any:
    target, _ = resolver.deref(schema)
    return target.get("default") if isinstance(target, dict) else None


def _scheme_kind(scheme: dict[str, Any]) -> str:
    kind = str(scheme.get("type", "?"))
    if kind == "http":
        return f"http {str(scheme.get('scheme', '?')).lower()}"
    return kind


def _first_server(data: dict[str, Any]) -> str:
    servers = data.get("servers")
    if not isinstance(servers, list) or not servers or not isinstance(servers[0], dict):
        return ""
    return str(servers[0].get("url", ""))


# --------------------------------------------------------------------------------------------- entry points


def diff_documents(
    old: dict[str, Any], new: dict[str, Any], *, old_label: str = "old spec", new_label: str = "new spec"
) -> DiffReport:
    """Compare two loaded documents."""

    def info(data: dict[str, Any], key: str) -> str:
        value = (data.get("info") or {}).get(key) if isinstance(data.get("info"), dict) else None
        return str(value) if value is not None else ""

    changes = _Differ(old, new, old_label, new_label).run()
    return DiffReport(
        old_title=info(old, "title"),
        new_title=info(new, "title"),
        old_version=info(old, "version"),
        new_version=info(new, "version"),
        changes=changes,
    )


def diff_files(old: Path, new: Path) -> DiffReport:
    """Load two spec files (YAML or JSON) and compare them."""
    return diff_documents(load_document(old).data, load_document(new).data, old_label=str(old), new_label=str(new))


def render_markdown(report: DiffReport, *, level: int = 1, title: str | None = None) -> str:
    """The report as Markdown: a summary, then breaking changes, additions, other changes and wire-only changes.

    Within a section, changes are grouped under the name they concern (``models.X``, ``client.<resource>.<method>``);
    one change made identically to several names is one item listing them. A note shared by many changes is
    printed with the first and referred to by number after that. ``level`` is the title's heading level (2 for a
    CHANGELOG entry).
    """
    h = "#" * level
    if title is None:
        versions = f"{shown(report.old_version) or '?'} → {shown(report.new_version) or '?'}"
        title = f"API changes: {shown(report.new_title) or 'the API'} {versions}"
    lines = [f"{h} {title}", ""]
    if not report.changes:
        lines += ["No changes that affect the Python package.", ""]
        return "\n".join(lines)
    verdict = f"**{report.bump}** version bump" if report.bump else "no version bump"
    lines += [f"{report.summary[:1].upper()}{report.summary[1:]}: {verdict} for the Python package.", ""]
    notes: dict[str, int] = {}

    def text(change: Change) -> str:
        if not change.note:
            return change.message
        if change.note in notes:
            return f"{change.message} (see note {notes[change.note]})"
        notes[change.note] = len(notes) + 1
        return f"{change.message} (note {notes[change.note]}: {change.note})"

    sections = (
        ("breaking", "Breaking changes", False),
        ("addition", "Additions", False),
        ("patch", "Other changes", False),
        (None, "Wire only (the Python names and types are unchanged)", True),
    )
    for key, heading, wire in sections:
        entries = [c for c in report.changes if c.wire == wire and (key is None or c.level == key)]
        if not entries:
            continue
        lines += [f"{h}# {heading}", ""]
        subjects_of: dict[tuple[str, str], list[str]] = {}
        for change in entries:
            subjects = subjects_of.setdefault((change.level, change.message), [])
            if change.subject not in subjects:
                subjects.append(change.subject)
        shared = {message for message, subjects in subjects_of.items() if len(subjects) > 1}
        groups: dict[str, list[Change]] = {}
        for change in entries:
            if (change.level, change.message) not in shared:
                groups.setdefault(change.subject, []).append(change)

        def prefix(change: Change, wire: bool = wire) -> str:
            return f"({change.level}) " if wire else ""

        if shared:
            lines += [f"{h}## The same change in several places", ""]
        done: set[tuple[str, str]] = set()
        for change in entries:
            shared_key = (change.level, change.message)
            if shared_key in shared and shared_key not in done:
                done.add(shared_key)
                subjects = subjects_of[shared_key]
                lines.append(f"- {prefix(change)}{text(change)} In {len(subjects)} places: {', '.join(subjects)}.")
        if shared:
            lines.append("")
        for subject, changes in groups.items():
            lines += [f"{h}## {subject}", ""]
            lines += [f"- {prefix(change)}{text(change)}" for change in changes]
            lines.append("")
    return "\n".join(lines)


def render_json(report: DiffReport) -> str:
    """The report as JSON: summary counts, the bump, and every change with its kind, level and pointer."""
    payload = {
        "old": {"title": report.old_title, "version": report.old_version},
        "new": {"title": report.new_title, "version": report.new_version},
        "bump": report.bump,
        "breaking": report.count("breaking"),
        "additions": report.count("addition"),
        "other": report.count("patch"),
        "changes": [{**asdict(change), "breaking": change.breaking} for change in report.changes],
    }
    return json.dumps(payload, indent=2, ensure_ascii=False) + "\n"
