from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DatasetUpdate")

#: The keys of the declared properties; any other key of the input goes to ``additional_properties``.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "description",
        "retention_days",
    )
)


@_attrs_define
class DatasetUpdate:
    """Changes to a dataset's settings; absent fields are left unchanged.

    Attributes:
        description (None | str | Unset): What the dataset contains; null clears it.
        retention_days (int | Unset): How many days events are kept before being deleted.
    """

    description: None | str | Unset = UNSET
    retention_days: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        retention_days = self.retention_days

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
        if retention_days is not UNSET:
            field_dict["retention_days"] = retention_days

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        description: None | str | Unset = d.get("description", UNSET)

        retention_days = d.get("retention_days", UNSET)

        dataset_update = cls(
            description,
            retention_days,
        )

        if len(d) > 0 and not _KNOWN_KEYS.issuperset(d):
            additional_properties = dict(d)
            for prop_name in _KNOWN_KEYS:
                additional_properties.pop(prop_name, None)
            dataset_update.additional_properties = additional_properties
        return dataset_update

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
