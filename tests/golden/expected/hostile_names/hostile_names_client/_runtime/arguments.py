"""Call arguments as a hand-written SDK takes them: a body's fields as keywords, a dict body, an enum's plain value.

No I/O: every operation's ``build_request`` (shared by both twins) calls these before anything is sent, so a
mistake is a ``TypeError``/``ValueError`` naming the argument, never a request the server refuses or a
``TypeError: Object of type Unset is not JSON serializable`` from deep inside httpx.

- ``BodyFields.build``: an operation whose JSON body is an object model also takes the model's top-level fields
  as keyword arguments (``create_issue(owner=..., title=..., labels=[...])``). They default to ``UNSET`` in the
  signature because ``body=`` may supply them instead; a required one left out is a ``TypeError`` here, as
  Python words it for a missing argument.
- ``model_body``: ``body=`` takes the model or a plain ``dict``, which is read through ``Model.from_dict``.
- ``enum_argument``: an enum argument takes the enum or its plain value (``state="open"``); a value the spec does
  not list is a ``ValueError`` naming the argument and the allowed values. (Decoding a *response* keeps unknown
  values instead: a newer server may send them. A request is the caller's own choice, checked before sending.)
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import Enum
from typing import Any, Generic, Protocol, TypeVar, overload

from ..types import UNSET, Unset

__all__ = ["BodyFields", "enum_argument", "enum_list_argument", "model_body"]


class _Model(Protocol):
    """A generated model class's instances (which ``UNSET`` is not: that keeps the overloads apart)."""

    def to_dict(self) -> dict[str, Any]: ...


M = TypeVar("M", bound=_Model)
E = TypeVar("E", bound=Enum)


@overload
def enum_argument(function: str, name: str, value: E | str | int, enum: type[E]) -> E: ...
@overload
def enum_argument(  # type: ignore[overload-overlap]  # a value without None or UNSET matches the first one
    function: str, name: str, value: E | str | int | None, enum: type[E]
) -> E | None: ...
@overload
def enum_argument(function: str, name: str, value: E | str | int | Unset, enum: type[E]) -> E | Unset: ...
@overload
def enum_argument(function: str, name: str, value: E | str | int | None | Unset, enum: type[E]) -> E | None | Unset: ...
def enum_argument(function: str, name: str, value: Any, enum: type[E]) -> Any:
    """``value`` as a member of ``enum``: a member is kept, a listed plain value converted, ``None``/``UNSET`` kept.

    Raises ``ValueError`` naming the argument and the allowed values for a value the spec does not list.
    """
    if value is None or isinstance(value, (Unset, enum)):
        return value
    member = (
        enum._value2member_map_.get(value) if isinstance(value, (str, int)) and not isinstance(value, bool) else None
    )
    if member is None:
        allowed = ", ".join(repr(known.value) for known in enum)
        raise ValueError(f"{function}(): {name}={value!r} is not one of {allowed}")
    return member


@overload
def enum_list_argument(function: str, name: str, value: Sequence[E | str | int], enum: type[E]) -> list[E]: ...
@overload
def enum_list_argument(
    function: str, name: str, value: Sequence[E | str | int] | Unset, enum: type[E]
) -> list[E] | Unset: ...
def enum_list_argument(function: str, name: str, value: Any, enum: type[E]) -> Any:
    """``value``, a list of members of ``enum`` or their plain values, as a list of members; ``UNSET`` kept.

    Raises ``TypeError`` naming the argument when it is not a list (a string would be read letter by letter), and
    ``ValueError`` naming the item (``labels[1]``) for a value the spec does not list.
    """
    if isinstance(value, Unset):
        return value
    if isinstance(value, (str, bytes)) or not isinstance(value, Sequence):
        raise TypeError(f"{function}(): {name} must be a list of {enum.__name__} values, not {type(value).__name__}")
    return [enum_argument(function, f"{name}[{index}]", item, enum) for index, item in enumerate(value)]


@overload
def model_body(function: str, model: type[M], body: M | Mapping[str, Any]) -> M: ...
@overload
def model_body(function: str, model: type[M], body: M | Mapping[str, Any] | Unset) -> M | Unset: ...
def model_body(function: str, model: type[M], body: Any) -> Any:
    """``body`` as a ``model``: the model is kept, a mapping read with ``model.from_dict``, ``UNSET`` kept.

    Raises ``TypeError`` naming the field for a mapping ``from_dict`` cannot read (a required field missing, a
    nested value of the wrong shape), and for a value that is neither.
    """
    if isinstance(body, (model, Unset)):
        return body
    if not isinstance(body, Mapping):
        raise TypeError(f"{function}(): body must be a {model.__name__} or a dict, not {type(body).__name__}")
    try:
        return model.from_dict(body)  # type: ignore[attr-defined]
    except KeyError as error:  # from_dict reads a required field with d[key]
        if error.args and error.args[0] not in body:
            raise TypeError(
                f"{function}(): body is missing the required field {error.args[0]!r} of {model.__name__}"
            ) from None
        raise TypeError(f"{function}(): body is not a valid {model.__name__}: {_culprit(model, body)}") from error
    except (TypeError, ValueError, AttributeError) as error:
        raise TypeError(f"{function}(): body is not a valid {model.__name__}: {_culprit(model, body)}") from error


def _culprit(model: type[Any], body: Mapping[str, Any]) -> str:
    """Which field of ``body`` makes ``from_dict`` fail: the first whose removal lets it read the rest."""
    for key in body:
        try:
            model.from_dict({other: value for other, value in body.items() if other != key})
        except Exception:  # noqa: BLE001, S112 - any failure means this key is not (alone) the culprit
            continue
        return f"field {key!r} ({type(body[key]).__name__} {body[key]!r:.60})"
    return "its fields do not match the model"


@dataclass(frozen=True, slots=True)
class BodyFields(Generic[M]):
    """How one operation's keyword arguments make its body model.

    - ``function``: the operation's name, as the caller wrote it (for messages).
    - ``model``: the body's model class.
    - ``attributes``: argument name -> the model's attribute (they differ when a field is renamed because its
      name is taken by a parameter: a path parameter ``owner`` and a body field ``owner`` give ``owner_``).
    - ``required``: the arguments of the model's required fields.
    - ``enums``: argument name -> enum class, for fields that take an enum's plain value.
    - ``enum_lists``: the same for fields that are lists of an enum (each item converted).
    """

    function: str
    model: type[M]
    attributes: Mapping[str, str]
    required: tuple[str, ...] = ()
    enums: Mapping[str, type[Enum]] = field(default_factory=dict)
    enum_lists: Mapping[str, type[Enum]] = field(default_factory=dict)

    def build(self, body: M | Mapping[str, Any] | Unset, fields: Mapping[str, Any]) -> M:
        """The body of a call whose body is required: from ``body=`` or from the field arguments."""
        built = self.build_optional(body, fields)
        return self._construct({}) if isinstance(built, Unset) else built

    def build_optional(self, body: M | Mapping[str, Any] | Unset, fields: Mapping[str, Any]) -> M | Unset:
        """The body of a call, or ``UNSET`` when neither ``body=`` nor any field argument was given.

        Raises ``TypeError`` when both ``body=`` and field arguments are given, or when field arguments leave a
        required field out; ``ValueError`` for an enum value the spec does not list.
        """
        given = {name: value for name, value in fields.items() if not isinstance(value, Unset)}
        if not isinstance(body, Unset):
            if given:
                names = ", ".join(repr(name) for name in given)
                raise TypeError(
                    f"{self.function}() got both body= and the body's fields as arguments ({names}); "
                    "pass the fields one way or the other"
                )
            return model_body(self.function, self.model, body)
        if not given:
            return UNSET
        return self._construct(given)

    def _construct(self, given: Mapping[str, Any]) -> M:
        missing = [name for name in self.required if name not in given]
        if missing:
            words = " and ".join(", ".join(repr(name) for name in missing).rsplit(", ", 1))
            plural = "s" if len(missing) > 1 else ""
            raise TypeError(f"{self.function}() missing {len(missing)} required keyword argument{plural}: {words}")
        values = {
            self.attributes[name]: enum_argument(self.function, name, value, self.enums[name])
            if name in self.enums
            else enum_list_argument(self.function, name, value, self.enum_lists[name])
            if name in self.enum_lists
            else value
            for name, value in given.items()
        }
        return self.model(**values)
