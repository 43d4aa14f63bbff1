"""What a spec change is, how a difference inside a schema slot is classified, and the list the comparers add to.

Each ``_diff_<kind>`` module compares one kind of thing (operations, parameters, bodies, responses, pagination,
security, models, servers) and adds :class:`Change` s to a :class:`Comparison`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from ._diff_schema import REQUEST, RESPONSE, Resolver, SlotDiff

__all__ = ["Change", "Comparison", "Level"]


Level = Literal["breaking", "addition", "patch"]


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


# --------------------------------------------------------------------------------------------- the comparison


class Comparison:
    """The two documents being compared, their resolvers, and the changes found so far, in document order."""

    def __init__(self, old: dict[str, Any], new: dict[str, Any], old_label: str, new_label: str) -> None:
        self.old = old
        self.new = new
        self.old_r = Resolver(old, old_label)
        self.new_r = Resolver(new, new_label)
        self.changes: list[Change] = []

    def add(self, subject: str, kind: str, level: Level, message: str, pointer: str) -> None:
        """Record one change."""
        self.changes.append(Change(subject=subject, kind=kind, level=level, message=message, pointer=pointer))

    def slot(self, subject: str, directions: set[str]) -> Any:
        """The callback through which ``_diff_schema`` reports a slot difference, classified for ``directions``."""

        def emit(diff: SlotDiff) -> None:
            level, message = _classify(diff, directions)
            self.add(subject, diff.kind, level, message, diff.pointer)

        return emit
