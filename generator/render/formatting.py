"""ruff over the generated tree: ``check --fix-only`` (unused imports, import order), then ``format``.

The pinned ruff beside this interpreter does it, so the output does not depend on a ``ruff`` on PATH. The tree is
done in two parts: opc writes the models first, and they are formatted in a background thread (ruff is a child
process, so the thread only waits) while the rest of the package renders; then the rest. On two cores that
overlaps a third to a half of ruff's time with rendering. Every file is formatted exactly once, by the same
ruff with the same configuration (the project's ``pyproject.toml``), so the output is what one run would give.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from ..errors import GenerationError

__all__ = ["Formatter"]


class Formatter:
    """Formats ``project_dir``: :meth:`start` one finished folder early, :meth:`finish` the rest and wait."""

    def __init__(self, project_dir: Path) -> None:
        self.project_dir = project_dir
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="ruff")
        self._early: list[tuple[Path, Future[None]]] = []

    def start(self, folder: Path) -> None:
        """Format ``folder`` (inside the project, written whole, not written again) in the background."""
        relative = folder.relative_to(self.project_dir)
        # One ruff thread (rayon's pool, else one per core): the other core is the renderer's.
        self._early.append((relative, self._pool.submit(self._ruff, [str(relative)], [], {"RAYON_NUM_THREADS": "1"})))

    def finish(self) -> None:
        """Format everything not started early, then wait for what was; a ruff failure raises GenerationError."""
        self._ruff(["."], [str(relative) for relative, _ in self._early])
        for _, future in self._early:
            future.result()

    def close(self) -> None:
        """Wait for any background run and release the thread (also after a failed generation)."""
        self._pool.shutdown(wait=True)

    def _ruff(self, targets: list[str], exclude: list[str], env_extra: dict[str, str] | None = None) -> None:
        env = {**os.environ, "RUFF_NO_CACHE": "true", **(env_extra or {})}
        skip = [f"--extend-exclude={path}" for path in exclude]
        for args in (["check", "--fix-only", "--exit-zero"], ["format"]):
            command = [*_ruff(), *args, *skip, *targets]
            result = subprocess.run(command, cwd=self.project_dir, capture_output=True, text=True, env=env)
            if result.returncode != 0:
                raise GenerationError(f"ruff {args[0]} failed on the generated code:\n{result.stderr or result.stdout}")


def _ruff() -> list[str]:
    """The pinned ruff next to this interpreter, run directly (``python -m ruff`` starts a Python to find it)."""
    beside = shutil.which("ruff", path=str(Path(sys.executable).parent))
    return [beside] if beside else [sys.executable, "-m", "ruff"]
