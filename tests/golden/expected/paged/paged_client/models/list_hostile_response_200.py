from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.thing import Thing


T = TypeVar("T", bound="ListHostileResponse200")

#: The keys of the declared properties; any other key of the input goes to ``additional_properties``.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        'it"ems',
        'next"); import os; os._exit(3) #',
    )
)


@_attrs_define
class ListHostileResponse200:
    """
    Attributes:
        items (list[Thing] | Unset):
        next_import_os_os_exit3 (None | str | Unset):
    """

    items: list[Thing] | Unset = UNSET
    next_import_os_os_exit3: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for componentsschemas_thing_array_item_data in self.items:
                componentsschemas_thing_array_item = componentsschemas_thing_array_item_data.to_dict()
                items.append(componentsschemas_thing_array_item)

        next_import_os_os_exit3: None | str | Unset
        if isinstance(self.next_import_os_os_exit3, Unset):
            next_import_os_os_exit3 = UNSET
        else:
            next_import_os_os_exit3 = self.next_import_os_os_exit3

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if items is not UNSET:
            field_dict['it"ems'] = items
        if next_import_os_os_exit3 is not UNSET:
            field_dict['next"); import os; os._exit(3) #'] = next_import_os_os_exit3

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.thing import Thing  # noqa: PLC0415

        d = src_dict
        _items = d.get('it"ems', UNSET)
        items: list[Thing] | Unset = UNSET
        if _items is not UNSET:
            items = []
            for componentsschemas_thing_array_item_data in _items:
                componentsschemas_thing_array_item = Thing.from_dict(componentsschemas_thing_array_item_data)

                items.append(componentsschemas_thing_array_item)

        next_import_os_os_exit3: None | str | Unset = d.get('next"); import os; os._exit(3) #', UNSET)

        list_hostile_response_200 = cls(
            items,
            next_import_os_os_exit3,
        )

        if len(d) > 0 and not _KNOWN_KEYS.issuperset(d):
            additional_properties = dict(d)
            for prop_name in _KNOWN_KEYS:
                additional_properties.pop(prop_name, None)
            list_hostile_response_200.additional_properties = additional_properties
        return list_hostile_response_200

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
