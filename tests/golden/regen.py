"""Rewrite the golden trees: ``make golden`` (``python -m tests.golden.regen``).

Each spec in tests/golden/specs/ is generated into tests/golden/expected/<stem>/ as package ``<stem>_client``.
Review the diff (``git diff tests/golden``) before committing: it is exactly what a template change does to users.
"""

from __future__ import annotations

from pathlib import Path

from generator import generate

GOLDEN = Path(__file__).resolve().parent
SPECS = sorted((GOLDEN / "specs").glob("*.yaml"))


def package_for(spec: Path) -> str:
    """The package name a golden spec is generated as."""
    return f"{spec.stem}_client"


def main() -> None:
    for spec in SPECS:
        report = generate(spec, GOLDEN / "expected" / spec.stem, package_name=package_for(spec))
        print(f"{spec.name}: {report.operations} operations, {report.files} files, {len(report.warnings)} warnings")


if __name__ == "__main__":
    main()
