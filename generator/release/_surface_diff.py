"""Compare two package surfaces (``surface.py``) and classify every change for a Python caller.

Breaking: a removed or renamed public name (``X`` → ``XType0`` included); a return type that changes in any way
(narrowing included, and ``None`` / ``Any`` when a model stopped generating); a field whose annotation changes (may
now be ``None``, another type) or that the constructor now needs; a new required parameter, a removed parameter, a
parameter whose accepted types shrink; a removed enum member. Additions: a new class, operation, optional
parameter or field, enum member. Other: a parameter that accepts more types, a changed default, a parameter that
became optional. Subjects are the names users write: ``models.X`` and ``client.<resource>.<method>``.
"""

from __future__ import annotations

import re

from .diff import Change, Level
from .surface import Model, Operation, Surface, union_members

__all__ = ["ENUM_NOTE", "compare_surfaces"]

ENUM_NOTE = (
    "Already-installed package versions read a new value as an unknown member whose `is_known` is false, so code "
    "that matches every member should handle it."
)


class _Collector:
    def __init__(self) -> None:
        self.changes: list[Change] = []

    def add(self, subject: str, kind: str, level: Level, message: str, pointer: str, note: str = "") -> None:
        self.changes.append(Change(f"`{subject}`", kind, level, message, pointer, note=note))


def _code(text: str) -> str:
    return f"`{text.replace('`', chr(39))}`"


def _renamed_to(old: Model, new: Surface, candidates: list[str]) -> str | None:
    """The new class an old one became: ``X`` → ``XType0`` (a nullable reference), or the same fields/members."""
    for name in candidates:
        if re.fullmatch(re.escape(old.name) + r"Type\d+", name):
            return name
    for name in candidates:
        candidate = new.models[name]
        if candidate.kind == old.kind and (candidate.fields or candidate.members):
            if candidate.fields == old.fields and candidate.members == old.members:
                return name
    return None


def compare_surfaces(old: Surface, new: Surface) -> list[Change]:
    """Every difference between two surfaces, classified; models first, then operations, in name order."""
    out = _Collector()
    _models(old, new, out)
    _operations(old, new, out)
    return out.changes


def _models(old: Surface, new: Surface, out: _Collector) -> None:
    removed = {name for name in old.models if name not in new.models}
    renamed: dict[str, str] = {}
    for name in sorted(removed):
        candidates = [n for n in new.models if n not in old.models and n not in renamed.values()]
        target = _renamed_to(old.models[name], new, candidates)
        if target is not None:
            renamed[name] = target
    for name in sorted(removed):
        subject = f"models.{name}"
        pointer = f"{old.package}.models.{name}"
        if name in renamed:
            out.add(
                subject,
                "class-renamed",
                "breaking",
                f"Renamed to {_code(renamed[name])}: imports of {_code(name)} fail.",
                pointer,
            )
        else:
            out.add(subject, "class-removed", "breaking", f"Class {_code(name)} removed: imports of it fail.", pointer)
    for name in sorted(new.models):
        if name not in old.models and name not in renamed.values():
            kind = "Enum" if new.models[name].kind == "enum" else "model class"
            out.add(
                f"models.{name}",
                "class-added",
                "addition",
                f"New {kind} {_code(name)}.",
                f"{new.package}.models.{name}",
            )
    for name in sorted(old.models.keys() & new.models.keys()):
        _model(old.models[name], new.models[name], f"{new.package}.models.{name}", out)


def _model(old: Model, new: Model, pointer: str, out: _Collector) -> None:
    subject = f"models.{new.name}"
    if old.kind != new.kind:
        became = "an Enum" if new.kind == "enum" else "a model class"
        out.add(subject, "class-kind-changed", "breaking", f"{_code(new.name)} is now {became}.", pointer)
        return
    if old.kind == "enum":
        for member, value in old.members.items():
            if member not in new.members:
                out.add(
                    subject,
                    "enum-member-removed",
                    "breaking",
                    f"Member {_code(f'{new.name}.{member}')} removed.",
                    f"{pointer}.{member}",
                )
            elif new.members[member] != value:
                out.add(
                    subject,
                    "enum-member-changed",
                    "breaking",
                    f"Member {_code(f'{new.name}.{member}')}: value {_code(value)} → {_code(new.members[member])}.",
                    f"{pointer}.{member}",
                )
        for member, value in new.members.items():
            if member not in old.members:
                out.add(
                    subject,
                    "enum-member-added",
                    "addition",
                    f"New member {_code(f'{new.name}.{member}')} ({_code(value)}).",
                    f"{pointer}.{member}",
                    note=ENUM_NOTE,
                )
        return
    for name, before in old.fields.items():
        where = _code(f"{new.name}.{name}")
        after = new.fields.get(name)
        if after is None:
            out.add(subject, "field-removed", "breaking", f"{where}: field removed.", f"{pointer}.{name}")
            continue
        if after.annotation != before.annotation:
            old_members, new_members = union_members(before.annotation), union_members(after.annotation)
            detail = f"{_code(before.annotation)} → {_code(after.annotation)}"
            if "None" in new_members - old_members and old_members <= new_members:
                message = f"{where}: may now be `None` ({detail})."
            elif "Unset" in new_members - old_members and old_members <= new_members:
                message = f"{where}: now optional, may be `UNSET` ({detail})."
            else:
                message = f"{where}: type changed, {detail}."
            out.add(subject, "field-type-changed", "breaking", message, f"{pointer}.{name}")
        elif after.required and not before.required and after.init:
            out.add(
                subject,
                "field-now-required",
                "breaking",
                f"{where}: now required, constructors must pass it.",
                f"{pointer}.{name}",
            )
        elif before.required and not after.required:
            out.add(subject, "field-now-optional", "patch", f"{where}: no longer required.", f"{pointer}.{name}")
    for name, after in new.fields.items():
        if name in old.fields:
            continue
        where = _code(f"{new.name}.{name}")
        if after.required and after.init:
            out.add(
                subject,
                "field-added-required",
                "breaking",
                f"{where}: new required field {_code(after.annotation)}, constructors must pass it.",
                f"{pointer}.{name}",
            )
        else:
            out.add(
                subject,
                "field-added",
                "addition",
                f"{where}: new optional field {_code(after.annotation)}.",
                f"{pointer}.{name}",
            )


def _operations(old: Surface, new: Surface, out: _Collector) -> None:
    added = [key for key in new.operations if key not in old.operations]
    renamed: dict[str, str] = {}
    for key in sorted(old.operations):
        if key in new.operations:
            continue
        before = old.operations[key]
        target = next(
            (
                candidate
                for candidate in added
                if candidate not in renamed.values()
                and new.operations[candidate].resource == before.resource
                and new.operations[candidate].parameters == before.parameters
                and new.operations[candidate].returns == before.returns
            ),
            None,
        )
        if target is not None:
            renamed[key] = target
            out.add(
                key, "operation-renamed", "breaking", f"Renamed to {_code(target)}: the old name no longer exists.", key
            )
        else:
            out.add(key, "operation-removed", "breaking", f"Operation removed: {_code(key)} no longer exists.", key)
    for key in sorted(new.operations):
        if key in old.operations:
            _operation(old.operations[key], new.operations[key], out)
        elif key not in renamed.values():
            op = new.operations[key]
            out.add(
                key, "operation-added", "addition", f"New operation {_code(key + '(...)')} → {_code(op.returns)}.", key
            )


def _operation(old: Operation, new: Operation, out: _Collector) -> None:
    key = new.key
    if old.returns != new.returns:
        if new.returns in ("Any", "None"):
            message = (
                f"Returns {_code(new.returns)} instead of {_code(old.returns)}: the response model no longer "
                "generates, code that reads the result breaks."
            )
        else:
            message = f"Return type {_code(old.returns)} → {_code(new.returns)}."
        out.add(key, "return-type-changed", "breaking", message, key)
    before = {p.name: p for p in old.parameters}
    after = {p.name: p for p in new.parameters}
    for name, param in before.items():
        where = f"Parameter {_code(name)}"
        other = after.get(name)
        if other is None:
            out.add(key, "parameter-removed", "breaking", f"{where} removed: calls that pass it fail.", key)
            continue
        if other.kind != param.kind:
            out.add(key, "parameter-kind-changed", "breaking", f"{where}: now {other.kind} (was {param.kind}).", key)
        if other.annotation != param.annotation:
            detail = f"{_code(param.annotation)} → {_code(other.annotation)}"
            if union_members(param.annotation) <= union_members(other.annotation):
                out.add(key, "parameter-widened", "patch", f"{where} accepts more: {detail}.", key)
            else:
                out.add(key, "parameter-type-changed", "breaking", f"{where}: type changed, {detail}.", key)
        if other.required and not param.required:
            out.add(key, "parameter-now-required", "breaking", f"{where}: now required.", key)
        elif param.required and not other.required:
            out.add(key, "parameter-now-optional", "patch", f"{where}: now optional.", key)
        elif param.default != other.default and other.default is not None:
            out.add(
                key,
                "parameter-default-changed",
                "patch",
                f"{where}: default {_code(str(param.default))} → {_code(other.default)}.",
                key,
            )
    for name, param in after.items():
        if name in before:
            continue
        if param.required:
            out.add(
                key,
                "parameter-added-required",
                "breaking",
                f"New required parameter {_code(name)}: {_code(param.annotation)}, every call must pass it.",
                key,
            )
        else:
            out.add(
                key,
                "parameter-added",
                "addition",
                f"New optional parameter {_code(name)}: {_code(param.annotation)}.",
                key,
            )
    module = key.replace("client.", "api.", 1)
    for function in sorted(old.functions - new.functions):
        out.add(key, "function-removed", "breaking", f"{_code(f'{module}.{function}')} removed.", key)
    for function in sorted(new.functions - old.functions):
        out.add(key, "function-added", "addition", f"New function {_code(f'{module}.{function}')}.", key)
