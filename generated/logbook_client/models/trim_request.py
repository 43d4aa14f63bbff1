from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TrimRequest")

#: The keys of the declared properties; any other key of the input goes to ``additional_properties``.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "max_age",
        "before",
    )
)


@_attrs_define
class TrimRequest:
    """The cutoff of a trim: give exactly one of `max_age` and `before`. Events older than the cutoff are deleted.

    Attributes:
        max_age (str | Unset): Delete events older than this ISO 8601 duration, counted back from now.
        before (datetime.datetime | Unset): Delete events before this instant.
    """

    max_age: str | Unset = UNSET
    before: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        max_age = self.max_age

        before: str | Unset = UNSET
        if not isinstance(self.before, Unset):
            before = self.before.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if max_age is not UNSET:
            field_dict["max_age"] = max_age
        if before is not UNSET:
            field_dict["before"] = before

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        max_age = d.get("max_age", UNSET)

        _before = d.get("before", UNSET)
        before: datetime.datetime | Unset
        if isinstance(_before, Unset):
            before = UNSET
        else:
            before = datetime.datetime.fromisoformat(_before)

        trim_request = cls(
            max_age,
            before,
        )

        if len(d) > 0 and not _KNOWN_KEYS.issuperset(d):
            additional_properties = dict(d)
            for prop_name in _KNOWN_KEYS:
                additional_properties.pop(prop_name, None)
            trim_request.additional_properties = additional_properties
        return trim_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
