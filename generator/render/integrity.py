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
    """``"<file>: imports from models.x, which was not generated"`` for every model import in the package that fails.

    Model imports are made by the models (lazily too) and the shared operation modules; the twins and resources
    import what their operation module does (the same endpoint's imports), so they are not read again. Each file
    is read once; a model's defined names are collected only when another module imports from it.
    """
    models = package_dir / "models"
    texts = {path.stem: path.read_text(encoding="utf-8") for path in models.glob("*.py")}
    operations = [(path, path.read_text(encoding="utf-8")) for path in (package_dir / "_operations").rglob("*.py")]
    defined: dict[str, set[str]] = {}  # module -> names it is known to define
    problems: list[str] = []
    for path, text in [*((models / f"{stem}.py", text) for stem, text in texts.items()), *operations]:
        if "models." not in text:
            continue
        for match in _MODEL_IMPORT.finditer(text):
            module = match.group(1)
            if module not in texts:
                problems.append(f"{_where(path, package_dir)}: imports from models.{module}, which was not generated")
                continue
            for name in (part.strip() for part in match.group(2).split(",")):
                imported = name.split(" as ")[0].strip()
                if imported and not _defines(texts[module], imported, defined.setdefault(module, set())):
                    problems.append(
                        f"{_where(path, package_dir)}: imports {imported} from models.{module}, which does not "
                        "define it"
                    )
    return sorted(problems)


def _defines(text: str, name: str, known: set[str]) -> bool:
    """Whether a module's ``text`` defines ``name`` at top level (a class, function or assignment)."""
    if name in known:
        return True
    if (
        f"\nclass {name}(" in text
        or f"\nclass {name}:" in text
        or any(a == name or b == name for a, b in _DEFINED.findall(text))
    ):
        known.add(name)
        return True
    return False


def _where(path: Path, package_dir: Path) -> str:
    return path.relative_to(package_dir.parent).as_posix()
