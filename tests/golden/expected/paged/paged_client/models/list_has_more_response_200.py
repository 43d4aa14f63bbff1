from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.thing import Thing


T = TypeVar("T", bound="ListHasMoreResponse200")

#: The keys of the declared properties; any other key of the input goes to ``additional_properties``.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "data",
        "has_more",
    )
)


@_attrs_define
class ListHasMoreResponse200:
    """
    Attributes:
        data (list[Thing]):
        has_more (bool):
    """

    data: list[Thing]
    has_more: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for componentsschemas_thing_array_item_data in self.data:
            componentsschemas_thing_array_item = componentsschemas_thing_array_item_data.to_dict()
            data.append(componentsschemas_thing_array_item)

        has_more = self.has_more

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "has_more": has_more,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.thing import Thing  # noqa: PLC0415

        d = src_dict
        data = list(map(Thing.from_dict, d["data"]))

        has_more = d["has_more"]

        list_has_more_response_200 = cls(
            data,
            has_more,
        )

        if len(d) > 2 and not _KNOWN_KEYS.issuperset(d):
            additional_properties = dict(d)
            for prop_name in _KNOWN_KEYS:
                additional_properties.pop(prop_name, None)
            list_has_more_response_200.additional_properties = additional_properties
        return list_has_more_response_200

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
