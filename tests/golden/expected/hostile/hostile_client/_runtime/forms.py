"""Form bodies (``application/x-www-form-urlencoded``) with fields that are objects or arrays.

httpx writes ``data=`` one key per field: a list repeats the key, anything else is ``str(value)``, so an object
went out as its Python repr (``address=%7B%27city%27...``). :func:`flatten` turns the body's JSON form into keys
httpx writes correctly, each field in the style its ``encoding`` declares:

- ``deepObject`` (Stripe declares it for every object of its form bodies): ``address[city]=Paris``, nested
  objects deeper (``shipping[address][city]``), arrays of values ``expand[]=a&expand[]=b``, arrays of objects by
  index (``items[0][price]=p_1``), the way Rails, PHP and Stripe read them;
- ``form`` (the default), exploded: an object's fields as keys of their own, an array as repeated keys;
  unexploded (and ``spaceDelimited``, ``pipeDelimited``): ``k,v,k,v`` and ``a,b``.

A value nested deeper than OpenAPI defines (an object inside a ``form`` object) is written as ``deepObject``.
Flat values are left as they are: httpx writes them as before (``true``/``false``, numbers, an empty ``None``).
"""

from collections.abc import Mapping
from typing import Any

from .urls import DELIMITERS, query_text

__all__ = ["flatten"]


def flatten(data: Mapping[str, Any], encoding: Mapping[str, tuple[str, bool]]) -> dict[str, Any]:
    """``data`` (a form body's ``to_dict()``) as flat keys for httpx's ``data=``."""
    flat: dict[str, Any] = {}
    for name, value in data.items():
        style, explode = encoding.get(name, ("form", True))
        if style == "deepObject":
            _deep(flat, name, value)
        elif isinstance(value, Mapping):
            if explode and style == "form":
                for key, item in value.items():
                    _deep(flat, key, item)
            else:
                flat[name] = ",".join(f"{key},{query_text(item)}" for key, item in value.items())
        elif isinstance(value, list | tuple) and (not explode or style != "form"):
            flat[name] = DELIMITERS.get(style, ",").join(query_text(item) for item in value)
        elif isinstance(value, list | tuple) and any(isinstance(item, Mapping | list | tuple) for item in value):
            _deep(flat, name, value)
        else:
            flat[name] = value
    return flat


def _deep(flat: dict[str, Any], key: str, value: Any) -> None:
    if isinstance(value, Mapping):
        for name, item in value.items():
            _deep(flat, f"{key}[{name}]", item)
    elif isinstance(value, list | tuple):
        if any(isinstance(item, Mapping | list | tuple) for item in value):
            for index, item in enumerate(value):
                _deep(flat, f"{key}[{index}]", item)
        else:
            flat[f"{key}[]"] = list(value)
    else:
        flat[key] = value
