from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="QueryTarget")

#: The keys of the declared properties; any other key of the input goes to ``additional_properties``.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "kind",
        "dataset",
        "filter",
    )
)


@_attrs_define
class QueryTarget:
    """Annotates the events of a dataset that match a filter.

    Attributes:
        kind (Literal['query']): The kind of target; always `query`.
        dataset (str): A dataset name: lower-case letters, digits, `_` and `-`, starting with a letter or digit, at most
            63 characters.
        filter_ (str): The filter expression selecting the annotated events.
    """

    kind: Literal["query"]
    dataset: str
    filter_: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind

        dataset = self.dataset

        filter_ = self.filter_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
                "dataset": dataset,
                "filter": filter_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        kind = cast(Literal["query"], d["kind"])
        if kind != "query":
            raise ValueError(f"kind must match const 'query', got '{kind}'")

        dataset = d["dataset"]

        filter_ = d["filter"]

        query_target = cls(
            kind,
            dataset,
            filter_,
        )

        if len(d) > 3 and not _KNOWN_KEYS.issuperset(d):
            additional_properties = dict(d)
            for prop_name in _KNOWN_KEYS:
                additional_properties.pop(prop_name, None)
            query_target.additional_properties = additional_properties
        return query_target

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
