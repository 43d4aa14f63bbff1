from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Event")

#: The keys of the declared properties; any other key of the input goes to ``additional_properties``.
_KNOWN_KEYS: frozenset[str] = frozenset(("_time",))


@_attrs_define
class Event:
    """One event: any JSON object. Its fields are free-form; `_time` sets the event's timestamp and defaults to the time of
    ingestion.

        Attributes:
            field_time (datetime.datetime | Unset): When the event happened. Defaults to the time it was ingested.
    """

    field_time: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_time: str | Unset = UNSET
        if not isinstance(self.field_time, Unset):
            field_time = self.field_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if field_time is not UNSET:
            field_dict["_time"] = field_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _field_time = d.get("_time", UNSET)
        field_time: datetime.datetime | Unset
        if isinstance(_field_time, Unset):
            field_time = UNSET
        else:
            field_time = datetime.datetime.fromisoformat(_field_time)

        event = cls(
            field_time,
        )

        if len(d) > 0 and not _KNOWN_KEYS.issuperset(d):
            additional_properties = dict(d)
            for prop_name in _KNOWN_KEYS:
                additional_properties.pop(prop_name, None)
            event.additional_properties = additional_properties
        return event

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
