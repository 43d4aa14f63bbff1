"""Request building and response parsing for ``POST /annotations``.

Shared by ``logbook_client.api.annotations.create_annotation`` and its async twin; it does no I/O.
"""

import datetime
from typing import Any, Literal

import httpx
from attrs import define as _define

from ..._runtime.arguments import BodyFields as _BodyFields
from ..._runtime.decoding import loads as _loads
from ..._runtime.errors import UnexpectedStatusError
from ..._runtime.operation import Operation
from ...models.annotation import Annotation
from ...models.annotation_category import AnnotationCategory
from ...models.annotation_input import AnnotationInput
from ...models.dataset_target import DatasetTarget
from ...models.query_target import QueryTarget
from ...types import UNSET, Unset

OPERATION = Operation(
    name="create_annotation",
    method="POST",
    path="/annotations",
    security=("bearerAuth",),
    accept="application/json",
)


#: The body's fields as keyword arguments (``create_annotation(..., field=value)``), checked before sending.
BODY_FIELDS = _BodyFields(
    function="create_annotation",
    model=AnnotationInput,
    attributes={
        "title": "title",
        "time": "time",
        "target": "target",
        "description": "description",
        "category": "category",
        "url": "url",
        "end_time": "end_time",
    },
    required=(
        "title",
        "time",
        "target",
    ),
    enums={
        "category": AnnotationCategory,
    },
    enum_lists={},
)


@_define(frozen=True, kw_only=True)
class Args:
    """The arguments of one ``create_annotation`` call, for batches: ``batch(client, [Args(...), ...])``."""

    body: AnnotationInput


def build_request(
    *,
    body: AnnotationInput | dict[str, Any] | Unset = UNSET,
    title: str | Unset = UNSET,
    time: datetime.datetime | Unset = UNSET,
    target: DatasetTarget | dict[str, Any] | QueryTarget | Unset = UNSET,
    description: None | str | Unset = UNSET,
    category: AnnotationCategory | Literal["deploy", "incident", "maintenance", "note"] | Unset = UNSET,
    url: None | str | Unset = UNSET,
    end_time: datetime.datetime | None | Unset = UNSET,
) -> dict[str, Any]:
    """Build the keyword arguments of ``httpx.Client.build_request`` for this operation."""
    body = BODY_FIELDS.build(
        body,
        {
            "title": title,
            "time": time,
            "target": target,
            "description": description,
            "category": category,
            "url": url,
            "end_time": end_time,
        },
    )
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/annotations",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> Annotation:
    """Turn a successful (2xx) response into its typed value.

    The runtime turns a ``KeyError``/``TypeError``/``ValueError`` raised here into ``ResponseDecodingError``.
    """
    if response.status_code == 201:
        response_201 = Annotation.from_dict(_loads(response.content))

        return response_201

    raise UnexpectedStatusError.from_response(response)
