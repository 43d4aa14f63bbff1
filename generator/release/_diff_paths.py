"""The operations of a raw document, keyed by method and path, with the Python names opc gives them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from .._upstream import PythonIdentifier
from ..plan.operations import CLIENT_RESERVED, HTTP_METHODS
from ._diff_schema import Resolver, as_dict, escape, shown

__all__ = ["SpecOperation", "operations_of"]


@dataclass
class SpecOperation:
    """One operation as the raw document declares it, with the Python names the package gives it."""

    method: str
    path: str
    pointer: str
    data: dict[str, Any]
    path_item: dict[str, Any]
    path_pointer: str
    name: str  # the Python name of the module/function
    operation_id: str
    tag: str  # the Python attribute of the tag

    @property
    def key(self) -> tuple[str, str]:
        """Method and path with parameter names blanked: the same operation even when a path parameter is renamed."""
        return self.method, re.sub(r"\{[^}]*\}", "{}", self.path)

    @property
    def subject(self) -> str:
        """How the report names it: the Python call and the HTTP route (Markdown)."""
        return f"`client.{self.tag}.{self.name}` (`{self.method.upper()} {shown(self.path, limit=100_000)}`)"


def operations_of(data: dict[str, Any], resolver: Resolver) -> dict[tuple[str, str], SpecOperation]:
    """Every operation of a document by :attr:`SpecOperation.key` (the first one wins), named as opc names it."""
    found: dict[tuple[str, str], SpecOperation] = {}
    for path, raw_item in as_dict(data.get("paths")).items():
        item, _ = resolver.deref(raw_item)
        if not isinstance(item, dict):
            continue
        path_pointer = "#/paths/" + escape(str(path))
        for method in HTTP_METHODS:
            operation = item.get(method)
            if not isinstance(operation, dict):
                continue
            raw_id = operation.get("operationId")
            operation_id = str(raw_id) if isinstance(raw_id, str) else ""
            if operation_id:
                name = str(PythonIdentifier(operation_id, "field_"))
            else:  # opc's generate_operation_id
                unsafe = str(path).replace("{", "").replace("}", "").replace("/", "_").removeprefix("_")
                name = str(PythonIdentifier(f"{method}_{unsafe.removesuffix('_')}", "field_"))
            tags = operation.get("tags")
            tag_name = str(tags[0]) if isinstance(tags, list) and tags else "default"
            tag = str(PythonIdentifier(tag_name, "tag"))
            if tag in CLIENT_RESERVED:
                tag += "_"
            op = SpecOperation(
                method=method,
                path=str(path),
                pointer=f"{path_pointer}/{method}",
                data=operation,
                path_item=item,
                path_pointer=path_pointer,
                name=name,
                operation_id=operation_id,
                tag=tag,
            )
            found.setdefault(op.key, op)
    return found
