from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.any_model import AnyModel
from ..models.response_model_level import ResponseModelLevel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.unset_model import UnsetModel


T = TypeVar("T", bound="ResponseModel")

#: The keys of the declared properties; any other key of the input goes to ``additional_properties``.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "d",
        "from_dict",
        "to_dict",
        "field_dict",
        "prop",
        "prop_name",
        "cast",
        "additional_properties",
        "tags",
        "tags_item",
        "when",
        "when_type_0",
        "status",
        "level",
    )
)


@_attrs_define
class ResponseModel:
    """
    Attributes:
        d_ (str):
        from_dict_ (int):
        to_dict_ (str | Unset):
        field_dict_ (str | Unset):
        prop_ (str | Unset):
        prop_name_ (str | Unset):
        cast_ (str | Unset):
        additional_properties_ (str | Unset):
        tags (list[UnsetModel] | Unset):
        tags_item_ (str | Unset):
        when (datetime.datetime | None | Unset):
        when_type_0_ (str | Unset):
        status (AnyModel | Unset):
        level (ResponseModelLevel | Unset):
    """

    d_: str
    from_dict_: int
    to_dict_: str | Unset = UNSET
    field_dict_: str | Unset = UNSET
    prop_: str | Unset = UNSET
    prop_name_: str | Unset = UNSET
    cast_: str | Unset = UNSET
    additional_properties_: str | Unset = UNSET
    tags: list[UnsetModel] | Unset = UNSET
    tags_item_: str | Unset = UNSET
    when: datetime.datetime | None | Unset = UNSET
    when_type_0_: str | Unset = UNSET
    status: AnyModel | Unset = UNSET
    level: ResponseModelLevel | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        d_ = self.d_

        from_dict_ = self.from_dict_

        to_dict_ = self.to_dict_

        field_dict_ = self.field_dict_

        prop_ = self.prop_

        prop_name_ = self.prop_name_

        cast_ = self.cast_

        additional_properties_ = self.additional_properties_

        tags: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = []
            for tags_item_data in self.tags:
                tags_item = tags_item_data.to_dict()
                tags.append(tags_item)

        tags_item_ = self.tags_item_

        when: None | str | Unset
        if isinstance(self.when, Unset):
            when = UNSET
        elif isinstance(self.when, datetime.datetime):
            when = self.when.isoformat()
        else:
            when = self.when

        when_type_0_ = self.when_type_0_

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        level: int | Unset = UNSET
        if not isinstance(self.level, Unset):
            level = self.level.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "d": d_,
                "from_dict": from_dict_,
            }
        )
        if to_dict_ is not UNSET:
            field_dict["to_dict"] = to_dict_
        if field_dict_ is not UNSET:
            field_dict["field_dict"] = field_dict_
        if prop_ is not UNSET:
            field_dict["prop"] = prop_
        if prop_name_ is not UNSET:
            field_dict["prop_name"] = prop_name_
        if cast_ is not UNSET:
            field_dict["cast"] = cast_
        if additional_properties_ is not UNSET:
            field_dict["additional_properties"] = additional_properties_
        if tags is not UNSET:
            field_dict["tags"] = tags
        if tags_item_ is not UNSET:
            field_dict["tags_item"] = tags_item_
        if when is not UNSET:
            field_dict["when"] = when
        if when_type_0_ is not UNSET:
            field_dict["when_type_0"] = when_type_0_
        if status is not UNSET:
            field_dict["status"] = status
        if level is not UNSET:
            field_dict["level"] = level

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.unset_model import UnsetModel  # noqa: PLC0415

        d = src_dict
        d_ = d["d"]

        from_dict_ = d["from_dict"]

        to_dict_ = d.get("to_dict", UNSET)

        field_dict_ = d.get("field_dict", UNSET)

        prop_ = d.get("prop", UNSET)

        prop_name_ = d.get("prop_name", UNSET)

        cast_ = d.get("cast", UNSET)

        additional_properties_ = d.get("additional_properties", UNSET)

        _tags = d.get("tags", UNSET)
        tags: list[UnsetModel] | Unset = UNSET
        if _tags is not UNSET:
            tags = []
            for tags_item_data in _tags:
                tags_item = UnsetModel.from_dict(tags_item_data)

                tags.append(tags_item)

        tags_item_ = d.get("tags_item", UNSET)

        def _parse_when(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                when_type_0 = datetime.datetime.fromisoformat(data)

                return when_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        when = _parse_when(d.get("when", UNSET))

        when_type_0_ = d.get("when_type_0", UNSET)

        _status = d.get("status", UNSET)
        status: AnyModel | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = AnyModel(_status)

        _level = d.get("level", UNSET)
        level: ResponseModelLevel | Unset
        if isinstance(_level, Unset):
            level = UNSET
        else:
            level = ResponseModelLevel(_level)

        response_model = cls(
            d_,
            from_dict_,
            to_dict_,
            field_dict_,
            prop_,
            prop_name_,
            cast_,
            additional_properties_,
            tags,
            tags_item_,
            when,
            when_type_0_,
            status,
            level,
        )

        if len(d) > 2 and not _KNOWN_KEYS.issuperset(d):
            additional_properties = dict(d)
            for prop_name in _KNOWN_KEYS.intersection(d):
                del additional_properties[prop_name]
            response_model.additional_properties = additional_properties
        return response_model

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
