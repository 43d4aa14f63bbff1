"""One change report for the package users import: the surface diff of the two generated packages, plus what only
the spec diff can see.

The surface diff (``_surface_diff.py`` over ``surface.py``) is the authority for every Python name and type: it
compares what was generated, so a model that stopped generating, an enum that lost its class, a renamed
``XType0`` are seen as callers see them, and a schema that generates no class in either version is never named.
From the spec diff (``diff.py``) the report keeps only what the package's code cannot show:

- deprecations, added or removed (the generated signatures do not carry them), under their Python names;
- changes on the wire with no Python counterpart (a wire name, a parameter's location, pagination fields,
  authentication, servers, media types, documentation), under "wire only": already-installed package versions
  may still be affected, so they keep their level for the version bump.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from ._surface_diff import compare_surfaces
from .diff import Change, DiffReport
from .surface import read_surface

__all__ = ["PYTHON_SPEC_KINDS", "WIRE_KINDS", "merge_reports", "package_report"]

#: Spec-diff kinds with a Python name but no trace in the generated signatures.
PYTHON_SPEC_KINDS = frozenset({"operation-deprecated", "operation-undeprecated", "deprecated"})

#: Spec-diff kinds with no Python counterpart at all.
WIRE_KINDS = frozenset(
    {
        "wire-name-changed",
        "parameter-location-changed",
        "pagination-changed",
        "operation-id-changed",
        "body-media-type-added",
        "body-media-type-changed",
        "body-media-type-removed",
        "error-response-added",
        "auth-required",
        "auth-relaxed",
        "auth-alternative-removed",
        "auth-alternative-added",
        "security-scheme-added",
        "security-scheme-changed",
        "security-scheme-moved",
        "security-scheme-removed",
        "server-changed",
        "other",
    }
)


def merge_reports(spec: DiffReport, surface: list[Change]) -> DiffReport:
    """The surface changes, then the spec diff's deprecations and wire-only changes (its "documentation only"
    item only when nothing else changed)."""
    kept = [change for change in spec.changes if change.kind in PYTHON_SPEC_KINDS]
    kept += [dataclasses.replace(change, wire=True) for change in spec.changes if change.kind in WIRE_KINDS]
    changes = surface + kept
    if any(change.kind != "other" for change in changes):
        changes = [change for change in changes if change.kind != "other"]
    return dataclasses.replace(spec, changes=changes)


def package_report(spec: DiffReport, old_package: Path, new_package: Path) -> DiffReport:
    """Merge the spec diff with the surface diff of two generated package folders (each holding ``__init__.py``)."""
    return merge_reports(spec, compare_surfaces(read_surface(old_package), read_surface(new_package)))
