from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.export_format import ExportFormat
from ..models.export_status import ExportStatus

T = TypeVar("T", bound="Export")

#: The keys of the declared properties; any other key of the input goes to ``additional_properties``.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "id",
        "dataset",
        "status",
        "format",
        "created_at",
        "finished_at",
        "size_bytes",
        "error",
    )
)


@_attrs_define
class Export:
    """A background export of a dataset's events.

    Attributes:
        id (UUID): The export's id.
        dataset (str): A dataset name: lower-case letters, digits, `_` and `-`, starting with a letter or digit, at most
            63 characters.
        status (ExportStatus): Where an export is: `pending` (queued), `running`, `done` (ready to download) or `failed`
            (see `error`).
        format_ (ExportFormat): The file format of an export.
        created_at (datetime.datetime): When the export was requested.
        finished_at (datetime.datetime | None): When the export finished or failed, or null while it runs.
        size_bytes (int | None): The size of the export file in bytes, or null until it is `done`.
        error (None | str): Why the export failed, or null unless its status is `failed`.
    """

    id: UUID
    dataset: str
    status: ExportStatus
    format_: ExportFormat
    created_at: datetime.datetime
    finished_at: datetime.datetime | None
    size_bytes: int | None
    error: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        dataset = self.dataset

        status = self.status.value

        format_ = self.format_.value

        created_at = self.created_at.isoformat()

        finished_at: None | str
        if isinstance(self.finished_at, datetime.datetime):
            finished_at = self.finished_at.isoformat()
        else:
            finished_at = self.finished_at

        size_bytes: int | None
        size_bytes = self.size_bytes

        error: None | str
        error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "dataset": dataset,
                "status": status,
                "format": format_,
                "created_at": created_at,
                "finished_at": finished_at,
                "size_bytes": size_bytes,
                "error": error,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = UUID(d["id"])

        dataset = d["dataset"]

        status = ExportStatus(d["status"])

        format_ = ExportFormat(d["format"])

        created_at = datetime.datetime.fromisoformat(d["created_at"])

        def _parse_finished_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                finished_at_type_0 = datetime.datetime.fromisoformat(data)

                return finished_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        finished_at = _parse_finished_at(d["finished_at"])

        size_bytes: int | None = d["size_bytes"]

        error: None | str = d["error"]

        export = cls(
            id,
            dataset,
            status,
            format_,
            created_at,
            finished_at,
            size_bytes,
            error,
        )

        if len(d) > 8 and not _KNOWN_KEYS.issuperset(d):
            additional_properties = dict(d)
            for prop_name in _KNOWN_KEYS:
                additional_properties.pop(prop_name, None)
            export.additional_properties = additional_properties
        return export

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
