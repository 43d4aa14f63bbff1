from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Dataset")

#: The keys of the declared properties; any other key of the input goes to ``additional_properties``.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "name",
        "description",
        "retention_days",
        "created_at",
        "updated_at",
        "event_count",
        "size_bytes",
    )
)


@_attrs_define
class Dataset:
    """A named collection of events.

    Attributes:
        name (str): A dataset name: lower-case letters, digits, `_` and `-`, starting with a letter or digit, at most 63
            characters.
        description (None | str): What the dataset contains.
        retention_days (int): How many days events are kept before being deleted.
        created_at (datetime.datetime): When the dataset was created.
        updated_at (datetime.datetime): When the dataset's settings were last changed.
        event_count (int): The number of events stored.
        size_bytes (int): The storage used by the events, in bytes.
    """

    name: str
    description: None | str
    retention_days: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    event_count: int
    size_bytes: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description: None | str
        description = self.description

        retention_days = self.retention_days

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        event_count = self.event_count

        size_bytes = self.size_bytes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "description": description,
                "retention_days": retention_days,
                "created_at": created_at,
                "updated_at": updated_at,
                "event_count": event_count,
                "size_bytes": size_bytes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        name = d["name"]

        description: None | str = d["description"]

        retention_days = d["retention_days"]

        created_at = datetime.datetime.fromisoformat(d["created_at"])

        updated_at = datetime.datetime.fromisoformat(d["updated_at"])

        event_count = d["event_count"]

        size_bytes = d["size_bytes"]

        dataset = cls(
            name,
            description,
            retention_days,
            created_at,
            updated_at,
            event_count,
            size_bytes,
        )

        if len(d) > 7 and not _KNOWN_KEYS.issuperset(d):
            additional_properties = dict(d)
            for prop_name in _KNOWN_KEYS:
                additional_properties.pop(prop_name, None)
            dataset.additional_properties = additional_properties
        return dataset

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
