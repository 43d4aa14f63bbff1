from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ClientModel")

#: The keys of the declared properties; any other key of the input goes to ``additional_properties``.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "name",
        "files",
        "src_dict",
    )
)


@_attrs_define
class ClientModel:
    """
    Attributes:
        name (str | Unset):
        files_ (str | Unset):
        src_dict_ (str | Unset):
    """

    name: str | Unset = UNSET
    files_: str | Unset = UNSET
    src_dict_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        files_ = self.files_

        src_dict_ = self.src_dict_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if files_ is not UNSET:
            field_dict["files"] = files_
        if src_dict_ is not UNSET:
            field_dict["src_dict"] = src_dict_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        name = d.get("name", UNSET)

        files_ = d.get("files", UNSET)

        src_dict_ = d.get("src_dict", UNSET)

        client_model = cls(
            name,
            files_,
            src_dict_,
        )

        if len(d) > 0 and not _KNOWN_KEYS.issuperset(d):
            additional_properties = dict(d)
            for prop_name in _KNOWN_KEYS:
                additional_properties.pop(prop_name, None)
            client_model.additional_properties = additional_properties
        return client_model

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
