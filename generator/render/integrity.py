"""The generated package's lazy imports, checked over the whole tree once it is written.

Model modules import each other lazily, inside ``from_dict``/``to_dict``: importing every module does not run
those imports, so a model module that was never written shows up as ``ModuleNotFoundError`` on the first call
whose response holds such a field. ``degrade.py`` types such references ``Any`` before rendering; this check is
the net under it: every ``from <...>models.<module> import <Name>`` anywhere in the package (lazy ones included)
must name a module that exists and a class (or name) that module defines.

The package's own loading is lazy too (``bench/startup.py``), and each mechanism is checked the same way
(``broken_lazy_imports``): ``client.<tag>`` imports its resource class inside a property of ``_client.py``; each
resource method imports its operation's module when first called and uses a function of it; ``__init__`` modules
map names loaded on first use to their modules in ``_MODULES`` (the package's names, every model). A typo in any
of them would pass ``import <package>`` and fail on a user's first use.
"""

from __future__ import annotations

import re
from pathlib import Path

__all__ = ["broken_lazy_imports", "broken_model_imports"]

_MODEL_IMPORT = re.compile(r"^[ \t]*from (?:\.+|[\w.]+\.)models\.(\w+) import \(?([\w, \t\n]+?)\)?[ \t]*$", re.M)
_DEFINED = re.compile(r"^(?:class|def|async def) (\w+)|^(\w+)\s*[:=]", re.M)
#: ``from .api.<tag>._resource import <Class>`` inside a property of ``_client.py``.
_RESOURCE_IMPORT = re.compile(r"^[ \t]+from \.(\w+)\.(\w+)\._resource import (\w+)[ \t]*$", re.M)
#: ``from . import <module> as <alias>`` inside a resource method.
_OPERATION_IMPORT = re.compile(r"^[ \t]+from \. import (\w+) as (\w+)[ \t]*$", re.M)
_ATTRIBUTE = re.compile(r"(?<![\w.])(_\w+)\.(\w+)")
#: The ``_MODULES`` map of a module whose names load on first use, and one ``"<name>": "<module>"`` entry of it.
_LAZY_MAP = re.compile(r"^_MODULES: dict\[str, str\] = \{\n(.*?)^\}", re.M | re.S)
_LAZY_ENTRY = re.compile(r'^[ \t]*"(\w+)": "([\w.]+)",', re.M)


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


def broken_lazy_imports(package_dir: Path) -> list[str]:
    """``"<file>: ..."`` for every import of the package's lazy loading that would fail on first use: a resource
    class ``_client.py`` imports, an operation module (and the function of it) a resource method imports, a module
    (and the name in it) a ``_MODULES`` map names. Each file is read once."""
    texts: dict[Path, str | None] = {}
    defined: dict[Path, set[str]] = {}
    problems: list[str] = []

    def read(path: Path) -> str | None:
        if path not in texts:
            texts[path] = path.read_text(encoding="utf-8") if path.is_file() else None
        return texts[path]

    def check(source: Path, target: Path, name: str) -> None:
        text = read(target)
        if text is not None and _defines(text, name, defined.setdefault(target, set())):
            return
        where, module = _where(source, package_dir), _where(target, package_dir)
        reason = "was not generated" if text is None else "does not define it"
        problems.append(f"{where}: imports {name} from {module}, which {reason}")

    for twin, tag, name in _RESOURCE_IMPORT.findall(read(package_dir / "_client.py") or ""):
        check(package_dir / "_client.py", package_dir / twin / tag / "_resource.py", name)
    for resource in sorted(package_dir.glob("*/*/_resource.py")):
        text = read(resource) or ""
        uses: dict[str, set[str]] = {}
        for alias, attribute in _ATTRIBUTE.findall(text):
            uses.setdefault(alias, set()).add(attribute)
        for module, alias in _OPERATION_IMPORT.findall(text):
            for used in sorted(uses.get(alias, ())):
                check(resource, resource.parent / f"{module}.py", used)
    for init in sorted(package_dir.rglob("__init__.py")):
        mapping = _LAZY_MAP.search(read(init) or "")
        for name, module in _LAZY_ENTRY.findall(mapping.group(1)) if mapping else []:
            target = init.parent.joinpath(*module.split("."))
            check(init, target / "__init__.py" if target.is_dir() else target.with_suffix(".py"), name)
    return sorted(set(problems))


def _defines(text: str, name: str, known: set[str]) -> bool:
    """Whether a module's ``text`` defines ``name`` at top level (a class, function or assignment)."""
    if name in known:
        return True
    if any(
        f"\n{prefix}{name}{suffix}" in text
        for prefix, suffix in (("class ", "("), ("class ", ":"), ("def ", "("), ("async def ", "("), ("", " ="))
    ) or any(a == name or b == name for a, b in _DEFINED.findall(text)):
        known.add(name)
        return True
    return False


def _where(path: Path, package_dir: Path) -> str:
    return path.relative_to(package_dir.parent).as_posix()
