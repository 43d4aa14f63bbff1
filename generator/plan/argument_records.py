"""The records of an operation's extra arguments (a body's fields as keywords, an enum's plain values).

``arguments`` builds them and ``operations.Operation`` holds them; they live here so that neither imports the other.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from .._upstream import PythonCode

__all__ = ["BodyArguments", "BodyField", "Choice"]


@dataclass(frozen=True)
class Choice:
    """An enum argument's plain values, accepted besides its members (``Literal[...]`` in the signature).

    ``values`` are the spec's raw values (untrusted: templates escape strings with ``in_double_quote_literal``,
    integers with ``int``); ``enum_class`` is opc's ``ClassName`` of the enum.
    """

    enum_class: str
    values: tuple[str | int, ...]
    #: a list of the enum (``list[Status | Literal["a", "b"]]``): each item is converted
    is_list: bool = False

    @property
    def literal_text(self) -> str:
        """``Literal["a", "b"]`` as raw text, for documentation (escaped there; code templates build their own)."""
        return "Literal[" + ", ".join(json.dumps(value, ensure_ascii=False) for value in self.values) + "]"


@dataclass(frozen=True)
class BodyField:
    """One top-level field of a body model, taken as a keyword argument."""

    argument: str  # the keyword: the model attribute's PythonIdentifier, or it with trailing underscores
    attribute: str  # the model attribute (opc's PythonIdentifier)
    name: str  # the JSON key (untrusted: for docstrings, escaped there)
    type: PythonCode  # the attribute's type without ``Unset``; the argument is ``<type> | Unset = UNSET``
    required: bool  # required in the model (checked at run time when ``body=`` is not given)
    description: str  # untrusted: for docstrings
    choice: Choice | None = None
    default: str = ""  # the model's default, as Python code (for docstrings)

    @property
    def doc(self) -> str:
        """The docstring line of the argument (raw text: templates escape it)."""
        kind = str(self.type.as_unembedded_code())
        if self.choice is not None:
            enum = self.choice.enum_class
            kind += f" of {enum} members or their values" if self.choice.is_list else f" or a {enum} value"
        required = "Required unless body is given. " if self.required else ""
        renamed = f"The body's {self.name!r} field. " if self.argument != self.attribute else ""
        default = f" Default: {self.default}." if self.default else ""
        return f"{self.argument} ({kind}): {required}{renamed}{' '.join(self.description.split())}{default}".strip()


@dataclass(frozen=True)
class BodyArguments:
    """The body fields an operation takes as keyword arguments, and the model they build."""

    model: str  # opc's ClassName of the body model
    fields: tuple[BodyField, ...]
    body_required: bool

    @property
    def required(self) -> tuple[str, ...]:
        return tuple(field.argument for field in self.fields if field.required)

    @property
    def enums(self) -> tuple[BodyField, ...]:
        return tuple(field for field in self.fields if field.choice is not None)
