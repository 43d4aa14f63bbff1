from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="QueryStats")

#: The keys of the declared properties; any other key of the input goes to ``additional_properties``.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "rows_examined",
        "rows_matched",
        "elapsed_ms",
    )
)


@_attrs_define
class QueryStats:
    """Statistics about how a query was run.

    Attributes:
        rows_examined (int): The number of events read.
        rows_matched (int): The number of events that matched, across all pages.
        elapsed_ms (float): The time taken to run the query, in milliseconds.
    """

    rows_examined: int
    rows_matched: int
    elapsed_ms: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rows_examined = self.rows_examined

        rows_matched = self.rows_matched

        elapsed_ms = self.elapsed_ms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rows_examined": rows_examined,
                "rows_matched": rows_matched,
                "elapsed_ms": elapsed_ms,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        rows_examined = d["rows_examined"]

        rows_matched = d["rows_matched"]

        elapsed_ms = d["elapsed_ms"]

        query_stats = cls(
            rows_examined,
            rows_matched,
            elapsed_ms,
        )

        if len(d) > 3 and not _KNOWN_KEYS.issuperset(d):
            additional_properties = dict(d)
            for prop_name in _KNOWN_KEYS:
                additional_properties.pop(prop_name, None)
            query_stats.additional_properties = additional_properties
        return query_stats

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
