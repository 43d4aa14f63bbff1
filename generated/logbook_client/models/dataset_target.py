from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DatasetTarget")

#: The keys of the declared properties; any other key of the input goes to ``additional_properties``.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "kind",
        "dataset",
    )
)


@_attrs_define
class DatasetTarget:
    """Annotates a whole dataset.

    Attributes:
        kind (Literal['dataset']): The kind of target; always `dataset`.
        dataset (str): A dataset name: lower-case letters, digits, `_` and `-`, starting with a letter or digit, at most
            63 characters.
    """

    kind: Literal["dataset"]
    dataset: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind

        dataset = self.dataset

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
                "dataset": dataset,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        kind = cast(Literal["dataset"], d["kind"])
        if kind != "dataset":
            raise ValueError(f"kind must match const 'dataset', got '{kind}'")

        dataset = d["dataset"]

        dataset_target = cls(
            kind,
            dataset,
        )

        if len(d) > 2 and not _KNOWN_KEYS.issuperset(d):
            additional_properties = dict(d)
            for prop_name in _KNOWN_KEYS:
                additional_properties.pop(prop_name, None)
            dataset_target.additional_properties = additional_properties
        return dataset_target

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
