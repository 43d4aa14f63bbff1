"""An operation's ``x-pagination``: added, removed, another style, or other fields its paginator follows."""

from __future__ import annotations

from ._diff_change import Comparison
from ._diff_paths import SpecOperation
from ._diff_schema import shown

__all__ = ["compare_pagination"]


def compare_pagination(c: Comparison, old: SpecOperation, new: SpecOperation, subject: str) -> None:
    """The changes to an operation's ``x-pagination``."""
    before, after = old.data.get("x-pagination"), new.data.get("x-pagination")
    pointer = new.pointer + "/x-pagination"
    if before == after:
        return
    if not isinstance(before, dict) and isinstance(after, dict):
        c.add(
            subject,
            "pagination-added",
            "addition",
            "Now paginated (`x-pagination`): iterate every item with the generated paginator.",
            pointer,
        )
    elif isinstance(before, dict) and not isinstance(after, dict):
        c.add(
            subject,
            "pagination-removed",
            "breaking",
            "No longer paginated (`x-pagination` removed): code that iterates pages or items with the "
            "paginator breaks.",
            old.pointer + "/x-pagination",
        )
    elif isinstance(before, dict) and isinstance(after, dict):
        style_before = sorted(str(k) for k in before if k != "items")
        style_after = sorted(str(k) for k in after if k != "items")
        if style_before != style_after:
            c.add(
                subject,
                "pagination-style-changed",
                "breaking",
                f"Pagination style `{shown(', '.join(style_before))}` → `{shown(', '.join(style_after))}`: "
                "the paginator's page type and start arguments change.",
                pointer,
            )
        else:
            changed = sorted(str(k) for k in after if before.get(k) != after.get(k))
            c.add(
                subject,
                "pagination-changed",
                "breaking",
                f"Pagination details changed (`{shown(', '.join(changed))}`) — iteration code is unchanged, but "
                "the paginators of already-installed package versions follow the old fields.",
                pointer,
            )
