"""The pydantic v2 twin of the spec's ``Dataset``/``DatasetList``: the reference for decoding (part 3).

``extra="allow"`` keeps unknown keys, as the generated attrs models do (``additional_properties``).
"""

from __future__ import annotations

import datetime

from pydantic import BaseModel, ConfigDict


class Dataset(BaseModel):
    model_config = ConfigDict(extra="allow")

    name: str
    description: str | None
    retention_days: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    event_count: int
    size_bytes: int


class DatasetList(BaseModel):
    model_config = ConfigDict(extra="allow")

    items: list[Dataset]
    next_cursor: str | None
