"""The records of pagination: how one operation pages (a declaration), and how its paginator reads typed pages.

Plain frozen dataclasses and the JSON-path type they share. ``pagination`` builds declarations from the raw spec
and types them through an operation's parsed model; ``operations.Operation`` holds the result. Both import these
records from here, so neither imports the other's records.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .._upstream import PythonCode

__all__ = ["Declaration", "Field", "JsonPath", "PagedOperation", "Step", "show_path"]

JsonPath = tuple[str | int, ...]


def show_path(path: JsonPath) -> str:
    """The path in the grammar's own notation, for messages and reports."""
    out = ""
    for key in path:
        if isinstance(key, int):
            out += f"[{key}]"
        elif re.fullmatch(r"[^.\[\]\s\"']+", key):
            out += f".{key}" if out else key
        else:
            out += '["' + key.replace("\\", "\\\\").replace('"', '\\"') + '"]'
    return out or "."


@dataclass(frozen=True)
class Declaration:
    """How one operation pages. Parameter names are wire names; paths are JSON paths into the response body.

    ``kind`` is what the runtime drives (cursor, offset, page, link, url); ``style`` is the reported style.
    ``origin`` is ``config``, ``x-pagination`` or ``detected``; ``reason`` says why, for reports.
    """

    style: str
    kind: str
    items: JsonPath
    param: str = ""
    location: str = "query"
    source: JsonPath = ()
    has_more: JsonPath | None = None
    size_param: str = ""
    total: JsonPath | None = None
    first_page: int = 1
    rel: str = "next"
    origin: str = "x-pagination"
    reason: str = ""

    def items_text(self) -> str:
        """The items path in the grammar's notation (untrusted text: templates escape it)."""
        return show_path(self.items)

    def source_note(self) -> str:
        """Where this declaration came from, and why (detection)."""
        return f"{self.origin}: {self.reason}" if self.reason else self.origin

    def describe(self) -> str:
        """One line: the style and its moving parts."""
        parts = [f"items {show_path(self.items)}"]
        if self.kind == "link":
            parts.append(f'Link rel="{self.rel}"')
        elif self.kind == "url":
            parts.append(f"next URL at {show_path(self.source)}")
        elif self.kind == "cursor":
            where = "body" if self.location == "body" else "query"
            parts.append(f"{where} {self.param} <- {show_path(self.source)}")
        elif self.kind == "offset":
            parts.append(f"{self.param} += page length")
        elif self.kind == "page":
            parts.append(f"{self.param} += 1 from {self.first_page}")
        if self.has_more is not None:
            parts.append(f"until {show_path(self.has_more)} is false")
        if self.total is not None:
            parts.append(f"total at {show_path(self.total)}")
        return f"{self.style}: " + ", ".join(parts)


@dataclass(frozen=True)
class Step:
    """One attribute access on the parsed page: ``attr`` (an opc PythonIdentifier) and the type to check."""

    attr: str
    check: str  # a model class name (opc ClassName) or "list"


@dataclass(frozen=True)
class Field:
    """A value the paginator reads from each page (``role``: source, has_more or total), read from the typed page.

    ``expression`` reads it from ``page`` (the parsed body) once ``condition`` holds (the page and the models on the
    way are the expected classes, a list is long enough for its index); its model property passes the JSON value
    through unchanged (string, integer, boolean, any). Both are built from opc ClassNames, PythonIdentifiers and
    integers only. ``imports`` are the classes the condition checks.
    """

    role: str
    path: JsonPath
    condition: str
    expression: str
    imports: tuple[str, ...] = ()

    def path_text(self) -> str:
        """The body path in the grammar's notation (untrusted text: templates escape it)."""
        return show_path(self.path)


@dataclass(frozen=True)
class PagedOperation:
    """What the templates need for a paginated operation: the declaration and the typed way to its items.

    ``steps`` is None when the items could not be resolved through opc's model; the items are then read from the
    JSON body at ``declaration.items``, each decoded by ``item_model`` (a ClassName) when the items' schema is a
    component whose model was generated, else typed ``Any``. ``fields`` are the declaration's body values (next
    cursor or URL, has-more flag, total) that can be read from the typed page; the others are read from the JSON
    body. ``union_items``: the items are one of several lists (``list[A] | list[B]``), copied into a
    ``list[A | B]``.
    """

    declaration: Declaration
    item_type: PythonCode
    imports: tuple[str, ...]
    root_check: str
    steps: tuple[Step, ...] | None
    start_arg: str
    max_items_arg: str
    fields: tuple[Field, ...] = ()
    item_model: str = ""
    union_items: bool = False
