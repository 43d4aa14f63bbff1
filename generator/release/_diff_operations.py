"""Operations added, removed, renamed, moved to another tag or (un)deprecated; then each kept operation's parts."""

from __future__ import annotations

from ._diff_change import Comparison
from ._diff_pagination import compare_pagination
from ._diff_parameters import compare_parameters
from ._diff_paths import SpecOperation, operations_of
from ._diff_request_body import compare_request_body
from ._diff_responses import compare_responses
from ._diff_schema import shown
from ._diff_security import compare_security

__all__ = ["compare_operations"]


def compare_operations(c: Comparison) -> None:
    """Operations added or removed; for each kept one, its name, tag and deprecation, then its parts."""
    before, after = operations_of(c.old, c.old_r), operations_of(c.new, c.new_r)
    for key, op in after.items():
        if key not in before:
            c.add(
                op.subject,
                "operation-added",
                "addition",
                f"New operation: `client.{op.tag}.{op.name}(...)` and the module `api.{op.tag}.{op.name}` "
                f"(async twin in `aio.{op.tag}`).",
                op.pointer,
            )
        else:
            _compare_operation(c, before[key], op)
    for key, op in before.items():
        if key not in after:
            c.add(
                op.subject,
                "operation-removed",
                "breaking",
                f"Operation removed: `client.{op.tag}.{op.name}` and `api.{op.tag}.{op.name}` no longer exist.",
                op.pointer,
            )


def _compare_operation(c: Comparison, old: SpecOperation, new: SpecOperation) -> None:
    subject = new.subject
    if old.name != new.name:
        c.add(
            subject,
            "operation-renamed",
            "breaking",
            f"Renamed from `{old.tag}.{old.name}` to `{new.tag}.{new.name}` (operationId "
            f"`{shown(old.operation_id or '-')}` → `{shown(new.operation_id or '-')}`): the old function, "
            "method and module no longer exist.",
            new.pointer + "/operationId",
        )
    elif old.operation_id != new.operation_id:
        c.add(
            subject,
            "operation-id-changed",
            "patch",
            f"operationId `{shown(old.operation_id or '-')}` → `{shown(new.operation_id or '-')}`; the Python name "
            f"`{new.name}` is unchanged.",
            new.pointer + "/operationId",
        )
    if old.tag != new.tag:
        c.add(
            subject,
            "operation-moved",
            "breaking",
            f"Moved from tag `{old.tag}` to `{new.tag}`: `client.{old.tag}.{old.name}` and the module "
            f"`api.{old.tag}.{old.name}` no longer exist.",
            new.pointer + "/tags",
        )
    if new.data.get("deprecated") is True and old.data.get("deprecated") is not True:
        c.add(subject, "operation-deprecated", "patch", "The operation is deprecated.", new.pointer)
    elif old.data.get("deprecated") is True and new.data.get("deprecated") is not True:
        c.add(subject, "operation-undeprecated", "patch", "The operation is no longer deprecated.", new.pointer)
    compare_parameters(c, old, new, subject)
    compare_request_body(c, old, new, subject)
    compare_responses(c, old, new, subject)
    compare_pagination(c, old, new, subject)
    compare_security(c, old, new, subject)
