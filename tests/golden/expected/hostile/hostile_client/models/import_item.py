from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.import_item_kind import ImportItemKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="ImportItem")

#: The keys of the declared properties; any other key of the input goes to ``additional_properties``.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "self",
        "None",
        "kind",
    )
)


@_attrs_define
class ImportItem:
    """
    Attributes:
        self_ (str | Unset): \\\"\"\" property
        none (str | Unset):
        kind (ImportItemKind | Unset):
    """

    self_: str | Unset = UNSET
    none: str | Unset = UNSET
    kind: ImportItemKind | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self_ = self.self_

        none = self.none

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if self_ is not UNSET:
            field_dict["self"] = self_
        if none is not UNSET:
            field_dict["None"] = none
        if kind is not UNSET:
            field_dict["kind"] = kind

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        self_ = d.get("self", UNSET)

        none = d.get("None", UNSET)

        _kind = d.get("kind", UNSET)
        kind: ImportItemKind | Unset
        if isinstance(_kind, Unset):
            kind = UNSET
        else:
            kind = ImportItemKind(_kind)

        import_item = cls(
            self_,
            none,
            kind,
        )

        if len(d) > 0 and not _KNOWN_KEYS.issuperset(d):
            additional_properties = dict(d)
            for prop_name in _KNOWN_KEYS:
                additional_properties.pop(prop_name, None)
            import_item.additional_properties = additional_properties
        return import_item

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
