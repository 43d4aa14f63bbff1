"""Python names made from spec text that would collide with the generated code's own names, and their renames.

opc turns spec names into identifiers with ``PythonIdentifier``/``ClassName``: always valid Python, but not always
free. A property called ``from_dict`` replaces the model's method; a property ``d`` overwrites the local that
``from_dict`` reads the body from; a query parameter ``headers`` overwrites the dict the request headers are
collected in; a schema ``Response`` shadows the runtime's ``Response`` in every endpoint module. Each of those
compiles and imports, then misbehaves. The names here are renamed after opc's parse, before anything is rendered, so
the templates see only free names; every rename is reported as a warning.

The sets are read off opc 0.29.1's templates (``model.py.jinja``, ``endpoint_macros.py.jinja`` and
``property_templates/``) and ours; re-read them when the pin moves.
"""

from __future__ import annotations

import re
from typing import Any

from .._upstream import ClassName, ClassOverride, Config, GeneratorData, PythonIdentifier, UntrustedString, untrusted
from ..spec.normalize import RESERVED_CLASS_NAMES as _NORMALIZE_RESERVED_CLASS_NAMES
from .operations import class_identifier, file_name

__all__ = ["RESERVED_CLASS_NAMES", "ClassNames", "class_overrides", "rename_reserved"]

#: Names a model class must not take: module-level names of the modules that import models. normalize.py keeps
#: the list (it retitles such schemas before opc parses); ``class_overrides`` applies it once more to the classes
#: opc names itself (inline schemas). tests/unit/test_names.py reads the templates' imports and definitions and
#: fails when one is missing.
RESERVED_CLASS_NAMES = _NORMALIZE_RESERVED_CLASS_NAMES

#: Attribute names a model property must not take: the model's methods, the locals of its ``to_dict``/``from_dict``
#: and the module-level names those bodies call (assigning ``cast`` anywhere in a function makes every ``cast(...)``
#: in it an UnboundLocalError).
_MODEL_RESERVED = frozenset(
    {
        "additional_keys",
        "additional_properties",
        "cast",
        "cls",
        "d",
        "field_dict",
        "files",
        "from_dict",
        "isoparse",
        "json",
        "prop",
        "prop_dict",
        "prop_name",
        "src_dict",
        "to_dict",
        "to_multipart",
        "types",
    }
)

#: Parameter names our functions already use: the request body, the per-call options, the locals of
#: ``build_request``, and the module-level names the bodies call (``call`` calls ``call_detailed``).
_PARAMETER_RESERVED = frozenset(
    {
        "body",
        "call",
        "call_detailed",
        "cast",
        "cookies",
        "headers",
        "httpx",
        "isoparse",
        "json",
        "params",
        "request_options",
        "types",
    }
)

#: Locals opc's property templates derive from a property's name: ``<name>_item``, ``<name>_data``,
#: ``<name>_type_0``..., and the parameter templates' ``json_<name>``. Another property or parameter with exactly
#: that name would be overwritten by them.
_DERIVED_SUFFIX = re.compile(r"(?:_item|_data|_element|_type_\d+|_additional_property)+")


def class_overrides() -> dict[str, ClassOverride]:
    """opc ``class_overrides`` that rename every reserved class name ``X`` to ``XModel`` (module ``x_model``)."""
    overrides = {}
    for name in RESERVED_CLASS_NAMES:
        snake = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name).lower()
        overrides[name] = ClassOverride.model_validate({"class_name": f"{name}Model", "module_name": f"{snake}_model"})
    return overrides


def rename_reserved(openapi: GeneratorData, config: Config) -> list[str]:
    """Rename model properties and operation parameters whose Python name is taken; return what was renamed."""
    notes: list[str] = []
    for model in openapi.models:
        properties = [*(model.required_properties or []), *(model.optional_properties or [])]
        taken = {str(prop.python_name) for prop in properties}
        for prop in properties:
            if _clashes(str(prop.python_name), _MODEL_RESERVED, taken, derived_prefix=""):
                notes.append(_rename(prop, taken, config, f"model {model.class_info.name}: property"))
    for collection in openapi.endpoint_collections_by_tag.values():
        for endpoint in collection.endpoints:
            parameters = [prop for _, prop in endpoint.iter_all_parameters()]
            taken = {str(prop.python_name) for prop in parameters}
            for prop in parameters:
                old = str(prop.python_name)
                if _clashes(old, _PARAMETER_RESERVED, taken, derived_prefix="json_"):
                    notes.append(_rename(prop, taken, config, f"{endpoint.method.upper()} {endpoint.name}: parameter"))
                    if prop in endpoint.path_parameters:  # opc wrote python names into the path template
                        path = untrusted(endpoint.path).replace("{" + old + "}", "{" + str(prop.python_name) + "}")
                        endpoint.path = UntrustedString(path)
    return notes


class ClassNames(dict[str, ClassOverride]):
    """opc's ``class_overrides``, answered as opc asks: every class name it makes goes through ``get``.

    opc names a class's module after it, and both come from spec text, so some need changing: a class ``𝔘𝔫`` lives
    in ``𝔘𝔫.py`` but ``from .𝔘𝔫 import`` looks for ``Un.py`` (Python NFKC-normalises identifiers); a name of
    thousands of characters is no file name at all; classes ``User`` and ``USER`` would both write ``user.py``;
    a model ``Cast`` in ``cast.py`` makes ``cast = cls(...)`` shadow ``typing.cast`` in its own ``from_dict``.
    ``Class.from_string`` (opc's only place that names classes) looks each name up here, so the renames happen
    during the one parse, with no second parse once the names are known. Each name gets one answer, cached; a
    module name is given to the first class that asks for it (opc asks in document order, so the result is
    stable), later ones get ``_2``, ``_3``... ``explicit`` are fixed renames (:func:`class_overrides`), whose
    results go through the same checks.
    """

    def __init__(self, explicit: dict[str, ClassOverride], field_prefix: str) -> None:
        super().__init__()
        self._explicit = explicit
        self._prefix = field_prefix
        self._modules: set[str] = set()
        self._answers: dict[str, ClassOverride | None] = {}

    def get(self, key: str, default: ClassOverride | None = None) -> ClassOverride | None:  # type: ignore[override]
        if key in self._answers:
            return self._answers[key]
        explicit = self._explicit.get(key)
        name = ClassName(explicit.class_name if explicit and explicit.class_name else key, self._prefix)
        module = str(
            PythonIdentifier(explicit.module_name if explicit and explicit.module_name else name, self._prefix)
        )
        new_name, new_module, number = class_identifier(str(name)), file_name(module), 1
        if new_module in _MODEL_RESERVED:  # from_dict assigns the model to a local named after its module
            new_module = f"{new_module}_model"
        while new_module in self._modules:  # classes "User" and "USER" both live in user.py: the second one moves
            number += 1
            new_module = file_name(f"{module}_{number}")
        self._modules.add(new_module)
        answer = explicit
        if explicit is not None or new_name != name or new_module != module:
            answer = ClassOverride.model_validate({"class_name": new_name, "module_name": new_module})
        self._answers[key] = answer
        return answer


def _clashes(name: str, reserved: frozenset[str], taken: set[str], derived_prefix: str) -> bool:
    if name in reserved:
        return True
    if derived_prefix and name.startswith(derived_prefix) and name[len(derived_prefix) :] in taken:
        return True
    return any(
        name != other and name.startswith(other) and _DERIVED_SUFFIX.fullmatch(name[len(other) :]) for other in taken
    )


def _rename(prop: Any, taken: set[str], config: Config, where: str) -> str:
    """Append underscores until the name is free. A snake-case name never ends in ``_``, so no spec name can take it."""
    old = str(prop.python_name)
    new = old + "_"
    while new in taken:
        new += "_"
    prop.set_python_name(new_name=UntrustedString(new), config=config, skip_snake_case=True)
    taken.discard(old)
    taken.add(str(prop.python_name))
    return f"{where} {old!r} is named {prop.python_name!r} in Python: {old!r} is taken by the generated code"
