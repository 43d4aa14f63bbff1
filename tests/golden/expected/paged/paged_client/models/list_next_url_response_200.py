from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_next_url_response_200_links import ListNextUrlResponse200Links
    from ..models.thing import Thing


T = TypeVar("T", bound="ListNextUrlResponse200")

#: The keys of the declared properties; any other key of the input goes to ``additional_properties``.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "results",
        "links",
    )
)


@_attrs_define
class ListNextUrlResponse200:
    """
    Attributes:
        results (list[Thing]):
        links (ListNextUrlResponse200Links | Unset):
    """

    results: list[Thing]
    links: ListNextUrlResponse200Links | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        results = []
        for componentsschemas_thing_array_item_data in self.results:
            componentsschemas_thing_array_item = componentsschemas_thing_array_item_data.to_dict()
            results.append(componentsschemas_thing_array_item)

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "results": results,
            }
        )
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.list_next_url_response_200_links import ListNextUrlResponse200Links  # noqa: PLC0415
        from ..models.thing import Thing  # noqa: PLC0415

        d = src_dict
        results = list(map(Thing.from_dict, d["results"]))

        _links = d.get("links", UNSET)
        links: ListNextUrlResponse200Links | Unset
        if isinstance(_links, Unset):
            links = UNSET
        else:
            links = ListNextUrlResponse200Links.from_dict(_links)

        list_next_url_response_200 = cls(
            results,
            links,
        )

        if len(d) > 1 and not _KNOWN_KEYS.issuperset(d):
            additional_properties = dict(d)
            for prop_name in _KNOWN_KEYS:
                additional_properties.pop(prop_name, None)
            list_next_url_response_200.additional_properties = additional_properties
        return list_next_url_response_200

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
