"""The generated package's model imports, checked over the whole tree once it is written.

Model modules import each other lazily, inside ``from_dict``/``to_dict``: importing every module does not run
those imports, so a model module that was never written shows up as ``ModuleNotFoundError`` on the first call
whose response holds such a field. ``degrade.py`` types such references ``Any`` before rendering; this check is
the net under it: every ``from <...>models.<module> import <Name>`` anywhere in the package (lazy ones included)
must name a module that exists and a class (or name) that module defines.
"""

from __future__ import annotations

import re
from pathlib import Path

__all__ = ["broken_model_imports"]

_MODEL_IMPORT = re.compile(r"^[ \t]*from (?:\.+|[\w.]+\.)models\.(\w+) import \(?([\w, \t\n]+?)\)?[ \t]*$", re.M)
_DEFINED = re.compile(r"^(?:class|def) (\w+)|^(\w+)\s*[:=]", re.M)


def broken_model_imports(package_dir: Path) -> list[str]:
    """``"<file>: from ..models.x import Y (no module x)"`` for every model import in the package that fails."""
    models = package_dir / "models"
    defined: dict[str, set[str] | None] = {}

    def names(module: str) -> set[str] | None:
        if module not in defined:
            path = models / f"{module}.py"
            text = path.read_text(encoding="utf-8") if path.is_file() else None
            defined[module] = None if text is None else {a or b for a, b in _DEFINED.findall(text)}
        return defined[module]

    problems: list[str] = []
    for path in sorted(package_dir.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        if "models." not in text:
            continue
        for match in _MODEL_IMPORT.finditer(text):
            module = match.group(1)
            found = names(module)
            where = path.relative_to(package_dir.parent).as_posix()
            if found is None:
                problems.append(f"{where}: imports from models.{module}, which was not generated")
                continue
            for name in (part.strip() for part in match.group(2).split(",")):
                imported = name.split(" as ")[0].strip()
                if imported and imported not in found:
                    problems.append(f"{where}: imports {imported} from models.{module}, which does not define it")
    return problems
