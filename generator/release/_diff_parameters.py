"""An operation's parameters: added, removed, moved, renamed on the wire, now required or optional, deprecated,
with a new default or a changed schema. Path-level and operation-level parameters are merged as opc merges them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ._diff_change import Comparison
from ._diff_paths import SpecOperation
from ._diff_schema import REQUEST, Resolver, as_dict, compare_slot, field_name, shape_of, shown

__all__ = ["compare_parameters"]


@dataclass(frozen=True)
class _Parameter:
    name: str
    location: str
    required: bool
    schema: Any
    pointer: str
    deprecated: bool


def _parameters(op: SpecOperation, resolver: Resolver) -> dict[str, _Parameter]:
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


def _default(schema: Any, resolver: Resolver) -> Any:
    target, _ = resolver.deref(schema)
    return target.get("default") if isinstance(target, dict) else None


def compare_parameters(c: Comparison, old: SpecOperation, new: SpecOperation, subject: str) -> None:
    """The changes to an operation's parameters, by Python argument name."""
    before, after = _parameters(old, c.old_r), _parameters(new, c.new_r)
    for python, param in after.items():
        if python in before:
            continue
        where = f"`{python}` ({param.location} parameter)"
        if param.required:
            c.add(
                subject,
                "parameter-added-required",
                "breaking",
                f"{where}: new required argument — every call must now pass `{python}=`.",
                param.pointer,
            )
        else:
            c.add(
                subject,
                "parameter-added-optional",
                "addition",
                f"{where}: new optional argument of type `{shape_of(param.schema, c.new_r).display}`.",
                param.pointer,
            )
    for python, param in before.items():
        if python not in after:
            c.add(
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
            c.add(
                subject,
                "parameter-location-changed",
                "breaking",
                f"{where}: now sent in the {new_param.location} instead of the {old_param.location} — the "
                "argument is unchanged, but already-installed package versions still send it the old way.",
                new_param.pointer,
            )
        if old_param.name != new_param.name:
            c.add(
                subject,
                "wire-name-changed",
                "breaking",
                f"{where}: sent as `{shown(new_param.name)}` instead of `{shown(old_param.name)}` — the argument "
                "is unchanged, but already-installed package versions still send the old name.",
                new_param.pointer,
            )
        if old_param.required != new_param.required:
            if new_param.required:
                c.add(
                    subject,
                    "parameter-now-required",
                    "breaking",
                    f"{where}: now required — every call must pass `{python}=`.",
                    new_param.pointer,
                )
            else:
                c.add(subject, "parameter-now-optional", "patch", f"{where}: now optional.", new_param.pointer)
        if new_param.deprecated and not old_param.deprecated:
            c.add(subject, "deprecated", "patch", f"{where}: deprecated.", new_param.pointer)
        old_default = _default(old_param.schema, c.old_r)
        new_default = _default(new_param.schema, c.new_r)
        if old_default != new_default and not new_param.required:
            c.add(
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
            c.old_r,
            c.new_r,
            python,
            new_param.pointer + "/schema",
            c.slot(subject, {REQUEST}),
        )
