from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.annotation_category import AnnotationCategory

if TYPE_CHECKING:
    from ..models.dataset_target import DatasetTarget
    from ..models.query_target import QueryTarget


T = TypeVar("T", bound="Annotation")

#: The keys of the declared properties; any other key of the input goes to ``additional_properties``.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "id",
        "title",
        "description",
        "category",
        "url",
        "time",
        "end_time",
        "target",
        "created_at",
        "updated_at",
    )
)


@_attrs_define
class Annotation:
    """A marker on the timeline of a dataset or query, such as a deploy or an incident.

    Attributes:
        id (UUID): The annotation's id.
        title (str): A short title.
        description (None | str): A longer explanation, or null.
        category (AnnotationCategory): What an annotation marks.
        url (None | str): A link to more information (a pull request, an incident report), or null.
        time (datetime.datetime): When the marked moment or period starts.
        end_time (datetime.datetime | None): When the marked period ends, or null for a single moment.
        target (DatasetTarget | dict[str, Any] | QueryTarget): What an annotation applies to, distinguished by `kind`.
        created_at (datetime.datetime): When the annotation was created.
        updated_at (datetime.datetime): When the annotation was last changed.
    """

    id: UUID
    title: str
    description: None | str
    category: AnnotationCategory
    url: None | str
    time: datetime.datetime
    end_time: datetime.datetime | None
    target: DatasetTarget | dict[str, Any] | QueryTarget
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.dataset_target import DatasetTarget  # noqa: PLC0415
        from ..models.query_target import QueryTarget  # noqa: PLC0415

        id = str(self.id)

        title = self.title

        description: None | str
        description = self.description

        category = self.category.value

        url: None | str
        url = self.url

        time = self.time.isoformat()

        end_time: None | str
        if isinstance(self.end_time, datetime.datetime):
            end_time = self.end_time.isoformat()
        else:
            end_time = self.end_time

        target: dict[str, Any]
        if isinstance(self.target, DatasetTarget):
            target = self.target.to_dict()
        elif isinstance(self.target, QueryTarget):
            target = self.target.to_dict()
        else:
            target = self.target

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "title": title,
                "description": description,
                "category": category,
                "url": url,
                "time": time,
                "end_time": end_time,
                "target": target,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dataset_target import DatasetTarget  # noqa: PLC0415
        from ..models.query_target import QueryTarget  # noqa: PLC0415

        d = src_dict
        id = UUID(d["id"])

        title = d["title"]

        description: None | str = d["description"]

        category = AnnotationCategory(d["category"])

        url: None | str = d["url"]

        time = datetime.datetime.fromisoformat(d["time"])

        def _parse_end_time(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_time_type_0 = datetime.datetime.fromisoformat(data)

                return end_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        end_time = _parse_end_time(d["end_time"])

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

        created_at = datetime.datetime.fromisoformat(d["created_at"])

        updated_at = datetime.datetime.fromisoformat(d["updated_at"])

        annotation = cls(
            id,
            title,
            description,
            category,
            url,
            time,
            end_time,
            target,
            created_at,
            updated_at,
        )

        if len(d) > 10 and not _KNOWN_KEYS.issuperset(d):
            additional_properties = dict(d)
            for prop_name in _KNOWN_KEYS.intersection(d):
                del additional_properties[prop_name]
            annotation.additional_properties = additional_properties
        return annotation

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
