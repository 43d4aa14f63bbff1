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

This module keeps the public API, the order of the comparison and the renderers. Each kind of thing compared has its
own module: ``_diff_operations`` (and, per operation, ``_diff_parameters``, ``_diff_request_body``,
``_diff_responses``, ``_diff_pagination``, ``_diff_security``), ``_diff_models``, ``_diff_servers``; a change and
how a schema difference is classified are in ``_diff_change``.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Literal

from ..spec.loader import load_document
from ._diff_change import Change, Comparison, Level
from ._diff_models import compare_models
from ._diff_operations import compare_operations
from ._diff_schema import shown
from ._diff_security import compare_security_schemes
from ._diff_servers import compare_servers

__all__ = ["Change", "DiffReport", "Level", "diff_documents", "diff_files", "render_json", "render_markdown"]

_LEVEL_ORDER: dict[str, int] = {"breaking": 0, "addition": 1, "patch": 2}
_BUMPS = {"breaking": "major", "addition": "minor", "patch": "patch"}


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


# --------------------------------------------------------------------------------------------- the comparison


def _compare(old: dict[str, Any], new: dict[str, Any], old_label: str, new_label: str) -> list[Change]:
    """Every change, in this order: operations (and their parts), models, security schemes, servers."""
    c = Comparison(old, new, old_label, new_label)
    compare_operations(c)
    compare_models(c)
    compare_security_schemes(c)
    compare_servers(c)
    if not c.changes and old != new:
        c.add(
            "the document",
            "other",
            "patch",
            "The spec changed in ways that do not alter the Python API (descriptions, examples, validation "
            "keywords): docstrings and the package metadata may differ.",
            "#",
        )
    return c.changes


# --------------------------------------------------------------------------------------------- entry points


def diff_documents(
    old: dict[str, Any], new: dict[str, Any], *, old_label: str = "old spec", new_label: str = "new spec"
) -> DiffReport:
    """Compare two loaded documents."""

    def info(data: dict[str, Any], key: str) -> str:
        value = (data.get("info") or {}).get(key) if isinstance(data.get("info"), dict) else None
        return str(value) if value is not None else ""

    changes = _compare(old, new, old_label, new_label)
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
