from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.ingest_failure import IngestFailure


T = TypeVar("T", bound="IngestResult")

#: The keys of the declared properties; any other key of the input goes to ``additional_properties``.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "ingested",
        "failed",
        "failures",
    )
)


@_attrs_define
class IngestResult:
    """The outcome of an ingest request.

    Attributes:
        ingested (int): The number of events stored.
        failed (int): The number of events rejected.
        failures (list[IngestFailure]): Why each rejected event was rejected; empty when none were.
    """

    ingested: int
    failed: int
    failures: list[IngestFailure]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ingested = self.ingested

        failed = self.failed

        failures = []
        for failures_item_data in self.failures:
            failures_item = failures_item_data.to_dict()
            failures.append(failures_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ingested": ingested,
                "failed": failed,
                "failures": failures,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ingest_failure import IngestFailure  # noqa: PLC0415

        d = src_dict
        ingested = d["ingested"]

        failed = d["failed"]

        failures = list(map(IngestFailure.from_dict, d["failures"]))

        ingest_result = cls(
            ingested,
            failed,
            failures,
        )

        if len(d) > 3 and not _KNOWN_KEYS.issuperset(d):
            additional_properties = dict(d)
            for prop_name in _KNOWN_KEYS:
                additional_properties.pop(prop_name, None)
            ingest_result.additional_properties = additional_properties
        return ingest_result

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
