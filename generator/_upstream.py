"""The ONLY module that imports openapi-python-client internals.

openapi-python-client (opc) is pinned to exactly 0.29.1: its CHANGELOG says programmatic use and custom
templates are not public API, so every name we borrow is re-exported from here and nowhere else. When the pin
moves, this file and the template overrides in ``templates/`` are what to re-read.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from importlib.metadata import version
from pathlib import Path
from typing import Any

from openapi_python_client import TEMPLATE_FILTERS, Project
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.errors import ErrorLevel, GeneratorError, ParseError
from openapi_python_client.parser.openapi import Endpoint, EndpointCollection
from openapi_python_client.parser.properties import ModelProperty, Property
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.none import NoneProperty
from openapi_python_client.parser.properties.union import UnionProperty
from openapi_python_client.parser.responses import Response as UpstreamResponse
from openapi_python_client.schema.untrusted_string import UntrustedString
from openapi_python_client.strings import (
    ClassName,
    PythonCode,
    PythonIdentifier,
    pascal_case,
    safe_for_docstring,
    snake_case,
)

__all__ = [
    "OPC_VERSION",
    "ClassName",
    "Config",
    "Endpoint",
    "EndpointCollection",
    "ErrorLevel",
    "GeneratorData",
    "GeneratorError",
    "ListProperty",
    "ModelProperty",
    "NoneProperty",
    "ParseError",
    "Project",
    "Property",
    "PythonCode",
    "PythonIdentifier",
    "TEMPLATE_FILTERS",
    "UnionProperty",
    "UntrustedString",
    "UpstreamResponse",
    "make_config",
    "parse_document",
    "pascal_case",
    "safe_for_docstring",
    "snake_case",
    "untrusted",
    "validation_problems",
]

OPC_VERSION = version("openapi-python-client")


def make_config(
    *,
    document: Path,
    output: Path,
    package_name: str,
    project_name: str,
    version: str,
    content_type_overrides: dict[str, str] | None = None,
) -> Config:
    """Build opc's Config for one generation run.

    Post-hooks are empty: we run ruff ourselves, with the interpreter that runs the generator, so it does not
    depend on ``ruff`` being on PATH (opc skips its hooks with a warning when it is not).
    """
    config_file = ConfigFile(
        project_name_override=project_name,
        package_name_override=package_name,
        package_version_override=version,
        post_hooks=[],
        literal_enums=False,
        content_type_overrides=content_type_overrides or None,
    )
    return Config.from_sources(
        config_file=config_file,
        meta_type=MetaType.UV,
        document_source=document,
        file_encoding="utf-8",
        overwrite=True,
        output_path=output,
    )


def parse_document(data: dict[str, Any], config: Config) -> GeneratorData | GeneratorError:
    """Run opc's parser over an already-loaded document."""
    with _shared_schema_objects():
        return GeneratorData.from_dict(data, config=config)


def _share(self: object, memo: dict[int, object] | None = None) -> object:
    return self


@contextlib.contextmanager
def _shared_schema_objects() -> Iterator[None]:
    """While opc parses, ``copy.deepcopy`` hands back its parsed OpenAPI objects (pydantic models) as they are.

    opc deep-copies each endpoint three or four times while building it (``Endpoint.add_parameters``,
    ``_add_responses``, ``sort_parameters``), and with it the whole parsed schema under every property and
    response: on large specs that is most of the parse time (Kubernetes: 8 s of 10 in a profile). Those copies
    protect the endpoint's own lists and properties, which are still copied; the pydantic objects are never
    changed after validation, so sharing them gives the same result (the corpus checks this byte for byte).
    """
    from openapi_python_client import schema as oai
    from pydantic import BaseModel

    classes = {
        cls
        for cls in vars(oai).values()
        if isinstance(cls, type)
        and issubclass(cls, BaseModel)
        and cls is not BaseModel
        and "__deepcopy__" not in vars(cls)
    }
    for cls in classes:
        cls.__deepcopy__ = _share  # type: ignore[assignment,method-assign]
    try:
        yield
    finally:
        for cls in classes:
            del cls.__deepcopy__


def untrusted(value: UntrustedString | str | None) -> str:
    """The raw text of a spec string, for NON-code uses only (reports, comparisons, JSON)."""
    if value is None:
        return ""
    if isinstance(value, UntrustedString):
        return value.get_untrusted_value()
    return str(value)


def validation_problems(data: dict[str, Any], limit: int = 5) -> list[tuple[tuple[object, ...], str]]:
    """Check a document against opc's OpenAPI model; return up to ``limit`` (location, message) pairs.

    Pydantic inserts the names of union members (``Reference``, ``Schema``...) into error locations; they are not
    part of the document, so they are dropped and the result is a path into the document itself.
    """
    from openapi_python_client import schema as oai
    from pydantic import ValidationError

    try:
        oai.OpenAPI.model_validate(data)
    except ValidationError as err:
        model_names = {name for name in dir(oai) if name[:1].isupper()}
        problems: list[tuple[tuple[object, ...], str]] = []
        seen: set[tuple[object, ...]] = set()
        # The deepest locations first: for a union, the branch that got furthest is the most telling.
        for item in sorted(err.errors(), key=lambda e: -len(e["loc"])):
            loc = tuple(p for p in item["loc"] if not (isinstance(p, str) and (p in model_names or "[" in p)))
            if loc in seen:
                continue
            seen.add(loc)
            problems.append((loc, item["msg"]))
            if len(problems) >= limit:
                break
        return problems
    return []
