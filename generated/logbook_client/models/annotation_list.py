from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.annotation import Annotation


T = TypeVar("T", bound="AnnotationList")

#: The keys of the declared properties; any other key of the input goes to ``additional_properties``.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "annotations",
        "total",
        "offset",
        "limit",
    )
)


@_attrs_define
class AnnotationList:
    """One page of annotations.

    Attributes:
        annotations (list[Annotation]): The annotations on this page, most recent first.
        total (int): The number of annotations matching the filters, across all pages.
        offset (int): The offset this page starts at.
        limit (int): The page size used.
    """

    annotations: list[Annotation]
    total: int
    offset: int
    limit: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        annotations = []
        for annotations_item_data in self.annotations:
            annotations_item = annotations_item_data.to_dict()
            annotations.append(annotations_item)

        total = self.total

        offset = self.offset

        limit = self.limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "annotations": annotations,
                "total": total,
                "offset": offset,
                "limit": limit,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.annotation import Annotation  # noqa: PLC0415

        d = src_dict
        annotations = list(map(Annotation.from_dict, d["annotations"]))

        total = d["total"]

        offset = d["offset"]

        limit = d["limit"]

        annotation_list = cls(
            annotations,
            total,
            offset,
            limit,
        )

        if len(d) > 4 and not _KNOWN_KEYS.issuperset(d):
            additional_properties = dict(d)
            for prop_name in _KNOWN_KEYS:
                additional_properties.pop(prop_name, None)
            annotation_list.additional_properties = additional_properties
        return annotation_list

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
