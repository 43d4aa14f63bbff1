from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, File, Unset

T = TypeVar("T", bound="AttachmentUpload")

#: The keys of the declared properties; any other key of the input goes to ``additional_properties``.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "file",
        "description",
    )
)


@_attrs_define
class AttachmentUpload:
    """The form fields of an attachment upload.

    Attributes:
        file (File): The file's content. Its name and media type are taken from the form part.
        description (str | Unset): What the file shows.
    """

    file: File
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file = self.file.to_json_string()

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file": file,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("file", self.file.to_tuple()))

        if not isinstance(self.description, Unset):
            files.append(("description", (None, str(self.description).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        file = File.from_json_value(d["file"])

        description = d.get("description", UNSET)

        attachment_upload = cls(
            file,
            description,
        )

        if len(d) > 1 and not _KNOWN_KEYS.issuperset(d):
            additional_properties = dict(d)
            for prop_name in _KNOWN_KEYS:
                additional_properties.pop(prop_name, None)
            attachment_upload.additional_properties = additional_properties
        return attachment_upload

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
