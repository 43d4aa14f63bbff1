from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.thing import Thing


T = TypeVar("T", bound="ListOffsetResponse200")

#: The keys of the declared properties; any other key of the input goes to ``additional_properties``.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "results",
        "total",
    )
)


@_attrs_define
class ListOffsetResponse200:
    """
    Attributes:
        results (list[Thing]):
        total (int):
    """

    results: list[Thing]
    total: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        results = []
        for componentsschemas_thing_array_item_data in self.results:
            componentsschemas_thing_array_item = componentsschemas_thing_array_item_data.to_dict()
            results.append(componentsschemas_thing_array_item)

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "results": results,
                "total": total,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.thing import Thing  # noqa: PLC0415

        d = src_dict
        results = list(map(Thing.from_dict, d["results"]))

        total = d["total"]

        list_offset_response_200 = cls(
            results,
            total,
        )

        if len(d) > 2 and not _KNOWN_KEYS.issuperset(d):
            additional_properties = dict(d)
            for prop_name in _KNOWN_KEYS:
                additional_properties.pop(prop_name, None)
            list_offset_response_200.additional_properties = additional_properties
        return list_offset_response_200

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
