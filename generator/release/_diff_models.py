"""Component schemas that become model classes: added, removed, renamed (same schema, new name), changed kind, or
changed inside, classified by the directions (request, response) each model is used in.
"""

from __future__ import annotations

from typing import Any

from ._diff_change import Comparison
from ._diff_schema import (
    REQUEST,
    RESPONSE,
    compare_model,
    escape,
    is_class_schema,
    model_class,
    shape_of,
    usage_by_model,
)

__all__ = ["compare_models"]


def compare_models(c: Comparison) -> None:
    """Model classes added, removed, renamed or changed, each under its name and the directions it is used in."""
    before = _schemas(c.old)
    after = _schemas(c.new)
    usage_before = usage_by_model(c.old, c.old_r)
    usage_after = usage_by_model(c.new, c.new_r)
    classes_before = {name for name, schema in before.items() if is_class_schema(schema)}
    classes_after = {name for name, schema in after.items() if is_class_schema(schema)}
    removed = [name for name in before if name in classes_before and name not in after]
    added = [name for name in after if name in classes_after and name not in before]
    renamed: dict[str, str] = {}
    for old_name in removed:
        for new_name in added:
            if new_name not in renamed.values() and before[old_name] == after[new_name]:
                renamed[old_name] = new_name
                break
    for name in sorted(after, key=model_class):
        pointer = "#/components/schemas/" + escape(name)
        subject = f"model `{model_class(name)}`"
        if name in added and name not in renamed.values():
            c.add(subject, "model-added", "addition", f"New model class `{model_class(name)}`.", pointer)
        elif name in before and (name in classes_before or name in classes_after):
            directions = (usage_before.get(name, set()) | usage_after.get(name, set())) or {REQUEST, RESPONSE}
            _compare_model(c, name, before[name], after[name], subject + _used_in(directions), directions, pointer)
    for old_name in removed:
        pointer = "#/components/schemas/" + escape(old_name)
        subject = f"model `{model_class(old_name)}`"
        if old_name in renamed:
            c.add(
                subject,
                "model-renamed",
                "breaking",
                f"Renamed to `{model_class(renamed[old_name])}`: imports of `{model_class(old_name)}` fail.",
                "#/components/schemas/" + escape(renamed[old_name]),
            )
        else:
            c.add(
                subject,
                "model-removed",
                "breaking",
                f"Model class `{model_class(old_name)}` removed: imports of it fail.",
                pointer,
            )


def _compare_model(
    c: Comparison, name: str, old: Any, new: Any, subject: str, directions: set[str], pointer: str
) -> None:
    old_class, new_class = is_class_schema(old), is_class_schema(new)
    old_enum = isinstance(old, dict) and "enum" in old
    new_enum = isinstance(new, dict) and "enum" in new
    if old_class != new_class or old_enum != new_enum:
        became = (
            "an Enum"
            if new_enum
            else "a model class"
            if new_class
            else f"the type alias `{shape_of(new, c.new_r).display}`"
        )
        c.add(
            subject,
            "model-kind-changed",
            "breaking",
            f"`{model_class(name)}` is now {became}: code that builds or reads it changes.",
            pointer,
        )
        return
    compare_model(old, new, c.old_r, c.new_r, model_class(name), pointer, c.slot(subject, directions))


def _used_in(directions: set[str]) -> str:
    if directions == {REQUEST}:
        return " (requests)"
    if directions == {RESPONSE}:
        return " (responses)"
    return " (requests and responses)"


def _schemas(data: dict[str, Any]) -> dict[str, Any]:
    raw = (data.get("components") or {}).get("schemas") or {}
    return {str(key): value for key, value in raw.items()} if isinstance(raw, dict) else {}
