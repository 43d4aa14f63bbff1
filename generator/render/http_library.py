"""The HTTP library a generated package imports: httpx, or its maintained fork httpx2 (same public API).

One template source serves both. The runtime and the templates are written against ``httpx``; for httpx2, every
generated Python file has its ``import httpx`` lines rewritten to ``import httpx2 as httpx`` as it is written, so
the code below the imports (``httpx.Client``, ``httpx.Response``...) is the same text for both libraries. Only
whole-line ``import httpx`` statements are rewritten: a comment, docstring or string that names httpx is left as is.
Anything else that names the library (the dependency, the README) is a template variable (``http_library``).
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import Literal

from ..errors import GenerationError

__all__ = ["HTTP_LIBRARIES", "HttpLibrary", "check_http_library", "copy_runtime", "use_http_library"]

HttpLibrary = Literal["httpx", "httpx2"]
#: What the config's ``http_library`` accepts; the first is the default.
HTTP_LIBRARIES: tuple[HttpLibrary, ...] = ("httpx", "httpx2")

#: A whole ``import httpx`` statement on its own line (indented under ``if TYPE_CHECKING:`` too). ``import httpx as
#: x``, ``import httpx.y`` and ``from httpx import y`` are not matched: the templates use none, and
#: :func:`use_http_library` refuses them rather than leave them importing httpx.
_IMPORT = re.compile(r"^([ \t]*)import httpx[ \t]*(#.*)?$", re.MULTILINE)
_OTHER_IMPORT = re.compile(r"^[ \t]*(from httpx[ \t.]|import httpx\b(?![ \t]*(#.*)?$))", re.MULTILINE)


def check_http_library(value: object, where: str = "http_library") -> HttpLibrary:
    """``value`` as an :data:`HttpLibrary`; anything else is a ``GenerationError`` naming ``where``."""
    for library in HTTP_LIBRARIES:
        if value == library:
            return library
    raise GenerationError(f"{where}: {value!r} is not an HTTP library; use one of {', '.join(HTTP_LIBRARIES)}")


def use_http_library(source: str, library: HttpLibrary, *, name: str = "<source>") -> str:
    """The Python ``source`` importing ``library`` under the name ``httpx`` (unchanged for httpx itself).

    A form of import this cannot rewrite (``from httpx import ...``, ``import httpx.x``) is a ``GenerationError``
    naming the file: the generated package must never import the library it was not asked to depend on.
    """
    if library == "httpx":
        return source
    other = _OTHER_IMPORT.search(source)
    if other is not None:
        line = source.count("\n", 0, other.start()) + 1
        raise GenerationError(
            f"{name}:{line}: {other.group(0).strip()!r} cannot be rewritten for {library}; write `import httpx`"
        )
    return _IMPORT.sub(lambda match: _aliased(match, library), source)


def _aliased(match: re.Match[str], library: str) -> str:
    indent, comment = match.group(1), match.group(2)
    return f"{indent}import {library} as httpx" + (f"  {comment}" if comment else "")


def copy_runtime(source: Path, target: Path, library: HttpLibrary) -> None:
    """Copy the runtime folder ``source`` to ``target``, its ``.py`` files importing ``library``."""
    shutil.copytree(source, target, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    if library == "httpx":
        return
    for path in sorted(target.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        rewritten = use_http_library(text, library, name=f"_runtime/{path.relative_to(target).as_posix()}")
        if rewritten != text:
            path.write_text(rewritten, encoding="utf-8")
