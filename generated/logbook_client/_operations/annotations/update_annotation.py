"""Request building and response parsing for ``PUT /annotations/{annotation_id}``.

Shared by ``logbook_client.api.annotations.update_annotation`` and its async twin; it does no I/O.
"""

import datetime
from typing import Any, Literal
from uuid import UUID

import httpx
from attrs import define as _define

from ..._runtime.arguments import BodyFields as _BodyFields
from ..._runtime.decoding import loads as _loads
from ..._runtime.errors import UnexpectedStatusError
from ..._runtime.operation import Operation
from ..._runtime.urls import path_segment as _path_segment
from ...models.annotation import Annotation
from ...models.annotation_category import AnnotationCategory
from ...models.annotation_input import AnnotationInput
from ...models.dataset_target import DatasetTarget
from ...models.query_target import QueryTarget
from ...types import UNSET, Unset

OPERATION = Operation(
    name="update_annotation",
    method="PUT",
    path="/annotations/{annotation_id}",
    security=("bearerAuth",),
    accept="application/json",
)


#: The body's fields as keyword arguments (``update_annotation(..., field=value)``), checked before sending.
BODY_FIELDS = _BodyFields(
    function="update_annotation",
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
    """The arguments of one ``update_annotation`` call, for batches: ``batch(client, [Args(...), ...])``."""

    annotation_id: UUID
    body: AnnotationInput


def build_request(
    *,
    annotation_id: UUID,
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
        "method": "PUT",
        "url": f"/annotations/{_path_segment(annotation_id)}",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> Annotation:
    """Turn a successful (2xx) response into its typed value.

    The runtime turns a ``KeyError``/``TypeError``/``ValueError`` raised here into ``ResponseDecodingError``.
    """
    if response.status_code == 200:
        response_200 = Annotation.from_dict(_loads(response.content))

        return response_200

    raise UnexpectedStatusError.from_response(response)
