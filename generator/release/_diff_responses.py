"""An operation's responses: success and error statuses added or removed, content kinds and the returned schemas."""

from __future__ import annotations

from typing import Any

from ._diff_change import Comparison
from ._diff_media import contents
from ._diff_paths import SpecOperation
from ._diff_schema import RESPONSE, Resolver, compare_slot, escape, shape_of, shown

__all__ = ["compare_responses"]


def compare_responses(c: Comparison, old: SpecOperation, new: SpecOperation, subject: str) -> None:
    """The changes to an operation's responses (a new success status can widen the return type)."""

    def collect(op: SpecOperation, resolver: Resolver) -> dict[str, tuple[Any, str]]:
        raw = op.data.get("responses")
        out: dict[str, tuple[Any, str]] = {}
        if isinstance(raw, dict):
            for status, response in raw.items():
                target, _ = resolver.deref(response)
                out[str(status).upper()] = (target, f"{op.pointer}/responses/{escape(str(status))}")
        return out

    before, after = collect(old, c.old_r), collect(new, c.new_r)
    success_before = {s for s in before if s.startswith("2")}
    success_after = {s for s in after if s.startswith("2")}
    returned_before: set[str] = set()
    for status in success_before:
        for kind, (schema, _) in contents(before[status][0], "").items():
            returned_before |= _return_atoms(kind, schema, c.old_r)
        if not contents(before[status][0], ""):
            returned_before.add("None")
    single = len(success_before | success_after) == 1
    for status in sorted(after.keys() | before.keys()):
        success = status.startswith("2")
        if status not in before:
            if not success:
                c.add(
                    subject,
                    "error-response-added",
                    "patch",
                    f"New documented error response {shown(status)}.",
                    after[status][1],
                )
                continue
            new_atoms: set[str] = set()
            for kind, (schema, _) in contents(after[status][0], "").items():
                new_atoms |= _return_atoms(kind, schema, c.new_r)
            if not contents(after[status][0], ""):
                new_atoms.add("None")
            extra = sorted(atom.removeprefix("model:") for atom in new_atoms - returned_before)
            if extra:
                c.add(
                    subject,
                    "success-response-added",
                    "breaking",
                    f"New success response {shown(status)}: the return type gains "
                    f"`{' | '.join(extra)}`, which code that uses the result does not expect.",
                    after[status][1],
                )
            else:
                c.add(
                    subject,
                    "success-response-added",
                    "patch",
                    f"New success response {shown(status)} with a type the call already returns.",
                    after[status][1],
                )
            continue
        if status not in after:
            kind_name = "success-response-removed" if success else "error-response-removed"
            c.add(
                subject,
                kind_name,
                "patch",
                f"Response {shown(status)} is no longer documented.",
                before[status][1],
            )
            continue
        if not success:
            continue
        old_content = contents(before[status][0], before[status][1])
        new_content = contents(after[status][0], after[status][1])
        where = "response" if single else f"response {shown(status)}"
        if old_content.keys() != new_content.keys():
            old_type = " | ".join(sorted(old_content)) or "no body"
            new_type = " | ".join(sorted(new_content)) or "no body"
            narrowed = bool(new_content) and new_content.keys() <= old_content.keys()
            c.add(
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
                c.old_r,
                c.new_r,
                f"{where} lines" if kind == "ndjson" else where,
                new_content[kind][1],
                c.slot(subject, {RESPONSE}),
            )


def _return_atoms(kind: str, schema: Any, resolver: Resolver) -> frozenset[str]:
    if kind in ("json", "form", "multipart"):
        shape = shape_of(schema, resolver)
        return shape.atoms | ({"None"} if shape.nullable else set())
    if kind == "ndjson":
        return frozenset({f"lines[{shape_of(schema, resolver).display}]"})
    return frozenset({"str"}) if kind == "text" else frozenset({"File"})
