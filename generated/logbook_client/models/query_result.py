from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.event import Event
    from ..models.query_stats import QueryStats


T = TypeVar("T", bound="QueryResult")

#: The keys of the declared properties; any other key of the input goes to ``additional_properties``.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "matches",
        "next_cursor",
        "stats",
    )
)


@_attrs_define
class QueryResult:
    """One page of query results.

    Attributes:
        matches (list[Event]): The matching events, in the requested order.
        next_cursor (None | str): The cursor of the next page, or null if this is the last page.
        stats (QueryStats): Statistics about how a query was run.
    """

    matches: list[Event]
    next_cursor: None | str
    stats: QueryStats
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        matches = []
        for matches_item_data in self.matches:
            matches_item = matches_item_data.to_dict()
            matches.append(matches_item)

        next_cursor: None | str
        next_cursor = self.next_cursor

        stats = self.stats.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "matches": matches,
                "next_cursor": next_cursor,
                "stats": stats,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.event import Event  # noqa: PLC0415
        from ..models.query_stats import QueryStats  # noqa: PLC0415

        d = src_dict
        matches = list(map(Event.from_dict, d["matches"]))

        next_cursor: None | str = d["next_cursor"]

        stats = QueryStats.from_dict(d["stats"])

        query_result = cls(
            matches,
            next_cursor,
            stats,
        )

        if len(d) > 3 and not _KNOWN_KEYS.issuperset(d):
            additional_properties = dict(d)
            for prop_name in _KNOWN_KEYS:
                additional_properties.pop(prop_name, None)
            query_result.additional_properties = additional_properties
        return query_result

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
