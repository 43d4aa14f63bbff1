"""What the runtime needs to know about one operation, declared by its generated module."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Operation"]


@dataclass(frozen=True, slots=True)
class Operation:
    """Static facts about an operation: its name, method, path template and required security schemes."""

    name: str
    method: str
    path: str
    security: tuple[str, ...] = ()
