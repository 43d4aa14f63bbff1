from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.thing import Thing


T = TypeVar("T", bound="SearchBodyCursorResponse200")

#: The keys of the declared properties; any other key of the input goes to ``additional_properties``.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "matches",
        "next_cursor",
    )
)


@_attrs_define
class SearchBodyCursorResponse200:
    """
    Attributes:
        matches (list[Thing]):
        next_cursor (None | str | Unset):
    """

    matches: list[Thing]
    next_cursor: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        matches = []
        for componentsschemas_thing_array_item_data in self.matches:
            componentsschemas_thing_array_item = componentsschemas_thing_array_item_data.to_dict()
            matches.append(componentsschemas_thing_array_item)

        next_cursor: None | str | Unset
        if isinstance(self.next_cursor, Unset):
            next_cursor = UNSET
        else:
            next_cursor = self.next_cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "matches": matches,
            }
        )
        if next_cursor is not UNSET:
            field_dict["next_cursor"] = next_cursor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.thing import Thing  # noqa: PLC0415

        d = src_dict
        matches = list(map(Thing.from_dict, d["matches"]))

        next_cursor: None | str | Unset = d.get("next_cursor", UNSET)

        search_body_cursor_response_200 = cls(
            matches,
            next_cursor,
        )

        if len(d) > 1 and not _KNOWN_KEYS.issuperset(d):
            additional_properties = dict(d)
            for prop_name in _KNOWN_KEYS:
                additional_properties.pop(prop_name, None)
            search_body_cursor_response_200.additional_properties = additional_properties
        return search_body_cursor_response_200

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
