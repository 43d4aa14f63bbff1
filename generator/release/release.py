"""The package's history across generations: spec snapshot, CHANGELOG.md and the package version.

Every generation writes three things into OUT next to the package:

- ``openapi.snapshot.<ext>``: a byte copy of the spec it was generated from, the baseline of the next diff;
- ``CHANGELOG.md``: one entry per recorded version, newest first;
- ``GENERATED.json`` ``package_version``: the version the package was built with.

``generate --changelog`` records the package report (``package_diff.py``: the surface of the package in OUT against
the new one, with what only the diff of the spec against the snapshot can see), prepends it to CHANGELOG.md and
bumps the version (major for a breaking change, minor for an addition, patch otherwise). A plain ``generate`` and
``check`` *carry* the changelog and the recorded version over from OUT, so that regenerating an unchanged spec, or
checking it, reproduces the same bytes: the history is state kept in OUT, the code is a function of (spec,
config, generator, history).

The version is the larger of the recorded one, bumped when changes are recorded, and the declared one (config
``package_version``, else one derived from the spec's ``info.version``, see ``versions.py``): raising the declared
version by hand still wins, and a bump is never lost on the next plain generation. A recorded version that is not
PEP 440 (written by an older generator) is read by the same rule, never refused.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import GenerationError
from ..render.versions import bump as _bump
from ..render.versions import derive_version, normalized, release_tuple
from ..spec.loader import Document, load_document
from ._diff_schema import shown
from .diff import DiffReport, diff_documents, render_markdown

__all__ = [
    "CHANGELOG",
    "SNAPSHOT_STEM",
    "BreakingChangeError",
    "Previous",
    "Regeneration",
    "Release",
    "bump_version",
    "plan_release",
    "read_previous",
    "write_release",
]

CHANGELOG = "CHANGELOG.md"
SNAPSHOT_STEM = "openapi.snapshot"
MANIFEST = "GENERATED.json"


class BreakingChangeError(GenerationError):
    """``--fail-on-breaking`` found a breaking change: nothing was written. The CLI exits 1."""

    def __init__(self, report: DiffReport) -> None:
        self.report = report
        super().__init__(f"{report.count('breaking')} breaking change(s) against the previous generation")


@dataclass(frozen=True)
class Previous:
    """What the last generation left in OUT (all None for a first generation)."""

    version: str | None = None
    changelog: str | None = None
    snapshot: Path | None = None


@dataclass(frozen=True)
class Regeneration:
    """How one generation relates to the previous one in ``out``."""

    out: Path
    previous: Previous
    record_changes: bool = False  # --changelog: write a CHANGELOG entry and bump the version
    fail_on_breaking: bool = False  # --fail-on-breaking: refuse (exit 1) on a breaking change
    #: The report to record instead of the spec diff: the package report (surface diff merged with the spec
    #: diff), made once the new package exists (``generate`` renders a second time with it).
    changes: DiffReport | None = None


@dataclass(frozen=True)
class Release:
    """The version and changelog of this generation, and the changes against the snapshot (if there was one)."""

    version: str
    previous_version: str | None
    changelog: str
    changes: DiffReport | None  # None: no snapshot, or the spec is byte-identical to it
    recorded: bool  # a new CHANGELOG entry was written


def read_previous(out: Path) -> Previous:
    """Read the history from a folder a previous generation wrote (an empty Previous if there is none)."""
    manifest = out / MANIFEST
    if not manifest.is_file():
        return Previous()
    try:
        data = json.loads(manifest.read_text(encoding="utf-8"))
    except (OSError, ValueError) as err:
        raise GenerationError(f"{manifest}: unreadable ({err}); delete it to start the history afresh") from None
    version = data.get("package_version") if isinstance(data, dict) else None
    changelog_path = out / CHANGELOG
    changelog = changelog_path.read_text(encoding="utf-8") if changelog_path.is_file() else None
    snapshots = sorted(out.glob(SNAPSHOT_STEM + ".*"))
    return Previous(
        version=version if isinstance(version, str) else None,
        changelog=changelog,
        snapshot=snapshots[0] if snapshots else None,
    )


def _readable(version: str) -> str | None:
    """A version as PEP 440, by the rule the first generation uses (``2020-09-14_1.680.8`` → ``2020.9.14``)."""
    return normalized(version) or derive_version(version)[0]


def bump_version(version: str, bump: str | None) -> str:
    """``1.4.2`` bumped ``major`` → ``2.0.0``, ``minor`` → ``1.5.0``, ``patch`` → ``1.4.3``; None keeps it.

    Any version the generator can read is bumped (``2024.0`` minor → ``2024.1.0``, ``2024-05-01`` minor →
    ``2024.6.0``); only text with no version and no date in it is refused.
    """
    if bump is None:
        return version
    readable = _readable(version)
    bumped = _bump(readable, bump) if readable is not None else None
    if bumped is None:
        raise GenerationError(
            f"cannot bump the package version {version!r}: it is not a version; set package_version in the "
            "generator config"
        )
    return bumped


def _resolve_version(recorded: str | None, declared: str, bump: str | None, *, configured: bool) -> str:
    """The larger of the recorded version (bumped) and the declared one.

    A recorded version that is not PEP 440 (an older generator wrote ``info.version`` as it was) gives way to a
    configured ``package_version``, which is what the error of older generators advised setting; without one it
    is read by the first generation's rule (``2020-09-14_1.680.8`` → ``2020.9.14``) and bumped.
    """
    if recorded is None:
        return declared
    if normalized(recorded) is None and configured:
        return declared
    base = _readable(recorded)
    candidate = bump_version(base if base is not None else declared, bump)
    if (release_tuple(declared) or (0, 0, 0)) > (release_tuple(candidate) or (0, 0, 0)):
        return declared
    return candidate


def plan_release(
    regen: Regeneration | None, document: Document, declared_version: str, project: str, *, configured: bool = False
) -> Release:
    """Decide the version and CHANGELOG.md of this generation (no I/O besides reading the snapshot).

    ``configured``: ``declared_version`` is the config's ``package_version``, not one derived from the spec."""
    previous = regen.previous if regen else Previous()
    changes: DiffReport | None = regen.changes if regen is not None else None
    if changes is None and previous.snapshot is not None:
        snapshot = load_document(previous.snapshot)
        if snapshot.raw != document.raw:
            changes = diff_documents(
                snapshot.data, document.data, old_label=str(previous.snapshot), new_label=str(document.path)
            )
    if regen is not None and regen.fail_on_breaking and changes is not None and changes.breaking:
        raise BreakingChangeError(changes)
    record = bool(regen and regen.record_changes and changes is not None and changes.changes)
    bump = changes.bump if record and changes is not None else None
    version = _resolve_version(previous.version, declared_version, bump, configured=configured)
    raw_info = document.data.get("info")
    info: dict[str, Any] = raw_info if isinstance(raw_info, dict) else {}
    title = shown(info.get("title") or "the API")
    if previous.changelog is None:
        changelog = _header(project)
        if not record:
            spec_version = shown(info.get("version", ""))
            changelog += f"\n## {shown(version)}\n\nFirst version, generated from {title} {spec_version}.\n"
    else:
        changelog = previous.changelog
    if record and changes is not None:
        changelog = _prepend(changelog, _entry(changes, version))
    return Release(
        version=version,
        previous_version=previous.version,
        changelog=changelog,
        changes=changes,
        recorded=record,
    )


def _header(project: str) -> str:
    return (
        "# Changelog\n\n"
        f"Changes to `{project}` for its Python callers, newest first. Entries are written by\n"
        "`python -m generator generate --changelog` from the differences between successive versions of the\n"
        "OpenAPI document. A breaking change is one that can break code written against the previous version.\n"
    )


def _entry(report: DiffReport, version: str) -> str:
    spec = f"{shown(report.old_title or 'The API')} {shown(report.old_version)} → {shown(report.new_version)}"
    body = render_markdown(report, level=2, title=shown(version))
    heading, _, rest = body.partition("\n\n")
    return f"{heading}\n\nSpec: {spec}.\n\n{rest.rstrip()}\n"


def _prepend(changelog: str, entry: str) -> str:
    lines = changelog.splitlines(keepends=True)
    for index, line in enumerate(lines):
        if line.startswith("## "):
            return "".join(lines[:index]) + entry + "\n" + "".join(lines[index:])
    return changelog.rstrip("\n") + "\n\n" + entry


def write_release(project_dir: Path, release: Release, document: Document) -> str:
    """Write the snapshot (a byte copy of the spec) and CHANGELOG.md; returns the snapshot's file name."""
    suffix = document.path.suffix.lower() if document.path.suffix.lower() in (".json", ".yml", ".yaml") else ".yaml"
    name = SNAPSHOT_STEM + suffix
    (project_dir / name).write_bytes(document.raw)
    (project_dir / CHANGELOG).write_text(release.changelog, encoding="utf-8")
    return name
