from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Attachment")

#: The keys of the declared properties; any other key of the input goes to ``additional_properties``.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "id",
        "annotation_id",
        "filename",
        "content_type",
        "size",
        "created_at",
    )
)


@_attrs_define
class Attachment:
    """A file attached to an annotation.

    Attributes:
        id (UUID): The attachment's id.
        annotation_id (UUID): The id of the annotation the file is attached to.
        filename (str): The file's name, as uploaded.
        content_type (str): The file's media type.
        size (int): The file's size in bytes.
        created_at (datetime.datetime): When the file was uploaded.
    """

    id: UUID
    annotation_id: UUID
    filename: str
    content_type: str
    size: int
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        annotation_id = str(self.annotation_id)

        filename = self.filename

        content_type = self.content_type

        size = self.size

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "annotation_id": annotation_id,
                "filename": filename,
                "content_type": content_type,
                "size": size,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = UUID(d["id"])

        annotation_id = UUID(d["annotation_id"])

        filename = d["filename"]

        content_type = d["content_type"]

        size = d["size"]

        created_at = datetime.datetime.fromisoformat(d["created_at"])

        attachment = cls(
            id,
            annotation_id,
            filename,
            content_type,
            size,
            created_at,
        )

        if len(d) > 6 and not _KNOWN_KEYS.issuperset(d):
            additional_properties = dict(d)
            for prop_name in _KNOWN_KEYS:
                additional_properties.pop(prop_name, None)
            attachment.additional_properties = additional_properties
        return attachment

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
