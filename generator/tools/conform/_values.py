"""JSON values turned into the Python values a generated function takes, guided by its type annotation.

Models are built through their own ``from_dict`` (so the generated decoder builds what the encoder then sends),
enums through their class, ``UUID``/``datetime``/``date`` parsed, files wrapped in the package's ``File``. Pure.
"""

from __future__ import annotations

import datetime
import enum
import io
import types
import typing
import uuid
from typing import Any

__all__ = ["ConversionError", "to_python"]


class ConversionError(ValueError):
    """The JSON value does not fit the annotation."""


def to_python(value: Any, annotation: Any) -> Any:
    """``value`` (JSON) as an instance of ``annotation``; raises :class:`ConversionError` when it does not fit."""
    if annotation is Any or annotation is object or annotation is None and value is None:
        return value
    origin = typing.get_origin(annotation)
    if origin is typing.Union or origin is types.UnionType:
        return _union(value, typing.get_args(annotation))
    if origin is typing.Literal:
        if value in typing.get_args(annotation):
            return value
        raise ConversionError(f"{value!r} is not one of {typing.get_args(annotation)}")
    if origin in (list, tuple, set, frozenset) or origin is typing.get_origin(list[int]):
        if not isinstance(value, list):
            raise ConversionError(f"{type(value).__name__} is not a list")
        (item,) = typing.get_args(annotation)[:1] or (Any,)
        return [to_python(element, item) for element in value]
    if origin is not None and isinstance(origin, type) and issubclass(origin, dict):
        if not isinstance(value, dict):
            raise ConversionError(f"{type(value).__name__} is not an object")
        return value
    if not isinstance(annotation, type):
        return value
    return _scalar(value, annotation)


def _union(value: Any, members: tuple[Any, ...]) -> Any:
    real = [member for member in members if not _is_unset(member) and member is not type(None)]
    if value is None and type(None) in members:
        return None
    problems: list[str] = []
    for member in real:
        try:
            return to_python(value, member)
        except Exception as exc:  # noqa: BLE001 - a member's from_dict may raise anything: try the next one
            problems.append(f"{getattr(member, '__name__', member)}: {exc}")
    raise ConversionError("; ".join(problems) or f"no member of {members} takes {value!r}")


def _is_unset(annotation: Any) -> bool:
    return isinstance(annotation, type) and annotation.__name__ == "Unset"


def _scalar(value: Any, cls: type) -> Any:
    if cls.__name__ == "File":
        payload = value if isinstance(value, bytes) else str(value).encode()
        return cls(payload=io.BytesIO(payload), file_name="conform.bin", mime_type="application/octet-stream")
    if issubclass(cls, enum.Enum):
        try:
            return cls(value)
        except ValueError as exc:
            raise ConversionError(str(exc)) from None
    if hasattr(cls, "from_dict"):
        if not isinstance(value, dict):
            raise ConversionError(f"{cls.__name__} needs an object, not {type(value).__name__}")
        return cls.from_dict(value)
    if cls is bool:
        if isinstance(value, bool):
            return value
        raise ConversionError(f"{value!r} is not a boolean")
    if cls is int:
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        if isinstance(value, float) and value.is_integer():
            return int(value)
        raise ConversionError(f"{value!r} is not an integer")
    if cls is float:
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return float(value)
        raise ConversionError(f"{value!r} is not a number")
    if cls is str:
        if isinstance(value, str):
            return value
        raise ConversionError(f"{value!r} is not a string")
    if cls is bytes:
        return value if isinstance(value, bytes) else str(value).encode()
    return _parsed(value, cls)


def _parsed(value: Any, cls: type) -> Any:
    try:
        if cls is uuid.UUID:
            return uuid.UUID(str(value))
        if cls is datetime.datetime:
            return datetime.datetime.fromisoformat(str(value).replace("Z", "+00:00"))
        if cls is datetime.date:
            return datetime.date.fromisoformat(str(value)[:10])
        if cls is datetime.time:
            return datetime.time.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError as exc:
        raise ConversionError(str(exc)) from None
    if isinstance(value, cls):
        return value
    raise ConversionError(f"{value!r} is not a {cls.__name__}")
