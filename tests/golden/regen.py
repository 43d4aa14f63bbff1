"""Rewrite the golden trees: ``make golden`` (``python -m tests.golden.regen``).

Each spec in tests/golden/specs/ is generated into tests/golden/expected/<stem>/ as package ``<stem>_client``,
with the generator config tests/golden/configs/<stem>.yaml when there is one.
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


def config_for(spec: Path) -> Path | None:
    """The generator config of a golden spec, if it has one."""
    config = GOLDEN / "configs" / f"{spec.stem}.yaml"
    return config if config.is_file() else None


def main() -> None:
    for spec in SPECS:
        out = GOLDEN / "expected" / spec.stem
        report = generate(spec, out, package_name=package_for(spec), config=config_for(spec))
        print(f"{spec.name}: {report.operations} operations, {report.files} files, {len(report.warnings)} warnings")


if __name__ == "__main__":
    main()
