from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.field_error import FieldError


T = TypeVar("T", bound="Problem")

#: The keys of the declared properties; any other key of the input goes to ``additional_properties``.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "type",
        "title",
        "status",
        "detail",
        "errors",
    )
)


@_attrs_define
class Problem:
    """A problem details object (RFC 9457) describing why a request failed.

    Attributes:
        type_ (str): A URI identifying the problem type. Default: 'about:blank'.
        title (str): A short, human-readable summary of the problem type.
        status (int): The HTTP status code of the response.
        detail (str | Unset): A human-readable explanation of this occurrence of the problem.
        errors (list[FieldError] | Unset): The individual invalid fields, for validation problems.
    """

    title: str
    status: int
    type_: str = "about:blank"
    detail: str | Unset = UNSET
    errors: list[FieldError] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        title = self.title

        status = self.status

        detail = self.detail

        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for errors_item_data in self.errors:
                errors_item = errors_item_data.to_dict()
                errors.append(errors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "title": title,
                "status": status,
            }
        )
        if detail is not UNSET:
            field_dict["detail"] = detail
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.field_error import FieldError  # noqa: PLC0415

        d = src_dict
        type_ = d["type"]

        title = d["title"]

        status = d["status"]

        detail = d.get("detail", UNSET)

        _errors = d.get("errors", UNSET)
        errors: list[FieldError] | Unset = UNSET
        if _errors is not UNSET:
            errors = []
            for errors_item_data in _errors:
                errors_item = FieldError.from_dict(errors_item_data)

                errors.append(errors_item)

        problem = cls(
            title,
            status,
            type_,
            detail,
            errors,
        )

        if len(d) > 3 and not _KNOWN_KEYS.issuperset(d):
            additional_properties = dict(d)
            for prop_name in _KNOWN_KEYS:
                additional_properties.pop(prop_name, None)
            problem.additional_properties = additional_properties
        return problem

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
