"""Hand-written code that ships inside a generated package without ever being edited in the output.

The generator config names a folder (``extensions: extensions/my_client``, relative to the config file). Every
generation copies it byte for byte into the package as ``<package>/lib/``, after formatting, so that OUT stays a
pure function of its inputs: ``check`` compares ``lib/`` like every other file, and nobody edits OUT by hand.
The source folder lives outside OUT and is only ever read.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from ..errors import GenerationError

__all__ = ["LIB", "copy_extensions", "resolve_extensions"]

LIB = "lib"
_IGNORED = ("__pycache__", "*.pyc", ".mypy_cache", ".ruff_cache", ".pytest_cache")


def resolve_extensions(value: str | None, base: Path, out: Path | None) -> Path | None:
    """The extensions folder named in the config, resolved against ``base`` (the config file's folder)."""
    if value is None:
        return None
    folder = (base / value).resolve()
    if not folder.is_dir():
        raise GenerationError(f"extensions: {value!r} is not a folder (looked for {folder})")
    if out is not None:
        target = out.resolve()
        if folder == target or target in folder.parents:
            raise GenerationError(
                f"extensions: {value!r} is inside the output folder {out}, which every generation replaces; "
                "keep hand-written code outside it"
            )
    return folder


def copy_extensions(folder: Path | None, package_dir: Path) -> int:
    """Copy the extensions folder into ``<package>/lib/``; returns the number of files copied."""
    if folder is None:
        return 0
    target = package_dir / LIB
    if target.exists():
        raise GenerationError(f"extensions: the package already has a {LIB!r} module; it cannot hold extensions")
    shutil.copytree(folder, target, ignore=shutil.ignore_patterns(*_IGNORED))
    init = target / "__init__.py"
    if not init.exists():
        init.write_text('"""Hand-written extensions, copied into the package by the generator."""\n', encoding="utf-8")
    return sum(1 for path in target.rglob("*") if path.is_file())
