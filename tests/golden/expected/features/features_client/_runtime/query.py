"""Query parameters in the styles OpenAPI allows besides its default, applied to a built ``params`` dict.

The default (``style: form, explode: true``) is what httpx does with a dict: a list becomes repeated keys
(``ids=1&ids=2``), an object's fields are keys of their own (``status=open``). An operation whose spec says
otherwise calls one of these on its ``params`` after building them (see ``generator/plan/query_styles.py``):

- :func:`delimit`: an array with ``explode: false``: ``form`` ``ids=1,2``, ``spaceDelimited`` ``ids=1%202``,
  ``pipeDelimited`` ``ids=1|2``;
- :func:`nest`: an object: ``deepObject`` ``filter[status]=open``, unexploded ``form`` ``filter=status,open``;
- :func:`expand`: a parameter that is an object or something else (``created={gte: 1} | int``): when the value is
  the object's dict, as :func:`nest` (exploded ``form``: its fields as keys of their own);
- an array with ``deepObject`` (undefined by OpenAPI): ``expand[]=a&expand[]=b``, as Rails, PHP and Stripe read it;
- :func:`as_json`, and :func:`nest` with the style ``"json"``: a parameter declared with
  ``content: {application/json: ...}``, sent as JSON text (``filter={"status":"open"}``).

Values are written as httpx writes query values (``true``/``false``, ``None`` as empty).
"""

import json
from typing import Any

from .urls import DELIMITERS, query_text

__all__ = ["as_json", "delimit", "expand", "nest"]


def delimit(params: dict[str, Any], name: str, style: str) -> None:
    """Join the list ``params[name]`` (when there is one) with the delimiter of ``style``."""
    value = params.get(name)
    if not isinstance(value, list | tuple):
        return
    if style == "deepObject":
        del params[name]
        params[f"{name}[]"] = value
    else:
        params[name] = DELIMITERS[style].join(query_text(item) for item in value)


def nest(params: dict[str, Any], name: str, fields: object, style: str) -> None:
    """Send the object ``fields`` (its JSON form, whose keys were put among ``params``) under ``name``."""
    if not isinstance(fields, dict):
        return  # not given
    for key in fields:
        params.pop(key, None)
    _put(params, name, fields, style, explode=False)


def expand(params: dict[str, Any], name: str, style: str, *, explode: bool) -> None:
    """Send ``params[name]`` in ``style`` when it is an object's dict (a union's object member); else leave it."""
    fields = params.get(name)
    if isinstance(fields, dict):
        del params[name]
        _put(params, name, fields, style, explode=explode)


def as_json(params: dict[str, Any], name: str) -> None:
    """Send ``params[name]`` (when given) as JSON text."""
    if name in params:
        params[name] = _json(params[name])


def _put(params: dict[str, Any], name: str, fields: dict[str, Any], style: str, *, explode: bool) -> None:
    if style == "json":
        params[name] = _json(fields)
    elif style == "deepObject":
        for key, value in fields.items():
            params[f"{name}[{key}]"] = value
    elif explode:
        params.update(fields)
    else:
        params[name] = ",".join(f"{key},{query_text(value)}" for key, value in fields.items())


def _json(value: object) -> str:
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)
