"""Generated packages made importable for the length of a test module, then forgotten."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator
from pathlib import Path


@contextlib.contextmanager
def importable(out: Path, package: str) -> Iterator[None]:
    """``package``, generated into ``out``, importable inside the block; its modules are dropped after it, so that
    another test module may generate a package of the same name."""
    sys.path.insert(0, str(out))
    try:
        yield
    finally:
        sys.path.remove(str(out))
        for name in [name for name in sys.modules if name.split(".")[0] == package]:
            del sys.modules[name]
