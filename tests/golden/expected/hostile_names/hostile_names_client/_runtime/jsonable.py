"""The JSON form of any value a generated model can hold: for union members that share a Python type.

A union of two array types (``list[Message] | list[list[Message]]``: Mistral's moderation input) cannot be told
apart by ``isinstance(value, list)``. opc's code took the first member's branch for both, so a list of lists went
out holding model objects, which JSON cannot encode (and ``mypy --strict`` refused the code). Members that share
a Python type go through :func:`jsonable` instead, which converts whatever it finds: a model by its ``to_dict``,
lists and dicts item by item, an enum by its value, a date or time in ISO 8601, a UUID as text, a ``File`` as the
string a JSON body holds.
"""

import datetime
import enum
import uuid
from typing import Any

__all__ = ["jsonable"]


def jsonable(value: Any) -> Any:
    """``value`` as JSON-ready data (dicts, lists, strings, numbers, booleans, ``None``)."""
    if isinstance(value, str | int | float | bool) or value is None:
        return value
    if isinstance(value, list | tuple):
        return [jsonable(item) for item in value]
    if isinstance(value, dict):
        return {key: jsonable(item) for key, item in value.items()}
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime.date | datetime.time):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    for method in ("to_dict", "to_json_string"):  # a model; a File in a JSON body
        convert = getattr(value, method, None)
        if callable(convert):
            return convert()
    return value
