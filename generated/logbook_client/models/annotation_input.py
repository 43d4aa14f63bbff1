from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.annotation_category import AnnotationCategory
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dataset_target import DatasetTarget
    from ..models.query_target import QueryTarget


T = TypeVar("T", bound="AnnotationInput")

#: The keys of the declared properties; any other key of the input goes to ``additional_properties``.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "title",
        "time",
        "target",
        "description",
        "category",
        "url",
        "end_time",
    )
)


@_attrs_define
class AnnotationInput:
    """The writable fields of an annotation, for creating or replacing one.

    Attributes:
        title (str): A short title.
        time (datetime.datetime): When the marked moment or period starts.
        target (DatasetTarget | dict[str, Any] | QueryTarget): What an annotation applies to, distinguished by `kind`.
        description (None | str | Unset): A longer explanation.
        category (AnnotationCategory | Unset): What an annotation marks.
        url (None | str | Unset): A link to more information.
        end_time (datetime.datetime | None | Unset): When the marked period ends; null for a single moment.
    """

    title: str
    time: datetime.datetime
    target: DatasetTarget | dict[str, Any] | QueryTarget
    description: None | str | Unset = UNSET
    category: AnnotationCategory | Unset = UNSET
    url: None | str | Unset = UNSET
    end_time: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.dataset_target import DatasetTarget  # noqa: PLC0415
        from ..models.query_target import QueryTarget  # noqa: PLC0415

        title = self.title

        time = self.time.isoformat()

        target: dict[str, Any]
        if isinstance(self.target, DatasetTarget):
            target = self.target.to_dict()
        elif isinstance(self.target, QueryTarget):
            target = self.target.to_dict()
        else:
            target = self.target

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        category: str | Unset = UNSET
        if not isinstance(self.category, Unset):
            category = self.category.value

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        end_time: None | str | Unset
        if isinstance(self.end_time, Unset):
            end_time = UNSET
        elif isinstance(self.end_time, datetime.datetime):
            end_time = self.end_time.isoformat()
        else:
            end_time = self.end_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "time": time,
                "target": target,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if category is not UNSET:
            field_dict["category"] = category
        if url is not UNSET:
            field_dict["url"] = url
        if end_time is not UNSET:
            field_dict["end_time"] = end_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dataset_target import DatasetTarget  # noqa: PLC0415
        from ..models.query_target import QueryTarget  # noqa: PLC0415

        d = src_dict
        title = d["title"]

        time = datetime.datetime.fromisoformat(d["time"])

        def _parse_target(data: object) -> DatasetTarget | dict[str, Any] | QueryTarget:
            if isinstance(data, dict):
                _tag = data.get("kind")
                if _tag == "dataset":
                    componentsschemas_annotation_target_type_0 = DatasetTarget.from_dict(data)

                    return componentsschemas_annotation_target_type_0
                if _tag == "query":
                    componentsschemas_annotation_target_type_1 = QueryTarget.from_dict(data)

                    return componentsschemas_annotation_target_type_1
                if _tag is not None:
                    return data  # a tag naming no member: the object is kept as it came
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_annotation_target_type_0 = DatasetTarget.from_dict(data)

                return componentsschemas_annotation_target_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_annotation_target_type_1 = QueryTarget.from_dict(data)

            return componentsschemas_annotation_target_type_1

        target = _parse_target(d["target"])

        description: None | str | Unset = d.get("description", UNSET)

        _category = d.get("category", UNSET)
        category: AnnotationCategory | Unset
        if isinstance(_category, Unset):
            category = UNSET
        else:
            category = AnnotationCategory(_category)

        url: None | str | Unset = d.get("url", UNSET)

        def _parse_end_time(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_time_type_0 = datetime.datetime.fromisoformat(data)

                return end_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        end_time = _parse_end_time(d.get("end_time", UNSET))

        annotation_input = cls(
            title,
            time,
            target,
            description,
            category,
            url,
            end_time,
        )

        if len(d) > 3 and not _KNOWN_KEYS.issuperset(d):
            additional_properties = dict(d)
            for prop_name in _KNOWN_KEYS:
                additional_properties.pop(prop_name, None)
            annotation_input.additional_properties = additional_properties
        return annotation_input

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
