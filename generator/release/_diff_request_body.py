"""An operation's request body: added, removed, now required or optional, its media types and its schema."""

from __future__ import annotations

from ._diff_change import Comparison
from ._diff_media import contents, media_types
from ._diff_paths import SpecOperation
from ._diff_schema import REQUEST, compare_slot, shown

__all__ = ["compare_request_body"]


def compare_request_body(c: Comparison, old: SpecOperation, new: SpecOperation, subject: str) -> None:
    """The changes to an operation's request body."""
    old_body, _ = c.old_r.deref(old.data.get("requestBody"))
    new_body, _ = c.new_r.deref(new.data.get("requestBody"))
    pointer = new.pointer + "/requestBody"
    if not isinstance(new_body, dict) and isinstance(old_body, dict):
        c.add(
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
            c.add(
                subject,
                "body-added-required",
                "breaking",
                "New required request body: every call must now pass `body=`.",
                pointer,
            )
        else:
            c.add(subject, "body-added-optional", "addition", "New optional request body (`body=`).", pointer)
        return
    if (old_body.get("required") is True) != required:
        if required:
            c.add(
                subject,
                "body-now-required",
                "breaking",
                "The request body is now required: every call must pass `body=`.",
                pointer,
            )
        else:
            c.add(subject, "body-now-optional", "patch", "The request body is now optional.", pointer)
    before, after = contents(old_body, old.pointer + "/requestBody"), contents(new_body, pointer)
    for kind in after.keys() - before.keys():
        c.add(
            subject,
            "body-media-type-added",
            "addition",
            f"The body can now also be sent as {kind}.",
            after[kind][1],
        )
    for kind in before.keys() - after.keys():
        c.add(
            subject,
            "body-media-type-removed",
            "breaking",
            f"The body can no longer be sent as {kind}: `body=` takes a different type.",
            before[kind][1],
        )
    for kind in sorted(before.keys() & after.keys()):
        old_types, new_types = media_types(old_body, kind), media_types(new_body, kind)
        if not set(old_types) & set(new_types):
            c.add(
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
            c.old_r,
            c.new_r,
            where,
            after[kind][1],
            c.slot(subject, {REQUEST}),
        )
