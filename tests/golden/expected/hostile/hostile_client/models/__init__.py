"""Contains all the data models used in inputs/outputs"""

from .class_body import ClassBody
from .import_item import ImportItem
from .import_item_kind import ImportItemKind

__all__ = (
    "ClassBody",
    "ImportItem",
    "ImportItemKind",
)
